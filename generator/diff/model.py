"""What a diff finding is: a :class:`Change`, its :class:`Impact` and :class:`Level`."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from generator.diagnostics import Location


class Impact(enum.IntEnum):
    """How a change affects the people who depend on the old version; ordered."""

    INFO = 0
    """Compatible: nothing a client did before stops working."""
    WARNING = 1
    """May break some clients (a value they may not expect, a removed optional input)."""
    BREAKING = 2
    """Breaks clients written against the old version."""

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Impact:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(m.label for m in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of {names})") from None


class Level(enum.Enum):
    """Who is affected: callers over HTTP, or Python code using the generated client."""

    WIRE = "wire"
    PYTHON = "python"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two versions of a spec.

    ``subject`` is the operation (``GET /pets``), schema or Python name it concerns;
    ``others`` are further operations that reach the same changed schema. ``side``
    says which document ``location`` points into: ``old`` for what was removed,
    ``new`` otherwise.
    """

    id: str
    impact: Impact
    level: Level
    subject: str
    message: str
    location: Location
    side: str = "new"
    others: tuple[str, ...] = field(default=())

    def sort_key(self) -> tuple[int, str, int, str, str, str]:
        loc = self.location
        return (
            0 if self.level is Level.WIRE else 1,
            self.subject,
            -self.impact,
            self.id,
            loc.pointer,
            self.message,
        )
