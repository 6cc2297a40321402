"""The inputs record (``.apismith-inputs.json`` beside the manifest): what each file
rendered from an IR slice was rendered from.

``generate`` writes, after the manifest, the key of every such file
(``render.slices``) under the run key (settings and apismith's code) and the digest
of the manifest written with them. The next ``generate`` into the same directory
takes a file as it is on disk, without rendering or laying it out, when the run key
and the manifest are the same, the file's key is the same and the file still has the
bytes the manifest records: it would render to those bytes again. Anything else (an
edited file, another apismith, a record left from an older run) renders as usual.
Read-only apart from ``write_inputs``; ``check`` never uses it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

from generator.output.manifest import Manifest, sha256_bytes
from generator.output.record import write_record
from generator.output.reuse import as_recorded

INPUTS_NAME = ".apismith-inputs.json"
INPUTS_VERSION = 1

Previous = Callable[[str, str], "tuple[str, str, str] | None"]
"""``previous(path, key) -> (text, its sha256, the sha256 of its unformatted render)``
when the file on disk is what the previous run rendered from the same inputs."""


def inputs_bytes(run_key: str, manifest_sha256: str, keys: Mapping[str, str]) -> bytes:
    """Deterministic bytes, one file per line (a regenerate's change reads as a short
    diff where the output is committed)."""
    dump = json.JSONEncoder(ensure_ascii=False).encode
    lines = [
        "{",
        f'  "apismith_inputs": {INPUTS_VERSION},',
        f'  "run_key": {dump(run_key)},',
        f'  "manifest_sha256": {dump(manifest_sha256)},',
        '  "files": {',
    ]
    lines += [f"    {dump(path)}: {dump(keys[path])}," for path in sorted(keys)]
    if keys:
        lines[-1] = lines[-1][:-1]
    lines += ["  }", "}"]
    return ("\n".join(lines) + "\n").encode()


def write_inputs(data: bytes, out_dir: Path) -> None:
    write_record(data, out_dir / INPUTS_NAME)


def previous_inputs(out_dir: Path, run_key: str, manifest: Manifest | None) -> Previous | None:
    """The previous run's files by key; None when its record is absent, unreadable, of
    another run key, or not written with ``manifest`` (the one now in ``out_dir``)."""
    if manifest is None:
        return None
    try:
        doc = json.loads((out_dir / INPUTS_NAME).read_bytes())
    except (OSError, ValueError):
        return None
    if (
        not isinstance(doc, dict)
        or doc.get("apismith_inputs") != INPUTS_VERSION
        or doc.get("run_key") != run_key
        or doc.get("manifest_sha256") != sha256_bytes(manifest.raw_bytes)
        or not isinstance(doc.get("files"), dict)
    ):
        return None
    keys: dict[str, object] = doc["files"]
    files = manifest.files

    def previous(path: str, key: str) -> tuple[str, str, str] | None:
        entry = files.get(path)
        if entry is None or keys.get(path) != key:
            return None
        text = as_recorded(out_dir, path, entry[0])  # None: edited since, render it again
        return None if text is None else (text, entry[0], entry[1])

    return previous
