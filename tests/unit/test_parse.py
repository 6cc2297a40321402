"""Parse: small inline specs to IR (types, classes, names, diagnostics)."""

from __future__ import annotations

import json
import keyword
import random
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Severity
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
from generator.load import load
from generator.parse import parse
from generator.parse.modules import strongly_connected


def spec(
    schemas: dict[str, Any] | None = None,
    paths: dict[str, Any] | None = None,
    *,
    version: str = "3.0.3",
    **extra: Any,
) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "Test", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
        **extra,
    }


def parsed(tmp_path: Path, document: dict[str, Any]) -> tuple[ir.Api, list[Diagnostic]]:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded, diagnostics = load(path)
    assert [d for d in diagnostics if d.severity >= 3] == []
    return parse(loaded, package_name="pkg")


def model(api: ir.Api, name: str) -> ir.Model:
    (found,) = [m for m in api.models if m.name == name]
    return found


def field_types(api: ir.Api, name: str) -> dict[str, TypeRef]:
    return {f.wire_name: f.type for f in model(api, name).fields}


def codes(diagnostics: list[Diagnostic]) -> list[str]:
    return sorted(d.code for d in diagnostics)


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


REF_A = {"$ref": "#/components/schemas/A"}
A = obj(x={"type": "string"})
REF_A_TYPE = ModelRef("A")


# -- nullable --------------------------------------------------------------------------


def test_nullable_forms_of_3_0(tmp_path: Path) -> None:
    schemas = {
        "A": A,
        "E": {"type": "string", "enum": ["a", "b", None], "nullable": True},
        "M": obj(
            s={"type": "string", "nullable": True},
            arr={"type": "array", "nullable": True, "items": {"type": "integer", "nullable": True}},
            via_all_of={"nullable": True, "allOf": [REF_A]},
            beside_ref={"$ref": "#/components/schemas/A", "nullable": True},
            plain_ref=REF_A,
            enum={"$ref": "#/components/schemas/E"},
        ),
    }
    api, _ = parsed(tmp_path, spec(schemas))
    assert field_types(api, "M") == {
        "s": Nullable(Primitive("string")),
        "arr": Nullable(ArrayOf(Nullable(Primitive("integer")))),
        "via_all_of": Nullable(ModelRef("A"), lenient=True),
        "beside_ref": Nullable(ModelRef("A"), lenient=True),
        "plain_ref": ModelRef("A"),
        "enum": Nullable(EnumRef("E")),
    }
    (enum,) = api.enums
    assert [m.value for m in enum.members] == ["a", "b"]


def test_nullable_forms_of_3_1(tmp_path: Path) -> None:
    schemas = {
        "A": A,
        "M": obj(
            s={"type": ["string", "null"]},
            multi={"type": ["integer", "string", "null"]},
            ref_or_null={"oneOf": [REF_A, {"type": "null"}]},
            any_of_null={"anyOf": [{"type": "null"}, {"type": "number"}]},
        ),
    }
    api, _ = parsed(tmp_path, spec(schemas, version="3.1.0"))
    assert field_types(api, "M") == {
        "s": Nullable(Primitive("string")),
        "multi": Nullable(Union((Primitive("integer"), Primitive("string")))),
        "ref_or_null": Nullable(ModelRef("A")),
        "any_of_null": Nullable(Primitive("number")),
    }


def test_type_null_alone_is_the_none_constant(tmp_path: Path) -> None:
    schemas = {"M": obj(a={"type": "null"}, b={"type": ["null"]})}
    api, _ = parsed(tmp_path, spec(schemas, version="3.1.0"))
    types = field_types(api, "M")
    assert types["a"] == types["b"]
    assert types["a"] in (Const(None), Nullable(Const(None)))


# -- enums ------------------------------------------------------------------------------


