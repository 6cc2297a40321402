"""Models of Naming API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .airbyte_stream import AirbyteStream as AirbyteStream
    from .any_model import AnyModel as AnyModel
    from .assist_v1_process_response200 import (
        AssistV1ProcessResponse200 as AssistV1ProcessResponse200,
    )
    from .async_pets_api import AsyncPetsApi as AsyncPetsApi
    from .enum import Enum as Enum
    from .false_model import FalseModel as FalseModel
    from .field import Field as Field
    from .none_model import NoneModel as NoneModel
    from .o_auth2_token import OAuth2Token as OAuth2Token
    from .page1_token import Page1Token as Page1Token
    from .page2 import Page2 as Page2
    from .page10 import Page10 as Page10
    from .pages import Pages as Pages
    from .tag import Tag as Tag
    from .true_model import TrueModel as TrueModel

_EXPORTS: dict[str, str] = {
    "AirbyteStream": ".airbyte_stream",
    "AnyModel": ".any_model",
    "AssistV1ProcessResponse200": ".assist_v1_process_response200",
    "AsyncPetsApi": ".async_pets_api",
    "Enum": ".enum",
    "FalseModel": ".false_model",
    "Field": ".field",
    "NoneModel": ".none_model",
    "OAuth2Token": ".o_auth2_token",
    "Page1Token": ".page1_token",
    "Page2": ".page2",
    "Page10": ".page10",
    "Pages": ".pages",
    "Tag": ".tag",
    "TrueModel": ".true_model",
}

__all__ = [
    "AirbyteStream",
    "AnyModel",
    "AssistV1ProcessResponse200",
    "AsyncPetsApi",
    "Enum",
    "FalseModel",
    "Field",
    "NoneModel",
    "OAuth2Token",
    "Page10",
    "Page1Token",
    "Page2",
    "Pages",
    "Tag",
    "TrueModel",
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
