"""The leaves of a statement: tokens, their kinds and priorities, string normalization.

A :class:`Leaf` carries what black's line splitter asks of its syntax tree (filled in
by ``layout_reader``); ``tokens`` splits one statement that render emits on one line
(with black's spacing); ``normalize_string`` quotes strings as black does. Only the
syntax apismith emits is read; anything else raises :class:`LayoutError`, a bug in
the caller, never a user error.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

NAME, NUMBER, STRING, OP = "NAME", "NUMBER", "STRING", "OP"
COMMA, COLON, EQUAL, DOT, RARROW = ",", ":", "=", ".", "->"
OPENING = frozenset("([{")
CLOSING = frozenset(")]}")
MATCHING = {"(": ")", "[": "]", "{": "}"}

COMPREHENSION_PRIORITY = 20
COMMA_PRIORITY = 18
TERNARY_PRIORITY = 16
LOGIC_PRIORITY = 14
STRING_PRIORITY = 12
COMPARATOR_PRIORITY = 10
MATH_PRIORITIES = {
    "|": 9,
    "^": 8,
    "&": 7,
    "<<": 6,
    ">>": 6,
    "+": 5,
    "-": 5,
    "*": 4,
    "/": 4,
    "//": 4,
    "%": 4,
    "@": 4,
    "**": 2,
}
DOT_PRIORITY = 1
COMPARATORS = frozenset({"<", ">", "==", "!=", "<=", ">="})

_TOKEN = re.compile(
    r"""(?P<space>[ ]*)(?:
    (?P<string>[rRbBuUfF]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))
    |(?P<number>(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)
    |(?P<name>[^\W\d]\w*)
    |(?P<op>->|\*\*|//|==|!=|<=|>=|<<|>>|:=|\.\.\.|[-+*/%@|&^~<>()\[\]{},:;.=])
    )""",
    re.VERBOSE,
)


class LayoutError(ValueError):
    """A statement the layout module cannot read: a bug in what render emitted."""


@dataclass(eq=False, slots=True)
class Leaf:
    """One token. ``value`` is "" for an invisible parenthesis."""

    type: str
    value: str
    prefix: str = ""
    kind: str = ""
    """Brackets: "atom", "trailer", "params", "import" or "class" (what black's
    parent node would be); commas: "arglist" when directly in a call or a def's
    parameter list; operators: "binary" or "unary"; "." in an import: "import"."""
    annotation: str = ""
    """"param" or "return" for a leaf inside a def's annotation."""
    opening_bracket: Leaf | None = None
    bracket_depth: int = 0
    keyword_role: str = ""
    """For NAME leaves that are keywords: "for"/"if" of a comprehension ("comp"),
    "if"/"else" of a conditional expression ("ternary"), comparison "in"/"not"/"is"
    ("comparison"), "and"/"or" ("logic")."""
    canonical_prefix: str = ""
    """The prefix as read, before a split cleared it (a re-read line starts from it)."""

    def __str__(self) -> str:
        return self.prefix + self.value

    def copy(self) -> Leaf:
        """A fresh leaf as black's ``append_leaves`` makes: current value, spacing as read."""
        return Leaf(
            self.type,
            self.value,
            self.canonical_prefix,
            kind=self.kind,
            annotation=self.annotation,
            keyword_role=self.keyword_role,
            canonical_prefix=self.canonical_prefix,
        )


def tokens(text: str) -> list[Leaf]:
    leaves: list[Leaf] = []
    end = len(text.rstrip(" "))
    pos = 0
    for match in _TOKEN.finditer(text, 0, end):
        if match.start() != pos:
            break
        pos = match.end()
        kind = match.lastgroup
        value = match[kind] if kind else ""
        if kind == "string":
            leaves.append(Leaf(STRING, normalize_string(value), match["space"]))
        elif kind == "name":
            leaves.append(Leaf(NAME, value, match["space"]))
        elif kind == "number":
            leaves.append(Leaf(NUMBER, value, match["space"]))
        else:
            leaves.append(Leaf(value if value in _SPECIAL_OPS else OP, value, match["space"]))
    if pos != end:
        raise LayoutError(f"cannot read {text[pos:pos + 20]!r} in {text[:60]!r}")
    if leaves:
        leaves[0].prefix = ""
    return leaves


_SPECIAL_OPS = frozenset({*OPENING, *CLOSING, COMMA, COLON, EQUAL, DOT, RARROW})


_PREFIX = re.compile(r"^([rRbBuUfF]*)(.*)$", re.DOTALL)


def normalize_string(literal: str) -> str:
    """Black's string normalization: lowercase prefix (``u`` dropped) and double
    quotes, unless they would need more backslashes than the quotes it has."""
    if literal[0] == '"' and "\\" not in literal:
        return literal  # double-quoted with nothing escaped: black keeps it
    match = _PREFIX.match(literal)
    assert match is not None
    prefix = match[1].replace("F", "f").replace("B", "b").replace("U", "").replace("u", "")
    if len(prefix) == 2 and prefix[0].lower() != "r":
        prefix = prefix[::-1]
    value = match[2]
    if value[0] == '"':
        orig, new = '"', "'"
    else:
        orig, new = "'", '"'
    body = value[1:-1]
    unescaped_new, escaped_new, escaped_orig = _quote_patterns(orig, new)
    if "r" in prefix.lower():
        if unescaped_new.search(body):
            return prefix + value
        new_body = body
    else:
        new_body = _sub_twice(escaped_new, rf"\1\2{new}", body)
        if body != new_body:
            body = new_body
        new_body = _sub_twice(escaped_orig, rf"\1\2{orig}", new_body)
        new_body = _sub_twice(unescaped_new, rf"\1\\{new}", new_body)
    if "f" in prefix.lower():
        for inner in re.findall(r"(?:(?<!\{)|^)\{([^{].*?)\}(?:(?!\})|$)", new_body):
            if "\\" in str(inner):
                return f"{prefix}{orig}{body}{orig}"
    if new_body.count("\\") > body.count("\\"):
        return f"{prefix}{orig}{body}{orig}"
    if new_body.count("\\") == body.count("\\") and orig == '"':
        return f"{prefix}{orig}{body}{orig}"
    return f"{prefix}{new}{new_body}{new}"


@functools.cache
def _quote_patterns(orig: str, new: str) -> tuple[re.Pattern[str], ...]:
    return (
        re.compile(rf"(([^\\]|^)(\\\\)*){new}"),
        re.compile(rf"([^\\]|^)\\((?:\\\\)*){new}"),
        re.compile(rf"([^\\]|^)\\((?:\\\\)*){orig}"),
    )


def _sub_twice(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    """Overlapping matches need a second pass (as black's ``sub_twice``)."""
    return pattern.sub(replacement, pattern.sub(replacement, text))
