"""The bracket splits: black's left-hand split (a ``def`` at its parameters) and
right-hand split (the last bracket pair, or an earlier one when the trailers after it
fit, with the optional parentheses kept or dropped by black's rules).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.render.layout_leaves import (
    CLOSING,
    COMMA,
    COMMA_PRIORITY,
    DOT_PRIORITY,
    EQUAL,
    MATCHING,
    OPENING,
    Leaf,
)
from generator.render.layout_line import (
    BRACKETS,
    CannotSplit,
    Line,
    can_be_split,
    one_sequence_between,
    short_enough,
)


def inside_matching_brackets(leaves: list[Leaf]) -> set[int]:
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
        track = inside_matching_brackets(leaves)
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
            elif not can_be_split(rhs.body) and not short_enough(rhs.body, line_length):
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
    if not short_enough(rhs.head, line_length - 1):
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
        and short_enough(rhs_oop.head, line_length)
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
                    and not one_sequence_between(leaf.opening_bracket, leaf, leaves)
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
                and not one_sequence_between(leaf.opening_bracket, leaf, leaves)
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
        if short_enough(lines[0], line_length):
            return lines
    if first_lines is not None:
        return first_lines
    return _right_hand_split(line, line_length, set(), force)
