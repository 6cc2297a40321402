"""Models of Composition Shapes API (3.1), imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cat import Cat as Cat
    from .dog import Dog as Dog
    from .meta import Meta as Meta
    from .named_tool_choice import NamedToolChoice as NamedToolChoice
    from .pet import Pet as Pet
    from .pet_cat import PetCat as PetCat
    from .pet_dog import PetDog as PetDog
    from .run_object import RunObject as RunObject
    from .run_object_meta import RunObjectMeta as RunObjectMeta
    from .status import Status as Status
    from .tool_choice_option import ToolChoiceOption as ToolChoiceOption
    from .tool_choice_option1 import ToolChoiceOption1 as ToolChoiceOption1

_EXPORTS: dict[str, str] = {
    "Cat": ".cat",
    "Dog": ".dog",
    "Meta": ".meta",
    "NamedToolChoice": ".named_tool_choice",
    "Pet": ".pet",
    "PetCat": ".pet_cat",
    "PetDog": ".pet_dog",
    "RunObject": ".run_object",
    "RunObjectMeta": ".run_object_meta",
    "Status": ".status",
    "ToolChoiceOption": ".tool_choice_option",
    "ToolChoiceOption1": ".tool_choice_option1",
}

__all__ = [
    "Cat",
    "Dog",
    "Meta",
    "NamedToolChoice",
    "Pet",
    "PetCat",
    "PetDog",
    "RunObject",
    "RunObjectMeta",
    "Status",
    "ToolChoiceOption",
    "ToolChoiceOption1",
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
