"""Type names as the docs show them: plain for signatures, linked for tables.

Spelled by the code's own visitor (``render.typestr.spell``), so a page shows the
annotation the generated client declares, with every model, enum and alias name
linked to its page and standard-library types by their own name (``datetime``, not
``_dt.datetime``); a discriminated union without its ``Annotated`` tag. The format
of a string (``uuid``, ``date-time``) goes in the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.ir.model import Response
from generator.ir.types import (
    AliasRef,
    EnumRef,
    ModelRef,
    Primitive,
    TypeRef,
    strip_nullable,
)
from generator.render.typestr import Spelling, spell


class _Linked(Spelling):
    def __init__(self, link: Callable[[str], str]) -> None:
        self.link = link

    def class_name(self, name: str) -> str:
        return f"[**{name}**]({self.link(name)})"


_PLAIN = Spelling()


def plain_type(t: TypeRef) -> str:
    """``list[ConnectionRead]``: for signature lines and code."""
    return spell(t, _PLAIN)


def linked_type(t: TypeRef, link: Callable[[str], str]) -> str:
    """Markdown with each class name linked via ``link(name) -> relative path``.

    Table-safe: the union bar is escaped so it does not split a cell.
    """
    text = spell(t, _Linked(link))
    if isinstance(strip_nullable(t), ModelRef | EnumRef | AliasRef):
        return text.replace(" | ", " \\| ")
    bold = text if "[**" in text else f"**{text}**"
    return bold.replace(" | ", " \\| ")


def returned(status: str) -> bool:
    """A declared status whose body the client method returns rather than raises."""
    return status[:1] in ("2", "3")


def success_types(responses: Sequence[Response]) -> list[TypeRef | None]:
    """What the client method returns, deduplicated: the 2xx bodies and the declared 3xx
    ones (a declared redirect or 304 is the operation's outcome, returned, not followed:
    runtime/request.py), ``default`` when there are none."""
    success = [r for r in responses if returned(r.status)]
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
