"""State shared by the parse modules: the document, diagnostics and final names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeAlias

from generator.diagnostics import Diagnostic, Severity
from generator.ir import model as ir
from generator.load.document import Document, SourceFile
from generator.naming import Rename

Key: TypeAlias = tuple[str, str]
"""A schema's identity: (absolute file path, JSON pointer)."""


@dataclass
class Context:
    document: Document
    diagnostics: list[Diagnostic] = field(default_factory=list)
    modules: dict[str, str] = field(default_factory=dict)
    """Final class name -> final module name, filled by the naming pass."""

    def report(
        self,
        code: str,
        message: str,
        source: SourceFile,
        pointer: str,
        severity: Severity = Severity.WARNING,
    ) -> None:
        self.diagnostics.append(Diagnostic(code, severity, message, source.locate(pointer)))

    def report_renames(
        self, renames: list[Rename], source: SourceFile, severity: Severity = Severity.WARNING
    ) -> None:
        """Each rename of a generated name, where the renamed thing is declared."""
        for rename in renames:
            self.report(
                "naming.rename",
                f"{rename.kind} {rename.original!r} becomes {rename.final!r}: {rename.reason}",
                source,
                rename.pointer,
                severity,
            )

    def origin(self, source: SourceFile, pointer: str) -> ir.Origin:
        return ir.Origin(source.display, pointer)

    def module_for(self, class_name: str) -> str:
        return self.modules.get(class_name, "")


def text(value: Any) -> str:
    """A spec string field, or '' when absent or not a string."""
    return value if isinstance(value, str) else ""
