"""Type references: a tagged union, dispatched with ``match``.

A ``TypeRef`` says what a value is, never how it is spelled in Python: the
renderer turns it into an annotation string (``generator.render.typestr``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Literal, TypeAlias

PrimitiveKind: TypeAlias = Literal["string", "integer", "number", "boolean"]


@dataclass(frozen=True, slots=True)
class Constraints:
    """The validation keywords of a schema (JSON Schema Validation §6.2-6.4) that the
    docs show and that example values must satisfy. Exclusive bounds are numbers in
    both versions: 3.0's ``exclusiveMinimum: true`` is read as the minimum, exclusive."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    min_properties: int | None = None
    max_properties: int | None = None

    def merged(self, other: Constraints) -> Constraints:
        """Both sets at once: ``other``'s keywords where ``self`` has none."""
        if other == NO_CONSTRAINTS:
            return self
        if self == NO_CONSTRAINTS:
            return other
        values = {
            name: getattr(self, name) if getattr(self, name) is not None else getattr(other, name)
            for name in _CONSTRAINT_NAMES
        }
        return Constraints(**values)


NO_CONSTRAINTS = Constraints()
_CONSTRAINT_NAMES = tuple(f.name for f in fields(Constraints))


@dataclass(frozen=True, slots=True)
class Primitive:
    kind: PrimitiveKind
    format: str = ""
    constraints: Constraints = NO_CONSTRAINTS
    """Bounds, lengths and ``pattern`` written on the schema itself (wherever it is used:
    an array's items, a map's values, a union's branch)."""


@dataclass(frozen=True, slots=True)
class ArrayOf:
    item: TypeRef
    unique: bool = False
    constraints: Constraints = NO_CONSTRAINTS
    """``minItems``/``maxItems`` of the array schema."""
    prefix: tuple[TypeRef, ...] = ()
    """3.1 ``prefixItems``: the types of the first items, in order (``item`` covers all)."""


@dataclass(frozen=True, slots=True)
class MapOf:
    """An object used as a dictionary: ``additionalProperties`` with no properties."""

    value: TypeRef
    constraints: Constraints = NO_CONSTRAINTS
    """``minProperties``/``maxProperties`` of the object schema."""


@dataclass(frozen=True, slots=True)
class ModelRef:
    """A generated model class, by its final class name."""

    name: str


@dataclass(frozen=True, slots=True)
class EnumRef:
    """A generated enum class, by its final class name."""

    name: str


@dataclass(frozen=True, slots=True)
class AliasRef:
    """A named type alias (a component schema that is a union), by final name."""

    name: str


@dataclass(frozen=True, slots=True)
class Discriminator:
    property: str
    """The wire name of the discriminating property."""
    mapping: tuple[tuple[str, str], ...] = ()
    """(wire value, class name) pairs, sorted by value."""


@dataclass(frozen=True, slots=True)
class Union:
    variants: tuple[TypeRef, ...]
    discriminator: Discriminator | None = None


@dataclass(frozen=True, slots=True)
class Nullable:
    inner: TypeRef
    lenient: bool = False
    """Null is accepted by the generated type but not by the schema read as JSON Schema:
    3.0's ``nullable: true`` away from a ``type`` (beside a ``$ref``, in an ``allOf`` part),
    which OpenAPI 3.0.3 §4.7.24 gives no effect there. Example values never use null."""


@dataclass(frozen=True, slots=True)
class Const:
    """A single allowed JSON value (``const``, or a one-value enum used inline)."""

    value: Any


@dataclass(frozen=True, slots=True)
class AnyValue:
    """Any JSON value. ``fallback`` is set (with the reason) when the generator
    could not represent the schema and fell back; free-form schemas leave it empty."""

    fallback: str = ""


TypeRef: TypeAlias = (
    Primitive
    | ArrayOf
    | MapOf
    | ModelRef
    | EnumRef
    | AliasRef
    | Union
    | Nullable
    | Const
    | AnyValue
)


def is_nullable(type_ref: TypeRef) -> bool:
    return isinstance(type_ref, Nullable)


def strip_nullable(type_ref: TypeRef) -> TypeRef:
    return type_ref.inner if isinstance(type_ref, Nullable) else type_ref


def accepts_null(type_ref: TypeRef, aliases: Mapping[str, TypeRef]) -> bool:
    """Whether JSON ``null`` is a value of the type (``nullable: true``, a 3.1
    ``"null"`` type, ``const: null``, any value, or an alias to one of those)."""
    seen: set[str] = set()
    stack: list[TypeRef] = [type_ref]
    while stack:
        match stack.pop():
            case Nullable() | AnyValue():
                return True
            case Const(value) if value is None:
                return True
            case Union(variants):
                stack.extend(variants)
            case AliasRef(name) if name not in seen and name in aliases:
                seen.add(name)
                stack.append(aliases[name])
            case _:
                pass
    return False


def referenced_names(type_ref: TypeRef) -> set[str]:
    """Class names of the models, enums and aliases a type mentions."""
    out: set[str] = set()
    stack: list[TypeRef] = [type_ref]
    while stack:
        match stack.pop():
            case ModelRef(name) | EnumRef(name) | AliasRef(name):
                out.add(name)
            case ArrayOf(item, prefix=prefix):
                stack.append(item)
                stack.extend(prefix)
            case MapOf(value):
                stack.append(value)
            case Nullable(inner):
                stack.append(inner)
            case Union(variants):
                stack.extend(variants)
            case _:
                pass
    return out
