"""Paths, Operations, Parameters, Request Bodies, Responses (OpenAPI 3.x §4.8.8-4.8.17).

Discovery and build run the same walk (see ``schemas``); names of methods and
parameters are claimed here, in sorted order, per API class and per operation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.ir import model as ir
from generator.ir.types import AnyValue, ModelRef, Primitive, TypeRef
from generator.load.document import SourceFile, join_pointer
from generator.naming import (
    PARAMETER_RESERVED,
    Namespace,
    attribute_name,
    make_identifier,
    pascal_case,
    snake_case,
)
from generator.parse.composition import flattened
from generator.parse.constraints import constraints_of
from generator.parse.context import text
from generator.parse.schemas import SchemaParser

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


@dataclass
class RawOperation:
    """An operation found in ``paths``, before its names are final."""

    method: str
    path: str
    pointer: str
    spec: dict[str, Any]
    path_params: list[Any]
    operation_id: str
    tags: tuple[str, ...]
    desired: str
    name: str = ""
    homes: tuple[str, ...] = ()
    """Keys of the API classes it lives in (``parse.tags``)."""


@dataclass
class OperationParser:
    schemas: SchemaParser
    raw: list[RawOperation] = field(default_factory=list)

    @property
    def root(self) -> SourceFile:
        return self.schemas.document.root

    def discover(self) -> list[RawOperation]:
        paths = self.schemas.document.data.get("paths") or {}
        found: list[RawOperation] = []
        for path in sorted(paths) if isinstance(paths, dict) else []:
            item = self._deref(paths[path], join_pointer("/paths", path))
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
                tags = tuple(t for t in spec.get("tags") or [] if isinstance(t, str)) or (
                    "default",
                )
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
        self.raw = found
        for op in found:
            self._walk(op)  # discovery of inline schemas
        return found

    def _deref(self, value: Any, pointer: str) -> Any:
        try:
            return self.schemas.document.deref(value, self.root, pointer).value
        except KeyError:
            return None

    def build(self, op: RawOperation) -> ir.Operation:
        return self._walk(op)

    def _walk(self, op: RawOperation) -> ir.Operation:
        building = self.schemas.building
        hint = _pascal_hint(op)
        space = Namespace("parameter", reserved=PARAMETER_RESERVED)
        params = self._parameters(op, hint, space if building else None)
        body = self._body(op, hint, space if building else None)
        responses = self._responses(op, hint)
        security = op.spec.get("security")
        return ir.Operation(
            op.name,
            op.operation_id,
            op.method,
            op.path,
            self.schemas.ctx.origin(self.root, op.pointer),
            parameters=tuple(params),
            body=body,
            responses=tuple(responses),
            summary=text(op.spec.get("summary")),
            description=text(op.spec.get("description")),
            deprecated=op.spec.get("deprecated") is True,
            security=_requirements(security) if isinstance(security, list) else None,
            tags=op.tags,
        )

    def _parameters(
        self, op: RawOperation, hint: str, space: Namespace | None
    ) -> list[ir.Parameter]:
        merged: dict[tuple[str, str], tuple[Any, str, SourceFile]] = {}
        sources = [
            (op.path_params, join_pointer("/paths", op.path, "parameters")),
            (list(op.spec.get("parameters") or []), join_pointer(op.pointer, "parameters")),
        ]
        for items, base in sources:
            for index, raw in enumerate(items):
                pointer = join_pointer(base, index)
                try:
                    target = self.schemas.document.deref(raw, self.root, pointer)
                except KeyError:
                    continue
                spec = target.value
                if not isinstance(spec, dict) or spec.get("in") not in _DEFAULT_STYLE:
                    continue
                merged[(str(spec.get("name")), spec["in"])] = (spec, target.pointer, target.file)
        for wire in _template_names(op.path):
            if (wire, "path") not in merged:
                # The path template names it but nothing declares it: the
                # request cannot be built without it, so it becomes a string.
                if space is not None:
                    self.schemas.ctx.report(
                        "parameter.undeclared-path",
                        f"path parameter {wire!r} is used in the path but not declared; "
                        "generated as a required string",
                        self.root,
                        op.pointer,
                    )
                spec = {"name": wire, "in": "path", "required": True, "schema": {"type": "string"}}
                merged[(wire, "path")] = (spec, op.pointer, self.root)
        ordered = sorted(
            merged.items(), key=lambda kv: (not kv[1][0].get("required", False), kv[0][1] != "path")
        )
        out: list[ir.Parameter] = []
        for (wire, location), (spec, pointer, source) in ordered:
            schema, schema_pointer = spec.get("schema"), join_pointer(pointer, "schema")
            content_type = ""
            if schema is None and isinstance(spec.get("content"), dict) and spec["content"]:
                content_type = sorted(spec["content"])[0]
                media_spec = spec["content"][content_type]
                schema = media_spec.get("schema") if isinstance(media_spec, dict) else None
                schema_pointer = join_pointer(pointer, "content", content_type, "schema")
            type_ref = self.schemas.type_for(
                schema if schema is not None else {"type": "string"},
                source,
                schema_pointer,
                f"{hint}{_pascal(wire)}",
            )
            if space is None:
                continue
            renamed = len(space.renames)
            name = space.claim(wire, attribute_name(wire, fallback="param"), pointer=pointer)
            self.schemas.ctx.report_renames(space.renames[renamed:], source)
            required = location == "path" or spec.get("required") is True
            schema_dict = schema if isinstance(schema, dict) else {}
            location = spec["in"]
            style = str(spec.get("style") or _DEFAULT_STYLE[location])
            explode = spec.get("explode")
            out.append(
                ir.Parameter(
                    name,
                    wire,
                    location,
                    type_ref,
                    required,
                    self.schemas.ctx.origin(source, pointer),
                    description=text(spec.get("description")),
                    default=schema_dict.get("default", ir.MISSING),
                    example=spec.get("example", schema_dict.get("example", ir.MISSING)),
                    style=style,
                    explode=explode if isinstance(explode, bool) else style == "form",
                    deprecated=spec.get("deprecated") is True,
                    constraints=constraints_of(self._schema_dict(schema, source, schema_pointer)),
                    allow_reserved=location == "query" and spec.get("allowReserved") is True,
                    content_type=content_type,
                )
            )
        return out

    def _schema_dict(self, schema: Any, source: SourceFile, pointer: str) -> dict[str, Any]:
        """The parameter's schema, with the constraints of its ``allOf`` parts (every part
        applies, JSON Schema Core §10.2.1.1)."""
        try:
            target = self.schemas.document.deref(schema, source, pointer)
        except KeyError:
            return {}
        if not isinstance(target.value, dict):
            return {}
        return flattened(self.schemas, target.value, target.file, target.pointer)

    def _body(self, op: RawOperation, hint: str, space: Namespace | None) -> ir.RequestBody | None:
        raw = op.spec.get("requestBody")
        if raw is None:
            return None
        pointer = join_pointer(op.pointer, "requestBody")
        try:
            target = self.schemas.document.deref(raw, self.root, pointer)
        except KeyError:
            return None
        spec = target.value
        content = spec.get("content") if isinstance(spec, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        contents: list[ir.MediaBody] = []
        for media in _media_order(content):
            media_pointer = join_pointer(target.pointer, "content", media)
            schema = (
                (content[media] or {}).get("schema") if isinstance(content[media], dict) else None
            )
            encoding = _encoding(media)
            if schema is None:
                type_ref: TypeRef = (
                    Primitive("string", "binary") if encoding == "binary" else AnyValue()
                )
            else:
                type_ref = self.schemas.type_for(
                    schema, target.file, join_pointer(media_pointer, "schema"), f"{hint}Request"
                )
            contents.append(ir.MediaBody(media, type_ref, encoding))
        if space is None:
            return None
        primary = contents[0].type
        desired = attribute_name(primary.name) if isinstance(primary, ModelRef) else "body"
        renamed = len(space.renames)
        name = space.claim("requestBody", desired, pointer=pointer)
        self.schemas.ctx.report_renames(space.renames[renamed:], target.file)
        return ir.RequestBody(
            name,
            spec.get("required") is True,
            self.schemas.ctx.origin(target.file, target.pointer),
            tuple(contents),
            description=text(spec.get("description")),
        )

    def _responses(self, op: RawOperation, hint: str) -> list[ir.Response]:
        responses = op.spec.get("responses")
        out: list[ir.Response] = []
        if not isinstance(responses, dict):
            return out
        for status in sorted(responses, key=_status_order):
            pointer = join_pointer(op.pointer, "responses", status)
            try:
                target = self.schemas.document.deref(responses[status], self.root, pointer)
            except KeyError:
                continue
            spec = target.value if isinstance(target.value, dict) else {}
            content = spec.get("content") if isinstance(spec.get("content"), dict) else {}
            if content and str(status) in ("204", "205", "304"):
                # HTTP forbids a body on these; servers send none, whatever the spec says.
                self.schemas.ctx.report(
                    "response.body-not-allowed",
                    f"a {status} response cannot have a body; its content is ignored",
                    target.file,
                    join_pointer(target.pointer, "content"),
                )
                content = {}
            media_type, type_ref = "", None
            decode: Literal["json", "text", "bytes", "none"] = "none"
            if content:
                media_type = _media_order(content)[0]
                media_spec = content[media_type] if isinstance(content[media_type], dict) else {}
                decode = _decode(media_type)
                schema = media_spec.get("schema")
                if decode == "json":
                    type_ref = (
                        self.schemas.type_for(
                            schema,
                            target.file,
                            join_pointer(target.pointer, "content", media_type, "schema"),
                            f"{hint}Response{status.upper() if status != 'default' else 'Default'}",
                        )
                        if schema is not None
                        else AnyValue()
                    )
                else:
                    type_ref = Primitive("string", "" if decode == "text" else "binary")
            headers = self._headers(spec, target.file, target.pointer, hint)
            out.append(
                ir.Response(
                    str(status),
                    text(spec.get("description")),
                    self.schemas.ctx.origin(target.file, target.pointer),
                    media_type,
                    type_ref,
                    decode,
                    headers,
                )
            )
        return out

    def _headers(
        self, spec: dict[str, Any], source: SourceFile, pointer: str, hint: str
    ) -> tuple[ir.Header, ...]:
        headers: dict[str, Any] = spec["headers"] if isinstance(spec.get("headers"), dict) else {}
        out: list[ir.Header] = []
        for name in sorted(headers):
            header_pointer = join_pointer(pointer, "headers", name)
            try:
                target = self.schemas.document.deref(headers[name], source, header_pointer)
            except KeyError:
                continue
            value = target.value if isinstance(target.value, dict) else {}
            schema = value.get("schema") or {"type": "string"}
            type_ref = self.schemas.type_for(
                schema,
                target.file,
                join_pointer(target.pointer, "schema"),
                f"{hint}{_pascal(name)}",
            )
            out.append(
                ir.Header(
                    name, type_ref, text(value.get("description")), value.get("required") is True
                )
            )
        return tuple(out)


def _template_names(path: str) -> list[str]:
    return re.findall(r"\{([^{}/]+)\}", path)


def _requirements(security: list[Any]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(sorted(str(k) for k in requirement))
        for requirement in security
        if isinstance(requirement, dict)
    )


def _pascal(text_value: str) -> str:
    return pascal_case(text_value)


def _pascal_hint(op: RawOperation) -> str:
    return _pascal(op.operation_id) if op.operation_id else _pascal(op.desired)


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


def _decode(media: str) -> Literal["json", "text", "bytes", "none"]:
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
