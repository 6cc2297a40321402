"""Models of Composition Shapes API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cat import Cat as Cat
    from .dog import Dog as Dog
    from .issue_create import IssueCreate as IssueCreate
    from .issue_create1 import IssueCreate1 as IssueCreate1
    from .issue_create2 import IssueCreate2 as IssueCreate2
    from .labelled import Labelled as Labelled
    from .meta import Meta as Meta
    from .named_tool_choice import NamedToolChoice as NamedToolChoice
    from .named_tool_choice_type import NamedToolChoiceType as NamedToolChoiceType
    from .pet import Pet as Pet
    from .pet_cat import PetCat as PetCat
    from .pet_dog import PetDog as PetDog
    from .run_object import RunObject as RunObject
    from .run_object_animal_cat import RunObjectAnimalCat as RunObjectAnimalCat
    from .run_object_animal_dog import RunObjectAnimalDog as RunObjectAnimalDog
    from .run_object_stamped import RunObjectStamped as RunObjectStamped
    from .stamp import Stamp as Stamp
    from .status import Status as Status
    from .tool_choice_option import ToolChoiceOption as ToolChoiceOption
    from .tool_choice_option1 import ToolChoiceOption1 as ToolChoiceOption1

_EXPORTS: dict[str, str] = {
    "Cat": ".cat",
    "Dog": ".dog",
    "IssueCreate": ".issue_create",
    "IssueCreate1": ".issue_create1",
    "IssueCreate2": ".issue_create2",
    "Labelled": ".labelled",
    "Meta": ".meta",
    "NamedToolChoice": ".named_tool_choice",
    "NamedToolChoiceType": ".named_tool_choice_type",
    "Pet": ".pet",
    "PetCat": ".pet_cat",
    "PetDog": ".pet_dog",
    "RunObject": ".run_object",
    "RunObjectAnimalCat": ".run_object_animal_cat",
    "RunObjectAnimalDog": ".run_object_animal_dog",
    "RunObjectStamped": ".run_object_stamped",
    "Stamp": ".stamp",
    "Status": ".status",
    "ToolChoiceOption": ".tool_choice_option",
    "ToolChoiceOption1": ".tool_choice_option1",
}

__all__ = [
    "Cat",
    "Dog",
    "IssueCreate",
    "IssueCreate1",
    "IssueCreate2",
    "Labelled",
    "Meta",
    "NamedToolChoice",
    "NamedToolChoiceType",
    "Pet",
    "PetCat",
    "PetDog",
    "RunObject",
    "RunObjectAnimalCat",
    "RunObjectAnimalDog",
    "RunObjectStamped",
    "Stamp",
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
