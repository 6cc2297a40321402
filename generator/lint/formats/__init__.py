"""Output formats: each a pure function of the diagnostics (and a little context) to text."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from generator.diagnostics import Diagnostic, Severity


@dataclass(frozen=True, slots=True)
class ReportContext:
    """What a format may need beyond the diagnostics.

    ``files`` are all files checked (clean ones too), ``sources`` their text
    for code frames, ``rules`` maps rule ids to one-line descriptions.
    """

    files: tuple[str, ...] = ()
    sources: Mapping[str, str] = field(default_factory=dict)
    rules: Mapping[str, str] = field(default_factory=dict)
    fail_severity: Severity = Severity.ERROR
    tool_version: str = "0"
    title: str = "apismith lint"
    """The JUnit report's name."""


Formatter = Callable[[Sequence[Diagnostic], ReportContext], str]


def counts(diagnostics: Sequence[Diagnostic]) -> dict[Severity, int]:
    result = {severity: 0 for severity in Severity}
    for diagnostic in diagnostics:
        result[diagnostic.severity] += 1
    return result


def formatters() -> dict[str, Formatter]:
    return {name: formatter(name) for name in FORMAT_NAMES}


def formatter(name: str) -> Formatter:
    """One format's renderer; only its module is imported (junit pulls in xml.etree)."""
    module = importlib.import_module(f"generator.lint.formats.{_MODULES[name]}")
    render: Formatter = module.render
    return render


FORMAT_NAMES = ("text", "json", "sarif", "github", "junit")
_MODULES = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}
