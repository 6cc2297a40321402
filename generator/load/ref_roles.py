"""Which recorded ``$ref``s are references, and what kind of object each must reach.

The readers record every mapping with a string ``$ref``; this keeps those at
object and schema positions (dropping the ones inside literal values, see
:mod:`generator.load.object_kinds`) and notes, for each, the kind of object its
position requires. A whole document is read from its root. A bare file
(``pet.yaml``, ``params.yaml#/limit``) has no role of its own: what its objects
are is learnt from the refs that lead to them; where nothing says, its kinds
stay unknown and all of its refs are kept.
"""

from __future__ import annotations

from generator.load import object_kinds as kinds
from generator.load.document import SourceFile, split_pointer


class RefRoles:
    def __init__(self, swagger2: bool) -> None:
        self.swagger2 = swagger2
        # file path -> [(pointer tokens of an object in it, that object's kind)]
        self.anchors: dict[str, list[tuple[list[str], str]]] = {}

    def kind_in(self, source: SourceFile, tokens: list[str]) -> str:
        """The kind of the value at these pointer tokens of a file."""
        if kinds.is_document(source.data):
            return kinds.kind_at(tokens, kinds.ROOT, self.swagger2)
        best: tuple[list[str], str] | None = None
        for prefix, kind in self.anchors.get(str(source.path), ()):
            if tokens[: len(prefix)] == prefix and (best is None or len(prefix) > len(best[0])):
                best = (prefix, kind)
        if best is None:
            return kinds.UNKNOWN
        return kinds.kind_at(tokens[len(best[0]) :], best[1], self.swagger2)

    def classify(self, source: SourceFile) -> None:
        """Drop the file's refs that sit in literal values; note what the others require."""
        kept = []
        required = []
        for entry in source.refs:
            kind = self.kind_in(source, split_pointer(entry[0]))
            if kind != kinds.DATA:
                kept.append(entry)
                required.append(kind)
        source.refs = kept
        source.ref_kinds = required

    def note_target(self, path: str, pointer: str, kind: str) -> None:
        """A ref at a position of this kind leads to ``pointer`` in the file at ``path``."""
        if kind in (kinds.UNKNOWN, kinds.OTHER, kinds.DATA):
            return
        self.anchors.setdefault(path, []).append((split_pointer(pointer), kind))
