"""``$ref`` inside a literal value is a plain key: load, validate and lint leave it be."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from generator.diagnostics import Diagnostic
from generator.lint.config import LintConfig
from generator.lint.engine import lint_rules
from generator.load import load
from generator.load.document import split_pointer
from generator.load.object_kinds import DATA, PARAMETER, SCHEMA, UNKNOWN, kind_at
from generator.validate import validate

REMOTE = {"$ref": "https://example.com/schemas/pet.json"}
NOWHERE = {"$ref": "#/nowhere"}
BOTH = {"remote": REMOTE, "local": NOWHERE}

OPENAPI_30 = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1", "x-registry": REMOTE},
    "x-top": NOWHERE,
    "paths": {
        "x-paths-extension": REMOTE,
        "/a": {
            "x-item": NOWHERE,
            "get": {
                "operationId": "getA",
                "x-hint": REMOTE,
                "parameters": [
                    {
                        "name": "q",
                        "in": "query",
                        "schema": {"type": "object", "default": NOWHERE},
                        "examples": {"one": {"value": NOWHERE}},
                    },
                    {"name": "r", "in": "query", "schema": {"type": "object"}, "example": REMOTE},
                ],
                "responses": {
                    "x-responses-extension": NOWHERE,
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "examples": {
                                    "inline": {"value": {"thing": REMOTE}},
                                    "shared": {"$ref": "#/components/examples/Shared"},
                                },
                            }
                        },
                        "headers": {
                            "X-Thing": {"schema": {"type": "object"}, "example": {"thing": REMOTE}}
                        },
                        "links": {
                            "self": {
                                "operationId": "getA",
                                "parameters": {"q": NOWHERE},
                                "requestBody": REMOTE,
                            }
                        },
                    },
                },
            },
        },
    },
    "components": {
        "x-components-extension": BOTH,
        "examples": {"Shared": {"value": BOTH}},
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    # A property named like a value keyword is still a schema.
                    "example": {"type": "object", "example": NOWHERE},
                    "thing": {"type": "object", "default": REMOTE},
                    "kind": {"type": "object", "enum": [REMOTE, NOWHERE]},
                },
                "example": {"thing": NOWHERE},
                "x-origin": REMOTE,
            }
        },
    },
}
OPENAPI_31 = {
    **OPENAPI_30,
    "openapi": "3.1.0",
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"fixed": {"const": NOWHERE}, "thing": {"default": REMOTE}},
                "examples": [{"fixed": NOWHERE}, {"thing": REMOTE}],
                "x-origin": REMOTE,
            }
        },
        "examples": {"Shared": {"value": BOTH}},
    },
}
SWAGGER_20 = {
    "swagger": "2.0",
    "info": {"title": "t", "version": "1"},
    "x-top": REMOTE,
    "paths": {
        "/a": {
            "get": {
                "parameters": [
                    {"name": "q", "in": "query", "type": "string", "x-hint": NOWHERE},
                    {"$ref": "#/parameters/Limit"},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "schema": {"$ref": "#/definitions/Thing"},
                        "examples": {"application/json": {"thing": REMOTE}},
                    }
                },
            }
        }
    },
    "parameters": {
        "Limit": {"name": "limit", "in": "query", "type": "integer", "default": 1, "x-d": BOTH}
    },
    "definitions": {
        "Thing": {
            "type": "object",
            "properties": {"thing": {"type": "object", "default": REMOTE}},
            "example": {"thing": NOWHERE},
        }
    },
}
# OpenAPI 3.1's schema wants Link parameters to be strings (runtime expressions).
OPENAPI_31 = json.loads(
    json.dumps(OPENAPI_31).replace('"parameters": {"q": {"$ref": "#/nowhere"}}', '"parameters": {}')
)
DOCS = {"3.0": OPENAPI_30, "3.1": OPENAPI_31, "2.0": SWAGGER_20}


def write(tmp_path: Path, data: Mapping[str, object], as_json: bool) -> Path:
    path = tmp_path / ("spec.json" if as_json else "spec.yaml")
    text = json.dumps(data, indent=2) if as_json else yaml.safe_dump(data, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def ref_problems(found: list[Diagnostic]) -> list[str]:
    """Findings about references (load.ref, ref-kind, ref-siblings, ...) or about values
    (example-invalid, default-invalid: a value's "$ref" followed as a schema reference)."""
    return [str(d) for d in found if "ref" in d.code or d.code.endswith("-invalid")]


@pytest.mark.parametrize("as_json", [False, True], ids=["yaml", "json"])
@pytest.mark.parametrize("version", list(DOCS))
def test_refs_in_values_are_data(tmp_path: Path, version: str, as_json: bool) -> None:
    document, loaded = load(write(tmp_path, DOCS[version], as_json))
    assert loaded == []
    assert validate(document) == []
    assert ref_problems(lint_rules(document, LintConfig())) == []
    assert all("nowhere" not in ref and "https" not in ref for _, ref, _ in document.root.refs)


def test_the_same_ref_at_a_schema_position_is_still_a_reference(tmp_path: Path) -> None:
    data = json.loads(json.dumps(OPENAPI_30))
    data["components"]["schemas"]["Thing"]["properties"]["example"] = NOWHERE
    data["components"]["schemas"]["x-named-like-an-extension"] = REMOTE
    _, loaded = load(write(tmp_path, data, as_json=False))
    assert sorted((d.code, d.pointer) for d in loaded) == [
        ("load.ref", "/components/schemas/Thing/properties/example/$ref"),
        ("load.ref", "/components/schemas/x-named-like-an-extension/$ref"),
    ]


def test_a_bare_file_is_read_as_what_its_ref_says(tmp_path: Path) -> None:
    (tmp_path / "thing.yaml").write_text(
        textwrap.dedent("""\
            type: object
            example: {$ref: '#/nowhere'}
            properties:
              next: {$ref: 'missing.yaml'}
            """),
        encoding="utf-8",
    )
    data = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": {"$ref": "thing.yaml"}}},
    }
    _, loaded = load(write(tmp_path, data, as_json=False))
    assert [(d.code, d.pointer) for d in loaded] == [("load.ref", "/properties/next/$ref")]


@pytest.mark.parametrize(
    ("pointer", "kind"),
    [
        ("/components/schemas/A/example", DATA),
        ("/components/schemas/A/properties/example", SCHEMA),
        ("/components/schemas/x-a", SCHEMA),
        ("/components/x-a", DATA),
        ("/paths/x-a", DATA),
        ("/paths/~1a/get/responses/default/content/a~1b/examples/e/value", DATA),
        ("/paths/~1a/get/responses/default/content/a~1b/examples/e", "examples"),
        ("/paths/~1a/get/parameters/0", PARAMETER),
        ("/paths/~1a/get/parameters/name", UNKNOWN),
        ("/components/schemas/A/allOf/0/enum/0", DATA),
        ("/components/schemas/A/examples/0", DATA),
        ("/info/x-logo", DATA),
    ],
)
def test_kind_at(pointer: str, kind: str) -> None:
    assert kind_at(split_pointer(pointer)) == kind
