"""The diff stage: what changed between two versions of a spec, for callers over the
wire and for Python code using the generated client.

    load(old), load(new) -> parse each -> compare -> :class:`DiffReport`

It reads nothing itself: the CLI loads both documents (a file, or a git revision)
and hands them over; ``generate`` compares recorded client surfaces with
:func:`compare_surfaces`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Location
from generator.diff.checks import CHECKS, Check
from generator.diff.collect import Collector
from generator.diff.model import Change, Impact, Level
from generator.diff.python import SurfaceComparer
from generator.diff.semver import enough, made, needed
from generator.diff.surface import surface
from generator.diff.wire import WireComparer
from generator.ir.model import Api
from generator.load.document import Document, SourceFile

__all__ = [
    "CHECKS",
    "Change",
    "Check",
    "DiffReport",
    "Impact",
    "Level",
    "compare_surfaces",
    "diff_documents",
]


@dataclass(frozen=True, slots=True)
class DiffReport:
    old: str
    new: str
    old_version: str
    new_version: str
    changes: tuple[Change, ...]
    api_bump: str
    """What ``info.version`` needed: none, patch, minor or major."""
    package_bump: str
    """What the generated package's version needs."""
    version_bump: str | None = None
    """What ``info.version`` got (None: not a version number)."""
    extra: dict[str, Any] = field(default_factory=dict)

    def count(self, impact: Impact, level: Level | None = None) -> int:
        return sum(
            1 for c in self.changes if c.impact is impact and (level is None or c.level is level)
        )


def diff_documents(old: Document, new: Document, old_api: Api, new_api: Api) -> DiffReport:
    """Compare two loaded documents and their IRs."""
    out = Collector()
    WireComparer(old, new, out).run()
    SurfaceComparer(surface(old_api), surface(new_api), out).run()
    changes = _located(out.changes(), old, new)
    return _report(
        old.root.display, new.root.display, old_api.version, new_api.version, changes, new
    )


def compare_surfaces(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Python-level changes between two recorded surfaces (no spec needed)."""
    out = Collector()
    SurfaceComparer(old, new, out).run()
    return sorted(out.changes(), key=Change.sort_key)


def _report(
    old_label: str,
    new_label: str,
    old_version: str,
    new_version: str,
    changes: list[Change],
    new: Document,
) -> DiffReport:
    api_bump = needed(changes, Level.WIRE)
    bump = made(old_version, new_version)
    if not enough(bump, api_bump):
        at = new.root.locate("/info/version")
        check = CHECKS["api-version-bump-insufficient"]
        message = (
            f"the changes need a {api_bump} version bump; info.version went from "
            f"{old_version!r} to {new_version!r} ({bump})"
        )
        changes.append(Change(check.id, check.impact, check.level, "info", message, at))
    return DiffReport(
        old_label,
        new_label,
        old_version,
        new_version,
        tuple(sorted(changes, key=Change.sort_key)),
        api_bump,
        needed(changes, Level.PYTHON),
        bump,
    )


def _located(changes: list[Change], old: Document, new: Document) -> list[Change]:
    """Fill in line and column from the source maps of the side each change is on."""
    files: dict[tuple[str, str], SourceFile] = {}
    for side, doc in (("old", old), ("new", new)):
        for source in doc.files.values():
            files[(side, source.display)] = source
    out = []
    for change in changes:
        loc = change.location
        found = files.get((change.side, loc.file))
        located = found.locate(loc.pointer) if found is not None else loc
        out.append(
            Change(
                change.id,
                change.impact,
                change.level,
                change.subject,
                change.message,
                Location(loc.file, loc.pointer, located.line, located.col),
                change.side,
                change.others,
            )
        )
    return out
