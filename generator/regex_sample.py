"""Strings drawn from a regular expression, deterministically, for example values.

JSON Schema's ``pattern`` (Validation §6.3.3) is an ECMA-262 regular expression that a
string must match somewhere (an unanchored search). This module reads the subset
that schemas use: literals and escapes (``\\d \\w \\s \\D \\W \\S``, ``\\xHH``,
``\\uHHHH``, control escapes), ``.``, character classes with ranges and negation,
groups (capturing, ``(?:``, named), alternation, the quantifiers ``* + ? {n} {n,}
{n,m}`` (lazy or possessive too), anchors and lookarounds (zero-width: skipped while
drawing, honoured by the final check). Anything else (backreferences, conditionals)
is outside the subset: ``sample`` then says why instead of guessing.

A draw takes the first alternative and the fewest repetitions, adding repetitions
(leftmost quantifier first) until the string is ``min_length`` long; characters
cycle through the members of their class, so ``[0-9a-f]{40}`` gives
``abcdef0123456789abcd…`` and ``variant`` shifts the cycle (distinct array items).
Every result is checked with Python's ``re.search``; a draw that does not match is
reported, never returned.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import TypeAlias

_POOL = string.ascii_lowercase + string.ascii_uppercase + string.digits + "-_.~ @:/+=,;!*'()$&"
"""Characters a class's members are chosen from, in order of preference."""
_WIDE_POOL = "".join(chr(c) for c in range(32, 127)) + "éßΩ€中"
_MEMBERS = 36
"""At most this many members of a class are cycled through."""
_UNBOUNDED = 1_000_000
_LONGEST = 10_000
"""Longest string drawn (an example value, not a stress test)."""


@dataclass(frozen=True, slots=True)
class _Chars:
    members: str


@dataclass(frozen=True, slots=True)
class _Seq:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class _Alt:
    options: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class _Repeat:
    node: Node
    low: int
    high: int


Node: TypeAlias = _Chars | _Seq | _Alt | _Repeat
_EMPTY = _Seq(())


class Unsupported(ValueError):
    """The pattern uses syntax outside the subset this module draws from."""


@dataclass(frozen=True, slots=True)
class Sample:
    value: str | None
    """A string ``re.search`` finds the pattern in, or ``None``."""
    problem: str = ""
    """Why there is no value: outside the subset, not a Python regex, or no string of
    the allowed length matches."""


def sample(
    pattern: str, *, min_length: int = 0, max_length: int | None = None, variant: int = 0
) -> Sample:
    """A deterministic string that matches ``pattern`` with a length in the bounds."""
    try:
        compiled = re.compile(pattern)
    except (re.error, OverflowError, RecursionError) as exc:
        return Sample(None, f"not a regular expression Python reads ({exc})")
    try:
        tree = _Parser(pattern).parse()
    except Unsupported as exc:
        return Sample(None, f"outside the supported regular expression subset: {exc}")
    except RecursionError:
        return Sample(None, "nested too deeply to draw from")
    shortest = _min_len(tree)
    if max(shortest, min_length) > _LONGEST:
        return Sample(None, f"its shortest match is longer than {_LONGEST} characters")
    extra = max(0, min_length - shortest)
    value = _Drawer(variant).draw(tree, extra)
    if max_length is not None and len(value) > max_length:
        return Sample(None, f"no string of at most {max_length} characters matches")
    if len(value) < min_length:
        # A match may be found anywhere (an unanchored search): pad around it.
        missing = min_length - len(value)
        padded = [value + "x" * missing, "x" * missing + value]
        value = next((p for p in padded if compiled.search(p)), value)
    if len(value) < min_length:
        return Sample(None, f"no string of at least {min_length} characters was drawn")
    if compiled.search(value) is None:
        return Sample(None, f"the drawn string {value!r} does not match")
    return Sample(value)


def matches(pattern: str, value: str) -> bool:
    """``re.search`` as JSON Schema applies ``pattern``; a pattern Python cannot read
    cannot be checked and counts as matching (the linter reports it)."""
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True


# -- drawing -------------------------------------------------------------------------


def _min_len(node: Node) -> int:
    match node:
        case _Chars():
            return 1
        case _Seq(items):
            return sum(_min_len(i) for i in items)
        case _Alt(options):
            return _min_len(options[0]) if options else 0
        case _Repeat(inner, low, _):
            return low * _min_len(inner)
    raise AssertionError(node)  # pragma: no cover


class _Drawer:
    def __init__(self, variant: int) -> None:
        self.position = variant

    def draw(self, node: Node, extra: int) -> str:
        out, _ = self._draw(node, extra)
        return out

    def _draw(self, node: Node, extra: int) -> tuple[str, int]:
        """(string, extra characters still wanted)."""
        match node:
            case _Chars(members):
                char = members[self.position % len(members)]
                self.position += 1
                return char, extra
            case _Seq(items):
                parts: list[str] = []
                for item in items:
                    text, extra = self._draw(item, extra)
                    parts.append(text)
                return "".join(parts), extra
            case _Alt(options):
                return self._draw(options[0], extra) if options else ("", extra)
            case _Repeat(inner, low, high):
                parts = []
                for _ in range(low):
                    text, extra = self._draw(inner, extra)
                    parts.append(text)
                count = low
                while extra > 0 and count < high:
                    text, _ = self._draw(inner, max(0, extra - max(_min_len(inner), 1)))
                    if not text:
                        break
                    extra = max(0, extra - len(text))
                    parts.append(text)
                    count += 1
                return "".join(parts), extra
        raise AssertionError(node)  # pragma: no cover


