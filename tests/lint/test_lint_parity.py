"""Agreement with openapi-spec-validator, and Swagger 2.0 structural validation."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from generator.cli import lint as cli_lint
from generator.load import load
from generator.validate import validate
from tests.lint.conftest import SPECS

# Each kind of finding openapi-spec-validator reports, and the located code we give it.
EXPECTED = {
    "clean.yaml": set(),
    "openapi31.yaml": set(),
    "operations.yaml": {"structure", "operation-id-unique", "duplicate-parameter"},
    "paths.yaml": {"structure", "path-params"},
    "schemas.yaml": {"default-invalid", "enum-duplicate"},
    "servers-security.yaml": {"duplicate-tag"},
    "structure.yaml": {"structure"},
    "deep.yaml": {"default-invalid"},
}


def osv_errors(data: Any, version: str) -> list[str]:
    validator = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [str(e).split("\n")[0] for e in validator(data).iter_errors()]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_we_find_what_openapi_spec_validator_finds(name: str) -> None:
    document, loaded = load(SPECS / name)
    ours = {d.code for d in loaded + validate(document)}
    assert ours == EXPECTED[name]
    assert bool(osv_errors(document.data, document.version)) == bool(EXPECTED[name])


def test_swagger_2_gets_structural_validation(capsys: pytest.CaptureFixture[str]) -> None:
    # The loader upgrades Swagger 2.0 to 3.0 in place; the *original* document
    # is what gets validated and located.
    code = cli_lint.main(["lint", str(SPECS / "swagger" / "broken.yaml"), "--format", "github"])
    out = capsys.readouterr().out
    assert code == 1
    lines = [line.split(",", 1)[1] for line in out.splitlines()]
    assert lines == [
        "line=1,col=1,title=lint.swagger2::Swagger 2.0 gets structural validation only; "
        "lint rules read OpenAPI 3.x",
        "line=2,col=1,title=structure::missing required field: 'version' (#/info)",
        "line=9,col=9,title=structure::missing required field: 'description' "
        "(#/paths/~1pets/get/responses/200)",
    ]
