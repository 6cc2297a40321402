"""``apismith validate`` / ``apismith lint`` end to end: files, directories, exit codes."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
from pathlib import Path

import pytest

from generator.cli import lint as cli_lint
from generator.lint.rules import ALL_RULES
from tests.lint.conftest import SPECS

DEFAULTS = str(Path(__file__).parent / "lint-defaults.toml")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_lint.main([*argv, "--config", DEFAULTS])
    out, err = capsys.readouterr()
    return code, out, err


def spec(name: str) -> str:
    return str(SPECS / name)


def test_clean_spec_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("lint", "validate"):
        code, out, err = run(capsys, command, spec("clean.yaml"))
        assert (code, err) == (0, "")
        assert out.strip() == "No problems found in 1 file."


def test_findings_at_fail_severity_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "lint", spec("operations.yaml"))[0] == 1
    assert run(capsys, "validate", spec("operations.yaml"))[0] == 1


def test_fail_severity_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    only_info = tmp_path / "info.yaml"
    text = (
        (SPECS / "clean.yaml")
        .read_text(encoding="utf-8")
        .replace("      description: Returns one pet.\n", "")
    )
    only_info.write_text(text, encoding="utf-8")
    assert run(capsys, "lint", str(only_info))[0] == 0
    assert run(capsys, "lint", str(only_info), "--fail-severity", "warning")[0] == 0
    assert run(capsys, "lint", str(only_info), "--fail-severity", "info")[0] == 1


def test_unreadable_file_exits_2_and_others_are_still_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = [spec("empty.yaml"), spec("operations.yaml"), spec("yaml-syntax.yaml")]
    code, out, err = run(capsys, "lint", *files, "--format", "json")
    assert code == 2
    shown = [os.path.relpath(f) for f in files]
    lines = err.splitlines()
    assert len(lines) == 2  # one line per unreadable file, no traceback
    assert lines[0] == f"{shown[0]}: error load.empty: the file is empty"
    assert lines[1].startswith(f"{shown[2]}:3:1: error load.yaml: YAML syntax error: ")
    rules = {d["rule"] for d in json.loads(out)["diagnostics"]}
    assert {"load.empty", "load.yaml", "operation-id-unique"} <= rules


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("missing-openapi.yaml", "missing-openapi.yaml:1:1: error load.version: not an OpenAPI"),
        ("does-not-exist.yaml", "does-not-exist.yaml: error load.unreadable: cannot read the file"),
    ],
)
def test_not_a_spec_is_one_line_without_traceback(
    capsys: pytest.CaptureFixture[str], name: str, expected: str
) -> None:
    code, _, err = run(capsys, "validate", spec(name))
    assert code == 2
    assert len(err.splitlines()) == 1 and expected in err and "Traceback" not in err


def test_directories_are_searched_for_specs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copy(SPECS / "clean.yaml", tmp_path / "a.yaml")
    (tmp_path / "sub").mkdir()
    shutil.copy(SPECS / "operations.yaml", tmp_path / "sub" / "b.yml")
    (tmp_path / "sub" / "c.json").write_text('{"openapi": "3.0.3", "info": {}}', encoding="utf-8")
    (tmp_path / "fragment.yaml").write_text("type: object\n", encoding="utf-8")
    (tmp_path / "package.json").write_text('{"dependencies": {"openapi": "1"}}', encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("docs:\n  openapi: 3.0.0\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    shutil.copy(SPECS / "clean.yaml", tmp_path / ".hidden" / "d.yaml")
    code, out, _ = run(capsys, "lint", str(tmp_path), "--format", "json")
    assert code == 1
    assert json.loads(out)["files"] == [
        os.path.relpath(tmp_path / "a.yaml"),
        os.path.relpath(tmp_path / "sub" / "b.yml"),
        os.path.relpath(tmp_path / "sub" / "c.json"),
    ]


def test_directory_without_specs_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "lint", str(tmp_path))
    assert code == 2
    assert "no OpenAPI documents found" in err


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "lint.sarif"
    code, out, err = run(
        capsys, "lint", spec("servers-security.yaml"), "--format", "sarif", "--output", str(target)
    )
    assert (code, out) == (1, "")
    assert err.startswith("apismith: 12 problems (6 errors, 5 warnings, 1 info, 0 hints) in 1")
    assert err.rstrip().endswith(f"Report: {target}")
    log = json.loads(target.read_text(encoding="utf-8"))
    assert len(log["runs"][0]["results"]) == 12


def test_bad_config_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[rules]\nnope = "off"\n', encoding="utf-8")
    code = cli_lint.main(["lint", spec("clean.yaml"), "--config", str(bad)])
    assert code == 2
    assert "unknown rule 'nope'" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_lint.main(["lint"]) == 2
    assert cli_lint.main(["lint", spec("clean.yaml"), "--format", "xml"]) == 2


def test_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_lint.main(["lint", "--help"]) == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out and "2  a file could not be read as a spec" in out


def test_register_plugs_into_a_parent_parser(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="apismith")
    cli_lint.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["validate", spec("clean.yaml"), "--config", DEFAULTS])
    assert args.handler(args) == 0


def test_deeply_nested_schemas_do_not_crash(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "lint", spec("deep.yaml"), "--format", "json")
    assert (code, err) == (1, "")
    found = json.loads(out)["diagnostics"]
    assert [d["rule"] for d in found if d["severity"] == "error"] == ["default-invalid"]
    assert found[-1]["pointer"].count("/properties/") == 100


def test_remote_refs_are_never_fetched(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lookups: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        lookups.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    code, out, _ = run(capsys, "lint", spec("remote-ref.yaml"), "--format", "json")
    assert code == 1 and lookups == []
    messages = [d["message"] for d in json.loads(out)["diagnostics"] if d["rule"] == "load.ref"]
    assert messages == [
        "$ref to a URL (https://example.invalid/b.json) is refused; "
        "pass --allow-remote-refs to allow it"
    ]


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_lint.main(["lint", "--list-rules"]) == 0
    lint_lines = capsys.readouterr().out.splitlines()
    assert len(lint_lines) == len(ALL_RULES)
    assert lint_lines[0].split()[:3] == ["default-invalid", "error", "validate+lint"]
    assert cli_lint.main(["validate", "--list-rules"]) == 0
    validate_lines = capsys.readouterr().out.splitlines()
    assert len(validate_lines) == sum(r.structural for r in ALL_RULES)
