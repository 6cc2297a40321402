"""Turn the bytes of one file into plain JSON-like data, safely.

YAML is read by :mod:`generator.load.yaml_reader` straight from libyaml's
events. JSON goes through :func:`json.loads` (much faster) with a duplicate-key
hook; its depth check and ``$ref`` collection share one walk over the result.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.load.errors import load_error, too_deep
from generator.load.positions import JsonPositions, json_problem, line_col
from generator.settings.limits import Limits

# (pointer of the object holding ``$ref``, the ref, that object)
Refs = list[tuple[str, str, dict[str, Any]]]


def decode(raw: bytes, file: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16/32 with a BOM; anything else is refused."""
    if not raw.strip():
        raise load_error("load.empty", "the file is empty", file)
    boms = {b"\xff\xfe\x00\x00": "utf-32", b"\x00\x00\xfe\xff": "utf-32"}
    boms.update({b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"})
    encoding = next((name for bom, name in boms.items() if raw.startswith(bom)), "utf-8-sig")
    if encoding == "utf-8-sig" and b"\x00" in raw[:4096]:
        raise load_error("load.binary", "the file is binary, not YAML or JSON text", file)
    try:
        if encoding != "utf-8-sig":
            return raw.decode(encoding)
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        name = encoding.removesuffix("-sig").upper()
        raise load_error(
            "load.encoding",
            f"the file is not valid {name} (byte 0x{raw[exc.start]:02x})",
            file,
            line,
            col,
        ) from None


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def parse_json(text: str, file: str, limits: Limits) -> tuple[Any, Refs]:
    """Data of a JSON text and its ``$ref``s as (pointer of the holder, ref)."""
    try:
        data = json.loads(text, object_pairs_hook=_unique, parse_constant=_not_json)
    except _NotJson as exc:
        at = re.search(rf"[\[:,]\s*({re.escape(exc.args[0])})", text)
        line, col = line_col(text, at.start(1)) if at else (0, 0)
        message = f"JSON syntax error: {exc.args[0]} is not a JSON value"
        raise load_error("load.json", message, file, line, col) from None
    except json.JSONDecodeError as exc:
        raise load_error(
            "load.json", f"JSON syntax error: {exc.msg}", file, exc.lineno, exc.colno
        ) from None
    except (_DuplicateKey, RecursionError):
        raise _json_failure(text, file, limits) from None
    try:
        return data, walk(data, limits)
    except TooDeep as exc:
        from_pointer = [t.replace("~1", "/").replace("~0", "~") for t in exc.pointer.split("/")]
        line, col = JsonPositions(text).locate(from_pointer[1:])
        message, pointer = too_deep(limits.max_depth, exc.pointer)
        raise load_error("load.too-deep", message, file, line, col, pointer) from None


class _DuplicateKey(Exception):
    pass


class _NotJson(Exception):
    pass


def _not_json(name: str) -> Any:
    raise _NotJson(name)  # NaN, Infinity: Python's json reads them, JSON has no such thing


class TooDeep(Exception):
    """Raised by :func:`walk`; the caller knows where the text is to locate it."""

    def __init__(self, pointer: str) -> None:
        super().__init__(pointer)
        self.pointer = pointer


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _DuplicateKey
    return mapping


def _json_failure(text: str, file: str, limits: Limits) -> Exception:
    # json.loads gives up on deep nesting at the interpreter's recursion limit.
    code, offset, pointer, key = json_problem(text, min(limits.max_depth, 900))
    line, col = line_col(text, offset) if offset >= 0 else (0, 0)
    if code == "load.duplicate-key":
        return load_error(code, f"duplicate key {key!r}", file, line, col, pointer)
    message, pointer = too_deep(limits.max_depth, pointer)
    return load_error("load.too-deep", message, file, line, col, pointer)


def walk(data: Any, limits: Limits) -> Refs:
    """One pass over a tree: check its depth and collect its ``$ref``s."""
    refs: Refs = []
    max_depth = limits.max_depth
    stack: list[tuple[str, Any, int]] = [("", data, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        pointer, value, depth = pop()
        if depth > max_depth:
            raise TooDeep(pointer)
        if value.__class__ is dict:
            ref = value.get("$ref")
            if ref.__class__ is str:
                refs.append((pointer, ref, value))
            for key, child in value.items():
                if child.__class__ is dict or child.__class__ is list:
                    if "/" in key or "~" in key:
                        key = key.replace("~", "~0").replace("/", "~1")
                    push((pointer + "/" + key, child, depth + 1))
        elif value.__class__ is list:
            for index, child in enumerate(value):
                if child.__class__ is dict or child.__class__ is list:
                    push((f"{pointer}/{index}", child, depth + 1))
    return refs
