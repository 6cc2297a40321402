"""Checks on generated Markdown: links resolve, page structure is ours alone, examples extract.

A deliberately small scanner rather than a full Markdown parser: it knows the few
constructs our templates emit (fenced code, ATX headings, tables, ``<a id>``
anchors) and reports anything else that could change a page's structure.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from generator.render.markdown import github_slug

LINK = re.compile(r"(?<!\\)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(([^)\s]*)\)")
ANCHOR = re.compile(r'<a (?:id|name)="([^"]+)"></a>')
FENCE = re.compile(r"^(`{3,}|~{3,})(.*)$")
ALLOWED_TAGS = re.compile(r'<a (?:id|name)="[^"]+"></a>|<br>|<!-- [^<>]* -->')


@dataclass(frozen=True)
class CodeBlock:
    page: str
    language: str
    text: str
    line: int


def split_code(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str, str]]]:
    """(prose lines with numbers, code blocks as (start line, language, text))."""
    prose: list[tuple[int, str]] = []
    blocks: list[tuple[int, str, str]] = []
    fence: str | None = None
    lang = ""
    start = 0
    body: list[str] = []
    for number, line in enumerate(text.split("\n"), 1):
        if fence is None:
            match = FENCE.match(line)
            if match:
                fence, lang, start, body = match.group(1), match.group(2).strip(), number, []
            else:
                prose.append((number, line))
        elif line.strip() == fence:
            blocks.append((start, lang, "\n".join(body) + "\n"))
            fence = None
        else:
            body.append(line)
    if fence is not None:
        raise AssertionError(f"unclosed code fence opened on line {start}")
    return prose, blocks


def code_blocks(pages: dict[str, str], language: str = "python") -> list[CodeBlock]:
    out: list[CodeBlock] = []
    for path in sorted(pages):
        _, blocks = split_code(pages[path])
        out += [
            CodeBlock(path, lang, text, line) for line, lang, text in blocks if lang == language
        ]
    return out


def anchors(text: str) -> set[str]:
    prose, _ = split_code(text)
    found: set[str] = set()
    for _, line in prose:
        found.update(ANCHOR.findall(line))
        heading = re.match(r"^#{1,6} (.*)$", line)
        if heading:
            found.add(github_slug(re.sub(r"[*`]", "", heading.group(1))))
    return found


def broken_links(pages: dict[str, str]) -> list[str]:
    """Every relative link and anchor that does not resolve, as readable messages."""
    page_anchors = {path: anchors(text) for path, text in pages.items()}
    problems: list[str] = []
    for path, text in sorted(pages.items()):
        prose, _ = split_code(text)
        for number, line in prose:
            for _, target in LINK.findall(_without_code_spans(line)):
                if re.match(r"^[a-z][a-z0-9+.-]*:", target):
                    continue  # absolute URL
                file_part, _, fragment = target.partition("#")
                if file_part:
                    resolved = posixpath.normpath(
                        posixpath.join(posixpath.dirname(path), file_part)
                    )
                else:
                    resolved = path
                if resolved not in pages:
                    problems.append(f"{path}:{number}: {target}: no page {resolved}")
                elif fragment and fragment not in page_anchors[resolved]:
                    problems.append(f"{path}:{number}: {target}: no anchor #{fragment}")
    return problems


def _without_code_spans(line: str) -> str:
    return re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", line)


def link_count(pages: dict[str, str]) -> int:
    return sum(
        len(LINK.findall(_without_code_spans(line)))
        for text in pages.values()
        for _, line in split_code(text)[0]
    )


def structure_problems(path: str, text: str, allowed_headings: re.Pattern[str]) -> list[str]:
    """Raw HTML other than ours, and headings not produced by our templates."""
    problems: list[str] = []
    prose, _ = split_code(text)
    for number, line in prose:
        rest = re.sub(r"<https?://[^\s<>]+>", "", ALLOWED_TAGS.sub("", line))
        for tag in re.finditer(r"<[^>\n]*>", rest):
            problems.append(f"{path}:{number}: raw HTML {tag.group(0)!r}")
        if re.match(r"^ {0,3}#{1,6}(\s|$)", line) and not allowed_headings.match(line):
            problems.append(f"{path}:{number}: unexpected heading {line!r}")
        if re.match(r"^ {0,3}(=+|-{3,})\s*$", line):
            problems.append(f"{path}:{number}: setext underline or rule {line!r}")
    return problems
