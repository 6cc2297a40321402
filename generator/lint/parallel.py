"""Run one spec's lint rules on two cores.

After the spec is read and indexed, the process forks (``forking.shared_map``):
parent and child take rules one at a time from a shared pipe, slowest first (so
a slow rule does not leave the other core idle), and the child sends its located
diagnostics back, pickled. The result is assembled in rule order, so the report
is the same bytes as a one-process run. Only where ``fork`` is cheap and safe;
a child that fails or dies leaves its rules to the parent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.diagnostics import Diagnostic
from generator.forking import shared_map
from generator.lint.model import Rule

RunOne = Callable[[Rule], list[Diagnostic]]

# Rules that take longest on big specs go first, so the last one taken is short.
_SLOW_FIRST = (
    "example-invalid",
    "python-name-collision",
    "unused-component",
    "default-invalid",
    "schema-required-undefined",
    "path-ambiguous",
    "enum-type-mismatch",
)


def run_serial(rules: Sequence[Rule], run_one: RunOne) -> list[Diagnostic]:
    """Every rule's diagnostics, in rule order, in this process."""
    return [d for rule in rules for d in run_one(rule)]


def run_split(rules: Sequence[Rule], run_one: RunOne) -> list[Diagnostic]:
    """Every rule's diagnostics, in rule order, computed by two processes."""
    rank = {rule_id: i for i, rule_id in enumerate(_SLOW_FIRST)}
    order = sorted(range(len(rules)), key=lambda i: rank.get(rules[i].id, len(rank)))
    results, _ = shared_map([rules[i] for i in order], run_one, lambda: None)
    found = dict(zip(order, results, strict=True))
    return [d for i in range(len(rules)) for d in found[i]]
