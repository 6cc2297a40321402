"""Upgrade every file of a loaded Swagger 2.0 spec to OpenAPI 3.0, in place.

Whole Swagger documents (the root, and any other file with a ``swagger`` field)
are converted by :func:`swagger2.upgrade`, and refs into them are rewritten
(``#/definitions/X`` -> ``#/components/schemas/X``). Other files hold bare
objects (``Pet.yaml``, ``parameters.yaml#/tagsParam``): what each object is
(schema, parameter, response, path item) is learnt from the refs that reach it,
and it is converted as that; refs into such files keep their fragments.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from generator.load import swagger2
from generator.load.document import Document, SourceFile, split_pointer, walk_pointer
from generator.load.swagger2_source import source_pointer

__all__ = ["upgrade_files"]


def upgrade_files(document: Document) -> None:
    root_data = document.root.data
    documents = {
        key
        for key, source in document.files.items()
        if isinstance(source.data, dict) and "swagger" in source.data
    }
    consumes = list(root_data.get("consumes") or [swagger2.JSON])
    produces = list(root_data.get("produces") or [swagger2.JSON])

    def context(source: SourceFile) -> swagger2.Context:
        def is_document(ref: str) -> bool:
            return str(document.split_ref(ref, source)[0]) in documents

        def lookup(ref: str) -> Any:
            try:
                return document.resolve(ref, source).value
            except KeyError:
                return None

        return swagger2.Context(is_document, lookup, consumes=consumes, produces=produces)

    work: deque[tuple[SourceFile, str, str]] = deque()
    for key in sorted(documents, key=lambda k: k != str(document.root.path)):
        source = document.files[key]
        ctx = context(source)
        source.data = swagger2.upgrade(source.data, ctx)
        source.source_pointer = source_pointer
        work.extend((source, ref, kind) for ref, kind in ctx.found)
    done: set[tuple[str, str]] = set()
    while work:
        source, ref, kind = work.popleft()
        path, pointer = document.split_ref(ref, source)
        target = document.files.get(str(path))
        if target is None or target.data is None or str(path) in documents:
            continue
        if (str(path), pointer) in done:
            continue
        done.add((str(path), pointer))
        try:
            value = walk_pointer(target.data, pointer)
        except KeyError:
            continue  # reported by the ref check
        ctx = context(target)
        _replace(target, pointer, swagger2.upgrade_fragment(value, kind, ctx))
        work.extend((target, found, found_kind) for found, found_kind in ctx.found)


def _replace(source: SourceFile, pointer: str, value: Any) -> None:
    """Put value at pointer, copying the containers on the way rather than
    changing them: the tree as read stays intact for source positions."""
    source.data = _with(source.data, split_pointer(pointer), value)


def _with(tree: Any, tokens: list[str], value: Any) -> Any:
    if not tokens:
        return value
    head, rest = tokens[0], tokens[1:]
    if isinstance(tree, list):
        copy = list(tree)
        copy[int(head)] = _with(tree[int(head)], rest, value)
        return copy
    return {**tree, head: _with(tree[head], rest, value)}
