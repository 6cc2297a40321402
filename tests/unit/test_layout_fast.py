"""``layout_fast`` gives the general splitter's text wherever it lays a statement out.

The general splitter (``layout``) is checked against black in ``test_layout.py``;
here the shortcut is checked against the splitter: on every statement of the
generated clients of the flagship and the feature specs, and on random statements.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from generator.load import load
from generator.parse import parse
from generator.render import doc_programs, layout
from generator.render.client import generated_modules, render_client_statements
from generator.render.docs import render_docs
from generator.render.environment import make_environment
from generator.render.layout_fast import fast_layout
from generator.settings.limits import Limits
from tests.snapshots.feature_specs import FEATURE_SPECS
from tests.unit.test_layout import Case, statements

REPO = Path(__file__).resolve().parents[2]
LINE_LENGTH = 100


@contextmanager
def _without_shortcut() -> Iterator[None]:
    namespace = vars(layout)
    saved = namespace["fast_layout"]
    namespace["fast_layout"] = lambda text, depth, line_length: None
    try:
        yield
    finally:
        namespace["fast_layout"] = saved


def general(text: str, depth: int, line_length: int = LINE_LENGTH) -> str:
    """The general splitter alone (no cache, no shortcut)."""
    with _without_shortcut():
        return layout.layout_statement.__wrapped__(text, depth, line_length)


@functools.cache
def _client_statements(spec: str) -> tuple[tuple[str, int], ...]:
    """Each statement of the spec's generated modules that needs laying out, once."""
    document, _ = load(REPO / spec, Limits())
    api, _ = parse(document, package_name="client")
    files = render_client_statements(api, make_environment(None))
    found: dict[tuple[str, int], None] = {}
    for path in sorted(generated_modules(files, api.package_name)):
        for line in files[path].split("\n"):
            stripped = line.lstrip(" ")
            if stripped.startswith(("#", '"""')) or line.endswith(("(", "[", "{", "\\")):
                continue
            if layout._needs_layout(line, LINE_LENGTH):
                found[stripped, (len(line) - len(stripped)) // 4] = None
    return tuple(found)


SPECS = ["specs/airbyte/config.yaml", *(f"specs/{name}.yaml" for name in FEATURE_SPECS)]


@pytest.mark.parametrize("spec", SPECS)
def test_shortcut_matches_the_splitter_on_generated_statements(spec: str) -> None:
    taken = 0
    for text, depth in _client_statements(spec):
        fast = fast_layout(text, depth, LINE_LENGTH)
        if fast is not None:
            taken += 1
            assert fast == general(text, depth), text
    if spec.endswith("config.yaml"):
        # The shortcut is what makes the flagship's layout cheap: most statements take it.
        assert taken > 0.7 * len(_client_statements(spec))


def test_shortcut_matches_the_splitter_on_doc_programs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The docs' example programs (their strings single-quoted, as ``repr`` writes them)."""
    seen: list[tuple[str, int]] = []

    def spy(source: str, line_length: int = LINE_LENGTH) -> str:
        for line in source.split("\n"):
            stripped = line.lstrip(" ")
            if layout._needs_layout(line, LINE_LENGTH) and not line.endswith(("(", "[", "{")):
                seen.append((stripped, (len(line) - len(stripped)) // 4))
        return layout.layout_source(source, line_length)

    monkeypatch.setattr(doc_programs, "layout_source", spy)
    document, _ = load(REPO / "specs" / "airbyte" / "config.yaml", Limits())
    api, _ = parse(document, package_name="client")
    render_docs(api, package_name="client", style="openapi-generator", env=make_environment())
    unique = list(dict.fromkeys(seen))
    taken = 0
    for text, depth in unique:
        fast = fast_layout(text, depth, LINE_LENGTH)
        if fast is not None:
            taken += 1
            assert fast == general(text, depth), text
    assert taken > 0.8 * len(unique)


@settings(
    max_examples=800,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(statements())
def test_shortcut_matches_the_splitter_on_random_statements(case: Case) -> None:
    for line_length in (LINE_LENGTH, 60):
        fast = fast_layout(case.stmt, case.depth, line_length)
        if fast is not None:
            assert fast == general(case.stmt, case.depth, line_length)


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        # Fits and has no magic trailing comma: nothing to do (black drops the parentheses).
        ("from a import (b, c)", 0),
        # A comprehension's `for` outranks the commas.
        ("x = f(" + ", ".join(["a for a in b"] + ["c" * 30] * 3) + ")", 0),
        # A def without a magic trailing comma may keep its parameters on one line.
        ("def f(" + ", ".join(["p" * 30] * 3) + ") -> None:", 0),
        # A call without a magic trailing comma holding a bracket with one.
        ("x = f(" + ", ".join(["a" * 20] * 4) + ', {"a": b,})', 0),
        # A bracket with a magic trailing comma after another bracket in the same item.
        ('return self.c.call(X, f(a)[{"a": b,}], body, timeout=t,)', 2),
        # An argument too long for its own line.
        ("return self.c.call(" + "x" * 95 + ", y,)", 2),
        # A single-quoted string holding a double quote keeps its quotes: the splitter's.
        ("x = f(" + ", ".join(["'a\"b'"] * 40) + ")", 0),
        # A prefix black changes (u) or keeps with other rules (b, r).
        ("x = f(" + ", ".join(["u'a'"] * 40) + ")", 0),
        # Not a call, a def or an import.
        ("with f(" + ", ".join(["a"] * 40) + ",) as g:", 0),
    ],
)
def test_shortcut_declines(text: str, depth: int) -> None:
    assert fast_layout(text, depth, LINE_LENGTH) is None


def test_shortcut_layouts() -> None:
    call = "return self.api_client.call(_OP, {}, body, timeout=_request_timeout, headers=_headers,)"
    assert fast_layout(call, 2, LINE_LENGTH) == (
        "        return self.api_client.call(\n"
        "            _OP,\n"
        "            {},\n"
        "            body,\n"
        "            timeout=_request_timeout,\n"
        "            headers=_headers,\n"
        "        )"
    )
    field = 'workspace_id: UUID = Field(validation_alias="workspaceId", ' + (
        'serialization_alias="workspaceId", description="' + "d" * 5 + '")'
    )
    assert fast_layout(field, 1, LINE_LENGTH) == (
        "    workspace_id: UUID = Field(\n"
        '        validation_alias="workspaceId", serialization_alias="workspaceId", '
        'description="' + "d" * 5 + '"\n'
        "    )"
    )
    imported = "from .module import " + ", ".join(f"Name{i} as Name{i}" for i in range(6))
    assert (
        fast_layout(imported, 0, LINE_LENGTH)
        == "from .module import (\n" + "".join(f"    Name{i} as Name{i},\n" for i in range(6)) + ")"
    )


def test_shortcut_explodes_nested_magic_commas_as_black_does() -> None:
    endpoint = (
        '_OP: Endpoint[Resp] = Endpoint(operation_id="op", method="POST", params=(), '
        'responses={"200": ResponseSpec(Resp, "json", "application/json"), '
        '"404": ResponseSpec(None, "none"),}, security=((),), deprecated=False,)'
    )
    expected = (
        "_OP: Endpoint[Resp] = Endpoint(\n"
        '    operation_id="op",\n'
        '    method="POST",\n'
        "    params=(),\n"
        "    responses={\n"
        '        "200": ResponseSpec(Resp, "json", "application/json"),\n'
        '        "404": ResponseSpec(None, "none"),\n'
        "    },\n"
        "    security=((),),\n"
        "    deprecated=False,\n"
        ")"
    )
    assert fast_layout(endpoint, 0, LINE_LENGTH) == expected == general(endpoint, 0)
    # A one-element tuple's comma is not magic, a one-element list's is.
    tupled = "x = f(a=(b,), c=d,)"
    assert fast_layout(tupled, 0, LINE_LENGTH) == general(tupled, 0)
    listed = "x = f(a=[b,], c=d,)"
    assert fast_layout(listed, 0, LINE_LENGTH) == general(listed, 0)
    assert "[\n        b,\n    ]" in general(listed, 0)
