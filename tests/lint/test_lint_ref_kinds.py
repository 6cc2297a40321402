"""A $ref to the wrong kind of object: one located error in validate and in lint."""

from __future__ import annotations

import pytest

from generator.cli import lint as cli_lint
from generator.lint.config import LintConfig
from generator.lint.engine import lint_rules
from generator.load import load
from generator.validate import validate
from tests.lint.conftest import SPECS

OPENAPI_30 = [
    (
        8,
        "/paths/~1a/get/parameters/0/$ref",
        "'#/components/schemas/Name'",
        "a schema",
        "a parameter",
    ),
    (
        13,
        "/paths/~1a/get/responses/200/$ref",
        "'#/components/requestBodies/Note'",
        "a request body",
        "a response",
    ),
    (
        20,
        "/paths/~1a/get/responses/202/headers/X-Rate/$ref",
        "'#/components/parameters/Limit'",
        "a parameter",
        "a header",
    ),
    (
        24,
        "/paths/~1a/get/responses/202/content/application~1json/schema/$ref",
        "'#/paths/~1b/get/responses/200'",
        "a response",
        "a schema",
    ),
    (
        27,
        "/paths/~1a/get/responses/202/content/application~1json/examples/one/$ref",
        "'#/components/schemas/Name'",
        "a schema",
        "an example",
    ),
    (
        36,
        "/paths/~1b/get/requestBody/$ref",
        "'#/components/responses/Ok'",
        "a response",
        "a request body",
    ),
    (
        52,
        "/components/schemas/Note/properties/limit/$ref",
        "'#/components/parameters/Limit'",
        "a parameter",
        "a schema",
    ),
]
SWAGGER_20 = [
    (7, "/paths/~1a/post/parameters/0/$ref", "'#/definitions/Name'", "a schema", "a parameter"),
    (12, "/paths/~1a/post/parameters/2/schema/$ref", "'#/responses/Ok'", "a response", "a schema"),
    (15, "/paths/~1a/post/responses/200/$ref", "'#/parameters/Limit'", "a parameter", "a response"),
]
CASES = {"wrong-kind-refs.yaml": OPENAPI_30, "swagger/wrong-kind-refs.yaml": SWAGGER_20}


def expected(name: str) -> list[tuple[str, int, int, str, str]]:
    return [
        ("ref-kind", line, 0, pointer, f"$ref {ref} leads to {found}, but {wanted} belongs here")
        for line, pointer, ref, found, wanted in CASES[name]
    ]


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("command", ["validate", "lint"])
def test_each_wrong_kind_ref_is_one_located_error(name: str, command: str) -> None:
    document, loaded = load(SPECS / name)
    assert loaded == []
    if command == "validate" or document.upgraded_from:
        found = validate(document)  # lint runs validate's checks on Swagger 2.0
    else:
        found = lint_rules(document, LintConfig())
    refs = [d for d in found if d.code == "ref-kind"]
    assert [d.severity.name for d in refs] == ["ERROR"] * len(refs)
    got = sorted((d.code, d.location.line, 0, d.pointer, d.message) for d in refs)
    assert got == expected(name)
    assert all(d.location.col > 0 and d.location.file.endswith(name) for d in refs)


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("command", ["validate", "lint"])
def test_cli_reports_them_and_exits_1(
    capsys: pytest.CaptureFixture[str], name: str, command: str
) -> None:
    code = cli_lint.main([command, str(SPECS / name), "--format", "json"])
    out, err = capsys.readouterr()
    assert (code, err) == (1, "")
    assert out.count('"ref-kind"') == len(CASES[name])
    assert "Traceback" not in out
