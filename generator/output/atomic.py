"""Atomic changes to the output directory: whole files, and a run's renames as one step.

``replace_file`` writes one file whole or not at all. ``commit`` applies a run:
new content is first staged in ``out_dir/.apismith-staging-*`` (same filesystem, so
renames are atomic). Any failure while staging leaves the tree as it was. Then a
journal (``.apismith-journal.json``) is written, listing every rename, and the renames
run: each replaced file is first hard-linked (or moved) into the staging directory as
a backup, each removed file is moved there, the manifest goes last. An exception in
this phase rolls every step back from the backups. If the process is killed in this
phase the journal stays behind; the next run (or ``recover``) rolls back to the
previous output before doing anything else, and ``check`` reports the directory as
interrupted. Deleting the journal is the commit point. Durability across power loss
is not attempted (no fsync).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import stat
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.output.errors import ManifestError, OutputConflictError, UnsafePathError
from generator.output.manifest import MANIFEST_NAME

JOURNAL_NAME = ".apismith-journal.json"
STAGING_PREFIX = ".apismith-staging-"
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def replace_file(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: a temporary file beside it, then a rename
    (atomic on one filesystem). Raises ``OSError``; the temporary file is removed."""
    temp = path.parent / f".tmp-{path.name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def read_existing(root: Path, key: str) -> bytes | None:
    """Current bytes at a generated path without following a final symlink.

    None when absent. A symlink reads as b"" plus a NUL, which never equals content
    apismith renders, so it counts as different and is replaced, never followed.
    """
    path = os.path.join(root, key)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if os.path.islink(path):
            return b"\0symlink"
        if exc.errno in (errno.EISDIR, errno.ENOTDIR) or os.path.isdir(path):
            raise OutputConflictError(f"{path}: a directory is in the way") from None
        raise
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


def check_directories(
    root: Path, keys: Iterable[str], removable: frozenset[str] = frozenset()
) -> list[str]:
    """Parent directories that must be created, parents first; rejects symlinked or
    non-directory parents (unless a file to be removed) so nothing is written or
    deleted outside ``root``."""
    state: dict[str, bool] = {}
    for key in keys:
        parts = key.split("/")[:-1]
        parent_exists = True
        for i in range(1, len(parts) + 1):
            d = "/".join(parts[:i])
            if d not in state:
                state[d] = parent_exists and _existing_dir(root, key, d, removable)
            parent_exists = state[d]
    return sorted((d for d, exists in state.items() if not exists), key=lambda d: (d.count("/"), d))


def _existing_dir(root: Path, key: str, d: str, removable: frozenset[str]) -> bool:
    try:
        st = os.lstat(root / d)
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode):
        raise UnsafePathError(key, f"directory {d!r} is a symlink (could escape {root})")
    if d in removable and stat.S_ISREG(st.st_mode):
        return False
    if not stat.S_ISDIR(st.st_mode):
        raise OutputConflictError(f"{root / d}: a file is in the way of {key!r}")
    return True


