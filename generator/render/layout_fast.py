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
    if not text.isascii() or "\\" in text or "#" in text:
        return None
    if "'" in text:
        requoted = _requote(text)
        if requoted is None:
            return None
        text = requoted
        if "," not in text and len(text) + 4 * depth <= line_length:
            return "    " * depth + text  # only the quotes to change
    if text.startswith("from "):
        return _from_import(text, depth, line_length)
    pairs = _top_level_pairs(text)
    if not pairs:
        return None
    is_def = text.startswith(("def ", "async def "))
    start, end, commas = pairs[0] if is_def else pairs[-1]
    magic = text[end - 1] == ","
    head, inner, tail = text[: start + 1], text[start + 1 : end], text[end:]
    if _has_magic(head) or _has_magic(tail) or (not magic and _has_magic(inner)):
        return None  # another bracket keeps its own content exploded
    if is_def:
        if not (magic and _DEF_HEAD.match(head) and _DEF_TAIL.match(tail)):
            return None
    elif tail != ")" or not (_CALL_HEAD.match(head) or _ASSIGN_HEAD.match(head)):
        return None
    indent = "    " * depth
    if not magic and len(indent) + len(text) <= line_length:
        return indent + text if not _has_magic(text) else None  # nothing to split
    if len(indent) + len(head) > line_length - 2 or len(indent) + len(tail) > line_length:
        return None
    inner_indent = indent + "    "
    if not magic:
        if "*" in inner or _HIGHER.search(_STRINGS.sub('""', inner)):
            return None
        if len(inner_indent) + len(inner) <= line_length:
            return f"{indent}{head}\n{inner_indent}{inner}\n{indent}{tail}"
    body = _content(inner, [c - start - 1 for c in commas], inner_indent, line_length)
    if body is None:
        return None
    return f"{indent}{head}\n{body}{indent}{tail}"


def _exploded(items: list[str], indent: str, line_length: int) -> str | None:
    """One item per line with its comma; an item ending in a bracket pair with a magic
    trailing comma of its own (``responses={...,}``) explodes the same way inside (what
    black's right-hand split of that line gives); None when a line would not fit or an
    item keeps a magic comma elsewhere."""
    lines: list[str] = []
    for item in items:
        if not _has_magic(item):
            if len(indent) + len(item) + 1 <= line_length:
                lines.append(f"{indent}{item},\n")
                continue
            split = _split_item(item, indent, line_length)
            if split is None:
                return None
            lines.append(split)
            continue
        nested = _nested(item)
        if nested is None:
            return None
        head, inner_items, closer = nested
        if len(indent) + len(head) > line_length - 2:
            return None
        body = _exploded(inner_items, indent + "    ", line_length)
        if body is None:
            return None
        lines.append(f"{indent}{head}\n{body}{indent}{closer},\n")
    return "".join(lines)


def _split_item(item: str, indent: str, line_length: int, comma: str = ",") -> str | None:
    """An item too long for its line and ending in a bracket pair without a magic
    trailing comma (``name=Model(a=1, b=Other(...))``), split as black's right-hand
    split does: the content on one line below the head if it fits (a call's; a
    display's with commas always goes one element per line), else one element per line
    with a trailing comma, each split again the same way when too long. ``comma``
    follows the closing bracket (none after the only element of a pair: nothing adds
    one there)."""
    pairs = _top_level_pairs(item)
    if len(pairs) != 1 or pairs[0][1] != len(item) - 1:
        return None
    start, end, commas = pairs[0]
    head, inner, closer = item[: start + 1], item[start + 1 : end], item[end]
    if "*" in inner or _HIGHER.search(_STRINGS.sub('""', inner)):
        return None
    if len(indent) + len(head) > line_length - 2:
        return None
    inner_indent = indent + "    "
    display = not _opens_trailer(item, start)
    if not (display and commas) and len(inner_indent) + len(inner) <= line_length:
        return f"{indent}{head}\n{inner_indent}{inner}\n{indent}{closer}{comma}\n"
    body = _content(inner, [c - start - 1 for c in commas], inner_indent, line_length)
    if body is None:
        return None
    return f"{indent}{head}\n{body}{indent}{closer}{comma}\n"


def _content(inner: str, commas: list[int], indent: str, line_length: int) -> str | None:
    """A bracket pair's content that does not fit on one line: one element per line with
    a trailing comma; a single element without a comma is split itself."""
    if not commas:
        if len(indent) + len(inner) <= line_length:
            return f"{indent}{inner}\n"
        return _split_item(inner, indent, line_length, comma="")
    items = _items(inner, commas)
    return None if items is None else _exploded(items, indent, line_length)


def _nested(item: str) -> tuple[str, list[str], str] | None:
    """``NAME=(a, b,)``, ``"key": {...,}`` or ``Call(a, b,)``: (head up to the opening
    bracket, the items inside, the closing bracket) when the item ends with a bracket
    pair whose trailing comma is magic and nothing before that pair has brackets."""
    pairs = _top_level_pairs(item)
    if len(pairs) != 1:
        return None
    start, end, commas = pairs[0]
    if end != len(item) - 1 or item[end - 1] != "," or _has_magic(item[:start]):
        return None
    if not _magic_pair(item, start, commas):
        return None
    inner = item[start + 1 : end]
    items = _items(inner, [c - start - 1 for c in commas])
    if items is None or any(_has_magic(i) and _nested(i) is None for i in items):
        return None
    return item[: start + 1], items, item[end]


def _opens_trailer(text: str, start: int) -> bool:
    """Is the bracket at ``start`` a call's or a subscript's (after a name or a closing
    bracket), not a display's?"""
    before = text[:start].rstrip(" ")
    return start > 0 and before == text[:start] and (before[-1:].isalnum() or before[-1:] in "_)]}")


def _magic_pair(text: str, start: int, commas: list[int]) -> bool:
    """Black's magic trailing comma (``Line.magic_trailing_comma``): any ``}``; a ``]``
    unless a subscript holds one element; a ``)`` unless a tuple holds one element."""
    opener = text[start]
    single = len(commas) == 1
    if opener == "{":
        return True
    if opener == "[":
        return not (single and _opens_trailer(text, start))
    return not (single and not _opens_trailer(text, start))


def _has_magic(text: str) -> bool:
    """Does any bracket pair in ``text`` end with a magic trailing comma?"""
    if ",)" not in text and ",]" not in text and ",}" not in text:
        return False
    stack: list[tuple[int, list[int]]] = []
    for match in _PIECES.finditer(text):
        char = match[0]
        if char in _OPEN:
            stack.append((match.start(), []))
        elif char in _CLOSE:
            if not stack:
                return True  # unbalanced: let the general splitter decide
            start, commas = stack.pop()
            if text[match.start() - 1] == "," and _magic_pair(text, start, commas):
                return True
        elif char == "," and stack:
            stack[-1][1].append(match.start())
    return False


_STRING = re.compile(r"""(?<![\w'"])([fF]?)("[^"]*"|'[^']*')""")


def _requote(text: str) -> str | None:
    """Black's string normalization of the single-quoted literals render writes in doc
    programs (their ``repr``): double quotes when the text holds none; None when a
    literal needs more than that (a double quote inside, a prefix other than ``f``)."""
    out: list[str] = []
    last = 0
    for match in _STRING.finditer(text):
        literal = match[2]
        if literal[0] == "'":
            if '"' in literal:
                return None
            out.append(text[last : match.start(2)] + '"' + literal[1:-1] + '"')
            last = match.end()
    out.append(text[last:])
    requoted = "".join(out)
    return requoted if "'" not in _STRINGS.sub("", requoted) else None


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
