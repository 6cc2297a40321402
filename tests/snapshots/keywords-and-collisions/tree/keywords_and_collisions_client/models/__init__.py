"""Models of Keywords and Collisions API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .any_model import AnyModel as AnyModel
    from .api_client_model import ApiClientModel as ApiClientModel
    from .class2 import Class2 as Class2
    from .class_ import Class as Class
    from .field import Field as Field
    from .foo_bar import FooBar as FooBar
    from .foo_bar2 import FooBar2 as FooBar2
    from .n2nd_thing import N2ndThing as N2ndThing
    from .naive import Naive as Naive

_EXPORTS: dict[str, str] = {
    "AnyModel": ".any_model",
    "ApiClientModel": ".api_client_model",
    "Class2": ".class2",
    "Class": ".class_",
    "Field": ".field",
    "FooBar": ".foo_bar",
    "FooBar2": ".foo_bar2",
    "N2ndThing": ".n2nd_thing",
    "Naive": ".naive",
}

__all__ = [
    "AnyModel",
    "ApiClientModel",
    "Class",
    "Class2",
    "Field",
    "FooBar",
    "FooBar2",
    "N2ndThing",
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
