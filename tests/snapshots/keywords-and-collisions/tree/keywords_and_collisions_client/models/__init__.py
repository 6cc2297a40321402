"""Models of Keywords and Collisions API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .any_model import AnyModel as AnyModel
    from .api_client_model import ApiClientModel as ApiClientModel
    from .class_ import Class as Class
    from .class_2 import Class2 as Class2
    from .field_model import FieldModel as FieldModel
    from .foo_bar import FooBar as FooBar
    from .foo_bar_2 import FooBar2 as FooBar2
    from .n_2_nd_thing import N2NdThing as N2NdThing
    from .naive import Naive as Naive

_EXPORTS: dict[str, str] = {
    "AnyModel": ".any_model",
    "ApiClientModel": ".api_client_model",
    "Class": ".class_",
    "Class2": ".class_2",
    "FieldModel": ".field_model",
    "FooBar": ".foo_bar",
    "FooBar2": ".foo_bar_2",
    "N2NdThing": ".n_2_nd_thing",
    "Naive": ".naive",
}

__all__ = [
    "AnyModel",
    "ApiClientModel",
    "Class",
    "Class2",
    "FieldModel",
    "FooBar",
    "FooBar2",
    "N2NdThing",
    "Naive",
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
