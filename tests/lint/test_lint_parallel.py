"""Rules on two processes: the same report as one process, and a child that fails
or dies leaves its rules to the parent."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, Location, Severity
from generator.forking import can_fork
from generator.lint.config import LintConfig
from generator.lint.engine import SPLIT_FROM, lint_rules
from generator.lint.index import build_index
from generator.lint.model import Finding, Rule
from generator.lint.parallel import run_split
from generator.load import load

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not can_fork(), reason="rules are split only where fork is")


def _rules(count: int) -> list[Rule]:
    def check(index: object) -> list[Finding]:
        return []

    return [Rule(f"rule-{i:02d}", Severity.WARNING, "test", check) for i in range(count)]


def _diagnostic(rule: Rule, n: int) -> Diagnostic:
    return Diagnostic(rule.id, rule.severity, f"finding {n}", Location("spec.yaml", f"/{n}", n, 1))


def _expected(rules: list[Rule]) -> list[Diagnostic]:
    return [_diagnostic(rule, n) for rule in rules for n in range(3)]


def test_the_airbyte_spec_gets_the_same_report_on_two_processes() -> None:
    document, _ = load(ROOT / "specs" / "airbyte" / "config.yaml")
    assert len(build_index(document).schemas) >= SPLIT_FROM  # so the split happens
    one = lint_rules(document, LintConfig(), jobs=1)
    document, _ = load(ROOT / "specs" / "airbyte" / "config.yaml")
    two = lint_rules(document, LintConfig(), jobs=2)
    assert two == one
    assert len(one) > 100


def test_work_is_shared_and_assembled_in_rule_order() -> None:
    rules = _rules(12)
    parent = os.getpid()
    ran_here: list[str] = []

    def run_one(rule: Rule) -> list[Diagnostic]:
        time.sleep(0.05)  # long enough that the child takes some
        if os.getpid() == parent:
            ran_here.append(rule.id)
        return [_diagnostic(rule, n) for n in range(3)]

    assert run_split(rules, run_one) == _expected(rules)
    assert 0 < len(ran_here) < len(rules)


def test_a_rule_failing_in_the_child_is_run_again_by_the_parent() -> None:
    rules = _rules(8)
    parent = os.getpid()
    ran_here: list[str] = []

    def run_one(rule: Rule) -> list[Diagnostic]:
        if os.getpid() != parent:
            raise RuntimeError("child fails on every rule")
        ran_here.append(rule.id)
        return [_diagnostic(rule, n) for n in range(3)]

    assert run_split(rules, run_one) == _expected(rules)
    assert sorted(ran_here) == [r.id for r in rules]


def test_a_child_that_dies_leaves_its_rules_to_the_parent() -> None:
    rules = _rules(8)
    parent = os.getpid()

    def run_one(rule: Rule) -> list[Diagnostic]:
        if os.getpid() != parent:
            os._exit(9)  # killed mid-rule: nothing sent back
        return [_diagnostic(rule, n) for n in range(3)]

    assert run_split(rules, run_one) == _expected(rules)


def test_a_rule_failing_in_the_parent_raises_as_in_one_process() -> None:
    rules = _rules(4)

    def run_one(rule: Rule) -> list[Diagnostic]:
        raise ValueError(rule.id)

    with pytest.raises(ValueError):
        run_split(rules, run_one)
