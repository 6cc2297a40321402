"""A schema copied into a piece of a value checker's bundle (see ``values.checker``).

Only the keywords that validate are kept, by what their value is (a plain value, one
schema, a list of schemas, a map to schemas, a reference); OpenAPI's additions are
spelled as JSON Schema or as the Python keywords named here; a keyword the
meta-schema rejects is set aside (``give_up_at``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.lint.values.dialect import (
    BRANCHES,
    discriminated,
    discriminator_spec,
    distinct,
    oas30,
)

# Keywords only the copy has.
ABORT = "x-apismith-abort"
DISCRIMINATOR = "x-apismith-discriminator"
PATTERN = "x-apismith-pattern"
BROKEN = "x-apismith-broken"

# The keywords that validate, by what their value is: a plain value, one schema
# (or, for items, a list of them), a list of schemas, or a map to schemas.
# OpenAPI 3.0: those openapi-schema-validator implemented (plus patternProperties,
# which it honoured in additionalProperties).
_VALUE, _ONE, _LIST, _MAP, _REF = range(5)
_COMMON = {
    **dict.fromkeys(
        ("type", "enum", "required", "format", "multipleOf", "maximum", "minimum"), _VALUE
    ),
    **dict.fromkeys(("exclusiveMaximum", "exclusiveMinimum", "maxLength", "minLength"), _VALUE),
    **dict.fromkeys(("maxItems", "minItems", "uniqueItems", "maxProperties"), _VALUE),
    **dict.fromkeys(("minProperties", "pattern"), _VALUE),
    **dict.fromkeys(("items", "additionalProperties", "not"), _ONE),
    **dict.fromkeys(BRANCHES, _LIST),
    **dict.fromkeys(("properties", "patternProperties"), _MAP),
    "$ref": _REF,
}
_KEYWORDS_30 = _COMMON
_KEYWORDS_31 = {
    **_COMMON,
    **dict.fromkeys(("const", "maxContains", "minContains", "dependentRequired"), _VALUE),
    **dict.fromkeys(("if", "then", "else", "contains", "propertyNames"), _ONE),
    **dict.fromkeys(("unevaluatedItems", "unevaluatedProperties"), _ONE),
    "prefixItems": _LIST,
    "dependentSchemas": _MAP,
    "$dynamicRef": _REF,
}

Stack = list[tuple[Any, Any, "str | int"]]


def keywords(v30: bool) -> dict[str, int]:
    """The keywords kept, by kind, in the version's dialect."""
    return _KEYWORDS_30 if v30 else _KEYWORDS_31


def definitions(v30: bool) -> str:
    """Where a bundle keeps its pieces: draft 4's ``definitions``, 2020-12's ``$defs``."""
    return "definitions" if v30 else "$defs"


def copy_schema(
    node: dict[str, Any],
    file: str,
    stack: Stack,
    refs: list[int],
    *,
    v30: bool,
    ref_number: Callable[[str, str], int | None],
) -> dict[str, Any]:
    """The copy of one schema object: only the keywords that validate, OpenAPI's
    additions spelled as JSON Schema (see ``values.checker``); the schemas inside it
    are pushed on ``stack`` for the caller's loop, the pieces its ``$ref``s lead to
    appended to ``refs``."""
    keys, defs = keywords(v30), definitions(v30)
    is_discriminated = v30 and discriminated(node)
    out: dict[str, Any] = {}
    for key, child in node.items():
        kind = keys.get(key)
        if kind is None or (is_discriminated and key in BRANCHES):
            continue
        if kind == _ONE and isinstance(child, list):  # items: [...]
            if v30:  # not OpenAPI 3.0's; openapi-schema-validator failed on it
                out.setdefault(BROKEN, []).append(key)
                continue
            kind = _LIST
        if kind == _LIST and isinstance(child, list):
            out[key] = [None] * len(child)
            stack.extend((item, out[key], i) for i, item in enumerate(child))
        elif kind == _MAP and isinstance(child, dict):
            out[key] = dict.fromkeys(child)
            stack.extend((item, out[key], name) for name, item in child.items())
        elif kind == _ONE:
            out[key] = None
            stack.append((child, out, key))
        elif kind == _REF and isinstance(child, str):
            number = ref_number(child, file) if key == "$ref" else None
            if number is None:
                out[ABORT] = child
            else:
                out[key] = f"#/{defs}/p{number}"
                refs.append(number)
        else:
            out[key] = child
    if "pattern" in out:
        out[PATTERN] = out.pop("pattern")
    if v30:
        oas30(node, out)
        for key in ("exclusiveMinimum", "exclusiveMaximum"):
            if key in out and not isinstance(out[key], bool):
                out[key] = bool(out[key])  # draft 4 reads it as a flag; so did Python
        if is_discriminated:
            out[DISCRIMINATOR] = discriminator_spec(node, file)
    if isinstance(out.get("enum"), list):
        out["enum"] = distinct(out["enum"])
    if out.get("required") == []:
        del out["required"]  # draft 4 wants at least one name; none means the same
    return out


def give_up_at(copy: Any, path: list[str | int], v30: bool) -> Any:
    """The copy with the keyword on ``path`` that the meta-schema rejects set
    aside as broken (or, when the path ends at a schema, that schema given up on).

    openapi-schema-validator failed only when it used a broken keyword, so a
    value the keyword does not apply to (a string for ``minimum``) still counts.
    """
    keys = keywords(v30)
    holder: Any = None  # the deepest schema object on the path, and where it is
    slot: str | int = ""
    keyword: str | None = None  # the step taken out of it, if any
    node, in_schema = copy, True
    for step in path:
        if in_schema:
            if not isinstance(node, dict) or step not in node:
                break
            keyword, child = str(step), node[step]
            kind = keys.get(keyword)
            if kind not in (_ONE, _LIST, _MAP):
                break  # inside a plain keyword's value
            if kind == _ONE and not isinstance(child, list):
                holder, slot, keyword = node, step, None
            node, in_schema = child, kind == _ONE and not isinstance(child, list)
        elif (isinstance(node, dict) and step in node) or (
            isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        ):
            holder, slot, keyword = node, step, None
            node, in_schema = node[step], True  # type: ignore[index]
        else:
            break
    schema = copy if holder is None else holder[slot]
    if keyword is not None and isinstance(schema, dict) and keyword in schema:
        del schema[keyword]
        schema.setdefault(BROKEN, []).append(keyword)
        return copy
    abort = {ABORT: "a schema the meta-schema rejects"}
    if holder is None:
        return abort
    holder[slot] = abort
    return copy
