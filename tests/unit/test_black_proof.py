"""The black proof (``tests/black_proof.py``) itself: it does fail on what black would change,
names the source and shows the difference; and the reproducers of the layout bugs it found,
since fixed, stay black-clean."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import render
from generator.settings.options import Options
from tests.black_proof import (
    assert_black_clean,
    black_differences,
    python_sources,
)

CLEAN = '"""A module."""\n\nVALUE = [1, 2]\n'
README = (
    "# Title\n\n```sh\npip install  x\n```\n\n"
    "```python\nprint( 'hi' )\n```\n\n"
    "```json\n{ }\n```\n\n"
    "````python\nx = '```'\n````\n"
)


def failure(files: dict[str, str]) -> str:
    with pytest.raises(AssertionError) as caught:
        assert_black_clean(files, "the sample")
    return str(caught.value)


def test_python_sources_are_the_files_and_the_python_blocks() -> None:
    sources = python_sources({"a/b.py": CLEAN, "README.md": README, "pyproject.toml": "x"})
    assert list(sources.items()) == [
        ("a/b.py", CLEAN),
        ("README.md:7 (```python block)", "print( 'hi' )\n"),
        ("README.md:15 (```python block)", "x = '```'\n"),
    ]


def test_a_clean_tree_passes() -> None:
    assert_black_clean({"a/b.py": CLEAN, "a/c.py": "", "docs/A.md": "```python\nx = 1\n```\n"})


def test_a_file_black_would_change_fails_with_a_diff() -> None:
    message = failure({"a/clean.py": CLEAN, "a/ugly.py": "VALUE = [1,2]\n"})
    assert message.startswith("black would change 1 of 2 Python sources in the sample")
    assert "\n  a/ugly.py\n" in message
    assert "-VALUE = [1,2]\n+VALUE = [1, 2]" in message


def test_a_markdown_example_black_would_change_fails() -> None:
    message = failure({"a/clean.py": CLEAN, "README.md": README})
    assert "black would change 2 of 3" in message
    assert "README.md:7 (```python block)" in message
    assert '+print("hi")' in message


def test_a_source_black_cannot_parse_fails() -> None:
    assert "black cannot format this source" in failure({"a/broken.py": "def f(:\n"})


def test_a_tree_without_python_fails() -> None:
    assert "no Python source" in failure({"README.md": "# Title\n"})


def test_the_process_pool_gives_the_same_verdicts() -> None:
    """Enough new sources to go to the pool: the same differences as one by one."""
    sources = {f"m{i}.py": f"VALUE_{i} = {i}\n" for i in range(80)}
    sources["m7.py"] = "VALUE_7 = [7,]\n"
    sources["m63.py"] = "VALUE_63 = {'a':63}\n"
    assert sorted(black_differences(sources)) == ["m63.py", "m7.py"]
    assert black_differences(sources)["m63.py"] == 'VALUE_63 = {"a": 63}\n'


def rendered(document: dict[str, Any]) -> dict[str, str]:
    """The tree a default ``generate`` writes for ``document``, rendered in-process."""
    with tempfile.TemporaryDirectory() as folder:
        spec = Path(folder) / "spec.json"
        spec.write_text(json.dumps(document), encoding="utf-8")
        options = Options(spec=spec, output=Path(folder) / "out", use_cache=False)
        assert not options.runs_black
        return render(options).files


def one_operation(title: str, server: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1"},
        "servers": [{"url": server}],
        "paths": {
            "/things": {
                "get": {"operationId": "listThings", "responses": {"204": {"description": "ok"}}}
            }
        },
    }


def one_schema(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "One", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": schema}},
    }


FIXED_LAYOUT_BUGS: dict[str, dict[str, Any]] = {
    # layout_source took a '"""' inside a string literal of an example for a docstring and
    # left the lines after it alone.
    "triple-quote-in-a-string": one_operation("Bug", 'https://example.com/"""'),
    # U+0085 (NEXT LINE) ends a line for black's docstring rules, not for the generator's.
    "next-line-in-a-docstring": one_schema(
        {
            "type": "object",
            "description": "First.\x85" + "word " * 19 + "end",
            "properties": {"text": {"type": "string"}},
        }
    ),
    # black wraps the exception of a long except clause in parentheses.
    "long-except-clause": one_operation(
        "Pet Store Administration And Inventory Management Platform For Large Organisations",
        "https://example.com",
    ),
    # Character widths as black counts them: two combining accents near 100 columns.
    "character-widths": one_schema(
        {
            "type": "object",
            "properties": {"text": {"type": "string", "default": "x" * 73 + "e\u0301\u0301"}},
        }
    ),
    # black spells 1e+16 as 1e16.
    "exponent-sign": one_schema(
        {"type": "object", "properties": {"n": {"type": "number", "default": 1e16}}}
    ),
    # C1 controls taken out of a docstring after its text was stripped left blanks where
    # black strips them: at either end, at a line's end, or blank lines before the quotes.
    "c1-controls-in-docstrings": {
        "openapi": "3.0.3",
        "info": {"title": "C1", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "description": "\x9e",
                    "responses": {"204": {"description": "ok"}},
                },
                "put": {
                    "operationId": "putThings",
                    "description": "one \x9e\ntwo",
                    "responses": {"204": {"description": "ok"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "\x9e\tText \x9e",
                    "properties": {"a": {"type": "string", "description": "x \x96"}},
                }
            }
        },
    },
    # A model of an allOf of schemas without properties ended in a blank line.
    "empty-all-of-model": one_schema({"allOf": [{"type": "object"}, {"type": "object"}]}),
}
"""Layout bugs this proof found, each with the document that showed it; all fixed."""


@pytest.mark.parametrize("bug", sorted(FIXED_LAYOUT_BUGS))
def test_fixed_layout_bug_stays_fixed(bug: str) -> None:
    assert_black_clean(rendered(FIXED_LAYOUT_BUGS[bug]), bug)
