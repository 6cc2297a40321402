"""Build plain data straight from libyaml's event stream, safely and in one pass.

Composing a node graph and then constructing objects from it costs two passes
and a Python object per node; reading events builds the result directly. The
builder:

* rejects duplicate mapping keys (PyYAML silently keeps the last one);
* never expands aliases: an alias reuses the anchored object, and the size the
  tree *would* expand to is counted as an integer, so a "billion laughs" file is
  refused without being expanded;
* bounds nesting depth with an explicit stack (no recursion at all), and is the
  only judge of it: libyaml 0.2.6 (in PyYAML 6.0.4's wheels) refuses nesting over
  a fixed level of its own, and in flow style its scanner reads so far ahead that
  it can refuse ``x: [[[[...`` before the builder has seen 256 levels. That
  refusal is not a diagnostic; the text is read again by PyYAML's pure-Python
  parser, which has no such level, so the builder stops at the same event (same
  line, column and pointer) whichever libyaml is installed, and a configured
  limit over libyaml's level still reads;
* keeps scalars JSON-compatible: dates stay strings, keys are the key text;
* collects every ``$ref`` with its JSON pointer on the way, so the loader does
  not need another walk over the tree.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from generator.load.errors import load_error, too_deep
from generator.load.positions import RecordedPositions, line_col
from generator.load.text import Refs
from generator.settings.limits import Limits

try:
    from yaml import CSafeLoader as _Parser
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

__all__ = ["read_yaml"]

_TAG = "tag:yaml.org,2002:"
_AS_TEXT = {_TAG + t for t in ("str", "timestamp", "binary", "value", "merge")} | {"!"}
_constructor = SafeConstructor()  # only for its scalar methods
_IMPLICIT = Resolver.yaml_implicit_resolvers
_MISSING: Any = object()
_MERGE: Any = object()  # a plain ``<<`` key

_Scalar = yaml.ScalarEvent
_MapStart = yaml.MappingStartEvent
_MapEnd = yaml.MappingEndEvent
_SeqStart = yaml.SequenceStartEvent
_SeqEnd = yaml.SequenceEndEvent
_Alias = yaml.AliasEvent


class _Frame:
    """One open mapping or sequence."""

    __slots__ = (
        "anchor", "key", "key_mark", "mark", "marks", "merges", "pointer", "size", "value"
    )  # fmt: skip

    def __init__(self, value: Any, mark: Any, anchor: str | None, pointer: str) -> None:
        self.value = value
        self.pointer = pointer  # of this container
        self.mark = mark
        self.anchor = anchor
        self.key: Any = _MISSING  # mapping: the key awaiting its value
        self.key_mark: Any = None
        self.size = 0  # the document's expanded size when this container opened
        self.merges: list[Any] | None = None
        self.marks: list[int] = []  # packed positions of the keys or items, in order


def read_yaml(text: str, file: str, limits: Limits) -> tuple[Any, Refs, RecordedPositions]:
    """Data of a single-document YAML text, its ``$ref``s and its source positions.

    Refs are (pointer of the object holding ``$ref``, ref, that object). Raises
    ``SpecError``.
    """
    try:
        return _read(_Parser, text, file, limits)
    except _ParserNestingLimit:
        return _read(yaml.SafeLoader, text, file, limits)


class _ParserNestingLimit(Exception):
    """libyaml refused nesting over its own level: not ours to report."""


def _is_nesting_limit(exc: yaml.MarkedYAMLError) -> bool:
    """Whether libyaml's ``exc`` is its own nesting level (0.2.6: "exceeded maximum
    nesting depth" while increasing the flow or block level), not an error in the text."""
    return "nest" in f"{exc.problem or ''} {exc.context or ''}".lower()


def _read(
    parser_class: Any, text: str, file: str, limits: Limits
) -> tuple[Any, Refs, RecordedPositions]:
    in_python = issubclass(parser_class, yaml.SafeLoader)  # else libyaml's CParser
    builder = _Builder(file, limits)
    parser: Any = None
    try:
        parser = parser_class(text)  # the pure-Python reader checks the text here
        return builder.run(parser)
    except yaml.MarkedYAMLError as exc:
        if not in_python and _is_nesting_limit(exc):
            raise _ParserNestingLimit from None
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problem = exc.problem or exc.context or "syntax error"
        message = f"YAML syntax error: {problem}"
        where = builder._pointer()  # the innermost member being read
        raise load_error("load.yaml", message, file, line, col, where) from None
    except yaml.reader.ReaderError as exc:
        if in_python:
            offset = exc.position  # the pure-Python reader counts characters
        else:  # libyaml reports a byte offset into the UTF-8 form of the text
            offset = len(text.encode("utf-8")[: exc.position].decode("utf-8", "ignore"))
        line, col = line_col(text, offset)
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        message = f"the text holds a character YAML does not allow (U+{character:04X})"
        raise load_error("load.yaml", message, file, line, col) from None
    except yaml.YAMLError as exc:
        message = " ".join(str(exc).split())
        raise load_error("load.yaml", f"YAML error: {message}", file) from None
    finally:
        if parser is not None:
            parser.dispose()


