"""Test tables for examples, defaults, enums and the codegen-readiness rules."""

from __future__ import annotations

import http.server
import textwrap
import threading
from pathlib import Path

import pytest

from tests.lint.conftest import RunRule, rule_findings, write_spec


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
    (
        "python-name-collision",
        """
        paths:
          /pets:
            get:
              tags: [Pets, pets]
              responses: {}
            put:
              tags: [pets]
              responses: {}
          /jobs:
            get:
              tags: [jobs, Jobs]
              responses: {}
        components:
          schemas:
            None: {type: object, properties: {a: {}}}
            "True": {type: string, enum: [a]}
            Tag: {type: object, properties: {a: {}}}
            Field: {type: object, properties: {a: {}}}
            Any: {type: object, properties: {a: {}}}
            Timeout: {type: number}
            AsyncPetsApi: {type: object, properties: {a: {}}}
        """,
        [
            "/components/schemas/Any",
            "/components/schemas/None",
            "/components/schemas/True",
            "/paths/~1pets/get/tags/0",
        ],
    ),
]


@pytest.mark.parametrize(("rule_id", "body", "pointers"), CASES)
def test_value_rules(run_rule: RunRule, rule_id: str, body: str, pointers: list[str]) -> None:
    assert [p for p, _ in run_rule(rule_id, body)] == pointers


def test_default_message_explains(run_rule: RunRule) -> None:
    [(_, message)] = run_rule("default-invalid", schemas("A: {type: integer, default: 'x'}"))
    assert message == 'default does not match its schema: "x" is not of type "integer"'


def test_openapi_31_examples_list(run_rule: RunRule) -> None:
    body = """
    openapi: 3.1.0
    info: {title: t, version: '1'}
    components:
      schemas:
        A: {type: [string, 'null'], examples: [a, null, 3]}
    """
    assert [p for p, _ in run_rule("example-invalid", body)] == ["/components/schemas/A/examples/2"]


# -- values checked with jsonschema-rs (generator/lint/values/checker.py) ----------------

VALUE_CASES = [
    # OpenAPI 3.0 nullable: null is a value only where nullable is true.
    (
        """
        A: {type: string, nullable: true, example: null}
        B: {type: string, example: null}
        C: {type: object, properties: {n: {type: integer, nullable: true}}, example: {n: null}}
        D: {type: object, properties: {n: {type: integer}}, example: {n: null}}
        """,
        ["/components/schemas/B/example", "/components/schemas/D/example"],
    ),
    # A nullable enum takes null without listing it; a plain enum does not.
    (
        """
        A: {type: string, nullable: true, enum: [red, green], example: null}
        B: {type: string, enum: [red, green], example: null}
        C: {type: string, nullable: true, enum: [red, green], example: blue}
        """,
        ["/components/schemas/B/example", "/components/schemas/C/example"],
    ),
    # int32 / int64 bound integers (not floats, not strings).
    (
        """
        A: {type: integer, format: int32, example: 2147483648}
        B: {type: integer, format: int32, example: -2147483648}
        C: {type: integer, format: int64, example: 9223372036854775808}
        D: {type: integer, format: int64, example: 9223372036854775807}
        E: {type: number, format: int32, example: 3000000000.5}
        """,
        ["/components/schemas/A/example", "/components/schemas/C/example"],
    ),
    # RFC 3339 date-time: a real day and time, an offset; t and z may be lower case.
    (
        """
        A: {type: string, format: date-time, example: '2024-02-30T10:00:00Z'}
        B: {type: string, format: date-time, example: '2024-02-29t10:00:00.5z'}
        C: {type: string, format: date-time, example: '2024-02-29 10:00:00'}
        D: {type: string, format: date-time, example: '2024-02-29T10:00:00+01:00'}
        E: {type: string, format: uri, example: 'not checked, as before'}
        """,
        ["/components/schemas/A/example", "/components/schemas/C/example"],
    ),
    # A required readOnly/writeOnly property may be missing (requests lack the one,
    # responses the other).
    (
        """
        A:
          type: object
          required: [id, password, name]
          properties:
            id: {type: integer, readOnly: true}
            password: {type: string, writeOnly: true}
            name: {type: string}
          example: {}
        """,
        ["/components/schemas/A/example"],
    ),
]


@pytest.mark.parametrize(("body", "pointers"), VALUE_CASES)
def test_values_against_openapi_30_schemas(
    run_rule: RunRule, body: str, pointers: list[str]
) -> None:
    assert [p for p, _ in run_rule("example-invalid", schemas(body))] == pointers


def test_messages_name_the_place_and_the_reason(run_rule: RunRule) -> None:
    body = schemas("""
        A:
          type: object
          required: [name]
          properties:
            n: {type: integer, format: int32}
            d: {type: string, format: date-time}
          example: {n: 2147483648, d: yesterday}
        """)
    [(_, message)] = run_rule("example-invalid", body)
    assert message == (
        "example does not match its schema: "
        '"name" is a required property; [\'d\']: "yesterday" is not a "date-time"; '
        "['n']: 2147483648 is not a \"int32\""
    )


