"""Lay out generated Python exactly as black (stable style, line length 100) does.

apismith controls every byte it emits, so it emits code already in black's style
instead of running black on it: render writes each statement on one line with
black's spacing (magic trailing commas where a bracket must stay exploded) and this
module splits the lines that need it with black's rules:

- a line that fits and has no magic trailing comma stays as it is;
- a ``def`` splits at its parameter list (left-hand split);
- any other line splits at its last bracket pair (right-hand split), trying the
  optional (invisible) parentheses around an assignment's value, a ``return``
  value or an import's names first and dropping them when the bracket inside
  reads better; trailing bracket pairs that fit are kept on the head line;
- a bracket's content that does not fit, or a display's (tuple, list, dict, set)
  or an import's content with commas, goes one element per line with a trailing
  comma (delimiter split at its highest-priority delimiter), recursively.

The functions mirror black's ``linegen`` and ``lines`` modules so each decision
can be checked against black itself (``tests/unit/test_layout.py`` compares them
on tables and on random statements); black stays the proof in the test suite and
is never imported here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
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
    RARROW,
    STRING,
    STRING_PRIORITY,
    TERNARY_PRIORITY,
    LayoutError,
    Leaf,
    read_statement,
)

LINE_LENGTH = 100
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


def _split_before(leaf: Leaf, previous: Leaf | None) -> int:
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
            delim = _split_before(leaf, previous)
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
                    delim = _split_before(leaf, previous)
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
                and _one_sequence_between(opening, closing, self.leaves, "[")
            )
        if self.is_import:
            return True
        return opening is not None and not _one_sequence_between(opening, closing, self.leaves)

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


def _one_sequence_between(
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


def _short_enough(line: Line, line_length: int, text: str | None = None) -> bool:
    return str_width(str(line) if text is None else text) <= line_length


def _can_be_split(line: Line) -> bool:
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


# --- the transforms -------------------------------------------------------------------

Transform = Callable[[Line, int, bool], list[Line]]
"""A split: (line, line length, force optional parentheses) -> lines."""


def transform_line(
    line: Line, line_length: int, force: bool = False, line_str: str | None = None
) -> list[Line]:
    """Split ``line`` until its pieces fit (black's ``transform_line``).

    ``force`` is black's FORCE_OPTIONAL_PARENTHESES: keep every optional pair;
    ``line_str`` is ``str(line)`` when the caller has it.
    """
    if line_str is None:
        line_str = str(line)
    if (
        not line.should_split_rhs
        and line.magic_trailing_comma is None
        and _short_enough(line, line_length, line_str)
    ):
        return [line]
    transforms: list[Transform]
    if line.is_def and not _funcdef_splits_with_rhs(line):
        transforms = [left_hand_split]
    elif line.inside_brackets:
        transforms = [delimiter_split, right_hand_split_with_omits]
    else:
        transforms = [right_hand_split_with_omits]
    for transform in transforms:
        try:
            return _run_transform(line, transform, line_length, line_str, force)
        except CannotSplit:
            continue
    return [line]


def _run_transform(
    line: Line, transform: Transform, line_length: int, line_str: str, force: bool
) -> list[Line]:
    """Black's ``run_transformer``: the split, each piece split in turn, and a second
    opinion with every optional pair kept when the first line is still too long."""
    result: list[Line] = []
    for piece in transform(line, line_length, force):
        piece_str = str(piece)
        if piece_str == line_str:
            raise CannotSplit("unchanged")
        result.extend(transform_line(piece, line_length, force, piece_str))
    optional = [b for b in line.tracker.invisible if b.bracket_depth == 0]
    if (
        force
        or transform is not right_hand_split_with_omits
        or not line.tracker.invisible
        or any(b.value for b in optional)
        or _short_enough(result[0], line_length)
    ):
        return result
    clone = Line(
        depth=line.depth,
        inside_brackets=line.inside_brackets,
        should_split_rhs=line.should_split_rhs,
        magic_trailing_comma=line.magic_trailing_comma,
    )
    clone.extend(leaf.copy() for leaf in line.leaves)
    second = _run_transform(clone, transform, line_length, line_str, True)
    if all(_short_enough(piece, line_length) for piece in second):
        return second
    return result


def _funcdef_splits_with_rhs(line: Line) -> bool:
    """A magic trailing comma in a def's return annotation is honoured first."""
    in_return = False
    result = Line(depth=line.depth)
    leaves: list[Leaf] = []
    for leaf in line.leaves:
        if leaf.type == COLON and leaf.annotation != "return":
            in_return = False
        if in_return:
            leaves.append(leaf)
        if leaf.type == RARROW:
            in_return = True
    inside = _inside_matching_brackets(leaves)
    for leaf in leaves:
        result.append(leaf, track_bracket=id(leaf) in inside)
    return result.magic_trailing_comma is not None


def _inside_matching_brackets(leaves: list[Leaf]) -> set[int]:
    """Ids of leaves within matched bracket pairs (black's helper of the same name)."""
    ids: set[int] = set()
    stack: list[tuple[str, list[int]]] = []
    started = False
    for leaf in leaves:
        if not started:
            if leaf.type not in OPENING:
                continue
            started = True
        if leaf.type in OPENING:
            stack.append((MATCHING[leaf.type], [id(leaf)]))
        elif leaf.type in CLOSING:
            if stack and leaf.type == stack[-1][0]:
                _, level = stack.pop()
                level.append(id(leaf))
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(id(leaf))
    return ids


@dataclass(slots=True)
class _Split:
    head: Line
    body: Line
    tail: Line
    opening: Leaf
    closing: Leaf


def _build(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    """One of head, body and tail (black's ``bracket_split_build_line``)."""
    result = Line(depth=original.depth)
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
        if _ensure_trailing_comma(leaves, original, opening) and leaves[-1].type != COMMA:
            leaves.append(Leaf(COMMA, ","))
    if component == "head":
        track = _inside_matching_brackets(leaves)
        for leaf in leaves:
            result.append(leaf, track_bracket=id(leaf) in track)
    else:
        result.extend(leaves, track=False)
    if component == "body" and _should_split(result, opening):
        result.should_split_rhs = True
    return result


def _ensure_trailing_comma(leaves: list[Leaf], original: Line, opening: Leaf) -> bool:
    if not leaves:
        return False
    if original.is_import:
        return True
    if not original.is_def or opening.value != "(":
        return False
    if any(leaf.type == COMMA and not leaf.annotation for leaf in leaves):
        return False
    if leaves[0].annotation == "return":
        return False
    # Not inside the parentheses of a PEP 604 union annotation.
    return not (opening.annotation and any(leaf.kind == "binary" for leaf in leaves))


def _should_split(line: Line, opening: Leaf) -> bool:
    """Explode the body at once: a display's or an import's commas, or a magic comma."""
    exclude: set[int] = set()
    trailing_comma = False
    if not line.leaves:
        return False
    last = line.leaves[-1]
    if last.type == COMMA:
        trailing_comma = True
        exclude.add(id(last))
    try:
        max_priority = line.tracker.max_priority(exclude)
    except ValueError:
        return False
    return max_priority == COMMA_PRIORITY and (trailing_comma or opening.kind in ("atom", "import"))


def _check_split(head: Line, body: Line, tail: Line) -> None:
    tail_len = len(str(tail).strip())
    if not body:
        if tail_len == 0:
            raise CannotSplit("the same line")
        if tail_len < 3:
            raise CannotSplit("not worth it")


def left_hand_split(line: Line, line_length: int, force: bool) -> list[Line]:
    """A def splits at its parameter list's parentheses."""
    head: list[Leaf] = []
    body: list[Leaf] = []
    tail: list[Leaf] = []
    current = head
    matching: Leaf | None = None
    for leaf in line.leaves:
        if current is body and leaf.type in CLOSING and leaf.opening_bracket is matching:
            leaf.value = leaf.value or ")"
            if matching is not None:
                matching.value = matching.value or "("
            current = tail if body else head
        current.append(leaf)
        if current is head and leaf.type == "(":
            matching = leaf
            current = body
    if matching is None or not tail:
        raise CannotSplit("no brackets")
    head_line = _build(head, line, matching, "head")
    body_line = _build(body, line, matching, "body")
    tail_line = _build(tail, line, matching, "tail")
    _check_split(head_line, body_line, tail_line)
    return [part for part in (head_line, body_line, tail_line) if part]


def _first_right_hand_split(line: Line, omit: set[int]) -> _Split:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and leaf.type in CLOSING and id(leaf) not in omit:
            opening = leaf.opening_bracket
            closing = leaf
            current = body
    if opening is None or closing is None or not head:
        raise CannotSplit("no brackets")
    tail.reverse()
    body.reverse()
    head.reverse()
    head_line = _build(head, line, opening, "head")
    body_line = _build(body, line, opening, "body")
    tail_line = _build(tail, line, opening, "tail")
    _check_split(head_line, body_line, tail_line)
    return _Split(head_line, body_line, tail_line, opening, closing)


def _right_hand_split(
    line: Line, line_length: int, omit: set[int], force_parens: bool = False
) -> list[Line]:
    split = _first_right_hand_split(line, omit)
    return _maybe_split_omitting_optional_parens(split, line, line_length, omit, force_parens)


def _maybe_split_omitting_optional_parens(
    rhs: _Split, line: Line, line_length: int, omit: set[int], force_parens: bool
) -> list[Line]:
    if (
        not force_parens
        and rhs.opening.type == "("
        and not rhs.opening.value
        and rhs.closing.type == ")"
        and not rhs.closing.value
        and not line.is_import
        and _can_omit_invisible_parens(rhs, line_length)
    ):
        omit = {id(rhs.closing), *omit}
        try:
            rhs_oop = _first_right_hand_split(line, omit)
            if _prefer_split_rhs_oop(rhs_oop, rhs, line_length):
                return _maybe_split_omitting_optional_parens(
                    rhs_oop, line, line_length, omit, force_parens
                )
        except CannotSplit as exc:
            if line.is_chained_assignment:
                pass
            elif not _can_be_split(rhs.body) and not _short_enough(rhs.body, line_length):
                raise CannotSplit("body still too long") from exc
    rhs.opening.value = rhs.opening.value or "("
    rhs.closing.value = rhs.closing.value or ")"
    return [part for part in (rhs.head, rhs.body, rhs.tail) if part]


def _prefer_split_rhs_oop(rhs_oop: _Split, rhs: _Split, line_length: int) -> bool:
    """Split at the bracket inside the optional parentheses? (black's rules)."""
    if not (len(rhs.head.leaves) >= 2 and rhs.head.leaves[-2].type == EQUAL):
        return True
    if not any(leaf.type in BRACKETS for leaf in rhs.head.leaves[:-1]):
        return True
    if not _short_enough(rhs.head, line_length - 1):
        return True
    if rhs.head.magic_trailing_comma is not None:
        return True
    head_equals = sum(1 for leaf in rhs.head.leaves if leaf.type == EQUAL)
    oop_equals = sum(1 for leaf in rhs_oop.head.leaves if leaf.type == EQUAL)
    if head_equals > 1 and head_equals > oop_equals:
        return False
    closing_after_assign = False
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.type == EQUAL:
            break
        if leaf.type in CLOSING:
            closing_after_assign = True
            break
    return closing_after_assign or (
        any(leaf.type == EQUAL for leaf in rhs_oop.head.leaves)
        and _short_enough(rhs_oop.head, line_length)
    )


def _can_omit_invisible_parens(rhs: _Split, line_length: int) -> bool:
    line = rhs.body
    tracker = line.tracker
    if not tracker.delimiters:
        return True
    max_priority = tracker.max_priority()
    count = tracker.count_with_priority(max_priority)
    if count > 1:
        return False
    if count == 1 and max_priority == COMMA_PRIORITY and rhs.head.is_with_stmt:
        return False
    if max_priority == DOT_PRIORITY:
        return True
    first, second = line.leaves[0], line.leaves[1]
    if (
        first.type in OPENING
        and second.type not in CLOSING
        and _can_omit_opening_paren(line, first, line_length)
    ):
        return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.type in (")", "}") or (
        last.type == "]"
        and last.opening_bracket is not None
        and last.opening_bracket.kind != "trailer"
    ):
        if penultimate.type in OPENING:
            return False
        if _can_omit_closing_paren(line, last, line_length):
            return True
    return False


def _leaf_length(leaf: Leaf) -> int:
    return len(leaf.prefix) + len(leaf.value)


def _can_omit_opening_paren(line: Line, first: Leaf, line_length: int) -> bool:
    """The rest after ``first``'s closing bracket fits, or has brackets to split on."""
    remainder = False
    length = 4 * line.depth
    for leaf in line.leaves:
        if leaf.type in CLOSING and leaf.opening_bracket is first:
            remainder = True
        if remainder:
            length += _leaf_length(leaf)
            if length > line_length:
                return False
            if leaf.type in OPENING:
                remainder = False
    return bool(line.leaves)


def _can_omit_closing_paren(line: Line, last: Leaf, line_length: int) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for leaf in line.leaves:
        length += _leaf_length(leaf)
        if leaf is last.opening_bracket:
            if seen_other_brackets or length <= line_length:
                return True
        elif leaf.type in OPENING:
            seen_other_brackets = True
    return False


def _trailers_to_omit(line: Line, line_length: int) -> Iterable[set[int]]:
    """Closing brackets to keep on the head line, cumulatively (black's generator)."""
    omit: set[int] = set()
    if line.magic_trailing_comma is None:
        yield set(omit)
    length = 4 * line.depth
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner: set[int] = set()
    leaves = line.leaves
    for index in range(len(leaves) - 1, -1, -1):
        leaf = leaves[index]
        length += _leaf_length(leaf)
        if length > line_length:
            break
        if opening is not None:
            if leaf is opening:
                opening = None
            elif leaf.type in CLOSING:
                prev = leaves[index - 1] if index > 0 else None
                if (
                    prev is not None
                    and prev.type == COMMA
                    and leaf.opening_bracket is not None
                    and not _one_sequence_between(leaf.opening_bracket, leaf, leaves)
                ):
                    break
                inner.add(id(leaf))
        elif leaf.type in CLOSING:
            prev = leaves[index - 1] if index > 0 else None
            if prev is not None and prev.type in OPENING:
                inner.add(id(leaf))
                continue
            if closing is not None:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield set(omit)
            if (
                prev is not None
                and prev.type == COMMA
                and leaf.opening_bracket is not None
                and not _one_sequence_between(leaf.opening_bracket, leaf, leaves)
            ):
                break
            if leaf.value:
                opening = leaf.opening_bracket
                closing = leaf


def right_hand_split_with_omits(line: Line, line_length: int, force: bool) -> list[Line]:
    """Split at the last bracket pair, or at an earlier one when the trailers after it
    fit on the head line (black's function of the same name)."""
    prefix_lengths: dict[int, int] = {}
    current = 4 * line.depth
    for leaf in line.leaves:
        prefix_lengths[id(leaf)] = current
        current += _leaf_length(leaf)
    first_lines: list[Line] | None = None
    for omit in _trailers_to_omit(line, line_length):
        if omit:
            target: Leaf | None = None
            for leaf in reversed(line.leaves):
                if leaf.type in CLOSING and id(leaf) not in omit:
                    target = leaf.opening_bracket
                    break
            if (
                target is not None
                and target.value
                and prefix_lengths.get(id(target), 0) > line_length
            ):
                continue
        lines = _right_hand_split(line, line_length, omit, force)
        if first_lines is None and not omit:
            first_lines = lines
        if _short_enough(lines[0], line_length):
            return lines
    if first_lines is not None:
        return first_lines
    return _right_hand_split(line, line_length, set(), force)


def delimiter_split(line: Line, line_length: int, force: bool) -> list[Line]:
    """One element per line at the highest-priority delimiter, plus a trailing comma."""
    if not line.leaves:
        raise CannotSplit("empty line")
    last_leaf = line.leaves[-1]
    tracker = line.tracker
    try:
        priority = tracker.max_priority({id(last_leaf)})
    except ValueError:
        raise CannotSplit("no delimiters") from None
    if priority == DOT_PRIORITY and tracker.count_with_priority(priority) == 1:
        raise CannotSplit("a single attribute access")
    pieces: list[list[Leaf]] = [[]]
    delimiters = tracker.delimiters
    for leaf in line.leaves:
        pieces[-1].append(leaf)
        if delimiters.get(id(leaf)) == priority:
            pieces.append([])
    if not pieces[-1]:
        pieces.pop()
    elif priority == COMMA_PRIORITY and pieces[-1][-1].type != COMMA:
        pieces[-1].append(Leaf(COMMA, ","))
    out: list[Line] = []
    for piece in pieces:
        current = Line(depth=line.depth, inside_brackets=True)
        current.extend(piece)
        piece[0].prefix = ""
        out.append(current)
    return out


# --- the public functions -------------------------------------------------------------


@lru_cache(maxsize=65536)
def layout_statement(text: str, depth: int = 0, line_length: int = LINE_LENGTH) -> str:
    """One statement, given on one line in black's spacing, laid out as black would.

    Returns its lines joined by newlines (no final newline), indented ``4 * depth``.
    """
    indent = "    " * depth
    if not _needs_layout(indent + text, line_length):
        return indent + text
    leaves, _kind = read_statement(text)
    line = Line(depth=depth)
    line.extend(leaves)
    pieces = transform_line(line, line_length)
    commas = sum(1 for leaf in leaves if leaf.type == COMMA)
    if sum(1 for piece in pieces for leaf in piece.leaves if leaf.type == COMMA) > commas:
        # black formats twice when the first pass changed the text: the trailing
        # commas the split added are magic on the second pass and may change it.
        again = "".join(
            leaf.canonical_prefix + leaf.value for piece in pieces for leaf in piece.leaves
        )
        return layout_statement(again.lstrip(" "), depth, line_length)
    return "\n".join(str(piece) for piece in pieces)


def _needs_layout(line: str, line_length: int) -> bool:
    """Too wide, a magic trailing comma, or a string literal black would requote."""
    return (
        len(line) > line_length
        or ",)" in line
        or ",]" in line
        or ",}" in line
        or "'" in line
        or '\\"' in line
        or (not line.isascii() and str_width(line) > line_length)
    )


def layout_source(source: str, line_length: int = LINE_LENGTH) -> str:
    """Every line of a module that needs it laid out by :func:`layout_statement`.

    Render writes each statement on one line. Triple-quoted strings (docstrings,
    laid out by ``pyliteral.docstring``), comments and statements already spread
    over several lines (a line ending in an opening bracket, as black leaves them,
    up to the line that closes it) are kept as they are, so a module black has
    formatted comes back unchanged.
    """
    out: list[str] = []
    in_string = False
    open_brackets = 0
    for line in source.split("\n"):
        stripped = line.lstrip(" ")
        if in_string or stripped.startswith('"""'):
            # A docstring (the only triple-quoted strings render writes) starts its line.
            if line.count('"""') % 2:
                in_string = not in_string
            out.append(line)
            continue
        if open_brackets:
            open_brackets += _bracket_balance(line)
            out.append(line)
            continue
        if stripped.startswith("#"):
            out.append(line)
            continue
        if line.endswith(("(", "[", "{", "\\")):
            open_brackets = max(_bracket_balance(line), 1 if line.endswith("\\") else 0)
            out.append(line)
            continue
        if not _needs_layout(line, line_length):
            out.append(line)
            continue
        indent = len(line) - len(stripped)
        if indent % 4:
            raise LayoutError(f"indentation of {indent} spaces: {line[:60]!r}")
        out.append(layout_statement(stripped, indent // 4, line_length))
    return "\n".join(out)


_STRING_OR_COMMENT = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|#.*""")


def _bracket_balance(line: str) -> int:
    """Opening minus closing brackets outside string literals and comments."""
    code = _STRING_OR_COMMENT.sub("", line)
    opened = code.count("(") + code.count("[") + code.count("{")
    return opened - code.count(")") - code.count("]") - code.count("}")
