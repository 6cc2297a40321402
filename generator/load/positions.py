"""Source positions (line and column) of JSON pointers, computed only when asked for.

Loading never records positions: most runs never print one. The first
``locate`` on a YAML file builds an index from one pass over libyaml's events;
JSON files are not indexed at all but scanned along the pointer's path with the
standard library's C scanner, which works on any valid JSON (tabs, ``\\/``
escapes, long lines) where a YAML parser would not.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Parser
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

# A position: (line, col, children). Children of a mapping map each key to
# (key line, key col, child position); children of a sequence are a list.
Pos = tuple[int, int, Any]

_skip_value: Any = json.scanner.make_scanner(json.decoder.JSONDecoder())  # type: ignore[arg-type]
_scanstring: Any = json.decoder.scanstring  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")


def yaml_index(text: str) -> Pos | None:
    """Positions of every node of a single-document YAML text; None if unreadable."""
    parser = _Parser(text)
    try:
        return _index_events(parser.get_event)
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()


def _index_events(get: Any) -> Pos | None:
    anchors: dict[str, Pos] = {}
    # Open containers: [children, line, col, anchor, pending key (line, col, text)]
    stack: list[list[Any]] = []
    while True:
        event = get()
        kind = type(event)
        mark = event.start_mark
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            children: Any = {} if kind is yaml.MappingStartEvent else []
            stack.append([children, mark.line + 1, mark.column + 1, event.anchor, None])
            continue
        if kind is yaml.ScalarEvent:
            pos: Pos = (mark.line + 1, mark.column + 1, None)
            if event.anchor is not None:
                anchors[event.anchor] = pos
        elif kind is yaml.AliasEvent:
            pos = anchors.get(event.anchor, (mark.line + 1, mark.column + 1, None))
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            children, line, col, anchor, _ = stack.pop()
            pos = (line, col, children)
            if anchor is not None:
                anchors[anchor] = pos
        elif kind is yaml.StreamEndEvent:
            return None
        else:
            continue
        if not stack:
            return pos
        top = stack[-1]
        if type(top[0]) is list:
            top[0].append(pos)
        elif top[4] is None:
            key = event.value if kind is yaml.ScalarEvent else ""
            top[4] = (pos[0], pos[1], key)
        else:
            line, col, key = top[4]
            top[0].setdefault(key, (line, col, pos))
            top[4] = None


def yaml_locate(index: Pos | None, tokens: list[str]) -> tuple[int, int]:
    """Line and column of the deepest node along ``tokens`` (the key for members)."""
    if index is None:
        return (0, 0)
    line, col, children = index
    for token in tokens:
        if isinstance(children, dict) and token in children:
            line, col, pos = children[token]
        elif isinstance(children, list) and token.isdigit() and int(token) < len(children):
            pos = children[int(token)]
            line, col = pos[0], pos[1]
        else:
            break
        children = pos[2]
    return (line, col)


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
