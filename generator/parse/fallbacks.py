"""Find every place the IR fell back to a typed ``Any`` so it can be reported."""

from __future__ import annotations

from collections.abc import Iterator

from generator.ir import model as ir
from generator.ir.types import AnyValue, ArrayOf, MapOf, Nullable, TypeRef, Union


def _fallbacks(type_ref: TypeRef | None) -> Iterator[str]:
    stack = [type_ref]
    while stack:
        match stack.pop():
            case AnyValue(fallback=reason) if reason:
                yield reason
            case ArrayOf(item=item):
                stack.append(item)
            case MapOf(value=value):
                stack.append(value)
            case Nullable(inner=inner):
                stack.append(inner)
            case Union(variants=variants):
                stack.extend(variants)
            case _:
                pass


def fallback_sites(api: ir.Api) -> list[tuple[ir.Origin, str]]:
    sites: list[tuple[ir.Origin, str]] = []
    for model in api.models:
        for f in model.fields:
            sites.extend((f.origin, reason) for reason in _fallbacks(f.type))
    for alias in api.aliases:
        sites.extend((alias.origin, reason) for reason in _fallbacks(alias.type))
    seen: set[int] = set()
    for op in api.operations():
        if id(op) in seen:
            continue
        seen.add(id(op))
        for p in op.parameters:
            sites.extend((p.origin, reason) for reason in _fallbacks(p.type))
        if op.body:
            for content in op.body.contents:
                sites.extend((op.body.origin, r) for r in _fallbacks(content.type))
        for response in op.responses:
            sites.extend((response.origin, r) for r in _fallbacks(response.type))
    return sorted(set(sites), key=lambda s: (s[0].file, s[0].pointer, s[1]))
