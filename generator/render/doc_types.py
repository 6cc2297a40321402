"""Type names as the docs show them: plain for signatures, linked for tables.

Spelled like the Python annotations of the generated client (``list[X]``,
``dict[str, X]``, ``X | None``), with every model, enum and alias name linked to
its page. The format of a string (``uuid``, ``date-time``) goes in the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.ir.model import Response
from generator.ir.types import (
    AliasRef,
    AnyValue,
    ArrayOf,
    Const,
    EnumRef,
    MapOf,
    ModelRef,
    Nullable,
    Primitive,
    TypeRef,
    Union,
    strip_nullable,
)

_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_FORMATS = {"uuid": "UUID", "date": "date", "date-time": "datetime", "binary": "bytes"}
"""Formats the client gives a Python type of its own (``generator.render.typestr``)."""


def _render(t: TypeRef, name: Callable[[str], str]) -> str:
    match t:
        case Primitive(kind, fmt):
            if kind == "string" and fmt in _FORMATS:
                return _FORMATS[fmt]
            if kind in ("string", "number") and fmt == "decimal":
                return "Decimal"
            return _PRIMITIVES[kind]
        case ArrayOf(item):
            return f"list[{_render(item, name)}]"
        case MapOf(value):
            return f"dict[str, {_render(value, name)}]"
        case ModelRef(n) | EnumRef(n) | AliasRef(n):
            return name(n)
        case Union(variants):
            # Variants that differ only in constraints read the same: name them once.
            return " | ".join(dict.fromkeys(_render(v, name) for v in variants))
        case Nullable(inner):
            return f"{_render(inner, name)} | None"
        case Const(value):
            return f"Literal[{value!r}]"
        case AnyValue():
            return "Any"
    raise TypeError(t)  # pragma: no cover


def plain_type(t: TypeRef) -> str:
    """``list[ConnectionRead]``: for signature lines and code."""
    return _render(t, lambda n: n)


def linked_type(t: TypeRef, link: Callable[[str], str]) -> str:
    """Markdown with each class name linked via ``link(name) -> relative path``.

    Table-safe: the union bar is escaped so it does not split a cell.
    """
    text = _render(t, lambda n: f"[**{n}**]({link(n)})")
    if isinstance(strip_nullable(t), ModelRef | EnumRef | AliasRef):
        return text.replace(" | ", " \\| ")
    bold = text if "[**" in text else f"**{text}**"
    return bold.replace(" | ", " \\| ")


def success_types(responses: Sequence[Response]) -> list[TypeRef | None]:
    """What the client method returns: the 2xx bodies (``default`` if no 2xx), deduplicated."""
    success = [r for r in responses if r.status.startswith("2")]
    if not success:
        success = [r for r in responses if r.status == "default"]
    out: dict[str, TypeRef | None] = {}
    for r in success:
        # By how the type reads: types that differ only in constraints are one return type.
        out.setdefault("" if r.type is None else plain_type(r.type), r.type)
    return list(out.values())


def string_format(t: TypeRef) -> str:
    """The ``format`` of a (nullable) string type, for the notes column."""
    inner = strip_nullable(t)
    if isinstance(inner, Primitive) and inner.format:
        return inner.format
    return ""
