"""Every rule is data: a kebab-case id, a severity, a one-line description, a test table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.lint.model import Rule
from generator.lint.rules import ALL_RULES, RULES_BY_ID

TABLES = "".join(
    p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_lint_rules_*.py")
)


def test_ids_are_unique_and_sorted() -> None:
    ids = [r.id for r in ALL_RULES]
    assert ids == sorted(set(ids)) and len(RULES_BY_ID) == len(ids)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_is_described_and_tested(rule: Rule) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.id)
    assert "\n" not in rule.description and rule.description.endswith(".")
    assert len(rule.description) <= 120
    assert set(rule.versions) <= {"3.0", "3.1"}
    assert f'"{rule.id}"' in TABLES, "every rule has cases in a test_lint_rules_* table"
