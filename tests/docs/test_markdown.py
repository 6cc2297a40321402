"""Escaping of spec text for Markdown contexts."""

from __future__ import annotations

import pytest

from generator.render.environment import FILTERS
from generator.render.markdown import (
    fence_for,
    github_slug,
    md_cell,
    md_code,
    md_code_cell,
    md_inline,
    md_text,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a | b", "a \\| b"),
        ("line one\nline two", "line one line two"),
        ("para one\n\npara two", "para one<br><br>para two"),
        ("ends with backslash \\", "ends with backslash \\\\"),
        ("escaped \\| pipe", "escaped \\\\\\| pipe"),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("  padded  ", "padded"),
        ("", ""),
    ],
)
def test_md_cell(raw: str, expected: str) -> None:
    assert md_cell(raw) == expected


def test_md_cell_never_contains_an_unescaped_pipe_or_newline() -> None:
    nasty = "a|b\\|c\\\\|d\n|e\r\n\n||"
    cell = md_cell(nasty)
    assert "\n" not in cell and "\r" not in cell
    # GFM consumes backslash pairs first; an odd run of backslashes before a pipe escapes it.
    for index, char in enumerate(cell):
        if char == "|":
            run = len(cell[:index]) - len(cell[:index].rstrip("\\"))
            assert run % 2 == 1, cell


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("# Title", "\\# Title"),
        ("   ## Title", "   \\## Title"),
        ("```python", "\\```python"),
        ("~~~", "\\~~~"),
        ("---", "\\---"),
        ("===", "\\==="),
        ("* * *", "\\* * *"),
        ("> quote", "&gt; quote"),
        ("</details>", "&lt;/details&gt;"),
        ("see <https://example.com/x>", "see <https://example.com/x>"),
        ("A & B", "A &amp; B"),
        ("- item", "- item"),
        ("**bold** and `code`", "**bold** and `code`"),
        ("    indented code", "    indented code"),
        ("  - nested item", "  - nested item"),
    ],
)
def test_md_text_line(raw: str, expected: str) -> None:
    assert md_text(raw) == expected


def test_md_text_keeps_paragraphs_and_collapses_blank_runs() -> None:
    assert md_text("\n\none\ntwo\n\n\n\nthree\n\n") == "one\ntwo\n\nthree"


def test_md_inline_is_one_line() -> None:
    assert md_inline("Create\na <b>thing</b>\n\n# now") == "Create a &lt;b&gt;thing&lt;/b&gt; # now"
    assert md_inline("# starts like a heading") == "\\# starts like a heading"


def test_code_spans_and_fences_outgrow_backticks() -> None:
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x`") == "`` `x` ``"
    assert md_code_cell("a|b") == "`a\\|b`"
    assert fence_for("no fences") == "```"
    assert fence_for("has ```` inside") == "`````"


def test_github_slug() -> None:
    assert github_slug("Documentation for API Endpoints") == "documentation-for-api-endpoints"
    assert github_slug("create_connection") == "create_connection"


def test_filters_are_registered() -> None:
    for name in ("md_text", "md_inline", "md_cell", "md_code", "fence"):
        assert name in FILTERS


@pytest.mark.parametrize(
    "text",
    [
        "[x](javascript:alert(1))",
        "[x]( JaVaScRiPt:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](vbscript:msgbox)",
        "[x](data:text/html,<script>)",
    ],
)
def test_script_links_stay_text(text: str) -> None:
    for rendered in (md_text(text), md_inline(text), md_cell(text)):
        assert "](" not in rendered
        assert "]\\(" in rendered


def test_script_reference_definitions_stay_text() -> None:
    assert md_text("[r]: javascript:alert(1)\n[r]") == "\\[r]: javascript:alert(1)\n[r]"


@pytest.mark.parametrize(
    "text", ["[a](https://x.example)", "[a](mailto:a@x.example)", "[a](docs/A.md#b)", "[a](#b)"]
)
def test_ordinary_links_are_kept(text: str) -> None:
    assert md_text(text) == md_inline(text) == md_cell(text) == text
