"""API classes, one per tag, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .files_api import AsyncFilesApi as AsyncFilesApi
    from .files_api import FilesApi as FilesApi
    from .forms_api import AsyncFormsApi as AsyncFormsApi
    from .forms_api import FormsApi as FormsApi
    from .notes_api import AsyncNotesApi as AsyncNotesApi
    from .notes_api import NotesApi as NotesApi

_EXPORTS: dict[str, str] = {
    "AsyncFilesApi": ".files_api",
    "FilesApi": ".files_api",
    "AsyncFormsApi": ".forms_api",
    "FormsApi": ".forms_api",
    "AsyncNotesApi": ".notes_api",
    "NotesApi": ".notes_api",
}

__all__ = [
    "AsyncFilesApi",
    "AsyncFormsApi",
    "AsyncNotesApi",
    "FilesApi",
    "FormsApi",
    "NotesApi",
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
