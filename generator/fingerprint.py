"""A record of finished runs, so ``check`` can answer without re-rendering.

Generation is a pure function of (the spec's files, the options, apismith's own
code and templates, the versions of the libraries that shape the output). After a
``generate`` or a full ``check`` that found the output current, :func:`record`
stores, under a key made of everything but the spec, the sha256 of each spec file
that was read and of the manifest then on disk. :func:`fast_check` recomputes the
key, re-hashes those spec files and every file the manifest lists; only when all of
it matches is the output current without running load, parse or render. Anything
else (no record, a spec or code change, a hand edit, a journal) is a miss, and the
caller runs the full check, which is the only one that reports differences.

Records live in the format cache's directory (``APISMITH_CACHE_DIR``); a damaged
record reads as a miss.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from generator import __version__

_OUTPUT_LIBRARIES = ("black", "jinja2", "pyyaml")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_MANIFEST = ".apismith-manifest.json"
_JOURNAL = ".apismith-journal.json"


def cache_root() -> Path:
    """apismith's cache: ``APISMITH_CACHE_DIR``, default ``~/.cache/apismith/format``."""
    env = os.environ.get("APISMITH_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "apismith" / "format"


def cache_directory() -> Path:
    """Run records share the format cache's directory, its pruning and ``clear``."""
    return cache_root() / "runs"


def _tree_digest(digest: hashlib._Hash, root: Path, label: str) -> None:
    """Feed every file under ``root`` (sorted, bytecode left out) into ``digest``."""
    entries: list[str] = []
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        entries.extend(os.path.join(directory, f) for f in files if not f.endswith(".pyc"))
    for path in sorted(entries):
        with open(path, "rb") as handle:
            data = handle.read()
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        digest.update(f"{label}/{rel}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)


def code_digest(user_templates: Path | None) -> str:
    """apismith's code, its templates, a user's templates and the output libraries."""
    digest = hashlib.sha256(f"apismith {__version__} {sys.version_info[:2]}\0".encode())
    for name in _OUTPUT_LIBRARIES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name}=={version}\0".encode())
    package = Path(__file__).resolve().parent
    _tree_digest(digest, package, "generator")
    spec = importlib.util.find_spec("generator.templates")
    for location in sorted(spec.submodule_search_locations or []) if spec else []:
        if not Path(location).resolve().is_relative_to(package):
            _tree_digest(digest, Path(location), "templates")
    if user_templates is not None:
        _tree_digest(digest, user_templates, "user-templates")
    return digest.hexdigest()


def run_key(spec: Path, settings: Mapping[str, object], user_templates: Path | None) -> str:
    """Everything a run depends on except the content of the spec's files."""
    payload = json.dumps(
        {
            "spec": os.path.abspath(spec),
            "settings": {k: str(v) for k, v in settings.items()},
            "code": code_digest(user_templates),
        },
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _read(path: str) -> bytes | None:
    """Bytes of a regular file, never through a final symlink; None otherwise."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


def record(key: str, inputs: Mapping[str, str], out_dir: Path) -> None:
    """Remember that ``out_dir`` is current for ``key`` and these spec file hashes
    (absolute path -> sha256, "" for a referenced file that did not exist)."""
    manifest = _read(os.path.join(out_dir, _MANIFEST))
    if manifest is None:
        return
    entry = {"inputs": dict(sorted(inputs.items())), "manifest": _sha(manifest)}
    directory = cache_directory()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        temp = directory / f".tmp-{key}-{os.getpid()}"
        temp.write_text(json.dumps(entry, sort_keys=True), encoding="utf-8")
        os.replace(temp, directory / f"{key}.json")
    except OSError:
        pass  # a read-only or full cache only costs speed


def fast_check(key: str, out_dir: Path) -> bool:
    """True only when the recorded run provably still describes ``out_dir``."""
    try:
        entry = json.loads((cache_directory() / f"{key}.json").read_text(encoding="utf-8"))
        inputs: dict[str, str] = dict(entry["inputs"])
        manifest_hash = str(entry["manifest"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    for path, expected in inputs.items():
        data = _read(path)
        if (_sha(data) if data is not None else "") != expected:
            return False
    root = os.path.abspath(out_dir)
    if os.path.lexists(os.path.join(root, _JOURNAL)):
        return False
    manifest = _read(os.path.join(root, _MANIFEST))
    if manifest is None or _sha(manifest) != manifest_hash:
        return False
    try:
        files = {str(p): str(e["sha256"]) for p, e in json.loads(manifest)["files"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return False
    if not _plain_directories(root, files):
        return False
    return all(_file_matches(os.path.join(root, p), h) for p, h in files.items())


def _file_matches(path: str, expected: str) -> bool:
    data = _read(path)
    return data is not None and _sha(data) == expected


def _plain_directories(root: str, keys: Iterable[str]) -> bool:
    """No generated path may pass through a symlinked directory (or leave ``root``)."""
    seen: set[str] = set()
    for key in keys:
        if key.startswith("/") or ".." in key.split("/"):
            return False
        parts = key.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            d = "/".join(parts[:i])
            if d in seen:
                continue
            seen.add(d)
            if os.path.islink(os.path.join(root, d)):
                return False
    return True


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
