"""generate reuses the previous run's layout of modules whose one-line render is the same,
and only then: an edited file, another layout or black are laid out (or formatted) again."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.output import reuse
from generator.output.inputs import INPUTS_NAME
from generator.settings.options import Options

SPEC = Path(__file__).resolve().parents[2] / "specs" / "bodies.yaml"


def _options(out: Path, **kwargs: object) -> Options:
    return Options(spec=SPEC, output=out, package_name="bodies_client", **kwargs)  # type: ignore[arg-type]


def _generate(out: Path, **kwargs: object) -> pipeline.Rendered:
    """A run whose inputs record is then removed: every file is rendered again by the
    next run (``output.inputs`` would take them all), so only the layout is reused."""
    options = _options(out, **kwargs)
    rendered = pipeline.render(options, reuse=True)
    pipeline.write(options, rendered)
    (out / INPUTS_NAME).unlink(missing_ok=True)
    return rendered


def test_unchanged_modules_are_reused_with_the_same_bytes(tmp_path: Path) -> None:
    first = _generate(tmp_path)
    assert first.reused == 0
    second = _generate(tmp_path)
    laid_out = [p for p in first.files if first.files[p] != first.raw_files[p]]
    assert laid_out, "the spec must have modules that need layout"
    assert second.reused > 0
    assert second.files == first.files
    fresh = pipeline.render(_options(tmp_path))  # no reuse: everything laid out again
    assert fresh.files == second.files and fresh.reused == 0
    assert pipeline.check(_options(tmp_path), fresh).ok


def test_an_edited_file_is_laid_out_again(tmp_path: Path) -> None:
    first = _generate(tmp_path)
    reusable = pipeline.render(_options(tmp_path), reuse=True).reused
    path = next(p for p in first.files if first.files[p] != first.raw_files[p])
    target = tmp_path / path
    target.write_text(target.read_text() + "# edited\n")
    second = pipeline.render(_options(tmp_path), reuse=True)
    assert second.files[path] == first.files[path]
    assert second.reused == reusable - 1


def test_nothing_is_reused_under_another_layout_or_with_black(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _generate(tmp_path)
    monkeypatch.setattr(pipeline, "layout_digest", lambda: "another-layout")
    assert pipeline.render(_options(tmp_path), reuse=True).reused == 0
    monkeypatch.undo()
    assert pipeline.render(_options(tmp_path, use_cache=False), reuse=True).reused == 0
    assert pipeline.render(_options(tmp_path, format="black"), reuse=True).reused == 0


def test_layout_digest_names_the_layout_code() -> None:
    digest = reuse.layout_digest()
    assert len(digest) == 16 and digest in pipeline.formatter_name(_options(Path("unused")))
