"""The diff report and the functions that build it (re-exported by ``generator.diff``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import Location
from generator.diff.checks import CHECKS
from generator.diff.collect import Collector
from generator.diff.config import DiffConfig
from generator.diff.model import Change, Impact, Level
from generator.diff.python import SurfaceComparer
from generator.diff.semver import enough, made, needed
from generator.diff.surface import surface
from generator.ir.model import Api
from generator.load.document import Document, SourceFile
from generator.load.gc_pause import paused_gc


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
    levels: tuple[Level, ...] = (Level.WIRE, Level.PYTHON)
    """What was compared: both levels, or only the client (a regenerate)."""

    def count(self, impact: Impact, level: Level | None = None) -> int:
        return sum(
            1 for c in self.changes if c.impact is impact and (level is None or c.level is level)
        )


def diff_documents(
    old: Document,
    new: Document,
    old_api: Api,
    new_api: Api,
    config: DiffConfig | None = None,
) -> DiffReport:
    """Compare two loaded documents and their IRs."""
    return diff_surfaced(old, new, surface(old_api), surface(new_api), config)


def diff_surfaced(
    old: Document,
    new: Document,
    old_surface: dict[str, Any],
    new_surface: dict[str, Any],
    config: DiffConfig | None = None,
) -> DiffReport:
    """:func:`diff_documents` with each IR already reduced to its surface (which is all
    the Python level reads, and cheap to hand from one process to another)."""
    from generator.diff.wire import WireComparer  # not needed by generate's summary

    out = Collector()
    with paused_gc():  # many small objects, none of them cyclic garbage
        WireComparer(old, new, out).run()
        labels = (old.root.display, new.root.display)
        SurfaceComparer(old_surface, new_surface, out, labels).run()
        files = {("old", f.display): f for f in old.files.values()}
        files |= {("new", f.display): f for f in new.files.values()}
        changes = located(out.changes(), files)
    versions = (str(old_surface.get("version", "")), str(new_surface.get("version", "")))
    return _report(labels, versions, changes, new, config or DiffConfig())


def compare_surfaces(
    old: dict[str, Any],
    new: dict[str, Any],
    config: DiffConfig | None = None,
    files: tuple[str, str] = ("", ""),
) -> list[Change]:
    """Python-level changes between two recorded surfaces (no spec needed); ``files``:
    the root spec of each side."""
    out = Collector()
    SurfaceComparer(old, new, out, files).run()
    return sorted((config or DiffConfig()).apply(out.changes()), key=Change.sort_key)


def _report(
    labels: tuple[str, str],
    versions: tuple[str, str],
    changes: list[Change],
    new: Document,
    config: DiffConfig,
) -> DiffReport:
    old_version, new_version = versions
    changes = config.apply(changes)
    api_bump = needed(changes, Level.WIRE)
    bump = made(old_version, new_version)
    if not enough(bump, api_bump):
        at = new.root.locate("/info/version")
        check = CHECKS["api-version-bump-insufficient"]
        message = (
            f"the changes need a {api_bump} version bump; info.version went from "
            f"{old_version!r} to {new_version!r} ({bump})"
        )
        found = Change(check.id, check.impact, check.level, "info", message, at)
        changes += config.apply([found])
    return DiffReport(
        *labels,
        old_version,
        new_version,
        tuple(sorted(changes, key=Change.sort_key)),
        api_bump,
        needed(changes, Level.PYTHON),
        bump,
    )


def located(changes: list[Change], files: Mapping[tuple[str, str], SourceFile]) -> list[Change]:
    """Fill in line and column from the source maps of the side each change is on
    (``files``: (side, display path) -> file)."""
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


def surface_report(
    previous: dict[str, Any],
    api: Api,
    files: Mapping[tuple[str, str], SourceFile],
    config: DiffConfig | None = None,
    current: dict[str, Any] | None = None,
) -> DiffReport:
    """What a regenerate changes in the client: the recorded surface of the previous run
    against ``api`` (Python level only: the previous spec is not at hand). ``current``:
    ``surface(api)`` when the caller already has it."""
    spec = api.source_file
    with paused_gc():
        now = surface(api) if current is None else current
        changes = compare_surfaces(previous, now, config, (spec, spec))
        changes = located(changes, files)
    return DiffReport(
        "the previous run",
        spec,
        str(previous.get("version", "")),
        api.version,
        tuple(sorted(changes, key=Change.sort_key)),
        "none",
        needed(changes, Level.PYTHON),
        levels=(Level.PYTHON,),
    )
