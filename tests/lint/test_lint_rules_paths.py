"""Test tables for the path rules."""

from __future__ import annotations

import pytest

from tests.lint.conftest import RunRule


def paths(*entries: str) -> str:
    """A paths object; each entry is 'PATH' or 'PATH|param,param' (path params declared)."""
    lines = ["paths:"]
    for entry in entries:
        path, _, params = entry.partition("|")
        lines += [f"  '{path}':", "    get:", "      responses: {'200': {description: ok}}"]
        if params:
            lines.append("      parameters:")
            for name in params.split(","):
                lines.append(f"        - {{name: {name}, in: path, required: true}}")
    return "\n".join(lines) + "\n"


CASES = [
    ("path-params", paths("/a/{id}|id"), []),
    ("path-params", paths("/a/{id}"), ["/paths/~1a~1{id}/get"]),
    ("path-params", paths("/a|id"), ["/paths/~1a/get/parameters/0"]),
    (
        "path-params",
        """
        paths:
          /a/{id}:
            parameters:
              - {name: id, in: path, required: true}
            get: {responses: {}}
            put:
              parameters:
                - {name: id, in: path}
              responses: {}
        """,
        ["/paths/~1a~1{id}/put/parameters/0"],
    ),
    ("path-empty-declaration", paths("/a/{}"), ["/paths/~1a~1{}"]),
    ("path-empty-declaration", paths("/a/{b}|b"), []),
    ("path-query-string", paths("/a?b=1"), ["/paths/~1a?b=1"]),
    ("path-query-string", paths("/a"), []),
    ("path-trailing-slash", paths("/a/", "/"), ["/paths/~1a~1"]),
    ("path-identical", paths("/a/{x}|x", "/a/{y}|y"), ["/paths/~1a~1{y}"]),
    ("path-identical", paths("/a/{x}|x", "/a/b"), []),
    ("path-ambiguous", paths("/a/{x}|x", "/{y}/b|y"), ["/paths/~1{y}~1b"]),
    ("path-ambiguous", paths("/a/{x}|x", "/a/b", "/{y}/{z}|y,z"), []),
    ("path-ambiguous", paths("/a/{x}/c|x", "/{y}/b/c|y", "/a/b/d"), ["/paths/~1{y}~1b~1c"]),
]


@pytest.mark.parametrize(("rule_id", "body", "pointers"), CASES)
def test_path_rules(run_rule: RunRule, rule_id: str, body: str, pointers: list[str]) -> None:
    assert [p for p, _ in run_rule(rule_id, body)] == pointers


def test_path_params_says_which_variable(run_rule: RunRule) -> None:
    [(_, message)] = run_rule("path-params", paths("/a/{id}"))
    assert message == "GET /a/{id}: path variable {id} has no path parameter"
