"""A small scanner for the block structure of generated Markdown pages.

It knows what can change a page's structure in CommonMark with GitHub tables: fenced
code blocks, ATX headings, tables (a header row, a delimiter row, then rows up to a
blank line), raw HTML tags and link destinations outside code spans.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
TAG = re.compile(r"<(/?[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])")
LINK_TARGET = re.compile(r"(?<!\\)\]\(\s*<?([^)\s>]*)")
DELIMITER_ROW = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


@dataclass
class PageShape:
    headings: list[int] = field(default_factory=list)
    fences: int = 0
    tags: Counter[str] = field(default_factory=Counter)
    link_targets: list[str] = field(default_factory=list)
    table_rows: int = 0
    problems: list[str] = field(default_factory=list)


def without_code_spans(line: str) -> str:
    """The line with backslash escapes kept and every closed code span blanked."""
    out: list[str] = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\":
            out.append(line[i : i + 2])
            i += 2
            continue
        if ch != "`":
            out.append(ch)
            i += 1
            continue
        end = i
        while end < len(line) and line[end] == "`":
            end += 1
        run = end - i
        close = _closing_run(line, end, run)
        if close < 0:
            out.append(line[i:end])
            i = end
        else:
            out.append("`code`")
            i = close + run
    return "".join(out)


def _closing_run(line: str, start: int, run: int) -> int:
    k = start
    while k < len(line):
        k = line.find("`" * run, k)
        if k < 0:
            return -1
        stop = k
        while stop < len(line) and line[stop] == "`":
            stop += 1
        if stop - k == run:
            return k
        k = stop
    return -1


def cell_count(row: str) -> int:
    """Cells of a GitHub table row: split at pipes not escaped by a backslash."""
    text = row.strip()
    cells: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\":
            current.append(text[i : i + 2])
            i += 2
            continue
        if text[i] == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(text[i])
        i += 1
    cells.append("".join(current))
    if text.startswith("|"):
        cells = cells[1:]
    if len(cells) > 1 and text.endswith("|") and not text.endswith("\\|"):
        cells = cells[:-1]
    return len(cells)


def scan(page: str, text: str) -> PageShape:
    shape = PageShape()
    lines = text.split("\n")
    fence: tuple[str, int] | None = None
    columns: int | None = None
    for number, line in enumerate(lines, 1):
        if fence is not None:
            stripped = line.strip()
            if stripped and set(stripped) == {fence[0]} and len(stripped) >= fence[1]:
                fence = None
            continue
        opening = FENCE.match(line)
        if opening and not (opening.group(1)[0] == "`" and "`" in opening.group(2)):
            shape.fences += 1
            fence = (opening.group(1)[0], len(opening.group(1)))
            columns = None
            continue
        if not line.strip():
            columns = None
            continue
        heading = HEADING.match(line)
        if heading:
            shape.headings.append(len(heading.group(1)))
            columns = None
        elif columns is not None:
            shape.table_rows += 1
            cells = cell_count(line)
            # A row ending in "| " leaves its last cell empty (GitHub pads it); more
            # cells than the header, or a row cut short, means text broke the table.
            short = cells < columns and not (cells == columns - 1 and line.rstrip()[-1:] == "|")
            if not DELIMITER_ROW.match(line) and (cells > columns or short):
                shape.problems.append(
                    f"{page}:{number}: {cells} cells, the header has {columns}: " f"{line[:200]!r}"
                )
        elif (
            "|" in line
            and number < len(lines)
            and DELIMITER_ROW.match(lines[number])
            and "-" in lines[number]
        ):
            columns = cell_count(line)
            shape.table_rows += 1
        prose = without_code_spans(line)
        prose = re.sub(r"<https?://[^\s<>]+>", "", prose)
        shape.tags.update(tag.lower() for tag in TAG.findall(prose))
        shape.link_targets += LINK_TARGET.findall(prose)
    if fence is not None:
        shape.problems.append(f"{page}: a code fence is never closed")
    return shape