def test_enum_member_names_and_kinds(tmp_path: Path) -> None:
    schemas = {
        "Odd": {"type": "string", "enum": ["a-b", "1st", "", "class", "open", "OPEN", "x", "x"]},
        "Level": {"type": "integer", "enum": [-1, 0, 2]},
        "Named": {"type": "integer", "enum": [1, 2], "x-enum-varnames": ["one", "Two"]},
        "Reserved": {"type": "string", "enum": ["name", "value"]},
    }
    api, diagnostics = parsed(tmp_path, spec(schemas))
    enums = {e.name: e for e in api.enums}
    assert [(m.name, m.value) for m in enums["Odd"].members] == [
        ("A_B", "a-b"),
        ("V1ST", "1st"),
        ("EMPTY", ""),
        ("CLASS", "class"),
        ("OPEN", "open"),
        ("OPEN_2", "OPEN"),
        ("X", "x"),
    ]
    assert enums["Odd"].value_kind == "string"
    assert [(m.name, m.value) for m in enums["Level"].members] == [
        ("MINUS_1", -1),
        ("V0", 0),
        ("V2", 2),
    ]
    assert enums["Level"].value_kind == "integer"
    assert [m.name for m in enums["Named"].members] == ["ONE", "TWO"]
    assert [m.name for m in enums["Reserved"].members] == ["NAME_", "VALUE_"]
    duplicate = [d for d in diagnostics if d.code == "schema.enum-duplicate"]
    assert [d.pointer for d in duplicate] == ["/components/schemas/Odd/enum/7"]


def test_inline_enums_get_names_from_their_place(tmp_path: Path) -> None:
    paths = {
        "/t": {
            "get": {
                "operationId": "listTickets",
                "parameters": [
                    {
                        "name": "priority",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["low", "high"]},
                    }
                ],
                "responses": {"204": {"description": "ok"}},
            }
        }
    }
    schemas = {
        "Ticket": obj(
            state={"type": "string", "enum": ["new", "done"]},
            only={"type": "string", "enum": ["fixed"]},
            mixed={"enum": ["a", 1]},
        )
    }
    api, diagnostics = parsed(tmp_path, spec(schemas, paths))
    enums = {e.name: e for e in api.enums}
    assert enums["TicketState"].synthesized
    assert "ListTicketsPriority" in enums
    (op,) = api.operations()
    assert op.parameters[0].type == EnumRef("ListTicketsPriority")
    types = field_types(api, "Ticket")
    assert types["state"] == EnumRef("TicketState")
    assert types["mixed"] == Union((Const("a"), Const(1)))
    assert "fallback.any" not in codes(diagnostics)  # a mixed enum is a union of literals


# -- allOf ---------------------------------------------------------------------------


def test_all_of_is_flattened_in_order(tmp_path: Path) -> None:
    schemas = {
        "Person": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string"}, "email": {"type": "string"}},
        },
        "Stamp": {
            "type": "object",
            "required": ["at"],
            "properties": {"at": {"type": "string", "format": "date-time"}},
        },
        "Employee": {
            "allOf": [
                {"$ref": "#/components/schemas/Person"},
                {"$ref": "#/components/schemas/Stamp"},
                {
                    "type": "object",
                    "required": ["email"],
                    "properties": {"email": {"type": "string", "format": "email"}},
                },
            ],
            "properties": {"id": {"type": "integer"}},
            "required": ["id"],
        },
        "Same": {"allOf": [{"$ref": "#/components/schemas/Person"}]},
        "User": obj(who={"$ref": "#/components/schemas/Same"}),
    }
    api, _ = parsed(tmp_path, spec(schemas))
    employee = model(api, "Employee")
    assert [(f.wire_name, f.required) for f in employee.fields] == [
        ("name", True),
        ("email", True),
        ("at", True),
        ("id", True),
    ]
    assert employee.fields[1].type == Primitive("string", "email")
    # A one-part allOf is the referenced schema, not a class of its own.
    assert "Same" not in {m.name for m in api.models}
    assert field_types(api, "User") == {"who": ModelRef("Person")}


# -- unions and discriminators -----------------------------------------------------------


