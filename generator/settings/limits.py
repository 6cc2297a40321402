"""Resource limits applied while reading untrusted spec files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on what a spec file may cost to read.

    ``max_alias_expansion`` bounds YAML aliases: a document may reuse anchors, but
    the tree it expands to may hold at most this many times the nodes it spells
    out (plus a fixed allowance). A "billion laughs" file is rejected before
    anything is expanded.
    """

    max_bytes: int = 200 * 1024 * 1024
    max_depth: int = 256
    max_alias_expansion: int = 10
    alias_allowance: int = 100_000
    allow_outside_root: bool = False
    allow_remote: bool = False


DEFAULT_LIMITS = Limits()
