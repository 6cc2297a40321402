"""Stage 3, parse: a loaded :class:`Document` to the IR (:class:`generator.ir.model.Api`).

Three steps: the discovery pass (``discover``) returns everything that needs a
name; the naming authority decides all names at once (sorted, so independent of
key order in the input); the build pass (``build``) produces frozen IR nodes.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostic, Severity
from generator.ir import model as ir
from generator.ir.types import AnyValue
from generator.load.document import Document, split_pointer
from generator.naming import (
    CLASS_RESERVED,
    MODULE_RESERVED,
    Namespace,
    make_identifier,
    snake_case,
)
from generator.parse.build import build
from generator.parse.context import Context, text
from generator.parse.discover import discover
from generator.parse.discovered import Discovery
from generator.parse.info import security_schemes, servers, webhooks
from generator.parse.modules import alias_cycles, group_modules
from generator.parse.tags import TagClass, name_methods, name_tags


def default_package_name(title: str) -> str:
    base = snake_case(title) or "api"
    if not base.endswith("client"):
        base = f"{base}_client"
    return make_identifier(base, fallback="api_client", prefix="api_")


def parse(
    document: Document, *, package_name: str | None = None, all_tags: bool = False
) -> tuple[ir.Api, list[Diagnostic]]:
    """The IR of ``document``; ``all_tags``: an operation is generated in the API class
    of each of its tags, not only its first tag's."""
    ctx = Context(document)
    found = discover(ctx)

    class_space = Namespace("class", reserved=CLASS_RESERVED)
    _name_classes(found, ctx, class_space)
    tags = name_tags(found.operations, document.data, class_space, ctx, all_tags=all_tags)
    name_methods(found.operations, tags, ctx)

    built = build(ctx, found)

    info = document.data.get("info") if isinstance(document.data.get("info"), dict) else {}
    title = text(info.get("title")) or "API"
    security = document.data.get("security")
    api = ir.Api(
        title=title,
        version=str(info.get("version", "")),
        package_name=package_name or default_package_name(title),
        openapi_version=str(document.data.get("openapi", "")),
        description=text(info.get("description")),
        servers=servers(document.data),
        tags=tuple(_tag(tag, built.operations) for _, tag in sorted(tags.items())),
        models=built.models,
        enums=built.enums,
        aliases=built.aliases,
        security_schemes=security_schemes(document.data),
        security=(
            tuple(tuple(sorted(str(k) for k in req)) for req in security if isinstance(req, dict))
            if isinstance(security, list)
            else ()
        ),
        webhooks=webhooks(document, ctx),
        source_file=document.root.display,
    )
    api = _break_alias_cycles(api, ctx)
    api = group_modules(api)
    _report_fallbacks(api, ctx)
    return api, ctx.diagnostics


def _name_classes(found: Discovery, ctx: Context, space: Namespace) -> None:
    modules = Namespace("module", reserved=MODULE_RESERVED, fold=True)
    ordered = sorted(
        found.classes.values(), key=lambda n: (n.synthesized, n.desired.lower(), n.desired, n.key)
    )
    for named in ordered:
        renamed, module_renamed = len(space.renames), len(modules.renames)
        parts = split_pointer(named.pointer)
        in_components = parts[:-1] in (["components", "schemas"], ["definitions"])
        declared = in_components and not named.synthesized
        named.final = space.claim(
            parts[-1] if declared else named.desired,
            named.desired,
            pointer=named.pointer,
            style="class",
        )
        ctx.modules[named.final] = modules.claim(
            named.final, snake_case(named.final) or "model", pointer=named.pointer
        )
        ctx.report_renames(space.renames[renamed:], named.source)
        # A module name is not part of the API (classes are imported from the package).
        ctx.report_renames(modules.renames[module_renamed:], named.source, Severity.INFO)


def _tag(tag: TagClass, built: dict[int, ir.Operation]) -> ir.Tag:
    operations = sorted((built[id(op)] for op in tag.operations), key=lambda o: (o.name, o.path))
    return ir.Tag(
        tag.name,
        tag.class_name,
        tag.module,
        tuple(operations),
        tag.description,
        async_class_name=tag.async_class_name,
        spellings=tag.spellings,
    )


def _break_alias_cycles(api: ir.Api, ctx: Context) -> ir.Api:
    cyclic = alias_cycles(api)
    if not cyclic:
        return api
    aliases = []
    for alias in api.aliases:
        if alias.name in cyclic:
            ctx.report(
                "schema.recursive-structure",
                f"union {alias.name!r} contains itself without an object in between",
                next(
                    (f for f in ctx.document.files.values() if f.display == alias.origin.file),
                    ctx.document.root,
                ),
                alias.origin.pointer,
            )
            alias = replace(alias, type=AnyValue(fallback="union that contains itself"))
        aliases.append(alias)
    return replace(api, aliases=tuple(aliases))


def _report_fallbacks(api: ir.Api, ctx: Context) -> None:
    """Each typed-Any fallback is reported where it came from (``--strict`` fails on them)."""
    from generator.parse.fallbacks import fallback_sites

    for origin, reason in fallback_sites(api):
        source = ctx.document.root
        for candidate in ctx.document.files.values():
            if candidate.display == origin.file:
                source = candidate
        ctx.report("fallback.any", f"represented as Any: {reason}", source, origin.pointer)
