"""Human-readable report: grouped by file, each finding with a code frame, then a summary."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from generator.diagnostics import Diagnostic, Severity
from generator.lint.formats import ReportContext, counts

_LABEL_WIDTH = max(len(s.label) for s in Severity)


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    out: list[str] = []
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    for file, group in groupby(ordered, key=lambda d: d.location.file):
        items = list(group)
        lines = context.sources.get(file, "").splitlines()
        out.append(file)
        for i, diagnostic in enumerate(items):
            following = items[i + 1] if i + 1 < len(items) else None
            # Findings at one position share one code frame, after the last of them.
            shared = following is not None and _position(following) == _position(diagnostic)
            out.extend(_finding(diagnostic, [] if shared else lines))
        out.append("")
    out.append(summary(diagnostics, context))
    return "\n".join(out) + "\n"


def _position(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.location.line, diagnostic.location.col


def _finding(diagnostic: Diagnostic, lines: list[str]) -> list[str]:
    loc = diagnostic.location
    where = f"{loc.line}:{loc.col}" if loc.line else "-"
    head = (
        f"  {where:>9}  {diagnostic.severity.label:<{_LABEL_WIDTH}}  "
        f"{diagnostic.code}  {diagnostic.message}"
    )
    result = [head]
    if loc.pointer:
        result.append(f"{'':13}#{loc.pointer}")
    if loc.line and loc.line <= len(lines):
        width = len(str(loc.line))
        if loc.line > 1:
            result.append(f"{'':11}{loc.line - 1:>{width}} | {_clip(lines[loc.line - 2])}")
        result.append(f"{'':9}> {loc.line:>{width}} | {_clip(lines[loc.line - 1])}")
        caret = " " * (max(loc.col, 1) - 1) + "^"
        result.append(f"{'':11}{'':>{width}} | {_clip(caret)}")
    return result


def _clip(line: str, limit: int = 120) -> str:
    line = line.rstrip().replace("\t", " ")
    return line if len(line) <= limit else line[: limit - 3] + "..."


def summary(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    tally = counts(diagnostics)
    files = {d.location.file for d in diagnostics}
    with_findings = len(files)
    checked = len(files | set(context.files))  # referenced files count once they have findings
    if not diagnostics:
        return f"No problems found in {checked} file{'s' if checked != 1 else ''}."
    parts = ", ".join(
        f"{tally[s]} {s.label}{'s' if tally[s] != 1 else ''}"
        for s in sorted(Severity, reverse=True)
    )
    failing = sum(n for s, n in tally.items() if s >= context.fail_severity)
    verdict = (
        f"{failing} at or above {context.fail_severity.label}"
        if failing
        else f"none at or above {context.fail_severity.label}"
    )
    return (
        f"{len(diagnostics)} problem{'s' if len(diagnostics) != 1 else ''} ({parts}) "
        f"in {with_findings} of {checked} file{'s' if checked != 1 else ''}; {verdict}."
    )
