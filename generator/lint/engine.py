"""Run rules over an index and apply the configuration to what they find."""

from __future__ import annotations

from collections.abc import Iterable

from generator.diagnostics import Diagnostic
from generator.lint.config import LintConfig
from generator.lint.index import SpecIndex, build_index
from generator.lint.model import Rule
from generator.lint.rules import ALL_RULES
from generator.load import Document


def run_rules(index: SpecIndex, rules: Iterable[Rule]) -> list[Diagnostic]:
    """Every finding of ``rules`` as a located diagnostic at the rule's default severity."""
    by_display = {f.display: f for f in index.document.files.values()}
    found: list[Diagnostic] = []
    for rule in rules:
        for finding in rule.check(index):
            source = by_display.get(finding.file) if finding.file else index.document.root
            location = (source or index.document.root).locate(finding.pointer)
            found.append(Diagnostic(rule.id, rule.severity, finding.message, location))
    return found


def lint_rules(document: Document, config: LintConfig) -> list[Diagnostic]:
    """All enabled rules that apply to the document's version."""
    rules = [r for r in ALL_RULES if config.enabled(r.id) and r.applies_to(document.version)]
    return run_rules(build_index(document), rules)


def apply_config(diagnostics: list[Diagnostic], config: LintConfig) -> list[Diagnostic]:
    """Configured severities, rules turned off and ignores, applied to any diagnostic."""
    out: list[Diagnostic] = []
    for diagnostic in diagnostics:
        if not config.enabled(diagnostic.code) or config.ignored(diagnostic):
            continue
        severity = config.severity_for(diagnostic.code, diagnostic.severity)
        if severity != diagnostic.severity:
            diagnostic = Diagnostic(
                diagnostic.code, severity, diagnostic.message, diagnostic.location
            )
        out.append(diagnostic)
    return out
