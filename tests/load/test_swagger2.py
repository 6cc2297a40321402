"""Swagger 2.0 documents are upgraded to OpenAPI 3.0 that a validator accepts."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pytest
from jsonschema_path import SchemaPath
from openapi_spec_validator import validate
from openapi_spec_validator.validation import OpenAPIV30SpecValidator

from generator.load import Document, Limits, SourceFile, load
from generator.load.swagger2 import upgrade

OAI = Path(__file__).resolve().parents[2] / "specs" / "corpus" / "oai" / "v2.0"
needs_oai = pytest.mark.skipif(not OAI.is_dir(), reason="needs the shared OAI examples")


def validate_files(document: Document) -> None:
    """Validate as 3.0, resolving external refs to the loader's upgraded files."""

    def from_loader(uri: str) -> Any:
        return document.files[unquote(urlparse(uri).path)].data

    spec = SchemaPath.from_dict(
        document.data,
        base_uri=document.root.path.as_uri(),
        handlers={"file": from_loader, "<all_urls>": from_loader},
    )
    OpenAPIV30SpecValidator(spec).validate()


def inline_external(document: Document, value: Any, base: SourceFile) -> Any:
    """The value with every external ref replaced by its (upgraded) target.

    The validator checks the document schema on the root only, so the test
    validates this single-file form too.
    """
    if isinstance(value, list):
        return [inline_external(document, item, base) for item in value]
    if not isinstance(value, dict):
        return value
    ref = value.get("$ref")
    if isinstance(ref, str) and not ref.startswith("#"):
        target = document.resolve(ref, base)
        return inline_external(document, target.value, target.file)
    return {key: inline_external(document, item, base) for key, item in value.items()}


@needs_oai
def test_petstore_upgrades_to_valid_3_0() -> None:
    document, diagnostics = load(OAI / "petstore.yaml")
    assert diagnostics == []
    assert document.version == "3.0" and document.upgraded_from == "2.0"
    data = document.data
    assert data["openapi"] == "3.0.3"
    assert data["servers"] == [{"url": "http://petstore.swagger.io/v1"}]
    assert set(data["components"]["schemas"]) == {"Pet", "Pets", "Error"}
    ok = data["paths"]["/pets"]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Pets"}
    assert ok["headers"]["x-next"]["schema"] == {"type": "string"}
    validate(data)


@needs_oai
def test_multi_file_petstore_upgrades_every_file() -> None:
    path = OAI / "petstore-separate" / "spec" / "swagger.yaml"
    _, refused = load(path)  # ../common/Error.yaml is outside spec/
    assert {d.code for d in refused} == {"load.ref"} and len(refused) == 4
    document, diagnostics = load(path, Limits(allow_outside_root=True))
    assert diagnostics == []
    assert len(document.files) == 5
    post = document.data["paths"]["/pets"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "NewPet.yaml"}
    assert post["requestBody"]["required"] is True
    tags = document.files[str(path.parent / "parameters.yaml")].data["tagsParam"]
    assert tags["schema"] == {"type": "array", "items": {"type": "string"}}
    assert (tags["style"], tags["explode"]) == ("form", False)
    validate_files(document)
    validate(inline_external(document, document.data, document.root))


SWAGGER: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "t", "version": "1"},
    "host": "api.example.com",
    "basePath": "/v2",
    "schemes": ["https", "http"],
    "consumes": ["application/json"],
    "produces": ["application/json", "application/xml"],
    "securityDefinitions": {
        "basic": {"type": "basic"},
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "oauth": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://example.com/auth",
            "tokenUrl": "https://example.com/token",
            "scopes": {"read": "read things"},
        },
    },
    "parameters": {
        "Page": {"name": "page", "in": "query", "type": "integer", "x-example": 2},
        "Body": {"name": "pet", "in": "body", "required": True,
                 "schema": {"$ref": "#/definitions/Pet"}},
        "Note": {"name": "note", "in": "formData", "type": "string"},
    },
    "responses": {"NotFound": {"description": "gone", "schema": {"$ref": "#/definitions/Error"}}},
    "definitions": {
        "Pet": {
            "type": "object",
            "discriminator": "kind",
            "required": ["kind"],
            "properties": {
                "kind": {"type": "string"},
                "tag": {"type": "string", "x-nullable": True},
                "photo": {"type": "file"},
            },
        },
        "Error": {"type": "object", "properties": {"code": {"type": "integer"}}},
    },
    "paths": {
        "/pets": {
            "parameters": [{"$ref": "#/parameters/Page"}],
            "post": {
                "parameters": [{"$ref": "#/parameters/Body"}],
                "responses": {"404": {"$ref": "#/responses/NotFound"}},
            },
            "put": {
                "consumes": ["multipart/form-data"],
                "parameters": [
                    {"name": "file", "in": "formData", "type": "file", "required": True},
                    {"$ref": "#/parameters/Note"},
                    {"name": "ids", "in": "query", "type": "array", "items": {"type": "integer"},
                     "collectionFormat": "multi"},
                    {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}},
                    {"name": "X-Ids", "in": "header", "type": "array",
                     "items": {"type": "string"}},
                ],
                "responses": {"204": {"description": "done"}},
            },
            "patch": {
                "consumes": ["application/x-www-form-urlencoded"],
                "parameters": [{"name": "name", "in": "formData", "type": "string"}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                        "examples": {
                            "application/json": [{"kind": "cat"}],
                            "text/csv": "kind\ncat\n",
                        },
                        "headers": {"X-Rate": {"type": "integer", "description": "left"}},
                    }
                },
            },
        },
        "/pets/{id}": {
            "get": {
                "parameters": [
                    {"name": "id", "in": "path", "type": "array", "items": {"type": "string"},
                     "collectionFormat": "csv", "required": True},
                ],
                "responses": {"200": {"description": "ok",
                                      "schema": {"$ref": "#/definitions/Pet"}}},
            }
        },
    },
}  # fmt: skip


