"""What the discovery pass finds: everything that needs a name before the IR is built.

Discovery (``parse.discover``) walks the document once and returns a
:class:`Discovery`: the schemas that become classes and the operations that become
methods, each with the name it would like. The naming pass fills in the final
names (``Named.final``, ``RawOperation.name``); the build pass (``parse.build``)
reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.load.document import SourceFile
from generator.parse.context import Key

Kind = Literal["model", "enum", "alias"]
PartKind = Literal[
    "annotation", "object", "union", "string", "integer", "number", "boolean", "array", "null"
]


@dataclass(frozen=True, slots=True)
class Part:
    """One subschema, resolved: ``schema`` lives in ``source`` at ``pointer``."""

    schema: dict[str, Any]
    source: SourceFile
    pointer: str
    written: Any = None
    """The part as written (a ``$ref`` or the schema itself)."""
    at: str = ""
    """Where the part is written (differs from ``pointer`` for a ``$ref``)."""


@dataclass
class Named:
    """A schema that becomes a class."""

    key: Key
    kind: Kind
    desired: str
    source: SourceFile
    pointer: str
    schema: dict[str, Any]
    synthesized: bool
    final: str = ""
    parts: tuple[Part, ...] = ()
    """Subschemas whose properties the model merges, instead of ``schema``'s own."""


@dataclass
class RawOperation:
    """An operation found in ``paths``, before its names are final."""

    method: str
    path: str
    pointer: str
    spec: dict[str, Any]
    path_params: list[Any]
    operation_id: str
    tags: tuple[str, ...]
    desired: str
    name: str = ""
    homes: tuple[str, ...] = ()
    """Keys of the API classes it lives in (``parse.tags``)."""


@dataclass
class Discovery:
    """The discovery pass's result, in the order it was found."""

    classes: dict[Key, Named]
    operations: list[RawOperation]
    part_kinds: dict[Key, PartKind] = field(default_factory=dict)
    """``allOf`` schemas already classified (``parse.composition.part_kind``)."""
