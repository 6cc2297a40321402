"""The write stage: ``{path: text}`` -> the output directory, atomically, with a manifest.

``out_dir/.apismith-manifest.json`` lists every generated file with the sha256 of its
content (and of its unformatted text when that differs, so ``check`` can skip the
formatter). A run writes only files whose bytes changed, removes files the previous
manifest listed that are no longer generated, and never touches anything else.

Atomicity. New content is first staged in ``out_dir/.apismith-staging-*`` (same
filesystem, so renames are atomic). Any failure while staging leaves the tree as it
was. Then a journal (``.apismith-journal.json``) is written, listing every rename, and
the renames run: each replaced file is first hard-linked (or moved) into the staging
directory as a backup, each removed file is moved there, the manifest goes last. An
exception in this phase rolls every step back from the backups. If the process is
killed in this phase the journal stays behind; the next ``write_output`` (or
``recover``) rolls back to the previous output before doing anything else, and
``check`` reports the directory as interrupted. Deleting the journal is the commit
point. Durability across power loss is not attempted (no fsync).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import stat
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = ".apismith-manifest.json"
JOURNAL_NAME = ".apismith-journal.json"
STAGING_PREFIX = ".apismith-staging-"
RESERVED_PREFIX = ".apismith-"
MANIFEST_VERSION = 1
_FORBIDDEN = re.compile(r"[\x00-\x1f\\:]")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


class OutputError(Exception):
    """The output directory cannot be written as asked; nothing was changed."""


class UnsafePathError(OutputError):
    def __init__(self, key: object, reason: str) -> None:
        super().__init__(f"refusing to write generated path {key!r}: {reason}")


class OutputConflictError(OutputError):
    """Files that apismith did not generate are in the way."""


class ManifestError(OutputError):
    pass


@dataclass(frozen=True, slots=True)
class WriteReport:
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    manifest_written: bool = False


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a previous run wrote: ``files`` maps path -> (sha256, raw sha256)."""

    files: dict[str, tuple[str, str]] = field(default_factory=dict)
    generator: dict[str, str] = field(default_factory=dict)
    formatter: str = ""
    raw_bytes: bytes = b""


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


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode(text: str) -> bytes:
    """Generated files are UTF-8 with the newlines exactly as rendered."""
    return text.encode("utf-8", "surrogatepass")


def check_relative_path(key: object) -> str:
    """A relative POSIX path staying inside the output directory, or UnsafePathError."""
    if not isinstance(key, str) or not key:
        raise UnsafePathError(key, "not a non-empty string")
    bad = _FORBIDDEN.search(key)
    if bad:
        what = {"\\": "a backslash (paths are POSIX)", ":": "':' (drive letter or stream)"}
        reason = what.get(bad.group(), "NUL or a control character")
        raise UnsafePathError(key, f"contains {reason}")
    if key.startswith("/"):
        raise UnsafePathError(key, "is absolute")
    parts = key.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise UnsafePathError(key, "has an empty, '.' or '..' component")
    if parts[0].startswith(RESERVED_PREFIX):
        raise UnsafePathError(key, f"names reserved for apismith start with {RESERVED_PREFIX!r}")
    return key


def check_paths(keys: Iterable[str]) -> list[str]:
    """Every key safe, no key also a directory of another, no case-only duplicates."""
    checked = sorted(check_relative_path(key) for key in keys)
    dirs = {"/".join(key.split("/")[:i]) for key in checked for i in range(1, key.count("/") + 1)}
    folded: dict[str, str] = {}
    for key in checked:
        if key in dirs:
            raise UnsafePathError(key, "is both a file and the directory of another file")
        other = folded.setdefault(key.casefold(), key)
        if other != key:
            raise UnsafePathError(key, f"differs from {other!r} only by case")
    return checked


def render_manifest(
    hashes: Mapping[str, str],
    raw_hashes: Mapping[str, str],
    *,
    extra: Mapping[str, str],
    formatter: str,
) -> bytes:
    """Deterministic bytes: sorted keys, no timestamps, the version only via ``extra``."""

    dump = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
    # One file per line, built by hand: json's indent mode is its slow pure-Python path.
    lines = ["{", f'  "apismith_manifest": {MANIFEST_VERSION},', '  "files": {']
    for path in sorted(hashes):
        digest = hashes[path]
        raw = raw_hashes.get(path, digest)
        entry = f'"raw_sha256": "{raw}", ' if raw != digest else ""
        lines.append(f'    {dump(path)}: {{{entry}"sha256": "{digest}"}},')
    if hashes:
        lines[-1] = lines[-1][:-1]
    generator = {str(k): str(v) for k, v in extra.items()}
    lines += ["  },", f'  "formatter": {dump(formatter)},', f'  "generator": {dump(generator)}']
    lines.append("}")
    return ("\n".join(lines) + "\n").encode()


