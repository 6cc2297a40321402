"""Object schemas (``properties``, ``required``, ``allOf``) to IR models and fields.

``allOf`` is flattened: the properties and ``required`` lists of every part are
merged in order, then the schema's own. Field names come from one namespace
per model that reserves pydantic's own attribute names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Severity
from generator.ir import model as ir
from generator.ir.types import AnyValue, Const, EnumRef, Nullable, Primitive, TypeRef
from generator.load.document import SourceFile, join_pointer
from generator.naming import FIELD_RESERVED, Namespace, attribute_name, pascal_case
from generator.parse.composition import resolve
from generator.parse.constraints import constraints_of
from generator.parse.context import Context, text
from generator.parse.discovered import Named, Part
from generator.parse.discriminators import discriminator_tag
from generator.parse.schemas import SchemaParser

# What ``flattened`` takes from a property's ``allOf`` parts (annotations only from
# parts written inline: a referenced schema's describe the referenced type).
_ALL_OF_ANNOTATIONS = (
    "description",
    "title",
    "default",
    "example",
    "readOnly",
    "writeOnly",
    "deprecated",
)
_ALL_OF_CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "format",
)


@dataclass
class _Prop:
    wire: str
    schema: Any
    source: SourceFile
    pointer: str


@dataclass
class _Properties:
    """A model's properties (``allOf`` parts first), and its ``required`` list."""

    props: dict[str, _Prop]
    required: list[str]

    @property
    def undeclared(self) -> list[str]:
        return [wire for wire in self.required if wire not in self.props]


def discover_model(parser: SchemaParser, named: Named) -> None:
    """Discovery: the classes the model's property types need (names come later)."""
    builder = FieldBuilder(parser.ctx, parser, named)
    for wire, prop in builder.properties().props.items():
        builder.property_type(wire, prop)
    builder.additional()


def build_model(ctx: Context, parser: SchemaParser, named: Named) -> ir.Model:
    """Build: the model ``named`` (already named) stands for."""
    return FieldBuilder(ctx, parser, named).build()


