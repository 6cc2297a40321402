"""A logical line being laid out, and what black asks of it.

``Line`` holds a statement's leaves (``render.layout_leaves``) at an indentation
depth; its ``Tracker`` records bracket depths and delimiter priorities as leaves
are appended, as black's ``BracketTracker`` does. ``short_enough`` and
``can_be_split`` are black's questions of the same names; widths follow black's
Unicode width table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from generator.render.layout_leaves import (
    CLOSING,
    COLON,
    COMMA,
    COMMA_PRIORITY,
    COMPARATOR_PRIORITY,
    COMPARATORS,
    COMPREHENSION_PRIORITY,
    DOT,
    DOT_PRIORITY,
    EQUAL,
    LOGIC_PRIORITY,
    MATCHING,
    MATH_PRIORITIES,
    NAME,
    OPENING,
    STRING,
    STRING_PRIORITY,
    TERNARY_PRIORITY,
    LayoutError,
    Leaf,
)

BRACKETS = OPENING | CLOSING


class CannotSplit(Exception):
    """A split that does not apply; the caller tries the next one (as in black)."""


BLACK_UNICODE_VERSION = "17.0.0"
"""The Unicode version of black 26's width table (black/_width_table.py, made with wcwidth)."""


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    import wcwidth  # only lines with non-ASCII text get here

    return 2 if wcwidth.wcwidth(char, unicode_version=BLACK_UNICODE_VERSION) == 2 else 1


def str_width(text: str) -> int:
    """Columns as black counts them: 2 for a wide character (East Asian wide and
    full-width, emoji presentation), 1 for any other, combining marks included."""
    if text.isascii():
        return len(text)
    return sum(map(_char_width, text))


def split_before(leaf: Leaf, previous: Leaf | None) -> int:
    """Priority of a break before ``leaf`` (black's ``is_split_before_delimiter``)."""
    if leaf.kind in ("vararg", "unary"):
        return 0
    t = leaf.type
    if t == DOT and leaf.kind != "import" and (previous is None or previous.type in CLOSING):
        return DOT_PRIORITY
    if leaf.kind == "binary":
        return MATH_PRIORITIES[leaf.value]
    if leaf.value in COMPARATORS and t != STRING:
        return COMPARATOR_PRIORITY
    if t == STRING:
        return STRING_PRIORITY if previous is not None and previous.type == STRING else 0
    if t != NAME:
        return 0
    role = leaf.keyword_role
    if role == "comp":
        return COMPREHENSION_PRIORITY
    if role == "ternary":
        return TERNARY_PRIORITY
    if role == "comparison":
        if leaf.value == "not" and previous is not None and previous.value == "is":
            return 0
        return COMPARATOR_PRIORITY
    if role == "logic":
        return LOGIC_PRIORITY
    return 0


@dataclass(slots=True)
class Tracker:
    """Bracket depth and delimiters of one line (black's ``BracketTracker``)."""

    depth: int = 0
    bracket_match: dict[tuple[int, str], Leaf] = field(default_factory=dict)
    delimiters: dict[int, int] = field(default_factory=dict)
    previous: Leaf | None = None
    for_depths: list[int] = field(default_factory=list)
    lambda_depths: list[int] = field(default_factory=list)
    invisible: list[Leaf] = field(default_factory=list)

    def mark(self, leaf: Leaf) -> None:
        t = leaf.type
        depth = self.depth
        if depth == 0 and t in CLOSING and (0, t) not in self.bracket_match:
            return
        if self.for_depths and self.for_depths[-1] == depth and t == NAME and leaf.value == "in":
            depth -= 1
            self.for_depths.pop()
        if self.lambda_depths and self.lambda_depths[-1] == depth and t == COLON:
            depth -= 1
            self.lambda_depths.pop()
        if t in CLOSING:
            depth -= 1
            try:
                opening = self.bracket_match.pop((depth, t))
            except KeyError as exc:
                raise LayoutError("unmatched closing bracket") from exc
            leaf.opening_bracket = opening
            if not leaf.value:
                self.invisible.append(leaf)
        leaf.bracket_depth = depth
        if depth == 0:
            previous = self.previous
            delim = split_before(leaf, previous)
            if delim and previous is not None:
                self.delimiters[id(previous)] = delim
            elif t == COMMA:
                self.delimiters[id(leaf)] = COMMA_PRIORITY
        if t in OPENING:
            self.bracket_match[depth, MATCHING[t]] = leaf
            depth += 1
            if not leaf.value:
                self.invisible.append(leaf)
        self.previous = leaf
        if t == NAME and (leaf.value == "lambda" or leaf.value == "for"):
            depth += 1
            (self.lambda_depths if leaf.value == "lambda" else self.for_depths).append(depth)
        self.depth = depth

    def max_priority(self, exclude: Iterable[int] = ()) -> int:
        """Raises ValueError when there is no delimiter (as black's does)."""
        skip = set(exclude)
        return max(v for k, v in self.delimiters.items() if k not in skip)

    def count_with_priority(self, priority: int = 0) -> int:
        if not self.delimiters:
            return 0
        priority = priority or self.max_priority()
        return sum(1 for p in self.delimiters.values() if p == priority)


