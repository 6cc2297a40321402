"""API classes, one per tag, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_api import AccountApi as AccountApi
    from .account_api import AsyncAccountApi as AsyncAccountApi
    from .files_api import AsyncFilesApi as AsyncFilesApi
    from .files_api import FilesApi as FilesApi
    from .public_api import AsyncPublicApi as AsyncPublicApi
    from .public_api import PublicApi as PublicApi

_EXPORTS: dict[str, str] = {
    "AccountApi": ".account_api",
    "AsyncAccountApi": ".account_api",
    "AsyncFilesApi": ".files_api",
    "FilesApi": ".files_api",
    "AsyncPublicApi": ".public_api",
    "PublicApi": ".public_api",
}

__all__ = [
    "AccountApi",
    "AsyncAccountApi",
    "AsyncFilesApi",
    "AsyncPublicApi",
    "FilesApi",
    "PublicApi",
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
