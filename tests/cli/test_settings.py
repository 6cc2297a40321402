"""One reader of ``[tool.apismith]`` and one ``ConfigError`` for generate and lint."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.lint.config import find_config
from generator.settings.project import ConfigError, load_config


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tool.apismith\n", "invalid TOML"),
        ("tool = 3\n", "[tool] must be a table"),
        ("[tool]\napismith = 3\n", "[tool.apismith] must be a table"),
    ],
)
def test_generate_and_lint_read_pyproject_alike(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text)
    with pytest.raises(ConfigError) as from_generate:
        load_config(start=tmp_path)
    with pytest.raises(ConfigError) as from_lint:
        find_config(None, tmp_path)
    assert message in str(from_generate.value)
    assert str(from_generate.value) == str(from_lint.value)


def test_missing_config_file_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.toml"
    assert main(["generate", "spec.yaml", "-o", "out", "--config", str(missing)]) == 2
    generate_err = capsys.readouterr().err
    assert main(["lint", "spec.yaml", "--config", str(missing)]) == 2
    lint_err = capsys.readouterr().err
    reason = f"{missing}: cannot read the config file: No such file or directory"
    assert generate_err == f"apismith: {reason}\n"
    assert lint_err == f"apismith: error: {reason}\n"


def test_lint_table_sits_next_to_the_generate_keys(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.apismith]\nspec = "api.yaml"\n[tool.apismith.lint]\nfail-severity = "warning"\n'
    )
    assert load_config(start=tmp_path).get("spec") == tmp_path / "api.yaml"
    assert find_config(None, tmp_path).fail_severity.name == "WARNING"