@dataclass
class FieldBuilder:
    ctx: Context
    parser: SchemaParser
    named: Named

    def properties(self) -> _Properties:
        found = _Properties({}, [])
        # A union branch merged with the properties shared by every branch
        # (``parse.composition``) collects from its parts; other models from their schema.
        for part in self.named.parts or (
            Part(self.named.schema, self.named.source, self.named.pointer),
        ):
            self._collect(part.schema, part.source, part.pointer, found.props, found.required, 0)
        return found

    def property_type(self, wire: str, prop: _Prop) -> TypeRef:
        hint = f"{self.named.desired}{pascal_case(wire)}"
        return self.parser.type_for(prop.schema, prop.source, prop.pointer, hint)

    def additional(self) -> TypeRef | None:
        extra = self.named.schema.get("additionalProperties")
        if not isinstance(extra, dict) or not extra:
            return None
        return self.parser.type_for(
            extra,
            self.named.source,
            join_pointer(self.named.pointer, "additionalProperties"),
            f"{self.named.desired}Value",
        )

    def build(self) -> ir.Model:
        found = self.properties()
        props, required, undeclared = found.props, found.required, found.undeclared
        pointers = {wire: prop.pointer for wire, prop in props.items()}
        pointers.update((w, join_pointer(self.named.pointer, "required")) for w in undeclared)
        names = self._names(pointers, undeclared)
        fields: list[ir.Field] = []
        for wire, prop in props.items():
            field_type = self.property_type(wire, prop)
            fields.append(self._field(names[wire], wire, field_type, wire in required, prop))
        for wire in undeclared:
            # JSON Schema still demands the key, so a validating server (or Prism)
            # rejects objects without it: keep it as an optional, untyped field.
            pointer = join_pointer(self.named.pointer, "required")
            self.ctx.report(
                "schema.required-missing",
                f"'required' names {wire!r}, which is not declared in 'properties'; "
                "kept as an optional field of any type",
                self.named.source,
                pointer,
            )
            fields.append(
                ir.Field(
                    names[wire],
                    wire,
                    AnyValue(),
                    False,
                    self.ctx.origin(self.named.source, pointer),
                    description=f"Listed in `required` but not declared in `properties` ({wire}).",
                )
            )
        additional = self.additional()
        schema = self.named.schema
        return ir.Model(
            self.named.final,
            self.ctx.module_for(self.named.final),
            self.ctx.origin(self.named.source, self.named.pointer),
            tuple(fields),
            description=text(schema.get("description")),
            title=text(schema.get("title")),
            additional=additional,
            closed=schema.get("additionalProperties") is False,
            example=schema.get("example", ir.MISSING),
            deprecated=schema.get("deprecated") is True,
            synthesized=self.named.synthesized,
            tag=discriminator_tag(self.parser, self.named),
        )

    def _names(self, wires: dict[str, str], undeclared: list[str]) -> dict[str, str]:
        """Python names for the JSON names (with their pointers), all decided here.

        Declared properties claim before the stand-ins for undeclared ``required``
        entries. Models accept both names and JSON names, so within each group
        properties whose JSON name is already a fitting Python name claim it first.
        """
        space = Namespace("field", reserved=FIELD_RESERVED)
        out: dict[str, str] = {}
        stand_ins = set(undeclared)
        # Sorted: the order of keys in a JSON object carries no meaning (RFC 8259 §4),
        # so it must not decide who keeps a contested name.
        for group in (sorted(w for w in wires if w not in stand_ins), sorted(undeclared)):
            for wire in group:
                usable = wire.isidentifier() and wire.islower() and not wire.startswith("_")
                if (usable or attribute_name(wire) == wire) and space.is_free(wire):
                    out[wire] = space.claim(wire, wire, pointer=wires[wire])
            for wire in group:
                if wire not in out:
                    out[wire] = space.claim(wire, attribute_name(wire), pointer=wires[wire])
        self.ctx.report_renames(space.renames, self.named.source)
        return out

    def _collect(
        self,
        schema: dict[str, Any],
        source: SourceFile,
        pointer: str,
        props: dict[str, _Prop],
        required: list[str],
        depth: int,
    ) -> None:
        if depth > 64:
            return
        for index, part in enumerate(schema.get("allOf") or []):
            part_pointer = join_pointer(pointer, "allOf", index)
            try:
                target = self.parser.document.deref(part, source, part_pointer)
            except KeyError:
                continue
            if isinstance(target.value, dict):
                self._collect(target.value, target.file, target.pointer, props, required, depth + 1)
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for wire, prop_schema in properties.items():
                props[wire] = _Prop(
                    wire, prop_schema, source, join_pointer(pointer, "properties", wire)
                )
        for name in schema.get("required") or []:
            if isinstance(name, str) and name not in required:
                required.append(name)

    def _field(
        self, name: str, wire: str, field_type: TypeRef, required: bool, prop: _Prop
    ) -> ir.Field:
        schema = flattened(self.parser, prop.schema, prop.source, prop.pointer)
        resolved = self._resolved(prop) if "allOf" not in schema else schema
        default = resolved.get("default", schema.get("default", ir.MISSING))
        if default is not ir.MISSING and not _default_fits(default, field_type):
            if default is not None:
                self.ctx.report(
                    "schema.default-mismatch",
                    f"default {default!r} does not match the property's type; ignored",
                    prop.source,
                    join_pointer(prop.pointer, "default"),
                    Severity.INFO,
                )
            default = ir.MISSING
        constraints = constraints_of(resolved)
        return ir.Field(
            name,
            wire,
            field_type,
            required,
            self.ctx.origin(prop.source, prop.pointer),
            description=text(schema.get("description")) or text(resolved.get("description")),
            default=default,
            example=schema.get("example", resolved.get("example", ir.MISSING)),
            read_only=resolved.get("readOnly") is True or schema.get("readOnly") is True,
            write_only=resolved.get("writeOnly") is True or schema.get("writeOnly") is True,
            deprecated=schema.get("deprecated") is True,
            constraints=constraints,
        )

    def _resolved(self, prop: _Prop) -> dict[str, Any]:
        try:
            target = self.parser.document.deref(prop.schema, prop.source, prop.pointer)
        except KeyError:
            return {}
        return target.value if isinstance(target.value, dict) else {}


def _default_fits(value: Any, field_type: TypeRef) -> bool:
    if isinstance(field_type, Nullable):
        return value is None or _default_fits(value, field_type.inner)
    if value is None:
        return False
    match field_type:
        case Primitive(kind="string", format=fmt):
            return isinstance(value, str) and fmt not in ("binary",)
        case Primitive(kind="integer"):
            return isinstance(value, int) and not isinstance(value, bool)
        case Primitive(kind="number"):
            return isinstance(value, int | float) and not isinstance(value, bool)
        case Primitive(kind="boolean"):
            return isinstance(value, bool)
        case EnumRef():
            return isinstance(value, str | int) and not isinstance(value, bool)
        case Const(value=constant):
            # JSON Schema 2020-12 §6.1.3: the instance must equal the const (true is not 1)
            return bool(value == constant) and type(value) is type(constant)
        case AnyValue():
            return True
        case _:
            return False


def flattened(
    parser: SchemaParser, schema: Any, source: SourceFile, pointer: str
) -> dict[str, Any]:
    """A property schema's annotations and constraints, with those its ``allOf`` parts
    declare: the schema's own win, annotations of a referenced schema are not taken
    (they describe the referenced type), constraints are (every part applies)."""
    if not isinstance(schema, dict) or not isinstance(schema.get("allOf"), list):
        return schema if isinstance(schema, dict) else {}
    merged: dict[str, Any] = {}
    for index, raw in enumerate(schema["allOf"]):
        part = resolve(parser, raw, source, join_pointer(pointer, "allOf", index))
        if part is None:
            continue
        keys = (
            _ALL_OF_CONSTRAINTS
            if "$ref" in (raw if isinstance(raw, dict) else {})
            else (_ALL_OF_CONSTRAINTS + _ALL_OF_ANNOTATIONS)
        )
        merged.update((k, part.schema[k]) for k in keys if k in part.schema)
    return {**merged, **schema}
