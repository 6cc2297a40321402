"""Baselines: record today's findings, then fail only on new ones."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from generator.cli import lint as cli_lint
from generator.diagnostics import Diagnostic, Location, Severity
from generator.lint import baseline
from tests.lint.conftest import SPECS

DEFAULTS = str(Path(__file__).parent / "lint-defaults.toml")

NEW_OPERATION = """
  /other:
    get:
      responses:
        "200":
          description: ok
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_lint.main([*argv, "--config", DEFAULTS])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "api.yaml").write_text((SPECS / "operations.yaml").read_text())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_baselined_run_passes_and_a_new_finding_fails(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "lint", "api.yaml")
    assert code == 1
    assert run(capsys, "lint", "api.yaml", "--write-baseline", "base.json")[0] == 0
    code, out, err = run(capsys, "lint", "api.yaml", "--baseline", "base.json")
    assert code == 0, out
    assert out.strip() == "No problems found in 1 file."
    assert "left out" in err

    spec = workdir / "api.yaml"
    text = spec.read_text()
    spec.write_text(text.replace("paths:\n", "paths:" + NEW_OPERATION, 1))
    code, out, _ = run(
        capsys,
        "lint",
        "api.yaml",
        "--baseline",
        "base.json",
        "--format",
        "json",
        "--fail-severity",
        "info",
    )
    report = json.loads(out)
    assert {d["pointer"] for d in report["diagnostics"]} >= {"/paths/~1other/get"}
    assert all(d["pointer"].startswith("/paths/~1other") for d in report["diagnostics"])
    assert code == 1


def test_the_file_is_deterministic_sorted_json(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "lint", "api.yaml", "--write-baseline", "one.json")
    run(capsys, "lint", "api.yaml", "--write-baseline", "two.json")
    first = (workdir / "one.json").read_bytes()
    assert first == (workdir / "two.json").read_bytes()
    data = json.loads(first)
    assert data["apismith-baseline"] == 1
    for rules in data["findings"].values():
        assert list(rules) == sorted(rules)
        for pointers in rules.values():
            assert pointers == sorted(pointers)


def test_fixed_findings_are_counted_as_stale(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "lint", "api.yaml", "--write-baseline", "base.json")
    data = json.loads((workdir / "base.json").read_text())
    data["findings"]["api.yaml"]["operation-summary"] = ["/paths/~1gone/get"]
    (workdir / "base.json").write_text(json.dumps(data))
    _, _, err = run(capsys, "lint", "api.yaml", "--baseline", "base.json")
    assert "1 no longer found" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read the baseline"),
        ("{not json", "not JSON"),
        ('{"x": 1}', "not an apismith baseline"),
        ('{"apismith-baseline": 1, "findings": []}', "'findings' must map"),
        ('{"apismith-baseline": 1, "findings": {"a": {"r": [1]}}}', "pointer strings"),
    ],
)
def test_a_bad_baseline_is_a_one_line_usage_error(
    workdir: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    if content is not None:
        (workdir / "base.json").write_text(content)
    code, out, err = run(capsys, "lint", "api.yaml", "--baseline", "base.json")
    assert code == 2
    assert out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_no_baseline_is_written_when_a_spec_cannot_be_read(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "broken.yaml").write_text("openapi: 3.0.3\ninfo: [unclosed\n")
    code, _, err = run(capsys, "lint", "api.yaml", "broken.yaml", "--write-baseline", "b.json")
    assert code == 2
    assert not (workdir / "b.json").exists()
    assert "not written" in err


def test_load_errors_and_repeats_are_matched_one_for_one() -> None:
    def d(code: str, pointer: str) -> Diagnostic:
        return Diagnostic(code, Severity.ERROR, "m", Location("a.yaml", pointer, 1, 1))

    entries = Counter({("a.yaml", "rule", "/x"): 1, ("a.yaml", "load.ref", "/y"): 1})
    found = [d("rule", "/x"), d("rule", "/x"), d("load.ref", "/y")]
    result = baseline.apply(found, entries)
    assert result.kept == [d("rule", "/x"), d("load.ref", "/y")]  # one repeat is new
    assert (result.left_out, result.stale) == (1, 1)
    assert "load.ref" not in baseline.render(found)
