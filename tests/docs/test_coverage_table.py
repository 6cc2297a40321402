"""docs/coverage.md is exactly what tools/coverage_table.py prints today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_coverage_table_is_current() -> None:
    spec = importlib.util.spec_from_file_location(
        "coverage_table", REPO / "tools" / "coverage_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (REPO / "docs" / "coverage.md").read_text(encoding="utf-8")
    assert (
        committed == module.table()
    ), "docs/coverage.md is stale: run .venv/bin/python tools/coverage_table.py > docs/coverage.md"
