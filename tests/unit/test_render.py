"""Render helpers: annotations for each TypeRef, escaping of hostile text, import blocks."""

from __future__ import annotations

import ast

import pytest

from generator.ir import model as ir
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
from generator.render.imports import ImportSet
from generator.render.pyliteral import clean_text, docstring, py_literal, py_str
from generator.render.typestr import Imports, annotation


@pytest.mark.parametrize(
    ("type_ref", "expected", "stdlib", "typing"),
    [
        (Primitive("string"), "str", set(), set()),
        (Primitive("string", "uuid"), "_uuid.UUID", {"import uuid as _uuid"}, set()),
        (Primitive("string", "date"), "_dt.date", {"import datetime as _dt"}, set()),
        (Primitive("string", "date-time"), "_dt.datetime", {"import datetime as _dt"}, set()),
        (Primitive("string", "binary"), "bytes", set(), set()),
        (Primitive("string", "email"), "str", set(), set()),
        (Primitive("integer", "int64"), "int", set(), set()),
        (Primitive("number"), "float", set(), set()),
        (Primitive("number", "decimal"), "_decimal.Decimal", {"import decimal as _decimal"}, set()),
        (Primitive("boolean"), "bool", set(), set()),
        (ArrayOf(Primitive("integer")), "list[int]", set(), set()),
        (ArrayOf(Primitive("string"), unique=True), "list[str]", set(), set()),
        (MapOf(Nullable(Primitive("number"))), "dict[str, float | None]", set(), set()),
        (MapOf(AnyValue()), "dict[str, Any]", set(), {"Any"}),
        (Nullable(Primitive("string")), "str | None", set(), set()),
        (Nullable(AnyValue()), "Any", set(), {"Any"}),
        (Nullable(Nullable(Primitive("integer"))), "int | None", set(), set()),
        (
            Nullable(Union((Primitive("integer"), Primitive("string")))),
            "int | str | None",
            set(),
            set(),
        ),
        (Const('a"b'), 'Literal["a\\"b"]', set(), {"Literal"}),
        (Const(None), "Literal[None]", set(), {"Literal"}),
        (Const(3), "Literal[3]", set(), {"Literal"}),
        (Const(True), "Literal[True]", set(), {"Literal"}),
        (Const(1.5), "Any", set(), {"Any"}),
        (Const({"a": 1}), "Any", set(), {"Any"}),
        (Union((Primitive("string"), Primitive("integer"))), "str | int", set(), set()),
        (Union((Primitive("string"), AnyValue())), "Any", set(), {"Any"}),
        (AnyValue(), "Any", set(), {"Any"}),
        (AnyValue(fallback="why"), "Any", set(), {"Any"}),
    ],
)
def test_annotation(type_ref: TypeRef, expected: str, stdlib: set[str], typing: set[str]) -> None:
    imports = Imports()
    assert annotation(type_ref, imports) == expected
    assert imports.stdlib == stdlib
    assert imports.typing == typing
    assert imports.classes == set()
    ast.parse(expected, mode="eval")


def test_annotation_of_classes_records_them() -> None:
    imports = Imports()
    assert annotation(Union((ModelRef("Cat"), ModelRef("Dog"))), imports) == "Cat | Dog"
    assert annotation(ArrayOf(EnumRef("Color")), imports) == "list[Color]"
    assert annotation(Nullable(AliasRef("Pet")), imports) == "Pet | None"
    assert imports.classes == {"Cat", "Dog", "Color", "Pet"}
    assert not imports.runtime


def test_discriminated_union_prefers_the_tagged_variant() -> None:
    imports = Imports()
    mapping = (("cat", "Cat"), ("dog", "Dog"))
    union = Union((ModelRef("Cat"), ModelRef("Dog")), Discriminator("petType", mapping))
    assert annotation(union, imports) == (
        'Annotated[Cat | Dog, prefer_tag("petType", {"cat": Cat, "dog": Dog})]'
    )
    assert imports.runtime == {"prefer_tag"} and "Annotated" in imports.typing


def test_union_variants_spelled_alike_are_merged() -> None:
    imports = Imports()
    union = Union((Primitive("string"), Primitive("string", "email"), Primitive("integer")))
    assert annotation(union, imports) == "str | int"