def _pets() -> dict[str, Any]:
    def pet(extra: str) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["petType"],
            "properties": {"petType": {"type": "string"}, extra: {"type": "boolean"}},
        }

    return {
        "Cat": pet("indoor"),
        "Dog": pet("barks"),
        "Lizard": pet("scales"),
        "Pet": {
            "oneOf": [
                {"$ref": "#/components/schemas/Cat"},
                {"$ref": "#/components/schemas/Dog"},
                {"$ref": "#/components/schemas/Lizard"},
            ],
            "discriminator": {
                "propertyName": "petType",
                "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
            },
        },
        "Plain": {
            "anyOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]
        },
        "Implicit": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": {"propertyName": "petType"},
        },
        "Mixed": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"type": "string"}],
            "discriminator": {"propertyName": "petType"},
        },
    }


def test_unions_and_discriminator_mappings(tmp_path: Path) -> None:
    api, diagnostics = parsed(tmp_path, spec(_pets()))
    aliases = {a.name: a.type for a in api.aliases}
    cats_and_dogs = (ModelRef("Cat"), ModelRef("Dog"))
    assert aliases["Pet"] == Union(
        (*cats_and_dogs, ModelRef("Lizard")),
        Discriminator("petType", (("Lizard", "Lizard"), ("cat", "Cat"), ("dog", "Dog"))),
    )
    assert aliases["Implicit"] == Union(
        cats_and_dogs, Discriminator("petType", (("Cat", "Cat"), ("Dog", "Dog")))
    )
    assert aliases["Plain"] == Union(cats_and_dogs)
    assert aliases["Mixed"] == Union((ModelRef("Cat"), Primitive("string")))
    ignored = {d.pointer for d in diagnostics if d.code == "schema.discriminator"}
    assert ignored == {"/components/schemas/Mixed"}


def test_inline_union_in_a_property_is_not_a_class(tmp_path: Path) -> None:
    schemas = {
        "A": A,
        "M": obj(
            v={"oneOf": [REF_A, {"type": "object", "properties": {"y": {"type": "integer"}}}]}
        ),
    }
    api, _ = parsed(tmp_path, spec(schemas))
    assert field_types(api, "M") == {"v": Union((ModelRef("A"), ModelRef("Mv2")))}
    assert model(api, "Mv2").synthesized
    assert api.aliases == ()


# -- objects and fields ------------------------------------------------------------------


def test_required_but_undeclared_property_is_an_optional_any_field(tmp_path: Path) -> None:
    schemas = {
        "M": {"type": "object", "required": ["a", "ghost"], "properties": {"a": {"type": "string"}}}
    }
    api, diagnostics = parsed(tmp_path, spec(schemas))
    fields = {f.wire_name: f for f in model(api, "M").fields}
    assert fields["a"].required
    assert fields["ghost"].type == AnyValue()
    assert not fields["ghost"].required
    (warning,) = [d for d in diagnostics if d.code == "schema.required-missing"]
    assert warning.severity.label == "warning"
    assert warning.pointer == "/components/schemas/M/required"
    assert "'ghost'" in warning.message


def test_inline_objects_are_named_after_their_place(tmp_path: Path) -> None:
    paths = {
        "/users": {
            "post": {
                "operationId": "createUser",
                "requestBody": {
                    "content": {"application/json": {"schema": obj(name={"type": "string"})}}
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": obj(id={"type": "integer"})}},
                    }
                },
            }
        }
    }
    schemas = {
        "User": obj(
            address=obj(city={"type": "string"}),
            tags={"type": "array", "items": obj(k={"type": "string"})},
            extra={"type": "object", "additionalProperties": obj(v={"type": "number"})},
            free={"type": "object"},
        )
    }
    api, _ = parsed(tmp_path, spec(schemas, paths))
    names = {m.name for m in api.models if m.synthesized}
    assert names == {
        "CreateUserRequest",
        "CreateUserResponse200",
        "UserAddress",
        "UserTagsItem",
        "UserExtraValue",
    }
    types = field_types(api, "User")
    assert types["tags"] == ArrayOf(ModelRef("UserTagsItem"))
    assert types["extra"] == MapOf(ModelRef("UserExtraValue"))
    assert types["free"] == MapOf(AnyValue())


