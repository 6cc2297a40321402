"""Deterministic example values for a type, as JSON and as Python source.

One synthesis, two renderings: ``ExampleFactory.make`` builds a small value tree
(models, enum members, lists, scalars), ``to_json`` gives the JSON a model page
shows, ``to_python`` the constructor calls a program passes to the client. The
spec's own ``example``/``default`` is used when it validates against the type
(``ExampleFactory.lift``); otherwise a value is synthesised from the type, the
format, the constraints and the field name. No randomness: UUIDs are derived
from a hash of where they are used, so the same spec gives the same bytes.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import MISSING, Api, Constraints, Enum, Field, Model
from generator.ir.types import (
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
from generator.render.example_scalars import conforms_primitive, synth_primitive, vary
from generator.render.example_values import (
    DictValue,
    EnumValue,
    ListValue,
    ModelValue,
    Scalar,
    Value,
    python_type,
    stable_uuid,
    to_json,
    to_python,
)

__all__ = [
    "DictValue",
    "EnumValue",
    "ExampleFactory",
    "ListValue",
    "ModelValue",
    "Scalar",
    "Value",
    "stable_uuid",
    "to_json",
    "to_python",
    "undeclared",
]

MAX_DEPTH = 4
"""Below this depth only required fields are filled (keeps examples readable)."""


def undeclared(f: Field) -> bool:
    """A property the schema lists in ``required`` but does not declare in ``properties``.

    The parser keeps it as an optional field of any type; JSON Schema still requires it.
    """
    return f.origin.pointer.endswith("/required")


class ExampleFactory:
    """Example values for the types of one ``Api``."""

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
        c = constraints or Constraints()
        match t:
            case Primitive(kind, fmt):
                if not conforms_primitive(data, kind, fmt, c):
                    return None
                return Scalar(data, python_type(kind, fmt))
            case Nullable(inner):
                return Scalar(None) if data is None else self.lift(data, inner, c)
            case Const(v):
                return Scalar(data) if data == v and type(data) is type(v) else None
            case AnyValue():
                return Scalar(data)
            case EnumRef(name):
                return self._lift_enum(data, self.enums.get(name))
            case AliasRef(name):
                alias = self.aliases.get(name)
                return None if alias is None else self.lift(data, alias.type, c)
            case ArrayOf(item, unique):
                return self._lift_array(data, item, unique, c)
            case MapOf(value):
                if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
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

    def _lift_array(self, data: Any, item: TypeRef, unique: bool, c: Constraints) -> Value | None:
        if not isinstance(data, list):
            return None
        if c.min_items is not None and len(data) < c.min_items:
            return None
        if c.max_items is not None and len(data) > c.max_items:
            return None
        items = [self.lift(x, item) for x in data]
        if any(x is None for x in items):
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

    # -- synthesis ----------------------------------------------------------------------

    def for_field(self, f: Field, seed: str, stack: tuple[str, ...] = ()) -> Value | None:
        for candidate in (f.example, f.default):
            if candidate is not MISSING:
                lifted = self.lift(candidate, f.type, f.constraints)
                if lifted is not None:
                    return lifted
        return self.make(
            f.type, hint=f.wire_name, seed=seed, constraints=f.constraints, stack=stack
        )

    def make(
        self,
        t: TypeRef,
        *,
        hint: str = "",
        seed: str = "",
        constraints: Constraints | None = None,
        stack: tuple[str, ...] = (),
    ) -> Value | None:
        """A value of type ``t``; ``None`` only when no finite value exists (a required cycle)."""
        c = constraints or Constraints()
        match t:
            case Primitive(kind, fmt):
                return Scalar(synth_primitive(kind, fmt, hint, seed, c), python_type(kind, fmt))
            case Nullable(inner):
                made = self.make(inner, hint=hint, seed=seed, constraints=c, stack=stack)
                return made if made is not None else Scalar(None)
            case Const(v):
                return Scalar(v)
            case AnyValue():
                return Scalar({})
            case EnumRef(name):
                return self._make_enum(self.enums.get(name), 0)
            case AliasRef(name):
                alias = self.aliases.get(name)
                if alias is None:
                    return None
                return self.make(alias.type, hint=hint, seed=seed, constraints=c, stack=stack)
            case ArrayOf(item, unique):
                return self._make_array(item, unique, hint, seed, c, stack)
            case MapOf(AnyValue()):
                return DictValue((("key", Scalar("value")),))
            case MapOf(value):
                made = self.make(value, hint=hint, seed=seed + "/key", stack=stack)
                return DictValue((("key", made),)) if made is not None else DictValue(())
            case ModelRef(name):
                model = self.models.get(name)
                return None if model is None else self.make_model(model, seed=seed, stack=stack)
            case Union(variants, discriminator):
                if discriminator is not None:
                    for wire_value, class_name in discriminator.mapping:
                        model = self.models.get(class_name)
                        if model is None:
                            continue
                        override = (discriminator.property, wire_value)
                        made = self.make_model(model, seed=seed, stack=stack, override=override)
                        if made is not None:
                            return made
                # Prefer a value that matches one variant only: ``oneOf`` demands it.
                fallback: Value | None = None
                for variant in variants:
                    made = self.make(variant, hint=hint, seed=seed, constraints=c, stack=stack)
                    if made is None:
                        continue
                    if self._exclusive(made, variant, variants):
                        return made
                    fallback = fallback or made
                return fallback
        return None  # pragma: no cover

    def _make_enum(self, enum: Enum | None, index: int) -> Value | None:
        if enum is None or not enum.members:
            return None
        if index == 0 and enum.default is not MISSING:
            lifted = self._lift_enum(enum.default, enum)
            if lifted is not None:
                return lifted
        member = enum.members[index % len(enum.members)]
        return EnumValue(enum.name, member.name, member.value)

    def _make_array(
        self,
        item: TypeRef,
        unique: bool,
        hint: str,
        seed: str,
        c: Constraints,
        stack: tuple[str, ...],
    ) -> Value | None:
        count = max(1, c.min_items or 0)
        if c.max_items is not None:
            count = min(count, c.max_items)
        items: list[Value] = []
        for i in range(count):
            made: Value | None
            if isinstance(item, EnumRef):
                made = self._make_enum(self.enums.get(item.name), i)
            else:
                made = self.make(item, hint=hint, seed=f"{seed}[{i}]", stack=stack)
                if made is not None and i and isinstance(made, Scalar) and unique:
                    made = vary(made, i)
            if made is None:
                return ListValue(()) if not c.min_items else None
            items.append(made)
        return ListValue(tuple(items))

    def make_model(
        self,
        model: Model,
        *,
        seed: str = "",
        stack: tuple[str, ...] = (),
        override: tuple[str, Any] | None = None,
    ) -> Value | None:
        """Required fields always; optional writable ones while shallow and not recursing."""
        if override is None and model.example is not MISSING:
            lifted = self._lift_model(model.example, model)
            if lifted is not None:
                return lifted
        if stack.count(model.name) >= 2:
            return None
        if self.unsatisfiable(model) and not self.allow_unsatisfiable:
            return None
        inner_stack = (*stack, model.name)
        shallow = len(stack) < MAX_DEPTH and model.name not in stack
        if not shallow and not any(f.required or undeclared(f) for f in self.all_fields(model)):
            # An empty ``Model()`` shows nothing: keep the scalar optional fields at least.
            shallow = model.name not in stack and self._scalar_fields(model)
        out: list[tuple[str, str, Value]] = []
        for f in self.all_fields(model):
            field_seed = f"{seed}/{model.name}.{f.wire_name}"
            made: Value | None
            if override is not None and f.wire_name == override[0]:
                made = self.lift(override[1], f.type) or Scalar(override[1])
            elif f.required or (undeclared(f) and not model.closed):
                made = self.for_field(f, field_seed, inner_stack)
                if made is None:
                    return None
            elif shallow and (self.include_read_only or not f.read_only) and not f.deprecated:
                made = self.for_field(f, field_seed, inner_stack)
            else:
                continue
            if made is not None:
                out.append((f.name, f.wire_name, made))
        return ModelValue(model.name, self._match_kind(out), self._by_wire_name(model))

    def _scalar_fields(self, model: Model) -> bool:
        """Whether all the model's fields are scalars or lists of them (cheap to show)."""
        for f in self.all_fields(model):
            inner = f.type.item if isinstance(f.type, ArrayOf) else f.type
            if not isinstance(inner, Primitive | EnumRef | Const):
                return False
        return True

    def _match_kind(
        self, fields: list[tuple[str, str, Value]]
    ) -> tuple[tuple[str, str, Value], ...]:
        """A ``type`` enum next to a union-typed sibling: pick the member naming the variant.

        ``{type: hashing, mapperConfiguration: FieldFiltering...}`` validates but misleads;
        ``field-filtering`` is the member whose letters the chosen class name starts with.
        """
        chosen = [_letters(v.model) for _, _, v in fields if isinstance(v, ModelValue)]
        out = list(fields)
        for index, (name, wire, value) in enumerate(out):
            enum = self.enums.get(value.enum) if isinstance(value, EnumValue) else None
            if enum is None or wire.lower() not in ("type", "kind"):
                continue
            for model in chosen:
                member = next(
                    (m for m in enum.members if model.startswith(_letters(str(m.value)))), None
                )
                if member is not None:
                    out[index] = (name, wire, EnumValue(enum.name, member.name, member.value))
                    break
        return tuple(out)


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())
