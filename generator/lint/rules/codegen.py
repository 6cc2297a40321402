"""Codegen-readiness rules: what makes a spec turn into awkward or broken Python.

No other linter has these; they predict what the generator will have to
rename, synthesise or drop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.lint.pynames import RESERVED, enum_member, pascal_case, snake_case
from generator.load.document import join_pointer

_COMPOSE = ("allOf", "anyOf", "oneOf")


def _properties(index: SpecIndex, schema: Any, pointer: str, depth: int = 0) -> set[str] | None:
    """Property names a schema defines, through $ref and composition; None if open-ended."""
    target = index.deref(schema, pointer)
    if target is None or not isinstance(target.value, dict) or depth > 32:
        return None
    value = target.value
    names = set(value["properties"]) if isinstance(value.get("properties"), dict) else set()
    for key in _COMPOSE:
        parts = value.get(key)
        if isinstance(parts, list):
            for i, part in enumerate(parts):
                more = _properties(index, part, join_pointer(target.pointer, key, i), depth + 1)
                if more is None:
                    return None
                names |= more
    return names


@rule(
    "schema-required-undefined",
    Severity.WARNING,
    "Names in `required` are properties the schema (or its allOf/anyOf/oneOf) defines.",
)
def schema_required_undefined(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        required = site.value.get("required")
        if not isinstance(required, list) or "$ref" in site.value:
            continue
        if "properties" not in site.value and not any(k in site.value for k in _COMPOSE):
            continue  # a bare `required` list constrains an open object on purpose
        known = _properties(index, site.value, site.pointer)
        if known is None:
            continue
        for i, name in enumerate(required):
            if str(name) not in known:
                yield Finding(
                    join_pointer(site.pointer, "required", i),
                    f"required property {name!r} is not defined in the schema",
                )


_NAMED_VIA = {"property", "items", "media", "parameter", "header", "additionalProperties"}


@rule(
    "inline-object-schema",
    Severity.INFO,
    "Object schemas with properties are components (inline ones get synthesized names).",
)
def inline_object_schema(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        value = site.value
        if site.via not in _NAMED_VIA or "$ref" in value:
            continue
        if isinstance(value.get("properties"), dict) and value["properties"]:
            yield Finding(
                site.pointer,
                "inline object schema will get a synthesized class name; "
                "move it to components/schemas",
            )


@rule(
    "enum-value-identifier",
    Severity.WARNING,
    "String enum values can become distinct Python identifiers.",
)
def enum_value_identifier(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        enum = site.value.get("enum")
        if not isinstance(enum, list):
            continue
        members: dict[str, Any] = {}
        for i, value in enumerate(enum):
            if not isinstance(value, str):
                continue
            at = join_pointer(site.pointer, "enum", i)
            member = enum_member(value)
            if not member:
                yield Finding(at, f"enum value {value!r} has no letters or digits to name it by")
            elif member in members and members[member] != value:
                yield Finding(
                    at,
                    f"enum value {value!r} becomes {member}, like {members[member]!r}",
                )
            else:
                members[member] = value


def _collisions(names: Iterable[tuple[str, str]], convert: Any, kind: str) -> Iterator[Finding]:
    """(name, pointer) pairs whose converted names coincide."""
    first: dict[str, tuple[str, str]] = {}
    for name, pointer in names:
        converted = convert(name)
        if converted in first and first[converted][0] != name:
            other = first[converted][0]
            yield Finding(
                pointer, f"{kind} {name!r} and {other!r} both become Python name {converted!r}"
            )
        else:
            first.setdefault(converted, (name, pointer))


def _snake_safe(name: str) -> str:
    converted = snake_case(name)
    return f"{converted}_" if converted in RESERVED else converted


@rule(
    "python-name-collision",
    Severity.WARNING,
    "Names stay distinct once turned into Python identifiers (properties, parameters, "
    "operationIds, schema names).",
)
def python_name_collision(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        props = site.value.get("properties")
        if isinstance(props, dict):
            pairs = [(str(n), join_pointer(site.pointer, "properties", n)) for n in props]
            yield from _collisions(pairs, _snake_safe, "property")
    for op in index.operations:
        params = [(str(s.value.get("name")), s.pointer) for s in index.operation_parameters(op)]
        yield from _collisions(sorted(params, key=lambda p: p[1]), _snake_safe, "parameter")
    op_ids = [
        (str(op.value["operationId"]), join_pointer(op.pointer, "operationId"))
        for op in index.operations
        if isinstance(op.value.get("operationId"), str)
    ]
    yield from _collisions(op_ids, _snake_safe, "operationId")
    components = index.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(schemas, dict):
        pairs = [(str(n), join_pointer("/components/schemas", n)) for n in schemas]
        yield from _collisions(pairs, pascal_case, "schema")
