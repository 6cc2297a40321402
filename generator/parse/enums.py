"""Enum schemas (``enum`` keyword, JSON Schema §6.1.2) to IR enums.

Member names come from ``x-enum-varnames`` when given (and valid), else from
the values; collisions inside one enum get numeric suffixes in value order.
"""

from __future__ import annotations

from typing import Any, Literal

from generator.ir import model as ir
from generator.naming import (
    ENUM_MEMBER_RESERVED,
    Namespace,
    make_identifier,
    member_name,
    upper_snake,
)
from generator.parse.context import Context, text
from generator.parse.discovered import Named


def build_enum(ctx: Context, named: Named, values: list[Any], schema: dict[str, Any]) -> ir.Enum:
    """The enum class ``named`` (already named) stands for; ``values`` without null."""
    kind: Literal["string", "integer"] = (
        "string" if all(isinstance(v, str) for v in values) else "integer"
    )
    names = schema.get("x-enum-varnames") or schema.get("x-enumNames")
    descriptions = schema.get("x-enum-descriptions") or schema.get("x-enumDescriptions")
    space = Namespace("enum member", reserved=ENUM_MEMBER_RESERVED)
    members: list[ir.EnumMember] = []
    seen: set[Any] = set()
    for index, value in enumerate(values):
        if value in seen:
            ctx.report(
                "schema.enum-duplicate",
                f"duplicate enum value {value!r} ignored",
                named.source,
                f"{named.pointer}/enum/{index}",
            )
            continue
        seen.add(value)
        desired = member_name(value)
        if isinstance(names, list) and index < len(names) and isinstance(names[index], str):
            desired = make_identifier(upper_snake(names[index]), fallback=desired, prefix="V")
        final = space.claim(str(value), desired, pointer=f"{named.pointer}/enum/{index}")
        description = ""
        if isinstance(descriptions, list) and index < len(descriptions):
            description = text(descriptions[index])
        members.append(ir.EnumMember(final, value, description))
    ctx.report_renames(space.renames, named.source)
    default = schema.get("default", ir.MISSING)
    if default is not ir.MISSING and default not in values:
        default = ir.MISSING
    return ir.Enum(
        named.final,
        ctx.module_for(named.final),
        ctx.origin(named.source, named.pointer),
        tuple(members),
        value_kind=kind,
        description=text(schema.get("description")),
        default=default,
        synthesized=named.synthesized,
    )
