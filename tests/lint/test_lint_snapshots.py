"""Snapshots of whole lint reports (text and SARIF), for our broken specs and real ones.

Update with ``pytest tests/lint --snapshot-update`` and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from pytest_snapshot.plugin import Snapshot  # type: ignore[import-untyped]

from generator.cli import lint as cli_lint
from tests.lint.conftest import SHARED_SPECS, SPECS

HERE = Path(__file__).parent
DEFAULTS = str(HERE / "lint-defaults.toml")
# deep.yaml is checked in test_lint_cli (its 200-character pointers would bloat snapshots).
OWN = sorted(p.name for p in SPECS.iterdir() if p.suffix == ".yaml" and p.name != "deep.yaml")
SHARED = [
    "oai/v2.0/petstore.yaml",
    "oai/v3.0/petstore.yaml",
    "oai/v3.0/uspto.yaml",
    "oai/v3.0/link-example.yaml",
    "oai/v3.1/webhook-example.yaml",
    "openapi-python-client/3.1_specific.openapi.yaml",
    "openapi-python-client/openapi_3.1_enums.yaml",
]
needs_shared = pytest.mark.skipif(
    not SHARED_SPECS.is_dir(), reason="shared/specs is not beside the repository"
)


def report(capsys: pytest.CaptureFixture[str], path: str, fmt: str) -> str:
    cli_lint.main(["lint", path, "--format", fmt, "--config", DEFAULTS])
    out = capsys.readouterr().out
    return re.sub(r'"semanticVersion": "[^"]*"', '"semanticVersion": "X"', out)


@pytest.fixture(autouse=True)
def _in_test_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)  # file names in reports are relative to here


@pytest.mark.parametrize("name", OWN)
def test_own_specs(capsys: pytest.CaptureFixture[str], snapshot: Snapshot, name: str) -> None:
    snapshot.snapshot_dir = HERE / "snapshots" / "own"
    snapshot.assert_match(report(capsys, f"specs/{name}", "text"), f"{name}.txt")
    snapshot.assert_match(report(capsys, f"specs/{name}", "sarif"), f"{name}.sarif")


@needs_shared
@pytest.mark.parametrize("name", SHARED)
def test_shared_specs(capsys: pytest.CaptureFixture[str], snapshot: Snapshot, name: str) -> None:
    path = os.path.relpath(SHARED_SPECS / name)
    snapshot.snapshot_dir = HERE / "snapshots" / "shared"
    flat = name.replace("/", "__")
    snapshot.assert_match(report(capsys, path, "text"), f"{flat}.txt")
    snapshot.assert_match(report(capsys, path, "sarif"), f"{flat}.sarif")


@needs_shared
def test_every_shared_spec_lints_without_a_crash(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_lint.main(
        ["lint", os.path.relpath(SHARED_SPECS), "--format", "json", "--config", DEFAULTS]
    )
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    result = json.loads(out)
    assert len(result["files"]) >= 20
    assert not [d for d in result["diagnostics"] if d["rule"] in ("internal", "load.internal")]
    assert code == 1  # every file is readable; some have errors
