"""The docs site built from the hostile spec: no script, handler, ``javascript:`` link or
raw HTML from the spec reaches a page, in either docs style."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from .support import run_cli
from .test_injection import MARKERS, load_hostile

LINK_PAYLOAD = "\n[PAYLOAD7f3 click](javascript:alert(1)) <javascript:alert(2)> [x](JaVaScRiPt:y)"
# Tags the templates and Python-Markdown (tables, toc, highlight) produce in a page's
# article; anything else there came from spec text.
ARTICLE_TAGS = {
    "a", "article", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "li", "ol", "p", "pre", "span", "strong", "table", "tbody", "td", "th", "thead", "tr",
    "ul", "blockquote", "button", "nav", "svg", "path",
}  # fmt: skip


class PageScan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.article_depth = 0
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            url = value if name in ("href", "src", "action", "formaction") else None
            if url is not None and re.match(r"\s*(javascript|vbscript|data):", url, re.I):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "article":
            self.article_depth += 1
        elif self.article_depth and tag not in ARTICLE_TAGS:
            self.problems.append(f"<{tag}> in the article")
        self.in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.article_depth -= 1
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and (any(m in data for m in MARKERS) or "alert(" in data):
            self.problems.append(f"spec text in a script: {data[:80]!r}")


def scan(page: Path) -> list[str]:
    parser = PageScan()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return [f"{page.name}: {p}" for p in parser.problems]


def with_link_payloads(spec: Any) -> Any:
    spec = copy.deepcopy(spec)
    spec["info"]["description"] += LINK_PAYLOAD
    for tag in spec.get("tags", []):
        tag["description"] = tag.get("description", "") + LINK_PAYLOAD
    return spec


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile-site")
    spec_path = root / "spec.json"
    spec_path.write_text(json.dumps(with_link_payloads(load_hostile())), encoding="utf-8")
    built = {}
    for style in ("openapi-generator", "speakeasy"):
        site = root / f"site-{style}"
        args = ["docs", str(spec_path), "-o", str(root / style), "--site-dir", str(site)]
        result = run_cli([*args, "--docs-style", style, "-q"])
        assert result.code == 0, result.stderr[-3000:]
        built[style] = site
    return built


@pytest.mark.parametrize("style", ["openapi-generator", "speakeasy"])
def test_no_spec_html_reaches_a_page(sites: dict[str, Path], style: str) -> None:
    pages = sorted(sites[style].rglob("*.html"))
    assert len(pages) > 5
    problems = [p for page in pages for p in scan(page)]
    assert problems == []
    # The payloads are on the pages, as text.
    index = (sites[style] / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in index and "PAYLOAD7f3" in index


def test_scan_sees_an_injection(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        '<article><p>ok</p><img src=x onerror="PAYLOAD7f3"><a href="javascript:x">a</a>'
        "<script>alert(1)</script></article>",
        encoding="utf-8",
    )
    assert len(scan(page)) == 5
