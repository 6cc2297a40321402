"""Run rules over an index and apply the configuration to what they find."""

from __future__ import annotations

from collections.abc import Iterable

from generator.diagnostics import Diagnostic
from generator.lint.config import LintConfig
from generator.lint.index import SpecIndex, build_index
from generator.lint.model import Rule
from generator.lint.parallel import run_serial, run_split
from generator.lint.rules import ALL_RULES
from generator.load import Document

# Below this many schema sites the rules take a few milliseconds: not worth a fork.
SPLIT_FROM = 3000


def run_rules(index: SpecIndex, rules: Iterable[Rule], *, jobs: int = 1) -> list[Diagnostic]:
    """Every finding of ``rules`` as a located diagnostic at the rule's default
    severity, in rule order; on two processes when ``jobs`` > 1 and the spec is big."""
    by_display = {f.display: f for f in index.document.files.values()}
    root = index.document.root

    def run_one(rule: Rule) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        for finding in rule.check(index):
            source = by_display.get(finding.file, root) if finding.file else root
            if finding.as_read:
                location = source.locate_as_read(finding.pointer)
            else:
                location = source.locate(finding.pointer)
            found.append(Diagnostic(rule.id, rule.severity, finding.message, location))
        return found

    chosen = list(rules)
    try:
        if jobs > 1 and len(index.schemas) >= SPLIT_FROM:
            return run_split(chosen, run_one)
        return run_serial(chosen, run_one)
    finally:
        index.cache.clear()  # the value checker refers back to the index: a cycle


def lint_rules(document: Document, config: LintConfig, *, jobs: int = 1) -> list[Diagnostic]:
    """All enabled rules that apply to the document's version."""
    rules = [r for r in ALL_RULES if config.enabled(r.id) and r.applies_to(document.version)]
    return run_rules(build_index(document), rules, jobs=jobs)


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
