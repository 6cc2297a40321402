"""The Airbyte history as snapshots of the JSON report, and ``diff A A`` is empty for
every spec of the shared corpus."""

from __future__ import annotations

import functools
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_snapshot.plugin import Snapshot  # type: ignore[import-untyped]

from generator.diff import DiffReport, diff_documents
from generator.diff.formats import json_report
from generator.ir.model import Api
from generator.load import Document, load
from generator.parse import parse
from generator.settings.limits import Limits
from tests.e2e.corpus import CORPUS, OUTSIDE_REFS, corpus_specs

REPO = Path(__file__).resolve().parents[2]
HISTORY = sorted((CORPUS / "airbyte").glob("config-*.yaml"))
PAIRS = list(itertools.pairwise(HISTORY))


@pytest.fixture(autouse=True, scope="module")
def _at_repo_root() -> Iterator[None]:
    """Reports name files relative to the working directory, as the command does."""
    before = os.getcwd()
    os.chdir(REPO)
    try:
        yield
    finally:
        os.chdir(before)


@functools.cache
def _loaded(path: Path) -> tuple[Document, Api]:
    limits = Limits(allow_outside_root=path.name in OUTSIDE_REFS)
    document, _ = load(path.relative_to(REPO), limits)
    return document, parse(document, package_name="client")[0]


def _diff(old: Path, new: Path, *, fresh: bool = False) -> DiffReport:
    (a, a_api), (b, b_api) = _loaded(old), _loaded(new)
    if fresh:  # a second, independent load: nothing shared by identity
        _loaded.cache_clear()
        b, b_api = _loaded(new)
    return diff_documents(a, b, a_api, b_api)


def test_the_history_is_there() -> None:
    assert len(PAIRS) == 5


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=lambda p: p.stem.split("-", 1)[1][:10])
def test_airbyte_pairs(snapshot: Snapshot, old: Path, new: Path) -> None:
    report = _diff(old, new)
    document = json.loads(json_report(report, None))
    del document["tool"]  # the version moves with every release
    snapshot.snapshot_dir = Path(__file__).parent / "snapshots"
    name = f"{old.stem.split('-', 1)[1][:10]}_to_{new.stem.split('-', 1)[1][:10]}.json"
    snapshot.assert_match(json.dumps(document, indent=1, ensure_ascii=False) + "\n", name)
    # a maintainer can act on it: every change located in the file it concerns
    for change in report.changes:
        assert change.location.file == str((old if change.side == "old" else new).relative_to(REPO))
        assert change.location.line > 0


@pytest.mark.parametrize("path", corpus_specs(), ids=lambda p: str(p.relative_to(CORPUS)))
def test_a_spec_against_itself_is_unchanged(path: Path) -> None:
    report = _diff(path, path, fresh=True)
    assert report.changes == ()
    assert (report.api_bump, report.package_bump) == ("none", "none")