def test_a_discriminator_picks_the_schema_to_check(run_rule: RunRule) -> None:
    """As openapi-schema-validator did for 3.0: the mapped schema only, so branches
    that would both match do not fail oneOf."""
    body = schemas("""
        Cat: {type: object, properties: {kind: {type: string}, lives: {type: integer}}}
        Dog: {type: object, properties: {kind: {type: string}, bark: {type: boolean}}}
        Pet:
          oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
          discriminator: {propertyName: kind, mapping: {c: '#/components/schemas/Cat'}}
        Ok: {allOf: [{$ref: '#/components/schemas/Pet'}], example: {kind: Dog}}
        Mapped: {allOf: [{$ref: '#/components/schemas/Pet'}], example: {kind: c, lives: x}}
        Unknown: {allOf: [{$ref: '#/components/schemas/Pet'}], example: {kind: Fish}}
        """)
    found = run_rule("example-invalid", body)
    assert [p for p, _ in found] == [
        "/components/schemas/Mapped/example",
        "/components/schemas/Unknown/example",
    ]
    assert found[0][1].endswith('[\'lives\']: "x" is not of type "integer"')


def test_refs_between_files_resolve(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "pet.yaml").write_text(
        "Pet:\n" "  type: object\n" "  properties:\n" "    tag: {$ref: 'common.yaml#/Tag'}\n",
        encoding="utf-8",
    )
    (tmp_path / "models" / "common.yaml").write_text(
        "Tag: {type: string, maxLength: 3}\n", encoding="utf-8"
    )
    path = write_spec(
        tmp_path,
        """
        paths: {}
        components:
          schemas:
            Good: {allOf: [{$ref: 'models/pet.yaml#/Pet'}], example: {tag: abc}}
            Bad: {allOf: [{$ref: 'models/pet.yaml#/Pet'}], example: {tag: abcd}}
        """,
    )
    found = rule_findings(path, "example-invalid")
    assert [(d.pointer, d.message) for d in found] == [
        (
            "/components/schemas/Bad/example",
            "example does not match its schema: ['tag']: \"abcd\" is longer than 3 characters",
        )
    ]


def test_remote_refs_are_not_fetched(tmp_path: Path) -> None:
    """A schema on a live server: fetching it would fail the example. Nothing may
    ask for it; the value is not judged against what cannot be read."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            body = b'{"type": "integer"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/schema.json"
        path = write_spec(
            tmp_path,
            f"""
            paths: {{}}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    remote: {{$ref: '{url}'}}
                    local: {{type: string}}
                Reaches: {{allOf: [{{$ref: '#/components/schemas/A'}}], example: {{remote: x}}}}
                Misses: {{allOf: [{{$ref: '#/components/schemas/A'}}], example: {{local: 1}}}}
            """,
        )
        found = rule_findings(path, "example-invalid")
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []
    assert [d.pointer for d in found] == ["/components/schemas/Misses/example"]


# The formats openapi-schema-validator's checkers tested, and what they said.
FORMAT_SAMPLES: list[object] = [
    "2020-02-29",
    "2021-02-29",
    "2020-1-01",
    "2020-01-01\n",
    "\uff12\uff10\uff12\uff10-01-01",  # full-width digits
    "2020-01-01T00:00:00Z",
    "2020-01-01t00:00:00z",
    "2020-01-01T24:00:00Z",
    "2020-01-01T23:59:60Z",
    "0000-01-01T00:00:00Z",
    "2020-01-01T00:00:00.123+05:30",
    "2020-01-01T00:00:00+24:00",
    "2020-01-01T00:00:00",
    "2020-04-31T00:00:00Z",
    "12:00:00",
    "1:2:3",
    "24:00:00",
    "12:00:00Z",
    "12:00",
    "a@b",
    "nope",
    "127.0.0.1",
    "1.2.3",
    "256.0.0.1",
    "01.2.3.4",
    "::1",
    "fe80::1%eth0",
    "1::2::3",
    "12345678-1234-5678-1234-567812345678",
    "12345678123456781234567812345678",
    "{12345678-1234-5678-1234-567812345678}",
    "example.com",
    "xn--",
    "-bad-",
    "",
    "a+",
    "(",
    "YWJj",
    "YWJ",
    "YW Jj",
    "@@",
    2147483647,
    2147483648,
    -2147483648,
    -2147483649,
    9223372036854775807,
    9223372036854775808,
    -9223372036854775809,
    True,
    1.5,
    None,
    [],
    {},
]


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_formats_say_what_openapi_schema_validator_said(version: str) -> None:
    from openapi_schema_validator import oas30_format_checker, oas31_format_checker

    from generator.lint.oas_formats import FORMATS_30, FORMATS_31

    old, new = (
        (oas30_format_checker, FORMATS_30)
        if version == "3.0"
        else (oas31_format_checker, FORMATS_31)
    )
    differ = []
    for name in sorted(old.checkers):
        for sample in FORMAT_SAMPLES:
            check = new.get(name)
            try:
                expected = old.conforms(sample, name)
            except UnicodeEncodeError:  # its byte check crashed on non-ASCII text
                expected = False
            if (check(sample) if check else True) != expected:
                differ.append((name, sample))
    assert differ == []
