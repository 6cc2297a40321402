"""Lint configuration: pyproject table, --config file, severities, ignores."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, Location, Severity
from generator.lint.config import find_config
from generator.lint.engine import apply_config
from generator.settings.project import ConfigError

PYPROJECT = """
[project]
name = "x"

[tool.apismith.lint]
fail-severity = "warning"
disable = ["operation-description"]

[tool.apismith.lint.rules]
operation-tags = "error"
tag-description = "off"

[[tool.apismith.lint.ignore]]
file = "specs/legacy/*.yaml"
pointer = "/paths/~1old"

[[tool.apismith.lint.ignore]]
pointer = "/components/schemas/Legacy"
rules = ["unused-component"]
"""


def diag(code: str, file: str = "specs/api.yaml", pointer: str = "/paths/~1a") -> Diagnostic:
    return Diagnostic(code, Severity.WARNING, "m", Location(file, pointer, 1, 1))


def test_pyproject_table_is_found_from_a_subdirectory(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    config = find_config(None, tmp_path / "sub")
    assert config.fail_severity is Severity.WARNING
    kept = apply_config(
        [
            diag("operation-description"),
            diag("tag-description"),
            diag("operation-tags"),
            diag("operation-summary", "specs/legacy/v1.yaml", "/paths/~1old/get"),
            diag("operation-summary", "specs/legacy/v1.yaml", "/paths/~1older/get"),
            diag("unused-component", pointer="/components/schemas/Legacy"),
            diag("unused-component", pointer="/components/schemas/LegacyToo"),
            diag("operation-summary", pointer="/components/schemas/Legacy"),
        ],
        config,
    )
    assert [(d.code, d.severity, d.pointer) for d in kept] == [
        ("operation-tags", Severity.ERROR, "/paths/~1a"),
        ("operation-summary", Severity.WARNING, "/paths/~1older/get"),
        ("unused-component", Severity.WARNING, "/components/schemas/LegacyToo"),
        ("operation-summary", Severity.WARNING, "/components/schemas/Legacy"),
    ]


def test_config_file_with_top_level_keys(tmp_path: Path) -> None:
    path = tmp_path / "lint.toml"
    path.write_text('fail-severity = "info"\n[rules]\nservers-defined = "hint"\n', encoding="utf-8")
    config = find_config(str(path), tmp_path)
    assert config.fail_severity is Severity.INFO
    assert config.severity_for("servers-defined", Severity.WARNING) is Severity.HINT


def test_no_configuration_means_defaults(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    config = find_config(None, tmp_path)
    assert config.fail_severity is Severity.ERROR and config.severities == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[rules]\nno-such-rule = "error"\n', "unknown rule 'no-such-rule'"),
        ('fail-severity = "fatal"\n', "unknown severity 'fatal'"),
        ('colour = "red"\n', "unknown lint setting(s): colour"),
        ("[[ignore]]\nfile = 'x'\nwhere = 'y'\n", "each ignore takes"),
        ("rules = [", "invalid TOML"),
    ],
)
def test_bad_configuration_is_a_usage_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "lint.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        find_config(str(path), tmp_path)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the config file"):
        find_config(str(tmp_path / "nope.toml"), tmp_path)
