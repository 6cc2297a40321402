"""What the output edge raises: one base class the CLI maps to its exit code."""

from __future__ import annotations


class OutputError(Exception):
    """The output directory cannot be written as asked; nothing was changed."""


class UnsafePathError(OutputError):
    def __init__(self, key: object, reason: str) -> None:
        super().__init__(f"refusing to write generated path {key!r}: {reason}")


class OutputConflictError(OutputError):
    """Files that apismith did not generate are in the way."""


class ManifestError(OutputError):
    pass
