"""Call every operation of a generated client with valid arguments built from the IR.

Arguments are the docs' example call (``generator.render.example_requests``) turned
into the method's own parameter types with pydantic, so what is sent is exactly what a
user of the typed client would send.
"""

from __future__ import annotations

import importlib
import typing
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter

from generator.ir import model as ir
from generator.render.example_requests import RequestExamples
from generator.render.examples import ExampleFactory, to_json


@dataclass
class CallResult:
    passed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    static: list[str] = field(default_factory=list)
    """Operations Prism could only serve in static mode (no response schema)."""
    declared_errors: list[str] = field(default_factory=list)
    """Operations that declare only error responses and raised one of them."""


def arguments(api: ir.Api, op: ir.Operation, method: Any) -> dict[str, Any]:
    """The docs' example call: its parameters (required ones, and optional ones the spec
    gives a value for) and, when required, its body."""
    requests = RequestExamples(ExampleFactory(api))
    hints = typing.get_type_hints(method)
    kwargs: dict[str, Any] = {}
    for item, value in requests.values(op):
        if isinstance(item, ir.RequestBody) and not item.required:
            continue
        kwargs[item.name] = _coerce(hints[item.name], to_json(value) if value else None)
    return kwargs


def _coerce(annotation: Any, data: Any) -> Any:
    if annotation is bytes:
        return data.encode() if isinstance(data, str) else b"data"
    return TypeAdapter(annotation).validate_python(data)


def call_all(api: ir.Api, package: str, client: Any, *, last: Collection[str] = ()) -> CallResult:
    """Call each operation once through its first tag's API class; the operations named
    in ``last`` (``"METHOD /path"``) after all others, since they may stop the server."""
    result = CallResult()
    seen: set[int] = set()
    calls: list[tuple[ir.Tag, ir.Operation]] = []
    for tag in api.tags:
        for op in tag.operations:
            if id(op) not in seen:
                seen.add(id(op))
                calls.append((tag, op))
    calls.sort(key=lambda call: f"{call[1].method} {call[1].path}" in last)
    for tag, op in calls:
        module = importlib.import_module(f"{package}.api.{tag.module}")
        method = getattr(getattr(module, tag.class_name)(client), op.name)
        label = f"{op.method} {op.path} ({tag.class_name}.{op.name})"
        try:
            kwargs = arguments(api, op, method)
            try:
                method(**kwargs)
            except Exception as exc:
                if not _prism_cannot_fake(exc):
                    raise
                # Prism cannot invent a body for a response without a schema;
                # its static mode answers those (an empty or example body).
                method(**kwargs, _headers={"Prefer": "dynamic=false"})
                result.static.append(label)
            result.passed.append(label)
        except Exception as exc:
            if _declared_error_outcome(op, exc):
                # The operation declares only error responses (the petstore's
                # `405 Invalid input`): raising that exception is its contract.
                result.passed.append(label)
                result.declared_errors.append(label)
                continue
            result.failed.append((label, f"{type(exc).__name__}: {exc}"[:500]))
    return result


def operation_key(label: str) -> str:
    """``"METHOD /path"`` of a result label."""
    return label.split(" (", 1)[0]


def _declared_error_outcome(op: ir.Operation, exc: Exception) -> bool:
    if any(r.status[:1] in "23" or r.status == "default" for r in op.responses):
        return False
    return str(getattr(exc, "status", "")) in {r.status for r in op.responses}


def _prism_cannot_fake(exc: Exception) -> bool:
    body = getattr(exc, "body", b"") or b""
    return getattr(exc, "status", 0) == 500 and b"Tried to force a dynamic response" in body
