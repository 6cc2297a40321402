"""Test tables for examples, defaults, enums and the codegen-readiness rules."""

from __future__ import annotations

import textwrap

import pytest

from tests.lint.conftest import RunRule


def schemas(body: str) -> str:
    lines = textwrap.dedent(body).strip().splitlines()
    indented = "\n".join("    " + line for line in lines)
    return "components:\n  schemas:\n" + indented + "\n"


CASES = [
    (
        "example-invalid",
        schemas("A: {type: integer, example: 'x'}"),
        ["/components/schemas/A/example"],
    ),
    ("example-invalid", schemas("A: {type: integer, example: 3}"), []),
    (
        "example-invalid",
        schemas(
            "A: {type: string, nullable: true, example: null, format: date, default: '2020-01-01'}"
        ),
        [],
    ),
    (
        "example-invalid",
        """
        paths:
          /a:
            get:
              parameters:
                - {name: n, in: query, schema: {type: integer}, example: 'x'}
                - name: m
                  in: query
                  schema: {type: integer}
                  examples: {ok: {value: 1}, bad: {value: y}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/A'}
                      example: {id: 'no'}
        components:
          schemas:
            A: {type: object, properties: {id: {type: integer}}}
        """,
        [
            "/paths/~1a/get/parameters/0/example",
            "/paths/~1a/get/parameters/1/examples/bad",
            "/paths/~1a/get/responses/200/content/application~1json/example",
        ],
    ),
    (
        "default-invalid",
        schemas("""
            A: {type: string, default: null}
            B: {type: string, nullable: true, default: null}
            C: {type: integer, minimum: 3, default: 2}
            D: {type: array, items: {type: string}, default: []}
            """),
        ["/components/schemas/A/default", "/components/schemas/C/default"],
    ),
    (
        "enum-duplicate",
        schemas("A: {enum: [a, b, a, 1, true, 1.0]}"),
        ["/components/schemas/A/enum/2"],
    ),
    (
        "enum-type-mismatch",
        schemas("""
            A: {type: string, enum: [a, 1, null]}
            B: {type: string, nullable: true, enum: [a, null]}
            C: {type: integer, enum: [1, 2.0, 2.5, true]}
            """),
        [
            "/components/schemas/A/enum/1",
            "/components/schemas/A/enum/2",
            "/components/schemas/C/enum/2",
            "/components/schemas/C/enum/3",
        ],
    ),
    (
        "schema-required-undefined",
        schemas("""
            A: {type: object, required: [a, b], properties: {a: {type: string}}}
            B: {type: object, required: [x], allOf: [{$ref: '#/components/schemas/C'}]}
            C: {type: object, properties: {x: {type: string}}}
            D: {type: object, required: [anything]}
            """),
        ["/components/schemas/A/required/1"],
    ),
    (
        "inline-object-schema",
        """
        paths:
          /a:
            post:
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {x: {type: string}}}
              responses: {}
        components:
          schemas:
            Named:
              type: object
              properties:
                child: {type: object, properties: {y: {type: string}}}
                free: {type: object}
                merged: {allOf: [{type: object, properties: {z: {type: string}}}]}
        """,
        [
            "/components/schemas/Named/properties/child",
            "/paths/~1a/post/requestBody/content/application~1json/schema",
        ],
    ),
    (
        "enum-value-identifier",
        schemas("A: {type: string, enum: [ok, '-', 'a-b', 'a_b', 'A B', '9lives']}"),
        [
            "/components/schemas/A/enum/1",
            "/components/schemas/A/enum/3",
            "/components/schemas/A/enum/4",
        ],
    ),
    (
        "python-name-collision",
        """
        paths:
          /a:
            get:
              operationId: getThing
              parameters:
                - {name: page-size, in: query}
                - {name: page_size, in: header}
              responses: {}
            put:
              operationId: get_thing
              responses: {}
        components:
          schemas:
            A:
              type: object
              properties: {userId: {}, user_id: {}, class: {}, class_: {}}
            pet_owner: {type: string}
            PetOwner: {type: string}
        """,
        [
            "/components/schemas/A/properties/class_",
            "/components/schemas/A/properties/user_id",
            "/components/schemas/PetOwner",
            "/paths/~1a/get/parameters/1",
            "/paths/~1a/put/operationId",
        ],
    ),
]


@pytest.mark.parametrize(("rule_id", "body", "pointers"), CASES)
def test_value_rules(run_rule: RunRule, rule_id: str, body: str, pointers: list[str]) -> None:
    assert [p for p, _ in run_rule(rule_id, body)] == pointers


def test_default_message_explains(run_rule: RunRule) -> None:
    [(_, message)] = run_rule("default-invalid", schemas("A: {type: integer, default: 'x'}"))
    assert message == "default does not match its schema: 'x' is not of type 'integer'"


def test_openapi_31_examples_list(run_rule: RunRule) -> None:
    body = """
    openapi: 3.1.0
    info: {title: t, version: '1'}
    components:
      schemas:
        A: {type: [string, 'null'], examples: [a, null, 3]}
    """
    assert [p for p, _ in run_rule("example-invalid", body)] == ["/components/schemas/A/examples/2"]
