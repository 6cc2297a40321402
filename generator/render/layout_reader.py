"""The expression tree of one statement, as the layout module needs it.

A statement that render emits on one line (with black's spacing) is read into
leaves (``layout_leaves``) carrying what black's line splitter asks of its syntax
tree (which bracket pairs are calls, subscripts, displays or parameter lists; which
operators are binary; which commas sit in an argument list), plus the invisible
parentheses black puts around an assignment's value, an annotation, a ``return``
value or an import's names.
"""

from __future__ import annotations

import keyword

from generator.render.layout_leaves import (
    CLOSING,
    COLON,
    COMMA,
    DOT,
    EQUAL,
    MATCHING,
    MATH_PRIORITIES,
    NAME,
    NUMBER,
    OP,
    OPENING,
    RARROW,
    STRING,
    LayoutError,
    Leaf,
    tokens,
)

_OPERAND_KEYWORDS = frozenset({"None", "True", "False"})


def _is_operand_end(leaf: Leaf | None) -> bool:
    if leaf is None:
        return False
    if leaf.type in (NUMBER, STRING) or leaf.type in CLOSING:
        return True
    if leaf.type == NAME:
        return leaf.value in _OPERAND_KEYWORDS or not keyword.iskeyword(leaf.value)
    return False


def _classify(leaves: list[Leaf], statement: str) -> None:
    """Bracket kinds, operator arity, keyword roles; matched bracket pairs."""
    stack: list[tuple[Leaf, bool]] = []  # (opening bracket, comprehension seen)
    previous: Leaf | None = None
    params_open = statement == "def"
    awaiting_in = [statement == "for"]  # per bracket level: a `for` waits for its `in`
    for leaf in leaves:
        t = leaf.type
        if t in OPENING:
            if t == "(" and params_open and previous is not None and previous.type == NAME:
                leaf.kind = "params"
                params_open = False
            elif t == "(" and statement == "class" and not stack:
                leaf.kind = "class"
            elif t != "{" and _is_operand_end(previous):
                leaf.kind = "trailer"
            else:
                leaf.kind = "atom"
            stack.append((leaf, False))
            awaiting_in.append(False)
        elif t in CLOSING:
            if not stack or MATCHING[stack[-1][0].type] != t:
                raise LayoutError("unbalanced brackets")
            leaf.opening_bracket = stack.pop()[0]
            awaiting_in.pop()
        elif t == COMMA:
            if stack and stack[-1][0].kind in ("trailer", "params", "class"):
                opening = stack[-1][0]
                if opening.type == "(":
                    leaf.kind = "arglist"
        elif t == OP:
            if leaf.value in ("*", "**") and not _is_operand_end(previous):
                leaf.kind = "vararg"
            elif leaf.value in MATH_PRIORITIES or leaf.value == "~":
                leaf.kind = "binary" if _is_operand_end(previous) else "unary"
        elif t == DOT and statement == "import":
            leaf.kind = "import"
        elif t == NAME and stack:
            value = leaf.value
            if value == "for":
                leaf.keyword_role = "comp"
                stack[-1] = (stack[-1][0], True)
                awaiting_in[-1] = True
            elif value == "if":
                leaf.keyword_role = "comp" if stack[-1][1] else "ternary"
            elif value == "else":
                leaf.keyword_role = "ternary"
        if t == NAME and not leaf.keyword_role:
            value = leaf.value
            if value == "in" and awaiting_in[-1]:
                leaf.keyword_role = "for-in"
                awaiting_in[-1] = False
            elif value in ("and", "or"):
                leaf.keyword_role = "logic"
            elif value == "is" or (value == "in" and not _after_not(previous)):
                leaf.keyword_role = "comparison"
            elif value == "not" and previous is not None and _is_operand_end(previous):
                leaf.keyword_role = "comparison"  # `x not in y`
            elif value in ("if", "else") and statement not in ("if", "else"):
                leaf.keyword_role = "ternary"
        previous = leaf
    if stack:
        raise LayoutError("unbalanced brackets")


def _after_not(previous: Leaf | None) -> bool:
    return previous is not None and previous.value == "not"


def _match(leaves: list[Leaf], start: int) -> int:
    """Index of the bracket closing the one at ``start``."""
    opening = leaves[start]
    for index in range(start + 1, len(leaves)):
        if leaves[index].opening_bracket is opening:
            return index
    raise LayoutError("unbalanced brackets")


def _top_level_commas(leaves: list[Leaf], start: int, stop: int) -> list[int]:
    depth = 0
    out = []
    for index in range(start, stop):
        t = leaves[index].type
        if t in OPENING:
            depth += 1
        elif t in CLOSING:
            depth -= 1
        elif t == COMMA and depth == 0:
            out.append(index)
    return out


def _has_top_level(leaves: list[Leaf], start: int, stop: int, value: str) -> bool:
    depth = 0
    for index in range(start, stop):
        leaf = leaves[index]
        if leaf.type in OPENING:
            depth += 1
        elif leaf.type in CLOSING:
            depth -= 1
        elif depth == 0 and leaf.value == value and leaf.kind == "binary":
            return True
    return False