def test_field_names_avoid_keywords_and_pydantic_attributes(tmp_path: Path) -> None:
    schemas = {
        "M": obj(
            **{
                name: {"type": "string"}
                for name in ["class", "self", "model_dump", "json", "schema", "to_dict", "fooBar"]
            },
            foo_bar={"type": "string"},
        )
    }
    api, diagnostics = parsed(tmp_path, spec(schemas))
    names = {f.wire_name: f.name for f in model(api, "M").fields}
    assert names == {
        "class": "class_",
        "self": "self_",
        "model_dump": "model_dump_",
        "json": "json_",
        "schema": "schema_",
        "to_dict": "to_dict_",
        # A JSON name that already is a fitting Python name keeps it; the others
        # avoid every JSON name (models accept both spellings).
        "foo_bar": "foo_bar",
        "fooBar": "foo_bar_2",
    }
    wires = {f.wire_name for f in model(api, "M").fields}
    assert all(name == wire or name not in wires for wire, name in names.items())
    renames = [d for d in diagnostics if d.code == "naming.rename"]
    assert len(renames) == 7
    assert all(d.message.startswith("field ") for d in renames), renames


# -- names of classes, tags, methods and parameters ---------------------------------------


def _collisions() -> dict[str, Any]:
    def op(op_id: str, tag: str, **extra: Any) -> dict[str, Any]:
        return {
            "operationId": op_id,
            "tags": [tag],
            "responses": {"204": {"description": "ok"}},
            **extra,
        }

    params = [
        {"name": "from", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "class", "in": "query", "schema": {"type": "string"}},
        {"name": "fooBar", "in": "query", "schema": {"type": "string"}},
        {"name": "foo_bar", "in": "query", "schema": {"type": "string"}},
        {"name": "id", "in": "header", "schema": {"type": "string"}},
        {"name": "id", "in": "query", "schema": {"type": "string"}},
    ]
    paths = {
        "/pets/{from}": {"get": op("getPet", "Pets", parameters=params)},
        "/pets": {"get": op("listPets", "pets"), "post": op("list_pets", "pets")},
        "/x": {"get": op("import", "class"), "put": op("api_client", "class")},
    }
    schemas = {
        "Field": A,
        "Any": A,
        "ApiClient": A,
        "Pet": A,
        "pet": A,
        "2ndThing": A,
        "Naïve": A,
    }
    return spec(schemas, paths)


def test_class_tag_method_and_parameter_names(tmp_path: Path) -> None:
    api, _ = parsed(tmp_path, _collisions())
    assert {m.name for m in api.models} == {
        "Field",
        "AnyModel",
        "ApiClientModel",
        "Pet",
        "Pet2",
        "N2ndThing",
        "Naive",
    }
    modules = [m.module for m in api.models]
    assert len({m.lower() for m in modules}) == len(modules)
    tags = {t.name: (t.class_name, t.async_class_name, t.module, t.spellings) for t in api.tags}
    assert tags == {
        "Pets": ("PetsApi", "AsyncPetsApi", "pets_api", ("Pets", "pets")),
        "class": ("ClassApi", "AsyncClassApi", "class_api", ("class",)),
    }
    methods = {op.operation_id: op.name for op in api.operations()}
    assert methods == {
        "getPet": "get_pet",
        "listPets": "list_pets",
        "list_pets": "list_pets_2",
        "import": "import_2",
        "api_client": "api_client_2",
    }
    (get_pet,) = [op for op in api.operations() if op.operation_id == "getPet"]
    names = [(p.wire_name, p.location, p.name) for p in get_pet.parameters]
    assert sorted(names) == [
        ("class", "query", "class_"),
        ("fooBar", "query", "foo_bar"),
        ("foo_bar", "query", "foo_bar_2"),
        ("from", "path", "from_"),
        ("id", "header", "id"),
        ("id", "query", "id_2"),
    ]


