"""Models of Composition API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .employee import Employee as Employee
    from .new_employee import NewEmployee as NewEmployee
    from .overrides import Overrides as Overrides
    from .person import Person as Person
    from .team import Team as Team
    from .timestamps import Timestamps as Timestamps

_EXPORTS: dict[str, str] = {
    "Employee": ".employee",
    "NewEmployee": ".new_employee",
    "Overrides": ".overrides",
    "Person": ".person",
    "Team": ".team",
    "Timestamps": ".timestamps",
}

__all__ = [
    "Employee",
    "NewEmployee",
    "Overrides",
    "Person",
    "Team",
    "Timestamps",
]


def __getattr__(name: str) -> Any:
    """Import a name's module on first use, so importing the package stays cheap."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
