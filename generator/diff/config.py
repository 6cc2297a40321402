"""Diff settings: ``[tool.apismith.diff]`` in pyproject.toml (interpreted here from
what :mod:`generator.settings.project` reads).

.. code-block:: toml

    [tool.apismith.diff]
    fail-on = "breaking"                  # exit 1 at or above this; default: never
    [tool.apismith.diff.checks]           # per-check severity, or "off"
    response-enum-value-added = "info"
    class-module-changed = "off"
    [[tool.apismith.diff.ignore]]         # drop changes by check, subject glob, pointer
    checks = ["response-optional-property-removed"]   # optional; all checks when absent
    subject = "POST /v1/internal/*"       # optional glob on the operation or class
    pointer = "/components/schemas/Legacy"  # optional pointer prefix
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from typing import Any

from generator.diff.checks import CHECKS
from generator.diff.model import Change, Impact
from generator.settings.project import ConfigError


@dataclass(frozen=True, slots=True)
class Ignore:
    checks: frozenset[str] = frozenset()
    subject: str = "*"
    pointer: str = ""

    def matches(self, change: Change) -> bool:
        if self.checks and change.id not in self.checks:
            return False
        if not fnmatch.fnmatchcase(change.subject, self.subject):
            return False
        prefix = self.pointer.rstrip("/")
        pointer = change.location.pointer
        return not prefix or pointer == prefix or pointer.startswith(prefix + "/")


@dataclass(frozen=True, slots=True)
class DiffConfig:
    severities: dict[str, Impact | None] = field(default_factory=dict)  # None: off
    ignores: tuple[Ignore, ...] = ()
    fail_on: Impact | None = None
    source: str = ""

    def apply(self, changes: list[Change]) -> list[Change]:
        """The changes with severities overridden; those turned off or ignored left out."""
        out = []
        for change in changes:
            if change.id in self.severities:
                impact = self.severities[change.id]
                if impact is None:
                    continue
                change = replace(change, impact=impact)
            if not any(ignore.matches(change) for ignore in self.ignores):
                out.append(change)
        return out


def parse_config(table: Any, source: str) -> DiffConfig:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [tool.apismith.diff] must be a table")
    unknown = sorted(set(table) - {"fail-on", "checks", "ignore"})
    if unknown:
        raise ConfigError(f"{source}: unknown diff setting(s): {', '.join(unknown)}")
    severities: dict[str, Impact | None] = {}
    checks = table.get("checks", {})
    if not isinstance(checks, dict):
        raise ConfigError(f"{source}: 'checks' must be a table of check id = severity")
    for check_id, level in checks.items():
        severities[_check_id(check_id, source)] = None if level == "off" else _impact(level, source)
    ignores = table.get("ignore", [])
    if not isinstance(ignores, list):
        raise ConfigError(f"{source}: 'ignore' must be an array of tables")
    fail = table.get("fail-on")
    return DiffConfig(
        severities,
        tuple(_ignore(item, source) for item in ignores),
        None if fail is None else _impact(fail, source),
        source,
    )


def _check_id(check_id: str, source: str) -> str:
    if check_id not in CHECKS:
        raise ConfigError(f"{source}: unknown diff check {check_id!r}")
    return check_id


def _impact(level: Any, source: str) -> Impact:
    try:
        return Impact.parse(str(level))
    except ValueError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def _ignore(item: Any, source: str) -> Ignore:
    if not isinstance(item, dict) or set(item) - {"checks", "subject", "pointer"}:
        raise ConfigError(f"{source}: each ignore takes 'checks', 'subject' and 'pointer'")
    checks = item.get("checks", [])
    if not isinstance(checks, list) or not all(isinstance(c, str) for c in checks):
        raise ConfigError(f"{source}: 'checks' of an ignore must be an array of check ids")
    return Ignore(
        frozenset(_check_id(c, source) for c in checks),
        str(item.get("subject", "*")),
        str(item.get("pointer", "")),
    )
