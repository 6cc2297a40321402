"""Spec values (``example``, ``default``) read as example values of an IR type.

``ExampleTypes.lift`` is the type check example values go through: a value is used
only when it satisfies the type, its constraints and, for models, every required
property (JSON Schema Validation §6); the factory in ``examples`` builds on it.
"""

from __future__ import annotations

import json
from typing import Any

from generator.ir.model import Api, Constraints, Enum, Field, Model
from generator.ir.types import (
    NO_CONSTRAINTS,
    AliasRef,
    AnyValue,
    ArrayOf,
    Const,
    EnumRef,
    MapOf,
    ModelRef,
    Nullable,
    Primitive,
    TypeRef,
    Union,
)
from generator.render.example_scalars import conforms_primitive
from generator.render.example_values import (
    DictValue,
    EnumValue,
    ListValue,
    ModelValue,
    Scalar,
    Value,
    python_type,
    to_json,
)


def undeclared(f: Field) -> bool:
    """A property the schema lists in ``required`` but does not declare in ``properties``.

    The parser keeps it as an optional field of any type; JSON Schema still requires it.
    """
    return f.origin.pointer.endswith("/required")


class ExampleTypes:
    """The types of one ``Api`` as example values need them: model fields with
    inheritance, and spec values read as values of a type (``lift``)."""

    def __init__(self, api: Api, *, include_read_only: bool = False) -> None:
        """``include_read_only``: fill read-only fields too (a value as a server returns it)."""
        self.include_read_only = include_read_only
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        self.aliases = {a.name: a for a in api.aliases}
        self._fields: dict[str, tuple[Field, ...]] = {}
        self.allow_unsatisfiable = False
        """Build closest-possible values even for schemas no value can satisfy."""

    # -- fields ---------------------------------------------------------------------

    def all_fields(self, model: Model) -> tuple[Field, ...]:
        """Inherited fields first (base order), then the model's own; own ones win."""
        cached = self._fields.get(model.name)
        if cached is not None:
            return cached
        self._fields[model.name] = ()  # guards against inheritance cycles
        merged: dict[str, Field] = {}
        for base in model.bases:
            base_model = self.models.get(base)
            if base_model is not None:
                for f in self.all_fields(base_model):
                    merged[f.name] = f
        for f in model.fields:
            merged[f.name] = f
        result = tuple(merged.values())
        self._fields[model.name] = result
        return result

    def unsatisfiable(self, model: Model) -> bool:
        """``additionalProperties: false`` yet requires a property it does not declare."""
        return model.closed and any(undeclared(f) for f in self.all_fields(model))

    def _by_wire_name(self, model: Model) -> bool:
        fields = self.all_fields(model)
        names = {f.name for f in fields}
        return any(f.wire_name != f.name and f.wire_name in names for f in fields)

    def _exclusive(self, value: Value, chosen: TypeRef, variants: tuple[TypeRef, ...]) -> bool:
        """True when ``value`` validates against no variant but ``chosen`` (``oneOf``)."""
        data = to_json(value)
        return all(v == chosen or self.lift(data, v) is None for v in variants)

    # -- lifting spec examples --------------------------------------------------------

    def lift(self, data: Any, t: TypeRef, constraints: Constraints | None = None) -> Value | None:
        """``data`` as a value of type ``t``, or ``None`` when it does not validate."""
        c = constraints or NO_CONSTRAINTS
        match t:
            case Primitive(kind, fmt, own):
                if not conforms_primitive(data, kind, fmt, c.merged(own)):
                    return None
                return Scalar(data, python_type(kind, fmt))
            case Nullable(inner, lenient):
                if data is None:
                    return None if lenient else Scalar(None)
                return self.lift(data, inner, c)
            case Const(v):
                return Scalar(data) if data == v and type(data) is type(v) else None
            case AnyValue():
                return Scalar(data)
            case EnumRef(name):
                return self._lift_enum(data, self.enums.get(name))
            case AliasRef(name):
                alias = self.aliases.get(name)
                return None if alias is None else self.lift(data, alias.type, c)
            case ArrayOf(item, unique, own, prefix):
                return self._lift_array(data, item, unique, c.merged(own), prefix)
            case MapOf(value, own):
                if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
                    return None
                m = c.merged(own)
                if (m.min_properties is not None and len(data) < m.min_properties) or (
                    m.max_properties is not None and len(data) > m.max_properties
                ):
                    return None
                pairs: list[tuple[str, Value]] = []
                for key in sorted(data):
                    lifted = self.lift(data[key], value)
                    if lifted is None:
                        return None
                    pairs.append((key, lifted))
                return DictValue(tuple(pairs))
            case ModelRef(name):
                model = self.models.get(name)
                return None if model is None else self._lift_model(data, model)
            case Union(variants):
                for variant in variants:
                    lifted = self.lift(data, variant)
                    if lifted is not None:
                        return lifted
                return None
        return None  # pragma: no cover

    def _lift_enum(self, data: Any, enum: Enum | None) -> Value | None:
        if enum is None:
            return None
        for member in enum.members:
            if member.value == data and type(member.value) is type(data):
                return EnumValue(enum.name, member.name, member.value)
        return None

    def _lift_array(
        self,
        data: Any,
        item: TypeRef,
        unique: bool,
        c: Constraints,
        prefix: tuple[TypeRef, ...] = (),
    ) -> Value | None:
        if not isinstance(data, list):
            return None
        if c.min_items is not None and len(data) < c.min_items:
            return None
        if c.max_items is not None and len(data) > c.max_items:
            return None
        items = [self.lift(x, prefix[i] if i < len(prefix) else item) for i, x in enumerate(data)]
        if any(x is None for x in items):
            return None
        if unique:
            keys = [json.dumps(x, sort_keys=True, default=str) for x in data]
            if len(set(keys)) != len(keys):
                return None
        return ListValue(tuple(x for x in items if x is not None))

    def _lift_model(self, data: Any, model: Model) -> Value | None:
        if not isinstance(data, dict) or self.unsatisfiable(model):
            return None
        fields = self.all_fields(model)
        known = {f.wire_name for f in fields}
        if model.closed and any(key not in known for key in data):
            return None
        out: list[tuple[str, str, Value]] = []
        for f in fields:
            if f.wire_name not in data:
                if f.required or undeclared(f):
                    return None
                continue
            lifted = self.lift(data[f.wire_name], f.type, f.constraints)
            if lifted is None:
                return None
            out.append((f.name, f.wire_name, lifted))
        return ModelValue(model.name, tuple(out), self._by_wire_name(model))
