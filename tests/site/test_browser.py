"""The Airbyte docs site in a real browser: headless Debian Chromium driven by Playwright.

Both docs styles are built (from a fresh render, into a temporary directory) and served
over HTTP on 127.0.0.1. The home page and one API, model and enum page must load with
no console error; every internal link on them must answer 200 and its fragment must
exist on the target page; Material's search must find ``create_connection``. A
screenshot of an API page per style is written to ``tests/artifacts/`` (git-ignored;
the path is printed).

Chromium is Debian's ``chromium`` package (``.ci/run`` installs it); Playwright never
downloads a browser. Without Chromium the test skips locally and fails under ``CI``.
"""

from __future__ import annotations

import functools
import html
import http.server
import os
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import docs_site, pipeline
from generator.settings.options import Options

REPO = Path(__file__).resolve().parents[2]
AIRBYTE = REPO / "specs" / "airbyte" / "config.yaml"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts"
PAGES = {
    "home": "index.html",
    "api": "docs/ConnectionApi.html",
    "model": "docs/ConnectionCreate.html",
    "enum": "docs/ActorType.html",
}
STYLES = ("openapi-generator", "speakeasy")


def _require_browser() -> Any:
    """Playwright's sync API, or skip (fail under CI) with what is missing."""
    problem = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        problem = "playwright is not installed (pip install -e '.[test]')"
    if problem is None and not CHROMIUM.is_file():
        problem = f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)"
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run under CI: {problem}")
        pytest.skip(problem)
    return sync_playwright


def build_site(style: str, root: Path) -> docs_site.BuildResult:
    """Render the Airbyte docs in ``style`` and build their site, as ``apismith docs``."""
    out = root / style
    options = Options(
        spec=AIRBYTE, output=out, package_name="airbyte_config_client", docs_style=style
    )
    rendered = pipeline.render(options)
    pages = docs_site.doc_files(rendered.files)
    for rel in pages:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(rendered.files[rel], encoding="utf-8")
    docs_site.write_config(out, docs_site.site_config(rendered.api, style))
    with docs_site.staged(out, pages) as src:
        return docs_site.build(out, src, root / f"site-{style}")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """style -> base URL of its built site."""
    _require_browser()
    root = tmp_path_factory.mktemp("airbyte-site")
    servers = []
    urls = {}
    for style in STYLES:
        result = build_site(style, root)
        print(f"\n{style}: {result.pages} pages built in {result.seconds:.1f}s")
        handler = functools.partial(_Quiet, directory=str(result.site_dir))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        urls[style] = f"http://127.0.0.1:{server.server_address[1]}/"
    yield urls
    for server in servers:
        server.shutdown()
        server.server_close()


_ID = re.compile(r"""\s(?:id|name)=["']?([^"'\s>]+)""")
"""An element id (or a named anchor) in a built page; the site's HTML quotes them."""


@functools.cache
def _fetch(url: str) -> tuple[int, frozenset[str]]:
    """HTTP status and the element ids of a page."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            body = response.read().decode("utf-8", "replace")
            status = int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code, frozenset()
    return status, frozenset(html.unescape(m) for m in _ID.findall(body))


def broken_links(links: list[str], base: str) -> list[str]:
    broken = []
    for link in sorted(set(links)):
        if not link.startswith(base):
            continue  # another host: not the site's own link
        page, _, fragment = link.partition("#")
        status, ids = _fetch(page)
        if status != 200:
            broken.append(f"{link}: HTTP {status}")
        elif fragment and urllib.parse.unquote(fragment) not in ids:
            broken.append(f"{link}: no element with id {fragment!r}")
    return broken


@pytest.mark.parametrize("style", STYLES)
def test_site_in_chromium(served: dict[str, str], style: str) -> None:
    sync_playwright = _require_browser()
    base = served[style]
    errors: list[str] = []
    with sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on(
            "console",
            lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None,
        )
        page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
        page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
        for kind, path in PAGES.items():
            response = page.goto(base + path, wait_until="load")
            assert response is not None and response.status == 200, (kind, path)
            assert page.locator("article h1").count() >= 1, (kind, path)
            links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
            assert len(links) > 5, (kind, path)
            assert broken_links(links, base) == [], (kind, path)
            if kind == "api":
                ARTIFACTS.mkdir(exist_ok=True)
                shot = ARTIFACTS / f"site-{style}-ConnectionApi.png"
                page.screenshot(path=str(shot))
                assert shot.stat().st_size > 10_000
                print(f"\nscreenshot: {shot}")
                assert page.locator("article pre code").count() > 0
                assert page.locator("article table").count() > 0
                assert page.locator("#create_connection").count() >= 1

        page.goto(base + PAGES["home"], wait_until="load")
        search = page.locator("input.md-search__input")
        search.click()
        search.fill("create_connection")
        hit = page.locator(".md-search-result__item a[href*='ConnectionApi']").first
        hit.wait_for(timeout=60_000)
        assert "ConnectionApi" in (hit.get_attribute("href") or "")
        browser.close()
    assert errors == []
