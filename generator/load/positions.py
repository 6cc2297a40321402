"""Source positions (line and column) of JSON pointers.

YAML positions are recorded while reading (libyaml hands them over with every
event; a second pass would cost as much as the read). JSON is parsed by
:func:`json.loads`, which reports none, so JSON files are scanned along a
pointer's path with the standard library's C scanner, only when a location is
asked for; that works on any valid JSON (tabs, ``\\/`` escapes, long lines)
where composing it as YAML would not.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from typing import Any

_skip_value: Any = json.scanner.make_scanner(json.decoder.JSONDecoder())  # type: ignore[arg-type]
_scanstring: Any = json.decoder.scanstring  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")


class RecordedPositions:
    """Positions recorded while a YAML file was read.

    For each mapping or sequence (by ``id``) the positions of its keys or items,
    in order, packed as ``line << 32 | column`` (0-based). The tree must be the
    one that was read: an alias shares its anchor's object and so its positions.
    """

    __slots__ = ("by_key", "marks", "memo", "root", "tree")

    def __init__(self, tree: Any, marks: dict[int, list[int]], root: int) -> None:
        self.tree = tree
        self.marks = marks
        self.root = root
        self.by_key: dict[int, dict[str, int]] = {}  # big mappings: key -> index
        # pointer -> (node, packed position, still on the tree?) for every pointer
        # located and each of its prefixes: findings share long prefixes
        self.memo: dict[str, tuple[Any, int, bool]] = {"": (tree, root, True)}

    def locate_pointer(self, pointer: str) -> tuple[int, int]:
        """(line, column) of a JSON pointer: as far along it as the tree goes, from the
        longest prefix located before."""
        memo = self.memo
        pending: list[str] = []
        prefix = pointer
        while prefix not in memo:
            prefix, _, token = prefix.rpartition("/")
            pending.append(token)
        node, packed, alive = memo[prefix]
        for token in reversed(pending):
            prefix = f"{prefix}/{token}"
            if alive:
                if "~" in token:
                    token = token.replace("~1", "/").replace("~0", "~")
                step = self._step(node, token)
                if step is None:
                    alive = False
                else:
                    node, packed = step
            memo[prefix] = (node, packed, alive)
        return ((packed >> 32) + 1, (packed & 0xFFFFFFFF) + 1)

    def _step(self, node: Any, token: str) -> tuple[Any, int] | None:
        """The member ``token`` of a container and its position; None if there is
        none, or it has no position of its own (a key that came from a merge)."""
        marks = self.marks.get(id(node))
        if marks is None:
            return None
        if isinstance(node, dict):
            index = self._index(node, token)
            if index is None or index >= len(marks):
                return None
            return node[token], marks[index]
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            index = int(token)
            return node[index], marks[index]
        return None

    def _index(self, mapping: dict[str, Any], token: str) -> int | None:
        if token not in mapping:
            return None
        if len(mapping) < 16:
            return list(mapping).index(token)
        index = self.by_key.get(id(mapping))
        if index is None:
            index = self.by_key[id(mapping)] = {key: i for i, key in enumerate(mapping)}
        return index[token]


class JsonPositions:
    """Positions in valid JSON text, found by scanning along a pointer's path.

    Containers on the path are scanned only as far as needed, with the C
    scanner skipping member values, and what was seen is kept for later lookups.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.containers: dict[int, _Container] = {}

    def locate(self, tokens: list[str]) -> tuple[int, int]:
        text = self.text
        try:
            pos = found = _WS.match(text, 0).end()  # type: ignore[union-attr]
            for token in tokens:
                container = self.containers.get(pos)
                if container is None:
                    container = self.containers[pos] = _Container(text, pos)
                member = container.find(token)
                if member is None:
                    break
                found, pos = member
        except (ValueError, IndexError, StopIteration, RecursionError):
            return (0, 0)
        return line_col(text, found)


class _Container:
    """An object or array in JSON text, read member by member on demand."""

    def __init__(self, text: str, pos: int) -> None:
        self.text = text
        self.is_object = text[pos] == "{"
        self.done = text[pos] not in "{["
        self.next = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
        self.keys: dict[str, tuple[int, int]] = {}
        self.items: list[int] = []
        self.unskipped = -1

    def find(self, token: str) -> tuple[int, int] | None:
        """(offset to report, offset of the value) of a member, or None."""
        if self.is_object:
            while token not in self.keys and not self.done:
                self._read_one()
            return self.keys.get(token)
        if not token.isdigit():
            return None
        index = int(token)
        while len(self.items) <= index and not self.done:
            self._read_one()
        if index < len(self.items):
            return (self.items[index], self.items[index])
        return None

    def _read_one(self) -> None:
        text = self.text
        if self.unskipped >= 0:  # the last member's value, skipped only now it is in the way
            self.next = _next_member(text, self.unskipped)
            self.unskipped = -1
        pos = self.next
        if text[pos] in "]}":
            self.done = True
            return
        if self.is_object:
            key_at = pos
            key, pos = _scanstring(text, pos + 1)
            pos = _WS.match(text, pos).end() + 1  # type: ignore[union-attr]  # past the ':'
            pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
            self.keys.setdefault(key, (key_at, pos))
        else:
            self.items.append(pos)
        self.unskipped = pos


def _next_member(text: str, pos: int) -> int:
    """From the start of a value, the start of the next member (or of the closer)."""
    _, pos = _skip_value(text, pos)
    pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
    if text[pos] == ",":
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    return pos


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return (line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]', re.S)


def json_problem(text: str, max_depth: int) -> tuple[str, int, str, str]:
    """Find why valid-syntax JSON was refused: a duplicate key or too deep nesting.

    Returns (code, offset, pointer, detail), or ("", -1, "", "") if neither.
    Used only after a failure, so a plain Python scan is fast enough.
    """
    # Frames: [is object, keys seen, current key or index, expecting a key]
    stack: list[list[Any]] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "{[":
            if len(stack) >= max_depth:
                return ("load.too-deep", match.start(), _json_pointer(stack), "")
            stack.append([token == "{", set(), 0 if token == "[" else None, token == "{"])
        elif token in "}]":
            stack.pop()
        elif token == ",":
            frame = stack[-1]
            if frame[0]:
                frame[3] = True
            else:
                frame[2] += 1
        elif token == ":":
            stack[-1][3] = False
        elif stack and stack[-1][0] and stack[-1][3]:
            key = json.loads(token)
            frame = stack[-1]
            if key in frame[1]:
                frame[2] = key
                return ("load.duplicate-key", match.start(), _json_pointer(stack), key)
            frame[1].add(key)
            frame[2] = key
    return ("", -1, "", "")


def _json_pointer(stack: list[list[Any]]) -> str:
    parts = []
    for frame in stack:
        if frame[2] is None:
            break
        parts.append("/" + str(frame[2]).replace("~", "~0").replace("/", "~1"))
    return "".join(parts)
