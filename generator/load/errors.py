"""Helpers that turn load-time problems into located diagnostics."""

from __future__ import annotations

from generator.diagnostics import Diagnostic, Location, Severity, SpecError


def load_error(
    code: str, message: str, file: str, line: int = 0, col: int = 0, pointer: str = ""
) -> SpecError:
    """A fatal, located error for a file that cannot be read as a spec."""
    return SpecError(Diagnostic(code, Severity.ERROR, message, Location(file, pointer, line, col)))
