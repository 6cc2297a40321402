"""``check``'s fast path: a recorded run answers only while spec, code and output match."""

from __future__ import annotations

import importlib.metadata
import shutil
from pathlib import Path

import jinja2
import pytest
import yaml

from generator.cli import main
from generator.output import record as fingerprint

RECORDED = "recorded run"
MAIN = """\
openapi: 3.0.3
info: {title: Pets, version: "1"}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: a pet
          content:
            application/json:
              schema: {$ref: "models.yaml#/Pet"}
"""
MODELS = """\
Pet:
  type: object
  required: [name]
  properties:
    name: {type: string}
"""


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APISMITH_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """A two-file spec (a relative $ref) that tests may edit."""
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "models.yaml").write_text(MODELS)
    (spec_dir / "main.yaml").write_text(MAIN)
    return spec_dir / "main.yaml", tmp_path / "out"


def _check(spec: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code = main(["check", str(spec), "-o", str(out), *extra])
    text = capsys.readouterr().out
    return f"{code} {text}"


def test_generate_records_and_check_answers_from_the_record(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    assert main(["generate", str(spec), "-o", str(out), "--quiet"]) == 0
    assert (out / fingerprint.RECORD_NAME).is_file()
    result = _check(spec, out, capsys)
    assert result.startswith("0 ") and RECORDED in result
    # --full and --no-cache always re-render, and agree.
    for flag in ("--full", "--no-cache"):
        result = _check(spec, out, capsys, flag)
        assert result.startswith("0 ") and RECORDED not in result


def test_the_record_in_the_output_holds_in_another_clone(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    assert main(["generate", str(spec), "-o", str(out), "--quiet"]) == 0
    clone = tmp_path / "clone"
    shutil.copytree(spec.parent, clone / "spec")
    shutil.copytree(out, clone / "out")
    shutil.rmtree(fingerprint.cache_directory(), ignore_errors=True)
    result = _check(clone / "spec" / spec.name, clone / "out", capsys)
    assert result.startswith("0 ") and RECORDED in result


def test_edit_of_a_referenced_spec_file_is_not_answered_from_the_record(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    assert main(["generate", str(spec), "-o", str(out), "--quiet"]) == 0
    models = spec.parent / "models.yaml"
    models.write_text(models.read_text().replace("name: {", "nickname: {"))
    result = _check(spec, out, capsys)
    assert result.startswith("1 ") and "stale" in result and RECORDED not in result


def test_hand_edit_and_deleted_file_fall_back_to_the_full_check(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    assert main(["generate", str(spec), "-o", str(out), "--quiet"]) == 0
    model = next(out.rglob("models/pet.py"))
    model.write_text(model.read_text() + "# edited\n")
    result = _check(spec, out, capsys)
    assert result.startswith("1 ") and "edited by hand" in result
    assert main(["generate", str(spec), "-o", str(out), "--quiet"]) == 0
    model.unlink()
    result = _check(spec, out, capsys)
    assert result.startswith("1 ") and "added" in result


def test_a_full_check_that_passes_records_the_run(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    assert main(["generate", str(spec), "-o", str(out), "--quiet"]) == 0
    (out / fingerprint.RECORD_NAME).unlink()
    assert RECORDED not in _check(spec, out, capsys)
    assert not (out / fingerprint.RECORD_NAME).exists()  # check never writes the output
    assert RECORDED in _check(spec, out, capsys)  # from the cache


def test_options_and_templates_are_part_of_the_record(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    assert main(["generate", str(spec), "-o", str(out), "--quiet"]) == 0
    result = _check(spec, out, capsys, "--no-docs")
    assert result.startswith("1 ") and RECORDED not in result
    templates = tmp_path / "templates"
    templates.mkdir()
    args = ["--templates", str(templates)]
    assert main(["generate", str(spec), "-o", str(out), "--quiet", *args]) == 0
    assert RECORDED in _check(spec, out, capsys, *args)
    (templates / "unused.jinja").write_text("a template that changes the code digest\n")
    assert RECORDED not in _check(spec, out, capsys, *args)


def test_damaged_record_or_manifest_is_a_miss(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = project
    assert main(["generate", str(spec), "-o", str(out), "--quiet"]) == 0
    (out / fingerprint.RECORD_NAME).write_text("{not json")
    assert _check(spec, out, capsys).startswith("0 ")  # full check, then recorded in the cache
    for record in fingerprint.cache_directory().glob("*.json"):
        record.write_text("{not json")
    result = _check(spec, out, capsys)
    assert result.startswith("0 ") and RECORDED not in result
    manifest = out / ".apismith-manifest.json"
    manifest.write_text(manifest.read_text().replace('"sha256"', '"sha256" ', 1))
    result = _check(spec, out, capsys)
    assert RECORDED not in result


def test_code_digest_covers_our_templates_and_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = fingerprint.code_digest(None)
    assert fingerprint.code_digest(None) == base
    monkeypatch.setattr(fingerprint, "_OUTPUT_LIBRARIES", ("jinja2",))
    assert fingerprint.code_digest(None) != base


def test_code_digest_reads_every_stage_of_the_generator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change to parse or render (not only to the output edge the record lives in)
    changes the digest, so a recorded run is never trusted for other code."""
    import shutil

    copy = tmp_path / "generator"
    shutil.copytree(fingerprint.code_root(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert (copy / "parse").is_dir() and (copy / "render").is_dir()
    monkeypatch.setattr(fingerprint, "code_root", lambda: copy)
    base = fingerprint.code_digest(None)
    for stage in ("parse", "render"):
        module = next((copy / stage).glob("*.py"))
        module.write_text(module.read_text() + "\n# changed\n")
        changed = fingerprint.code_digest(None)
        assert changed != base, stage
        base = changed


def test_run_key_holds_major_versions_and_the_formatter_only_when_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A patch release of jinja2, pyyaml or black must not dirty a committed record."""

    def release(jinja: str, pyyaml: str) -> None:
        monkeypatch.setattr(jinja2, "__version__", jinja)
        monkeypatch.setattr(yaml, "__version__", pyyaml)

    release("3.1.6", "6.0.4")
    spec, out = tmp_path / "spec.yaml", tmp_path / "out"

    def key(formatter: str | None = None) -> str:
        return fingerprint.run_key(spec, out, {"docs": True}, None, formatter=formatter)

    base = key()
    assert fingerprint.run_key(spec, out, {"docs": True}, None) == base
    release("3.1.7", "6.0.5")
    assert key() == base  # patch releases
    release("3.2.0", "6.1.0")
    assert key() == base  # minor releases (black is never in the key without --format black)
    release("3.1.6", "7.0.0")
    assert key() != base  # pyyaml's major release may change how specs parse
    release("4.0.0", "6.0.4")
    assert key() != base  # jinja2's major release may change how templates render
    release("3.1.6", "6.0.4")
    assert key() == base
    # A release without __version__ is asked through its distribution's metadata.
    monkeypatch.delattr(yaml, "__version__")
    installed = importlib.metadata.version
    monkeypatch.setattr(
        importlib.metadata, "version", lambda n: "6.0.4" if n == "pyyaml" else installed(n)
    )
    assert key() == base
    black_key = key(formatter="black 26.10.1 line-length=100")
    assert black_key != base
    assert key(formatter="black 26.10.1 line-length=100") == black_key
    assert key(formatter="black 26.10.2 line-length=100") != black_key
