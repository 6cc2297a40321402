"""What a lint rule is: data (id, severity, description) plus a pure check function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's raw result: where (a JSON pointer in ``file``, default the root) and what."""

    pointer: str
    message: str
    file: str = ""
    as_read: bool = False  # the pointer is into the text as read, not an upgraded tree


Check = Callable[[SpecIndex], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One lint rule.

    ``structural`` rules are part of ``apismith validate`` (they mirror the
    semantic checks openapi-spec-validator makes, but located); the others run
    only under ``apismith lint``. ``versions`` limits a rule to some OpenAPI
    versions (``"3.0"``, ``"3.1"``); empty means all.
    """

    id: str
    severity: Severity
    description: str
    check: Check
    structural: bool = False
    versions: tuple[str, ...] = ()

    def applies_to(self, version: str) -> bool:
        return not self.versions or version in self.versions


def rule(
    id: str,
    severity: Severity,
    description: str,
    *,
    structural: bool = False,
    versions: tuple[str, ...] = (),
) -> Callable[[Check], Rule]:
    """Decorator turning a check function into a :class:`Rule`."""

    def wrap(check: Check) -> Rule:
        return Rule(id, severity, description, check, structural, versions)

    return wrap
