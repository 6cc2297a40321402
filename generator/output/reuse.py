"""Reuse the previous run's laid-out modules whose one-line render is unchanged.

The manifest records, for every module render laid out, the hash of its text before
layout (``raw_sha256``) and after (``sha256``), under a formatter id that names the
layout code's own digest. When a new run renders a module to the same text, and the file
on disk still has the recorded hash, the file's bytes are what layout would produce
again: ``generate`` takes them instead of laying the module out. A template, spec or
layout change changes the raw text or the formatter id, so nothing stale is reused.
Read-only; ``check`` never uses it (it proves the output by laying out everything).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from generator import render
from generator.output.atomic import read_existing
from generator.output.errors import ManifestError, OutputError
from generator.output.manifest import Manifest, encode, read_manifest, sha256_bytes

Reuse = Callable[[str, str], "str | None"]
"""``reuse(path, raw text) -> laid-out text`` when the previous run's file is current."""


@lru_cache(maxsize=1)
def layout_digest() -> str:
    """A digest of the layout code (``render/layout*.py``): part of the formatter id, so
    a changed layout never trusts what an older one wrote."""
    digest = hashlib.sha256()
    for path in sorted(Path(render.__file__).parent.glob("layout*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def previous_manifest(out_dir: Path) -> Manifest | None:
    """The manifest in ``out_dir``; None when there is none or it cannot be used."""
    try:
        return read_manifest(out_dir)
    except ManifestError:
        return None


def previous_layout(out_dir: Path, formatter: str, manifest: Manifest | None) -> Reuse:
    """What the previous run in ``out_dir`` (whose manifest is ``manifest``) laid out,
    when it used ``formatter``."""
    if manifest is None or manifest.formatter != formatter:
        return _nothing
    files = manifest.files

    def reuse(path: str, raw: str) -> str | None:
        entry = files.get(path)
        if entry is None or entry[1] != sha256_bytes(encode(raw)):
            return None
        return as_recorded(out_dir, path, entry[0])

    return reuse


def as_recorded(out_dir: Path, path: str, sha256: str) -> str | None:
    """The text of ``out_dir/path`` when its bytes still have the recorded ``sha256``;
    None when it was edited or removed since, or cannot be read."""
    try:
        data = read_existing(out_dir, path)
    except (OSError, OutputError):
        return None
    if data is None or sha256_bytes(data) != sha256:
        return None
    try:
        return data.decode("utf-8", "surrogatepass")  # the inverse of ``encode``
    except UnicodeDecodeError:
        return None


def _nothing(path: str, raw: str) -> str | None:
    return None
