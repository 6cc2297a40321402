"""Type references to Python annotation strings, and the imports they need.

The same string serves as annotation and as a runtime expression (it is
handed to pydantic's ``TypeAdapter``), so it only uses names the module
imports. Standard-library modules are imported under underscore aliases
(``_dt``, ``_uuid``, ``_decimal``) so no field name can shadow them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
from generator.render.pyliteral import py_literal

_STRING_FORMATS = {
    "uuid": ("_uuid.UUID", "import uuid as _uuid"),
    "date": ("_dt.date", "import datetime as _dt"),
    "date-time": ("_dt.datetime", "import datetime as _dt"),
    "binary": ("bytes", ""),
    "decimal": ("_decimal.Decimal", "import decimal as _decimal"),
}


@dataclass
class Imports:
    """What a generated module must import for the annotations it uses."""

    stdlib: set[str] = field(default_factory=set)
    typing: set[str] = field(default_factory=set)
    pydantic: set[str] = field(default_factory=set)
    runtime: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    field_helper: str = "Field"
    """How the module spells pydantic's ``Field`` (``_Field`` when a schema is called Field)."""
    file_type: str = ""
    """The runtime name binary strings are spelled with ("" for ``bytes``): model modules
    use ``FileContent``, so a multipart file can carry its filename and media type."""

    def use_field(self) -> None:
        helper = self.field_helper
        self.pydantic.add("Field" if helper == "Field" else f"Field as {helper}")


def annotation(type_ref: TypeRef, imports: Imports) -> str:
    match type_ref:
        case Primitive(kind="string", format="binary") if imports.file_type:
            imports.runtime.add(imports.file_type)
            return imports.file_type
        case Primitive(kind="string", format=fmt):
            spelled, needed = _STRING_FORMATS.get(fmt, ("str", ""))
            if needed:
                imports.stdlib.add(needed)
            return spelled
        case Primitive(kind="integer"):
            return "int"
        case Primitive(kind="number", format=fmt):
            if fmt == "decimal":
                imports.stdlib.add("import decimal as _decimal")
                return "_decimal.Decimal"
            return "float"
        case Primitive(kind="boolean"):
            return "bool"
        case ArrayOf(item=item):
            return f"list[{annotation(item, imports)}]"
        case MapOf(value=value):
            return f"dict[str, {annotation(value, imports)}]"
        case ModelRef(name=name) | EnumRef(name=name) | AliasRef(name=name):
            imports.classes.add(name)
            return name
        case Nullable(inner=inner):
            inner_text = annotation(inner, imports)
            if inner_text == "Any" or inner_text.endswith("| None"):
                return inner_text
            return f"{inner_text} | None"
        case Const(value=value):
            if value is None or isinstance(value, str | int | bool):
                imports.typing.add("Literal")
                return f"Literal[{py_literal(value)}]"
            imports.typing.add("Any")
            return "Any"
        case Union(variants=variants, discriminator=disc):
            parts: list[str] = []
            for variant in variants:
                text = annotation(variant, imports)
                if text not in parts:
                    parts.append(text)
            if "Any" in parts:
                return "Any"
            if disc is not None and disc.mapping:
                # The tag picks the variant first; a value whose tag disagrees with
                # its shape still decodes through the smart union (runtime prefer_tag).
                imports.typing.add("Annotated")
                imports.runtime.add("prefer_tag")
                imports.classes.update(cls for _, cls in disc.mapping)
                table = ", ".join(f"{py_literal(value)}: {cls}" for value, cls in disc.mapping)
                prop = py_literal(disc.property)
                return f"Annotated[{' | '.join(parts)}, prefer_tag({prop}, {{{table}}})]"
            return " | ".join(parts)
        case AnyValue():
            imports.typing.add("Any")
            return "Any"
    raise AssertionError(f"unhandled type {type_ref!r}")  # pragma: no cover
