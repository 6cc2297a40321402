"""Models of Bodies API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .login_request import LoginRequest as LoginRequest
    from .note import Note as Note
    from .upload_files_request import UploadFilesRequest as UploadFilesRequest
    from .upload_result import UploadResult as UploadResult

_EXPORTS: dict[str, str] = {
    "LoginRequest": ".login_request",
    "Note": ".note",
    "UploadFilesRequest": ".upload_files_request",
    "UploadResult": ".upload_result",
}

__all__ = [
    "LoginRequest",
    "Note",
    "UploadFilesRequest",
    "UploadResult",
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
