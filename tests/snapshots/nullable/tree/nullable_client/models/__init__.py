"""Models of Nullable API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address as Address
    from .profile import Profile as Profile
    from .profile_patch import ProfilePatch as ProfilePatch
    from .status import Status as Status

_EXPORTS: dict[str, str] = {
    "Address": ".address",
    "Profile": ".profile",
    "ProfilePatch": ".profile_patch",
    "Status": ".status",
}

__all__ = [
    "Address",
    "Profile",
    "ProfilePatch",
    "Status",
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
