"""The docs of the committed Airbyte spec, in both layouts: links, structure, programs."""

from __future__ import annotations

import ast
import builtins
import functools
from pathlib import Path

import pytest

from generator.ir.model import Api
from generator.render.docs import DOC_STYLES, render_docs
from generator.render.environment import make_environment
from tests.black_proof import assert_black_clean
from tests.docs.docs_markdown_check import broken_links, code_blocks, link_count, structure_problems
from tests.docs.test_docs_sample import OUR_HEADINGS

SPEC = Path(__file__).resolve().parents[2] / "specs" / "airbyte" / "config.yaml"
PACKAGE = "airbyte_config_client"


@functools.cache
def airbyte(style: str) -> tuple[Api, dict[str, str]]:
    from generator.load import load
    from generator.parse import parse

    document, _ = load(SPEC)
    api, _ = parse(document, package_name=PACKAGE)
    return api, render_docs(api, package_name=PACKAGE, style=style, env=make_environment())


@pytest.mark.parametrize("style", DOC_STYLES)
def test_every_link_and_anchor_resolves(style: str) -> None:
    api, pages = airbyte(style)
    assert broken_links(pages) == []
    entities = len(api.models) + len(api.enums) + len(api.aliases)
    assert len(pages) == 1 + len(api.tags) + entities
    print(f"\n{style}: {len(pages)} pages, {link_count(pages)} links, all resolve")


@pytest.mark.parametrize("style", DOC_STYLES)
def test_spec_text_does_not_change_page_structure(style: str) -> None:
    _, pages = airbyte(style)
    problems = [
        p for path, text in pages.items() for p in structure_problems(path, text, OUR_HEADINGS)
    ]
    assert problems == []


def test_every_operation_has_a_complete_program() -> None:
    api, pages = airbyte("openapi-generator")
    blocks = [b for b in code_blocks(pages) if "ApiClient(" in b.text]
    assert len(blocks) == 1 + len(api.operations())
    known = set(dir(builtins))
    for block in blocks:
        tree = ast.parse(block.text)
        defined = set(known)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                defined |= {(a.asname or a.name).split(".")[0] for a in node.names}
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                defined.add(node.id)
            elif isinstance(node, ast.ExceptHandler) and node.name:
                defined.add(node.name)
        used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        assert used <= defined, (block.page, block.line, used - defined)
        assert "Configuration(" in block.text and "ApiClient(configuration)" in block.text
        assert 'os.environ.get("AIRBYTE_CONFIG_CLIENT_HOST", "https://cloud.airbyte.com/api")' in (
            block.text
        )


@pytest.mark.parametrize("style", DOC_STYLES)
def test_examples_are_black_formatted(style: str) -> None:
    """Laid out by render, not by black: every ``python`` block is what black makes of it."""
    _, pages = airbyte(style)
    assert_black_clean(pages, f"the Airbyte docs ({style})")


def test_same_spec_same_bytes() -> None:
    api, pages = airbyte("openapi-generator")
    again = render_docs(
        api, package_name=PACKAGE, style="openapi-generator", env=make_environment()
    )
    assert again == pages
