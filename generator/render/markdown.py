"""Escaping spec text for Markdown, and the anchors our pages link to.

Spec descriptions are untrusted as far as page structure goes: a description may
contain ``</details>``, ``<script>``, a line starting with ``#`` or a code fence.
Inline Markdown (emphasis, code spans, links) is kept; anything that could open
or close a block of the surrounding page, or inject HTML, is neutralised.
Targets CommonMark with the GitHub table extension.
"""

from __future__ import annotations

import re

from generator.render.environment import register_filter

_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})")
_HEADING = re.compile(r"^(\s*)(#{1,6})(?=\s|$)")
_SETEXT_OR_RULE = re.compile(r"^(\s*)([-=*_])(?=[\s\-=*_]*$)")
_BLOCKQUOTE = re.compile(r"^(\s*)>")


def _escape_html(text: str) -> str:
    """Escape ``&<>`` except in ``<https://...>`` autolinks."""
    parts: list[str] = []
    last = 0
    for match in _AUTOLINK.finditer(text):
        parts.append(_html_chars(text[last : match.start()]))
        parts.append(f"<{match.group(1)}>")
        last = match.end()
    parts.append(_html_chars(text[last:]))
    return "".join(parts)


def _html_chars(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_LINK_TARGET = re.compile(r"\]\(\s*<?([^)>]*)")
_REFERENCE_DEFINITION = re.compile(r"^(\s*)\[([^\]]*)\]:\s*<?(\S*)")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "ftp"})


def _unsafe_target(target: str) -> bool:
    """A link destination with a scheme other than http(s), mailto or ftp. Browsers
    ignore whitespace and controls inside a scheme (``java\tscript:``), so do we."""
    match = _SCHEME.match(re.sub(r"[\x00-\x20\x7f]", "", target))
    return match is not None and match.group(1).lower() not in _SAFE_SCHEMES


def _defuse_links(line: str) -> str:
    """Spec links to ``javascript:`` (and any other script-capable scheme) stay text.

    GitHub drops such links when it renders, but other renderers (MkDocs) do not. An
    escaped ``(`` ends the link syntax, so ``[x](javascript:...)`` shows as written.
    """
    line = _LINK_TARGET.sub(
        lambda m: "]\\(" + m.group(0)[2:] if _unsafe_target(m.group(1)) else m.group(0), line
    )
    definition = _REFERENCE_DEFINITION.match(line)
    if definition is not None and _unsafe_target(definition.group(3)):
        line = definition.group(1) + "\\" + line[len(definition.group(1)) :]
    return line


def _neutralise_line(line: str) -> str:
    """Make one line unable to start a heading, fence, rule or quote.

    Indentation is kept: nested lists need it, and an indented code block ends at the
    next unindented line, which every template puts after spec text.
    """
    line = _FENCE.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
    line = _HEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
    line = _SETEXT_OR_RULE.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
    line = _BLOCKQUOTE.sub(lambda m: m.group(1) + "\\>", line)
    return _defuse_links(line)


def md_text(text: str) -> str:
    """Spec text as Markdown block content: paragraphs and lists stay, structure doesn't leak.

    Blank-line runs collapse to one; the result has no leading/trailing blank lines,
    so the template decides the spacing around it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        return ""
    out: list[str] = []
    blank = False
    for raw in text.split("\n"):
        if not raw.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        line = _escape_html(raw.rstrip()).replace("|", "\\|")
        out.append(_neutralise_line(line))
    return "\n".join(out)


def md_inline(text: str) -> str:
    """Spec text on one line (a summary in a list item or heading)."""
    joined = " ".join(part.strip() for part in text.split())
    return _neutralise_line(_escape_html(joined).replace("|", "\\|"))


def md_cell(text: str) -> str:
    """Spec text inside a table cell: one line, pipes escaped, paragraphs as ``<br>``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    escaped = [
        _defuse_links(_escape_html(p.replace("\\", "\\\\")).replace("|", "\\|")) for p in paragraphs
    ]
    return "<br><br>".join(escaped)


def md_code(text: str) -> str:
    """An inline code span that survives any backticks in ``text`` (not for table cells).

    Newlines become spaces: a code span cannot hold a line break, and a line that
    starts inside one could begin a heading.
    """
    text = " ".join(text.replace("\r", "\n").split("\n"))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_link_text(text: str) -> str:
    """Spec text as the text of a link: brackets escaped so it cannot close the link."""
    return md_inline(text).replace("[", "\\[").replace("]", "\\]")


def md_code_cell(text: str) -> str:
    """A code span inside a table cell: pipes must still be escaped in GFM tables."""
    return md_code(text.replace("\n", " ")).replace("|", "\\|")


def fence_for(text: str, min_len: int = 3) -> str:
    """A backtick fence longer than any backtick run in ``text``."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=0)
    return "`" * max(min_len, longest + 1)


def github_slug(heading: str) -> str:
    """The anchor GitHub derives from a heading's rendered text."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def markdown_link_target(path: str) -> str:
    """A link destination with the characters that would end it escaped."""
    return path.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


# Registered after definition: the decorator's declared type would erase the signatures.
register_filter("md_text")(md_text)
register_filter("md_inline")(md_inline)
register_filter("md_code")(md_code)
register_filter("md_cell")(md_cell)
register_filter("md_code")(md_code)
register_filter("fence")(fence_for)
