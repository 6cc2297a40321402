"""``apismith docs``: a static site (MkDocs + Material for MkDocs) from the generated docs.

The generated project keeps its Markdown as ``generate`` writes it (README.md plus
docs/<Class>.md, linked to each other with relative paths). This module writes the
site's configuration, ``mkdocs.yml``, beside them in the output directory, and builds.

MkDocs refuses a ``docs_dir`` that is the directory holding its config file, and the
output directory also holds the Python package. So the build stages README.md and
docs/ in a temporary directory and passes it as ``docs_dir``; the links between the
pages are the same there, and README.md becomes the site's index page.

MkDocs' theme templates do not escape configuration values (``site_name`` goes into
``<title>`` and attributes as it is), so the spec's ``info`` text is reduced to plain
words before it reaches ``mkdocs.yml``; nav titles are class names, never spec text.
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.ir.model import Api
from generator.render.docs import page_names

CONFIG_NAME = "mkdocs.yml"
DEV_ADDR = "127.0.0.1:8000"
INSTALL_HINT = "the docs site needs MkDocs: pip install 'apismith[docs]'"

NavEntry = tuple[str, "str | list[NavEntry]"]
"""(title, page path) or (section title, entries)."""

_UNSAFE = re.compile(
    r"[<>&\"'`\\\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff\ufff0-\uffff]"
)
"""Markup, controls, bidi overrides, lone surrogates and non-characters."""


class SiteError(Exception):
    """MkDocs is missing, or the build failed (strict mode: any warning)."""


def plain(text: str, limit: int) -> str:
    """Spec text fit for a configuration value that themes print without escaping: the
    first paragraph, characters that mean something to HTML, YAML or Markdown removed,
    whitespace collapsed, at most ``limit`` characters (cut at a word)."""
    first = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0] if text.strip() else ""
    words = " ".join(_UNSAFE.sub(" ", first).split())
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0]  # at most limit - 1 characters
    return cut + "…"


def nav(api: Api, style: str) -> list[NavEntry]:
    """The site's navigation: every page once, API classes in spec order, the rest by name.

    openapi-generator: Overview, one section per API class, Models (models and unions),
    Enums. speakeasy: its README's layout: SDK Overview, Available Resources and
    Operations, and one Models section holding every type, as Speakeasy's docs/models.
    """
    pages = page_names(api)
    apis = [(tag.class_name, "docs/" + pages["api:" + tag.class_name]) for tag in api.tags]
    model_names = sorted({m.name for m in api.models} | {a.name for a in api.aliases})
    enum_names = sorted({e.name for e in api.enums} - set(model_names))
    models: list[NavEntry] = [(name, "docs/" + pages[name]) for name in model_names]
    enums: list[NavEntry] = [(name, "docs/" + pages[name]) for name in enum_names]
    out: list[NavEntry]
    if style == "speakeasy":
        out = [("SDK Overview", "README.md")]
        if apis:
            out.append(("Available Resources and Operations", list(apis)))
        types = sorted([*models, *enums])
        if types:
            out.append(("Models", by_letter(types)))
        return out
    out = [("Overview", "README.md")]
    out += [(name, [(name, path)]) for name, path in apis]
    if models:
        out.append(("Models", by_letter(models)))
    if enums:
        out.append(("Enums", by_letter(enums)))
    return out


def by_letter(entries: list[NavEntry], over: int = 60) -> list[NavEntry]:
    """A long list as one sub-section per initial letter. With Material's
    ``navigation.prune`` a page then renders only its own letter's entries: the nav is
    part of every page, and rendering hundreds of entries on each of hundreds of
    pages is most of a big site's build time."""
    if len(entries) <= over:
        return entries
    groups: dict[str, list[NavEntry]] = {}
    for entry in entries:
        groups.setdefault(entry[0][:1].upper(), []).append(entry)
    return [(letter, groups[letter]) for letter in sorted(groups)]


