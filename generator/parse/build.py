"""The build pass: the IR of everything discovery found, with its final names.

Walks the same schemas and operations as discovery, in the same order, with the
discovered classes ``sealed`` (each already named); every class reached is built
once: models (``parse.fields``), enums (``parse.enums``), unions (here).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir import model as ir
from generator.parse.composition import union_type
from generator.parse.context import Context, text
from generator.parse.discovered import Discovery, Named
from generator.parse.enums import build_enum
from generator.parse.fields import build_model
from generator.parse.operations import OperationParser
from generator.parse.schemas import SchemaParser


@dataclass(frozen=True)
class Built:
    models: tuple[ir.Model, ...]
    enums: tuple[ir.Enum, ...]
    aliases: tuple[ir.Alias, ...]
    operations: dict[int, ir.Operation]
    """By ``id`` of the discovered ``RawOperation``."""


def build(ctx: Context, found: Discovery) -> Built:
    schemas = SchemaParser(ctx, named=found.classes, sealed=True, part_kinds=found.part_kinds)
    operations = OperationParser(ctx, schemas)
    models: list[ir.Model] = []
    enums: list[ir.Enum] = []
    aliases: list[ir.Alias] = []

    def visit(named: Named) -> None:
        if named.kind == "model":
            models.append(build_model(ctx, schemas, named))
        elif named.kind == "enum":
            core = schemas.class_schema(named)
            values = [v for v in core.get("enum", []) if v is not None]
            enums.append(build_enum(ctx, named, values, core))
        else:
            aliases.append(build_alias(ctx, schemas, named))

    schemas.register_components()
    built = {id(op): operations.build(op) for op in found.operations}
    schemas.drain(visit)
    return Built(
        tuple(sorted(models, key=lambda m: m.name)),
        tuple(sorted(enums, key=lambda e: e.name)),
        tuple(sorted(aliases, key=lambda a: a.name)),
        built,
    )


def build_alias(ctx: Context, schemas: SchemaParser, named: Named) -> ir.Alias:
    """A named union (``oneOf``/``anyOf``, or an ``allOf`` around one)."""
    core = schemas.class_schema(named)
    return ir.Alias(
        named.final,
        ctx.module_for(named.final),
        ctx.origin(named.source, named.pointer),
        union_type(schemas, core, named.source, named.pointer, named.desired),
        description=text(named.schema.get("description")),
        synthesized=named.synthesized,
    )
