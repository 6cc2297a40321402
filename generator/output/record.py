"""A record of finished runs, so ``check`` can answer without re-rendering.

Generation is a pure function of (the spec's files, the options, apismith's own
code and templates, the libraries that shape the output). A record holds a key made
of everything but the spec's content, the sha256 of each spec file that was read and
the sha256 of the manifest. The key holds only what decides the output's bytes: of
jinja2 and pyyaml, the *major* version (a major release may change how templates
render or specs parse; a patch release must not rewrite a committed record on a
fresh machine), and of black nothing by default; a run that does format with black
(custom templates, or an explicit ``--format black``) passes ``formatter=`` (black's
exact version and mode) and the key holds it. ``generate`` leaves one in the output
directory (``.apismith-record.json``, committed with the output, so a fresh CI clone
has it); a full ``check`` that passes leaves one in the cache (``check`` never
writes the output). :func:`fast_check` recomputes the key, re-hashes the spec files
and every file the manifest lists; only when all of it matches is the output
current without load, parse or render. Anything else (no record, a spec, code,
option, formatter or major library change, a hand edit, a journal) is a miss, and
the caller runs the full check, the only one that reports differences. A damaged
record is a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.util
import json
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

import generator
from generator import __version__
from generator.output.atomic import JOURNAL_NAME, check_directories, read_existing, replace_file
from generator.output.errors import OutputError
from generator.output.manifest import read_manifest, sha256_bytes

_OUTPUT_LIBRARIES = ("jinja2", "pyyaml")  # their major versions are in the key
RECORD_NAME = ".apismith-record.json"


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


_MODULES = {"jinja2": "jinja2", "pyyaml": "yaml"}
"""The module of each output library, whose ``__version__`` is read: importing
``importlib.metadata`` costs every run about 30 ms."""


def _major_version(name: str) -> str:
    """An installed distribution's major version ("6" for 6.0.4), or "absent"."""
    try:
        version = getattr(importlib.import_module(_MODULES[name]), "__version__", None)
    except ImportError:
        return "absent"
    if not isinstance(version, str):
        from importlib import metadata  # a release without __version__: ask its metadata

        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            return "absent"
    found = re.match(r"(?:\d+!)?(\d+)", version.strip())  # skips an epoch ("1!")
    return str(int(found.group(1))) if found else version


def code_root() -> Path:
    """The ``generator`` package's folder: all of it decides the output, not only
    ``generator/output``."""
    return Path(generator.__file__).resolve().parent


def code_digest(user_templates: Path | None, *, formatter: str | None = None) -> str:
    """apismith's code, its templates, a user's templates, the major versions of the
    output libraries and, when given, the formatter the run used (e.g. black's
    ``formatter_id``: its exact version and mode)."""
    digest = hashlib.sha256(f"apismith {__version__} {sys.version_info[:2]}\0".encode())
    for name in _OUTPUT_LIBRARIES:
        digest.update(f"{name}=={_major_version(name)}.*\0".encode())
    if formatter is not None:
        digest.update(f"formatter {formatter}\0".encode())
    package = code_root()
    _tree_digest(digest, package, "generator")
    spec = importlib.util.find_spec("generator.templates")
    for location in sorted(spec.submodule_search_locations or []) if spec else []:
        if not Path(location).resolve().is_relative_to(package):
            _tree_digest(digest, Path(location), "templates")
    if user_templates is not None:
        _tree_digest(digest, user_templates, "user-templates")
    return digest.hexdigest()


def run_key(
    spec: Path,
    out_dir: Path,
    settings: Mapping[str, object],
    user_templates: Path | None,
    *,
    formatter: str | None = None,
) -> str:
    """Everything a run depends on except the content of the spec's files. The spec is
    named relative to the output directory, so a committed record holds in any clone.
    ``formatter``: the formatter a run used, when it decides the output (custom
    templates, an explicit ``--format black``); None leaves it out of the key."""
    payload = json.dumps(
        {
            "spec": _relative(os.path.abspath(spec), out_dir),
            "settings": {k: str(v) for k, v in settings.items()},
            "code": code_digest(user_templates, formatter=formatter),
        },
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _relative(path: str, out_dir: Path) -> str:
    return os.path.relpath(path, os.path.abspath(out_dir)).replace(os.sep, "/")


def _read_input(path: str) -> bytes | None:
    """A spec file's bytes, read as the loader reads it (through links); None if absent."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def record_bytes(
    key: str, inputs: Mapping[str, str], out_dir: Path, manifest_sha256: str = ""
) -> bytes | None:
    """The record of a run whose output is now ``out_dir`` (None without a manifest).

    ``inputs``: absolute path of each spec file read -> sha256 ("" for a referenced
    file that did not exist); stored relative to ``out_dir``, sorted, so the record is
    the same bytes in every clone and whatever the order files were read in.
    ``manifest_sha256``: the manifest's digest when the caller just wrote it.
    """
    if not manifest_sha256:
        try:
            manifest = read_manifest(out_dir)
        except OutputError:
            return None
        if manifest is None:
            return None
        manifest_sha256 = sha256_bytes(manifest.raw_bytes)
    entry = {
        "apismith_record": 1,
        "key": key,
        "inputs": dict(sorted((_relative(p, out_dir), h) for p, h in inputs.items())),
        "manifest": manifest_sha256,
    }
    return (json.dumps(entry, indent=1, sort_keys=True) + "\n").encode()


def write_record(data: bytes, target: Path) -> None:
    """Write a record atomically; a failure only costs the next check its speed."""
    with contextlib.suppress(OSError):
        if target.is_file() and target.read_bytes() == data:
            return  # unchanged: keep its mtime
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, data)


def output_record(out_dir: Path) -> Path:
    """Where ``generate`` leaves its record: beside the manifest, committed with it."""
    return out_dir / RECORD_NAME


def cache_record(key: str) -> Path:
    """Where a passing ``check`` leaves one (``check`` never writes the output)."""
    return cache_directory() / f"{key}.json"


def fast_check(key: str, out_dir: Path) -> bool:
    """True only when a record (the output directory's, else the cache's) provably
    still describes ``out_dir``: same key, spec files, manifest and generated files."""
    return any(_holds(path, key, out_dir) for path in (output_record(out_dir), cache_record(key)))


def _holds(record_path: Path, key: str, out_dir: Path) -> bool:
    data = _read_input(str(record_path))
    if data is None:
        return False
    try:
        entry = json.loads(data)
        inputs = {str(p): str(h) for p, h in dict(entry["inputs"]).items()}
        manifest_hash = str(entry["manifest"])
        if entry["apismith_record"] != 1 or entry["key"] != key:
            return False
    except (ValueError, KeyError, TypeError):
        return False
    root = Path(os.path.abspath(out_dir))
    for path, expected in inputs.items():
        found = _read_input(os.path.join(root, path))
        if (sha256_bytes(found) if found is not None else "") != expected:
            return False
    if os.path.lexists(root / JOURNAL_NAME):
        return False
    try:  # write's own readers: the same path and symlink rules as generate and check
        manifest = read_manifest(root)
        if manifest is None or sha256_bytes(manifest.raw_bytes) != manifest_hash:
            return False
        check_directories(root, manifest.files)
        return all(
            (current := read_existing(root, path)) is not None
            and sha256_bytes(current) == hashes[0]
            for path, hashes in manifest.files.items()
        )
    except (OutputError, OSError):
        return False
