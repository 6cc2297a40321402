"""Models of Constant Properties 3.1 API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action import Action as Action
    from .job import Job as Job
    from .job_create import JobCreate as JobCreate
    from .notify_action import NotifyAction as NotifyAction
    from .notify_action_kind import NotifyActionKind as NotifyActionKind
    from .pause_action import PauseAction as PauseAction
    from .resume_action import ResumeAction as ResumeAction

_EXPORTS: dict[str, str] = {
    "Action": ".action",
    "Job": ".job",
    "JobCreate": ".job_create",
    "NotifyAction": ".notify_action",
    "NotifyActionKind": ".notify_action_kind",
    "PauseAction": ".pause_action",
    "ResumeAction": ".resume_action",
}

__all__ = [
    "Action",
    "Job",
    "JobCreate",
    "NotifyAction",
    "NotifyActionKind",
    "PauseAction",
    "ResumeAction",
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
