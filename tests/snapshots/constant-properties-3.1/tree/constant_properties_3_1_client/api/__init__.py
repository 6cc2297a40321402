"""API classes, one per tag, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .jobs_api import AsyncJobsApi as AsyncJobsApi
    from .jobs_api import JobsApi as JobsApi

_EXPORTS: dict[str, str] = {
    "AsyncJobsApi": ".jobs_api",
    "JobsApi": ".jobs_api",
}

__all__ = [
    "AsyncJobsApi",
    "JobsApi",
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
