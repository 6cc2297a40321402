"""Servers (§4.8.5), Security Schemes (§4.8.27) and webhooks/callbacks (3.1 §4.8.1, §4.8.18)."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Severity
from generator.ir import model as ir
from generator.load.document import Document, join_pointer
from generator.naming import SECURITY_RESERVED, Namespace, attribute_name
from generator.parse.context import Context, text

_KINDS = ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS")


def servers(data: dict[str, Any]) -> tuple[ir.Server, ...]:
    out: list[ir.Server] = []
    for server in data.get("servers") or []:
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        variables: dict[str, Any] = (
            server["variables"] if isinstance(server.get("variables"), dict) else {}
        )
        out.append(
            ir.Server(
                server["url"],
                text(server.get("description")),
                tuple(
                    ir.ServerVariable(
                        str(name),
                        str(spec.get("default", "")),
                        tuple(str(v) for v in spec.get("enum") or []),
                        text(spec.get("description")),
                    )
                    for name, spec in sorted(variables.items())
                    if isinstance(spec, dict)
                ),
            )
        )
    return tuple(out)


def security_schemes(data: dict[str, Any]) -> tuple[ir.SecurityScheme, ...]:
    components = data.get("components")
    found = components.get("securitySchemes") if isinstance(components, dict) else None
    schemes: dict[str, Any] = found if isinstance(found, dict) else {}
    out: list[ir.SecurityScheme] = []
    space = Namespace("security scheme", reserved=SECURITY_RESERVED)
    for key in sorted(schemes):
        spec = schemes[key]
        if not isinstance(spec, dict) or spec.get("type") not in _KINDS:
            continue
        flows: list[tuple[str, str, tuple[str, ...]]] = []
        for flow, flow_spec in sorted((spec.get("flows") or {}).items()):
            if isinstance(flow_spec, dict):
                url = text(flow_spec.get("tokenUrl")) or text(flow_spec.get("authorizationUrl"))
                scopes = tuple(sorted(str(s) for s in flow_spec.get("scopes") or {}))
                flows.append((str(flow), url, scopes))
        out.append(
            ir.SecurityScheme(
                str(key),
                spec["type"],
                scheme=text(spec.get("scheme")).lower(),
                location=text(spec.get("in")),
                param_name=text(spec.get("name")),
                bearer_format=text(spec.get("bearerFormat")),
                description=text(spec.get("description")),
                flows=tuple(flows),
                name=space.claim(str(key), attribute_name(str(key), fallback="scheme")),
            )
        )
    return tuple(out)


def webhooks(document: Document, ctx: Context) -> tuple[ir.Webhook, ...]:
    """3.1 webhooks and 3.0/3.1 callbacks: documented, never client methods."""
    out: list[ir.Webhook] = []
    data = document.data
    hooks = data.get("webhooks") if isinstance(data.get("webhooks"), dict) else {}
    for name in sorted(hooks):
        item = hooks[name]
        for method, op in sorted(item.items()) if isinstance(item, dict) else []:
            if isinstance(op, dict) and method.lower() in _METHODS:
                pointer = join_pointer("/webhooks", name, method)
                out.append(_hook(name, method, op, "", document, pointer))
    paths = data.get("paths") if isinstance(data.get("paths"), dict) else {}
    for path in sorted(paths):
        item = paths[path]
        for method, op in sorted(item.items()) if isinstance(item, dict) else []:
            callbacks = op.get("callbacks") if isinstance(op, dict) else None
            for cb_name in sorted(callbacks) if isinstance(callbacks, dict) else []:
                pointer = join_pointer("/paths", path, method, "callbacks", cb_name)
                parent = text(op.get("operationId")) or f"{method.upper()} {path}"
                out.append(_hook(cb_name, "", {}, parent, document, pointer))
    for hook in out:
        ctx.report(
            "webhook.documented",
            f"{'callback' if hook.parent else 'webhook'} {hook.name!r} is documented, "
            "not generated as a client method",
            document.root,
            hook.origin.pointer,
            Severity.INFO,
        )
    return tuple(out)


_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _hook(
    name: str, method: str, op: dict[str, Any], parent: str, document: Document, pointer: str
) -> ir.Webhook:
    return ir.Webhook(
        name,
        method.upper(),
        ir.Origin(document.root.display, pointer),
        summary=text(op.get("summary")),
        description=text(op.get("description")),
        parent=parent,
    )
