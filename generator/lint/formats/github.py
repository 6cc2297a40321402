"""GitHub Actions workflow commands (``::error file=...::message``), one line per finding."""

from __future__ import annotations

from collections.abc import Sequence

from generator.diagnostics import Diagnostic, Severity
from generator.lint.formats import ReportContext

_COMMAND = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
    Severity.HINT: "notice",
}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    lines = []
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        loc = d.location
        props = [f"file={_property(loc.file)}"]
        if loc.line:
            props += [f"line={loc.line}", f"col={loc.col}"]
        props.append(f"title={_property(d.code)}")
        pointer = f" (#{loc.pointer})" if loc.pointer else ""
        lines.append(f"::{_COMMAND[d.severity]} {','.join(props)}::{_data(d.message + pointer)}")
    return "".join(line + "\n" for line in lines)
