"""Markdown docs for the generated client: README, one page per API class, model, enum, alias.

Entry point: ``render_docs``. Pure: IR in, ``{relative_path: markdown}`` out. Two
layouts share the page data: ``openapi-generator`` (the default: method tables,
signature lines, parameter/response tables, per-status sections) and
``speakeasy`` (overview, available operations, example usage, parameters with a
Required column, response and errors). Model, enum and alias pages are the same
in both. Every link target is a page this function also returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import jinja2

from generator.ir.model import Api, SecurityScheme, Tag
from generator.naming import numbered
from generator.naming.pages import doc_pages
from generator.render.doc_models import ModelPage, ModelPages, discriminator_property
from generator.render.doc_operations import OperationView, OperationViews, auth_anchor
from generator.render.doc_programs import ProgramBuilder, env_prefix, server_url
from generator.render.examples import ExampleFactory
from generator.render.markdown import (
    fence_for,
    github_slug,
    md_cell,
    md_code,
    md_inline,
    md_link_text,
    md_text,
)

DOC_STYLES = ("openapi-generator", "speakeasy")
_TEMPLATE_DIRS = {"openapi-generator": "docs/openapi_generator", "speakeasy": "docs/speakeasy"}


@dataclass(frozen=True, slots=True)
class ApiPage:
    tag: Tag
    page: str
    """File name under docs/."""
    name_md: str
    description_md: str
    operations: list[OperationView]


@dataclass(frozen=True, slots=True)
class TagEntry:
    """A spec tag and every operation tagged with it, wherever the operation lives."""

    name_md: str
    anchor: str
    operations: list[tuple[ApiPage, OperationView]]


def tag_index(api_pages: list[ApiPage]) -> list[TagEntry]:
    """Each spelling of each tag once, case-insensitively sorted; an operation listed under
    every tag it has, linked to the first API class it lives in."""
    found: dict[str, list[tuple[ApiPage, OperationView]]] = {}
    seen: set[tuple[str, int]] = set()
    for page in api_pages:
        for op, view in zip(page.tag.operations, page.operations, strict=True):
            for tag in op.tags:
                key = (tag, id(op))
                if key not in seen:
                    seen.add(key)
                    found.setdefault(tag, []).append((page, view))
    anchors: set[str] = set()
    out = []
    for tag in sorted(found, key=lambda t: (t.lower(), t)):
        anchor = numbered("tag-" + (github_slug(tag) or "tag"), lambda a: a not in anchors, sep="-")
        anchors.add(anchor)
        entries = sorted(found[tag], key=lambda e: (e[1].name, e[0].tag.class_name))
        out.append(TagEntry(md_inline(tag), anchor, entries))
    return out


@dataclass(frozen=True, slots=True)
class AuthView:
    key: str
    key_md: str
    anchor: str
    kind: str
    description_md: str
    snippet: str
    snippet_fence: str


def page_names(api: Api) -> dict[str, str]:
    """Class name -> file name under docs/ (the naming authority's ``doc_pages``)."""
    names = sorted({m.name for m in api.models} | {e.name for e in api.enums})
    names += sorted({a.name for a in api.aliases} - set(names))
    return doc_pages(names, [tag.class_name for tag in api.tags])


def _auth_kind(s: SecurityScheme) -> str:
    if s.kind == "http":
        fmt = f" ({s.bearer_format})" if s.bearer_format else ""
        return (
            f"HTTP {s.scheme.lower() or 'auth'}{fmt}: pass `access_token=`"
            if s.scheme.lower() != "basic"
            else "HTTP basic: pass `username=` and `password=`"
        )
    if s.kind == "apiKey":
        return f"API key in {s.location} `{s.param_name}`: pass `api_key={{{s.key!r}: ...}}`"
    if s.kind == "oauth2":
        return "OAuth 2: pass `access_token=`"
    return s.kind


def _auth_view(scheme: SecurityScheme, programs: ProgramBuilder) -> AuthView:
    snippet = programs.scheme_snippet(scheme)
    return AuthView(
        key=scheme.key,
        key_md=md_link_text(scheme.key),
        anchor=auth_anchor(scheme.key),
        kind=_auth_kind(scheme),
        description_md=md_text(scheme.description),
        snippet=snippet,
        snippet_fence=fence_for(snippet),
    )


def _tidy(text: str) -> str:
    """One trailing newline, whatever the templates' last blocks leave."""
    return text.rstrip("\n") + "\n"


def render_docs(
    api: Api,
    *,
    package_name: str,
    style: str,
    env: jinja2.Environment,
    format_code: Callable[[str], str] | None = None,
) -> dict[str, str]:
    """All doc pages, keyed by path relative to the generated project root.

    ``format_code`` lays out one example program (default: ``layout.layout_source``,
    memoised per process, as black would format it).
    """
    if style not in DOC_STYLES:
        raise ValueError(f"unknown docs style {style!r} (expected one of {', '.join(DOC_STYLES)})")
    pages = page_names(api)

    def link(name: str) -> str:
        return pages.get(name, name + ".md")

    request_examples = ExampleFactory(api)
    programs = ProgramBuilder(api, package_name, request_examples, format_code)
    op_views = OperationViews(api, programs, link)
    model_pages = ModelPages(ExampleFactory(api, include_read_only=True), link)
    api_pages = [
        ApiPage(
            tag=tag,
            page=pages["api:" + tag.class_name],
            name_md=md_inline(tag.name),
            description_md=md_text(tag.description),
            operations=[op_views.view(tag, op) for op in tag.operations],
        )
        for tag in api.tags
    ]
    entities: list[ModelPage] = [model_pages.model(m) for m in api.models]
    entities += [model_pages.enum(e) for e in api.enums]
    entities += [model_pages.alias(a) for a in api.aliases]
    entities.sort(key=lambda p: p.name)
    discriminators = {a.name: discriminator_property(a) for a in api.aliases}
    common = {
        "api": api,
        "package": package_name,
        "host": md_inline(server_url(api)),
        "host_code": md_code(server_url(api)),
        "host_env": env_prefix(package_name) + "_HOST",
        "title_md": md_inline(api.title),
        "description_md": md_text(api.description),
        "version_md": md_inline(api.version),
        "api_pages": api_pages,
        "tag_index": tag_index(api_pages),
        "entities": entities,
        "pages": pages,
        "auth": [_auth_view(s, programs) for s in api.security_schemes],
        "md_cell": md_cell,
    }
    folder = _TEMPLATE_DIRS[style]
    out: dict[str, str] = {}
    usage = _usage_example(api, programs)
    out["README.md"] = env.get_template(f"{folder}/readme.md.jinja").render(
        **common, usage=usage, usage_fence=fence_for(usage)
    )
    api_template = env.get_template(f"{folder}/api.md.jinja")
    for page in api_pages:
        out["docs/" + page.page] = api_template.render(**common, page=page)
    entity_template = env.get_template("docs/model.md.jinja")
    for entity in entities:
        out["docs/" + pages[entity.name]] = entity_template.render(
            **common, entity=entity, discriminator=discriminators.get(entity.name, "")
        )
    return {path: _tidy(text) for path, text in out.items()}


def _usage_example(api: Api, programs: ProgramBuilder) -> str:
    """The README's getting-started program: the first operation, or just a client."""
    for tag in api.tags:
        if tag.operations:
            return programs.operation_program(tag, tag.operations[0])
    pkg = programs.pkg
    return programs.format_code(
        f"import os\n\nimport {pkg}\n\n"
        f"configuration = {pkg}.Configuration(host={programs.host_expr()})\n"
        f"with {pkg}.ApiClient(configuration) as api_client:\n    print(api_client)\n"
    )
