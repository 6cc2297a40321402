"""A schema's validation keywords (JSON Schema Validation §6.2-6.5) as IR ``Constraints``.

They are kept for the docs and for example values, which must satisfy them.
"""

from __future__ import annotations

from typing import Any

from generator.ir.types import NO_CONSTRAINTS, Constraints

_NUMBERS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "multipleOf": "multiple_of",
}
_COUNTS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
    "minProperties": "min_properties",
    "maxProperties": "max_properties",
}


_KEYWORDS = frozenset([*_NUMBERS, *_COUNTS, "pattern", "exclusiveMinimum", "exclusiveMaximum"])


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def constraints_of(schema: dict[str, Any]) -> Constraints:
    """The constraints written on ``schema`` (not those of its ``$ref`` or parts)."""
    if _KEYWORDS.isdisjoint(schema):
        return NO_CONSTRAINTS  # most schemas: nothing to read
    values: dict[str, Any] = {}
    for key, attr in _NUMBERS.items():
        if _number(schema.get(key)):
            values[attr] = schema[key]
    for key, attr in _COUNTS.items():
        value: Any = schema.get(key)
        if _number(value) and float(value).is_integer() and value >= 0:
            values[attr] = int(value)
    if isinstance(schema.get("pattern"), str):
        values["pattern"] = schema["pattern"]
    for key, bound, attr in (
        ("exclusiveMinimum", "minimum", "exclusive_minimum"),
        ("exclusiveMaximum", "maximum", "exclusive_maximum"),
    ):
        flag = schema.get(key)
        if _number(flag):
            values[attr] = flag  # 3.1 (JSON Schema 2020-12 §6.2.3/6.2.5): a number
        elif flag is True and bound in values:
            # 3.0 (JSON Schema Wright-00 §5.3/5.5): a flag making ``minimum`` exclusive.
            values[attr] = values.pop(bound)
    return Constraints(**values)
