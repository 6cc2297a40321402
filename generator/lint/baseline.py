"""A baseline: findings a team has accepted for now, so that CI fails only on new ones.

``apismith lint SPEC --write-baseline FILE`` records every finding of the run;
``--baseline FILE`` leaves those out of later reports and exit codes. A finding
is matched by file, rule and JSON pointer, not by line, so edits elsewhere in
the spec do not bring it back; each entry stands for one finding, so a second
finding of the same rule at the same pointer is new. Files that cannot be read
(``load.*``) and internal errors are never left out.

The file is JSON with sorted keys and lists, so it diffs well in review::

    {"apismith-baseline": 1,
     "findings": {"specs/api.yaml": {"operation-description": ["/paths/~1pets/get"]}}}
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from generator.diagnostics import Diagnostic

FORMAT_VERSION = 1
_KEY = "apismith-baseline"

Entry = tuple[str, str, str]  # file, rule, pointer


class BaselineError(Exception):
    """The baseline file cannot be used; the message names it and says why."""


@dataclass(frozen=True, slots=True)
class Filtered:
    kept: list[Diagnostic]
    left_out: int  # findings the baseline accounted for
    stale: int  # baseline entries no finding matched any more (fixed since)


def can_baseline(diagnostic: Diagnostic) -> bool:
    return not diagnostic.code.startswith(("load.", "internal"))


def _entry(diagnostic: Diagnostic) -> Entry:
    return (diagnostic.location.file, diagnostic.code, diagnostic.location.pointer)


def render(diagnostics: Sequence[Diagnostic]) -> str:
    """The baseline file for these findings."""
    from generator.lint.formats.pretty_json import dumps  # orjson: only when writing

    tree: dict[str, dict[str, list[str]]] = {}
    for file, rule, pointer in sorted(_entry(d) for d in diagnostics if can_baseline(d)):
        tree.setdefault(file, {}).setdefault(rule, []).append(pointer)
    return dumps({_KEY: FORMAT_VERSION, "findings": tree})


def parse(text: str, name: str) -> Counter[Entry]:
    """The entries of a baseline file's text; ``BaselineError`` if it is not one."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BaselineError(f"{name}: not JSON ({exc})") from None
    if not isinstance(data, dict) or data.get(_KEY) != FORMAT_VERSION:
        raise BaselineError(f"{name}: not an apismith baseline (write one with --write-baseline)")
    findings = data.get("findings")
    if not isinstance(findings, dict):
        raise BaselineError(f"{name}: 'findings' must map files to rules to pointers")
    entries: Counter[Entry] = Counter()
    for file, rules in findings.items():
        if not isinstance(rules, dict):
            raise BaselineError(f"{name}: findings of {file!r} must map rules to pointers")
        for rule, pointers in rules.items():
            if not isinstance(pointers, list) or not all(isinstance(p, str) for p in pointers):
                raise BaselineError(f"{name}: {file!r} {rule!r} must list pointer strings")
            for pointer in pointers:
                entries[(file, rule, pointer)] += 1
    return entries


def apply(diagnostics: Sequence[Diagnostic], entries: Counter[Entry]) -> Filtered:
    """Leave out one finding per matching entry, in report order."""
    left = Counter(entries)
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        key = _entry(diagnostic)
        if left[key] > 0 and can_baseline(diagnostic):
            left[key] -= 1
        else:
            kept.append(diagnostic)
    left_out = len(diagnostics) - len(kept)
    return Filtered(kept, left_out, sum(left.values()))
