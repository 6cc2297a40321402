"""The version bump a set of changes needs (Semantic Versioning 2.0.0 §6-8), and
whether ``info.version`` was bumped that much."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.diff.model import Change, Impact, Level

BUMPS = ("none", "patch", "minor", "major")
_SEMVER = re.compile(r"^v?(\d+)\.(\d+)(?:\.(\d+))?")


def needed(changes: Iterable[Change], level: Level) -> str:
    """major for a breaking change, minor for an addition, patch for anything else."""
    bump = "none"
    for change in changes:
        if change.level is not level:
            continue
        if change.impact is Impact.BREAKING:
            return "major"
        step = "minor" if "added" in change.id else "patch"
        bump = max(bump, step, key=BUMPS.index)
    return bump


def parse(version: str) -> tuple[int, int, int] | None:
    match = _SEMVER.match(version.strip())
    if not match:
        return None
    return int(match[1]), int(match[2]), int(match[3] or 0)


def made(old: str, new: str) -> str | None:
    """The bump from ``old`` to ``new``; None when either is not a version number.
    Below 1.0.0 a minor bump may break (§4), so it counts as major."""
    before, after = parse(old), parse(new)
    if before is None or after is None:
        return None
    if after <= before:
        return "none"
    if after[0] > before[0] or (before[0] == 0 and after[1] > before[1]):
        return "major"
    if after[1] > before[1]:
        return "minor"
    return "patch"


def enough(bump: str | None, wanted: str) -> bool:
    return bump is None or BUMPS.index(bump) >= BUMPS.index(wanted)
