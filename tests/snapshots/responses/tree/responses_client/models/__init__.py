"""Models of Responses API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error as Error
    from .job import Job as Job
    from .job_status import JobStatus as JobStatus
    from .job_status_state import JobStatusState as JobStatusState
    from .ping_response_default import PingResponseDefault as PingResponseDefault
    from .report import Report as Report

_EXPORTS: dict[str, str] = {
    "Error": ".error",
    "Job": ".job",
    "JobStatus": ".job_status",
    "JobStatusState": ".job_status_state",
    "PingResponseDefault": ".ping_response_default",
    "Report": ".report",
}

__all__ = [
    "Error",
    "Job",
    "JobStatus",
    "JobStatusState",
    "PingResponseDefault",
    "Report",
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
