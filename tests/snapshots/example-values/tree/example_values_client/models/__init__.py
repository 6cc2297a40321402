"""Models of Example Values API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account as Account
    from .account_status import AccountStatus as AccountStatus
    from .auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam as AutoChunkingStrategyRequestParam,
    )
    from .auto_chunking_strategy_request_param_type import (
        AutoChunkingStrategyRequestParamType as AutoChunkingStrategyRequestParamType,
    )
    from .branch_ref import BranchRef as BranchRef
    from .cat import Cat as Cat
    from .chunking_strategy import ChunkingStrategy as ChunkingStrategy
    from .circle import Circle as Circle
    from .closed import Closed as Closed
    from .commit import Commit as Commit
    from .commit_mode import CommitMode as CommitMode
    from .commit_request import CommitRequest as CommitRequest
    from .commit_request_author import CommitRequestAuthor as CommitRequestAuthor
    from .commit_request_mode import CommitRequestMode as CommitRequestMode
    from .commit_request_priorities_item import (
        CommitRequestPrioritiesItem as CommitRequestPrioritiesItem,
    )
    from .contact import Contact as Contact
    from .dog import Dog as Dog
    from .formats import Formats as Formats
    from .list_commit_files_order import ListCommitFilesOrder as ListCommitFilesOrder
    from .path_target import PathTarget as PathTarget
    from .person import Person as Person
    from .pet import Pet as Pet
    from .sha_ref import ShaRef as ShaRef
    from .shape import Shape as Shape
    from .square import Square as Square
    from .static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam as StaticChunkingStrategyRequestParam,
    )
    from .static_chunking_strategy_request_param_static import (
        StaticChunkingStrategyRequestParamStatic as StaticChunkingStrategyRequestParamStatic,
    )
    from .static_chunking_strategy_request_param_type import (
        StaticChunkingStrategyRequestParamType as StaticChunkingStrategyRequestParamType,
    )
    from .tag_target import TagTarget as TagTarget

_EXPORTS: dict[str, str] = {
    "Account": ".account",
    "AccountStatus": ".account_status",
    "AutoChunkingStrategyRequestParam": ".auto_chunking_strategy_request_param",
    "AutoChunkingStrategyRequestParamType": ".auto_chunking_strategy_request_param_type",
    "BranchRef": ".branch_ref",
    "Cat": ".cat",
    "ChunkingStrategy": ".chunking_strategy",
    "Circle": ".circle",
    "Closed": ".closed",
    "Commit": ".commit",
    "CommitMode": ".commit_mode",
    "CommitRequest": ".commit_request",
    "CommitRequestAuthor": ".commit_request_author",
    "CommitRequestMode": ".commit_request_mode",
    "CommitRequestPrioritiesItem": ".commit_request_priorities_item",
    "Contact": ".contact",
    "Dog": ".dog",
    "Formats": ".formats",
    "ListCommitFilesOrder": ".list_commit_files_order",
    "PathTarget": ".path_target",
    "Person": ".person",
    "Pet": ".pet",
    "ShaRef": ".sha_ref",
    "Shape": ".shape",
    "Square": ".square",
    "StaticChunkingStrategyRequestParam": ".static_chunking_strategy_request_param",
    "StaticChunkingStrategyRequestParamStatic": ".static_chunking_strategy_request_param_static",
    "StaticChunkingStrategyRequestParamType": ".static_chunking_strategy_request_param_type",
    "TagTarget": ".tag_target",
}

__all__ = [
    "Account",
    "AccountStatus",
    "AutoChunkingStrategyRequestParam",
    "AutoChunkingStrategyRequestParamType",
    "BranchRef",
    "Cat",
    "ChunkingStrategy",
    "Circle",
    "Closed",
    "Commit",
    "CommitMode",
    "CommitRequest",
    "CommitRequestAuthor",
    "CommitRequestMode",
    "CommitRequestPrioritiesItem",
    "Contact",
    "Dog",
    "Formats",
    "ListCommitFilesOrder",
    "PathTarget",
    "Person",
    "Pet",
    "ShaRef",
    "Shape",
    "Square",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamStatic",
    "StaticChunkingStrategyRequestParamType",
    "TagTarget",
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
