"""The README's table of diff checks is the registry."""

from __future__ import annotations

import re
from pathlib import Path

from generator.diff import CHECKS

README = Path(__file__).resolve().parents[2] / "README.md"
ROW = re.compile(r"^\| `([a-z-]+)` \| (wire|python) \| (breaking|warning|info) \| (.+) \|$")


def test_readme_lists_every_check() -> None:
    rows = [m.groups() for m in map(ROW.match, README.read_text().splitlines()) if m]
    expected = [(c.id, c.level.value, c.impact.label, c.description) for c in CHECKS.values()]
    assert rows == expected


def test_ids_and_descriptions() -> None:
    for check in CHECKS.values():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", check.id), check.id
        assert check.description and not check.description.endswith("."), check.id
