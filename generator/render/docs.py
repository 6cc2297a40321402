"""Markdown docs for the generated client: README, one page per API class, model, enum, alias.

Entry point: ``render_docs``. Pure: IR in, ``{relative_path: markdown}`` out. Two
layouts share the page data: ``openapi-generator`` (the default: method tables,
signature lines, parameter/response tables, per-status sections) and
``speakeasy`` (overview, available operations, example usage, parameters with a
Required column, response and errors). Model, enum and alias pages are the same
in both. Every link target is a page this function also returns.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass

import jinja2

from generator.ir.model import Alias, Api, Enum, Model, SecurityScheme, Tag
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


DocsTask = tuple[str, int, int]
"""("readme", 0, 0), ("api", tag index, 0) or ("entities", first, stop) of the
name-sorted models, enums and aliases whose pages are rendered."""


class DocsRender:
    """The docs of one ``Api`` as independent tasks.

    Each task's pages depend only on the Api and the task, so any process may render
    any task and the pages are the same (the pipeline shares them out between two
    cores); ``render_docs`` renders them all in turn.
    """

    ENTITIES_PER_TASK = 24

    def __init__(
        self,
        api: Api,
        *,
        package_name: str,
        style: str,
        env: jinja2.Environment,
        format_code: Callable[[str], str] | None = None,
        skip: Container[str] = frozenset(),
        pages: dict[str, str] | None = None,
    ) -> None:
        """``skip``: pages (paths relative to the project root) not to render (the caller
        has them); ``pages``: ``page_names(api)`` when the caller has it."""
        if style not in DOC_STYLES:
            raise ValueError(
                f"unknown docs style {style!r} (expected one of {', '.join(DOC_STYLES)})"
            )
        self.api = api
        self.env = env
        self.pages = pages = pages if pages is not None else page_names(api)

        def link(name: str) -> str:
            return pages.get(name, name + ".md")

        self.programs = ProgramBuilder(api, package_name, ExampleFactory(api), format_code)
        self.op_views = OperationViews(api, self.programs, link)
        self.model_pages = ModelPages(ExampleFactory(api, include_read_only=True), link)
        entities: list[Model | Enum | Alias] = [*api.models, *api.enums, *api.aliases]
        self.entities = sorted(entities, key=lambda e: e.name)
        self.rendered = [e for e in self.entities if "docs/" + pages[e.name] not in skip]
        self.tags = [
            i
            for i, tag in enumerate(api.tags)
            if "docs/" + pages["api:" + tag.class_name] not in skip
        ]
        self.readme = "README.md" not in skip
        self.folder = _TEMPLATE_DIRS[style]
        self.common: dict[str, object] = {
            "api": api,
            "package": package_name,
            "host": md_inline(server_url(api)),
            "host_code": md_code(server_url(api)),
            "host_env": env_prefix(package_name) + "_HOST",
            "title_md": md_inline(api.title),
            "description_md": md_text(api.description),
            "version_md": md_inline(api.version),
            "pages": pages,
            "md_cell": md_cell,
        }

    def tasks(self) -> list[DocsTask]:
        """Every task, the costliest kinds first."""
        step = self.ENTITIES_PER_TASK
        count = len(self.rendered)
        out: list[DocsTask] = [("entities", i, min(i + step, count)) for i in range(0, count, step)]
        out += [("api", i, 0) for i in self.tags]
        if self.readme:
            out.append(("readme", 0, 0))
        return out

    def render(self, task: DocsTask) -> dict[str, str]:
        """The pages of one task: {path relative to the project root: Markdown}."""
        kind, first, stop = task
        out: dict[str, str] = {}
        if kind == "readme":
            api_pages = [self._api_page(tag, full=False) for tag in self.api.tags]
            usage = _usage_example(self.api, self.programs)
            out["README.md"] = self.env.get_template(f"{self.folder}/readme.md.jinja").render(
                **self.common,
                api_pages=api_pages,
                tag_index=tag_index(api_pages),
                entities=self.entities,
                auth=[_auth_view(s, self.programs) for s in self.api.security_schemes],
                usage=usage,
                usage_fence=fence_for(usage),
            )
        elif kind == "api":
            page = self._api_page(self.api.tags[first], full=True)
            template = self.env.get_template(f"{self.folder}/api.md.jinja")
            out["docs/" + page.page] = template.render(**self.common, page=page)
        else:
            template = self.env.get_template("docs/model.md.jinja")
            for entity in self.rendered[first:stop]:
                view, discriminator = self._entity(entity)
                out["docs/" + self.pages[entity.name]] = template.render(
                    **self.common, entity=view, discriminator=discriminator
                )
        return {path: _tidy(text) for path, text in out.items()}

    def _api_page(self, tag: Tag, *, full: bool) -> ApiPage:
        return ApiPage(
            tag=tag,
            page=self.pages["api:" + tag.class_name],
            name_md=md_inline(tag.name),
            description_md=md_text(tag.description),
            operations=[
                self.op_views.view(tag, op) if full else self.op_views.row(op)
                for op in tag.operations
            ],
        )

    def _entity(self, entity: Model | Enum | Alias) -> tuple[ModelPage, str]:
        if isinstance(entity, Model):
            return self.model_pages.model(entity), ""
        if isinstance(entity, Enum):
            return self.model_pages.enum(entity), ""
        return self.model_pages.alias(entity), discriminator_property(entity)


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
    docs = DocsRender(api, package_name=package_name, style=style, env=env, format_code=format_code)
    out: dict[str, str] = {}
    for task in docs.tasks():
        out.update(docs.render(task))
    return out


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
