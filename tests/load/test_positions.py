"""``locate`` finds the line and column of a pointer in any valid JSON or YAML file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load import load
from generator.load.document import join_pointer
from generator.load.positions import JsonPositions, line_col

# Valid JSON that no YAML parser reads: tabs for indentation, "\/" escapes, a long line.
NOT_YAML = (
    '{\n\t"openapi": "3.0.3",\n\t"info": {"title": "a\\/b", "version": "1"},\n'
    '\t"paths": {\n\t\t"\\/pets": {"get": {"responses": {"200": {"description": "'
    + "x" * 20000
    + '"}}}},\n\t\t"/cats": {"get": {"parameters": [{"name": "a"}, \t{"name": "b"}]}}\n\t}\n}\n'
)


def test_json_that_is_not_yaml_is_located(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(NOT_YAML, encoding="utf-8")
    document, diagnostics = load(path)
    assert diagnostics == []
    assert document.data["paths"]["/pets"]["get"]["responses"]["200"]["description"][:2] == "xx"
    where = {
        "": (1, 1),
        "/info/title": (3, 11),
        "/paths/~1pets": (5, 3),
        "/paths/~1pets/get/responses/200/description": (5, 44),
        "/paths/~1cats/get/parameters/1": (6, 52),
        "/paths/~1cats/get/parameters/1/name": (6, 53),
        "/paths/~1cats/nope": (6, 3),  # the deepest part that exists
    }
    for pointer, expected in where.items():
        location = document.locate(pointer)
        assert (location.line, location.col) == expected, pointer


def test_yaml_positions_follow_keys_items_and_aliases(tmp_path: Path) -> None:
    path = tmp_path / "api.yaml"
    path.write_text(
        "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a:\n"
        "    parameters:\n      - &p {name: x, in: query}\n      - *p\n",
        encoding="utf-8",
    )
    document, _ = load(path)
    assert str(document.locate("/info/version")).endswith("api.yaml:4:3")
    assert str(document.locate("/paths/~1a/parameters/0")).endswith(":8:9")
    assert str(document.locate("/paths/~1a/parameters/1/in")).endswith(":8:22")
    assert str(document.locate("/nope/deeper")).endswith(":1:1")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(alphabet='ab/~\\"\t é', max_size=4), inner, max_size=4),
    max_leaves=25,
)


def pointers(value: Any, pointer: str = "") -> list[tuple[str, Any]]:
    found = [(pointer, value)]
    if isinstance(value, dict):
        for key, child in value.items():
            found += pointers(child, join_pointer(pointer, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += pointers(child, join_pointer(pointer, index))
    return found


@settings(max_examples=150, deadline=None)
@given(
    value=st.dictionaries(st.text(max_size=4), json_values, max_size=4),
    indent=st.sampled_from([None, 0, 2, "\t"]),
    ascii_only=st.booleans(),
)
def test_every_pointer_of_any_json_is_located(value: Any, indent: Any, ascii_only: bool) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
    text = text.replace("/", "\\/")  # valid JSON escape that YAML rejects
    positions = JsonPositions(text)
    offsets = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    for pointer, _ in pointers(value):
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
        line, col = positions.locate(tokens)
        offset = offsets[line - 1] + col - 1
        assert line_col(text, offset) == (line, col)
        if tokens and pointer_parent_is_dict(value, tokens):
            # members are located at their key
            decoder = json.JSONDecoder()
            key, _ = decoder.raw_decode(text, offset)
            assert key == tokens[-1]
        else:
            decoded, _ = json.JSONDecoder().raw_decode(text, offset)
            assert decoded == lookup(value, tokens)


def pointer_parent_is_dict(value: Any, tokens: list[str]) -> bool:
    return isinstance(lookup(value, tokens[:-1]), dict)


def lookup(value: Any, tokens: list[str]) -> Any:
    for token in tokens:
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def composed_positions(node: yaml.Node, pointer: str = "") -> dict[str, tuple[int, int]]:
    """Expected positions from PyYAML's node graph: keys for members, nodes for items."""
    found: dict[str, tuple[int, int]] = {}
    if not pointer:
        found[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = join_pointer(pointer, key.value)
            found[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
            found.update(composed_positions(value, child))
    elif isinstance(node, yaml.SequenceNode):
        for index, value in enumerate(node.value):
            child = join_pointer(pointer, index)
            found[child] = (value.start_mark.line + 1, value.start_mark.column + 1)
            found.update(composed_positions(value, child))
    return found


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.dictionaries(
        st.text(alphabet="ab: -#", min_size=1, max_size=4), json_values, max_size=4
    ),
    flow=st.sampled_from([False, True, None]),
    indent=st.sampled_from([2, 4]),
)
def test_yaml_positions_match_the_composed_nodes(
    tmp_path: Path, value: Any, flow: bool | None, indent: int
) -> None:
    text = yaml.safe_dump(
        {"openapi": "3.0.3", "x": value},
        default_flow_style=flow,
        indent=indent,
        allow_unicode=True,
        width=40,
    )
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    document, _ = load(path)
    composed = yaml.compose(text, Loader=yaml.SafeLoader)
    assert composed is not None
    expected = composed_positions(composed)
    for pointer, where in expected.items():
        location = document.locate(pointer)
        assert (location.line, location.col) == where, (pointer, text)
