"""Every spec in the shared corpus loads without diagnostics (fragments are refused)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.load import Limits, load

SHARED = Path(__file__).resolve().parents[2] / "specs" / "corpus"
# The repo's own feature specs belong to other tests; only its Airbyte copy here.
REPO = Path(__file__).resolve().parents[2] / "specs" / "airbyte"
SPECS = sorted(
    path
    for root in (SHARED, REPO)
    if root.is_dir()
    for path in root.rglob("*")
    if path.suffix in (".yaml", ".yml", ".json")
)
# Files that are pieces of petstore-separate, not specs of their own.
FRAGMENTS = {"Error.yaml", "NewPet.yaml", "Pet.yaml", "parameters.yaml"}
# petstore-separate refers to ../common/Error.yaml, outside its spec/ directory.
OUTSIDE = {"swagger.yaml"}


def name(path: Path) -> str:
    return str(path.relative_to(SHARED if path.is_relative_to(SHARED) else REPO.parents[1]))


@pytest.mark.skipif(not SPECS, reason="no spec corpus here")
@pytest.mark.parametrize("path", SPECS, ids=name)
def test_corpus_spec_loads_cleanly(path: Path) -> None:
    if path.name in FRAGMENTS:
        with pytest.raises(SpecError) as info:
            load(path)
        assert info.value.diagnostic.code == "load.version"
        return
    limits = Limits(allow_outside_root=path.name in OUTSIDE)
    document, diagnostics = load(path, limits)
    assert [d.one_line() for d in diagnostics] == []
    assert document.version in ("3.0", "3.1")
    assert document.data["openapi"].startswith(document.version)
    assert document.locate("/info").line > 0
