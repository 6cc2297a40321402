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
from generator.load.document import SourceFile, split_pointer, unescape_token


class RefRoles:
    def __init__(self, swagger2: bool) -> None:
        self.swagger2 = swagger2
        # file path -> [(pointer tokens of an object in it, that object's kind)]
        self.anchors: dict[str, list[tuple[list[str], str]]] = {}

    def start_of(self, source: SourceFile, tokens: list[str]) -> tuple[int, str]:
        """Where reading the kinds of a file's values starts for these tokens: how many
        of them an anchor covers, and that anchor's kind."""
        if kinds.is_document(source.data):
            return 0, kinds.ROOT
        best: tuple[int, str] = (0, kinds.UNKNOWN)
        for prefix, kind in self.anchors.get(str(source.path), ()):
            if len(prefix) >= best[0] and tokens[: len(prefix)] == prefix:
                best = (len(prefix), kind)
        return best

    def kind_in(self, source: SourceFile, tokens: list[str]) -> str:
        """The kind of the value at these pointer tokens of a file."""
        covered, kind = self.start_of(source, tokens)
        return kinds.kind_at(tokens[covered:], kind, self.swagger2)

    def classify(self, source: SourceFile) -> None:
        """Drop the file's refs that sit in literal values; note what the others require."""
        kept = []
        required = []
        document = kinds.is_document(source.data)
        # pointer -> kind: refs share long prefixes (/components/schemas/X/properties)
        known: dict[str, str] = {"": kinds.ROOT}
        for entry in source.refs:
            pointer = entry[0]
            if document:
                kind = self._cached_kind(pointer, known)
            else:
                kind = self.kind_in(source, split_pointer(pointer))
            if kind != kinds.DATA:
                kept.append(entry)
                required.append(kind)
        source.refs = kept
        source.ref_kinds = required

    def _cached_kind(self, pointer: str, known: dict[str, str]) -> str:
        """The kind at a pointer of a whole document, from the nearest known parent."""
        pending: list[str] = []
        parent = pointer
        while parent not in known:
            parent, _, token = parent.rpartition("/")
            pending.append(token)
        kind = known[parent]
        for token in reversed(pending):
            parent = f"{parent}/{token}"
            kind = kinds.step(kind, unescape_token(token), self.swagger2)
            known[parent] = kind
        return kind

    def note_target(self, path: str, pointer: str, kind: str) -> None:
        """A ref at a position of this kind leads to ``pointer`` in the file at ``path``."""
        if kind in (kinds.UNKNOWN, kinds.OTHER, kinds.DATA):
            return
        self.anchors.setdefault(path, []).append((split_pointer(pointer), kind))
