"""Counts of checked example requests, printed at the end of the run (``conftest.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    checked: dict[str, int] = field(default_factory=dict)
    invalid: dict[str, int] = field(default_factory=dict)
    unsatisfiable: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)

    def add(self, spec: str, checked: int, invalid: int, unsatisfiable: int) -> None:
        self.checked[spec] = checked
        self.invalid[spec] = invalid
        self.unsatisfiable[spec] = unsatisfiable

    def lines(self) -> list[str]:
        if not self.checked and not self.skipped:
            return []
        out = [
            f"example requests: {sum(self.checked.values())} checked in "
            f"{len(self.checked)} specs, {sum(self.invalid.values())} invalid, "
            f"{sum(self.unsatisfiable.values())} for schemas no value satisfies, "
            f"{len(self.skipped)} specs skipped"
        ]
        out += [f"  skipped {spec}: {reason}" for spec, reason in sorted(self.skipped.items())]
        return out


TALLY = Tally()
