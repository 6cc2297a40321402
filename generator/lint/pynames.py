"""Python naming for the codegen-readiness rules.

The generator's naming authority (``generator.naming``) decides the real
names; when it is importable its functions are used so that the linter
predicts exactly what the generator will do. The fallbacks below keep the
linter working on its own.
"""

from __future__ import annotations

import keyword
import re
from functools import lru_cache

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _snake(text: str) -> str:
    return "_".join(_words(text))


def _pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in _words(text))


try:
    from generator.naming import pascal_case as _gen_pascal
    from generator.naming import snake_case as _gen_snake
except ImportError:  # pragma: no cover - naming authority not present
    _gen_snake = _snake
    _gen_pascal = _pascal

RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)


@lru_cache(maxsize=65536)
def snake_case(text: str) -> str:
    return _gen_snake(text)


@lru_cache(maxsize=65536)
def pascal_case(text: str) -> str:
    return _gen_pascal(text)


def enum_member(value: object) -> str:
    """The upper-snake member name a string enum value would get ('' if none)."""
    return snake_case(str(value)).upper()
