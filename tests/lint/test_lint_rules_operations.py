"""Test tables for the operation rules: (spec body, expected pointers)."""

from __future__ import annotations

import pytest

from tests.lint.conftest import RunRule

OPS = """
paths:
  /a:
    get:
      operationId: getA
      summary: Get A
      description: Gets A.
      tags: [a]
      responses:
        "200": {description: ok}
        "404": {description: none}
    post:
      {post}
"""


def ops(post: str) -> str:
    return OPS.replace("{post}", post)


CASES = [
    ("operation-id-present", ops("responses: {'200': {description: ok}}"), ["/paths/~1a/post"]),
    ("operation-id-present", ops("operationId: x\n      responses: {}"), []),
    (
        "operation-id-unique",
        ops("operationId: getA\n      responses: {}"),
        ["/paths/~1a/post/operationId"],
    ),
    ("operation-id-unique", ops("operationId: postA\n      responses: {}"), []),
    (
        "operation-id-url-safe",
        ops("operationId: 'post a/b'\n      responses: {}"),
        ["/paths/~1a/post/operationId"],
    ),
    ("operation-id-url-safe", ops("operationId: post-a.b_c~d\n      responses: {}"), []),
    (
        "operation-2xx-response",
        ops("responses: {'404': {description: x}}"),
        ["/paths/~1a/post/responses"],
    ),
    ("operation-2xx-response", ops("responses: {'2XX': {description: x}}"), []),
    ("operation-2xx-response", ops("summary: no responses"), ["/paths/~1a/post"]),
    (
        "operation-4xx-response",
        ops("responses: {'200': {description: x}}"),
        ["/paths/~1a/post/responses"],
    ),
    ("operation-4xx-response", ops("responses: {'4XX': {description: x}}"), []),
    ("operation-summary", ops("summary: '  '\n      responses: {}"), ["/paths/~1a/post"]),
    ("operation-summary", ops("summary: Post A\n      responses: {}"), []),
    ("operation-description", ops("responses: {}"), ["/paths/~1a/post"]),
    ("operation-description", ops("description: Posts.\n      responses: {}"), []),
    ("operation-tags", ops("tags: []\n      responses: {}"), ["/paths/~1a/post"]),
    ("operation-tags", ops("tags: [a]\n      responses: {}"), []),
    (
        "duplicate-parameter",
        ops(
            "parameters:\n        - {name: q, in: query}\n        - {name: q, in: query}\n"
            "        - {name: q, in: header}\n      responses: {}"
        ),
        ["/paths/~1a/post/parameters/1"],
    ),
    (
        "duplicate-parameter",
        """
        paths:
          /a:
            parameters:
              - {name: q, in: query}
            get:
              parameters:
                - {name: q, in: query}
              responses: {}
        """,
        [],
    ),
]


@pytest.mark.parametrize(("rule_id", "body", "pointers"), CASES)
def test_operation_rules(run_rule: RunRule, rule_id: str, body: str, pointers: list[str]) -> None:
    assert [p for p, _ in run_rule(rule_id, body)] == pointers


def test_duplicate_operation_id_names_the_first_use(run_rule: RunRule) -> None:
    [(_, message)] = run_rule("operation-id-unique", ops("operationId: getA\n      responses: {}"))
    assert message == "operationId 'getA' is already used at #/paths/~1a/get"
