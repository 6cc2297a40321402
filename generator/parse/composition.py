"""Composition keywords (``allOf``, ``oneOf``, ``anyOf``) to type references.

JSON Schema 2020-12 Core §10.2.1: an instance is valid against ``allOf`` when it is
valid against every subschema, against ``anyOf``/``oneOf`` when it is valid against
at least one (exactly one). Keywords written side by side in one schema object are
evaluated independently and all must hold (Core §7, "Keyword Behaviors"), so
``properties`` and ``required`` written beside ``oneOf`` constrain every branch as
an ``allOf`` part would: ``S and (A or B)`` is ``(S and A) or (S and B)``. That is how shared
properties are kept: each object branch becomes a model holding the branch's and
the shared properties (with their ``required``), and the union is of those models;
what openapi-python-client and datamodel-code-generator users get for a base model
with subclasses. ``properties`` (Core §10.3.2.1) and ``required`` (Validation §6.5.3)
only constrain objects (Core §7.6.1), so a branch that is not an object is kept as it is.

An ``allOf`` is classified by the parts that constrain the type: parts holding only
annotations (``description``, ``readOnly``, ``default``...) or OpenAPI 3.0's
``nullable: true`` (§4.7.24, written in its own part: the usual 3.0 idiom for a
nullable reference) describe the value without changing its type. What is left is
one part (the type is that part's), objects (one merged model), one union with
objects (the distribution above), or primitives of one kind (the narrowest part);
anything else has no Python type and is a reported fallback to ``Any``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

from generator.diagnostics import Severity
from generator.ir.types import AnyValue, Discriminator, ModelRef, TypeRef, Union
from generator.load.document import Document, SourceFile, join_pointer
from generator.naming import class_name
from generator.parse.context import Context, Key
from generator.parse.discovered import Kind, Named, Part, PartKind

ShapeKind = Literal["none", "single", "object", "union", "conflict"]

_TYPE_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "oneOf",
        "anyOf",
        "allOf",
    }
)
_COMBINERS = ("oneOf", "anyOf")
_DEPTH = 32


class TypeWalker(Protocol):
    """What composition needs from the schema walker (``parse.schemas.SchemaParser``)."""

    ctx: Context
    named: dict[Key, Named]
    part_kinds: dict[Key, PartKind]

    @property
    def document(self) -> Document: ...

    def type_for(
        self,
        schema: Any,
        source: SourceFile,
        pointer: str,
        hint: str,
        *,
        component: bool = False,
    ) -> TypeRef: ...

    def class_ref(
        self,
        key: Key,
        kind: Kind,
        hint: str,
        source: SourceFile,
        pointer: str,
        schema: dict[str, Any],
        synthesized: bool,
    ) -> TypeRef: ...


@dataclass(frozen=True, slots=True)
class Shape:
    """What an ``allOf`` amounts to."""

    kind: ShapeKind
    part: Part | None = None
    """``single``: the part that gives the type; ``union``: the union part."""
    shared: tuple[Part, ...] = ()
    """``union``: the object parts every branch must also satisfy."""
    reason: str = ""
    """``conflict``: why no Python type fits."""


def combiner(schema: dict[str, Any]) -> str | None:
    for keyword in _COMBINERS:
        parts = schema.get(keyword)
        if isinstance(parts, list) and parts:
            return keyword
    return None


def is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "null" or (schema.get("enum") == [None])
    )


def nullable_part(schema: dict[str, Any]) -> bool:
    """An ``allOf`` part that only says ``nullable: true`` (with annotations)."""
    parts = schema.get("allOf")
    return isinstance(parts, list) and any(
        isinstance(p, dict) and p.get("nullable") is True and not (p.keys() & _TYPE_KEYWORDS)
        for p in parts
    )


def ref_siblings_as_all_of(schema: dict[str, Any], openapi: str) -> dict[str, Any] | None:
    """A 3.1 ``$ref`` with ``properties``/``required`` beside it, as the ``allOf`` it means.

    In OpenAPI 3.1 a Schema Object is a JSON Schema 2020-12 schema, where ``$ref`` is
    an applicator evaluated together with its sibling keywords (Core §8.2.3.1); in 3.0
    a Reference Object's siblings are ignored (§4.7.23). The reference goes last so the
    pointers of an ``allOf`` written beside it stay right.
    """
    siblings = {k: v for k, v in schema.items() if k != "$ref"}
    if not openapi.startswith("3.1") or not (
        siblings.get("properties") or siblings.get("required")
    ):
        return None
    written = siblings.get("allOf")
    parts: list[Any] = written if isinstance(written, list) else []
    return {**siblings, "allOf": [*parts, {"$ref": schema["$ref"]}]}


def resolve(parser: TypeWalker, written: Any, source: SourceFile, at: str) -> Part | None:
    try:
        target = parser.document.deref(written, source, at)
    except KeyError:
        return None
    if not isinstance(target.value, dict):
        return None
    return Part(target.value, target.file, target.pointer, written, at)


def part_kind(parser: TypeWalker, part: Part, depth: int = 0) -> PartKind:
    schema = part.schema
    if not (schema.keys() & _TYPE_KEYWORDS):
        return "annotation"
    if combiner(schema):
        return "union"
    if isinstance(schema.get("allOf"), list):
        # Remembered per schema, so parts shared by many allOfs are classified once;
        # a schema met again while it is being classified (a cycle) counts as an
        # annotation, which leaves the decision to the parts around it.
        key = (str(part.source.path), part.pointer)
        known = parser.part_kinds.get(key)
        if known is not None:
            return known
        parser.part_kinds[key] = "annotation"
        parser.part_kinds[key] = found = _all_of_kind(parser, part, depth)
        return found
    kind = schema.get("type")
    enum = schema.get("enum")
    if kind is None and isinstance(enum, list) and enum:
        values = [v for v in enum if v is not None]
        if values and all(isinstance(v, str) for v in values):
            kind = "string"
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kind = "integer"
    if kind in ("string", "integer", "number", "boolean", "array", "null"):
        return kind  # type: ignore[no-any-return]
    if kind == "object" or schema.keys() & {"properties", "required", "additionalProperties"}:
        return "object"
    return "array" if "items" in schema else "annotation"


def _all_of_kind(parser: TypeWalker, part: Part, depth: int) -> PartKind:
    if depth >= _DEPTH:
        return "annotation"
    shape = all_of_shape(parser, part, depth + 1)
    if shape.kind == "object":
        return "object"
    if shape.kind == "single" and shape.part is not None:
        return part_kind(parser, shape.part, depth + 1)
    return "union" if shape.kind == "union" else "annotation"


def all_of_shape(parser: TypeWalker, whole: Part, depth: int = 0) -> Shape:
    """Classify ``whole.schema['allOf']`` together with the schema's own keywords."""
    written = whole.schema.get("allOf") or []
    parts: list[tuple[Part, PartKind]] = []
    for index, raw in enumerate(written):
        part = resolve(parser, raw, whole.source, join_pointer(whole.pointer, "allOf", index))
        if part is None:
            if raw is True:
                continue  # the schema every value satisfies (Core §4.3.2)
            return Shape("conflict", reason="allOf part that is not a schema object")
        kind = part_kind(parser, part, depth)
        if kind != "annotation":
            parts.append((part, kind))
    own = {k: v for k, v in whole.schema.items() if k != "allOf"}
    if own.get("properties") or own.get("required"):
        # The schema's own properties are one more object part (Core §7, keywords side by side).
        parts.append((replace(whole, schema=own, written=own, at=whole.pointer), "object"))
    kinds = {kind for _, kind in parts}
    if not parts:
        return Shape("none")
    if len(parts) == 1:
        # Its own properties alone: the schema is the model, the parts annotate it.
        alone = parts[0][0]
        return Shape("object") if alone.schema is own else Shape("single", alone)
    if kinds == {"object"}:
        return Shape("object")
    unions = [part for part, kind in parts if kind == "union"]
    if kinds == {"object", "union"} and len(unions) == 1:
        shared = tuple(part for part, kind in parts if kind == "object")
        return Shape("union", unions[0], shared)
    if len(unions) > 1:
        return Shape("conflict", reason="allOf of several unions")
    if kinds <= {"integer", "number"} or (len(kinds) == 1 and kinds <= {"string", "boolean"}):
        # Primitives of one kind: the narrowest part (an enum, a format, an integer).
        ranked = sorted(parts, key=lambda p: _narrowness(p[0].schema, p[1]), reverse=True)
        return Shape("single", ranked[0][0])
    names = ", ".join(sorted(kinds))
    return Shape("conflict", reason=f"allOf of parts no one value satisfies ({names})")


