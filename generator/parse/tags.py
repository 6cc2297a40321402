"""Tags to API classes, and operations to methods in them.

Tags that differ only in case or separators (``jobs``, ``Jobs``, ``public-jobs``,
``public_jobs``) name one API class. An operation lives in the class of its first tag
(OpenAPI 3.x §4.8.10: ``tags`` is a list "for logical grouping"; the first is the
primary one, as openapi-python-client reads it); with ``all_tags`` it lives in the
class of each of its tags, as openapi-generator does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from generator.diagnostics import Severity
from generator.load.document import join_pointer
from generator.naming import (
    METHOD_RESERVED,
    MODULE_RESERVED,
    Namespace,
    Rename,
    class_name,
    make_identifier,
    numbered,
    tag_key,
)
from generator.parse.context import Context, text
from generator.parse.discovered import RawOperation


@dataclass
class TagClass:
    """One API class: its names, and the operations that live in it."""

    key: str
    name: str
    """The spelling shown in docs: the one the top-level ``tags`` list declares, if any."""
    spellings: tuple[str, ...]
    description: str
    pointer: str
    class_name: str = ""
    async_class_name: str = ""
    module: str = ""
    operations: list[RawOperation] = field(default_factory=list)


def name_tags(
    raw_ops: list[RawOperation],
    data: dict[str, Any],
    space: Namespace,
    ctx: Context,
    *,
    all_tags: bool,
) -> dict[str, TagClass]:
    """API classes by tag key, named in the package's class namespace after the schemas
    (a schema's declared name wins over an API class's synthesized one)."""
    declared: dict[str, tuple[int, str, str]] = {}  # key -> (index, spelling, description)
    for index, entry in enumerate(data.get("tags") or []):
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            declared.setdefault(
                tag_key(entry["name"]), (index, entry["name"], text(entry.get("description")))
            )
    spellings: dict[str, set[str]] = {}
    first_use: dict[str, str] = {}  # key -> pointer of the first operation's use of it
    for op in raw_ops:
        op.homes = ()
        for position, tag in _positions(op):
            key = tag_key(tag) or "default"
            spellings.setdefault(key, set()).add(tag)
            first_use.setdefault(key, join_pointer(op.pointer, "tags", position))
            if key not in op.homes and (all_tags or not op.homes):
                op.homes = (*op.homes, key)
    classes: dict[str, TagClass] = {}
    for op in raw_ops:
        for key in op.homes:
            if key not in classes:
                index, spelling, description = declared.get(key, (-1, "", ""))
                classes[key] = TagClass(
                    key,
                    spelling or sorted(spellings[key])[0],
                    tuple(sorted(spellings[key])),
                    description,
                    f"/tags/{index}" if index >= 0 else first_use[key],
                )
            classes[key].operations.append(op)
    modules = Namespace("API module", reserved=MODULE_RESERVED, fold=True)
    for key in sorted(classes):
        api_class = classes[key]
        api_class.class_name, api_class.async_class_name = _claim_pair(space, api_class, ctx)
        module = make_identifier(f"{key}_api", fallback="api", prefix="tag_")
        api_class.module = modules.claim(api_class.name, module, pointer=api_class.pointer)
        if len(api_class.spellings) > 1:
            ctx.report(
                "naming.tags-folded",
                f"tags {', '.join(map(repr, api_class.spellings))} differ only in case or "
                f"separators and share the API class {api_class.class_name!r}",
                ctx.document.root,
                api_class.pointer,
                Severity.INFO,
            )
    ctx.report_renames(modules.renames, ctx.document.root, Severity.INFO)
    return classes


def _positions(op: RawOperation) -> list[tuple[int, str]]:
    tags = op.spec.get("tags")
    if not isinstance(tags, list) or not any(isinstance(t, str) for t in tags):
        return [(0, "default")]
    return [(i, t) for i, t in enumerate(tags) if isinstance(t, str)]


def _claim_pair(space: Namespace, tag: TagClass, ctx: Context) -> tuple[str, str]:
    """The API class and its async twin, numbered together so they stay a pair."""
    base = class_name(tag.key, fallback="Default") + "Api"
    candidate = numbered(
        base, lambda name: space.is_free(name) and space.is_free(f"Async{name}"), sep=""
    )
    space.taken[candidate] = tag.name
    space.taken[f"Async{candidate}"] = tag.name
    if candidate != base:
        clash = base if not space.is_free(base) else f"Async{base}"
        reason = (
            f"{clash!r} is reserved"
            if clash in space.reserved
            else f"{clash!r} is the name of schema {space.taken.get(clash, clash)!r}"
        )
        rename = Rename("API class", tag.name, candidate, reason, tag.pointer)
        ctx.report_renames([rename], ctx.document.root)
    return candidate, f"Async{candidate}"


def name_methods(raw_ops: list[RawOperation], tags: dict[str, TagClass], ctx: Context) -> None:
    """Method names, unique in every class the operation lives in.

    Declared names claim first: every operation's own name, then each one's
    ``_with_http_info`` twin, which moves its operation to a numbered name if another
    operation is called that already.
    """
    spaces = {key: Namespace("method", reserved=METHOD_RESERVED) for key in tags}
    ordered = sorted(raw_ops, key=lambda o: (o.desired, o.pointer))
    reasons: dict[int, str] = {}

    def free(op: RawOperation, name: str) -> bool:
        return name not in METHOD_RESERVED and all(spaces[k].is_free(name) for k in op.homes)

    def free_with_twin(op: RawOperation, name: str) -> bool:
        return free(op, name) and free(op, f"{name}_with_http_info")

    for op in ordered:
        op.name = numbered(op.desired, partial(free, op))
        if op.name != op.desired:
            reasons[id(op)] = (
                f"{op.desired!r} is reserved"
                if op.desired in METHOD_RESERVED
                else "another operation in the same API class has that name"
            )
        for key in op.homes:
            spaces[key].taken[op.name] = op.pointer
    for op in ordered:
        if free(op, f"{op.name}_with_http_info"):
            twin = f"{op.name}_with_http_info"
        else:
            reasons.setdefault(id(op), f"another operation is called '{op.name}_with_http_info'")
            for key in op.homes:
                del spaces[key].taken[op.name]
            op.name = numbered(op.desired, partial(free_with_twin, op))
            twin = f"{op.name}_with_http_info"
            for key in op.homes:
                spaces[key].taken[op.name] = op.pointer
        for key in op.homes:
            spaces[key].taken[twin] = op.pointer
    renames = []
    for op in ordered:
        if op.name != op.desired:
            has_id = "operationId" in op.spec
            pointer = join_pointer(op.pointer, "operationId") if has_id else op.pointer
            renames.append(Rename("method", op.desired, op.name, reasons[id(op)], pointer))
    ctx.report_renames(renames, ctx.document.root)