@contextlib.contextmanager
def locked(root: Path) -> Iterator[None]:
    """Serialise runs on one output directory (flock on the directory itself)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no locking
        yield
        return
    fd = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@dataclass(slots=True)
class _Op:
    target: str
    staged: str | None  # None: remove target
    backup: str
    existed: bool


def _apply(root: Path, staging: Path, ops: list[_Op], new_dirs: list[str]) -> None:
    """Removals first (a removed file may make way for a new directory), then writes."""
    for op in ops:
        if op.staged is None:
            os.replace(os.path.join(root, op.target), os.path.join(staging, op.backup))
    for d in new_dirs:
        os.makedirs(os.path.join(root, d), exist_ok=True)
    for op in ops:
        if op.staged is None:
            continue
        target, backup = os.path.join(root, op.target), os.path.join(staging, op.backup)
        if op.existed:
            try:
                os.link(target, backup, follow_symlinks=False)
            except OSError:  # no hard links here: move instead (brief gap, still undoable)
                os.replace(target, backup)
        os.replace(os.path.join(staging, op.staged), target)


def _rollback(root: Path, staging: Path, ops: list[_Op], new_dirs: list[str]) -> None:
    """Undo ``_apply`` from the backups, in reverse; idempotent, so a crash here is
    simply retried by the next run."""
    for op in reversed(ops):
        target, backup = os.path.join(root, op.target), os.path.join(staging, op.backup)
        if op.staged is None:
            continue
        if op.existed:
            if os.path.lexists(backup):
                os.replace(backup, target)
        elif not os.path.lexists(os.path.join(staging, op.staged)):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(target)
    for d in reversed(new_dirs):
        with contextlib.suppress(OSError):
            os.rmdir(os.path.join(root, d))
    for op in reversed(ops):
        if op.staged is None and os.path.lexists(os.path.join(staging, op.backup)):
            os.replace(os.path.join(staging, op.backup), os.path.join(root, op.target))


def recover(out_dir: Path) -> bool:
    """Roll back a run that was killed while renaming; True if there was one."""
    root = Path(os.path.abspath(out_dir))
    if not root.is_dir():
        return False
    with locked(root):
        return recover_locked(root)


def recover_locked(root: Path) -> bool:
    journal = root / JOURNAL_NAME
    found = journal.exists()
    if found:
        doc = json.loads(journal.read_bytes())
        name = str(doc["staging"])
        if not name.startswith(STAGING_PREFIX) or "/" in name or "\\" in name:
            raise ManifestError(f"{journal}: corrupt journal (staging {name!r})")
        staging = root / name
        ops = [_Op(str(t), s, str(b), bool(e)) for t, s, b, e in doc["ops"]]
        _rollback(root, staging, ops, [str(d) for d in doc["new_dirs"]])
        journal.unlink()
    for leftover in root.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(leftover, ignore_errors=True)
    return found


def commit(
    root: Path,
    data: Mapping[str, bytes],
    added: list[str],
    changed: list[str],
    removed: list[str],
    manifest: bytes,
    new_dirs: list[str],
) -> None:
    staging = root / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
    journal = root / JOURNAL_NAME
    ops = [_Op(key, None, f"b{i}", True) for i, key in enumerate(removed)]
    existed = set(changed)
    for i, key in enumerate(sorted([*added, *changed])):
        ops.append(_Op(key, f"n{i}", f"o{i}", key in existed))
    manifest_existed = os.path.lexists(os.path.join(root, MANIFEST_NAME))
    ops.append(_Op(MANIFEST_NAME, "manifest", "old-manifest", manifest_existed))
    try:
        staging.mkdir()
        for op in ops:
            if op.staged is not None:
                blob = manifest if op.target == MANIFEST_NAME else data[op.target]
                with open(os.path.join(staging, op.staged), "xb") as handle:
                    handle.write(blob)
        plan = {
            "staging": staging.name,
            "ops": [[o.target, o.staged, o.backup, o.existed] for o in ops],
            "new_dirs": new_dirs,
        }
        (staging / "journal").write_bytes(json.dumps(plan).encode())
        os.replace(os.path.join(staging, "journal"), journal)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        _apply(root, staging, ops, new_dirs)
    except BaseException as exc:
        try:
            _rollback(root, staging, ops, new_dirs)
            journal.unlink()
        except BaseException as again:  # leave the journal: the next run retries
            exc.add_note(f"rollback failed too ({again}); the next run will retry it")
            raise exc from again
        shutil.rmtree(staging, ignore_errors=True)
        raise
    journal.unlink()  # the commit point
    shutil.rmtree(staging, ignore_errors=True)


def prune_empty_dirs(root: Path, removed: list[str]) -> None:
    """Directories that held removed files go too, if nothing else is left in them."""
    dirs = {"/".join(k.split("/")[:i]) for k in removed for i in range(1, k.count("/") + 1)}
    for d in sorted(dirs, key=lambda d: -d.count("/")):
        with contextlib.suppress(OSError):
            os.rmdir(root / d)
