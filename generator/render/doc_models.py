"""What a model, enum or alias page says: properties, values and an example JSON value."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from generator.ir.model import MISSING, Alias, Enum, Field, Model
from generator.ir.types import EnumRef, Union, is_nullable, strip_nullable
from generator.render.doc_types import linked_type, string_format
from generator.render.examples import ExampleFactory, to_json, undeclared
from generator.render.markdown import fence_for, md_cell, md_code, md_code_cell, md_inline, md_text

MAX_ENUM_VALUES_IN_NOTES = 12


@dataclass(frozen=True, slots=True)
class PropertyRow:
    name: str
    wire_name: str
    type_md: str
    required: bool
    description_md: str
    notes_md: str


@dataclass(frozen=True, slots=True)
class ModelPage:
    name: str
    kind: str
    """``model``, ``enum`` or ``alias``."""
    title_md: str
    description_md: str
    bases_md: list[str]
    rows: list[PropertyRow]
    additional_md: str
    example_json: str
    example_fence: str
    value_kind: str
    members: list[tuple[str, str, str]]
    """Enums: (member name, value as code, description)."""
    type_md: str
    discriminator: list[tuple[str, str]]
    """Aliases: (wire value, linked class)."""
    deprecated: bool
    warning_md: str = ""


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


class ModelPages:
    """Builds pages; ``link(name)`` is the page of a class relative to docs/."""

    def __init__(self, factory: ExampleFactory, link: Callable[[str], str]) -> None:
        self.factory = factory
        self.link = link

    def _example(self, value: object) -> tuple[str, str]:
        text = _json(value)
        return text, fence_for(text)

    def field_notes(self, f: Field) -> str:
        if undeclared(f):
            notes = ["required by the schema but not declared in its `properties`"]
        else:
            notes = ["required" if f.required else "[optional]"]
        if f.wire_name != f.name:
            notes.append(f"JSON key {md_code_cell(f.wire_name)}")
        if is_nullable(f.type):
            notes.append("nullable")
        if f.read_only:
            notes.append("[readonly]")
        if f.write_only:
            notes.append("write-only")
        if f.deprecated:
            notes.append("**deprecated**")
        if f.default is not MISSING:
            notes.append(f"[default to {md_code_cell(json.dumps(f.default, ensure_ascii=False))}]")
        fmt = string_format(f.type)
        if fmt:
            notes.append(f"format: {md_cell(fmt)}")
        inner = strip_nullable(f.type)
        if isinstance(inner, EnumRef):
            enum = self.factory.enums.get(inner.name)
            if enum is not None:
                notes.append("one of " + _enum_values(enum))
        c = f.constraints
        for label, bound in (
            ("minimum", c.minimum),
            ("maximum", c.maximum),
            ("exclusive minimum", c.exclusive_minimum),
            ("exclusive maximum", c.exclusive_maximum),
            ("multiple of", c.multiple_of),
            ("min length", c.min_length),
            ("max length", c.max_length),
            ("min items", c.min_items),
            ("max items", c.max_items),
        ):
            if bound is not None:
                notes.append(f"{label} {bound:g}")
        if c.pattern:
            notes.append(f"pattern {md_code_cell(c.pattern)}")
        return "; ".join(notes)

    def model(self, model: Model) -> ModelPage:
        fields = self.factory.all_fields(model)
        rows = [
            PropertyRow(
                name=f.name,
                wire_name=f.wire_name,
                type_md=linked_type(f.type, self.link),
                required=f.required,
                description_md=md_cell(f.description),
                notes_md=self.field_notes(f),
            )
            for f in fields
        ]
        value = self.factory.make_model(model, seed=model.name)
        if value is None and self.factory.unsatisfiable(model):
            self.factory.allow_unsatisfiable = True  # the page warns; show the closest value
            try:
                value = self.factory.make_model(model, seed=model.name)
            finally:
                self.factory.allow_unsatisfiable = False
        example, fence = self._example(to_json(value) if value is not None else {})
        additional = ""
        if model.additional is not None:
            additional = linked_type(model.additional, self.link)
        return ModelPage(
            name=model.name,
            kind="model",
            title_md=md_inline(model.title) if model.title != model.name else "",
            description_md=md_text(model.description),
            bases_md=[f"[**{b}**]({self.link(b)})" for b in model.bases],
            rows=rows,
            additional_md=additional,
            example_json=example,
            example_fence=fence,
            value_kind="object",
            members=[],
            type_md="",
            discriminator=[],
            deprecated=model.deprecated,
            warning_md=(
                "No JSON value satisfies this schema as written: it requires properties it "
                "does not declare while forbidding undeclared ones "
                "(`additionalProperties: false`). Servers that validate strictly reject it."
                if self.factory.unsatisfiable(model)
                else ""
            ),
        )

    def enum(self, enum: Enum) -> ModelPage:
        members = [
            (m.name, md_code_cell(json.dumps(m.value, ensure_ascii=False)), md_cell(m.description))
            for m in enum.members
        ]
        value = self.factory.make(EnumRef(enum.name))
        example, fence = self._example(to_json(value) if value is not None else None)
        return ModelPage(
            name=enum.name,
            kind="enum",
            title_md="",
            description_md=md_text(enum.description),
            bases_md=[],
            rows=[],
            additional_md="",
            example_json=example,
            example_fence=fence,
            value_kind=enum.value_kind,
            members=members,
            type_md="",
            discriminator=[],
            deprecated=False,
        )

    def alias(self, alias: Alias) -> ModelPage:
        value = self.factory.make(alias.type, seed=alias.name)
        example, fence = self._example(to_json(value) if value is not None else None)
        inner = strip_nullable(alias.type)
        discriminator: list[tuple[str, str]] = []
        if isinstance(inner, Union) and inner.discriminator is not None:
            discriminator = [
                (md_code_cell(v), f"[**{c}**]({self.link(c)})")
                for v, c in inner.discriminator.mapping
            ]
        return ModelPage(
            name=alias.name,
            kind="alias",
            title_md="",
            description_md=md_text(alias.description),
            bases_md=[],
            rows=[],
            additional_md="",
            example_json=example,
            example_fence=fence,
            value_kind="",
            members=[],
            type_md=linked_type(alias.type, self.link),
            discriminator=discriminator,
            deprecated=False,
        )


def _enum_values(enum: Enum) -> str:
    shown = [md_code_cell(json.dumps(m.value, ensure_ascii=False)) for m in enum.members]
    if len(shown) > MAX_ENUM_VALUES_IN_NOTES:
        rest = len(shown) - MAX_ENUM_VALUES_IN_NOTES
        shown = [*shown[:MAX_ENUM_VALUES_IN_NOTES], f"… ({rest} more)"]
    return ", ".join(shown)


def discriminator_property(alias: Alias) -> str:
    inner = strip_nullable(alias.type)
    if isinstance(inner, Union) and inner.discriminator is not None:
        return md_code(inner.discriminator.property)
    return ""
