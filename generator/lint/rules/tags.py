"""Rules on tags (OpenAPI 3.x §4.8.22 Tag Object)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.load.document import join_pointer


def _global_tags(index: SpecIndex) -> list[tuple[str, dict[str, Any]]]:
    tags = index.data.get("tags")
    if not isinstance(tags, list):
        return []
    return [(join_pointer("/tags", i), t) for i, t in enumerate(tags) if isinstance(t, dict)]


@rule("duplicate-tag", Severity.ERROR, "Global tag names are unique.", structural=True)
def duplicate_tag(index: SpecIndex) -> Iterator[Finding]:
    seen: set[str] = set()
    for pointer, tag in _global_tags(index):
        name = str(tag.get("name"))
        if name in seen:
            yield Finding(join_pointer(pointer, "name"), f"tag {name!r} is declared twice")
        seen.add(name)


@rule("tags-defined", Severity.WARNING, "Operation tags are declared in the global tags list.")
def tags_defined(index: SpecIndex) -> Iterator[Finding]:
    declared = {str(tag.get("name")) for _, tag in _global_tags(index)}
    for op in index.operations:
        tags = op.value.get("tags")
        if not isinstance(tags, list):
            continue
        for i, tag in enumerate(tags):
            if str(tag) not in declared:
                yield Finding(
                    join_pointer(op.pointer, "tags", i),
                    f"tag {tag!r} is not declared in the global tags list",
                )


@rule("tag-description", Severity.WARNING, "Every global tag has a description.")
def tag_description(index: SpecIndex) -> Iterator[Finding]:
    for pointer, tag in _global_tags(index):
        text = tag.get("description")
        if not isinstance(text, str) or not text.strip():
            yield Finding(pointer, f"tag {tag.get('name')!r} has no description")
