"""The regenerate gate: ``generate`` records the client's surface beside the manifest,
says what the next run changes, appends it to ``--changelog``; ``check --fail-on``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.output.surface import SURFACE_NAME
from tests.diff.pairs import S, edited


def _breaking(spec: S) -> None:
    del spec["paths"]["/pets/{petId}"]
    del spec["components"]["schemas"]["Pet"]["properties"]["tag"]


def _write(path: Path, spec: S) -> None:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


ARGS = ["-o", "out", "--package-name", "pets", "--no-docs"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "spec.yaml", edited(None))
    assert main(["generate", "spec.yaml", *ARGS, "--quiet"]) == 0
    return tmp_path


def test_generate_records_the_surface(project: Path) -> None:
    recorded = json.loads((project / "out" / SURFACE_NAME).read_text())
    assert sorted(recorded["apis"]["PetsApi"]["methods"]) == ["create_pet", "get_pet", "list_pets"]
    assert recorded["classes"]["Pet"]["fields"]["tag"][:3] == ["tag", "str", False]
    # the record names no spec file: a spec read from another path records the same bytes
    (project / "copy.yaml").write_bytes((project / "spec.yaml").read_bytes())
    again = ["-o", "again", "--package-name", "pets", "--no-docs", "--quiet"]
    assert main(["generate", "copy.yaml", *again]) == 0
    assert (project / "again" / SURFACE_NAME).read_bytes() == (
        project / "out" / SURFACE_NAME
    ).read_bytes()


def test_regenerate_summary_and_changelog(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(project / "spec.yaml", edited(_breaking))
    capsys.readouterr()
    assert main(["generate", "spec.yaml", *ARGS, "--changelog", "CHANGES.md"]) == 0
    out = capsys.readouterr().out.splitlines()
    start = next(i for i, line in enumerate(out) if "client changes since the last" in line)
    assert out[start:] == [
        "apismith: client changes since the last generate: 2 breaking, 0 warning(s), "
        "0 compatible (package needs a major bump)",
        "  breaking method-removed: PetsApi.get_pet: PetsApi.get_pet (GET /pets/{petId}) "
        "was removed",
        "  breaking model-field-removed: class Pet: Pet.tag was removed",
    ]
    changelog = (project / "CHANGES.md").read_text()
    assert "| Python (the generated client) | 2 | 0 | 0 |" in changelog
    assert "(`model-field-removed`)" in changelog
    capsys.readouterr()
    assert main(["generate", "spec.yaml", *ARGS, "--changelog", "CHANGES.md", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)  # nothing changed this time
    assert summary["client_changes"] == {"breaking": 0, "warning": 0, "info": 0}
    assert (project / "CHANGES.md").read_text() == changelog


def test_check_fails_on_a_breaking_spec_change(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "spec.yaml", *ARGS, "--fail-on", "breaking"]) == 0
    compatible = edited(lambda s: s["servers"].append({"url": "https://b.example.com"}))
    compatible["components"]["schemas"]["Pet"]["properties"]["color"] = {"type": "string"}
    _write(project / "spec.yaml", compatible)
    capsys.readouterr()
    # compatible for the client: the gate passes; the output is still stale
    assert main(["check", "spec.yaml", *ARGS, "--fail-on", "breaking"]) == 1
    out = capsys.readouterr().out
    assert "0 breaking, 0 warning(s), 1 compatible" in out
    assert "is breaking for the committed client" not in out
    _write(project / "spec.yaml", edited(_breaking))
    assert main(["check", "spec.yaml", *ARGS, "--fail-on", "breaking"]) == 1
    out = capsys.readouterr().out
    assert "2 breaking" in out and "the spec change is breaking for the committed client" in out
    (project / "out" / SURFACE_NAME).unlink()  # nothing recorded: nothing to compare
    assert main(["check", "spec.yaml", *ARGS, "--fail-on", "breaking"]) == 1
    assert "client changes" not in capsys.readouterr().out


UNREADABLE = [
    "{not json",
    "[]",
    '{"format": 99, "apis": {}, "classes": {}}',
    '{"format": 1, "apis": {"A": {"methods": {"m": {}}}}, "classes": {}}',
]


@pytest.mark.parametrize("recorded", UNREADABLE)
def test_an_unreadable_record_is_no_record(
    project: Path, capsys: pytest.CaptureFixture[str], recorded: str
) -> None:
    (project / "out" / SURFACE_NAME).write_text(recorded)
    _write(project / "spec.yaml", edited(_breaking))
    capsys.readouterr()
    assert main(["generate", "spec.yaml", *ARGS]) == 0
    assert "client changes" not in capsys.readouterr().out
    assert json.loads((project / "out" / SURFACE_NAME).read_text())["format"] == 1
