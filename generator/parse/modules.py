"""Which generated module each class lives in.

Every model, enum and alias gets a module of its own, except classes that
reference each other in a cycle: a strongly connected group shares one module
(named after its first member), so imports between model modules never form a
cycle and ``import`` of one model loads only what it needs.
"""

from __future__ import annotations

from dataclasses import replace

from generator.ir import model as ir
from generator.ir.types import referenced_names


def class_references(api: ir.Api) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for model in api.models:
        refs: set[str] = set(model.bases)
        for f in model.fields:
            refs |= referenced_names(f.type)
        if model.additional is not None:
            refs |= referenced_names(model.additional)
        graph[model.name] = refs
    for alias in api.aliases:
        graph[alias.name] = referenced_names(alias.type)
    for enum in api.enums:
        graph[enum.name] = set()
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative, over sorted nodes (deterministic output)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, list[str]]] = [(start, sorted(graph[start] & graph.keys()))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            if children:
                child = children.pop(0)
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, sorted(graph[child] & graph.keys())))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                groups.append(sorted(group))
    return groups


def alias_cycles(api: ir.Api) -> set[str]:
    """Unions that contain themselves with no class in between (``Pet = Pet | str``,
    or two unions naming each other): no finite annotation exists for them."""
    names = {a.name for a in api.aliases}
    graph = {a.name: referenced_names(a.type) & names for a in api.aliases}
    return {
        name
        for group in strongly_connected(graph)
        for name in group
        if len(group) > 1 or name in graph[name]
    }


def group_modules(api: ir.Api) -> ir.Api:
    """Move each cyclic group into the module of its first member."""
    modules = {m.name: m.module for m in api.classes()}
    target: dict[str, str] = {}
    for group in strongly_connected(class_references(api)):
        for member in group:
            target[member] = modules[group[0]]
    return replace(
        api,
        models=tuple(replace(m, module=target[m.name]) for m in api.models),
        enums=tuple(replace(e, module=target[e.name]) for e in api.enums),
        aliases=tuple(replace(a, module=target[a.name]) for a in api.aliases),
    )
