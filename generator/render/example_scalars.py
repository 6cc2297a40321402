"""Scalar example values: numbers within bounds, strings by format and name.

Kept apart from the factory so the rules for one value are readable on their own.
Numbers follow JSON Schema Validation §6.2 (``multipleOf``, ``minimum``,
``exclusiveMinimum``, ``maximum``, ``exclusiveMaximum``) and OpenAPI's int32/int64.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from generator.ir.types import Constraints
from generator.render.example_strings import conforms_string, synth_string
from generator.render.example_values import stable_uuid

_INT_RANGES = {"int32": 2**31, "int64": 2**63}


def bounds(c: Constraints) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low is exclusive, high is exclusive): the tighter of each pair."""
    lo: float | None = c.minimum
    lo_excl = False
    if c.exclusive_minimum is not None and (lo is None or c.exclusive_minimum >= lo):
        lo, lo_excl = c.exclusive_minimum, True
    hi: float | None = c.maximum
    hi_excl = False
    if c.exclusive_maximum is not None and (hi is None or c.exclusive_maximum <= hi):
        hi, hi_excl = c.exclusive_maximum, True
    return lo, hi, lo_excl, hi_excl


_INT_HINTS = {"port": 5432, "page": 1, "limit": 20, "page_size": 20, "pagesize": 20, "offset": 0}


def _synth_number(kind: str, fmt: str, hint: str, c: Constraints, variant: int) -> int | float:
    integer = kind == "integer"
    preferred = Fraction(_INT_HINTS.get(hint.lower(), 1) if integer else Fraction(3, 2))
    lo, hi, lo_excl, hi_excl = bounds(c)
    if integer and fmt in _INT_RANGES:
        limit = _INT_RANGES[fmt]
        lo = -limit if lo is None else max(lo, -limit)
        hi = limit - 1 if hi is None else min(hi, limit - 1)
    low = _fraction(lo) if lo is not None else None
    high = _fraction(hi) if hi is not None else None
    step = Fraction(1) if integer else Fraction(1, 2)
    if c.multiple_of is not None and c.multiple_of > 0:
        step = _fraction(c.multiple_of)
        if integer:  # the smallest multiple of both 1 and multipleOf
            step = Fraction(step.numerator)
    elif not integer and low is not None and high is not None and high - low < 1:
        step = (high - low) / 4 if high > low else Fraction(1)
    value = _within(_nearest_multiple(preferred, step), step, low, high, lo_excl, hi_excl)
    if variant:
        # Another value in bounds: steps above the first, else below it.
        for candidate in (value + variant * step, value - variant * step):
            if _inside(candidate, low, high, lo_excl, hi_excl):
                value = candidate
                break
    if integer:
        return int(value)
    return float(value)


def _inside(
    value: Fraction, low: Fraction | None, high: Fraction | None, lo_excl: bool, hi_excl: bool
) -> bool:
    if low is not None and (value < low or (lo_excl and value == low)):
        return False
    return not (high is not None and (value > high or (hi_excl and value == high)))


def _within(
    value: Fraction,
    step: Fraction,
    low: Fraction | None,
    high: Fraction | None,
    lo_excl: bool,
    hi_excl: bool,
) -> Fraction:
    """``value``, or the multiple of ``step`` nearest to it inside the bounds."""
    if low is not None and (value < low or (lo_excl and value == low)):
        value = _first_multiple_above(low, step, lo_excl)
    if high is not None and (value > high or (hi_excl and value == high)):
        below = _first_multiple_below(high, step, hi_excl)
        if low is None or below > low or (below == low and not lo_excl):
            value = below
    return value


def _fraction(number: float) -> Fraction:
    """The number as written in decimal (``0.01`` is 1/100, not the nearest binary)."""
    return Fraction(repr(number)) if isinstance(number, float) else Fraction(number)


def _nearest_multiple(value: Fraction, step: Fraction) -> Fraction:
    return round(value / step) * step


def _first_multiple_above(low: Fraction, step: Fraction, exclusive: bool) -> Fraction:
    k = math.ceil(low / step)
    if exclusive and k * step == low:
        k += 1
    return k * step


def _first_multiple_below(high: Fraction, step: Fraction, exclusive: bool) -> Fraction:
    k = math.floor(high / step)
    if exclusive and k * step == high:
        k -= 1
    return k * step


def synth_primitive(
    kind: str, fmt: str, hint: str, seed: str, c: Constraints, variant: int = 0
) -> Any:
    if kind == "boolean":
        return variant % 2 == 0
    if kind in ("integer", "number"):
        return _synth_number(kind, fmt, hint, c, variant)
    if fmt.lower() == "binary":
        return b"example file content"
    uuid_seed = (seed or hint) + (f"#{variant}" if variant else "")
    return synth_string(fmt.lower(), hint, c, lambda: stable_uuid(uuid_seed), variant)


def conforms_primitive(data: Any, kind: str, fmt: str, c: Constraints) -> bool:
    if kind == "boolean":
        return isinstance(data, bool)
    if kind in ("integer", "number"):
        if isinstance(data, bool) or not isinstance(data, int | float):
            return False
        if kind == "integer" and not (isinstance(data, int) or float(data).is_integer()):
            return False
        if kind == "integer" and fmt in _INT_RANGES:
            limit = _INT_RANGES[fmt]
            if not -limit <= data < limit:
                return False
        if c.multiple_of and (_fraction(data) / _fraction(c.multiple_of)).denominator != 1:
            return False
        lo, hi, lo_excl, hi_excl = bounds(c)
        if lo is not None and (data < lo or (lo_excl and data == lo)):
            return False
        return not (hi is not None and (data > hi or (hi_excl and data == hi)))
    return isinstance(data, str) and conforms_string(data, fmt.lower(), c)
