"""API classes, one per tag, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .issues_api import AsyncIssuesApi as AsyncIssuesApi
    from .issues_api import IssuesApi as IssuesApi
    from .pets_api import AsyncPetsApi as AsyncPetsApi
    from .pets_api import PetsApi as PetsApi
    from .runs_api import AsyncRunsApi as AsyncRunsApi
    from .runs_api import RunsApi as RunsApi

_EXPORTS: dict[str, str] = {
    "AsyncIssuesApi": ".issues_api",
    "IssuesApi": ".issues_api",
    "AsyncPetsApi": ".pets_api",
    "PetsApi": ".pets_api",
    "AsyncRunsApi": ".runs_api",
    "RunsApi": ".runs_api",
}

__all__ = [
    "AsyncIssuesApi",
    "AsyncPetsApi",
    "AsyncRunsApi",
    "IssuesApi",
    "PetsApi",
    "RunsApi",
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
