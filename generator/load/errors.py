"""Helpers that turn load-time problems into located diagnostics."""

from __future__ import annotations

from generator.diagnostics import Diagnostic, Location, Severity, SpecError


def load_error(
    code: str, message: str, file: str, line: int = 0, col: int = 0, pointer: str = ""
) -> SpecError:
    """A fatal, located error for a file that cannot be read as a spec."""
    return SpecError(Diagnostic(code, Severity.ERROR, message, Location(file, pointer, line, col)))


def too_deep(limit: int, pointer: str) -> tuple[str, str]:
    """Message and pointer for nesting over ``limit``.

    The full pointer would be hundreds of segments long; the diagnostic names
    the outermost few levels, which is where a reader starts looking.
    """
    parts = pointer.split("/")
    if len(parts) <= 9:
        return f"nesting is deeper than the limit of {limit}", pointer
    return f"nesting is deeper than the limit of {limit}, somewhere below", "/".join(parts[:9])