# -- parsing -------------------------------------------------------------------------

_CLASS_ESCAPES = {"d": r"\d", "w": r"\w", "s": r"\s", "D": r"\D", "W": r"\W", "S": r"\S"}
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}
_ZERO_WIDTH_ESCAPES = set("bBAZzG")


def _members(class_source: str) -> str:
    """The pool characters a class (in Python's syntax) matches, in pool order."""
    try:
        compiled = re.compile(class_source)
    except re.error as exc:
        raise Unsupported(f"character class {class_source!r} ({exc})") from exc
    for pool in (_POOL, _WIDE_POOL):
        found = "".join(c for c in pool if compiled.fullmatch(c))
        if found:
            return found[:_MEMBERS]
    raise Unsupported(f"no printable character matches {class_source!r}")


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.i = 0

    def parse(self) -> Node:
        node = self._alternation()
        if self.i < len(self.text):
            raise Unsupported(f"unbalanced ')' at {self.i}")
        return node

    def _peek(self) -> str:
        return self.text[self.i] if self.i < len(self.text) else ""

    def _alternation(self) -> Node:
        options = [self._sequence()]
        while self._peek() == "|":
            self.i += 1
            options.append(self._sequence())
        return options[0] if len(options) == 1 else _Alt(tuple(options))

    def _sequence(self) -> Node:
        items: list[Node] = []
        while self.i < len(self.text) and self._peek() not in "|)":
            atom = self._atom()
            if atom is None:
                continue
            items.append(self._quantified(atom))
        return items[0] if len(items) == 1 else _Seq(tuple(items))

    def _quantified(self, atom: Node) -> Node:
        while True:
            char = self._peek()
            if char in ("*", "+", "?"):
                self.i += 1
                low, high = {"*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED), "?": (0, 1)}[char]
            elif char == "{" and re.match(r"\{\d*(,\d*)?\}", self.text[self.i :]):
                end = self.text.index("}", self.i)
                low_text, _, high_text = self.text[self.i + 1 : end].partition(",")
                has_comma = "," in self.text[self.i + 1 : end]
                self.i = end + 1
                low = int(low_text or 0)
                high = int(high_text) if high_text else (_UNBOUNDED if has_comma else low)
                if high < low:
                    raise Unsupported(f"quantifier {{{low},{high}}}")
            else:
                return atom
            if self._peek() in ("?", "+"):  # lazy or possessive: same strings
                self.i += 1
            atom = _Repeat(atom, low, high)

    def _atom(self) -> Node | None:
        """The next atom, or ``None`` for a zero-width one (anchor, lookaround, flag)."""
        char = self._peek()
        self.i += 1
        if char in "^$":
            return None
        if char == ".":
            return _Chars("abcdefghijklmnopqrstuvwxyz0123456789")
        if char == "[":
            return self._class()
        if char == "(":
            return self._group()
        if char == "\\":
            return self._escape()
        if char in "*+?":
            raise Unsupported(f"nothing to repeat at {self.i - 1}")
        return _Chars(char)

    def _group(self) -> Node | None:
        lookaround = False
        if self.text.startswith("?", self.i):
            rest = self.text[self.i :]
            if rest.startswith(("?:", "?>")):
                self.i += 2
            elif rest.startswith(("?=", "?!")):
                self.i += 2
                lookaround = True
            elif rest.startswith(("?<=", "?<!")):
                self.i += 3
                lookaround = True
            elif m := re.match(r"\?P?<[A-Za-z_][A-Za-z0-9_]*>", rest):
                self.i += m.end()
            elif m := re.match(r"\?[aiLmsux]+\)", rest):
                self.i += m.end()  # inline flags: what matches without them still matches
                return None
            else:
                raise Unsupported(f"group syntax {rest[:4]!r}")
        inner = self._alternation()
        if self._peek() != ")":
            raise Unsupported("unclosed group")
        self.i += 1
        return None if lookaround else inner

    def _escape(self) -> Node | None:
        char = self._peek()
        if not char:
            raise Unsupported("a pattern ending in a backslash")
        self.i += 1
        if char in _CLASS_ESCAPES:
            return _Chars(_members(_CLASS_ESCAPES[char]))
        if char in _ZERO_WIDTH_ESCAPES:
            return None
        if char.isdigit() and char != "0":
            raise Unsupported(f"backreference \\{char}")
        if char in "pPkc":
            raise Unsupported(f"escape \\{char}")
        return _Chars(self._escaped_char(char))

    def _escaped_char(self, char: str) -> str:
        if char in _CONTROL:
            return _CONTROL[char]
        for prefix, digits in (("x", 2), ("u", 4)):
            if char == prefix:
                code = self.text[self.i : self.i + digits]
                if len(code) != digits or not all(c in string.hexdigits for c in code):
                    raise Unsupported(f"escape \\{prefix}{code}")
                self.i += digits
                return chr(int(code, 16))
        return char

    def _class(self) -> Node:
        """A character class, read to its end and handed to Python's ``re`` as written."""
        start = self.i - 1
        j = self.i
        if self.text.startswith("^", j):
            j += 1
        if self.text.startswith("]", j):
            j += 1  # a leading ']' is a member
        while j < len(self.text) and self.text[j] != "]":
            j += 2 if self.text[j] == "\\" else 1
        if j >= len(self.text):
            raise Unsupported("unclosed character class")
        self.i = j + 1
        return _Chars(_members(self.text[start : self.i]))
