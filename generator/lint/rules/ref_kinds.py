"""A reference leads to the kind of object its position requires.

OpenAPI 3.0/3.1 §4.8.23 Reference Object: the referenced object "MUST" be of
the type the referencing position expects (a Parameter Object where a parameter
is, a Schema Object where a schema is, ...). Swagger 2.0 §Reference Object
likewise, with ``definitions``, ``parameters`` and ``responses``.

Both sides are judged by position (:mod:`generator.load.object_kinds`): the
position of the ``$ref`` says what is required; where the target sits in a
whole document (``#/components/parameters/X``, ``#/definitions/X``,
``#/paths/~1a/get/parameters/0``) says what it is. A target in a bare file,
in an extension or anywhere else whose kind is unknown is not judged. The refs
are read as written (a Swagger 2.0 document's own pointers).
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.load import Document, SourceFile
from generator.load import object_kinds as kinds
from generator.load.document import join_pointer, split_pointer

_JUDGED = frozenset((*kinds.COMPONENT_SECTIONS,))
_NAMES = {
    kinds.SCHEMA: "schema",
    kinds.RESPONSE: "response",
    kinds.PARAMETER: "parameter",
    kinds.EXAMPLE: "example",
    kinds.REQUEST_BODY: "request body",
    kinds.HEADER: "header",
    kinds.SECURITY_SCHEME: "security scheme",
    kinds.LINK: "link",
    kinds.CALLBACK: "callback",
    kinds.PATH_ITEM: "path item",
}


def target_kind(document: Document, ref: str, base: SourceFile) -> str:
    """The kind of object a ref names, judged by where it sits; UNKNOWN if it cannot be told."""
    path, pointer = document.split_ref(ref, base)
    target = document.files.get(str(path))
    if target is None or not kinds.is_document(target.data):
        return kinds.UNKNOWN
    if pointer and not pointer.startswith("/"):
        return kinds.UNKNOWN  # a plain-name fragment, not a JSON pointer
    return kinds.kind_at(split_pointer(pointer), kinds.ROOT, bool(document.upgraded_from))


@rule(
    "ref-kind",
    Severity.ERROR,
    "A $ref leads to the kind of object its position requires (a parameter to a parameter).",
    structural=True,
)
def ref_kind(index: SpecIndex) -> Iterator[Finding]:
    document = index.document
    for source in document.files.values():
        if len(source.ref_kinds) != len(source.refs):
            continue  # not read by the loader: the kinds were never worked out
        label = "" if source is document.root else source.display
        for (pointer, ref, _), required in zip(source.refs, source.ref_kinds, strict=True):
            if required not in _JUDGED:
                continue
            found = target_kind(document, ref, source)
            if found in _JUDGED and found != required:
                yield Finding(
                    join_pointer(pointer, "$ref"),
                    f"$ref {ref!r} leads to {_a(_NAMES[found])}, but {_a(_NAMES[required])} "
                    "belongs here",
                    label,
                    as_read=True,
                )


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"
