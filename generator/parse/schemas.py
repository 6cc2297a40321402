"""Schema Objects (OpenAPI 3.0 §4.7.24, 3.1 §4.8.24) to type references.

:class:`SchemaParser` answers "what type is the schema at this pointer". On the way
it registers every schema that needs a class (component objects and enums, inline
objects and enums, named unions) as a :class:`Named` and queues it; ``drain``
hands the queued classes to a visitor. The discovery pass (``parse.discover``)
visits them to find more classes; the build pass (``parse.build``) gives it the
discovered classes with their final names, ``sealed``, and builds the IR.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from generator.ir.types import (
    AliasRef,
    AnyValue,
    ArrayOf,
    Const,
    Constraints,
    EnumRef,
    MapOf,
    ModelRef,
    Nullable,
    Primitive,
    TypeRef,
    Union,
)
from generator.load.document import Document, SourceFile, join_pointer
from generator.naming import class_name
from generator.parse.composition import (
    all_of_shape,
    dedupe,
    is_null_schema,
    nullable_part,
    ref_siblings_as_all_of,
    union_type,
)
from generator.parse.constraints import constraints_of
from generator.parse.context import Context, Key
from generator.parse.discovered import Kind, Named, Part, PartKind
from generator.regex_sample import matches, sample
from generator.string_formats import FORMAT_EXAMPLES, conforms_format

_PRIMITIVES = ("string", "integer", "number", "boolean")


@dataclass
class SchemaParser:
    ctx: Context
    named: dict[Key, Named] = field(default_factory=dict)
    sealed: bool = False
    """Every class is known and named: a schema not found by discovery is a bug."""
    pending: list[Named] = field(default_factory=list)
    _resolving: set[Key] = field(default_factory=set)
    _queued: set[Key] = field(default_factory=set)
    _patterns_checked: set[Key] = field(default_factory=set)
    part_kinds: dict[Key, PartKind] = field(default_factory=dict)
    """``allOf`` schemas classified by ``parse.composition.part_kind``."""

    @property
    def document(self) -> Document:
        return self.ctx.document

    # -- entry points -------------------------------------------------------------

    def register_components(self) -> None:
        schemas = (self.document.data.get("components") or {}).get("schemas") or {}
        if not isinstance(schemas, dict):
            return
        for name in sorted(schemas):
            pointer = join_pointer("/components/schemas", name)
            self.type_for(schemas[name], self.document.root, pointer, name, component=True)

    def type_for(
        self,
        schema: Any,
        source: SourceFile,
        pointer: str,
        hint: str,
        *,
        component: bool = False,
    ) -> TypeRef:
        """The type of the schema at ``pointer``; registers/builds classes as needed."""
        if not isinstance(schema, dict):
            if schema is True or schema == {}:
                return AnyValue()
            self.ctx.report(
                "schema.invalid", f"schema is not an object: {schema!r}", source, pointer
            )
            return AnyValue(fallback="invalid schema")
        ref = schema.get("$ref")
        if isinstance(ref, str):
            merged = ref_siblings_as_all_of(schema, self.document.version)
            if merged is None:
                return self._type_for_ref(schema, source, pointer, hint)
            schema = merged
        nullable, lenient, core = self._nullness(schema)
        kind = self._class_kind(core, source, pointer)
        if kind is not None and (component or kind != "alias"):
            result: TypeRef = self.class_ref(
                (str(source.path), pointer), kind, hint, source, pointer, schema, not component
            )
        else:
            result = self._structural(core, source, pointer, hint)
        keep = isinstance(result, Nullable | AnyValue) or result == Const(None)
        return Nullable(result, lenient) if nullable and not keep else result

    # -- references -----------------------------------------------------------------

    def _type_for_ref(
        self, schema: dict[str, Any], source: SourceFile, pointer: str, hint: str
    ) -> TypeRef:
        try:
            target = self.document.deref(schema, source, pointer)
        except KeyError:
            self.ctx.report("schema.ref", f"unresolvable $ref {schema['$ref']!r}", source, pointer)
            return AnyValue(fallback="unresolvable $ref")
        if not isinstance(target.value, dict):
            return AnyValue() if target.value in (True, None) else AnyValue(fallback="bad $ref")
        name = _ref_name(target.pointer, target.file)
        is_component = _is_component(target.pointer) or target.file is not self.document.root
        if target.key in self._resolving:
            # A schema that contains itself with no class in between (a map of
            # itself): there is no finite annotation for it.
            self.ctx.report(
                "schema.recursive-structure",
                f"{name!r} contains itself without an object in between",
                source,
                pointer,
            )
            return AnyValue(fallback="recursive schema without an object type")
        self._resolving.add(target.key)
        try:
            inner = self.type_for(
                target.value, target.file, target.pointer, name, component=is_component
            )
        finally:
            self._resolving.discard(target.key)
        # 3.0 allows `nullable: true` beside a $ref only through allOf, but many
        # specs write it directly; honour it.
        if schema.get("nullable") is True and not isinstance(inner, Nullable):
            return Nullable(inner, lenient=True)  # 3.0: a $ref's siblings have no effect
        return inner

    # -- classification ------------------------------------------------------------

    def _nullability(self, schema: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
        nullable, _, core = self._nullness(schema)
        return nullable, core

    def _nullness(self, schema: dict[str, Any]) -> tuple[bool, bool, dict[str, Any]]:
        """(null accepted, null accepted only leniently, the schema without its null)."""
        nullable = schema.get("nullable") is True
        # 3.0 §4.7.24: `nullable` adds null to the `type` written beside it.
        strict = nullable and isinstance(schema.get("type"), str)
        types = schema.get("type")
        if isinstance(types, list) and "null" in types:
            nullable = strict = True
            rest = [t for t in types if t != "null"]
            schema = {**schema, "type": rest[0] if len(rest) == 1 else rest}
            if not rest:
                schema = {k: v for k, v in schema.items() if k != "type"}
                schema["x-apismith-null"] = True
        enum = schema.get("enum")
        if isinstance(enum, list) and None in enum:
            strict = strict or (not nullable and "type" not in schema)
            nullable = True
            schema = {**schema, "enum": [v for v in enum if v is not None]}
        if nullable_part(schema):
            nullable = True
        for combiner in ("oneOf", "anyOf"):
            parts = schema.get(combiner)
            if isinstance(parts, list) and any(is_null_schema(p) for p in parts):
                nullable = strict = True
                schema = {**schema, combiner: [p for p in parts if not is_null_schema(p)]}
        return nullable, nullable and not strict, schema

    def _class_kind(self, schema: dict[str, Any], source: SourceFile, pointer: str) -> Kind | None:
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            values = [v for v in enum if v is not None]
            if values and _enum_value_kind(values) is not None:
                return "enum"
            return None
        if isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list):
            parts = schema.get("oneOf") or schema.get("anyOf") or []
            if schema.get("properties") and not parts:
                return "model"
            return "alias" if len(parts) > 1 else None
        if isinstance(schema.get("allOf"), list):
            shape = all_of_shape(self, Part(schema, source, pointer)).kind
            return "model" if shape == "object" else "alias" if shape == "union" else None
        if isinstance(schema.get("properties"), dict) and schema["properties"]:
            return "model"
        # An object without properties is a free-form or typed map, not a class.
        return None

    # -- classes ------------------------------------------------------------------

    def class_ref(
        self,
        key: Key,
        kind: Kind,
        hint: str,
        source: SourceFile,
        pointer: str,
        schema: dict[str, Any],
        synthesized: bool,
    ) -> TypeRef:
        named = self.named.get(key)
        if named is None:
            if self.sealed:
                raise AssertionError(f"{pointer}: a class the discovery pass did not find")
            named = Named(key, kind, class_name(hint), source, pointer, schema, synthesized)
            self.named[key] = named
        if key not in self._queued:
            # Classes are visited from a work list, never recursively, so a long
            # chain of references cannot exhaust the stack.
            self._queued.add(key)
            self.pending.append(named)
        name = named.final or named.desired
        if kind == "enum":
            return EnumRef(name)
        if kind == "alias":
            return AliasRef(name)
        return ModelRef(name)

    def drain(self, visit: Callable[[Named], None]) -> None:
        """Visit queued classes until none is left (a visit may queue more)."""
        while self.pending:
            visit(self.pending.pop(0))

    def class_schema(self, named: Named) -> dict[str, Any]:
        """``named``'s schema without what makes it nullable (the reference is)."""
        return self._nullability(named.schema)[1]

    # -- structural types --------------------------------------------------------

    def _structural(
        self, schema: dict[str, Any], source: SourceFile, pointer: str, hint: str
    ) -> TypeRef:
        if "const" in schema:
            return Const(schema["const"])
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            if len(values) == 1:
                return Const(values[0])
            if not values:
                return Const(None)  # `enum: [null]`
            if all(isinstance(v, bool) for v in values):
                return Primitive("boolean")  # [true, false]
            if all(v is None or isinstance(v, str | int | float) for v in values):
                # Values of several types (or numbers): a union of literals.
                return Union(tuple(Const(v) for v in dict.fromkeys(values)))
            self.ctx.report("schema.enum-values", "enum of objects or arrays", source, pointer)
            return AnyValue(fallback="enum of objects or arrays")
        if isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list):
            return union_type(self, schema, source, pointer, hint)
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema, source, pointer, hint)
        if schema.get("x-apismith-null"):
            return Const(None)
        kind = schema.get("type")
        if isinstance(kind, list):
            variants = tuple(
                self._structural({**schema, "type": t}, source, pointer, hint) for t in kind
            )
            return Union(dedupe(variants))
        if kind == "array" or (kind is None and "items" in schema):
            return self._array(schema, source, pointer, hint)
        if kind in _PRIMITIVES:
            constraints = constraints_of(schema)
            if kind == "string" and constraints.pattern is not None:
                fmt = str(schema.get("format") or "").lower()
                self._check_pattern(constraints, fmt, source, pointer)
            return Primitive(kind, str(schema.get("format") or ""), constraints)
        if kind == "object" or "additionalProperties" in schema or "properties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_for(
                    extra, source, join_pointer(pointer, "additionalProperties"), f"{hint}Value"
                )
                return MapOf(value, constraints_of(schema))
            return MapOf(AnyValue(), constraints_of(schema))
        if kind == "null":
            return Const(None)
        if kind is not None:
            self.ctx.report("schema.type", f"unknown type {kind!r}", source, pointer)
            return AnyValue(fallback=f"unknown type {kind!r}")
        return AnyValue()

    def _check_pattern(self, c: Constraints, fmt: str, source: SourceFile, pointer: str) -> None:
        """Report a ``pattern`` no example string can be drawn for (within the length
        bounds, of the ``format``): example values of the string may not match it."""
        key = (str(source.path), pointer)
        if not self.sealed or key in self._patterns_checked or c.pattern is None:
            return
        self._patterns_checked.add(key)
        example = FORMAT_EXAMPLES.get(fmt)
        if example is not None and _fits(example, c):
            return
        drawn = sample(c.pattern, min_length=c.min_length or 0, max_length=c.max_length)
        problem = drawn.problem
        if drawn.value is not None and not conforms_format(drawn.value, fmt):
            problem = f"the string drawn from it, {drawn.value!r}, is not a {fmt!r}"
        if problem:
            self.ctx.report(
                "example.pattern",
                f"no example string can be drawn for the pattern {c.pattern!r}: "
                f"{problem}; example values of this string may not match it",
                source,
                join_pointer(pointer, "pattern"),
            )

    def _array(
        self, schema: dict[str, Any], source: SourceFile, pointer: str, hint: str
    ) -> TypeRef:
        unique, constraints = schema.get("uniqueItems") is True, constraints_of(schema)
        items = schema.get("items")
        rest: TypeRef = AnyValue()
        if items is not None and items is not True:
            rest = self.type_for(items, source, join_pointer(pointer, "items"), f"{hint}Item")
        prefix_schemas = schema.get("prefixItems")
        if not isinstance(prefix_schemas, list) or not prefix_schemas:
            return ArrayOf(rest, unique, constraints)
        # JSON Schema 2020-12 §10.3.1.1: item i matches prefixItems[i], later ones `items`
        # (anything when absent). A Python list holds any of them.
        prefix = tuple(
            self.type_for(p, source, join_pointer(pointer, "prefixItems", i), f"{hint}Item{i + 1}")
            for i, p in enumerate(prefix_schemas)
        )
        if items is False:
            constraints = replace(
                constraints, max_items=min(constraints.max_items or len(prefix), len(prefix))
            )
        variants = dedupe((*prefix, rest) if items is not False else prefix)
        item = variants[0] if len(variants) == 1 else Union(variants)
        return ArrayOf(item, unique, constraints, prefix)

    def _all_of(
        self, schema: dict[str, Any], source: SourceFile, pointer: str, hint: str
    ) -> TypeRef:
        """An ``allOf`` that is not one merged model (see ``parse.composition``)."""
        shape = all_of_shape(self, Part(schema, source, pointer))
        if shape.kind == "union":
            return union_type(self, schema, source, pointer, hint)
        if shape.kind == "single" and shape.part is not None:
            return self.type_for(shape.part.written, source, shape.part.at, hint)
        if shape.kind == "conflict":
            self.ctx.report("schema.composition", shape.reason, source, pointer)
            return AnyValue(fallback=shape.reason)
        return AnyValue()


def _fits(value: str, c: Constraints) -> bool:
    too_short = c.min_length is not None and len(value) < c.min_length
    too_long = c.max_length is not None and len(value) > c.max_length
    return not too_short and not too_long and matches(c.pattern or "", value)


def _ref_name(pointer: str, source: SourceFile) -> str:
    tail = pointer.rstrip("/").rsplit("/", 1)[-1] if pointer else ""
    if not tail or tail in ("schema", "items"):
        tail = source.path.stem
    return tail.replace("~1", "/").replace("~0", "~")


def _is_component(pointer: str) -> bool:
    parts = pointer.split("/")
    return len(parts) == 4 and parts[1] == "components" and parts[2] == "schemas"


def _enum_value_kind(values: list[Any]) -> str | None:
    if all(isinstance(v, str) for v in values):
        return "string"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    return None
