"""The docs show the type the code declares: for every field of every model of the
committed Airbyte spec, the type cell of the model's page equals the annotation in
the generated module, once links are taken out.

Both sides are read from the rendered files (what ``apismith generate`` writes), not
from the visitor they share, so a page that spells a type differently fails here.
What the docs leave out on purpose is put back before comparing: a field that may be
absent is ``X | None`` in code and ``X`` with "[optional]" in its notes; standard-library
types are imported under private aliases in code (``_dt.datetime``); a discriminated
union carries its tag in code (``Annotated[A | B, prefer_tag(...)]``).
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

from generator.ir.types import (
    AnyValue,
    Const,
    Discriminator,
    ModelRef,
    Nullable,
    Primitive,
    TypeRef,
    Union,
)
from generator.pipeline import render
from generator.render.doc_types import linked_type, plain_type
from generator.render.typestr import Imports, annotation
from generator.settings.options import Options

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "specs" / "airbyte" / "config.yaml"
PACKAGE = "airbyte_config_client"
_LINK = re.compile(r"\[\*\*(\w+)\*\*\]\([^)]*\)")
_CELL = re.compile(r"(?<!\\)\|")
_PRIVATE_MODULE = re.compile(r"\b_(?:dt|uuid|decimal)\.")


@functools.cache
def _files() -> dict[str, str]:
    options = Options(spec=SPEC, output=REPO / "output", package_name=PACKAGE, use_cache=False)
    return render(options).files


def _code_fields() -> dict[tuple[str, str], str]:
    """(class, field) -> the annotation as written in the generated model module."""
    out: dict[tuple[str, str], str] = {}
    for path, text in _files().items():
        if not path.startswith(f"{PACKAGE}/models/") or path.endswith("__init__.py"):
            continue
        for node in ast.parse(text).body:
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    segment = ast.get_source_segment(text, item.annotation) or ""
                    out[(node.name, item.target.id)] = " ".join(segment.split())
    return out


def _doc_fields() -> dict[tuple[str, str], tuple[str, str]]:
    """(class, field) -> (the type cell without links or bold, the notes cell)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for path, text in _files().items():
        if not path.startswith("docs/") or "## Properties" not in text:
            continue
        model = Path(path).stem
        table = text.split("## Properties", 1)[1].split("\n\n", 2)[1]
        for row in table.splitlines()[2:]:
            cells = [cell.strip() for cell in _CELL.split(row)]
            name, type_md, notes = cells[0].strip("*"), cells[1], cells[-1]
            plain = _LINK.sub(r"\1", type_md).replace("\\|", "|")
            if plain.startswith("**") and plain.endswith("**"):
                plain = plain[2:-2]
            out[(model, name)] = (plain, notes)
    return out


def _without_tag(annotation: str) -> str:
    """``Annotated[T, prefer_tag(...)]`` -> ``T`` (the docs show the union, not its tag)."""
    if not annotation.startswith("Annotated["):
        return annotation
    depth = 0
    for index, char in enumerate(annotation):
        depth += char in "[({"
        depth -= char in "])}"
        if char == "," and depth == 1:
            return annotation[len("Annotated[") : index]
    raise AssertionError(annotation)


def test_every_model_field_is_documented_with_its_code_type() -> None:
    code, docs = _code_fields(), _doc_fields()
    assert len(code) > 1000, "the walk found the Airbyte models' fields"
    assert code.keys() == docs.keys()
    mismatches = []
    for key, written in sorted(code.items()):
        shown, notes = docs[key]
        expected = shown
        may_be_absent = "[optional]" in notes or "[readonly]" in notes or "write-only" in notes
        if may_be_absent and "nullable" not in notes.split("; ") and shown != "Any":
            expected = f"{shown} | None"
        actual = _without_tag(_PRIVATE_MODULE.sub("", written))
        if actual != expected:
            mismatches.append(f"{key[0]}.{key[1]}: code {written!r}, docs {shown!r}")
    assert mismatches == [], "\n".join(mismatches[:20])


@pytest.mark.parametrize(
    ("annotation", "union"),
    [("Annotated[A | B, prefer_tag('t', {'a': A})]", "A | B"), ("A | None", "A | None")],
)
def test_without_tag(annotation: str, union: str) -> None:
    assert _without_tag(annotation) == union


@pytest.mark.parametrize(
    ("type_ref", "shown"),
    [
        # Where the docs' own spelling used to differ from the code's.
        (Nullable(AnyValue()), "Any"),
        (Nullable(Nullable(Primitive("string"))), "str | None"),
        (Union((Primitive("integer"), Primitive("integer"), ModelRef("A"))), "int | A"),
        (Union((Primitive("integer"), AnyValue())), "Any"),
        (Const("on"), 'Literal["on"]'),
        (Const(1.5), "Any"),
        (Nullable(Primitive("string", "date-time")), "datetime | None"),
        (
            Union((ModelRef("A"), ModelRef("B")), Discriminator("kind", (("a", "A"), ("b", "B")))),
            "A | B",
        ),
    ],
)
def test_docs_spell_types_as_the_code_does(type_ref: TypeRef, shown: str) -> None:
    assert plain_type(type_ref) == shown
    code = _without_tag(_PRIVATE_MODULE.sub("", annotation(type_ref, Imports())))
    assert code == shown
    linked = linked_type(type_ref, lambda name: f"{name}.md")
    assert _LINK.sub(r"\1", linked).replace("\\|", "|").strip("*") == shown
