"""A shortcut for the value checks: most examples and defaults plainly match
schemas built from a few common keywords, and compiling a jsonschema-rs
validator for each costs more than the rest of the check.

:func:`plainly_valid` answers True only when the value is certainly valid; any
doubt (another keyword, a number where an integer is wanted, a non-string enum,
a big number, deep nesting) answers False, and the compiled validator decides
and words the messages. It reads the copied pieces of
:mod:`generator.lint.values.checker`, which hold only validating keywords.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Resolve = Callable[[str], Any]  # a copied piece's "$ref" -> the piece it names, or None

_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: v.__class__ is str,
    "integer": lambda v: v.__class__ is int,  # bool is its own class
    "number": lambda v: v.__class__ is int or v.__class__ is float,
    "boolean": lambda v: v.__class__ is bool,
    "array": lambda v: v.__class__ is list,
    "object": lambda v: v.__class__ is dict,
    "null": lambda v: v is None,
}
_EXACT = 2**53  # numbers every implementation compares exactly
_MAX_DEPTH = 16


def plainly_valid(
    schema: Any,
    value: Any,
    formats: Mapping[str, Callable[[Any], bool]],
    resolve: Resolve,
    depth: int = 0,
) -> bool:
    """True if ``schema`` uses only ``type``, ``enum``, ``format``, ``minimum``,
    ``maximum``, ``minLength``, ``maxLength``, ``required``, ``properties``,
    ``items`` (one schema) and ``$ref``, and each accepts ``value``."""
    if schema.__class__ is not dict or depth > _MAX_DEPTH:
        return False
    for key, want in schema.items():
        if key == "type":
            kinds = [want] if want.__class__ is str else want
            if kinds.__class__ is not list:
                return False
            if not any(kind in _TYPES and _TYPES[kind](value) for kind in kinds):
                return False
        elif key == "enum":
            # str equals only str, so `in` is JSON equality here; other values are
            # left to the validator (True == 1 in Python, not in JSON).
            if value.__class__ is not str or want.__class__ is not list or value not in want:
                return False
        elif key == "format":
            check = formats.get(want) if want.__class__ is str else None
            if check is not None and not check(value):
                return False
        elif key == "minimum" or key == "maximum":
            if not _in_bound(value, want, low=key == "minimum"):
                return False
        elif key == "minLength" or key == "maxLength":
            if want.__class__ is not int or want < 0:
                return False
            if value.__class__ is str and (
                len(value) < want if key == "minLength" else len(value) > want
            ):
                return False
        elif key == "required":
            if want.__class__ is not list:
                return False
            if value.__class__ is dict and not all(name in value for name in want):
                return False
        elif key == "properties":
            if want.__class__ is not dict:
                return False
            if value.__class__ is dict:
                for name, item in value.items():
                    sub = want.get(name)
                    if sub is not None and not plainly_valid(
                        sub, item, formats, resolve, depth + 1
                    ):
                        return False
        elif key == "items":
            if want.__class__ is not dict:
                return False
            if value.__class__ is list and not all(
                plainly_valid(want, item, formats, resolve, depth + 1) for item in value
            ):
                return False
        elif key == "$ref":
            target = resolve(want) if want.__class__ is str else None
            if target is None or not plainly_valid(target, value, formats, resolve, depth + 1):
                return False
        else:
            return False
    return True


def _in_bound(value: Any, bound: Any, *, low: bool) -> bool:
    """``minimum``/``maximum`` on a value: True when certainly satisfied (or when the
    keyword does not apply, to a value that is not a number)."""
    if bound.__class__ is not int and bound.__class__ is not float:
        return False
    if value.__class__ is not int and value.__class__ is not float:
        return True  # the keyword applies to numbers only (a bool is not one)
    if abs(value) >= _EXACT or abs(bound) >= _EXACT:
        return False
    return bool(value >= bound if low else value <= bound)
