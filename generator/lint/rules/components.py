"""Rules on the Components Object and References (OpenAPI 3.x §4.8.7, §4.8.23)."""

from __future__ import annotations

from collections.abc import Iterator

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.load.document import join_pointer, split_pointer

# securitySchemes are used by name in security requirements, not by $ref.
_REFERENCED_SECTIONS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "links",
    "callbacks",
    "pathItems",
)


@rule(
    "unused-component",
    Severity.WARNING,
    "Every reusable component is referenced somewhere.",
)
def unused_component(index: SpecIndex) -> Iterator[Finding]:
    components = index.data.get("components")
    if not isinstance(components, dict):
        return
    used: set[tuple[str, str]] = set()
    for _, value in index.refs:
        ref = str(value["$ref"])
        if ref.startswith("#/components/"):
            tokens = split_pointer(ref[1:])
            if len(tokens) >= 3:
                used.add((tokens[1], tokens[2]))
    for section in _REFERENCED_SECTIONS:
        items = components.get(section)
        if not isinstance(items, dict):
            continue
        for name in items:
            if (section, str(name)) not in used:
                yield Finding(
                    join_pointer("/components", section, name),
                    f"{section} component {name!r} is never referenced",
                )


@rule(
    "ref-siblings",
    Severity.WARNING,
    "A $ref has no sibling keys (OpenAPI 3.0 ignores them).",
    versions=("3.0",),
)
def ref_siblings(index: SpecIndex) -> Iterator[Finding]:
    for pointer, value in index.refs:
        siblings = sorted(k for k in value if k != "$ref" and not str(k).startswith("x-"))
        if siblings:
            yield Finding(
                join_pointer(pointer, siblings[0]),
                f"$ref has sibling keys that are ignored: {', '.join(siblings)}",
            )
