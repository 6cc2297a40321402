"""What an API page says about each operation, computed once for both doc styles.

Every string here is final Markdown: spec text has been escaped for its context
(``md_text``, ``md_cell``, ``md_inline``) and types are linked to their pages.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from generator.ir.model import MISSING, Api, Operation, Parameter, Response, Tag
from generator.render.doc_programs import ProgramBuilder
from generator.render.doc_types import (
    linked_type,
    plain_type,
    returned,
    string_format,
    success_types,
)
from generator.render.markdown import (
    fence_for,
    md_cell,
    md_code,
    md_code_cell,
    md_inline,
    md_link_text,
    md_text,
)

_EXCEPTIONS = {
    400: "BadRequestException",
    401: "UnauthorizedException",
    403: "ForbiddenException",
    404: "NotFoundException",
    409: "ConflictException",
    422: "UnprocessableEntityException",
    429: "TooManyRequestsException",
}


def exception_for(status: str) -> str:
    """The client's exception class for an error status (see ``docs/generated-client.md``)."""
    if status.isdigit():
        code = int(status)
        if code in _EXCEPTIONS:
            return _EXCEPTIONS[code]
        if 500 <= code < 600:
            return "ServiceException"
    elif status.upper() == "5XX":
        return "ServiceException"
    return "ApiException"


def is_success(status: str) -> bool:
    return returned(status)


@dataclass(frozen=True, slots=True)
class ParamRow:
    name: str
    wire_name: str
    location: str
    type_md: str
    required: bool
    description_md: str
    notes_md: str


@dataclass(frozen=True, slots=True)
class StatusRow:
    status: str
    anchor: str
    description_md: str
    headers_md: str
    body_md: str
    media_type: str
    success: bool
    exception: str
    header_rows: list[tuple[str, str, str]]


@dataclass(frozen=True, slots=True, kw_only=True)
class OperationView:
    """An operation as the docs show it; the README's tables need only the row (the
    fields without a default), the API pages all of it."""

    name: str
    operation_id: str
    anchor: str
    method: str
    path_md: str
    summary_inline: str
    deprecated: bool
    path_code: str = ""
    summary_md: str = ""
    description_md: str = ""
    signature: str = ""
    example: str = ""
    example_fence: str = ""
    params: list[ParamRow] = field(default_factory=list)
    return_plain: str = ""
    return_md: str = ""
    auth: list[str] = field(default_factory=list)
    content_types: str = ""
    accept: str = ""
    responses: list[StatusRow] = field(default_factory=list)
    body_rows: list[tuple[str, str]] = field(default_factory=list)
    """(media type as code, linked type) per request media type; empty: no body."""
    body_required: bool = False
    body_description_md: str = ""


def _default_note(value: object) -> str:
    return md_code_cell(json.dumps(value, ensure_ascii=False))


def param_notes(param: Parameter) -> str:
    notes: list[str] = [] if param.required else ["[optional]"]
    notes.append(f"{param.location} parameter" + _wire_note(param.name, param.wire_name))
    if param.default is not MISSING:
        notes.append(f"[default to {_default_note(param.default)}]")
    fmt = string_format(param.type)
    if fmt:
        notes.append(f"format: {md_cell(fmt)}")
    if param.deprecated:
        notes.append("**deprecated**")
    return "; ".join(notes)


def _wire_note(name: str, wire_name: str) -> str:
    return f" {md_code_cell(wire_name)}" if wire_name != name else ""