@dataclass(slots=True)
class Line:
    depth: int = 0
    leaves: list[Leaf] = field(default_factory=list)
    inside_brackets: bool = False
    should_split_rhs: bool = False
    magic_trailing_comma: Leaf | None = None
    tracker: Tracker = field(default_factory=Tracker)

    def append(self, leaf: Leaf, track_bracket: bool = False) -> None:
        # Every leaf has a value (tokens) or is a bracket, so none is dropped here.
        leaves = self.leaves
        if self.inside_brackets or track_bracket:
            self.tracker.mark(leaf)
            if (
                leaf.type in CLOSING
                and leaves
                and leaves[-1].type == COMMA
                and self._has_magic_trailing_comma(leaf)
            ):
                self.magic_trailing_comma = leaf
        leaves.append(leaf)

    def extend(self, leaves: Iterable[Leaf], track: bool = True) -> None:
        """``append`` for each leaf (tracked when ``track`` or inside brackets), with
        the tracker's ``mark`` inlined: the layout marks about a million leaves."""
        if not (track or self.inside_brackets):
            self.leaves.extend(leaves)
            return
        own = self.leaves
        tracker = self.tracker
        match = tracker.bracket_match
        delimiters = tracker.delimiters
        depth = tracker.depth
        previous = tracker.previous
        for leaf in leaves:
            t = leaf.type
            if (
                tracker.for_depths
                or tracker.lambda_depths
                or (t == NAME and leaf.value in ("for", "lambda"))
            ):
                # The rare cases (comprehensions, lambdas) go through mark itself.
                tracker.depth, tracker.previous = depth, previous
                tracker.mark(leaf)
                depth, previous = tracker.depth, tracker.previous
            elif t in CLOSING:
                if depth or (0, t) in match:  # else: a bracket opened on another line
                    depth -= 1
                    try:
                        leaf.opening_bracket = match.pop((depth, t))
                    except KeyError as exc:
                        raise LayoutError("unmatched closing bracket") from exc
                    if not leaf.value:
                        tracker.invisible.append(leaf)
                    leaf.bracket_depth = depth  # no break is ever wanted before a closer
                    previous = leaf
                if own and own[-1].type == COMMA and self._has_magic_trailing_comma(leaf):
                    self.magic_trailing_comma = leaf
            else:
                leaf.bracket_depth = depth
                if depth == 0:
                    delim = split_before(leaf, previous)
                    if delim and previous is not None:
                        delimiters[id(previous)] = delim
                    elif t == COMMA:
                        delimiters[id(leaf)] = COMMA_PRIORITY
                if t in OPENING:
                    match[depth, MATCHING[t]] = leaf
                    depth += 1
                    if not leaf.value:
                        tracker.invisible.append(leaf)
                previous = leaf
            own.append(leaf)
        tracker.depth, tracker.previous = depth, previous

    def _has_magic_trailing_comma(self, closing: Leaf) -> bool:
        """After a comma: is ``closing`` a magic trailing comma's bracket? (black's)"""
        if closing.type == "}":
            return True
        opening = closing.opening_bracket
        if closing.type == "]":
            return not (
                opening is not None
                and opening.kind == "trailer"
                and one_sequence_between(opening, closing, self.leaves, "[")
            )
        if self.is_import:
            return True
        return opening is not None and not one_sequence_between(opening, closing, self.leaves)

    @property
    def is_import(self) -> bool:
        return bool(self.leaves) and self.leaves[0].kind == "import-statement"

    @property
    def is_def(self) -> bool:
        if not self.leaves:
            return False
        first = self.leaves[0]
        if first.type == NAME and first.value == "def" and first.kind == "statement":
            return True
        return (
            first.type == NAME
            and first.value == "async"
            and first.kind == "statement"
            and len(self.leaves) > 1
            and self.leaves[1].value == "def"
        )

    @property
    def is_with_stmt(self) -> bool:
        if not self.leaves:
            return False
        first = self.leaves[0]
        return first.kind == "statement" and (
            first.value == "with"
            or (first.value == "async" and len(self.leaves) > 1 and self.leaves[1].value == "with")
        )

    @property
    def is_chained_assignment(self) -> bool:
        return sum(1 for leaf in self.leaves if leaf.type == EQUAL) > 1

    def __str__(self) -> str:
        if not self.leaves:
            return ""
        first = self.leaves[0]
        parts = [first.prefix, "    " * self.depth]
        for leaf in self.leaves:
            parts += (leaf.prefix, leaf.value)
        parts[2] = ""  # the first leaf's prefix goes before the indentation
        return "".join(parts)

    def __bool__(self) -> bool:
        return bool(self.leaves)


def one_sequence_between(
    opening: Leaf, closing: Leaf, leaves: list[Leaf], bracket: str = "("
) -> bool:
    """Is the content between the brackets one element and a comma? (black's)."""
    if opening.type != bracket or closing.type != MATCHING[bracket]:
        return False
    depth = closing.bracket_depth + 1
    try:
        start = next(i for i, leaf in enumerate(leaves) if leaf is opening)
    except StopIteration:
        return False
    commas = 0
    for leaf in leaves[start + 1 :]:
        if leaf is closing:
            break
        if leaf.bracket_depth == depth and leaf.type == COMMA:
            commas += 1
            if leaf.kind == "arglist":
                commas += 1
                break
    return commas < 2


def short_enough(line: Line, line_length: int, text: str | None = None) -> bool:
    return str_width(str(line) if text is None else text) <= line_length


def can_be_split(line: Line) -> bool:
    """False when the line surely cannot be split (black's ``can_be_split``)."""
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].type == STRING and leaves[1].type == DOT:
        call_count = dot_count = 0
        following = leaves[-1]
        for leaf in leaves[-2::-1]:
            if leaf.type in OPENING:
                if following.type not in CLOSING:
                    return False
                call_count += 1
            elif leaf.type == DOT:
                dot_count += 1
            elif leaf.type == NAME:
                if not (following.type == DOT or following.type in OPENING):
                    return False
            elif leaf.type not in CLOSING:
                return False
            if dot_count > 1 and call_count > 1:
                return False
            following = leaf
    return True