def read_manifest(out_dir: Path) -> Manifest | None:
    """The previous run's manifest, None if there is none; ManifestError if unusable."""
    path = out_dir / MANIFEST_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read manifest: {exc}") from None
    try:
        doc = json.loads(data)
        if doc["apismith_manifest"] != MANIFEST_VERSION:
            raise ValueError(f"unsupported manifest version {doc['apismith_manifest']!r}")
        files = {
            str(p): (str(e["sha256"]), str(e.get("raw_sha256", e["sha256"])))
            for p, e in doc["files"].items()
        }
        generator = {str(k): str(v) for k, v in doc["generator"].items()}
        formatter = str(doc["formatter"])
        check_paths(files)  # a tampered manifest must not steer deletions outside out_dir
    except (ValueError, KeyError, TypeError, AttributeError, OutputError) as exc:
        raise ManifestError(
            f"{path}: unusable manifest ({exc}); delete it to let apismith start over"
        ) from None
    return Manifest(files, generator, formatter, data)


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
        return _recover_locked(root)


def _recover_locked(root: Path) -> bool:
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


def write_output(
    files: Mapping[str, str],
    out_dir: Path,
    *,
    manifest_extra: Mapping[str, str],
    raw_files: Mapping[str, str] | None = None,
    formatter: str = "",
    force: bool = False,
) -> WriteReport:
    """Make ``out_dir`` hold exactly ``files`` (formatted text) plus the manifest.

    ``raw_files`` (the unformatted render) and ``formatter`` (``format.formatter_id``)
    are recorded so ``check`` can skip formatting. An existing file not listed in the
    old manifest is a conflict unless it already has the new bytes or ``force``.
    Raises ``OutputError`` subclasses before touching anything.
    """
    keys = check_paths(files)
    root = Path(os.path.abspath(out_dir))
    if root.exists() and not root.is_dir():
        raise OutputConflictError(f"{root}: exists and is not a directory")
    created_root = not root.exists()
    root.mkdir(parents=True, exist_ok=True)
    try:
        with locked(root):
            report = _write_locked(files, keys, root, manifest_extra, raw_files, formatter, force)
    except BaseException:
        if created_root:
            with contextlib.suppress(OSError):
                root.rmdir()
        raise
    return report


def _write_locked(
    files: Mapping[str, str],
    keys: list[str],
    root: Path,
    extra: Mapping[str, str],
    raw_files: Mapping[str, str] | None,
    formatter: str,
    force: bool,
) -> WriteReport:
    _recover_locked(root)
    old = read_manifest(root) or Manifest()
    stale = sorted(set(old.files) - set(files))
    new_dirs = check_directories(root, [*keys, *stale], frozenset(stale))
    data = {key: encode(files[key]) for key in keys}
    hashes = {key: sha256_bytes(blob) for key, blob in data.items()}
    raw_hashes = {k: sha256_bytes(encode(v)) for k, v in (raw_files or {}).items() if k in data}
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    conflicts: list[str] = []
    for key in keys:
        current = read_existing(root, key)
        if current == data[key]:
            unchanged.append(key)
        elif current is None:
            added.append(key)
        elif key in old.files or force:
            changed.append(key)
        else:
            conflicts.append(key)
    if conflicts:
        shown = ", ".join(conflicts[:10]) + (" ..." if len(conflicts) > 10 else "")
        raise OutputConflictError(
            f"{root}: {len(conflicts)} file(s) not generated by apismith would be overwritten:"
            f" {shown} (move them away, or force)"
        )
    removed = [key for key in stale if os.path.lexists(root / key)]
    manifest = render_manifest(hashes, raw_hashes, extra=extra, formatter=formatter)
    manifest_changed = manifest != old.raw_bytes
    if not (added or changed or removed or manifest_changed):
        return WriteReport(unchanged=tuple(unchanged))
    _commit(root, data, added, changed, removed, manifest, [d for d in new_dirs if _under(d, keys)])
    _prune_empty_dirs(root, removed)
    return WriteReport(tuple(added), tuple(changed), tuple(removed), tuple(unchanged), True)


def _under(directory: str, keys: list[str]) -> bool:
    return any(key.startswith(directory + "/") for key in keys)


def _commit(
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


def _prune_empty_dirs(root: Path, removed: list[str]) -> None:
    """Directories that held removed files go too, if nothing else is left in them."""
    dirs = {"/".join(k.split("/")[:i]) for k in removed for i in range(1, k.count("/") + 1)}
    for d in sorted(dirs, key=lambda d: -d.count("/")):
        with contextlib.suppress(OSError):
            os.rmdir(root / d)
