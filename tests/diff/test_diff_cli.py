"""``apismith diff``: formats, exit codes, configuration and git revisions."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from tests.diff.pairs import edited


def _write(folder: Path, name: str, spec: dict[str, object]) -> str:
    (folder / name).write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return name


def _remove_get_pet(spec: dict[str, object]) -> None:
    paths = spec["paths"]
    assert isinstance(paths, dict)
    del paths["/pets/{petId}"]


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """A breaking pair (an operation removed), in the working directory."""
    monkeypatch.chdir(tmp_path)
    return _write(tmp_path, "old.yaml", edited(None)), _write(
        tmp_path, "new.yaml", edited(_remove_get_pet)
    )


def test_text_separates_wire_and_python(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", *pair]) == 0
    out = capsys.readouterr().out
    wire, python = out.split("Python (the generated client)")
    assert "operation-removed: GET /pets/{petId} was removed" in wire
    assert "old.yaml:" in wire and "\x1b[" not in out  # not a terminal: no colour
    assert "method-removed: PetsApi.get_pet (GET /pets/{petId}) was removed" in python
    assert out.rstrip().endswith("Needed bump: API major, package major.")
    assert main(["diff", *pair, "--color", "always"]) == 0
    assert "\x1b[31mbreaking" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "code"),
    [([], 0), (["--fail-on", "breaking"], 1), (["--fail-on", "warning"], 1)],
)
def test_fail_on(pair: tuple[str, str], args: list[str], code: int) -> None:
    assert main(["diff", *pair, *args]) == code


def test_compatible_change_passes_the_gate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    new = edited(lambda s: s["servers"].append({"url": "https://b.example.com"}))
    new["info"]["version"] = "1.1.0"
    names = _write(tmp_path, "a.yaml", edited(None)), _write(tmp_path, "b.yaml", new)
    assert main(["diff", *names, "--fail-on", "warning", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in report["changes"]] == ["server-added"]
    verdict = {"api": {"needed": "minor", "made": "minor"}, "package": {"needed": "none"}}
    assert report["verdict"] == verdict


def test_formats(pair: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", *pair, "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["wire"]["breaking"] == 1
    removed = next(c for c in report["changes"] if c["id"] == "operation-removed")
    assert (removed["file"], removed["side"], removed["pointer"]) == (
        "old.yaml",
        "old",
        "/paths/~1pets~1{petId}/get",
    )
    assert removed["line"] > 0
    main(["diff", *pair, "--format", "markdown"])
    markdown = capsys.readouterr().out
    assert "### Breaking: wire (the http contract)" in markdown
    assert "- `GET /pets/{petId}`: GET /pets/{petId} was removed (`operation-removed`)" in markdown
    main(["diff", *pair, "--format", "github"])
    github = capsys.readouterr().out.splitlines()
    assert any(line.startswith("::error file=old.yaml,line=") for line in github)
    main(["diff", *pair, "--format", "junit", "--fail-on", "breaking"])
    root = ET.fromstring(capsys.readouterr().out)
    assert root.get("name") == "apismith diff" and int(root.get("failures") or 0) >= 2


def test_configuration(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.apismith.diff]\nfail-on = "breaking"\n'
        '[tool.apismith.diff.checks]\noperation-removed = "warning"\n'
        '[[tool.apismith.diff.ignore]]\nchecks = ["method-removed"]\nsubject = "PetsApi.*"\n'
        '[[tool.apismith.diff.ignore]]\npointer = "/info"\n'
    )
    assert main(["diff", *pair, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(c["id"], c["severity"]) for c in report["changes"]] == [
        ("operation-removed", "warning")
    ]
    assert main(["diff", *pair, "--fail-on", "warning"]) == 1
    (tmp_path / "pyproject.toml").write_text('[tool.apismith.diff.checks]\nno-such-check = "off"\n')
    capsys.readouterr()
    assert main(["diff", *pair]) == 2
    assert "unknown diff check 'no-such-check'" in capsys.readouterr().err


def test_git_revisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    env = ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    (tmp_path / "api").mkdir()

    def git(*args: str) -> None:
        subprocess.run(["git", *env, *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    _write(tmp_path / "api", "spec.yaml", edited(None))
    git("add", ".")
    git("commit", "-qm", "one")
    _write(tmp_path / "api", "spec.yaml", edited(_remove_get_pet))
    monkeypatch.chdir(tmp_path / "api")
    assert main(["diff", "git:HEAD:spec.yaml", "spec.yaml", "--fail-on", "breaking"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("apismith diff HEAD:spec.yaml (1.0.0) -> spec.yaml (1.0.0)")
    assert "HEAD:spec.yaml:" in out  # removed things point into the old revision
    assert main(["diff", "git:nope:spec.yaml", "spec.yaml"]) == 2
    assert capsys.readouterr().err.strip() == (
        "git:nope:spec.yaml: error load.git: no revision 'nope'"
    )


def test_unreadable_spec(pair: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", pair[0], "missing.yaml"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.yaml" in err


def test_dangling_ref(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = edited(
        lambda s: s["components"]["schemas"]["Pet"]["properties"]["tag"].update(
            {"$ref": "#/components/schemas/Nope"}
        )
    )
    broken = _write(tmp_path, "broken.yaml", spec)
    assert main(["diff", str(tmp_path / broken), str(tmp_path / broken)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "error load.ref: $ref '#/components/schemas/Nope'" in err[0]


def test_git_revision_of_a_multi_file_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The spec's folder at the revision is read: its $refs to sibling files resolve,
    and changes in them point into the file at that revision."""
    monkeypatch.chdir(tmp_path)
    env = ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    spec = edited(None)
    schemas = spec["components"].pop("schemas")
    text = yaml.safe_dump(spec, sort_keys=False).replace("#/components/schemas/", "schemas.yaml#/")
    (tmp_path / "spec.yaml").write_text(text)
    names = yaml.safe_dump(schemas, sort_keys=False).replace("#/components/schemas/", "#/")
    (tmp_path / "schemas.yaml").write_text(names)
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "one"]):
        subprocess.run(["git", *env, *args], cwd=tmp_path, check=True, capture_output=True)
    (tmp_path / "schemas.yaml").write_text(names.replace("maxLength: 50", "maxLength: 20"))
    assert main(["diff", "git:HEAD:spec.yaml", "spec.yaml", "--format", "json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    tightened = [c for c in changes if c["id"] == "request-constraint-tightened"]
    assert [(c["file"], c["pointer"]) for c in tightened] == [
        ("schemas.yaml", "/NewPet/properties/name/maxLength")
    ]
    assert main(["diff", "spec.yaml", "git:HEAD:spec.yaml", "--format", "json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    loosened = [c for c in changes if c["id"] == "request-constraint-loosened"]
    assert [c["file"] for c in loosened] == ["HEAD:schemas.yaml"]
    assert all(c["line"] > 0 for c in changes)


def test_tags_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With every tag's API class generated, a removed operation is gone from each."""
    monkeypatch.chdir(tmp_path)

    def two_tags(spec: dict[str, Any]) -> None:
        spec["paths"]["/pets/{petId}"]["get"]["tags"] = ["pets", "store"]

    def removed(spec: dict[str, Any]) -> None:
        two_tags(spec)
        spec["paths"]["/pets"]["get"]["tags"] = ["pets", "store"]
        del spec["paths"]["/pets/{petId}"]

    names = _write(tmp_path, "a.yaml", edited(two_tags)), _write(
        tmp_path, "b.yaml", edited(removed)
    )
    (tmp_path / "pyproject.toml").write_text('[tool.apismith]\ntags = "all"\n')
    report = tmp_path / "r.json"
    assert main(["diff", *names, "--format", "json", "-o", str(report)]) == 0
    python = [(c["id"], c["subject"]) for c in json.loads(report.read_text())["changes"]]
    python = [p for p in python if not p[1].startswith(("GET", "info"))]
    assert python == [
        ("method-removed", "PetsApi.get_pet"),
        ("method-removed", "StoreApi.get_pet"),
        ("method-added", "StoreApi.list_pets"),
    ]
    assert main(["diff", *names, "--tags", "first", "--format", "json", "-o", str(report)]) == 0
    python = [(c["id"], c["subject"]) for c in json.loads(report.read_text())["changes"]]
    assert ("method-removed", "PetsApi.get_pet") in python
    assert ("method-removed", "StoreApi.get_pet") not in python
