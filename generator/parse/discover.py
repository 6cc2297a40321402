"""The discovery pass: what needs a name, before anything is named.

Walks the component schemas, then every operation's schemas, then (from a work
list) the classes those need, and returns a :class:`Discovery`: each schema that
becomes a class and each operation that becomes a method, with the name it would
like. Nothing is built; the naming pass decides every name at once from this list
(sorted, so independent of key order in the input).
"""

from __future__ import annotations

from generator.parse.composition import union_type
from generator.parse.context import Context
from generator.parse.discovered import Discovery, Named
from generator.parse.fields import discover_model
from generator.parse.operation_slots import find_operations
from generator.parse.operations import OperationParser
from generator.parse.schemas import SchemaParser


def discover(ctx: Context) -> Discovery:
    schemas = SchemaParser(ctx)
    operations = OperationParser(ctx, schemas)
    schemas.register_components()
    found = find_operations(ctx.document)
    for op in found:
        operations.discover(op)

    def visit(named: Named) -> None:
        if named.kind == "model":
            discover_model(schemas, named)
        elif named.kind == "alias":
            core = schemas.class_schema(named)
            union_type(schemas, core, named.source, named.pointer, named.desired)
        # An enum's values need no class.

    schemas.drain(visit)
    return Discovery(schemas.named, found, schemas.part_kinds)
