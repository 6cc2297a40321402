"""Lint configuration: ``[tool.apismith.lint]`` in pyproject.toml, or a TOML file.

.. code-block:: toml

    [tool.apismith.lint]
    fail-severity = "warning"          # exit 1 at or above this (default: error)
    disable = ["operation-description"]
    [tool.apismith.lint.rules]          # per-rule severity, or "off"
    operation-tags = "error"
    [[tool.apismith.lint.ignore]]       # drop findings by file glob and pointer prefix
    file = "specs/legacy/*.yaml"
    pointer = "/paths/~1old"
    rules = ["operation-summary"]       # optional; all rules when absent

A file given with ``--config`` may use the same table or put the keys at its top level.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Severity
from generator.lint.rules import RULES_BY_ID
from generator.settings.project import ConfigError, apismith_table, find_pyproject, read_toml


@dataclass(frozen=True, slots=True)
class Ignore:
    file: str = "*"
    pointer: str = ""
    rules: frozenset[str] = frozenset()

    def matches(self, diagnostic: Diagnostic) -> bool:
        loc = diagnostic.location
        if not fnmatch.fnmatchcase(loc.file.replace("\\", "/"), self.file):
            return False
        prefix = self.pointer.rstrip("/")
        if prefix and loc.pointer != prefix and not loc.pointer.startswith(prefix + "/"):
            return False
        return not self.rules or diagnostic.code in self.rules


@dataclass(frozen=True, slots=True)
class LintConfig:
    severities: dict[str, Severity | None] = field(default_factory=dict)  # None = off
    ignores: tuple[Ignore, ...] = ()
    fail_severity: Severity = Severity.ERROR
    source: str = ""

    def enabled(self, rule_id: str) -> bool:
        return self.severities.get(rule_id, Severity.HINT) is not None

    def severity_for(self, code: str, default: Severity) -> Severity:
        configured = self.severities.get(code)
        return default if configured is None else configured

    def ignored(self, diagnostic: Diagnostic) -> bool:
        return any(ignore.matches(diagnostic) for ignore in self.ignores)


def find_config(explicit: str | None, start: Path) -> LintConfig:
    """The ``--config`` file, else the nearest pyproject.toml with a lint table.

    Both are read by the project's one reader (``generator.settings.project``); a
    ``--config`` file may also put the lint keys at its top level.
    """
    if explicit:
        path = Path(explicit)
        data = read_toml(path)
        section = apismith_table(data, path) or {}
        return parse_config(section.get("lint", data), explicit)
    candidate = find_pyproject(start)
    if candidate is None:
        return LintConfig()
    table = (apismith_table(read_toml(candidate), candidate) or {}).get("lint")
    return parse_config(table, str(candidate)) if table is not None else LintConfig()


def parse_config(table: Any, source: str) -> LintConfig:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: the lint configuration must be a table")
    known = {"fail-severity", "disable", "rules", "ignore", "tool"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{source}: unknown lint setting(s): {', '.join(unknown)}")
    severities: dict[str, Severity | None] = {}
    for rule_id in _strings(table.get("disable", []), source, "disable"):
        severities[_rule_id(rule_id, source)] = None
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(f"{source}: 'rules' must be a table of rule id = severity")
    for rule_id, level in rules.items():
        severities[_rule_id(rule_id, source)] = _severity(level, source, allow_off=True)
    ignores = tuple(_ignore(item, source) for item in _list(table.get("ignore", []), source))
    fail = _severity(table.get("fail-severity", "error"), source, allow_off=False)
    assert fail is not None
    return LintConfig(severities, ignores, fail, source)


def _rule_id(rule_id: str, source: str) -> str:
    if rule_id not in RULES_BY_ID:
        raise ConfigError(f"{source}: unknown rule {rule_id!r}")
    return rule_id


def _severity(level: Any, source: str, *, allow_off: bool) -> Severity | None:
    if allow_off and level in ("off", False):
        return None
    try:
        return Severity.parse(str(level))
    except ValueError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def _list(value: Any, source: str) -> list[Any]:
    if not isinstance(value, list):
        raise ConfigError(f"{source}: 'ignore' must be an array of tables")
    return value


def _strings(value: Any, source: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: {key!r} must be an array of strings")
    return value


def _ignore(item: Any, source: str) -> Ignore:
    if not isinstance(item, dict) or set(item) - {"file", "pointer", "rules"}:
        raise ConfigError(f"{source}: each ignore takes 'file', 'pointer' and 'rules'")
    rules = frozenset(_strings(item.get("rules", []), source, "rules"))
    return Ignore(str(item.get("file", "*")), str(item.get("pointer", "")), rules)
