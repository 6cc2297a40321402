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

This module drives the splits (``transform_line``) and holds the delimiter split
and the public functions; ``layout_line`` is the line and its bracket tracker,
``layout_brackets`` the left- and right-hand splits, ``layout_leaves`` the tokens.
``layout_fast`` lays out the commonest shapes (a call or a ``def`` whose one bracket
pair is all that splits) without them, in a tenth of the time.
The functions mirror black's ``linegen`` and ``lines`` modules so each decision
can be checked against black itself (``tests/unit/test_layout.py`` compares them
on tables and on random statements); black stays the proof in the test suite and
is never imported here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from generator.render.layout_brackets import (
    inside_matching_brackets,
    left_hand_split,
    right_hand_split_with_omits,
)
from generator.render.layout_fast import fast_layout
from generator.render.layout_leaves import (
    COLON,
    COMMA,
    COMMA_PRIORITY,
    DOT_PRIORITY,
    RARROW,
    LayoutError,
    Leaf,
)
from generator.render.layout_line import CannotSplit, Line, short_enough, str_width
from generator.render.layout_reader import read_statement

LINE_LENGTH = 100


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
        and short_enough(line, line_length, line_str)
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
        or short_enough(result[0], line_length)
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
    if all(short_enough(piece, line_length) for piece in second):
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
    inside = inside_matching_brackets(leaves)
    for leaf in leaves:
        result.append(leaf, track_bracket=id(leaf) in inside)
    return result.magic_trailing_comma is not None


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
    fast = fast_layout(text, depth, line_length)
    if fast is not None:
        return fast
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
