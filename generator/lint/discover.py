"""Expand the command line's SPEC arguments: files as given, directories searched."""

from __future__ import annotations

import re
from pathlib import Path

SUFFIXES = (".yaml", ".yml", ".json")
_SKIP_DIRS = {"node_modules", "__pycache__", "venv"}
_MARKER = re.compile(r"""^(?:openapi|swagger)\s*:|["'](?:openapi|swagger)["']\s*:""", re.M)
_SNIFF_BYTES = 1 << 20


def is_spec(path: Path) -> bool:
    """Does this file look like an OpenAPI/Swagger document (a top-level version key)?"""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES).decode("utf-8", "replace")
    except OSError:
        return False
    return bool(_MARKER.search(head))


def expand(arguments: list[str]) -> tuple[list[str], list[str]]:
    """(spec paths to check, directories that held none). Files are kept as given,
    even unreadable ones, so that they are reported rather than skipped."""
    found: list[str] = []
    empty: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if not path.is_dir():
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
