"""Codegen-readiness rules: what makes a spec turn into awkward or broken Python.

No other linter has these; they predict what the generator will have to
rename, synthesise or drop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.lint.pynames import (
    CLASS_RESERVED,
    RESERVED,
    api_class,
    enum_member,
    pascal_case,
    snake_case,
)
from generator.load.document import join_pointer

_COMPOSE = ("allOf", "anyOf", "oneOf")


def _properties(
    index: SpecIndex, schema: Any, pointer: str, file: str = "", depth: int = 0
) -> set[str] | None:
    """Property names a schema defines, through $ref and composition; None if open-ended."""
    target = index.deref(schema, pointer, file)
    if target is None or not isinstance(target.value, dict) or depth > 32:
        return None
    value = target.value
    names = set(value["properties"]) if isinstance(value.get("properties"), dict) else set()
    for key in _COMPOSE:
        parts = value.get(key)
        if isinstance(parts, list):
            for i, part in enumerate(parts):
                where = join_pointer(target.pointer, key, i)
                more = _properties(index, part, where, index.file_label(target), depth + 1)
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
        known = _properties(index, site.value, site.pointer, site.file)
        if known is None:
            continue
        for i, name in enumerate(required):
            if str(name) not in known:
                yield Finding(
                    join_pointer(site.pointer, "required", i),
                    f"required property {name!r} is not defined in the schema",
                    site.file,
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
                message = f"enum value {value!r} has no letters or digits to name it by"
                yield Finding(at, message, site.file)
            elif member in members and members[member] != value:
                yield Finding(
                    at,
                    f"enum value {value!r} becomes {member}, like {members[member]!r}",
                    site.file,
                )
            else:
                members[member] = value


def _collisions(
    names: Iterable[str],
    where: Callable[[str], str],
    convert: Callable[[str], str],
    kind: str,
    file: str = "",
) -> Iterator[Finding]:
    """Names whose converted forms coincide; ``where`` gives a name's pointer (computed
    only for the few that collide: big specs have tens of thousands of names)."""
    first: dict[str, str] = {}
    for name in names:
        converted = convert(name)
        other = first.setdefault(converted, name)
        if other != name:
            message = f"{kind} {name!r} and {other!r} both become Python name {converted!r}"
            yield Finding(where(name), message, file)


def _snake_safe(name: str) -> str:
    converted = snake_case(name)
    return f"{converted}_" if converted in RESERVED else converted


@rule(
    "python-name-collision",
    Severity.WARNING,
    "Names stay distinct and unreserved as Python identifiers (properties, parameters, "
    "operationIds, schemas, tags).",
)
def python_name_collision(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        props = site.value.get("properties")
        if isinstance(props, dict) and len(props) > 1:
            yield from _collisions(
                map(str, props),
                partial(join_pointer, site.pointer, "properties"),
                _snake_safe,
                "property",
                site.file,
            )
    for op in index.operations:
        params: dict[str, str] = {}  # name -> pointer of its first declaration
        for param in sorted(index.operation_parameters(op), key=lambda s: s.pointer):
            params.setdefault(str(param.value.get("name")), param.pointer)
        yield from _collisions(params, params.__getitem__, _snake_safe, "parameter")
    op_ids: dict[str, str] = {}
    for op in index.operations:
        if isinstance(op.value.get("operationId"), str):
            op_ids.setdefault(op.value["operationId"], join_pointer(op.pointer, "operationId"))
    yield from _collisions(op_ids, op_ids.__getitem__, _snake_safe, "operationId")
    components = index.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        schemas = {}
    yield from _collisions(
        map(str, schemas), partial(join_pointer, "/components/schemas"), pascal_case, "schema"
    )
    classes: dict[str, str] = {}
    for name, value in schemas.items():
        name = str(name)
        if not _becomes_class(value):
            continue
        converted = pascal_case(name)
        classes.setdefault(converted, name)
        if converted in CLASS_RESERVED:
            yield Finding(
                join_pointer("/components/schemas", name),
                f"schema {name!r} becomes Python class {converted!r}, a name the generated "
                f"code reserves; it is renamed {converted + 'Model'!r}",
            )
    yield from _tag_collisions(index, classes)


def _becomes_class(schema: Any) -> bool:
    """Schemas the generator turns into classes: objects with properties, enums, unions."""
    return isinstance(schema, dict) and any(
        key in schema for key in ("properties", "enum", *_COMPOSE)
    )


def _tag_collisions(index: SpecIndex, classes: dict[str, str]) -> Iterator[Finding]:
    """A tag's API class (or its ``Async`` twin) named like a schema's class."""
    reported: set[str] = set()
    for op in index.operations:
        tags = op.value.get("tags")
        for i, tag in enumerate(tags if isinstance(tags, list) else []):
            if not isinstance(tag, str):
                continue
            cls = api_class(tag)
            for name in (cls, f"Async{cls}"):
                if name in classes and cls not in reported:
                    reported.add(cls)
                    yield Finding(
                        join_pointer(op.pointer, "tags", i),
                        f"tag {tag!r} names API class {cls!r}, but {name!r} is the class of "
                        f"schema {classes[name]!r}; the API classes are numbered",
                    )