def test_module_names_are_not_keywords(tmp_path: Path) -> None:
    schemas = {name: A for name in ["class", "Import", "from", "Lambda"]}
    api, _ = parsed(tmp_path, spec(schemas))
    for item in api.classes():
        assert item.module.isidentifier() and not keyword.iskeyword(item.module), item


def test_names_do_not_depend_on_key_order(tmp_path: Path) -> None:
    document = _collisions()
    document["components"]["schemas"].update(_pets())
    first, first_diagnostics = parsed(tmp_path, document)
    rng = random.Random(5)
    shuffled = dict(document)
    for key in ("paths", "components"):
        items = list(document[key].items())
        rng.shuffle(items)
        shuffled[key] = dict(items)
    schemas = list(document["components"]["schemas"].items())
    rng.shuffle(schemas)
    shuffled["components"] = {"schemas": dict(schemas)}
    assert list(shuffled["components"]["schemas"]) != list(document["components"]["schemas"])
    second, second_diagnostics = parsed(tmp_path, shuffled)  # same file name: same origins
    assert [(m.name, m.module) for m in first.models] == [(m.name, m.module) for m in second.models]
    assert first.tags == second.tags
    assert first.aliases == second.aliases
    assert {(d.code, d.pointer, d.message) for d in first_diagnostics} == {
        (d.code, d.pointer, d.message) for d in second_diagnostics
    }


# -- modules of recursive models -------------------------------------------------------


def test_strongly_connected_groups() -> None:
    graph = {
        "A": {"B"},
        "B": {"A", "C"},
        "C": set(),
        "Self": {"Self"},
        "D": {"E"},
        "E": {"F"},
        "F": {"D", "Missing"},
    }
    groups = strongly_connected(graph)
    assert sorted(groups) == [["A", "B"], ["C"], ["D", "E", "F"], ["Self"]]
    # Dependencies come before the groups that need them (reverse topological order).
    assert groups.index(["C"]) < groups.index(["A", "B"])
    assert strongly_connected(dict(reversed(list(graph.items())))) == groups


def test_strongly_connected_handles_a_long_chain() -> None:
    graph = {f"N{i:05d}": {f"N{i + 1:05d}"} for i in range(5000)}
    graph["N05000"] = {"N00000"}
    (group,) = strongly_connected(graph)
    assert len(group) == 5001


