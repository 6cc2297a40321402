"""Helpers for the lint tests: write a spec, load it, run one rule or the whole CLI."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic
from generator.lint.engine import run_rules
from generator.lint.index import build_index
from generator.lint.rules import RULES_BY_ID
from generator.load import load

SPECS = Path(__file__).parent / "specs"
SHARED_SPECS = Path(__file__).resolve().parents[3] / "shared" / "specs"

HEAD_30 = """\
openapi: 3.0.3
info: {title: t, version: "1"}
"""
HEAD_31 = HEAD_30.replace("3.0.3", "3.1.0")

RunRule = Callable[[str, str], list[tuple[str, str]]]


def write_spec(tmp_path: Path, body: str, head: str = HEAD_30, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(head + textwrap.dedent(body), encoding="utf-8")
    return path


def rule_findings(path: Path, rule_id: str) -> list[Diagnostic]:
    document, _ = load(path)
    rule = RULES_BY_ID[rule_id]
    return run_rules(build_index(document), [rule] if rule.applies_to(document.version) else [])


@pytest.fixture
def run_rule(tmp_path: Path) -> RunRule:
    """``run_rule(rule_id, yaml_body)`` -> sorted (pointer, message) of that rule's findings.

    A body starting with ``openapi:`` is a whole document; otherwise it follows
    a minimal 3.0 header."""

    def run(rule_id: str, body: str) -> list[tuple[str, str]]:
        text = textwrap.dedent(body)
        head = "" if text.lstrip().startswith("openapi:") else HEAD_30
        path = write_spec(tmp_path, text, head)
        return sorted((d.pointer, d.message) for d in rule_findings(path, rule_id))

    return run
