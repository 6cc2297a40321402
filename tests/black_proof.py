"""black as the proof of the generated layout: one helper for every test that generates a tree.

``apismith generate`` lays code out itself (``generator.render.layout``) and runs black
only for ``--templates`` or ``--format black``. So each test that generates a tree checks
what was written against black itself: every ``.py``/``.pyi`` file, and every
```` ```python ```` block of every ``.md`` page, must come back unchanged from
``black.format_str`` at line length 100 (the mode ``--format black`` uses).

Sources proven clean are remembered for the session by their hash, so the runtime
modules every package copies, and the client files both doc styles share, are formatted
once. A large batch of new sources is spread over a process pool (black costs ~10 ms a
small module, ~35 s of CPU for the Airbyte client).
"""

from __future__ import annotations

import difflib
import hashlib
import multiprocessing
import os
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

from tests.docs.docs_markdown_check import code_blocks

LINE_LENGTH = 100
MODE = black.Mode(line_length=LINE_LENGTH)
PYI_MODE = black.Mode(line_length=LINE_LENGTH, is_pyi=True)
BLOCK = " (```python block)"
"""Ends the label of a source taken from a Markdown page: ``README.md:48 (```python block)``."""
_POOL_FROM = 64
"""Fewer new sources than this are formatted in this process (a pool costs ~1 s to start)."""
_CHUNK = 16


_clean: set[tuple[bool, bytes]] = set()


def _key(label: str, source: str) -> tuple[bool, bytes]:
    return label.endswith(".pyi"), hashlib.sha256(source.encode("utf-8")).digest()


def python_sources(files: Mapping[str, str]) -> dict[str, str]:
    """Every Python source of a generated tree, by label: the ``.py``/``.pyi`` files by path,
    the ```` ```python ```` blocks of the ``.md`` pages as ``page:line (```python block)``."""
    sources = {path: files[path] for path in sorted(files) if path.endswith((".py", ".pyi"))}
    for page in sorted(path for path in files if path.endswith(".md")):
        try:
            blocks = code_blocks({page: files[page]})
        except AssertionError as exc:  # an unclosed fence: the rest of the page is code
            raise AssertionError(f"{page}: {exc}: its python blocks cannot be told") from None
        for block in blocks:
            sources[f"{page}:{block.line}{BLOCK}"] = block.text
    return sources


def read_tree(root: Path) -> dict[str, str]:
    """The Python and Markdown files under ``root`` as written, by relative POSIX path."""
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.suffix in (".py", ".pyi", ".md") and path.is_file()
    }


def black_formatted(label: str, source: str) -> str:
    """What black makes of ``source``, or a message starting ``black cannot format``."""
    try:
        return black.format_str(source, mode=PYI_MODE if label.endswith(".pyi") else MODE)
    except Exception as exc:  # black's InvalidInput, or an error inside black itself
        return f"black cannot format this source: {type(exc).__name__}: {exc}"


def _formatted_chunk(chunk: list[tuple[str, str]]) -> list[str]:
    return [black_formatted(label, source) for label, source in chunk]


def _format_all(items: list[tuple[str, str]]) -> list[str]:
    jobs = min(os.cpu_count() or 1, 8)
    if len(items) < _POOL_FROM or jobs < 2:
        return _formatted_chunk(items)
    # Largest first, so one long API module does not finish last on its own.
    order = sorted(range(len(items)), key=lambda i: -len(items[i][1]))
    chunks = [[items[i] for i in order[n : n + _CHUNK]] for n in range(0, len(order), _CHUNK)]
    # spawn: a fresh interpreter per worker, whatever threads the test session runs.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        results = [text for chunk in pool.map(_formatted_chunk, chunks) for text in chunk]
    out = [""] * len(items)
    for index, text in zip(order, results, strict=True):
        out[index] = text
    return out


def black_differences(sources: Mapping[str, str]) -> dict[str, str]:
    """The sources black would change, each with what black makes of it (or its error)."""
    todo = [(label, text) for label, text in sources.items() if _key(label, text) not in _clean]
    unique = list({_key(label, text): (label, text) for label, text in todo}.values())
    differing: dict[tuple[bool, bytes], str] = {}
    for (label, text), formatted in zip(unique, _format_all(unique), strict=True):
        if formatted == text:
            _clean.add(_key(label, text))
        else:
            differing[_key(label, text)] = formatted
    return {
        label: differing[_key(label, text)]
        for label, text in todo
        if _key(label, text) in differing
    }


def failure_report(
    sources: Mapping[str, str], differences: Mapping[str, str], what: str = ""
) -> str:
    """How many sources black would change, which, and a short diff of the first."""
    first = next(iter(differences))
    formatted = differences[first]
    if formatted.startswith("black cannot format"):
        excerpt = formatted
    else:
        diff = difflib.unified_diff(
            sources[first].splitlines(),
            formatted.splitlines(),
            f"{first} (as generated)",
            f"{first} (as black formats it)",
            lineterm="",
            n=1,
        )
        excerpt = "\n".join(list(diff)[:40])
    listed = "\n".join(f"  {label}" for label in list(differences)[:20])
    more = f"\n  ... and {len(differences) - 20} more" if len(differences) > 20 else ""
    where = f" in {what}" if what else ""
    return (
        f"black would change {len(differences)} of {len(sources)} Python sources{where} "
        f"(black did not run during generation):\n{listed}{more}\n{excerpt}"
    )


def assert_sources_black_clean(sources: Mapping[str, str], what: str = "") -> None:
    """Every source (label -> text) is exactly what black makes of it."""
    differences = black_differences(sources)
    if differences:
        raise AssertionError(failure_report(sources, differences, what))


def assert_black_clean(files: Mapping[str, str], what: str = "") -> None:
    """Every ``.py``/``.pyi`` file and ```` ```python ```` block of a generated tree
    (path -> text, as rendered or :func:`read_tree`) is what black makes of it."""
    sources = python_sources(files)
    assert sources, f"no Python source in {what or 'the tree'}"
    assert_sources_black_clean(sources, what)


def assert_trees_black_clean(trees: Iterable[tuple[str, Mapping[str, str]]]) -> None:
    """Several trees at once (one pool for all), each source labelled ``tree: label``."""
    combined: dict[str, str] = {}
    for name, files in trees:
        for label, source in python_sources(files).items():
            combined[f"{name}: {label}"] = source
    assert_sources_black_clean(combined)
