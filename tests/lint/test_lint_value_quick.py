"""The value checks' shortcut must never call an invalid value valid: whenever
``plainly_valid`` says yes, the compiled validator agrees."""

from __future__ import annotations

from typing import Any

import jsonschema_rs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.lint.oas_formats import FORMATS_30
from generator.lint.values.quick import plainly_valid

_DEFS = {
    "p1": {"type": "string", "format": "uuid"},
    "p2": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"$ref": "#/definitions/p1"}},
    },
    "p3": {"$ref": "#/definitions/p3"},  # a cycle: depth-limited, never accepted
}


def _resolve(ref: str) -> Any:
    return _DEFS.get(ref.rpartition("/")[2])


def _quick(schema: Any, value: Any) -> bool:
    return plainly_valid(schema, value, FORMATS_30, _resolve)


CASES: list[tuple[Any, Any, bool]] = [
    ({}, "anything", True),
    ({"type": "string"}, "x", True),
    ({"type": "string"}, 1, False),
    ({"type": "integer"}, 3, True),
    ({"type": "integer"}, True, False),  # a bool is not an integer
    ({"type": "integer"}, 3.0, False),  # left to the validator
    ({"type": "number"}, 2.5, True),
    ({"type": ["string", "null"]}, None, True),
    ({"type": "strin"}, "x", False),
    ({"enum": ["a", "b"]}, "a", True),
    ({"enum": ["a", "b"]}, "c", False),
    ({"enum": [1, 2]}, 1, False),  # non-strings go to the validator
    ({"format": "uuid"}, "not a uuid", False),
    ({"format": "uuid"}, "3fa85f64-5717-4562-b3fc-2c963f66afa6", True),
    ({"format": "no-such-format"}, "x", True),
    ({"minimum": 1, "maximum": 5}, 5, True),
    ({"minimum": 1}, 0, False),
    ({"minimum": 1}, "text", True),  # applies to numbers only
    ({"maximum": 1}, 2**60, False),  # too big to compare safely here
    ({"minLength": 2, "maxLength": 3}, "abc", True),
    ({"maxLength": 2}, "abc", False),
    ({"required": ["id"]}, {}, False),
    ({"$ref": "#/definitions/p2"}, {"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}, True),
    ({"$ref": "#/definitions/p2"}, {"id": "x"}, False),
    ({"$ref": "#/definitions/p3"}, "x", False),
    ({"$ref": "#/definitions/missing"}, "x", False),
    ({"items": {"type": "string"}}, ["a", "b"], True),
    ({"items": {"type": "string"}}, ["a", 1], False),
    ({"items": [{"type": "string"}]}, ["a"], False),
    ({"pattern": "a"}, "a", False),  # any other keyword: the validator decides
    ({"properties": {"a": True}}, {"a": 1}, False),
]


@pytest.mark.parametrize(("schema", "value", "expected"), CASES)
def test_cases(schema: Any, value: Any, expected: bool) -> None:
    assert _quick(schema, value) is expected


_SCHEMAS = [schema for schema, _, _ in CASES]
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SCHEMAS), st.one_of(_JSON, st.sampled_from([v for _, v, _ in CASES])))
def test_never_accepts_what_the_validator_refuses(schema: Any, value: Any) -> None:
    if not _quick(schema, value):
        return
    bundle = {**schema, "definitions": _DEFS}
    try:
        validator = jsonschema_rs.Draft4Validator(bundle, validate_formats=True)
    except jsonschema_rs.ValidationError:  # the real checker sets such keywords aside first
        assume(False)
        return
    if "format" in schema:  # formats are Python keywords in the real checker
        assert FORMATS_30.get(schema["format"], lambda _: True)(value)
        return
    assert validator.is_valid(value), (schema, value)
