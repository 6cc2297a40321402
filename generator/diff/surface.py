"""The generated client's surface: what Python code using it can name and call.

A compact, deterministic JSON value built from the IR: API classes and their methods
(positional and keyword parameters with annotations, return annotation, exception
classes), and every model, enum and union class. ``generate`` records it beside the
manifest, so the next run can say what a spec change did to the client even from a
clean clone; :mod:`generator.diff.python` compares two of them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.ir import model as ir
from generator.render.apis import raised, return_type, signature
from generator.render.typestr import Imports, annotation

SURFACE_FORMAT = 1
_TEMPLATE = re.compile(r"\{[^}/]*\}")


def surface(api: ir.Api) -> dict[str, Any]:
    apis: dict[str, Any] = {}
    for tag in api.tags:
        methods: dict[str, Any] = {}
        for op in tag.operations:
            methods[op.name] = _method(op)
        apis[tag.class_name] = {"module": tag.module, "tag": tag.name, "methods": methods}
    classes: dict[str, Any] = {}
    for model in api.models:
        classes[model.name] = {
            "kind": "model",
            "module": model.module,
            **_origin(model.origin),
            "bases": list(model.bases),
            "fields": {
                f.wire_name: [f.name, annotation(f.type, Imports()), f.required, f.origin.pointer]
                for f in model.fields
            },
        }
    for enum in api.enums:
        classes[enum.name] = {
            "kind": "enum",
            "module": enum.module,
            **_origin(enum.origin),
            "members": {json.dumps(m.value, sort_keys=True): m.name for m in enum.members},
        }
    for alias in api.aliases:
        classes[alias.name] = {
            "kind": "alias",
            "module": alias.module,
            **_origin(alias.origin),
            "type": annotation(alias.type, Imports()),
        }
    return {
        "format": SURFACE_FORMAT,
        "package": api.package_name,
        "version": api.version,
        "apis": apis,
        "classes": dict(sorted(classes.items())),
    }


def _origin(origin: ir.Origin) -> dict[str, str]:
    return {"file": origin.file, "pointer": origin.pointer}


def _method(op: ir.Operation) -> dict[str, Any]:
    imports = Imports()
    required, optional = signature(op, imports)
    return {
        "operation": f"{op.method} {op.path}",
        "match": f"{op.method} {_TEMPLATE.sub('{}', op.path)}",
        "operationId": op.operation_id,
        **_origin(op.origin),
        "positional": [_split(p) for p in required],
        "keyword": [_split(p.removesuffix(" = None")) for p in optional],
        "returns": return_type(op, imports),
        "raises": sorted({cls for _, cls in raised(op)}),
    }


def _split(parameter: str) -> list[str]:
    name, _, kind = parameter.partition(": ")
    return [name, kind]


def surface_bytes(value: dict[str, Any]) -> bytes:
    """The recorded form: sorted keys, one line per entry, a final newline."""
    return (json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()
