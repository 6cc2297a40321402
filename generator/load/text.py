"""Turn the bytes of one file into plain JSON-like data, safely.

YAML is composed with libyaml's C parser where available, then built into
Python objects by our own constructor, which:

* rejects duplicate mapping keys (PyYAML silently keeps the last one);
* never expands aliases: the expanded size is computed on the node graph first
  and an alias bomb is refused before a single object is built;
* bounds nesting depth without recursion, so 5,000 levels is an error, not a
  ``RecursionError``;
* keeps every scalar JSON-compatible (dates stay strings, keys become strings).

JSON goes through :func:`json.loads` (much faster) with a duplicate-key hook.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from generator.load.errors import load_error
from generator.load.limits import Limits

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_PASS_AS_TEXT = {
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:binary",
    "tag:yaml.org,2002:value",
    "tag:yaml.org,2002:merge",
    "!",
}
_constructor = yaml.SafeLoader("")  # only for its scalar methods


def decode(raw: bytes, file: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16/32 with a BOM; anything else is refused."""
    if not raw.strip():
        raise load_error("load.empty", "the file is empty", file)
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise load_error("load.binary", "the file is binary, not YAML or JSON text", file)
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise load_error(
            "load.encoding",
            f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
            file,
            line,
            col,
        ) from None


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def parse_json(text: str, file: str, limits: Limits) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise _DuplicateKey(key)
            out[key] = value
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        raise load_error("load.json", f"JSON syntax error: {exc.msg}", file, exc.lineno, exc.colno)
    except _DuplicateKey as exc:
        line, col = _find_key(text, exc.key)
        raise load_error("load.duplicate-key", f"duplicate key {exc.key!r}", file, line, col)
    except RecursionError:
        raise load_error(
            "load.too-deep", f"nesting is deeper than the limit of {limits.max_depth}", file
        ) from None
    _check_depth(data, file, limits)
    return data


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _find_key(text: str, key: str) -> tuple[int, int]:
    """Best effort position of the second occurrence of a JSON key."""
    needle = json.dumps(key) + ":"
    first = text.find(needle)
    second = text.find(needle, first + 1) if first >= 0 else -1
    pos = second if second >= 0 else first
    if pos < 0:
        return (0, 0)
    line = text.count("\n", 0, pos) + 1
    return (line, pos - (text.rfind("\n", 0, pos) + 1) + 1)


def _check_depth(data: Any, file: str, limits: Limits) -> None:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limits.max_depth:
            raise load_error(
                "load.too-deep", f"nesting is deeper than the limit of {limits.max_depth}", file
            )
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, dict | list))


def compose_yaml(text: str, file: str) -> yaml.Node | None:
    """Compose (not construct) a YAML text; syntax errors become located load errors."""
    try:
        loader = _Loader(text)
        try:
            return loader.get_single_node()  # type: ignore[no-any-return]
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problem = exc.problem or exc.context or "syntax error"
        raise load_error("load.yaml", f"YAML syntax error: {problem}", file, line, col) from None
    except yaml.YAMLError as exc:
        raise load_error("load.yaml", f"YAML error: {exc}", file) from None
    except RecursionError:
        raise load_error("load.too-deep", "nesting is too deep to read", file) from None


def build_yaml(node: yaml.Node, file: str, limits: Limits) -> Any:
    """Build plain data from a composed node graph, with the checks above."""
    _check_graph(node, file, limits)
    built: dict[int, Any] = {}
    # Iterative post-order construction: (node, expanded?) pairs.
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:
        current, ready = stack.pop()
        key = id(current)
        if key in built and not ready:
            continue
        if isinstance(current, yaml.ScalarNode):
            built[key] = _scalar(current, file)
        elif isinstance(current, yaml.SequenceNode):
            if not ready:
                stack.append((current, True))
                stack.extend((child, False) for child in reversed(current.value))
            else:
                built[key] = [built[id(child)] for child in current.value]
        elif isinstance(current, yaml.MappingNode):
            if not ready:
                _merge_keys(current, file)
                stack.append((current, True))
                for k, v in reversed(current.value):
                    stack.append((v, False))
                    if not isinstance(k, yaml.ScalarNode):
                        raise _at(k, file, "load.key", "mapping keys must be plain scalars")
            else:
                mapping: dict[str, Any] = {}
                for k, v in current.value:
                    name = str(k.value)
                    if name in mapping:
                        raise _at(k, file, "load.duplicate-key", f"duplicate key {name!r}")
                    mapping[name] = built[id(v)]
                built[key] = mapping
    return built[id(node)]


def _merge_keys(node: yaml.MappingNode, file: str) -> None:
    if any(k.tag == "tag:yaml.org,2002:merge" for k, _ in node.value):
        try:
            _constructor.flatten_mapping(node)
        except yaml.MarkedYAMLError as exc:
            raise _at(node, file, "load.yaml", f"bad merge key: {exc.problem}") from None


def _check_graph(root: yaml.Node, file: str, limits: Limits) -> None:
    """Depth and alias-expansion checks on the node graph, without expanding it."""
    distinct: dict[int, yaml.Node] = {}
    order: list[yaml.Node] = []
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limits.max_depth:
            raise _at(
                node,
                file,
                "load.too-deep",
                f"nesting is deeper than the limit of {limits.max_depth}",
            )
        if id(node) in distinct:
            continue
        distinct[id(node)] = node
        order.append(node)
        for child in _children(node):
            stack.append((child, depth + 1))
    # Expanded sizes, children before parents (reverse discovery order is not
    # enough for DAGs, so iterate to a fixed point over a topological order).
    size: dict[int, int] = {}
    budget = limits.max_alias_expansion * len(distinct) + limits.alias_allowance
    for node in _postorder(root):
        total = 1 + sum(size[id(c)] for c in _children(node))
        if total > budget:
            raise _at(
                node,
                file,
                "load.alias-bomb",
                "YAML aliases expand to more than "
                f"{limits.max_alias_expansion}x the document's own size; refusing to expand",
            )
        size[id(node)] = total


def _postorder(root: yaml.Node) -> list[yaml.Node]:
    seen: set[int] = set()
    out: list[yaml.Node] = []
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            out.append(node)
            continue
        if id(node) in seen:
            continue
        seen.add(id(node))
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in seen)
    return out


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _scalar(node: yaml.ScalarNode, file: str) -> Any:
    tag = node.tag
    if tag == _STR or node.style:  # quoted scalars are always strings
        return node.value
    try:
        if tag == _INT:
            return _constructor.construct_yaml_int(node)
        if tag == _FLOAT:
            return _constructor.construct_yaml_float(node)
        if tag == _BOOL:
            return _constructor.construct_yaml_bool(node)
        if tag == _NULL:
            return None
    except (ValueError, yaml.YAMLError):
        return node.value
    if tag in _PASS_AS_TEXT:
        return node.value
    raise _at(node, file, "load.tag", f"unsupported YAML tag {tag!r}")


def _at(node: yaml.Node, file: str, code: str, message: str) -> Exception:
    mark = node.start_mark
    return load_error(code, message, file, mark.line + 1, mark.column + 1)
