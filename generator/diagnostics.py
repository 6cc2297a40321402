"""Diagnostics are values: every stage returns them, only the CLI prints them."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """Ordered so that ``severity >= Severity.WARNING`` reads naturally."""

    HINT = 0
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(m.name.lower() for m in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of {names})") from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is: file, 1-based line and column, and the JSON pointer."""

    file: str
    pointer: str = ""
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.col}"
        return self.file


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    location: Location

    @property
    def pointer(self) -> str:
        return self.location.pointer

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        loc = self.location
        return (loc.file, loc.line, loc.col, loc.pointer, self.code, self.message)

    def one_line(self) -> str:
        pointer = f" [#{self.location.pointer}]" if self.location.pointer else ""
        return f"{self.location}: {self.severity.label} {self.code}: {self.message}{pointer}"


class SpecError(Exception):
    """A spec that cannot be read at all (exit code 2). Carries one diagnostic."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.one_line())
        self.diagnostic = diagnostic


def sorted_diagnostics(items: list[Diagnostic]) -> list[Diagnostic]:
    """A stable, deterministic order for printing and snapshots."""
    return sorted(set(items), key=Diagnostic.sort_key)
