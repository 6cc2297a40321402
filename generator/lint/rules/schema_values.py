"""Rules on values inside schemas: examples, defaults and enums (OpenAPI 3.x §4.8.24)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.lint.values import checker_for
from generator.load.document import join_pointer

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _check(
    index: SpecIndex, schema_ptr: str, value: Any, at: str, what: str, file: str = ""
) -> Iterator[Finding]:
    messages = checker_for(index).errors(schema_ptr, value, file)
    if messages:
        yield Finding(at, f"{what} does not match its schema: {'; '.join(messages)}", file)


@rule(
    "example-invalid",
    Severity.WARNING,
    "Schema, media type and parameter examples are valid against their schema.",
)
def example_invalid(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        if "example" in site.value and "$ref" not in site.value:
            at = join_pointer(site.pointer, "example")
            yield from _check(index, site.pointer, site.value["example"], at, "example", site.file)
        examples = site.value.get("examples")
        if index.version == "3.1" and isinstance(examples, list) and "$ref" not in site.value:
            for i, example in enumerate(examples):
                at = join_pointer(site.pointer, "examples", i)
                yield from _check(index, site.pointer, example, at, "example", site.file)
    for holder in (*index.media_types, *index.parameters):
        if holder.file or "schema" not in holder.value:
            continue
        schema_ptr = join_pointer(holder.pointer, "schema")
        if "example" in holder.value:
            at = join_pointer(holder.pointer, "example")
            yield from _check(index, schema_ptr, holder.value["example"], at, "example")
        examples = holder.value.get("examples")
        if isinstance(examples, dict):
            for name, example in examples.items():
                at = join_pointer(holder.pointer, "examples", name)
                target = index.deref(example, at)
                if (
                    target is not None
                    and isinstance(target.value, dict)
                    and "value" in target.value
                ):
                    value = target.value["value"]
                    yield from _check(index, schema_ptr, value, at, f"example {name!r}")


@rule(
    "default-invalid",
    Severity.ERROR,
    "Schema defaults are valid against their schema (a null default needs nullable).",
    structural=True,
)
def default_invalid(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        if "default" in site.value and "$ref" not in site.value:
            at = join_pointer(site.pointer, "default")
            yield from _check(index, site.pointer, site.value["default"], at, "default", site.file)


def _types(schema: dict[str, Any]) -> list[str] | None:
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return None


def _matches(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _JSON_TYPES.get(kind, (object,)))


@rule(
    "enum-duplicate",
    Severity.WARNING,
    "An enum lists each value once (the OpenAPI 3.0 schema dialect requires it).",
    structural=True,
)
def enum_duplicate(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        enum = site.value.get("enum")
        if not isinstance(enum, list):
            continue
        seen: list[Any] = []
        for i, value in enumerate(enum):
            if any(value == s and type(value) is type(s) for s in seen):
                at = join_pointer(site.pointer, "enum", i)
                yield Finding(at, f"enum value {value!r} is listed twice", site.file)
            seen.append(value)


@rule("enum-type-mismatch", Severity.ERROR, "Enum values have the schema's type.")
def enum_type_mismatch(index: SpecIndex) -> Iterator[Finding]:
    for site in index.schemas:
        enum = site.value.get("enum")
        types = _types(site.value)
        if not isinstance(enum, list) or types is None:
            continue
        if site.value.get("nullable") is True:
            types = [*types, "null"]
        for i, value in enumerate(enum):
            if not any(_matches(value, kind) for kind in types):
                at = join_pointer(site.pointer, "enum", i)
                message = f"enum value {value!r} is not of type {' or '.join(types)}"
                yield Finding(at, message, site.file)
