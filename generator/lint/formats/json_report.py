"""Machine-readable JSON report (stable key order, one object per finding)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.diagnostics import Diagnostic
from generator.lint.formats import ReportContext, counts
from generator.lint.formats.pretty_json import dumps


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    tally = counts(ordered)
    document = {
        "tool": {"name": "apismith", "version": context.tool_version},
        "files": list(context.files),
        "summary": {s.label: tally[s] for s in sorted(tally, reverse=True)},
        "failSeverity": context.fail_severity.label,
        "diagnostics": [
            {
                "file": d.location.file,
                "line": d.location.line,
                "column": d.location.col,
                "pointer": d.location.pointer,
                "rule": d.code,
                "severity": d.severity.label,
                "message": d.message,
            }
            for d in ordered
        ],
    }
    return dumps(document)
