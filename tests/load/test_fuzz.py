"""Whatever the bytes, ``load`` returns a document or raises ``SpecError``; nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diagnostics import SpecError
from generator.load import Limits, load

YAMLISH = st.text(alphabet="{}[]:,-?&*!|>'\"#%@`~\n\t abc01$ref/.<=", max_size=120)
PREFIXES = ["", "openapi: 3.0.0\n", '{"openapi": "3.0.0", "x": ', "swagger: '2.0'\n"]


def survives(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"spec{suffix}"
        path.write_bytes(content)
        try:
            document, diagnostics = load(path, Limits(max_depth=20))
        except SpecError as exc:
            assert "\n" not in exc.diagnostic.one_line()
            return
        for diagnostic in diagnostics:
            document.locate(diagnostic.pointer)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=YAMLISH, suffix=st.sampled_from([".yaml", ".json"]))
def test_any_text_is_read_or_refused(prefix: str, body: str, suffix: str) -> None:
    survives((prefix + body).encode("utf-8"), suffix)


@settings(max_examples=100, deadline=None)
@given(content=st.binary(max_size=200))
def test_any_bytes_are_read_or_refused(content: bytes) -> None:
    survives(content, ".yaml")


scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6)
)
trees = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None)
@given(value=trees, flow=st.sampled_from([False, True, None]))
def test_yaml_reads_back_what_was_dumped(value: object, flow: bool | None) -> None:
    text = yaml.safe_dump({"openapi": "3.0.3", "x": value}, default_flow_style=flow)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "spec.yaml"
        path.write_text(text, encoding="utf-8")
        document, _ = load(path)
    assert document.data["x"] == value
