"""Rules on the Paths Object and path templating (OpenAPI 3.x §4.8.8, §4.8.12)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.load.document import join_pointer

_TEMPLATE = re.compile(r"\{([^{}]*)\}")


def _path_pointers(index: SpecIndex) -> list[tuple[str, str]]:
    paths = index.data.get("paths")
    if not isinstance(paths, dict):
        return []
    return [(str(path), join_pointer("/paths", path)) for path in paths]


@rule(
    "path-params",
    Severity.ERROR,
    "Path template variables are declared as required path parameters, and vice versa.",
    structural=True,
)
def path_params(index: SpecIndex) -> Iterator[Finding]:
    for op in index.operations:
        if op.webhook:
            continue
        in_template = [name for name in _TEMPLATE.findall(op.path) if name]
        declared = [s for s in index.operation_parameters(op) if s.value.get("in") == "path"]
        names = {str(s.value.get("name")) for s in declared}
        for name in dict.fromkeys(in_template):
            if name not in names:
                where = f"{op.method.upper()} {op.path}"
                message = f"{where}: path variable {{{name}}} has no path parameter"
                yield Finding(op.pointer, message)
        for site in declared:
            name = str(site.value.get("name"))
            if name not in in_template:
                yield Finding(
                    site.pointer, f"path parameter {name!r} does not appear in {op.path!r}"
                )
            elif site.value.get("required") is not True:
                yield Finding(site.pointer, f"path parameter {name!r} must be required: true")


@rule(
    "path-empty-declaration",
    Severity.ERROR,
    "Path templates have no empty variables ({}).",
)
def path_empty_declaration(index: SpecIndex) -> Iterator[Finding]:
    for path, pointer in _path_pointers(index):
        if "{}" in path:
            yield Finding(pointer, f"path {path!r} has an empty variable {{}}")


@rule("path-query-string", Severity.ERROR, "Paths hold no query string (use query parameters).")
def path_query_string(index: SpecIndex) -> Iterator[Finding]:
    for path, pointer in _path_pointers(index):
        if "?" in path:
            yield Finding(pointer, f"path {path!r} holds a query string")


@rule("path-trailing-slash", Severity.WARNING, "Paths do not end with a slash.")
def path_trailing_slash(index: SpecIndex) -> Iterator[Finding]:
    for path, pointer in _path_pointers(index):
        if len(path) > 1 and path.endswith("/"):
            yield Finding(pointer, f"path {path!r} ends with a slash")


def _shape(path: str) -> tuple[str, ...]:
    return tuple("{}" if _TEMPLATE.fullmatch(seg) else seg for seg in path.split("/"))


@rule(
    "path-identical",
    Severity.ERROR,
    "No two paths differ only in the names of their variables.",
)
def path_identical(index: SpecIndex) -> Iterator[Finding]:
    by_shape: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for path, pointer in _path_pointers(index):
        by_shape[_shape(path)].append((path, pointer))
    for group in by_shape.values():
        first = group[0][0]
        for path, pointer in group[1:]:
            yield Finding(pointer, f"path {path!r} is identical to {first!r} once variables match")


class _Node:
    """A trie of path shapes, one level per segment."""

    __slots__ = ("children", "paths")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.paths: list[str] = []


@rule(
    "path-ambiguous",
    Severity.WARNING,
    "No two paths can match the same URL (e.g. /a/{x} and /{y}/b).",
)
def path_ambiguous(index: SpecIndex) -> Iterator[Finding]:
    root = _Node()
    shapes: list[tuple[tuple[str, ...], str, str]] = []
    for path, pointer in _path_pointers(index):
        shape = _shape(path)
        shapes.append((shape, path, pointer))
        node = root
        for segment in shape:
            node = node.children.setdefault(segment, _Node())
        node.paths.append(path)
    for shape, path, pointer in shapes:
        for other in sorted(set(_ambiguous_with(root, shape, 0, False, False))):
            if other < path:  # report each pair once
                yield Finding(pointer, f"path {path!r} is ambiguous with {other!r}")


def _ambiguous_with(
    node: _Node, shape: tuple[str, ...], i: int, mine: bool, theirs: bool
) -> Iterator[str]:
    """Paths that match some URL ``shape`` matches, each more specific than the
    other at some segment (so neither clearly wins). ``mine``: the other path has
    a variable where ``shape`` has a literal; ``theirs``: the reverse."""
    if i == len(shape):
        if mine and theirs:
            yield from node.paths
        return
    segment = shape[i]
    if segment == "{}":
        for key, child in node.children.items():
            yield from _ambiguous_with(child, shape, i + 1, mine, theirs or key != "{}")
        return
    if segment in node.children:
        yield from _ambiguous_with(node.children[segment], shape, i + 1, mine, theirs)
    if "{}" in node.children:
        yield from _ambiguous_with(node.children["{}"], shape, i + 1, True, theirs)
