"""Python naming for the codegen-readiness rules: the generator's naming authority.

The linter predicts the generator's renames by asking the same functions and
reserved-name sets (``generator.naming``), never a copy of them.
"""

from __future__ import annotations

from functools import lru_cache

from generator.naming import CLASS_RESERVED, FIELD_RESERVED, class_name, tag_key
from generator.naming import snake_case as _snake_case

RESERVED = FIELD_RESERVED


@lru_cache(maxsize=65536)
def snake_case(text: str) -> str:
    return _snake_case(text)


@lru_cache(maxsize=65536)
def pascal_case(text: str) -> str:
    return class_name(text)


def enum_member(value: object) -> str:
    """The upper-snake member name a string enum value would get ('' if none)."""
    return snake_case(str(value)).upper()


def api_class(tag: str) -> str:
    """The API class a tag names (tags differing only in case or separators share it)."""
    return class_name(tag_key(tag), fallback="Default") + "Api"


__all__ = ["CLASS_RESERVED", "RESERVED", "api_class", "enum_member", "pascal_case", "snake_case"]
