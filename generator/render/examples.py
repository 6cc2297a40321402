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

import json
from typing import Any

from generator.ir.model import MISSING, Constraints, Enum, Field, Model
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
    strip_nullable,
)
from generator.render.example_lift import ExampleTypes, undeclared
from generator.render.example_scalars import synth_primitive
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


class ExampleFactory(ExampleTypes):
    """Example values for the types of one ``Api``."""

    # -- synthesis ----------------------------------------------------------------------

    def for_field(
        self, f: Field, seed: str, stack: tuple[str, ...] = (), variant: int = 0
    ) -> Value | None:
        if not variant:
            for candidate in (f.example, f.default):
                if candidate is not MISSING:
                    lifted = self.lift(candidate, f.type, f.constraints)
                    if lifted is not None:
                        return lifted
        return self.make(
            f.type,
            hint=f.wire_name,
            seed=seed,
            constraints=f.constraints,
            stack=stack,
            variant=variant,
        )

    def make(
        self,
        t: TypeRef,
        *,
        hint: str = "",
        seed: str = "",
        constraints: Constraints | None = None,
        stack: tuple[str, ...] = (),
        variant: int = 0,
    ) -> Value | None:
        """A value of type ``t``; ``None`` only when no finite value exists (a required cycle).

        ``constraints``: those of the field or parameter using ``t``, on top of the type's
        own; ``variant`` > 0 asks for another value (distinct items of a unique array)."""
        c = constraints or NO_CONSTRAINTS
        match t:
            case Primitive(kind, fmt, own):
                value = synth_primitive(kind, fmt, hint, seed, c.merged(own), variant)
                return Scalar(value, python_type(kind, fmt))
            case Nullable(inner):
                made = self.make(
                    inner, hint=hint, seed=seed, constraints=c, stack=stack, variant=variant
                )
                return made if made is not None else Scalar(None)
            case Const(v):
                return Scalar(v)
            case AnyValue():
                # Variants: an object, then values of other types (a union's free branch
                # is told apart from its object branches by not being an object).
                return Scalar([{}, "example", {"key": f"value-{variant}"}][min(variant, 2)])
            case EnumRef(name):
                return self._make_enum(self.enums.get(name), variant)
            case AliasRef(name):
                alias = self.aliases.get(name)
                if alias is None:
                    return None
                return self.make(
                    alias.type, hint=hint, seed=seed, constraints=c, stack=stack, variant=variant
                )
            case ArrayOf(item, unique, own, prefix):
                return self._make_array(
                    item, unique, hint, seed, c.merged(own), stack, prefix, variant
                )
            case MapOf(value, own):
                return self._make_map(value, hint, seed, c.merged(own), stack, variant)
            case ModelRef(name):
                model = self.models.get(name)
                if model is None:
                    return None
                return self.make_model(model, seed=seed, stack=stack, variant=variant)
            case Union():
                return self._make_union(t, hint, seed, c, stack, variant)
        return None  # pragma: no cover

    def _make_union(
        self,
        union: Union,
        hint: str,
        seed: str,
        c: Constraints,
        stack: tuple[str, ...],
        variant: int,
    ) -> Value | None:
        """A value one variant accepts and, where one exists, no other (``oneOf``, JSON
        Schema Core §10.2.1.3; ``anyOf`` is satisfied by it too).

        With a discriminator, the value is built from a mapped schema and its property
        holds the mapping's value (OpenAPI 3.0 §4.7.25, 3.1 §4.8.25; the schema's name
        when the mapping does not list it, the implicit mapping)."""
        variants = union.variants
        fallback: Value | None = None
        disc = union.discriminator
        if disc is not None:
            for wire_value, class_name in disc.mapping:
                model = self.models.get(class_name)
                if model is None:
                    continue
                override = (disc.property, wire_value)
                for minimal in (False, True):
                    made = self.make_model(
                        model, seed=seed, stack=stack, override=override, minimal=minimal
                    )
                    if made is None:
                        break
                    mapped = ModelRef(class_name)
                    if mapped not in variants or self._exclusive(made, mapped, variants):
                        return made
                    fallback = fallback or made
            if fallback is not None:
                return fallback  # the mapped value, though another branch matches it too
        ordered = sorted(variants, key=self._distinctness)
        for chosen in ordered:
            for attempt in range(4):
                made = self._make_variant(chosen, hint, seed, c, stack, attempt + variant)
                if made is None:
                    break
                if self._exclusive(made, chosen, variants):
                    return made
                fallback = fallback or made
        return fallback

    def _make_variant(
        self,
        t: TypeRef,
        hint: str,
        seed: str,
        c: Constraints,
        stack: tuple[str, ...],
        attempt: int,
    ) -> Value | None:
        """Attempt 0: the usual value; 1: a model with its required fields only (others:
        the usual value again); then other values (``variant``)."""
        model = self.models.get(t.name) if isinstance(t, ModelRef) else None
        if model is not None and attempt == 1:
            return self.make_model(model, seed=seed, stack=stack, minimal=True)
        variant = max(0, attempt - 1)
        return self.make(t, hint=hint, seed=seed, constraints=c, stack=stack, variant=variant)

    def _distinctness(self, t: TypeRef) -> int:
        """Sort key of union variants: the spec's order, except that objects without
        required properties, maps and free values (which other values match too) come
        last."""
        inner: TypeRef = strip_nullable(t)
        if isinstance(inner, AliasRef):
            alias = self.aliases.get(inner.name)
            inner = strip_nullable(alias.type) if alias is not None else inner
        model = self.models.get(inner.name) if isinstance(inner, ModelRef) else None
        if model is not None:
            return 0 if any(f.required for f in self.all_fields(model)) else 1
        if isinstance(inner, AnyValue):
            return 3
        if isinstance(inner, MapOf):
            return 2
        return 0

    def _make_map(
        self,
        value: TypeRef,
        hint: str,
        seed: str,
        c: Constraints,
        stack: tuple[str, ...],
        variant: int,
    ) -> Value | None:
        count = max(1, c.min_properties or 0)
        if c.max_properties is not None:
            count = min(count, c.max_properties)
        pairs: list[tuple[str, Value]] = []
        for i in range(count):
            key = "key" if i == 0 else f"key{i + 1}"
            made: Value | None
            if isinstance(value, AnyValue):
                made = Scalar("value" if not variant else f"value-{variant + 1}")
            else:
                made = self.make(
                    value, hint=hint, seed=f"{seed}/{key}", stack=stack, variant=variant + i
                )
            if made is None:
                return DictValue(()) if not c.min_properties else None
            pairs.append((key, made))
        return DictValue(tuple(pairs))

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
        prefix: tuple[TypeRef, ...] = (),
        first: int = 0,
    ) -> Value | None:
        """``minItems`` items (at least one, at most ``maxItems``); with ``uniqueItems``
        each item differs from the others (JSON Schema Validation §6.4)."""
        count = max(1, c.min_items or 0)
        if c.max_items is not None:
            count = min(count, c.max_items)
        items: list[Value] = []
        seen: set[str] = set()
        variant = first  # another array (an item of a unique array) starts elsewhere
        # After the prefixItems, the `items` schema: the last variant of the item union.
        rest = item.variants[-1] if prefix and isinstance(item, Union) else item
        while len(items) < count:
            index = len(items)
            made = self.make(
                prefix[index] if index < len(prefix) else rest,
                hint=hint,
                seed=f"{seed}[{variant}]",
                stack=stack,
                variant=variant,
            )
            variant += 1
            if made is None:
                return ListValue(()) if not c.min_items else None
            if unique:
                key = json.dumps(to_json(made), sort_keys=True, default=str)
                if key in seen:
                    if variant < first + count + 8:
                        continue
                    if c.min_items and len(items) < c.min_items:
                        return None
                    return ListValue(tuple(items))
                seen.add(key)
            items.append(made)
        return ListValue(tuple(items))

    def make_model(
        self,
        model: Model,
        *,
        seed: str = "",
        stack: tuple[str, ...] = (),
        override: tuple[str, Any] | None = None,
        minimal: bool = False,
        variant: int = 0,
    ) -> Value | None:
        """Required fields always; optional writable ones while shallow and not recursing
        (none when ``minimal``). ``override``: (wire name, value) of a discriminating
        property, used when the property's schema allows it."""
        if override is None and not minimal and not variant and model.example is not MISSING:
            lifted = self._lift_model(model.example, model)
            if lifted is not None and self._tagged(model.example, model):
                return lifted
        override = override or model.tag
        if stack.count(model.name) >= 2:
            return None
        if self.unsatisfiable(model) and not self.allow_unsatisfiable:
            return None
        inner_stack = (*stack, model.name)
        shallow = len(stack) < MAX_DEPTH and model.name not in stack and not minimal
        if (
            not shallow
            and not minimal
            and not any(f.required or undeclared(f) for f in self.all_fields(model))
        ):
            # An empty ``Model()`` shows nothing: keep the scalar optional fields at least.
            shallow = model.name not in stack and self._scalar_fields(model)
        out: list[tuple[str, str, Value]] = []
        for f in self.all_fields(model):
            field_seed = f"{seed}/{model.name}.{f.wire_name}"
            made: Value | None
            forced = override is not None and f.wire_name == override[0]
            if forced and override is not None:
                made = self.lift(override[1], f.type, f.constraints)
                if made is None:  # the property's own schema rules out the mapped value
                    made = self.for_field(f, field_seed, inner_stack)
            elif f.required or (undeclared(f) and not model.closed):
                made = self.for_field(f, field_seed, inner_stack, variant)
                if made is None:
                    return None
            elif (
                shallow
                and (self.include_read_only or not f.read_only)
                and not f.deprecated
                and not _fallback(f.type)
            ):
                made = self.for_field(f, field_seed, inner_stack)
            else:
                continue
            if made is not None:
                out.append((f.name, f.wire_name, made))
        return ModelValue(model.name, self._match_kind(out), self._by_wire_name(model))

    @staticmethod
    def _tagged(data: Any, model: Model) -> bool:
        """A spec example carries the model's discriminator value (if it has one)."""
        return model.tag is None or data.get(model.tag[0]) == model.tag[1]

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


def _fallback(t: TypeRef) -> bool:
    """A type the generator could not represent: its schema is unknown here, so an
    optional value of it is left out rather than guessed."""
    inner = strip_nullable(t)
    return isinstance(inner, AnyValue) and bool(inner.fallback)


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())
