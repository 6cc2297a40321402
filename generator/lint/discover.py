"""Expand the command line's SPEC arguments: files as given, directories searched."""

from __future__ import annotations

import json
import re
from pathlib import Path

SUFFIXES = (".yaml", ".yml", ".json")
_SKIP_DIRS = {"node_modules", "__pycache__", "venv"}
# A top-level YAML key starts in column 0; JSON is parsed to look at its top level.
_YAML_MARKER = re.compile(r"""^["']?(?:openapi|swagger)["']?\s*:""", re.M)
_JSON_HINT = re.compile(r""""(?:openapi|swagger)"\s*:""")
_SNIFF_BYTES = 1 << 20


def is_spec(path: Path) -> bool:
    """Does this file look like an OpenAPI/Swagger document (a top-level version key)?"""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES).decode("utf-8-sig", "replace")
    except OSError:
        return False
    if not head.lstrip().startswith("{"):
        return bool(_YAML_MARKER.search(head))
    if not _JSON_HINT.search(head):
        return False
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return True  # looks like a spec; let the loader say what is wrong with it
    return isinstance(data, dict) and ("openapi" in data or "swagger" in data)


def expand(arguments: list[str], *, specs_only: bool = False) -> tuple[list[str], list[str]]:
    """(spec paths to check, directories that held none). Files are kept as given,
    even unreadable ones, so that they are reported rather than skipped; with
    ``specs_only`` (a pre-commit hook handed every changed YAML and JSON file) a given
    file that does not look like an OpenAPI document is left out."""
    found: list[str] = []
    empty: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if not path.is_dir():
            if not specs_only or is_spec(path):
                found.append(argument)
            continue
        before = len(found)
        for candidate in sorted(path.rglob("*")):
            relative = candidate.relative_to(path).parts
            if any(p.startswith(".") or p in _SKIP_DIRS for p in relative[:-1]):
                continue
            if candidate.suffix.lower() in SUFFIXES and candidate.is_file() and is_spec(candidate):
                found.append(str(candidate))
        if len(found) == before:
            empty.append(argument)
    return list(dict.fromkeys(found)), empty
