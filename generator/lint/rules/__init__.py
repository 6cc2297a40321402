"""The rule registry: every lint rule, in a stable order."""

from __future__ import annotations

from generator.lint.model import Rule
from generator.lint.rules import (
    codegen,
    components,
    operations,
    paths,
    ref_kinds,
    schema_values,
    security,
    servers,
    tags,
)

_MODULES = (
    operations,
    paths,
    components,
    ref_kinds,
    schema_values,
    servers,
    security,
    tags,
    codegen,
)

ALL_RULES: tuple[Rule, ...] = tuple(
    sorted(
        (
            value
            for module in _MODULES
            for value in vars(module).values()
            if isinstance(value, Rule)
        ),
        key=lambda r: r.id,
    )
)
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in ALL_RULES}

__all__ = ["ALL_RULES", "RULES_BY_ID", "Rule"]