def _wrap(leaves: list[Leaf], start: int, stop: int, *, only_expr: bool = False) -> int:
    """Black's optional parentheses around ``leaves[start:stop]`` (a child node).

    A parenthesized non-tuple becomes invisible; a tuple (or empty/one-tuple) keeps
    its parentheses; anything else is wrapped in a new invisible pair. With
    ``only_expr`` (a def parameter's annotation) only an atom or a ``|`` union is
    wrapped. Returns how many leaves were inserted.
    """
    if start >= stop:
        return 0
    first = leaves[start]
    atom = first.type in OPENING and _match(leaves, start) == stop - 1
    if atom and first.type == "(":
        commas = _top_level_commas(leaves, start + 1, stop - 1)
        if stop - start == 2 or commas:
            return 0  # (), (x,) and tuples keep their parentheses
        first.value = ""
        leaves[stop - 1].value = ""
        leaves[start + 1].prefix = ""
        return 0
    if only_expr and not atom and not _has_top_level(leaves, start, stop, "|"):
        return 0
    lpar = Leaf("(", "", first.prefix, kind="atom")
    first.prefix = ""
    rpar = Leaf(")", "", "", kind="atom", opening_bracket=lpar)
    lpar.annotation = rpar.annotation = first.annotation
    leaves.insert(stop, rpar)
    leaves.insert(start, lpar)
    return 2


def _statement_kind(leaves: list[Leaf]) -> str:
    first = leaves[0].value if leaves[0].type == NAME else ""
    if first == "async" and len(leaves) > 1 and leaves[1].value in ("def", "with", "for"):
        first = leaves[1].value
    if first in ("from", "import"):
        return "import"
    if first in ("def", "class", "return", "if", "elif", "while", "for", "with", "del"):
        return first
    if first in ("assert", "except", "else", "try", "finally", "raise", "pass"):
        return first
    return "expression"


def _top_level(leaves: list[Leaf], types: tuple[str, ...]) -> list[int]:
    depth = 0
    out = []
    for index, leaf in enumerate(leaves):
        if leaf.type in OPENING:
            depth += 1
        elif leaf.type in CLOSING:
            depth -= 1
        elif depth == 0 and leaf.type in types:
            out.append(index)
    return out


def _wrap_def(leaves: list[Leaf]) -> None:
    params = next(i for i, leaf in enumerate(leaves) if leaf.kind == "params")
    close = _match(leaves, params)
    # Annotations of parameters: `name: T` up to `=` or `,` at the list's level.
    index = params + 1
    while index < close:
        depth = 0
        item_end = index
        colon = equal = -1
        while item_end < close:
            leaf = leaves[item_end]
            if leaf.type in OPENING:
                depth += 1
            elif leaf.type in CLOSING:
                depth -= 1
            elif depth == 0 and leaf.type == COMMA:
                break
            elif depth == 0 and leaf.type == COLON and colon < 0:
                colon = item_end
            elif depth == 0 and leaf.type == EQUAL and equal < 0:
                equal = item_end
            item_end += 1
        if colon >= 0:
            stop = equal if equal >= 0 else item_end
            for leaf in leaves[colon + 1 : stop]:
                leaf.annotation = "param"
            inserted = _wrap(leaves, colon + 1, stop, only_expr=True)
            item_end += inserted
            close += inserted
        index = item_end + 1
    arrows = [i for i in range(close, len(leaves)) if leaves[i].type == RARROW]
    if arrows:
        start, stop = arrows[0] + 1, len(leaves) - 1
        for leaf in leaves[start:stop]:
            leaf.annotation = "return"
        _wrap(leaves, start, stop)


def _wrap_statement(leaves: list[Leaf], kind: str) -> None:
    """Where black's ``normalize_invisible_parens`` puts optional parentheses."""
    if kind == "def":
        _wrap_def(leaves)
    elif kind == "import" and leaves[0].value == "from":
        names = next(i for i, leaf in enumerate(leaves) if leaf.value == "import") + 1
        if leaves[names].type == "(":
            leaves[names].value = ""
            leaves[-1].value = ""
            leaves[names].kind = "import"
        elif leaves[names].value != "*":
            leaves.insert(names, Leaf("(", "", leaves[names].prefix, kind="import"))
            leaves[names + 1].prefix = ""
            leaves.append(Leaf(")", "", "", kind="import", opening_bracket=leaves[names]))
    elif kind in ("return", "del"):
        _wrap(leaves, 1, len(leaves))
    elif kind in ("if", "elif", "while"):
        _wrap(leaves, 1, len(leaves) - 1)
    elif kind == "except":
        # `except X as e:`: the exception is wrapped (black's parens after "except").
        stop = next(
            (
                i
                for i in range(1, len(leaves))
                if leaves[i].value == "as" and leaves[i].type == NAME
            ),
            len(leaves) - 1,
        )
        _wrap(leaves, 1, stop)
    elif kind == "expression":
        targets = _top_level(leaves, (EQUAL, COLON))
        if not targets:
            return
        bounds = [*targets, len(leaves)]
        # Wrap from the right so earlier indices stay valid.
        for position in range(len(targets) - 1, -1, -1):
            _wrap(leaves, bounds[position] + 1, bounds[position + 1])


def read_statement(text: str) -> tuple[list[Leaf], str]:
    """The leaves of one statement (with invisible parentheses) and its kind."""
    leaves = tokens(text)
    if not leaves:
        raise LayoutError("empty statement")
    kind = _statement_kind(leaves)
    _classify(leaves, kind)
    _wrap_statement(leaves, kind)
    first = leaves[0]
    if kind == "import":
        first.kind = "import-statement"
    elif first.type == NAME and first.value in ("def", "async", "with", "class"):
        first.kind = "statement"
    for leaf in leaves:
        leaf.canonical_prefix = leaf.prefix
    return leaves, kind
