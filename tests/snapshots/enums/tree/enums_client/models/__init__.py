"""Models of Enums API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .case_duplicates import CaseDuplicates as CaseDuplicates
    from .duplicated import Duplicated as Duplicated
    from .level import Level as Level
    from .list_tickets_priority import ListTicketsPriority as ListTicketsPriority
    from .named import Named as Named
    from .oddities import Oddities as Oddities
    from .reserved import Reserved as Reserved
    from .ticket import Ticket as Ticket
    from .ticket_labels_item import TicketLabelsItem as TicketLabelsItem
    from .ticket_only import TicketOnly as TicketOnly
    from .ticket_severity import TicketSeverity as TicketSeverity
    from .ticket_state import TicketState as TicketState

_EXPORTS: dict[str, str] = {
    "CaseDuplicates": ".case_duplicates",
    "Duplicated": ".duplicated",
    "Level": ".level",
    "ListTicketsPriority": ".list_tickets_priority",
    "Named": ".named",
    "Oddities": ".oddities",
    "Reserved": ".reserved",
    "Ticket": ".ticket",
    "TicketLabelsItem": ".ticket_labels_item",
    "TicketOnly": ".ticket_only",
    "TicketSeverity": ".ticket_severity",
    "TicketState": ".ticket_state",
}

__all__ = [
    "CaseDuplicates",
    "Duplicated",
    "Level",
    "ListTicketsPriority",
    "Named",
    "Oddities",
    "Reserved",
    "Ticket",
    "TicketLabelsItem",
    "TicketOnly",
    "TicketSeverity",
    "TicketState",
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
