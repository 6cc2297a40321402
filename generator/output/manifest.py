"""The manifest, ``out_dir/.apismith-manifest.json``, and the paths it may list.

The manifest lists every generated file with the sha256 of its content (and of its
unformatted text when that differs, so ``check`` can skip the formatter). Its bytes
are deterministic: sorted keys, no timestamps. A generated path is a relative POSIX
path that stays inside the output directory (``check_relative_path``); a manifest
listing anything else is refused, so a tampered one cannot steer deletions.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.output.errors import ManifestError, OutputError, UnsafePathError

MANIFEST_NAME = ".apismith-manifest.json"
RESERVED_PREFIX = ".apismith-"
MANIFEST_VERSION = 1
_FORBIDDEN = re.compile(r"[\x00-\x1f\\:]")


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a previous run wrote: ``files`` maps path -> (sha256, raw sha256)."""

    files: dict[str, tuple[str, str]] = field(default_factory=dict)
    generator: dict[str, str] = field(default_factory=dict)
    formatter: str = ""
    raw_bytes: bytes = b""


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
