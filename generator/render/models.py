"""Template contexts for model modules: one per module, classes in dependency order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from generator.ir import model as ir
from generator.ir.types import (
    AnyValue,
    Const,
    EnumRef,
    Nullable,
    TypeRef,
    accepts_null,
    referenced_names,
)
from generator.render.imports import ImportSet
from generator.render.pyliteral import clean_text, docstring, py_literal, py_str
from generator.render.typestr import Imports, annotation


def model_modules(
    api: ir.Api, skip: Callable[[str], bool] = lambda module: False
) -> dict[str, dict[str, Any]]:
    """``{module name: template context}`` for every model module but those ``skip``
    names."""
    members: dict[str, list[ir.Model | ir.Enum | ir.Alias]] = defaultdict(list)
    for item in api.classes():
        members[item.module].append(item)
    enums = {e.name: e for e in api.enums}
    aliases = {a.name: a.type for a in api.aliases}
    index = {item.name: item.module for item in api.classes()}
    # A schema may be called Field: pydantic's Field is then imported under an alias.
    field_helper = "_Field" if "Field" in index else "Field"
    out: dict[str, dict[str, Any]] = {}
    for module in sorted(members):
        if skip(module):
            continue
        out[module] = _module_context(module, members[module], enums, aliases, index, field_helper)
    return out


def _module_context(
    module: str,
    items: list[ir.Model | ir.Enum | ir.Alias],
    enums: dict[str, ir.Enum],
    alias_types: dict[str, TypeRef],
    index: dict[str, str],
    field_helper: str,
) -> dict[str, Any]:
    imports = Imports(file_type="FileContent", field_helper=field_helper)
    local = {item.name for item in items}
    enum_items = sorted((i for i in items if isinstance(i, ir.Enum)), key=lambda i: i.name)
    model_items = sorted((i for i in items if isinstance(i, ir.Model)), key=lambda i: i.name)
    alias_items = _alias_order([i for i in items if isinstance(i, ir.Alias)])
    classes = [_enum_context(e) for e in enum_items]
    for e in enum_items:
        imports.runtime.add("OpenStrEnum" if e.value_kind == "string" else "OpenIntEnum")
    classes += [_model_context(m, imports, enums, alias_types) for m in model_items]
    aliases = [
        {"name": a.name, "annotation": annotation(a.type, imports), "doc": _doc(a.description, 0)}
        for a in alias_items
    ]
    if aliases:
        imports.typing.add("TypeAlias")
    external = sorted(imports.classes - local)
    recursive = bool(model_items) and (
        len(items) > 1 or any(m.name in _refs(m) for m in model_items)
    )
    block = ImportSet()
    block.add_line("future", "from __future__ import annotations")
    for line in imports.stdlib:
        block.add_line("stdlib", line)
    block.add("stdlib", "typing", imports.typing)
    block.add("thirdparty", "pydantic", imports.pydantic)
    block.add("local", "..model_base", imports.runtime)
    for name in external:
        block.add("local", f".{index[name]}", [name])
    return {
        "module": module,
        "imports": block.render(),
        "classes": classes,
        "aliases": aliases,
        "rebuild": [m.name for m in model_items] if recursive else [],
    }


def _refs(model: ir.Model) -> set[str]:
    out: set[str] = set()
    for f in model.fields:
        out |= referenced_names(f.type)
    return out


def _alias_order(aliases: list[ir.Alias]) -> list[ir.Alias]:
    """Aliases are assignments: one that uses another must come after it."""
    by_name = {a.name: a for a in aliases}
    done: list[ir.Alias] = []
    seen: set[str] = set()

    def visit(alias: ir.Alias, trail: frozenset[str]) -> None:
        if alias.name in seen or alias.name in trail:
            return
        for dep in sorted(referenced_names(alias.type) & by_name.keys()):
            visit(by_name[dep], trail | {alias.name})
        seen.add(alias.name)
        done.append(alias)

    for alias in sorted(aliases, key=lambda a: a.name):
        visit(alias, frozenset())
    return done


def _doc(text: str, indent: int = 4) -> str:
    return docstring(text, indent) if clean_text(text) else ""


def _enum_context(enum: ir.Enum) -> dict[str, Any]:
    doc = clean_text(enum.description)
    return {
        "kind": "enum",
        "name": enum.name,
        "base": "OpenStrEnum" if enum.value_kind == "string" else "OpenIntEnum",
        "doc": docstring(doc or f"{enum.name} values.", 4),
        "members": [(m.name, py_literal(m.value)) for m in enum.members],
    }


def _model_context(
    model: ir.Model,
    imports: Imports,
    enums: dict[str, ir.Enum],
    alias_types: dict[str, TypeRef],
) -> dict[str, Any]:
    fields = [_field_line(f, imports, enums) for f in model.fields]
    extra = ""
    if model.additional is not None and not isinstance(model.additional, AnyValue):
        imports.use_field()
        extra = f"dict[str, {annotation(model.additional, imports)}]"
    read_only = [(f.name, f.wire_name) for f in model.fields if f.read_only]
    nullable = [f.name for f in model.fields if accepts_null(f.type, alias_types)]
    constants = [f.name for f in model.fields if _is_constant(f, enums)]
    base = "ApiModelWithConstants" if constants else "ApiModel"
    imports.runtime.add(base)
    return {
        "kind": "model",
        "name": model.name,
        "base": base,
        "read_only": _pairs_literal(read_only),
        "nullable": _names_literal(nullable),
        "constants": _names_literal(constants),
        "doc": docstring(_model_doc(model), 4),
        "fields": fields,
        "extra": extra,
        "field_helper": imports.field_helper,
    }


def _is_constant(f: ir.Field, enums: dict[str, ir.Enum]) -> bool:
    """An optional property whose schema allows one value and defaults to it (``const``
    and ``default`` alike, as pydantic's ``Literal`` fields are published, or a
    one-value ``enum`` and its ``default``): the value is fixed, so the model defaults
    to it and always sends it (JSON Schema 2020-12 §6.1.3, §6.1.2). Leaving it out
    would let a server pick another member of a union that differs only there, e.g.
    ``{"type": "resume"}`` versus ``{"type": "pause"}``."""
    if f.required or f.default is ir.MISSING:
        return False
    if isinstance(f.type, EnumRef):
        enum = enums.get(f.type.name)
        return enum is not None and [m.value for m in enum.members] == [f.default]
    return isinstance(f.type, Const)


def _pairs_literal(pairs: list[tuple[str, str]]) -> str:
    """``(("name", "wire"),)``: a tuple of string pairs ("" for none)."""
    if not pairs:
        return ""
    return "(" + "".join(f"({py_str(a)}, {py_str(b)}), " for a, b in pairs).rstrip(" ") + ")"


def _names_literal(names: list[str]) -> str:
    """``("a", "b")``: a tuple of strings ("" for none)."""
    if not names:
        return ""
    return "(" + "".join(f"{py_str(n)}, " for n in names).rstrip(" ") + ")"


def _model_doc(model: ir.Model) -> str:
    parts = [clean_text(model.description) or clean_text(model.title) or f"{model.name} model."]
    described = [f for f in model.fields if clean_text(f.description)]
    if described:
        lines = ["Attributes:"]
        for f in described:
            text = clean_text(f.description).replace("\n", "\n        ")
            lines.append(f"    {f.name}: {text}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _field_line(f: ir.Field, imports: Imports, enums: dict[str, ir.Enum]) -> str:
    """``name: Annotation = Field(...)`` for one field."""
    optional = not f.required or f.read_only or f.write_only
    type_ref: TypeRef = f.type
    text = annotation(type_ref, imports)
    constant = _is_constant(f, enums)
    if optional and not isinstance(type_ref, Nullable) and text != "Any" and not constant:
        text = f"{text} | None"
    args: list[str] = []
    if optional:
        args.append(f"default={_default_literal(f, enums)}")
    if f.wire_name != f.name:
        # Not ``alias=``: with it, type checkers without pydantic's plugin expect
        # the wire name as the constructor keyword.
        wire = py_str(f.wire_name)
        args.append(f"validation_alias={wire}, serialization_alias={wire}")
    if f.deprecated:
        args.append("deprecated=True")
    if not args:
        return f"{f.name}: {text}"
    if args == [f"default={_default_literal(f, enums)}"]:
        return f"{f.name}: {text} = {_default_literal(f, enums)}"
    imports.use_field()
    return f"{f.name}: {text} = {imports.field_helper}({', '.join(args)})"


def _default_literal(f: ir.Field, enums: dict[str, ir.Enum]) -> str:
    value = f.default
    if value is ir.MISSING or value is None:
        return "None"
    inner = f.type.inner if isinstance(f.type, Nullable) else f.type
    if isinstance(inner, EnumRef):
        enum = enums.get(inner.name)
        for member in enum.members if enum else ():
            if member.value == value:
                return f"{enum.name}.{member.name}" if enum else "None"
        return "None"
    try:
        return py_literal(value)
    except ValueError:
        return "None"
