"""Models of Union API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cat import Cat as Cat
    from .circle import Circle as Circle
    from .circle_kind import CircleKind as CircleKind
    from .contact import Contact as Contact
    from .dog import Dog as Dog
    from .email import Email as Email
    from .lizard import Lizard as Lizard
    from .owner import Owner as Owner
    from .owner_favourite2 import OwnerFavourite2 as OwnerFavourite2
    from .pet import Pet as Pet
    from .phone import Phone as Phone
    from .shape import Shape as Shape
    from .square import Square as Square
    from .square_kind import SquareKind as SquareKind

_EXPORTS: dict[str, str] = {
    "Cat": ".cat",
    "Circle": ".circle",
    "CircleKind": ".circle_kind",
    "Contact": ".contact",
    "Dog": ".dog",
    "Email": ".email",
    "Lizard": ".lizard",
    "Owner": ".owner",
    "OwnerFavourite2": ".owner_favourite2",
    "Pet": ".pet",
    "Phone": ".phone",
    "Shape": ".shape",
    "Square": ".square",
    "SquareKind": ".square_kind",
}

__all__ = [
    "Cat",
    "Circle",
    "CircleKind",
    "Contact",
    "Dog",
    "Email",
    "Lizard",
    "Owner",
    "OwnerFavourite2",
    "Pet",
    "Phone",
    "Shape",
    "Square",
    "SquareKind",
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
