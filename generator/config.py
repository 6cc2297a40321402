"""``[tool.apismith]`` in the nearest ``pyproject.toml``: defaults for the CLI.

Paths in the file are relative to the file's directory. Command-line flags
override every key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KEYS = {
    "spec": "path",
    "output": "path",
    "package-name": "str",
    "docs-style": "str",
    "templates": "path",
    "docs": "bool",
    "tags": "str",
}


class ConfigError(Exception):
    """A malformed configuration (exit code 2)."""


@dataclass(frozen=True)
class ProjectConfig:
    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str) -> Any:
        return self.values.get(key)


def find_pyproject(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None, explicit: Path | None = None) -> ProjectConfig:
    path = explicit or find_pyproject((start or Path.cwd()).resolve())
    if path is None:
        return ProjectConfig()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    section = data.get("tool", {}).get("apismith", {})
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.apismith] must be a table")
    values: dict[str, Any] = {}
    for key, kind in KEYS.items():
        if key not in section:
            continue
        value = section[key]
        expected = bool if kind == "bool" else str
        if not isinstance(value, expected):
            raise ConfigError(f"{path}: [tool.apismith] {key} must be a {expected.__name__}")
        values[key] = (path.parent / str(value)) if kind == "path" else value
    return ProjectConfig(path, values)
