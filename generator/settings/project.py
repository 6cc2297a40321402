"""``[tool.apismith]`` in the nearest ``pyproject.toml`` (or a ``--config`` file).

The one reader of the project's configuration and the one ``ConfigError``: the CLI's
defaults (``generate``, ``check``, ``docs``) and the linter's ``lint`` sub-table both
come from :func:`apismith_table`. Paths in the file are relative to the file's
directory. Command-line flags override every key.
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
    """A configuration that cannot be used (a usage error, exit code 2)."""


@dataclass(frozen=True)
class ProjectConfig:
    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str) -> Any:
        return self.values.get(key)


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` in ``start`` or one of its parents."""
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def read_toml(path: Path) -> dict[str, Any]:
    """The whole TOML file, or a ``ConfigError`` naming the file."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(f"{path}: cannot read the config file: {reason}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def apismith_table(data: dict[str, Any], path: Path) -> dict[str, Any] | None:
    """``[tool.apismith]`` of a parsed file; None when the file has none."""
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: [tool] must be a table")
    section = tool.get("apismith")
    if section is not None and not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.apismith] must be a table")
    return section


def locate(explicit: Path | None, start: Path | None = None) -> Path | None:
    """The ``--config`` file when given, else the nearest ``pyproject.toml``."""
    return explicit or find_pyproject((start or Path.cwd()).resolve())


def load_config(start: Path | None = None, explicit: Path | None = None) -> ProjectConfig:
    """The CLI's defaults from ``[tool.apismith]``, each key checked for its kind."""
    path = locate(explicit, start)
    if path is None:
        return ProjectConfig()
    section = apismith_table(read_toml(path), path) or {}
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
