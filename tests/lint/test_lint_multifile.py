"""Schemas in other files are linted where they are, and examples validate across files."""

from __future__ import annotations

import json
import os

import pytest

from generator.cli import lint as cli_lint
from tests.lint.conftest import SPECS

DEFAULTS = str(SPECS.parent / "lint-defaults.toml")


def test_findings_in_a_referenced_file_point_into_that_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    api = SPECS / "multi" / "api.yaml"
    code = cli_lint.main(["lint", str(api), "--format", "json", "--config", DEFAULTS])
    result = json.loads(capsys.readouterr().out)
    found = [
        (os.path.basename(d["file"]), d["line"], d["rule"], d["pointer"])
        for d in result["diagnostics"]
    ]
    assert code == 1
    assert found == [
        (
            "api.yaml",
            23,
            "example-invalid",
            "/paths/~1pets/get/responses/200/content/application~1json/example",
        ),
        ("models.yaml", 3, "schema-required-undefined", "/Pet/required/1"),
        ("models.yaml", 7, "example-invalid", "/Pet/properties/id/example"),
        ("models.yaml", 10, "enum-duplicate", "/Pet/properties/kind/enum/1"),
        ("models.yaml", 13, "default-invalid", "/Pet/properties/nickname/default"),
        ("models.yaml", 20, "python-name-collision", "/Owner/properties/user_id"),
    ]
    assert result["files"] == [os.path.relpath(api)]
