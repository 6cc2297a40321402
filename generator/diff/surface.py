"""The generated client's surface: what Python code using it can name and call.

A compact, deterministic JSON value built from the IR: API classes and their methods
(positional and keyword parameters with annotations, return annotation, exception
classes), and every model, enum and union class. ``generate`` records it beside the
manifest, so the next run can say what a spec change did to the client even from a
clean clone; :mod:`generator.diff.python` compares two of them.
"""

from __future__ import annotations

import json
from typing import Any

from generator.ir import model as ir
from generator.render.apis import raised, return_type, signature
from generator.render.typestr import Imports, annotation

SURFACE_FORMAT = 1


def surface(api: ir.Api) -> dict[str, Any]:
    """The surface; locations are pointers, with a ``file`` only for what another file
    than the root spec defines (so the record does not depend on the spec's name)."""
    root = api.source_file
    apis: dict[str, Any] = {}
    for tag in api.tags:
        methods: dict[str, Any] = {}
        for op in tag.operations:
            methods[op.name] = _method(op, root)
        apis[tag.class_name] = {"module": tag.module, "tag": tag.name, "methods": methods}
    classes: dict[str, Any] = {}
    for model in api.models:
        classes[model.name] = {
            "kind": "model",
            "module": model.module,
            **_origin(model.origin, root),
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
            **_origin(enum.origin, root),
            "members": {json.dumps(m.value, sort_keys=True): m.name for m in enum.members},
        }
    for alias in api.aliases:
        classes[alias.name] = {
            "kind": "alias",
            "module": alias.module,
            **_origin(alias.origin, root),
            "type": annotation(alias.type, Imports()),
        }
    return {
        "format": SURFACE_FORMAT,
        "package": api.package_name,
        "version": api.version,
        "apis": apis,
        "classes": dict(sorted(classes.items())),
    }


def _origin(origin: ir.Origin, root: str) -> dict[str, str]:
    if origin.file == root:
        return {"pointer": origin.pointer}
    return {"file": origin.file, "pointer": origin.pointer}


def _method(op: ir.Operation, root: str) -> dict[str, Any]:
    imports = Imports()
    required, optional = signature(op, imports)
    return {
        "operation": f"{op.method} {op.path}",
        "operationId": op.operation_id,
        **_origin(op.origin, root),
        "positional": [_split(p) for p in required],
        "keyword": [_split(p.removesuffix(" = None")) for p in optional],
        "returns": return_type(op, imports),
        "raises": sorted({cls for _, cls in raised(op)}),
    }


def _split(parameter: str) -> list[str]:
    name, _, kind = parameter.partition(": ")
    return [name, kind]


_METHOD_KEYS = {
    "operation": str,
    "positional": list,
    "keyword": list,
    "returns": str,
    "raises": list,
}
_CLASS_KEYS = {"model": ("fields", dict), "enum": ("members", dict), "alias": ("type", str)}


def is_surface(value: Any) -> bool:
    """A recorded surface this version can compare with (the file is outside our
    control: an older format or a hand edit means "no record", not a crash)."""
    if not isinstance(value, dict) or value.get("format") != SURFACE_FORMAT:
        return False
    apis, classes = value.get("apis"), value.get("classes")
    if not isinstance(apis, dict) or not isinstance(classes, dict):
        return False
    for api in apis.values():
        methods = api.get("methods") if isinstance(api, dict) else None
        if not isinstance(methods, dict):
            return False
        for method in methods.values():
            if not isinstance(method, dict) or not all(
                isinstance(method.get(k), t) for k, t in _METHOD_KEYS.items()
            ):
                return False
    for entry in classes.values():
        kind = entry.get("kind") if isinstance(entry, dict) else None
        if kind not in _CLASS_KEYS or not isinstance(entry.get("module"), str):
            return False
        key, expected = _CLASS_KEYS[kind]
        if not isinstance(entry.get(key), expected):
            return False
        if kind == "model" and not all(
            isinstance(f, list) and len(f) == 4 for f in entry["fields"].values()
        ):
            return False
    return True


def surface_bytes(value: dict[str, Any]) -> bytes:
    """The recorded form: valid JSON with one line per method and per class, so a
    regenerate's change to it reads as a short diff in review."""

    def one(item: Any) -> str:
        return json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    lines = ["{", '"apis": {']
    apis = value.get("apis", {})
    for i, name in enumerate(sorted(apis)):
        api = apis[name]
        head = {k: v for k, v in sorted(api.items()) if k != "methods"}
        lines.append(f'{one(name)}: {one(head)[:-1]},"methods": {{')
        methods = api.get("methods", {})
        lines += _entries(methods, one)
        lines.append("}}" + ("," if i < len(apis) - 1 else ""))
    lines.append("},")
    lines.append('"classes": {')
    lines += _entries(value.get("classes", {}), one)
    lines.append("},")
    rest = [f"{one(k)}: {one(v)}" for k, v in sorted(value.items()) if k not in ("apis", "classes")]
    lines.append(",\n".join(rest))
    lines.append("}")
    return ("\n".join(lines) + "\n").encode()


def _entries(items: dict[str, Any], one: Any) -> list[str]:
    keys = sorted(items)
    return [
        f"{one(k)}: {one(items[k])}" + ("," if i < len(keys) - 1 else "")
        for i, k in enumerate(keys)
    ]