HOSTILE = [
    "plain",
    'say "hi"',
    '"""',
    'ends with a quote"',
    "ends with a backslash\\",
    "back\\slash \\n not a newline",
    "tab\tnew\nline\r\nreturn",
    "nul\x00byte",
    "line\u2028separator\u2029paragraph",
    "bom\ufeff",
    "del\x7f and c1 \x85",
    "'''",
    "{braces} and %s",
    "日本語 ünïcode 🐍",
    "",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_py_str_round_trips(text: str) -> None:
    literal = py_str(text)
    assert "\n" not in literal and "\r" not in literal
    assert ast.literal_eval(literal) == text
    assert "\u2028" not in literal and "\x00" not in literal


def test_py_str_of_a_lone_surrogate_is_encodable() -> None:
    literal = py_str("a\ud800b")
    literal.encode("utf-8")
    assert ast.literal_eval(literal) == "a\ud800b"


@pytest.mark.parametrize(
    "text",
    [
        *HOSTILE,
        '"""quoted""" in the middle',
        'ends with """',
    ],
)
def test_docstring_is_one_safe_string(text: str) -> None:
    source = f"def f() -> None:\n    {docstring(text)}\n    return None\n"
    tree = ast.parse(source)
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 2  # the docstring did not end early
    doc = ast.get_docstring(function, clean=False)
    assert doc is not None
    expected = clean_text(text) or "No description."
    lines = [line.strip() for line in doc.strip().split("\n")]
    assert lines == [line.strip() for line in expected.split("\n")]
    assert "\x00" not in source and "\u2028" not in source


def test_docstring_indents_continuation_lines() -> None:
    assert (
        docstring("one\ntwo\n\nthree", indent=8)
        == '"""one\n        two\n\n        three\n        """'
    )
    assert docstring("") == '"""No description."""'


@pytest.mark.parametrize(
    "value",
    [None, True, False, 0, -3, 2.5, "x", [1, "a", None], {"k": [1, {"n": None}], 'q"': "v"}],
)
def test_py_literal_round_trips(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


@pytest.mark.parametrize("value", [float("nan"), float("inf"), object()])
def test_py_literal_refuses_non_json(value: object) -> None:
    with pytest.raises(ValueError):
        py_literal(value)


def test_import_set_order() -> None:
    block = ImportSet()
    block.add("local", ".zebra", ["Zebra"])
    block.add("local", "..model_base", ["OpenStrEnum", "ApiModel"])
    block.add("local", ".apple", ["apple_factory", "Apple", "APPLE_CONST"])
    block.add("thirdparty", "pydantic", ["Field", "ConfigDict"])
    block.add("stdlib", "typing", ["Literal", "Any"])
    block.add("stdlib", "collections.abc", ["Mapping"])
    block.add_line("stdlib", "import uuid as _uuid")
    block.add_line("stdlib", "import datetime as _dt")
    block.add_line("future", "from __future__ import annotations")
    assert block.render() == "\n".join(
        [
            "from __future__ import annotations",
            "",
            "import datetime as _dt",
            "import uuid as _uuid",
            "from collections.abc import Mapping",
            "from typing import Any, Literal",
            "",
            "from pydantic import ConfigDict, Field",
            "",
            "from ..model_base import ApiModel, OpenStrEnum",
            "from .apple import APPLE_CONST, Apple, apple_factory",
            "from .zebra import Zebra",
        ]
    )


def test_import_set_empty_sections_leave_no_blank_lines() -> None:
    block = ImportSet()
    assert block.render() == ""
    block.add("local", ".a", ["A"])
    block.add("local", ".a", ["A"])
    assert block.render() == "from .a import A"


def test_import_order_is_natural_as_ruff_isort_wants() -> None:
    from generator.render.imports import ImportSet, natural_key

    modules = [".page10", ".page2", ".page1_token", ".page1", ".page_a", ".page"]
    assert sorted(modules, key=natural_key) == [
        ".page",
        ".page1",
        ".page1_token",
        ".page2",
        ".page10",
        ".page_a",
    ]
    block = ImportSet()
    for module in modules:
        block.add("local", module, ["X"])
    block.add("local", "..model_base", ["ApiModel"])
    lines = block.render().splitlines()
    assert lines[0] == "from ..model_base import ApiModel"
    assert [line.split()[1] for line in lines[1:]] == sorted(modules, key=natural_key)


def test_method_docstrings_name_returns_and_raises() -> None:
    from generator.ir.types import ModelRef
    from generator.render.apis import _method_doc

    origin = ir.Origin("spec.yaml", "/paths/~1pets/get")
    op = ir.Operation(
        "get_pet",
        "getPet",
        "GET",
        "/pets/{id}",
        origin,
        responses=(
            ir.Response("200", "The pet.", origin, "application/json", ModelRef("Pet")),
            ir.Response("404", "No such pet.", origin),
            ir.Response("5XX", "", origin),
            ir.Response("default", "Other errors.", origin),
        ),
    )
    doc = _method_doc(op, "Pet", with_http_info=False)
    assert "Returns:\n    Pet: the decoded body of a 2xx response (200: The pet.)." in doc
    assert "    NotFoundException: status 404: No such pet." in doc
    assert "    ServiceException: status 5XX" in doc
    assert "    ApiException: status default: Other errors." in doc
    info = _method_doc(op, "Pet", with_http_info=True)
    assert "    ApiResponse[Pet]: the status, headers and the decoded body" in info


def test_a_union_that_reads_any_imports_none_of_its_other_variants() -> None:
    """A 3.1 ``prefixItems`` array with open ``items`` holds ``uuid | Node | anything``:
    ``Any``, and neither ``Node`` nor ``uuid`` may be imported for it (ruff F401)."""
    imports = Imports()
    item = Union((Primitive("string", "uuid"), ModelRef("Node"), AnyValue()))
    assert annotation(ArrayOf(ArrayOf(item)), imports) == "list[list[Any]]"
    assert imports.classes == set()
    assert imports.typing == {"Any"}
    assert not imports.stdlib
