"""Scalar example values: numbers within bounds, strings by format and name.

Kept apart from the factory so the rules for one value are readable on their own.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import Constraints
from generator.render.example_strings import conforms_string, synth_string
from generator.render.example_values import Scalar, stable_uuid


def vary(value: Scalar, index: int) -> Scalar:
    v = value.value
    if isinstance(v, str) and not value.python_type:
        return Scalar(f"{v}-{index + 1}")
    if isinstance(v, int) and not isinstance(v, bool):
        return Scalar(v + index, value.python_type)
    return value


def bounds(c: Constraints) -> tuple[float | None, float | None, bool, bool]:
    lo = c.minimum if c.minimum is not None else c.exclusive_minimum
    hi = c.maximum if c.maximum is not None else c.exclusive_maximum
    lo_excl = c.minimum is None and c.exclusive_minimum is not None
    hi_excl = c.maximum is None and c.exclusive_maximum is not None
    return lo, hi, lo_excl, hi_excl


_INT_HINTS = {"port": 5432, "page": 1, "limit": 20, "page_size": 20, "pagesize": 20, "offset": 0}


def _synth_number(kind: str, hint: str, c: Constraints) -> int | float:
    preferred: float = _INT_HINTS.get(hint.lower(), 1) if kind == "integer" else 1.5
    lo, hi, lo_excl, hi_excl = bounds(c)
    step = 1 if kind == "integer" else 0.5
    if lo is not None and (preferred < lo or (preferred == lo and lo_excl)):
        preferred = lo + step if lo_excl else lo
    if hi is not None and (preferred > hi or (preferred == hi and hi_excl)):
        preferred = hi - step if hi_excl else hi
    if c.multiple_of:
        preferred = -(-preferred // c.multiple_of) * c.multiple_of
        if hi is not None and preferred > hi:
            preferred -= c.multiple_of
    if kind == "integer":
        return int(preferred)
    return float(preferred)


def synth_primitive(kind: str, fmt: str, hint: str, seed: str, c: Constraints) -> Any:
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        return _synth_number(kind, hint, c)
    if fmt.lower() == "binary":
        return b"example file content"
    return synth_string(fmt.lower(), hint, c, lambda: stable_uuid(seed or hint))


def conforms_primitive(data: Any, kind: str, fmt: str, c: Constraints) -> bool:
    if kind == "boolean":
        return isinstance(data, bool)
    if kind in ("integer", "number"):
        if isinstance(data, bool) or not isinstance(data, int | float):
            return False
        if kind == "integer" and not (isinstance(data, int) or float(data).is_integer()):
            return False
        lo, hi, lo_excl, hi_excl = bounds(c)
        if lo is not None and (data < lo or (lo_excl and data == lo)):
            return False
        return not (hi is not None and (data > hi or (hi_excl and data == hi)))
    return isinstance(data, str) and conforms_string(data, fmt.lower(), c)
