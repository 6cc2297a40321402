"""The recorded client surface (``.apismith-surface.json`` beside the manifest).

``generate`` writes it after every run and reads the previous one first, so the next
run can say what a spec change did to the client, also in a clean clone of a
repository that commits its output; ``check --fail-on`` reads it the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.output.record import write_record

SURFACE_NAME = ".apismith-surface.json"


def surface_path(out_dir: Path) -> Path:
    return out_dir / SURFACE_NAME


def read_surface(out_dir: Path) -> dict[str, Any] | None:
    """The previous run's surface; None when there is none or it cannot be read."""
    try:
        value = json.loads(surface_path(out_dir).read_bytes())
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def write_surface(data: bytes, out_dir: Path) -> None:
    write_record(data, surface_path(out_dir))
