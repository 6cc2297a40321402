"""Paths, Operations, Parameters, Request Bodies, Responses (OpenAPI 3.x §4.8.8-4.8.17).

Each operation's schemas are located once (``parse.operation_slots``) and read by
both passes: discovery asks their types only to find the classes they need; the
build pass claims parameter names (sorted, per operation) and builds the IR.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from generator.ir import model as ir
from generator.ir.types import AnyValue, ModelRef, Primitive, TypeRef
from generator.load.document import Document, SourceFile, join_pointer
from generator.naming import (
    PARAMETER_RESERVED,
    Namespace,
    attribute_name,
    pascal_case,
)
from generator.parse.constraints import constraints_of
from generator.parse.context import Context, text
from generator.parse.discovered import RawOperation
from generator.parse.fields import flattened
from generator.parse.operation_slots import (
    DEFAULT_STYLE,
    BodySlot,
    Media,
    ParamSlot,
    ResponseSlot,
    body_slot,
    decoding,
    parameter_slots,
    response_slots,
)
from generator.parse.schemas import SchemaParser


@dataclass
class OperationParser:
    ctx: Context
    schemas: SchemaParser

    @property
    def root(self) -> SourceFile:
        return self.ctx.document.root

    @property
    def document(self) -> Document:
        return self.ctx.document

    def discover(self, op: RawOperation) -> None:
        """Discovery: the classes the operation's schemas need (names come later)."""
        hint = _pascal_hint(op)
        for param in parameter_slots(self.document, op):
            self._parameter_type(param, hint)
        body = body_slot(self.document, op)
        if body is not None:
            for media in body.contents:
                self._media_type(media, body, hint)
        for response in response_slots(self.document, op):
            self._response_type(response, hint)
            self._headers(response, hint)

    def build(self, op: RawOperation) -> ir.Operation:
        """Build: the operation's IR, its parameter names claimed here."""
        hint = _pascal_hint(op)
        space = Namespace("parameter", reserved=PARAMETER_RESERVED)
        params = [
            self._parameter(slot, hint, space, op) for slot in parameter_slots(self.document, op)
        ]
        body = self._body(op, hint, space)
        responses = [self._response(slot, hint) for slot in response_slots(self.document, op)]
        security = op.spec.get("security")
        return ir.Operation(
            op.name,
            op.operation_id,
            op.method,
            op.path,
            self.ctx.origin(self.root, op.pointer),
            parameters=tuple(params),
            body=body,
            responses=tuple(responses),
            summary=text(op.spec.get("summary")),
            description=text(op.spec.get("description")),
            deprecated=op.spec.get("deprecated") is True,
            security=_requirements(security) if isinstance(security, list) else None,
            tags=op.tags,
        )

    # -- parameters ---------------------------------------------------------------

    def _parameter_type(self, slot: ParamSlot, hint: str) -> TypeRef:
        return self.schemas.type_for(
            slot.schema if slot.schema is not None else {"type": "string"},
            slot.source,
            slot.schema_pointer,
            f"{hint}{_pascal(slot.wire)}",
        )

    def _parameter(
        self, slot: ParamSlot, hint: str, space: Namespace, op: RawOperation
    ) -> ir.Parameter:
        if not slot.declared:
            self.ctx.report(
                "parameter.undeclared-path",
                f"path parameter {slot.wire!r} is used in the path but not declared; "
                "generated as a required string",
                self.root,
                op.pointer,
            )
        type_ref = self._parameter_type(slot, hint)
        spec, wire, source, pointer = slot.spec, slot.wire, slot.source, slot.pointer
        renamed = len(space.renames)
        name = space.claim(wire, attribute_name(wire, fallback="param"), pointer=pointer)
        self.ctx.report_renames(space.renames[renamed:], source)
        location = spec["in"]
        required = location == "path" or spec.get("required") is True
        schema_dict = slot.schema if isinstance(slot.schema, dict) else {}
        style = str(spec.get("style") or DEFAULT_STYLE[location])
        explode = spec.get("explode")
        return ir.Parameter(
            name,
            wire,
            location,
            type_ref,
            required,
            self.ctx.origin(source, pointer),
            description=text(spec.get("description")),
            default=schema_dict.get("default", ir.MISSING),
            example=spec.get("example", schema_dict.get("example", ir.MISSING)),
            style=style,
            explode=explode if isinstance(explode, bool) else style == "form",
            deprecated=spec.get("deprecated") is True,
            constraints=constraints_of(self._schema_dict(slot.schema, source, slot.schema_pointer)),
            allow_reserved=location == "query" and spec.get("allowReserved") is True,
            content_type=slot.content_type,
        )

    def _schema_dict(self, schema: Any, source: SourceFile, pointer: str) -> dict[str, Any]:
        """The parameter's schema, with the constraints of its ``allOf`` parts (every part
        applies, JSON Schema Core §10.2.1.1)."""
        try:
            target = self.document.deref(schema, source, pointer)
        except KeyError:
            return {}
        if not isinstance(target.value, dict):
            return {}
        return flattened(self.schemas, target.value, target.file, target.pointer)

    # -- request body ---------------------------------------------------------------

    def _media_type(self, media: Media, body: BodySlot, hint: str) -> TypeRef:
        if media.schema is None:
            return Primitive("string", "binary") if media.encoding == "binary" else AnyValue()
        return self.schemas.type_for(media.schema, body.source, media.pointer, f"{hint}Request")

    def _body(self, op: RawOperation, hint: str, space: Namespace) -> ir.RequestBody | None:
        body = body_slot(self.document, op)
        if body is None:
            return None
        contents = [
            ir.MediaBody(media.media, self._media_type(media, body, hint), media.encoding)
            for media in body.contents
        ]
        primary = contents[0].type
        desired = attribute_name(primary.name) if isinstance(primary, ModelRef) else "body"
        renamed = len(space.renames)
        name = space.claim("requestBody", desired, pointer=body.at)
        self.ctx.report_renames(space.renames[renamed:], body.source)
        return ir.RequestBody(
            name,
            body.spec.get("required") is True,
            self.ctx.origin(body.source, body.pointer),
            tuple(contents),
            description=text(body.spec.get("description")),
        )

    # -- responses ------------------------------------------------------------------

    def _response_type(self, slot: ResponseSlot, hint: str) -> TypeRef | None:
        if not slot.media_type:
            return None
        decode = decoding(slot.media_type)
        if decode != "json":
            return Primitive("string", "" if decode == "text" else "binary")
        if slot.schema is None:
            return AnyValue()
        status = slot.status.upper() if slot.status != "default" else "Default"
        return self.schemas.type_for(
            slot.schema,
            slot.source,
            join_pointer(slot.pointer, "content", slot.media_type, "schema"),
            f"{hint}Response{status}",
        )

    def _response(self, slot: ResponseSlot, hint: str) -> ir.Response:
        if slot.dropped_body:
            self.ctx.report(
                "response.body-not-allowed",
                f"a {slot.status} response cannot have a body; its content is ignored",
                slot.source,
                join_pointer(slot.pointer, "content"),
            )
        decode: Literal["json", "text", "bytes", "none"] = (
            decoding(slot.media_type) if slot.media_type else "none"
        )
        return ir.Response(
            slot.status,
            text(slot.spec.get("description")),
            self.ctx.origin(slot.source, slot.pointer),
            slot.media_type,
            self._response_type(slot, hint),
            decode,
            self._headers(slot, hint),
        )

    def _headers(self, slot: ResponseSlot, hint: str) -> tuple[ir.Header, ...]:
        spec = slot.spec
        headers: dict[str, Any] = spec["headers"] if isinstance(spec.get("headers"), dict) else {}
        out: list[ir.Header] = []
        for name in sorted(headers):
            header_pointer = join_pointer(slot.pointer, "headers", name)
            try:
                target = self.document.deref(headers[name], slot.source, header_pointer)
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
