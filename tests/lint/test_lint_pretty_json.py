"""The JSON and SARIF reports are written by orjson; they must read as the standard
library would have written them, byte for byte."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.lint.formats.pretty_json import dumps

_TEXTS = [
    "plain",
    "ünïcödé and 日本語 and emoji 🚀",
    'quotes " and backslash \\ and slash /',
    "controls \x00 \x01 \x1f \x7f \t \n \r \b \f",
    "line separators \u2028 \u2029 and BOM \ufeff",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_same_bytes_as_the_standard_library(text: str) -> None:
    value: dict[str, Any] = {
        "text": text,
        "numbers": [0, -1, 2**53, 1],
        "flags": [True, False, None],
        "nested": {"empty": {}, "list": [], "deep": [[{"k": text}]]},
        text or "key": 1,
    }
    assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_a_lone_surrogate_is_written_the_slow_way() -> None:
    # A JSON spec may escape a lone surrogate; orjson refuses such a string.
    value = {"message": "bad \ud800 text"}
    assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"
