"""Collects changes as the comparers find them; schema changes learn later which
operations reach them (one change, every operation listed, not one copy each)."""

from __future__ import annotations

from collections.abc import Iterable

from generator.diagnostics import Location
from generator.diff.checks import CHECKS
from generator.diff.model import Change


class Collector:
    def __init__(self) -> None:
        self._changes: list[Change] = []
        self._subjects: list[set[str]] = []
        self._seen: dict[tuple[str, str, str, str, str], int] = {}

    def add(
        self, check_id: str, subject: str, message: str, file: str, pointer: str, side: str = "new"
    ) -> int:
        """Record one change (severity and level from the registry); its index. The same
        change reached again (a shared response or parameter) is one change."""
        key = (check_id, file, pointer, side, message)
        known = self._seen.get(key)
        if known is not None:
            if subject:
                self._subjects[known].add(subject)
            return known
        self._seen[key] = len(self._changes)
        check = CHECKS[check_id]
        location = Location(file, pointer)
        self._changes.append(
            Change(check_id, check.impact, check.level, subject, message, location, side)
        )
        self._subjects.append({subject} if subject else set())
        return len(self._changes) - 1

    def attach(self, indices: Iterable[int], subject: str) -> None:
        """``subject`` (an operation) reaches the changes at ``indices``."""
        for index in indices:
            self._subjects[index].add(subject)

    def changes(self) -> list[Change]:
        """Each change once, its subject the first operation (sorted) that reaches it."""
        out: list[Change] = []
        for change, subjects in zip(self._changes, self._subjects, strict=True):
            ordered = sorted(subjects)
            if not ordered:
                out.append(change)
                continue
            first, *others = ordered
            out.append(
                Change(
                    change.id,
                    change.impact,
                    change.level,
                    first,
                    change.message,
                    change.location,
                    change.side,
                    tuple(others),
                )
            )
        return out