def _q(text: str) -> str:
    """A YAML double-quoted scalar in ASCII. Not ``json.dumps``: JSON writes a character
    beyond U+FFFF as two ``\\u`` surrogates, which YAML decodes as two lone surrogates."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= code < 0x7F:
            out.append(ch)
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


def _nav_lines(entries: list[NavEntry], indent: str) -> Iterator[str]:
    for title, target in entries:
        if isinstance(target, str):
            yield f"{indent}- {_q(title)}: {_q(target)}"
        else:
            yield f"{indent}- {_q(title)}:"
            yield from _nav_lines(target, indent + "    ")


def site_config(api: Api, style: str) -> str:
    """The text of ``mkdocs.yml``: built from ordered lists only, so the same bytes for
    the same spec whatever the hash seed."""
    name = plain(api.title, 120) or api.package_name
    description = plain(api.description, 300)
    lines = [
        "# Written by `apismith docs`; edits are overwritten. `apismith docs` builds it,",
        "# passing README.md and docs/ (staged together) as docs_dir.",
        f"site_name: {_q(name)}",
    ]
    if description:
        lines.append(f"site_description: {_q(description)}")
    lines += [
        # Any warning (broken link, missing anchor, page outside the nav) fails the build.
        "strict: true",
        "use_directory_urls: false",
        "validation:",
        "  omitted_files: warn",
        "  absolute_links: warn",
        "  unrecognized_links: warn",
        "  anchors: warn",
        "theme:",
        "  name: material",
        # No web fonts: the site must not load anything from another host.
        "  font: false",
        "  features:",
        "    - search.highlight",
        "    - navigation.prune",
        "    - content.code.copy",
        "  palette:",
        '    - media: "(prefers-color-scheme: light)"',
        "      scheme: default",
        "      toggle:",
        "        icon: material/brightness-7",
        "        name: Switch to dark mode",
        '    - media: "(prefers-color-scheme: dark)"',
        "      scheme: slate",
        "      toggle:",
        "        icon: material/brightness-4",
        "        name: Switch to light mode",
        "plugins:",
        "  - search",
        # Only extensions that add no syntax for attributes or raw HTML (no attr_list,
        # md_in_html): spec text in the pages must not be able to set HTML attributes.
        "markdown_extensions:",
        "  - tables",
        "  - toc:",
        "      permalink: true",
        "  - pymdownx.highlight",
        "  - pymdownx.superfences",
        "nav:",
        *_nav_lines(nav(api, style), "  "),
    ]
    return "\n".join(lines) + "\n"


def default_site_dir(output: Path) -> Path:
    """``site/`` beside the output directory."""
    return output.parent / "site"


def config_path(output: Path) -> Path:
    return output / CONFIG_NAME


def is_current(output: Path, text: str) -> bool:
    path = config_path(output)
    return path.is_file() and path.read_bytes() == text.encode("utf-8")


def write_config(output: Path, text: str) -> bool:
    """Write ``mkdocs.yml`` unless it already has these bytes; True when written."""
    if is_current(output, text):
        return False
    config_path(output).write_bytes(text.encode("utf-8"))
    return True


@contextmanager
def staged(output: Path, doc_files: list[str]) -> Iterator[Path]:
    """A temporary docs_dir holding ``doc_files`` (paths relative to ``output``)."""
    with tempfile.TemporaryDirectory(prefix="apismith-site-") as tmp:
        root = Path(tmp) / "src"
        for rel in doc_files:
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(output / rel, target)
        yield root


def doc_files(files: Mapping[str, str]) -> list[str]:
    """The generated files that are site pages: README.md and docs/."""
    return sorted(p for p in files if p == "README.md" or p.startswith("docs/"))


@dataclass(frozen=True)
class BuildResult:
    site_dir: Path
    pages: int
    seconds: float


def require_mkdocs() -> Any:
    """The ``mkdocs`` package, or ``SiteError`` saying how to install the extra."""
    import importlib.util

    # The theme is looked up by name at build time: present, not imported here.
    if importlib.util.find_spec("material") is None:
        raise SiteError(INSTALL_HINT)
    try:
        import mkdocs.commands.build
        import mkdocs.commands.serve
        import mkdocs.config
        import mkdocs.exceptions
    except ImportError as exc:
        raise SiteError(INSTALL_HINT) from exc
    return mkdocs


@contextmanager
def _mkdocs_log(level: int) -> Iterator[None]:
    """MkDocs' log on stderr while it runs: MkDocs only configures logging in its own
    command line, and a strict build's warnings are the reasons it failed."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("mkdocs: %(levelname)s %(message)s"))
    logger = logging.getLogger("mkdocs")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(min(level, old_level or level))
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def build(output: Path, docs_dir: Path, site_dir: Path) -> BuildResult:
    """Build in strict mode; raises ``SiteError`` on any warning."""
    mkdocs = require_mkdocs()
    start = time.perf_counter()
    try:
        with _mkdocs_log(logging.WARNING):
            config = mkdocs.config.load_config(
                config_file=str(config_path(output)),
                docs_dir=str(docs_dir),
                site_dir=str(site_dir.resolve()),
                strict=True,
            )
            mkdocs.commands.build.build(config)
    except mkdocs.exceptions.MkDocsException as exc:
        raise SiteError(f"mkdocs: {exc}") from exc
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    return BuildResult(site_dir, pages, time.perf_counter() - start)


def serve(output: Path, docs_dir: Path, dev_addr: str = DEV_ADDR) -> None:
    """MkDocs' dev server on ``dev_addr`` (127.0.0.1 only) until interrupted. It serves the
    staged copy: run ``apismith docs --serve`` again after regenerating."""
    mkdocs = require_mkdocs()
    try:
        with _mkdocs_log(logging.INFO):  # INFO: the address it serves on
            mkdocs.commands.serve.serve(
                config_file=str(config_path(output)),
                docs_dir=str(docs_dir),
                dev_addr=dev_addr,
                strict=True,
            )
    except mkdocs.exceptions.MkDocsException as exc:
        raise SiteError(f"mkdocs: {exc}") from exc
