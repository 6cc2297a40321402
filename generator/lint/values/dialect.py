"""How OpenAPI's schema spelling becomes plain JSON Schema for the value checks:
3.0 ``nullable``, the readOnly/writeOnly exemption from ``required``, the 3.0
discriminator, and enums the meta-schema wants without repeats."""

from __future__ import annotations

import json
from typing import Any

BRANCHES = ("oneOf", "anyOf", "allOf")


def discriminated(node: dict[str, Any]) -> bool:
    """openapi-schema-validator replaced oneOf/anyOf/allOf by the discriminator's
    check wherever a 3.0 schema has both."""
    return "discriminator" in node and any(k in node for k in BRANCHES)


def discriminator_spec(node: dict[str, Any], file: str) -> Any:
    found = node["discriminator"]
    prop = found.get("propertyName") if isinstance(found, dict) else None
    mapping = found.get("mapping", {}) if isinstance(found, dict) else None
    if not isinstance(prop, str) or not isinstance(mapping, dict):
        return None  # a malformed discriminator: the structural rules report it, values skip it
    return {"property": prop, "mapping": mapping, "file": file}


def oas30(node: dict[str, Any], out: dict[str, Any]) -> None:
    """``nullable`` and the readOnly/writeOnly exemption from ``required``."""
    if node.get("nullable") is True:
        kind = node.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        enum = node.get("enum")
        if isinstance(enum, list) and None not in enum:
            out["enum"] = [*enum, None]
    required, properties = node.get("required"), node.get("properties")
    if isinstance(required, list) and isinstance(properties, dict):
        out["required"] = [name for name in required if not _exempt(properties, name)]


def _exempt(properties: dict[str, Any], name: Any) -> bool:
    """A required property that a request (readOnly) or a response (writeOnly) lacks."""
    schema = properties.get(name) if isinstance(name, str) else None
    return isinstance(schema, dict) and bool(schema.get("readOnly") or schema.get("writeOnly"))


def distinct(values: list[Any]) -> list[Any]:
    """An enum without repeated values (the meta-schema wants them unique; the
    values a schema allows stay the same)."""
    seen: set[str] = set()
    kept = []
    for value in values:
        key = json.dumps(value, sort_keys=True, default=str)
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return kept if len(kept) < len(values) else values
