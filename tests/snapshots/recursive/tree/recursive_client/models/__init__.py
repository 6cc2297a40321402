"""Models of Recursive API, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .author import Author as Author
    from .binary_op import BinaryOp as BinaryOp
    from .binary_op import Expression as Expression
    from .binary_op_operator import BinaryOpOperator as BinaryOpOperator
    from .document import Document as Document
    from .document import Section as Section
    from .literal_model import LiteralModel as LiteralModel
    from .tree_node import TreeNode as TreeNode

_EXPORTS: dict[str, str] = {
    "Author": ".author",
    "BinaryOp": ".binary_op",
    "Expression": ".binary_op",
    "BinaryOpOperator": ".binary_op_operator",
    "Document": ".document",
    "Section": ".document",
    "LiteralModel": ".literal_model",
    "TreeNode": ".tree_node",
}

__all__ = [
    "Author",
    "BinaryOp",
    "BinaryOpOperator",
    "Document",
    "Expression",
    "LiteralModel",
    "Section",
    "TreeNode",
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
