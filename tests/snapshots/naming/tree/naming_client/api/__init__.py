"""API classes, one per tag, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assist_api import AssistApi as AssistApi
    from .assist_api import AsyncAssistApi as AsyncAssistApi
    from .jobs_api import AsyncJobsApi as AsyncJobsApi
    from .jobs_api import JobsApi as JobsApi
    from .pets_api import AsyncPetsApi2 as AsyncPetsApi2
    from .pets_api import PetsApi2 as PetsApi2
    from .public_jobs_api import AsyncPublicJobsApi as AsyncPublicJobsApi
    from .public_jobs_api import PublicJobsApi as PublicJobsApi

_EXPORTS: dict[str, str] = {
    "AssistApi": ".assist_api",
    "AsyncAssistApi": ".assist_api",
    "AsyncJobsApi": ".jobs_api",
    "JobsApi": ".jobs_api",
    "AsyncPetsApi2": ".pets_api",
    "PetsApi2": ".pets_api",
    "AsyncPublicJobsApi": ".public_jobs_api",
    "PublicJobsApi": ".public_jobs_api",
}

__all__ = [
    "AssistApi",
    "AsyncAssistApi",
    "AsyncJobsApi",
    "AsyncPetsApi2",
    "AsyncPublicJobsApi",
    "JobsApi",
    "PetsApi2",
    "PublicJobsApi",
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