def _narrowness(schema: dict[str, Any], kind: PartKind) -> tuple[bool, bool, bool]:
    return ("enum" in schema or "$ref" in schema, kind == "integer", bool(schema.get("format")))


# -- unions ----------------------------------------------------------------------


def union_type(
    parser: TypeWalker, schema: dict[str, Any], source: SourceFile, pointer: str, hint: str
) -> TypeRef:
    """The union a ``oneOf``/``anyOf`` schema (or an ``allOf`` with one union part) means."""
    whole = Part(schema, source, pointer, schema, pointer)
    shared: tuple[Part, ...] = ()
    if not combiner(schema) and isinstance(schema.get("allOf"), list):
        shape = all_of_shape(parser, whole)
        if shape.kind != "union" or shape.part is None:
            return AnyValue(fallback="allOf without a union part")
        whole, shared = shape.part, shape.shared
    keyword = combiner(whole.schema)
    if keyword is None:
        return AnyValue()
    own = _own_shared(whole)
    shared = (*shared, *((own,) if own is not None else ()))
    written = whole.at or whole.pointer
    branches: list[tuple[Any, TypeRef]] = []
    for i, raw in enumerate(whole.schema[keyword]):
        if is_null_schema(raw):
            continue
        at = join_pointer(whole.pointer, keyword, i)
        branch_hint = f"{hint}{_branch_name(raw, i)}"
        if shared:
            key = (str(source.path), f"{written}//{at}")
            variant = _merged_branch(parser, raw, whole.source, at, key, shared, branch_hint)
        else:
            variant = parser.type_for(raw, whole.source, at, branch_hint)
        branches.append((raw, variant))
    variants = dedupe(tuple(v for _, v in branches))
    if not variants:
        return AnyValue()
    if len(variants) == 1:
        return variants[0]
    parts = [raw for raw, _ in branches]
    return Union(
        variants, _discriminator(parser, whole.schema, parts, variants, whole.source, written)
    )


