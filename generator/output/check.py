"""``apismith check``: is the output directory exactly what ``generate`` would write?

Fast because the manifest records, for each file, the sha256 of its unformatted text
next to the sha256 of what was written: when the fresh render of a file hashes to the
recorded raw hash under the same formatter, its formatted bytes are known without
running black. Only files whose raw text is new go through ``format``. Read-only.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.output.atomic import JOURNAL_NAME, check_directories, read_existing
from generator.output.errors import ManifestError
from generator.output.manifest import (
    MANIFEST_NAME,
    Manifest,
    check_paths,
    encode,
    read_manifest,
    render_manifest,
    sha256_bytes,
)

FormatFn = Callable[[Mapping[str, str]], dict[str, str]]


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Differences between the directory and what ``generate`` would write.

    ``changed`` files exist but differ; those whose bytes on disk no longer match the
    manifest (edited after generation) are also in ``hand_edited``. ``manifest_outdated``
    means the files match but the manifest would change (e.g. version or options).
    """

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    hand_edited: tuple[str, ...] = ()
    manifest_outdated: bool = False
    interrupted: bool = False
    diffs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    formatted: int = 0
    """How many files had to go through the formatter (0 when nothing changed)."""

    @property
    def ok(self) -> bool:
        return not (
            self.added or self.removed or self.changed or self.manifest_outdated or self.interrupted
        )

    def summary(self, max_files: int = 20) -> str:
        if self.ok:
            return "up to date"
        if self.interrupted:
            return f"an apismith run was interrupted here ({JOURNAL_NAME}); run generate again"
        counts = [
            f"{len(self.added)} added",
            f"{len(self.removed)} removed",
            f"{len(self.changed)} changed",
        ]
        if self.hand_edited:
            counts.append(f"{len(self.hand_edited)} edited by hand")
        lines = ["stale: " + ", ".join(counts)]
        if self.manifest_outdated:
            lines.append(f"  {MANIFEST_NAME} would change (generator version or options)")
        entries = sorted(
            [(p, "added") for p in self.added]
            + [(p, "removed") for p in self.removed]
            + [(p, "edited by hand" if p in self.hand_edited else "changed") for p in self.changed]
        )
        for path, kind in entries[:max_files]:
            lines.append(f"  {kind}: {path}")
            lines.extend("    " + line for line in self.diffs.get(path, ()))
        if len(entries) > max_files:
            lines.append(f"  ... and {len(entries) - max_files} more")
        return "\n".join(lines)


def _known(final: Mapping[str, str]) -> FormatFn:
    def lookup(files: Mapping[str, str]) -> dict[str, str]:
        return {key: final[key] for key in files}

    return lookup


def check_output(
    raw_files: Mapping[str, str],
    out_dir: Path,
    *,
    format: FormatFn,
    manifest_extra: Mapping[str, str],
    formatter: str,
    final: Mapping[str, str] | None = None,
    diff_lines: int = 8,
    max_diffs: int = 20,
) -> CheckReport:
    """Compare the fresh render (unformatted) with ``out_dir``; never writes.

    ``format`` is the format stage (e.g. ``functools.partial(format_files, cache=...)``);
    it is called at most twice: once for files whose raw text the manifest does not
    know, once for the formatted text of the few stale files whose diffs are shown.
    ``final``, when given, is every file's text as it must be on disk (render's own
    layout): it is compared directly and ``format`` is not called; ``raw_files`` then
    only gives the manifest's raw hashes.
    """
    keys = check_paths(raw_files)
    root = Path(os.path.abspath(out_dir))
    if (root / JOURNAL_NAME).exists():
        return CheckReport(interrupted=True)
    check_directories(root, keys)  # never read through a symlinked directory
    try:
        old = read_manifest(root)
    except ManifestError:
        old = None
    manifest = old or Manifest()
    trusted = old is not None and old.formatter == formatter
    disk = {key: read_existing(root, key) for key in keys}
    raw_hashes = {key: sha256_bytes(encode(raw_files[key])) for key in keys}
    hashes: dict[str, str] = {}
    expected: dict[str, str] = {}
    if final is not None:
        format = _known(final)
        expected.update(final)
        hashes.update({k: sha256_bytes(encode(final[k])) for k in keys})
    for key in keys:
        entry = manifest.files.get(key)
        if trusted and entry is not None and entry[1] == raw_hashes[key] and key not in hashes:
            hashes[key] = entry[0]
    # A file missing on disk is "added" whatever its text: no need to format it here.
    pending = {k: raw_files[k] for k in keys if k not in hashes and disk[k] is not None}
    formatted_count = 0
    if pending:
        expected.update(format(pending))
        formatted_count += len(pending)
        hashes.update({k: sha256_bytes(encode(t)) for k, t in expected.items()})
    added = [k for k in keys if disk[k] is None]
    changed: list[str] = []
    hand_edited: list[str] = []
    for key in keys:
        current = disk[key]
        if current is None:
            continue
        current_hash = sha256_bytes(current)
        if current_hash != hashes[key]:
            changed.append(key)
        entry = manifest.files.get(key)
        if entry is not None and current_hash != entry[0]:
            hand_edited.append(key)
    hand_edited = [k for k in hand_edited if k in changed]
    removed = sorted(k for k in set(manifest.files) - set(raw_files) if os.path.lexists(root / k))
    outdated = False
    if not (added or changed or removed):
        want = render_manifest(hashes, raw_hashes, extra=manifest_extra, formatter=formatter)
        outdated = old is None or want != old.raw_bytes

    shown = sorted([*added, *changed, *removed])[:max_diffs]
    need = {k: raw_files[k] for k in shown if k in raw_files and k not in expected}
    if need:
        expected.update(format(need))
        formatted_count += len(need)
    diffs = {}
    for key in shown:
        before = _lines(disk.get(key) if key in disk else read_existing(root, key))
        after = expected[key].splitlines() if key in expected else []
        diffs[key] = _diff(key, before, after, diff_lines)
    return CheckReport(
        added=tuple(added),
        removed=tuple(removed),
        changed=tuple(changed),
        hand_edited=tuple(hand_edited),
        manifest_outdated=outdated,
        diffs=diffs,
        formatted=formatted_count,
    )


def _lines(data: bytes | None) -> list[str]:
    if data is None:
        return []
    return data.decode("utf-8", "replace").splitlines()


def _diff(path: str, before: list[str], after: list[str], limit: int) -> tuple[str, ...]:
    """The first lines of a unified diff (disk -> what generate would write), no header."""
    lines = difflib.unified_diff(before, after, f"a/{path}", f"b/{path}", lineterm="")
    body = list(lines)[2:]  # drop the ---/+++ header
    if len(body) > limit:
        return (*body[:limit], f"... ({len(body) - limit} more diff lines)")
    return tuple(body)