class _Builder:
    def __init__(self, file: str, limits: Limits) -> None:
        self.file = file
        self.limits = limits
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.plain: dict[str, Any] = {}  # plain scalar text -> value (a cache)
        self.refs: Refs = []
        self.nodes = 0  # nodes written out (aliases not expanded)
        self.biggest_alias: tuple[int, Any, str] = (0, None, "")
        self.marks: dict[int, list[int]] = {}  # id(container) -> its members' positions
        self.root_mark = 0

    def run(self, parser: Any) -> tuple[Any, Refs, RecordedPositions]:
        get = parser.get_event
        get()  # StreamStart
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            raise load_error("load.empty", "the file holds no YAML document", self.file)
        root = self._document(get)
        event = get()
        if not isinstance(event, yaml.StreamEndEvent):
            raise self._error(
                event.start_mark, "load.yaml", "expected one YAML document, found more"
            )
        self._check_expansion(root)
        return root[0], self.refs, RecordedPositions(root[0], self.marks, self.root_mark)

    def _document(self, get: Any) -> tuple[Any, int]:
        """Read one document's events into data (the hot loop: the common cases are
        inlined, anything unusual goes through the helper methods).

        ``size`` counts value nodes as the tree would expand with aliases; a
        container's size is the count at its end less the count at its start."""
        stack = self.stack
        anchors = self.anchors
        plain = self.plain
        marks_of = self.marks
        refs = self.refs
        max_depth = self.limits.max_depth
        nodes = 0
        size = 0
        top: _Frame | None = None
        while True:
            event = get()
            kind = event.__class__
            if kind is _Scalar:
                nodes += 1
                if top is not None and top.key is _MISSING and top.value.__class__ is dict:
                    text = event.value
                    if event.tag is None and event.anchor is None and text != "<<":
                        top.key = text
                        mark = top.key_mark = event.start_mark
                        top.marks.append((mark.line << 32) | mark.column)
                    else:
                        self._key(top, event)
                    continue
                size += 1
                if event.tag is None and event.anchor is None:
                    text = event.value
                    if event.style:
                        value = text  # quoted, literal or folded: always a string
                    else:
                        value = plain.get(text, _MISSING)
                        if value is _MISSING:
                            value = plain[text] = _implicit(text)
                else:
                    value = self._scalar(event)
                    if event.anchor is not None:
                        anchors[event.anchor] = (value, 1)
                start = event.start_mark
            elif kind is _MapStart or kind is _SeqStart:
                nodes += 1
                if (
                    event.tag is not None
                    or len(stack) >= max_depth
                    or (top is not None and top.key is _MISSING and top.value.__class__ is dict)
                ):
                    self._check_open(event, max_depth)  # raises, or accepts the tag
                if top is None:
                    pointer = ""
                elif top.value.__class__ is list:
                    pointer = f"{top.pointer}/{len(top.value)}"
                else:
                    token = top.key  # set: a container in key position was refused above
                    if token is _MERGE or "~" in token or "/" in token:
                        pointer = self._pointer()
                    else:
                        pointer = f"{top.pointer}/{token}"
                container: Any = {} if kind is _MapStart else []
                top = _Frame(container, event.start_mark, event.anchor, pointer)
                top.size = size
                size += 1
                stack.append(top)
                continue
            elif kind is _MapEnd or kind is _SeqEnd:
                frame = stack.pop()
                value = frame.value
                start = frame.mark
                marks_of[id(value)] = frame.marks
                if kind is _MapEnd:
                    if frame.merges:
                        self._merge(frame)
                    ref = value.get("$ref")
                    if ref.__class__ is str:
                        refs.append((frame.pointer, ref, value))
                if frame.anchor is not None:
                    anchors[frame.anchor] = (value, size - frame.size)
                top = stack[-1] if stack else None
            elif kind is _Alias:
                found = anchors.get(event.anchor)
                if found is None:
                    raise self._error(
                        event.start_mark, "load.yaml", f"undefined alias *{event.anchor}"
                    )
                value, expands_to = found
                start = event.start_mark
                if top is not None and top.key is _MISSING and top.value.__class__ is dict:
                    self._alias_key(top, value, event)
                    continue
                size += expands_to
                if expands_to > self.biggest_alias[0]:
                    self.biggest_alias = (expands_to, event.start_mark, self._pointer())
            else:  # DocumentStart/End carry nothing
                continue
            if top is None:
                self.root_mark = (start.line << 32) | start.column
                break
            container = top.value
            if container.__class__ is list:
                container.append(value)
                top.marks.append((start.line << 32) | start.column)
                continue
            key = top.key
            if key is _MERGE:
                (top.merges or self._new_merges(top)).append(value)
            elif key in container:
                raise self._error(top.key_mark, "load.duplicate-key", f"duplicate key {key!r}")
            else:
                container[key] = value
            top.key = _MISSING
        get()  # DocumentEnd
        self.nodes = nodes
        return (value, size)

    def _check_open(self, event: Any, max_depth: int) -> None:
        stack = self.stack
        if stack and stack[-1].key is _MISSING and stack[-1].value.__class__ is dict:
            raise self._error(event.start_mark, "load.key", "mapping keys must be plain scalars")
        if len(stack) >= max_depth:
            message, pointer = too_deep(max_depth, self._pointer())
            raise self._error(event.start_mark, "load.too-deep", message, pointer)
        if event.tag not in (None, "!", _TAG + "map", _TAG + "seq"):
            raise self._error(event.start_mark, "load.tag", f"unsupported YAML tag {event.tag!r}")

    def _key(self, frame: _Frame, event: Any) -> None:
        """A scalar in key position: its text is the key (``200:`` is "200")."""
        text = event.value
        if event.tag is not None:
            self._scalar(event)  # refuses tags we do not read
        elif text == "<<" and not event.style:
            text = _MERGE
        frame.key = text
        mark = frame.key_mark = event.start_mark
        if text is not _MERGE:
            frame.marks.append((mark.line << 32) | mark.column)
        if event.anchor is not None:
            self.anchors[event.anchor] = (event.value, 1)

    def _alias_key(self, frame: _Frame, value: Any, event: Any) -> None:
        if isinstance(value, dict | list):
            raise self._error(event.start_mark, "load.key", "mapping keys must be scalars")
        frame.key = "null" if value is None else str(value)
        mark = frame.key_mark = event.start_mark
        frame.marks.append((mark.line << 32) | mark.column)

    @staticmethod
    def _new_merges(frame: _Frame) -> list[Any]:
        frame.merges = []
        return frame.merges

    def _merge(self, frame: _Frame) -> None:
        """YAML merge keys: explicit keys win, earlier merged mappings win over later ones."""
        mapping = frame.value
        for merged in frame.merges or ():
            for source in merged if isinstance(merged, list) else [merged]:
                if not isinstance(source, dict):
                    raise self._error(frame.mark, "load.yaml", "a merge key needs mappings")
                for key, value in source.items():
                    mapping.setdefault(key, value)

    def _scalar(self, event: Any) -> Any:
        text: str = event.value
        tag = event.tag
        if event.style or tag == "!":
            return text  # quoted, literal or folded: always a string
        if tag is None:
            value = self.plain.get(text, _MISSING)
            if value is _MISSING:
                value = self.plain[text] = _implicit(text)
            return value
        if tag in _AS_TEXT:
            return text
        if tag in (_TAG + "int", _TAG + "float", _TAG + "bool", _TAG + "null"):
            return _construct(tag, text)
        raise self._error(event.start_mark, "load.tag", f"unsupported YAML tag {tag!r}")

    def _pointer(self) -> str:
        """JSON pointer of the value being read (at the top of the open frames)."""
        if not self.stack:
            return ""
        frame = self.stack[-1]
        if type(frame.value) is list:
            return f"{frame.pointer}/{len(frame.value)}"
        token = frame.key
        if token is _MISSING:
            return frame.pointer
        if token is _MERGE:
            token = "<<"
        if "~" in token or "/" in token:
            token = token.replace("~", "~0").replace("/", "~1")
        return f"{frame.pointer}/{token}"

    def _check_expansion(self, root: tuple[Any, int]) -> None:
        limits = self.limits
        budget = limits.max_alias_expansion * self.nodes + limits.alias_allowance
        if root[1] > budget:
            size, mark, pointer = self.biggest_alias
            raise self._error(
                mark,
                "load.alias-bomb",
                f"YAML aliases would expand {self.nodes:,} nodes to {root[1]:,}, more than "
                f"{limits.max_alias_expansion}x; refusing to expand (an alias here stands "
                f"for {size:,})",
                pointer,
            )

    def _error(self, mark: Any, code: str, message: str, pointer: str | None = None) -> Exception:
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        where = self._pointer() if pointer is None else pointer
        return load_error(code, message, self.file, line, col, where)


def _implicit(text: str) -> Any:
    """What PyYAML's resolver makes of a plain scalar, minus dates (kept as text)."""
    for tag, regexp in [*_IMPLICIT.get(text[:1], ()), *_IMPLICIT.get(None, ())]:
        if regexp.match(text):
            if tag in _AS_TEXT:
                return text
            return _construct(tag, text)
    return text


def _construct(tag: str, text: str) -> Any:
    if tag == _TAG + "null":
        return None
    node = yaml.ScalarNode(tag, text)
    try:
        if tag == _TAG + "int":
            return _constructor.construct_yaml_int(node)
        if tag == _TAG + "float":
            return _constructor.construct_yaml_float(node)
        return _constructor.construct_yaml_bool(node)
    except (ValueError, KeyError, yaml.YAMLError):
        return text