def test_upgrade_is_pure_and_valid() -> None:
    before = copy.deepcopy(SWAGGER)
    out = upgrade(SWAGGER)
    assert before == SWAGGER
    validate(out)


def test_upgrade_maps_every_part() -> None:
    out = upgrade(SWAGGER)
    assert [s["url"] for s in out["servers"]] == [
        "https://api.example.com/v2",
        "http://api.example.com/v2",
    ]
    components = out["components"]
    assert components["securitySchemes"]["basic"] == {"type": "http", "scheme": "basic"}
    flows = components["securitySchemes"]["oauth"]["flows"]
    assert set(flows) == {"authorizationCode"} and flows["authorizationCode"]["scopes"]
    assert set(components["parameters"]) == {"Page"}
    assert components["parameters"]["Page"]["schema"] == {"type": "integer"}
    assert components["parameters"]["Page"]["example"] == 2
    assert "Body" in components["requestBodies"]
    pet = components["schemas"]["Pet"]
    assert pet["discriminator"] == {"propertyName": "kind"}
    assert pet["properties"]["tag"]["nullable"] is True
    assert pet["properties"]["photo"] == {"type": "string", "format": "binary"}
    pets = out["paths"]["/pets"]
    assert pets["parameters"] == [{"$ref": "#/components/parameters/Page"}]
    assert pets["post"]["requestBody"] == {"$ref": "#/components/requestBodies/Body"}
    assert pets["post"]["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    put = pets["put"]
    form = put["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert form["properties"]["file"] == {"type": "string", "format": "binary"}
    assert form["properties"]["note"] == {"type": "string"}
    assert form["required"] == ["file"]
    assert put["parameters"][0]["style"] == "form" and put["parameters"][0]["explode"] is True
    patch = pets["patch"]
    assert list(patch["requestBody"]["content"]) == ["application/x-www-form-urlencoded"]
    ok = patch["responses"]["200"]
    assert list(ok["content"]) == ["application/json", "application/xml", "text/csv"]
    assert ok["content"]["application/json"]["example"] == [{"kind": "cat"}]
    assert ok["headers"]["X-Rate"] == {"schema": {"type": "integer"}, "description": "left"}
    path_param = out["paths"]["/pets/{id}"]["get"]["parameters"][0]
    assert (path_param["style"], path_param["explode"]) == ("simple", False)


def test_no_host_gives_a_relative_server() -> None:
    out = upgrade({"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}})
    assert out["servers"] == [{"url": "/"}]
    validate(out)


def test_swagger_load_checks_refs_before_upgrading(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "definitions:\n  A: {$ref: '#/definitions/Missing'}\n",
        encoding="utf-8",
    )
    document, diagnostics = load(spec)
    assert [d.location.line for d in diagnostics] == [5]
    assert document.data["components"]["schemas"]["A"] == {"$ref": "#/components/schemas/Missing"}


@needs_oai
def test_upgraded_pointers_are_located_in_the_2_0_text() -> None:
    document, _ = load(OAI / "petstore.yaml")
    lines = (OAI / "petstore.yaml").read_text(encoding="utf-8").splitlines()

    def line_of(pointer: str) -> str:
        return lines[document.locate(pointer).line - 1].strip()

    assert line_of("/components/schemas/Pet/properties/id") == "id:"
    assert line_of("/paths/~1pets/get/parameters/0/schema/format") == "format: int32"
    ok = "/paths/~1pets/get/responses/200"
    assert line_of(ok + "/content/application~1json/schema") == "schema:"
    assert line_of(ok + "/headers/x-next/schema/type") == "type: string"


def test_collection_format_defaults_to_csv() -> None:
    """Swagger 2.0: an array parameter without collectionFormat is comma-separated."""
    params = {p["name"]: p for p in upgrade(SWAGGER)["paths"]["/pets"]["put"]["parameters"]}
    assert (params["tags"]["style"], params["tags"]["explode"]) == ("form", False)
    assert (params["X-Ids"]["style"], params["X-Ids"]["explode"]) == ("simple", False)
    assert (params["ids"]["style"], params["ids"]["explode"]) == ("form", True)
