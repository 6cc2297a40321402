"""Whole generated trees (client and docs) for the feature-named specs, pinned.

Refresh with ``pytest tests/snapshots --snapshot-update`` and review the diff.
The runtime modules copied verbatim into each package are not pinned here (they
would repeat eleven times); instead they must equal ``generator/runtime/``.

The pinned tree is the rendered one, exactly what a default ``apismith generate``
writes (black does not run); black is the proof of its layout: every Python file and
every ``python`` block of the docs, in both doc styles, is what black makes of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_snapshot.plugin import Snapshot  # type: ignore[import-untyped]

from generator.output.format import FormatError
from generator.pipeline import DOC_STYLES
from tests.black_proof import assert_black_clean

from .feature_specs import (
    FEATURE_SPECS,
    KNOWN_BROKEN,
    diagnostics_text,
    package_name,
    rendered_spec,
    runtime_files,
)

HERE = Path(__file__).resolve().parent


def _params() -> list[Any]:
    out: list[Any] = []
    for spec in FEATURE_SPECS:
        marks = []
        if spec in KNOWN_BROKEN:
            marks.append(
                pytest.mark.xfail(reason=KNOWN_BROKEN[spec], raises=FormatError, strict=True)
            )
        out.append(pytest.param(spec, marks=marks, id=spec))
    return out


def _nested(files: dict[str, str]) -> dict[str, Any]:
    """``{"a/b.py": text}`` -> ``{"a": {"b.py": text}}`` for ``assert_match_dir``."""
    root: dict[str, Any] = {}
    for path, text in files.items():
        *dirs, name = path.split("/")
        node = root
        for part in dirs:
            node = node.setdefault(part, {})
        node[name] = text
    return root


@pytest.mark.parametrize("spec", _params())
def test_generated_tree(spec: str, snapshot: Snapshot) -> None:
    files = dict(rendered_spec(spec).files)
    runtime = runtime_files()
    pkg = package_name(spec)
    copied = {name: files.pop(f"{pkg}/{name}", None) for name in runtime}
    assert copied == runtime, "runtime modules must be copied verbatim"
    assert f"{pkg}/__init__.py" in files
    assert "README.md" in files
    snapshot.snapshot_dir = HERE / spec
    snapshot.assert_match_dir(_nested(files), "tree")


@pytest.mark.parametrize("style", DOC_STYLES)
@pytest.mark.parametrize("spec", FEATURE_SPECS)
def test_generated_tree_is_black_clean(spec: str, style: str) -> None:
    if spec in KNOWN_BROKEN:
        pytest.xfail(KNOWN_BROKEN[spec])
    assert_black_clean(rendered_spec(spec, style).files, f"{spec} ({style} docs)")


@pytest.mark.parametrize("spec", FEATURE_SPECS)
def test_diagnostics(spec: str, snapshot: Snapshot) -> None:
    snapshot.snapshot_dir = HERE / spec
    snapshot.assert_match(diagnostics_text(rendered_spec(spec)), "diagnostics.txt")
