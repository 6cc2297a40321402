"""Template contexts for API modules: endpoint descriptors and typed methods."""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Mapping
from typing import Any

from generator.ir import model as ir
from generator.ir.types import Nullable, TypeRef
from generator.render.doc_types import success_types
from generator.render.imports import ImportSet
from generator.render.pyliteral import clean_text, docstring, py_literal, py_str
from generator.render.typestr import Imports, annotation
from generator.runtime.exceptions import exception_class_for_status

_DECODING = {"json": "json", "text": "text", "bytes": "binary", "none": "none"}


def security_names(api: ir.Api) -> dict[str, str]:
    """Scheme key -> variable name in the generated ``security`` module."""
    return {s.key: s.name for s in api.security_schemes}


def api_module(
    api: ir.Api,
    tag: ir.Tag,
    security: dict[str, str],
    index: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """``index``: class name -> module, when the caller renders many API modules."""
    imports = Imports()
    used_security: set[str] = set()
    operations = [_operation(api, op, imports, security, used_security) for op in tag.operations]
    if index is None:
        index = {item.name: item.module for item in api.classes()}
    block = ImportSet()
    block.add_line("future", "from __future__ import annotations")
    for line in imports.stdlib:
        block.add_line("stdlib", line)
    block.add("stdlib", "collections.abc", ["Mapping"])
    block.add("stdlib", "typing", imports.typing)
    block.add("thirdparty", "pydantic", imports.pydantic)
    block.add("local", "..api_client", ["ApiClient", "AsyncApiClient"])
    endpoint_names = ["ApiResponse", "Endpoint"]
    if any(op["params"] for op in operations):
        endpoint_names.append("ParamSpec")
    if any(op["responses"] for op in operations):
        endpoint_names.append("ResponseSpec")
    block.add("local", "..endpoint", endpoint_names)
    block.add("local", "..model_base", imports.runtime)
    for name in imports.classes:
        block.add("local", f"..models.{index[name]}", [name])
    block.add("local", "..security", used_security)
    return {
        "class_name": tag.class_name,
        "async_class_name": tag.async_class_name,
        "doc": docstring(clean_text(tag.description) or f"Operations tagged {tag.name!r}.", 4),
        "operations": operations,
        "imports": block.render(),
    }


def _operation(
    api: ir.Api,
    op: ir.Operation,
    imports: Imports,
    security: dict[str, str],
    used_security: set[str],
) -> dict[str, Any]:
    wire_counts: dict[str, int] = {}
    for p in op.parameters:
        wire_counts[p.wire_name] = wire_counts.get(p.wire_name, 0) + 1
    params = []
    for p in op.parameters:
        key = p.name if wire_counts[p.wire_name] > 1 else p.wire_name
        spec = [py_str(p.wire_name), py_str(p.location)]
        spec.append(f"style={py_str(p.style)}")
        spec.append(f"explode={p.explode}")
        if p.required:
            spec.append("required=True")
        if p.allow_reserved:
            spec.append("allow_reserved=True")
        if p.content_type:
            spec.append(f"content_type={py_str(p.content_type)}")
        if key != p.wire_name:
            spec.append(f"key={py_str(key)}")
        params.append({"spec": f"ParamSpec({', '.join(spec)})", "key": py_str(key), "name": p.name})
    responses = []
    for r in op.responses:
        type_text = "None" if r.type is None else annotation(r.type, imports)
        args = [type_text, py_str(_DECODING[r.decode])]
        if r.media_type:
            args.append(py_str(r.media_type))
        responses.append((r.status, f"ResponseSpec({', '.join(args)})"))
    returns = return_type(op, imports)
    requirements = op.security if op.security is not None else api.security
    alternatives = []
    for requirement in requirements:
        names = [security[k] for k in requirement if k in security]
        used_security.update(names)
        alternatives.append(_tuple(names))
    signature_required, signature_optional = signature(op, imports)
    body = op.body
    return {
        "name": op.name,
        "const": f"_{op.name.upper()}",
        "operation_id": py_str(op.operation_id),
        "method": py_str(op.method),
        "path": py_str(op.path),
        "params": params,
        "params_tuple": _tuple([p["spec"] for p in params]),
        "params_dict": _dict([(p["key"], p["name"]) for p in params]),
        "responses_dict": _dict([(py_str(status), spec) for status, spec in responses]),
        "body_media_type": py_str(body.primary.media_type) if body else '""',
        "body_encoding": py_str(body.primary.encoding) if body else '""',
        "body_arg": body.name if body else "None",
        "media_choice": bool(body and len(body.contents) > 1),
        "responses": responses,
        "security": _tuple(alternatives),
        "deprecated": op.deprecated,
        "return_type": returns,
        "required": signature_required,
        "optional": signature_optional,
        "doc": docstring(_method_doc(op, returns, with_http_info=False), 8),
        "doc_info": docstring(_method_doc(op, returns, with_http_info=True), 8),
    }


def _tuple(items: list[str]) -> str:
    """A tuple display; with two or more items a magic trailing comma keeps it exploded."""
    if not items:
        return "()"
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)},)"


def _dict(items: list[tuple[str, str]]) -> str:
    """A dict display, exploded one item per line by its magic trailing comma."""
    if not items:
        return "{}"
    return "{" + ", ".join(f"{key}: {value}" for key, value in items) + ",}"


def return_type(op: ir.Operation, imports: Imports) -> str:
    """The generated method's return annotation: the types ``success_types`` lists."""
    parts: list[str] = []
    for t in success_types(op.responses):
        text = "None" if t is None else annotation(t, imports)
        if text not in parts:
            parts.append(text)
    if not parts:
        return "None"
    if "Any" in parts:
        return "Any"
    return " | ".join(parts)


