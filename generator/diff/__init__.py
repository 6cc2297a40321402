"""The diff stage: what changed between two versions of a spec, for callers over the
wire and for Python code using the generated client.

    load(old), load(new) -> parse each -> compare -> :class:`DiffReport`

It reads nothing itself: the CLI loads both documents (a file, or a git revision)
and hands them over; ``generate`` compares recorded client surfaces with
:func:`compare_surfaces`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.diff.checks import CHECKS, Check
    from generator.diff.config import DiffConfig
    from generator.diff.model import Change, Impact, Level
    from generator.diff.report import (
        DiffReport,
        compare_surfaces,
        diff_documents,
        diff_surfaced,
        located,
        surface_report,
    )

__all__ = [
    "CHECKS",
    "Change",
    "Check",
    "DiffConfig",
    "DiffReport",
    "Impact",
    "Level",
    "compare_surfaces",
    "diff_documents",
    "diff_surfaced",
    "located",
    "surface_report",
]

_HOMES = {
    "CHECKS": "checks",
    "Check": "checks",
    "DiffConfig": "config",
    "Change": "model",
    "Impact": "model",
    "Level": "model",
}


def __getattr__(name: str) -> Any:
    """The names above, imported on first use (PEP 562): ``generate`` needs only
    ``generator.diff.surface``, and importing the comparers would cost it ~90 ms."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{_HOMES.get(name, 'report')}")
    value = getattr(module, name)
    globals()[name] = value
    return value
