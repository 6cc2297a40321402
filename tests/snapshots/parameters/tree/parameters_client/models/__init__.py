"""Models of Parameters API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .search_users_filter import SearchUsersFilter as SearchUsersFilter
    from .search_users_json import SearchUsersJson as SearchUsersJson
    from .user import User as User

_EXPORTS: dict[str, str] = {
    "SearchUsersFilter": ".search_users_filter",
    "SearchUsersJson": ".search_users_json",
    "User": ".user",
}

__all__ = [
    "SearchUsersFilter",
    "SearchUsersJson",
    "User",
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