def _own_shared(whole: Part) -> Part | None:
    """The keywords written beside ``oneOf``/``anyOf`` that constrain objects."""
    own = {k: v for k, v in whole.schema.items() if k not in (*_COMBINERS, "discriminator")}
    objecty = own.get("properties") or own.get("required") or own.get("allOf")
    return replace(whole, schema=own, written=own) if objecty else None


def _branch_name(raw: Any, index: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
        return class_name(raw["$ref"].rsplit("/", 1)[-1])
    return str(index + 1)


def _merged_branch(
    parser: TypeWalker,
    raw: Any,
    source: SourceFile,
    at: str,
    key: Key,
    shared: tuple[Part, ...],
    hint: str,
) -> TypeRef:
    """``key``: where the branch is written under this union (``at`` may be reached
    through a $ref), so a union referenced from two places with different shared
    parts gives two models."""
    branch = resolve(parser, raw, source, at)
    if branch is None:
        return parser.type_for(raw, source, at, hint)
    kind = part_kind(parser, branch)
    if kind == "union":
        parser.ctx.report(
            "schema.composition",
            "properties shared with a branch that is itself a union are not applied",
            source,
            at,
            Severity.WARNING,
        )
        return AnyValue(fallback="shared properties beside a nested union")
    if kind not in ("object", "annotation"):
        # `properties`/`required` do not constrain a non-object (Core §7.6.1).
        return parser.type_for(raw, source, at, hint)
    schema: dict[str, Any] = {
        k: branch.schema[k] for k in ("description", "title") if k in branch.schema
    }
    ref = parser.class_ref(key, "model", hint, source, at, schema, True)
    parser.named[key].parts = (*shared, replace(branch, at=at))
    return ref


def dedupe(variants: tuple[TypeRef, ...]) -> tuple[TypeRef, ...]:
    out: list[TypeRef] = []
    for variant in variants:
        if variant not in out:
            out.append(variant)
    return tuple(out)


def _discriminator(
    parser: TypeWalker,
    schema: dict[str, Any],
    parts: list[Any],
    variants: tuple[TypeRef, ...],
    source: SourceFile,
    pointer: str,
) -> Discriminator | None:
    spec = schema.get("discriminator")
    if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
        return None
    if not all(isinstance(v, ModelRef) for v in variants):
        parser.ctx.report(
            "schema.discriminator",
            "discriminator ignored: not every variant is an object schema",
            source,
            pointer,
            Severity.INFO,
        )
        return None
    # A branch written as a $ref is the class its mapping entry names (OpenAPI 3.0
    # §4.7.25), also when shared properties made it a model of its own.
    by_ref = {
        part["$ref"]: variant.name
        for part, variant in zip(parts, variants, strict=False)
        if isinstance(part, dict)
        and isinstance(part.get("$ref"), str)
        and isinstance(variant, ModelRef)
    }
    mapping: dict[str, str] = {}
    explicit = spec["mapping"] if isinstance(spec.get("mapping"), dict) else {}
    for value, ref in sorted(explicit.items()):
        if isinstance(ref, str) and ref in by_ref:
            mapping[str(value)] = by_ref[ref]
            continue
        resolved = parser.type_for(
            {"$ref": ref}, source, join_pointer(pointer, "discriminator"), ""
        )
        if isinstance(resolved, ModelRef):
            mapping[str(value)] = resolved.name
    for ref, name in by_ref.items():
        if name not in mapping.values():
            mapping.setdefault(ref.rsplit("/", 1)[-1], name)
    return Discriminator(spec["propertyName"], tuple(sorted(mapping.items())))
