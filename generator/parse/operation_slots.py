"""Where an operation's schemas are (OpenAPI 3.x §4.8.10-4.8.17), read by both passes.

``find_operations`` lists the operations under ``paths``; ``parameter_slots``,
``body_slot`` and ``response_slots`` locate each operation's parameters (path-level
and operation-level merged), request body media and responses, with the schema of
each. Discovery asks these schemas' types only to find the classes they need; the
build pass (``parse.operations``) builds the IR from the same slots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from generator.load.document import Document, SourceFile, join_pointer
from generator.naming import make_identifier, snake_case
from generator.parse.context import text
from generator.parse.discovered import RawOperation

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def find_operations(document: Document) -> list[RawOperation]:
    """Every operation under ``paths``, in path order, with the method name it wants."""
    paths = document.data.get("paths") or {}
    found: list[RawOperation] = []
    for path in sorted(paths) if isinstance(paths, dict) else []:
        try:
            item = document.deref(paths[path], document.root, join_pointer("/paths", path)).value
        except KeyError:
            continue
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            spec = item.get(method)
            if not isinstance(spec, dict):
                continue
            pointer = join_pointer("/paths", path, method)
            op_id = text(spec.get("operationId"))
            desired = make_identifier(
                snake_case(op_id) or snake_case(f"{method} {path}"),
                fallback=method,
                prefix="op_",
            )
            tags = tuple(t for t in spec.get("tags") or [] if isinstance(t, str)) or ("default",)
            found.append(
                RawOperation(
                    method.upper(),
                    path,
                    pointer,
                    spec,
                    list(item.get("parameters") or []),
                    op_id,
                    tags,
                    desired or method,
                )
            )
    return found


@dataclass(frozen=True, slots=True)
class ParamSlot:
    wire: str
    spec: dict[str, Any]
    pointer: str
    source: SourceFile
    schema: Any
    schema_pointer: str
    content_type: str
    declared: bool


@dataclass(frozen=True, slots=True)
class Media:
    media: str
    schema: Any
    pointer: str
    encoding: Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True, slots=True)
class BodySlot:
    spec: dict[str, Any]
    source: SourceFile
    pointer: str
    at: str
    """Where the operation writes ``requestBody`` (a ``$ref`` or the body)."""
    contents: tuple[Media, ...]


@dataclass(frozen=True, slots=True)
class ResponseSlot:
    status: str
    spec: dict[str, Any]
    source: SourceFile
    pointer: str
    media_type: str
    schema: Any
    dropped_body: bool
    """A body declared where HTTP forbids one (ignored, reported by the build)."""


def parameter_slots(document: Document, op: RawOperation) -> list[ParamSlot]:
    """Path-level and operation-level parameters merged (the operation's win, by
    name and location), required ones first, path parameters before the rest."""
    merged: dict[tuple[str, str], tuple[Any, str, SourceFile, bool]] = {}
    sources = [
        (op.path_params, join_pointer("/paths", op.path, "parameters")),
        (list(op.spec.get("parameters") or []), join_pointer(op.pointer, "parameters")),
    ]
    for items, base in sources:
        for index, raw in enumerate(items):
            pointer = join_pointer(base, index)
            try:
                target = document.deref(raw, document.root, pointer)
            except KeyError:
                continue
            spec = target.value
            if not isinstance(spec, dict) or spec.get("in") not in DEFAULT_STYLE:
                continue
            key = (str(spec.get("name")), spec["in"])
            merged[key] = (spec, target.pointer, target.file, True)
    for wire in _template_names(op.path):
        if (wire, "path") not in merged:
            # The path template names it but nothing declares it: the
            # request cannot be built without it, so it becomes a string.
            spec = {"name": wire, "in": "path", "required": True, "schema": {"type": "string"}}
            merged[(wire, "path")] = (spec, op.pointer, document.root, False)
    ordered = sorted(
        merged.items(), key=lambda kv: (not kv[1][0].get("required", False), kv[0][1] != "path")
    )
    out: list[ParamSlot] = []
    for (wire, _), (spec, pointer, source, declared) in ordered:
        schema, schema_pointer = spec.get("schema"), join_pointer(pointer, "schema")
        content_type = ""
        if schema is None and isinstance(spec.get("content"), dict) and spec["content"]:
            content_type = sorted(spec["content"])[0]
            media_spec = spec["content"][content_type]
            schema = media_spec.get("schema") if isinstance(media_spec, dict) else None
            schema_pointer = join_pointer(pointer, "content", content_type, "schema")
        out.append(
            ParamSlot(wire, spec, pointer, source, schema, schema_pointer, content_type, declared)
        )
    return out


def body_slot(document: Document, op: RawOperation) -> BodySlot | None:
    raw = op.spec.get("requestBody")
    if raw is None:
        return None
    pointer = join_pointer(op.pointer, "requestBody")
    try:
        target = document.deref(raw, document.root, pointer)
    except KeyError:
        return None
    spec = target.value
    content = spec.get("content") if isinstance(spec, dict) else None
    if not isinstance(spec, dict) or not isinstance(content, dict) or not content:
        return None
    contents = []
    for media in _media_order(content):
        media_pointer = join_pointer(target.pointer, "content", media)
        schema = (content[media] or {}).get("schema") if isinstance(content[media], dict) else None
        contents.append(
            Media(media, schema, join_pointer(media_pointer, "schema"), _encoding(media))
        )
    return BodySlot(spec, target.file, target.pointer, pointer, tuple(contents))


def response_slots(document: Document, op: RawOperation) -> list[ResponseSlot]:
    responses = op.spec.get("responses")
    out: list[ResponseSlot] = []
    if not isinstance(responses, dict):
        return out
    for status in sorted(responses, key=_status_order):
        pointer = join_pointer(op.pointer, "responses", status)
        try:
            target = document.deref(responses[status], document.root, pointer)
        except KeyError:
            continue
        spec = target.value if isinstance(target.value, dict) else {}
        content = spec.get("content") if isinstance(spec.get("content"), dict) else {}
        # HTTP forbids a body on these; servers send none, whatever the spec says.
        dropped = bool(content) and str(status) in ("204", "205", "304")
        media_type, schema = "", None
        if content and not dropped:
            media_type = _media_order(content)[0]
            media_spec = content[media_type] if isinstance(content[media_type], dict) else {}
            schema = media_spec.get("schema")
        out.append(
            ResponseSlot(
                str(status), spec, target.file, target.pointer, media_type, schema, dropped
            )
        )
    return out


def _template_names(path: str) -> list[str]:
    return re.findall(r"\{([^{}/]+)\}", path)


def _media_order(content: dict[str, Any]) -> list[str]:
    """JSON first, then forms, binary, text; the spec's order breaks ties."""

    def rank(media: str) -> int:
        base = media.split(";")[0].strip().lower()
        if base == "application/json":
            return 0
        if base.endswith("+json") or base.endswith("/json"):
            return 1
        if base == "application/x-www-form-urlencoded":
            return 2
        if base == "multipart/form-data":
            return 3
        if base.startswith("text/"):
            return 5
        return 4

    return sorted(content, key=rank)


def _encoding(media: str) -> Literal["json", "form", "multipart", "binary", "text"]:
    base = media.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json") or base.endswith("/json"):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "binary"


def decoding(media: str) -> Literal["json", "text", "bytes", "none"]:
    encoding = _encoding(media)
    if encoding == "json":
        return "json"
    if encoding == "text" or media.split(";")[0].strip().lower() in (
        "application/xml",
        "application/yaml",
    ):
        return "text"
    return "bytes"


def _status_order(status: str) -> tuple[int, str]:
    code = str(status)
    if code == "default":
        return (2, code)
    return (0 if code.startswith("2") else 1, code)
