"""Type references spelled as Python annotations: one visitor for code and docs.

:func:`spell` decides how every type reads (``list[X]``, ``dict[str, X]``,
``X | None``, ``Literal[...]``, when a union collapses to ``Any``, which union
members are the same); a :class:`Spelling` decides only how names print. The
code's spelling, :class:`Imports`, prints class names as they are and records what
the module must import: the same string serves as annotation and as a runtime
expression (it is handed to pydantic's ``TypeAdapter``), so it only uses names the
module imports. Standard-library modules are imported under underscore aliases
(``_dt``, ``_uuid``, ``_decimal``) so no field name can shadow them. The docs'
spelling (``render.doc_types``) links class names and shows standard-library types
by their own name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.ir.types import (
    AliasRef,
    AnyValue,
    ArrayOf,
    Const,
    Discriminator,
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
    "uuid": ("_uuid", "UUID", "import uuid as _uuid"),
    "date": ("_dt", "date", "import datetime as _dt"),
    "date-time": ("_dt", "datetime", "import datetime as _dt"),
    "decimal": ("_decimal", "Decimal", "import decimal as _decimal"),
}
"""String formats the client gives a Python type of its own: (module alias, name, import)."""


class Spelling:
    """How the names in a spelled type print. This base prints every name as it is
    and records nothing; :class:`Imports` is the code's spelling."""

    def class_name(self, name: str) -> str:
        """A generated model, enum or alias."""
        return name

    def stdlib_name(self, alias: str, name: str, import_line: str) -> str:
        """A standard-library type, ``name`` in the module imported as ``alias``."""
        return name

    def typing_name(self, name: str) -> str:
        """``Any``, ``Literal``, ``Annotated``."""
        return name

    def binary(self) -> str:
        """A binary string (``format: binary``)."""
        return "bytes"

    def tagged(self, union: str, discriminator: Discriminator) -> str:
        """A union with a discriminator mapping: the union itself (``Imports`` adds the tag)."""
        return union


@dataclass
class Imports(Spelling):
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

    def class_name(self, name: str) -> str:
        self.classes.add(name)
        return name

    def stdlib_name(self, alias: str, name: str, import_line: str) -> str:
        self.stdlib.add(import_line)
        return f"{alias}.{name}"

    def typing_name(self, name: str) -> str:
        self.typing.add(name)
        return name

    def binary(self) -> str:
        if self.file_type:
            self.runtime.add(self.file_type)
            return self.file_type
        return "bytes"

    def tagged(self, union: str, discriminator: Discriminator) -> str:
        # The tag picks the variant first; a value whose tag disagrees with
        # its shape still decodes through the smart union (runtime prefer_tag).
        self.typing.add("Annotated")
        self.runtime.add("prefer_tag")
        self.classes.update(cls for _, cls in discriminator.mapping)
        table = ", ".join(f"{py_literal(value)}: {cls}" for value, cls in discriminator.mapping)
        prop = py_literal(discriminator.property)
        return f"Annotated[{union}, prefer_tag({prop}, {{{table}}})]"


def annotation(type_ref: TypeRef, imports: Imports) -> str:
    """The Python annotation of ``type_ref``; what it needs is added to ``imports``."""
    return spell(type_ref, imports)


def _spells_any(type_ref: TypeRef) -> bool:
    """Whether ``spell`` gives ``Any`` for the type (without spelling it)."""
    match type_ref:
        case AnyValue():
            return True
        case Nullable(inner=inner):
            return _spells_any(inner)
        case Const(value=value):
            return not (value is None or isinstance(value, str | int | bool))
        case Union(variants=variants):
            return any(_spells_any(v) for v in variants)
    return False


def spell(type_ref: TypeRef, names: Spelling) -> str:
    """``type_ref`` as a Python annotation, its names printed by ``names``."""
    match type_ref:
        case Primitive(kind="string", format="binary"):
            return names.binary()
        case Primitive(kind="string" | "number", format="decimal"):
            return names.stdlib_name(*_STRING_FORMATS["decimal"])
        case Primitive(kind="string", format=fmt):
            known = _STRING_FORMATS.get(fmt)
            return names.stdlib_name(*known) if known is not None else "str"
        case Primitive(kind="integer"):
            return "int"
        case Primitive(kind="number"):
            return "float"
        case Primitive(kind="boolean"):
            return "bool"
        case ArrayOf(item=item):
            return f"list[{spell(item, names)}]"
        case MapOf(value=value):
            return f"dict[str, {spell(value, names)}]"
        case ModelRef(name=name) | EnumRef(name=name) | AliasRef(name=name):
            return names.class_name(name)
        case Nullable(inner=inner):
            # ``Any`` already admits None, and ``X | None | None`` says nothing more.
            inner_text = spell(inner, names)
            if inner_text == "Any" or inner_text.endswith("| None"):
                return inner_text
            return f"{inner_text} | None"
        case Const(value=value):
            if value is None or isinstance(value, str | int | bool):
                return f"{names.typing_name('Literal')}[{py_literal(value)}]"
            return names.typing_name("Any")
        case Union(variants=variants, discriminator=disc):
            if any(_spells_any(variant) for variant in variants):
                # Checked before spelling the others, so they import nothing unused.
                return names.typing_name("Any")
            parts: list[str] = []
            for variant in variants:
                text = spell(variant, names)
                if text not in parts:
                    parts.append(text)
            if disc is not None and disc.mapping:
                return names.tagged(" | ".join(parts), disc)
            return " | ".join(parts)
        case AnyValue():
            return names.typing_name("Any")
    raise AssertionError(f"unhandled type {type_ref!r}")  # pragma: no cover
