"""Test tables for component, tag, server and security rules."""

from __future__ import annotations

import pytest

from tests.lint.conftest import RunRule

CASES = [
    (
        "unused-component",
        """
        paths:
          /a:
            get:
              parameters: [{$ref: '#/components/parameters/P'}]
              responses:
                '200': {$ref: '#/components/responses/R'}
        components:
          schemas:
            Used: {type: string}
            Unused: {type: string}
            Deep: {type: object, properties: {x: {type: string}}}
          parameters:
            P: {name: p, in: query, schema: {$ref: '#/components/schemas/Used'}}
          responses:
            R:
              description: r
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Deep/properties/x'}
          securitySchemes:
            key: {type: apiKey, name: k, in: header}
        """,
        ["/components/schemas/Unused"],
    ),
    (
        "ref-siblings",
        """
        components:
          schemas:
            A: {type: string}
            B:
              $ref: '#/components/schemas/A'
              description: ignored
              x-note: fine
            C: {$ref: '#/components/schemas/A', x-only: extension}
        """,
        ["/components/schemas/B/description"],
    ),
    (
        "ref-siblings",
        """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        components:
          schemas:
            A: {type: string}
            B: {$ref: '#/components/schemas/A', description: allowed in 3.1}
        """,
        [],
    ),
    (
        "ref-kind",
        """
        paths:
          /a:
            get:
              parameters:
                - $ref: '#/components/schemas/S'
                - $ref: '#/components/parameters/P'
                - $ref: '#/paths/~1b/get/parameters/0'
              responses:
                '200': {$ref: '#/components/requestBodies/B'}
                '201': {$ref: '#/components/responses/R'}
          /b:
            get:
              parameters: [{name: q, in: query, schema: {$ref: '#/components/schemas/S'}}]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/responses/R'}
                      example: {$ref: '#/components/responses/R'}
        components:
          schemas:
            S: {type: string, x-lib: {$ref: '#/components/parameters/P'}}
            T: {$ref: '#/x-library/T'}
          parameters:
            P: {name: p, in: query, schema: {$ref: '#/components/schemas/S'}}
          requestBodies:
            B: {content: {application/json: {schema: {$ref: '#/components/schemas/S'}}}}
          responses:
            R: {description: r}
        x-library:
          T: {type: string}
        """,
        [
            "/paths/~1a/get/parameters/0/$ref",
            "/paths/~1a/get/responses/200/$ref",
            "/paths/~1b/get/responses/200/content/application~1json/schema/$ref",
        ],
    ),
    (
        "duplicate-tag",
        "tags: [{name: a}, {name: b}, {name: a}]\n",
        ["/tags/2/name"],
    ),
    (
        "tags-defined",
        """
        tags: [{name: a}]
        paths:
          /x: {get: {tags: [a, b], responses: {}}}
        """,
        ["/paths/~1x/get/tags/1"],
    ),
    ("tag-description", "tags: [{name: a}, {name: b, description: B}]\n", ["/tags/0"]),
    ("servers-defined", "paths: {}\n", [""]),
    ("servers-defined", "servers: [{url: /api}]\n", []),
    (
        "server-url-valid",
        "servers: [{url: 'https://x.io/'}, {url: 'x.io'}, {url: '/v1'}, {url: 'https://a.b/c?d'}]\n",
        ["/servers/0/url", "/servers/1/url", "/servers/3/url"],
    ),
    ("server-url-valid", "servers: [{url: '{scheme}://{host}/v1'}]\n", []),
    (
        "server-variables-defined",
        """
        servers:
          - url: https://{region}.x.io/{version}
            variables:
              region: {default: eu, enum: [us, ap]}
              spare: {default: x}
        """,
        ["/servers/0/url", "/servers/0/variables/region/default", "/servers/0/variables/spare"],
    ),
    (
        "security-defined",
        """
        security: [{key: []}, {missing: []}, {oauth: [read, write]}]
        paths:
          /a: {get: {security: [{other: []}], responses: {}}}
        components:
          securitySchemes:
            key: {type: apiKey, name: k, in: header}
            oauth:
              type: oauth2
              flows:
                implicit: {authorizationUrl: 'https://a.io', scopes: {read: r}}
        """,
        ["/paths/~1a/get/security/0/other", "/security/1/missing", "/security/2/oauth/1"],
    ),
]


@pytest.mark.parametrize(("rule_id", "body", "pointers"), CASES)
def test_component_rules(run_rule: RunRule, rule_id: str, body: str, pointers: list[str]) -> None:
    assert [p for p, _ in run_rule(rule_id, body)] == pointers