def signature(op: ir.Operation, imports: Imports) -> tuple[list[str], list[str]]:
    """Required parameters (positional) and optional ones (keyword-only)."""
    required: list[str] = []
    optional: list[str] = []
    for p in op.parameters:
        text = annotation(p.type, imports)
        if p.required:
            required.append(f"{p.name}: {text}")
        else:
            optional.append(f"{p.name}: {_optional(p.type, text)} = None")
    if op.body is not None:
        types = []
        for content in op.body.contents:
            text = annotation(content.type, imports)
            if text not in types:
                types.append(text)
        text = "Any" if "Any" in types else " | ".join(types)
        if op.body.required:
            required.append(f"{op.body.name}: {text}")
        else:
            optional.append(f"{op.body.name}: {_optional(op.body.primary.type, text)} = None")
    return required, optional


def _optional(type_ref: TypeRef, text: str) -> str:
    if isinstance(type_ref, Nullable) or text == "Any" or text.endswith("| None"):
        return text
    return f"{text} | None"


def _method_doc(op: ir.Operation, return_type: str, *, with_http_info: bool) -> str:
    """Google-style docstring: summary, description, Args, Returns and Raises."""
    parts = [clean_text(op.summary) or f"{op.method} {op.path}"]
    description = clean_text(op.description)
    if description and description != parts[0]:
        parts.append(description)
    if op.deprecated:
        parts.append("Deprecated: the API marks this operation as deprecated.")
    args = []
    for p in op.parameters:
        said = clean_text(p.description) or f"{p.wire_name} ({p.location})"
        args.append(_arg(p.name, said, p.required, p.default))
    if op.body is not None:
        said = clean_text(op.body.description) or "the request body"
        args.append(_arg(op.body.name, said, op.body.required, ir.MISSING))
    if args:
        parts.append("Args:\n" + "\n".join(args))
    parts.append("Returns:\n" + _returns(op, return_type, with_http_info))
    parts.append("Raises:\n" + "\n".join(_raises(op)))
    return "\n\n".join(parts)


_WIDTH = 100 - 12
"""Width of an Args entry: the line length less the method body's indent (8) and the
entry's (4)."""


def _arg(name: str, description: str, required: bool, default: Any) -> str:
    """One Google-style Args entry: the description, then whether it is required and
    the server's default; a one-paragraph description is wrapped at the line length."""
    text = description.rstrip()
    if not text.endswith((".", "!", "?", ":")):
        text += "."
    text += " Required." if required else " Optional"
    if not required:
        shown = "" if default is ir.MISSING else _default_text(default)
        text += f"; the server's default is {shown}." if shown else "."
    return _entry(name, text)


@functools.lru_cache(maxsize=4096)
def _entry(head: str, text: str) -> str:
    """``head: text`` as a docstring section entry, wrapped unless it has paragraphs."""
    if "\n" in text:
        return f"    {head}: " + text.replace("\n", "\n        ")
    lines = textwrap.wrap(
        f"{head}: {text}",
        width=_WIDTH,
        subsequent_indent="    ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "    " + "\n    ".join(lines)


def _default_text(value: Any) -> str:
    try:
        return f"``{py_literal(value)}``" if len(repr(value)) <= 40 else ""
    except ValueError:
        return ""


def _returns(op: ir.Operation, return_type: str, with_http_info: bool) -> str:
    success = [r for r in op.responses if r.status.startswith("2")]
    said = "; ".join(
        f"{r.status}: {_one_line(r.description)}" if r.description else r.status for r in success
    )
    body = f"the decoded body of a 2xx response ({said})" if said else "the decoded body"
    redirects = [r for r in op.responses if r.status.startswith("3")]
    if redirects and success:
        listed = "; ".join(
            f"{r.status}: {_one_line(r.description)}" if r.description else r.status
            for r in redirects
        )
        body += f", or of a declared 3xx, which is returned, not followed ({listed})"
    if return_type == "None":
        body = f"nothing: the response has no body ({said})" if said else "nothing"
    if with_http_info:
        return _entry(f"ApiResponse[{return_type}]", f"the status, headers and {body}.")
    return _entry(return_type, f"{body}.")


def _raises(op: ir.Operation) -> list[str]:
    """The exception each declared error status raises (runtime/exceptions.py decides)."""
    lines = []
    for r, cls in raised(op):
        said = f": {_one_line(r.description)}" if r.description else ""
        lines.append(_entry(cls, f"status {r.status}{said}"))
    lines.append("    ApiException: any other error status.")
    lines.append("    ResponseDecodeError: a success body that does not decode.")
    lines.append("    ApiTransportError: the request could not be sent or its response read.")
    return lines


def raised(op: ir.Operation) -> list[tuple[ir.Response, str]]:
    """Each declared error response and the exception class it raises."""
    out = []
    has_success = any(r.status.startswith("2") for r in op.responses)
    for r in op.responses:
        # "default" is the error case only beside a declared success (§4.8.16); a
        # declared 3xx is returned (see return_type).
        if r.status[:1] not in "45" and not (r.status == "default" and has_success):
            continue
        if r.status.isdigit():
            cls = exception_class_for_status(int(r.status)).__name__
        else:
            cls = "ServiceException" if r.status.upper() == "5XX" else "ApiException"
        out.append((r, cls))
    return out


def _one_line(text: str) -> str:
    return " ".join(clean_text(text).split())
