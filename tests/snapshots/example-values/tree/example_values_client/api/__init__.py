"""API classes, one per tag, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts_api import AccountsApi as AccountsApi
    from .accounts_api import AsyncAccountsApi as AsyncAccountsApi
    from .chunkings_api import AsyncChunkingsApi as AsyncChunkingsApi
    from .chunkings_api import ChunkingsApi as ChunkingsApi
    from .commits_api import AsyncCommitsApi as AsyncCommitsApi
    from .commits_api import CommitsApi as CommitsApi
    from .shapes_api import AsyncShapesApi as AsyncShapesApi
    from .shapes_api import ShapesApi as ShapesApi

_EXPORTS: dict[str, str] = {
    "AccountsApi": ".accounts_api",
    "AsyncAccountsApi": ".accounts_api",
    "AsyncChunkingsApi": ".chunkings_api",
    "ChunkingsApi": ".chunkings_api",
    "AsyncCommitsApi": ".commits_api",
    "CommitsApi": ".commits_api",
    "AsyncShapesApi": ".shapes_api",
    "ShapesApi": ".shapes_api",
}

__all__ = [
    "AccountsApi",
    "AsyncAccountsApi",
    "AsyncChunkingsApi",
    "AsyncCommitsApi",
    "AsyncShapesApi",
    "ChunkingsApi",
    "CommitsApi",
    "ShapesApi",
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