class OperationViews:
    """Builds ``OperationView``s; ``link(name)`` is the page of a class, relative to docs/."""

    def __init__(self, api: Api, programs: ProgramBuilder, link: Callable[[str], str]) -> None:
        self.api = api
        self.programs = programs
        self.link = link
        self.schemes = {s.key: s for s in api.security_schemes}

    def row(self, op: Operation) -> OperationView:
        """What the README's tables show of the operation (name, method, path, summary)."""
        return OperationView(
            name=op.name,
            operation_id=op.operation_id,
            anchor=op.name,
            method=op.method.upper(),
            path_md=md_cell(op.path),
            summary_inline=md_inline(op.summary),
            deprecated=op.deprecated,
        )

    def view(self, tag: Tag, op: Operation) -> OperationView:
        example = self.programs.operation_program(tag, op)
        returns = success_types(op.responses)
        typed = [t for t in returns if t is not None]
        return_plain = " | ".join(plain_type(t) for t in typed)
        return_md = " \\| ".join(linked_type(t, self.link) for t in typed)
        if typed and None in returns:
            return_plain += " | None"
            return_md += " \\| None"
        return_md = return_md or "void (empty response body)"
        required = [p.name for p in op.parameters if p.required]
        if op.body is not None and op.body.required:
            required.append(op.body.name)
        signature = f"{op.name}({', '.join(required)})"
        if return_plain:
            signature = f"{return_plain} {signature}"
        content_types = (
            ", ".join(md_inline(m.media_type) for m in op.body.contents) if op.body else ""
        )
        accept = ", ".join(
            dict.fromkeys(md_inline(r.media_type) for r in op.responses if r.media_type)
        )
        return replace(
            self.row(op),
            path_code=md_code(f"{op.method.upper()} {op.path}"),
            summary_md=md_text(op.summary),
            description_md=md_text(op.description) if op.description != op.summary else "",
            signature=signature,
            example=example,
            example_fence=fence_for(example),
            params=self.param_rows(op),
            return_plain=return_plain,
            return_md=return_md,
            auth=self.auth(op),
            content_types=content_types or "Not defined",
            accept=accept or "Not defined",
            responses=[self.status_row(op, r) for r in op.responses],
            body_rows=[
                (md_code_cell(m.media_type), linked_type(m.type, self.link))
                for m in (op.body.contents if op.body else ())
            ],
            body_required=op.body is not None and op.body.required,
            body_description_md=md_text(op.body.description) if op.body else "",
        )

    def param_rows(self, op: Operation) -> list[ParamRow]:
        rows = [
            ParamRow(
                name=p.name,
                wire_name=p.wire_name,
                location=p.location,
                type_md=linked_type(p.type, self.link),
                required=p.required,
                description_md=md_cell(p.description),
                notes_md=param_notes(p),
            )
            for p in op.parameters
        ]
        if op.body is not None:
            body = op.body
            notes = [] if body.required else ["[optional]"]
            notes.append("request body")
            if len(body.contents) > 1:
                others = ", ".join(md_code_cell(m.media_type) for m in body.contents[1:])
                notes.append(f"also accepts {others} (pass `_content_type=`)")
            rows.append(
                ParamRow(
                    name=body.name,
                    wire_name="",
                    location="body",
                    type_md=linked_type(body.primary.type, self.link),
                    required=body.required,
                    description_md=md_cell(body.description),
                    notes_md="; ".join(notes),
                )
            )
        return rows

    def auth(self, op: Operation) -> list[str]:
        """One Markdown line per security alternative; empty: no authorization."""
        alternatives = op.security if op.security is not None else self.api.security
        lines: list[str] = []
        for alt in alternatives:
            if not alt:
                lines.append("No authorization (anonymous access allowed)")
                continue
            names = [f"[{md_link_text(key)}](../README.md#{auth_anchor(key)})" for key in alt]
            lines.append(" and ".join(names))
        return lines if any(alt for alt in alternatives) else []

    def status_row(self, op: Operation, r: Response) -> StatusRow:
        headers = [(h.name, plain_type(h.type), h.description) for h in r.headers]
        headers_md = (
            "<br>".join(
                f"{md_code_cell(name)} ({md_cell(type_)}): {md_cell(desc)}".rstrip(": ")
                for name, type_, desc in headers
            )
            or " - "
        )
        body_md = linked_type(r.type, self.link) if r.type is not None else ""
        return StatusRow(
            status=r.status,
            anchor=f"{op.name}-{r.status.lower()}",
            description_md=md_cell(r.description),
            headers_md=headers_md,
            body_md=body_md,
            media_type=r.media_type,
            success=is_success(r.status),
            exception=exception_for(r.status),
            header_rows=[(md_code_cell(n), md_cell(t), md_cell(d)) for n, t, d in headers],
        )


def auth_anchor(key: str) -> str:
    return "auth-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in key.lower())
