"""Models of Auth API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account as Account
    from .get_session_response200 import GetSessionResponse200 as GetSessionResponse200

_EXPORTS: dict[str, str] = {
    "Account": ".account",
    "GetSessionResponse200": ".get_session_response200",
}

__all__ = [
    "Account",
    "GetSessionResponse200",
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
