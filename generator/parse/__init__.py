"""Stage 3, parse: a loaded :class:`Document` to the IR (:class:`generator.ir.model.Api`).

Two passes over the same code: discovery finds everything that needs a name,
the naming authority decides all names at once (sorted, so independent of key
order in the input), and the build pass produces frozen IR nodes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.diagnostics import Diagnostic, Severity
from generator.ir import model as ir
from generator.ir.types import AnyValue
from generator.load.document import Document
from generator.naming import (
    PYTHON_RESERVED,
    Namespace,
    Rename,
    class_name,
    make_identifier,
    snake_case,
)
from generator.parse.context import Context, text
from generator.parse.enums import EnumBuilder
from generator.parse.info import security_schemes, servers, webhooks
from generator.parse.modules import alias_cycles, group_modules
from generator.parse.operations import OperationParser, RawOperation, report_renames
from generator.parse.schemas import SchemaParser

# Names generated modules import or define next to model and API classes.
CLASS_RESERVED = frozenset(
    {
        "Annotated",
        "Any",
        "ApiClient",
        "ApiException",
        "ApiModel",
        "ApiResponse",
        "AsyncApiClient",
        "BaseModel",
        "ConfigDict",
        "Configuration",
        "Discriminator",
        "Endpoint",
        "Enum",
        "Field",
        "Literal",
        "Mapping",
        "OpenIntEnum",
        "OpenStrEnum",
        "Optional",
        "ParamSpec",
        "ResponseSpec",
        "RootModel",
        "Tag",
        "TypeAdapter",
        "TypeAlias",
        "Union",
    }
)


def default_package_name(title: str) -> str:
    base = snake_case(title) or "api"
    if not base.endswith("client"):
        base = f"{base}_client"
    return make_identifier(base, fallback="api_client", prefix="api_")


def parse(
    document: Document, *, package_name: str | None = None
) -> tuple[ir.Api, list[Diagnostic]]:
    enum_builder = EnumBuilder()
    ctx = Context(document, enum_builder)
    enum_builder.ctx = ctx
    schemas = SchemaParser(ctx)
    operations = OperationParser(schemas)

    schemas.register_components()
    raw_ops = operations.discover()
    schemas.drain()

    class_space = Namespace("class", reserved=CLASS_RESERVED)
    _name_classes(schemas, ctx, class_space)
    tags = _name_tags(raw_ops, document.data, class_space, ctx)
    _name_methods(raw_ops, tags, operations)

    schemas.start_build()
    schemas.register_components()
    built = {id(op): operations.build(op) for op in raw_ops}
    schemas.drain()

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
        tags=tuple(
            ir.Tag(
                tag,
                class_name_,
                module,
                tuple(
                    sorted((built[id(op)] for op in ops), key=lambda o: (o.name, o.path, o.method))
                ),
                description,
            )
            for tag, (class_name_, module, description, ops) in sorted(tags.items())
        ),
        models=tuple(sorted(schemas.models.values(), key=lambda m: m.name)),
        enums=tuple(sorted(schemas.enums.values(), key=lambda e: e.name)),
        aliases=tuple(sorted(schemas.aliases.values(), key=lambda a: a.name)),
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


def _name_classes(schemas: SchemaParser, ctx: Context, space: Namespace) -> None:
    modules = Namespace("module", reserved=PYTHON_RESERVED | {"__init__"}, fold=True)
    ordered = sorted(
        schemas.named.values(), key=lambda n: (n.synthesized, n.desired.lower(), n.desired, n.key)
    )
    for named in ordered:
        named.final = space.claim(
            named.desired, named.desired, pointer=named.pointer, style="class"
        )
        ctx.modules[named.final] = modules.claim(
            named.final, snake_case(named.final) or "model", pointer=named.pointer
        )
    _report(ctx, space.renames + modules.renames)


def _report(ctx: Context, renames: list[Rename]) -> None:
    for rename in renames:
        ctx.report(
            "naming.rename",
            f"{rename.kind} {rename.original!r} becomes {rename.final!r}: {rename.reason}",
            ctx.document.root,
            rename.pointer,
            Severity.INFO,
        )


def _name_tags(
    raw_ops: list[RawOperation], data: dict[str, Any], space: Namespace, ctx: Context
) -> dict[str, tuple[str, str, str, list[RawOperation]]]:
    descriptions = {
        str(t.get("name")): text(t.get("description"))
        for t in data.get("tags") or []
        if isinstance(t, dict)
    }
    by_tag: dict[str, list[RawOperation]] = {}
    for op in raw_ops:
        for tag in op.tags:
            by_tag.setdefault(tag, []).append(op)
    modules = Namespace("API module", reserved=PYTHON_RESERVED | {"__init__"}, fold=True)
    out: dict[str, tuple[str, str, str, list[RawOperation]]] = {}
    for tag in sorted(by_tag):
        pointer = "/tags"
        cls = space.claim(
            tag, class_name(tag, fallback="Default") + "Api", pointer=pointer, style="class"
        )
        space.claim(tag, f"Async{cls}", pointer=pointer, style="class")
        desired = make_identifier(
            f"{snake_case(tag) or 'default'}_api", fallback="api", prefix="tag_"
        )
        module = modules.claim(tag, desired, pointer=pointer)
        out[tag] = (cls, module, descriptions.get(tag, ""), by_tag[tag])
    _report(ctx, [r for r in space.renames if r.kind == "class" and r.pointer == "/tags"])
    _report(ctx, modules.renames)
    return out


def _name_methods(
    raw_ops: list[RawOperation],
    tags: dict[str, tuple[str, str, str, list[RawOperation]]],
    operations: OperationParser,
) -> None:
    reserved = frozenset({"api_client"}) | PYTHON_RESERVED
    spaces = {tag: Namespace("method", reserved=reserved) for tag in tags}
    report = Namespace("method")
    for op in sorted(raw_ops, key=lambda o: (o.desired, o.pointer)):
        candidate, index = op.desired, 1
        while candidate in reserved or any(
            not spaces[t].is_free(candidate) or not spaces[t].is_free(f"{candidate}_with_http_info")
            for t in op.tags
        ):
            index += 1
            candidate = f"{op.desired}_{index}"
        for tag in op.tags:
            spaces[tag].taken[candidate] = op.pointer
            spaces[tag].taken[f"{candidate}_with_http_info"] = op.pointer
        op.name = candidate
        if candidate != op.desired:
            report.renames.append(
                Rename(
                    "method", op.desired, candidate, "collides with another operation", op.pointer
                )
            )
    report_renames(operations, report)


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
