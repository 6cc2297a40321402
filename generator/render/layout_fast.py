"""The common shapes of a split statement, laid out without the general splitter.

Most statements render writes that need splitting have one shape: a head without
brackets, or an assignment whose annotation may hold brackets, then one bracket pair
to the end of the line (a call, or a ``def``'s parameters followed by its return
annotation). For those, black's splits reduce to a rule:

- a ``def``'s parameters with a magic trailing comma (left-hand split), and a call
  with one: one argument per line, each as written;
- a call without one that is too long (right-hand split at its last bracket, the
  optional parentheses dropped): the arguments on one line below the head if they
  fit there, else one per line with a trailing comma added.

``fast_layout`` applies that rule when the statement has the shape and every line it
would write fits, and returns None otherwise (the general splitter in ``layout`` then
decides). The two give the same text wherever both apply: ``tests/unit/test_layout.py``
compares them on every statement of the generated clients, and compares both with
black on random statements.
"""

from __future__ import annotations

import re

_PIECES = re.compile(r'"[^"]*"|[()\[\]{},]')
"""String literals (render writes no escaped double quote: such a line is requoted by
the general splitter) and the characters that matter here."""
_OPEN = frozenset("([{")
_CLOSE = frozenset(")]}")
_HIGHER = re.compile(r"\b(?:for|lambda)\b")
"""A comprehension's ``for`` outranks the argument commas as a delimiter, and a
lambda's parameters are commas of their own: such a statement goes to the splitter."""
_STRINGS = re.compile(r'"[^"]*"')
_CALL_HEAD = re.compile(r"(?:return (?:await )?)?[A-Za-z_][\w.]*\($")
_ASSIGN_HEAD = re.compile(r"[A-Za-z_]\w*(?:: [^=]+)? = [A-Za-z_][\w.]*\($")
_DEF_HEAD = re.compile(r"(?:async )?def [A-Za-z_]\w*\($")
_DEF_TAIL = re.compile(r"\)(?: -> [^,]+)?:$")
_FROM_IMPORT = re.compile(r"(from \.*[\w.]* import )(\(?)([\w, ]+?)(,?)(\)?)$")
_IMPORTED = re.compile(r"\w+(?: as \w+)?$")


def fast_layout(text: str, depth: int, line_length: int) -> str | None:
    """``text`` (one statement on one line, black's spacing) laid out, or None when the
    statement is not of a shape this module lays out or a line would not fit."""
    if not text.isascii() or "'" in text or "\\" in text or "#" in text:
        return None
    if text.startswith("from "):
        return _from_import(text, depth, line_length)
    pairs = _top_level_pairs(text)
    if not pairs:
        return None
    is_def = text.startswith(("def ", "async def "))
    start, end, commas = pairs[0] if is_def else pairs[-1]
    magic = text[end - 1] == ","
    magic_commas = text.count(",)") + text.count(",]") + text.count(",}")
    if magic_commas > (1 if magic else 0):
        return None  # another bracket keeps its own content exploded
    head, inner, tail = text[: start + 1], text[start + 1 : end], text[end:]
    if is_def:
        if not (magic and _DEF_HEAD.match(head) and _DEF_TAIL.match(tail)):
            return None
    elif tail != ")" or not (_CALL_HEAD.match(head) or _ASSIGN_HEAD.match(head)):
        return None
    indent = "    " * depth
    if not magic and len(indent) + len(text) <= line_length:
        return None  # nothing to split
    if len(indent) + len(head) > line_length - 2 or len(indent) + len(tail) > line_length:
        return None
    items = _items(inner, [c - start - 1 for c in commas])
    if items is None:
        return None
    inner_indent = indent + "    "
    if not magic:
        if "*" in inner:
            return None
        if len(inner_indent) + len(inner) <= line_length:
            return f"{indent}{head}\n{inner_indent}{inner}\n{indent}{tail}"
    width = line_length - len(inner_indent) - 1
    if any(len(item) > width for item in items):
        return None
    body = "".join(f"{inner_indent}{item},\n" for item in items)
    return f"{indent}{head}\n{body}{indent}{tail}"


def _from_import(text: str, depth: int, line_length: int) -> str | None:
    """``from M import a, b as c`` that is too long or ends in a magic trailing comma:
    black puts the names in parentheses, one per line with a trailing comma, however
    few they are (the optional parentheses of an import are never omitted)."""
    match = _FROM_IMPORT.match(text)
    if match is None or bool(match[2]) != bool(match[5]) or (match[4] and not match[2]):
        return None
    if not match[4] and len(text) + 4 * depth <= line_length:
        return None  # black writes it on one line, without the parentheses
    names = match[3].split(", ")
    indent = "    " * depth
    width = line_length - len(indent) - 5
    if len(indent) + len(match[1]) + 1 > line_length or any(
        len(name) > width or not _IMPORTED.match(name) for name in names
    ):
        return None
    body = "".join(f"{indent}    {name},\n" for name in names)
    return f"{indent}{match[1]}(\n{body}{indent})"


def _top_level_pairs(text: str) -> list[tuple[int, int, list[int]]]:
    """The bracket pairs at depth 0, in order: (opening index, closing index, the commas
    directly inside); empty when the brackets do not match."""
    depth = 0
    pairs: list[tuple[int, int, list[int]]] = []
    start = 0
    commas: list[int] = []
    for match in _PIECES.finditer(text):
        char = match[0]
        if char in _OPEN:
            if depth == 0:
                start, commas = match.start(), []
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            if depth < 0:
                return []
            if depth == 0:
                pairs.append((start, match.start(), commas))
        elif char == "," and depth == 1:
            commas.append(match.start())
    return pairs if depth == 0 else []


def _items(inner: str, commas: list[int]) -> list[str] | None:
    """The arguments between the commas (``commas``: their indices in ``inner``), the
    trailing comma's empty remainder left out; None when another one is empty or the
    arguments hold a comprehension or a lambda."""
    if _HIGHER.search(_STRINGS.sub('""', inner)):
        return None
    items = []
    left = 0
    for right in [*commas, len(inner)]:
        item = inner[left:right].lstrip(" ")
        left = right + 1
        if not item:
            if right == len(inner) and commas:
                continue  # after a trailing comma
            return None
        items.append(item)
    return items