def test_recursive_models_share_a_module(tmp_path: Path) -> None:
    schemas = {
        "Tree": obj(children={"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}),
        "Document": obj(
            sections={
                "type": "object",
                "additionalProperties": {"$ref": "#/components/schemas/Section"},
            }
        ),
        "Section": obj(doc={"$ref": "#/components/schemas/Document"}),
        "Expr": {
            "oneOf": [{"$ref": "#/components/schemas/Lit"}, {"$ref": "#/components/schemas/Bin"}]
        },
        "Lit": obj(v={"type": "number"}),
        "Bin": obj(
            left={"$ref": "#/components/schemas/Expr"}, author={"$ref": "#/components/schemas/A"}
        ),
        "A": A,
    }
    api, _ = parsed(tmp_path, spec(schemas))
    module = {item.name: item.module for item in api.classes()}
    assert module["Tree"] == "tree"
    assert module["Document"] == module["Section"] == "document"
    assert module["Expr"] == module["Bin"] == "bin"
    assert module["Lit"] == "lit"
    assert module["A"] == "a"


def test_class_rename_names_both_schemas(tmp_path: Path) -> None:
    _, diagnostics = parsed(tmp_path, spec({"Pet": A, "pet": A}))
    (rename,) = [d for d in diagnostics if d.code == "naming.rename"]
    assert rename.pointer == "/components/schemas/pet"
    assert "'pet'" in rename.message and "'Pet'" in rename.message, rename.message


def test_field_rename_points_at_the_property(tmp_path: Path) -> None:
    _, diagnostics = parsed(tmp_path, spec({"M": obj(**{"class": {"type": "string"}})}))
    (rename,) = [d for d in diagnostics if d.code == "naming.rename"]
    assert rename.pointer == "/components/schemas/M/properties/class"
    assert rename.severity == Severity.WARNING


def test_no_field_name_is_another_property_json_name(tmp_path: Path) -> None:
    properties = {name: {"type": "string"} for name in ["class", "class_", "json", "json_"]}
    api, _ = parsed(tmp_path, spec({"M": obj(**properties)}))
    fields = model(api, "M").fields
    wires = {f.wire_name for f in fields}
    clashes = [(f.wire_name, f.name) for f in fields if f.name != f.wire_name and f.name in wires]
    assert clashes == []


# -- composition: allOf shapes and properties beside oneOf/anyOf ----------------------------


def _composition() -> dict[str, Any]:
    def ref(name: str) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/{name}"}

    def required_obj(**properties: Any) -> dict[str, Any]:
        return {**obj(**properties), "required": sorted(properties)}

    return {
        "Choice": {
            "oneOf": [{"type": "string", "enum": ["none", "auto"]}, ref("Named")],
        },
        "Named": required_obj(name={"type": "string"}),
        "Status": {"type": "string", "enum": ["queued", "done"]},
        "Limit": {"type": "integer", "minimum": 1},
        "Meta": obj(owner={"type": "string"}),
        "Stamp": required_obj(at={"type": "string", "format": "date-time"}),
        "Cat": required_obj(meows={"type": "boolean"}),
        "Dog": required_obj(barks={"type": "boolean"}),
        "Run": obj(
            sibling={"allOf": [ref("Choice")], "nullable": True},
            in_parts={"allOf": [ref("Choice"), {"nullable": True}]},
            status={
                "allOf": [ref("Status")],
                "readOnly": True,
                "default": "queued",
                "description": "Annotated.",
            },
            described={"allOf": [ref("Limit"), {"description": "In a part.", "maximum": 9}]},
            narrowed={"allOf": [ref("Limit"), {"type": "integer", "maximum": 100}]},
            enum_and_string={"allOf": [{"type": "string"}, ref("Status")]},
            meta={"allOf": [ref("Meta"), {"nullable": True}]},
            merged={"allOf": [ref("Meta"), ref("Stamp")]},
            nullable_merged={"allOf": [ref("Meta"), ref("Stamp"), {"nullable": True}]},
            extended={"allOf": [ref("Meta")], "properties": {"n": {"type": "integer"}}},
            animal={"allOf": [{"oneOf": [ref("Cat"), ref("Dog")]}, ref("Stamp")]},
            union_only={"allOf": [{"anyOf": [ref("Cat"), ref("Dog")]}, {"description": "d"}]},
            impossible={"allOf": [{"type": "string"}, {"type": "integer"}]},
            two_unions={"allOf": [ref("Choice"), {"oneOf": [ref("Cat"), ref("Dog")]}]},
        ),
        "Pet": {
            "type": "object",
            "required": ["name", "kind"],
            "properties": {"name": {"type": "string"}, "kind": {"type": "string"}},
            "oneOf": [ref("Cat"), ref("Dog")],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": "#/components/schemas/Cat"},
            },
        },
        "Issue": {
            "type": "object",
            "properties": {
                "title": {"type": "string"},
                "number": {"type": "integer"},
                "body": {"type": "string"},
            },
            "required": ["body"],
            "anyOf": [{"required": ["title"]}, {"required": ["number"]}],
        },
        "Labelled": {
            "properties": {"label": {"type": "string"}},
            "oneOf": [{"type": "string"}, {"type": "integer"}],
        },
        "Tagged": {"allOf": [ref("Pet"), required_obj(tag={"type": "string"})]},
        "Own": {"allOf": [{"description": "Annotates."}], "properties": {"a": {"type": "string"}}},
    }


def test_all_of_parts_that_only_annotate_keep_the_referenced_type(tmp_path: Path) -> None:
    api, _ = parsed(tmp_path, spec(_composition()))
    types = field_types(api, "Run")
    assert types["sibling"] == Nullable(AliasRef("Choice"), lenient=True)
    assert types["in_parts"] == Nullable(AliasRef("Choice"), lenient=True)
    assert types["status"] == EnumRef("Status")
    assert types["described"] == Primitive("integer", constraints=ir.Constraints(minimum=1))
    assert types["narrowed"] == Primitive("integer", constraints=ir.Constraints(minimum=1))
    assert types["enum_and_string"] == EnumRef("Status")
    assert types["meta"] == Nullable(ModelRef("Meta"), lenient=True)
    fields = {f.wire_name: f for f in model(api, "Run").fields}
    assert fields["status"].read_only and fields["status"].default == "queued"
    assert fields["status"].description == "Annotated."
    assert fields["described"].description == "In a part."
    # Every part's constraints apply (JSON Schema allOf); the own part wins a clash.
    assert fields["described"].constraints == ir.Constraints(minimum=1, maximum=9)
    assert fields["narrowed"].constraints == ir.Constraints(minimum=1, maximum=100)
    names = {m.name for m in api.models} | {a.name for a in api.aliases}
    assert not {"RunSibling", "RunInParts", "RunMeta", "RunDescribed"} & names


def test_all_of_of_objects_is_one_merged_model(tmp_path: Path) -> None:
    api, _ = parsed(tmp_path, spec(_composition()))
    types = field_types(api, "Run")
    assert types["merged"] == ModelRef("RunMerged")
    assert types["nullable_merged"] == Nullable(ModelRef("RunNullableMerged"), lenient=True)
    assert types["extended"] == ModelRef("RunExtended")
    assert [(f.wire_name, f.required) for f in model(api, "RunMerged").fields] == [
        ("owner", False),
        ("at", True),
    ]
    assert [f.wire_name for f in model(api, "RunNullableMerged").fields] == ["owner", "at"]
    assert [f.wire_name for f in model(api, "RunExtended").fields] == ["owner", "n"]
    # Own properties with annotation-only parts: the component itself is the model.
    own = model(api, "Own")
    assert [f.wire_name for f in own.fields] == ["a"] and not own.synthesized


def test_all_of_with_a_union_part_distributes_the_objects_over_its_branches(
    tmp_path: Path,
) -> None:
    api, diagnostics = parsed(tmp_path, spec(_composition()))
    types = field_types(api, "Run")
    assert types["animal"] == Union((ModelRef("RunAnimalCat"), ModelRef("RunAnimalDog")))
    assert [(f.wire_name, f.required) for f in model(api, "RunAnimalCat").fields] == [
        ("at", True),
        ("meows", True),
    ]
    assert types["union_only"] == Union((ModelRef("Cat"), ModelRef("Dog")))
    assert model(api, "RunAnimalDog").synthesized
    assert "fallback.any" not in {d.code for d in diagnostics if "animal" in d.pointer}


def test_all_of_that_no_python_type_fits_is_a_reported_fallback(tmp_path: Path) -> None:
    api, diagnostics = parsed(tmp_path, spec(_composition()))
    types = field_types(api, "Run")
    assert types["impossible"] == AnyValue(
        fallback="allOf of parts no one value satisfies (integer, string)"
    )
    assert types["two_unions"] == AnyValue(fallback="allOf of several unions")
    reported = {(d.code, d.pointer) for d in diagnostics}
    for name in ("impossible", "two_unions"):
        pointer = f"/components/schemas/Run/properties/{name}"
        assert ("fallback.any", pointer) in reported
        assert ("schema.composition", pointer) in reported
    located = [d for d in diagnostics if d.code == "fallback.any" and "impossible" in d.pointer]
    assert located[0].location.line > 0


def test_properties_beside_one_of_belong_to_every_branch(tmp_path: Path) -> None:
    api, diagnostics = parsed(tmp_path, spec(_composition()))
    aliases = {a.name: a.type for a in api.aliases}
    assert aliases["Pet"] == Union(
        (ModelRef("PetCat"), ModelRef("PetDog")),
        Discriminator("kind", (("Dog", "PetDog"), ("cat", "PetCat"))),
    )
    assert [(f.wire_name, f.required) for f in model(api, "PetCat").fields] == [
        ("name", True),
        ("kind", True),
        ("meows", True),
    ]
    # Cat itself is unchanged, and still a class of its own.
    assert [f.wire_name for f in model(api, "Cat").fields] == ["meows"]
    assert not [d for d in diagnostics if "/Pet" in d.pointer]


def test_required_beside_any_of_and_in_its_branches_is_kept(tmp_path: Path) -> None:
    api, _ = parsed(tmp_path, spec(_composition()))
    aliases = {a.name: a.type for a in api.aliases}
    assert aliases["Issue"] == Union((ModelRef("Issue1"), ModelRef("Issue2")))
    assert [(f.wire_name, f.required) for f in model(api, "Issue1").fields] == [
        ("title", True),
        ("number", False),
        ("body", True),
    ]
    assert [(f.wire_name, f.required) for f in model(api, "Issue2").fields] == [
        ("title", False),
        ("number", True),
        ("body", True),
    ]
    # `properties` constrains objects only (JSON Schema 2020-12 Core §7.6.1, §10.3.2.1).
    assert aliases["Labelled"] == Union((Primitive("string"), Primitive("integer")))


def test_all_of_of_a_union_with_shared_properties_and_an_object(tmp_path: Path) -> None:
    api, _ = parsed(tmp_path, spec(_composition()))
    aliases = {a.name: a.type for a in api.aliases}
    tagged = aliases["Tagged"]
    assert isinstance(tagged, Union)
    assert tagged.variants == (ModelRef("TaggedCat"), ModelRef("TaggedDog"))
    assert {f.wire_name for f in model(api, "TaggedCat").fields} == {
        "tag",
        "name",
        "kind",
        "meows",
    }
    assert all(f.required for f in model(api, "TaggedCat").fields)
    # Pet's own branches are not touched by what Tagged adds.
    assert {f.wire_name for f in model(api, "PetCat").fields} == {"name", "kind", "meows"}


def test_keywords_beside_a_ref_apply_in_3_1_and_are_ignored_in_3_0(tmp_path: Path) -> None:
    schemas = {
        "A": A,
        "M": obj(
            extended={
                "$ref": "#/components/schemas/A",
                "required": ["y"],
                "properties": {"y": {"type": "integer"}},
            },
            described={"$ref": "#/components/schemas/A", "description": "d"},
        ),
        "N": obj(anything_and_a={"allOf": [True, REF_A]}),
    }
    api, _ = parsed(tmp_path, spec(schemas, version="3.1.0"))
    assert field_types(api, "M") == {"extended": ModelRef("MExtended"), "described": REF_A_TYPE}
    # `true` is the schema every value satisfies: it leaves the other part's type.
    assert field_types(api, "N") == {"anything_and_a": REF_A_TYPE}
    assert [(f.wire_name, f.required) for f in model(api, "MExtended").fields] == [
        ("x", False),
        ("y", True),
    ]
    api, _ = parsed(tmp_path, spec(schemas))
    assert field_types(api, "M") == {"extended": REF_A_TYPE, "described": REF_A_TYPE}


def test_patterns_no_example_can_be_drawn_for_are_reported_once_where_written(
    tmp_path: Path,
) -> None:
    schemas = {
        "Digits": {"type": "string", "format": "uuid", "pattern": r"^\d+$"},
        "M": obj(
            ok={"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            back={"type": "string", "pattern": r"(a)\1"},
            short={"type": "string", "pattern": "^[a-z]+$", "maxLength": 0},
            one={"$ref": "#/components/schemas/Digits"},
            two={"$ref": "#/components/schemas/Digits"},
        ),
    }
    _, diagnostics = parsed(tmp_path, spec(schemas))
    found = sorted(
        (d.location.pointer, d.message) for d in diagnostics if d.code == "example.pattern"
    )
    assert [pointer for pointer, _ in found] == [
        "/components/schemas/Digits/pattern",
        "/components/schemas/M/properties/back/pattern",
        "/components/schemas/M/properties/short/pattern",
    ]
    assert "is not a 'uuid'" in found[0][1]
    assert "backreference" in found[1][1]
    assert "at most 0 characters" in found[2][1]
