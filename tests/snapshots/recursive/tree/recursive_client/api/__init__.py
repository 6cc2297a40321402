"""API classes, one per tag, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .documents_api import AsyncDocumentsApi as AsyncDocumentsApi
    from .documents_api import DocumentsApi as DocumentsApi
    from .expressions_api import AsyncExpressionsApi as AsyncExpressionsApi
    from .expressions_api import ExpressionsApi as ExpressionsApi
    from .trees_api import AsyncTreesApi as AsyncTreesApi
    from .trees_api import TreesApi as TreesApi

_EXPORTS: dict[str, str] = {
    "AsyncDocumentsApi": ".documents_api",
    "DocumentsApi": ".documents_api",
    "AsyncExpressionsApi": ".expressions_api",
    "ExpressionsApi": ".expressions_api",
    "AsyncTreesApi": ".trees_api",
    "TreesApi": ".trees_api",
}

__all__ = [
    "AsyncDocumentsApi",
    "AsyncExpressionsApi",
    "AsyncTreesApi",
    "DocumentsApi",
    "ExpressionsApi",
    "TreesApi",
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
