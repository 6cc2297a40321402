"""Diff reports as text, JSON, Markdown, GitHub annotations and JUnit XML.

Each format is a pure function of a :class:`~generator.diff.DiffReport`. GitHub and
JUnit reuse the linter's writers: a change becomes a diagnostic whose code is the
check id (breaking as error, warning as warning, info as a notice).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import TYPE_CHECKING

from generator import __version__
from generator.diagnostics import Diagnostic, Severity
from generator.diff.model import Change, Impact, Level
from generator.lint.formats import ReportContext, formatter
from generator.lint.formats.pretty_json import dumps

if TYPE_CHECKING:
    from generator.diff import DiffReport

FORMAT_NAMES = ("text", "json", "markdown", "github", "junit")
_SEVERITY = {Impact.BREAKING: Severity.ERROR, Impact.WARNING: Severity.WARNING}
_COLOUR = {Impact.BREAKING: "\x1b[31m", Impact.WARNING: "\x1b[33m", Impact.INFO: "\x1b[2m"}
_HEADINGS = {
    Level.WIRE: "Wire (the HTTP contract)",
    Level.PYTHON: "Python (the generated client)",
}


def render(name: str, report: DiffReport, *, fail_on: Impact | None, colour: bool = False) -> str:
    if name == "text":
        return text(report, colour=colour)
    if name == "json":
        return json_report(report, fail_on)
    if name == "markdown":
        return markdown(report)
    context = ReportContext(
        files=(report.new,),
        fail_severity=_SEVERITY.get(fail_on or Impact.BREAKING, Severity.INFO),
        tool_version=__version__,
        title="apismith diff",
    )
    write: Callable[[list[Diagnostic], ReportContext], str] = formatter(name)
    return write([_diagnostic(c) for c in report.changes], context)


def _diagnostic(change: Change) -> Diagnostic:
    severity = _SEVERITY.get(change.impact, Severity.INFO)
    return Diagnostic(change.id, severity, f"{change.subject}: {change.message}", change.location)


def _where(change: Change) -> str:
    loc = change.location
    return f"{loc}" if loc.line else (f"{loc.file}#{loc.pointer}" if loc.file else loc.pointer)


def summary_line(report: DiffReport) -> str:
    parts = []
    for level in report.levels:
        counts = ", ".join(f"{report.count(i, level)} {i.label}" for i in reversed(Impact))
        parts.append(f"{level.value}: {counts}")
    return f"{'; '.join(parts)}. Needed bump: {_bumps(report)}."


def _bumps(report: DiffReport, strong: str = "") -> str:
    api = f"API {strong}{report.api_bump}{strong}, " if Level.WIRE in report.levels else ""
    return f"{api}package {strong}{report.package_bump}{strong}"


def text(report: DiffReport, *, colour: bool = False) -> str:
    def paint(impact: Impact, label: str) -> str:
        return f"{_COLOUR[impact]}{label}\x1b[0m" if colour else label

    out = [
        f"apismith diff {report.old} ({report.old_version}) -> {report.new} "
        f"({report.new_version})",
        "",
    ]
    for level in report.levels:
        changes = [c for c in report.changes if c.level is level]
        out.append(f"{_HEADINGS[level]}: {len(changes)} change{'s' if len(changes) != 1 else ''}")
        groups = [(s, list(g)) for s, g in groupby(changes, key=lambda c: c.subject)]
        # what needs acting on first: subjects with a breaking change, then warnings
        groups.sort(key=lambda item: -max(c.impact for c in item[1]))
        for subject, group in groups:
            out.append(f"  {subject}")
            for change in group:
                label = paint(change.impact, f"{change.impact.label:<8}")
                more = f" (and {len(change.others)} more)" if change.others else ""
                out.append(f"    {label} {change.id}: {change.message}{more}")
                out.append(f"             {_where(change)}")
        out.append("")
    out.append(summary_line(report))
    return "\n".join(out) + "\n"


def json_report(report: DiffReport, fail_on: Impact | None) -> str:
    document = {
        "tool": {"name": "apismith", "version": __version__},
        "old": {"spec": report.old, "version": report.old_version},
        "new": {"spec": report.new, "version": report.new_version},
        "verdict": {
            "api": {"needed": report.api_bump, "made": report.version_bump},
            "package": {"needed": report.package_bump},
        },
        "summary": {
            level.value: {i.label: report.count(i, level) for i in reversed(Impact)}
            for level in Level
        },
        "failOn": fail_on.label if fail_on is not None else None,
        "changes": [
            {
                "id": c.id,
                "severity": c.impact.label,
                "level": c.level.value,
                "subject": c.subject,
                "alsoIn": list(c.others),
                "message": c.message,
                "file": c.location.file,
                "line": c.location.line,
                "column": c.location.col,
                "pointer": c.location.pointer,
                "side": c.side,
            }
            for c in report.changes
        ],
    }
    return dumps(document)


def markdown(report: DiffReport) -> str:
    """For a pull-request comment or a CHANGELOG entry."""
    out = [
        f"## API changes: `{report.old}` ({report.old_version}) → `{report.new}` "
        f"({report.new_version})",
        "",
        "| | breaking | warning | info |",
        "|---|---:|---:|---:|",
    ]
    for level in report.levels:
        counts = " | ".join(str(report.count(i, level)) for i in reversed(Impact))
        out.append(f"| {_HEADINGS[level]} | {counts} |")
    out += ["", f"Needed version bump: {_bumps(report, '**')}.", ""]
    for level in report.levels:
        for impact in reversed(Impact):
            changes = [c for c in report.changes if c.level is level and c.impact is impact]
            if not changes:
                continue
            out.append(f"### {impact.label.capitalize()}: {_HEADINGS[level].lower()}")
            out.append("")
            for c in changes:
                more = f" (and {len(c.others)} more)" if c.others else ""
                out.append(f"- `{_md(c.subject)}`: {_md(c.message)}{more} (`{c.id}`)")
            out.append("")
    return "\n".join(out)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("`", "'").replace("\n", " ")
