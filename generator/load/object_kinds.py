"""What sits at a JSON pointer: which OpenAPI object, or literal data.

This is the one notion of "data position" the loader, the linter and the
checks of ``$ref`` targets share. A ``$ref`` key is a Reference Object (or a
JSON Schema reference) only where the specification expects an object or a
schema; inside a value (``example``, ``examples[*].value``, ``default``,
``enum``, ``const``, Link ``parameters``/``requestBody``, ``x-`` extensions)
it is a plain key of that value.

The kinds are named after the ``components`` section that holds such objects
(``schemas``, ``parameters``, ...), so a ref's required kind and its target's
kind compare directly. Where the walk cannot tell (a bare file whose role is
unknown) the kind is :data:`UNKNOWN`, and nothing below it is taken for data:
a real reference is never skipped by guessing.
"""

from __future__ import annotations

from collections.abc import Iterable

DATA = "data"
UNKNOWN = "unknown"
ROOT = "root"
OTHER = "other"  # an object with fixed fields we do not look into (info, server, ...)

SCHEMA = "schemas"
RESPONSE = "responses"
PARAMETER = "parameters"
EXAMPLE = "examples"
REQUEST_BODY = "requestBodies"
HEADER = "headers"
SECURITY_SCHEME = "securitySchemes"
LINK = "links"
CALLBACK = "callbacks"
PATH_ITEM = "pathItems"

# OpenAPI 3.x §4.8.7 Components Object: each section holds one kind of object.
COMPONENT_SECTIONS = (
    SCHEMA,
    RESPONSE,
    PARAMETER,
    EXAMPLE,
    REQUEST_BODY,
    HEADER,
    SECURITY_SCHEME,
    LINK,
    CALLBACK,
    PATH_ITEM,
)
# Swagger 2.0 §Swagger Object: the top-level sections that hold reusable objects.
SWAGGER2_SECTIONS = {
    "definitions": SCHEMA,
    "parameters": PARAMETER,
    "responses": RESPONSE,
    "securityDefinitions": SECURITY_SCHEME,
}

# Private kinds: maps and lists whose members are of one kind.
_PATHS = "paths"  # §4.8.8 Paths Object: path -> Path Item, plus x- extensions
_RESPONSES_MAP = "responses-map"  # §4.8.16 Responses Object: code -> Response, plus x-
_CALLBACK_MAP = "callback-map"  # §4.8.18 Callback Object: expression -> Path Item, plus x-
_COMPONENTS = "components"
_OPERATION = "operation"
_MEDIA = "media"
_ENCODING = "encoding"
_MAP = "map:"  # prefix: a map whose every member is of the named kind
_LIST = "list:"  # prefix: a list whose every item is of the named kind

_METHODS = frozenset(("get", "put", "post", "delete", "options", "head", "patch", "trace"))
# JSON Schema keywords whose value is one schema / a map of schemas / a list of schemas.
_SCHEMA_ONE = frozenset(
    (
        "items",
        "not",
        "additionalProperties",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
        "contentSchema",
    )
)
_SCHEMA_MAP = frozenset(
    ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")
)
_SCHEMA_LIST = frozenset(("allOf", "anyOf", "oneOf", "prefixItems"))
# Fields whose value is a literal wherever they appear as a fixed field:
# OpenAPI 3.x §4.8.24 Schema Object / §4.8.12-14 example, default (JSON Schema
# §9.2 "default", §6.1.2-3 "enum", "const": instances, not schemas).
_VALUE_FIELDS = frozenset(("example", "default", "enum", "const"))

_COMPONENTS_FIELDS = {section: _MAP + section for section in COMPONENT_SECTIONS}
_ROOT3 = {"paths": _PATHS, "webhooks": _MAP + PATH_ITEM, "components": _COMPONENTS}
_ROOT2 = {
    "paths": _PATHS,
    **{section: _MAP + kind for section, kind in SWAGGER2_SECTIONS.items()},
}
_PATH_ITEM = {"parameters": _LIST + PARAMETER, **{m: _OPERATION for m in _METHODS}}
_OPERATION_FIELDS = {
    "parameters": _LIST + PARAMETER,
    "requestBody": REQUEST_BODY,
    "responses": _RESPONSES_MAP,
    "callbacks": _MAP + CALLBACK,
}
_PARAMETER3 = {"schema": SCHEMA, "content": _MAP + _MEDIA, "examples": _MAP + EXAMPLE}
# Swagger 2.0 §Parameter/Header/Items Objects: "items" is an Items Object, read
# like a schema (its default/enum are values); "schema" is a Schema Object.
_PARAMETER2 = {"schema": SCHEMA, "items": SCHEMA}
_RESPONSE3 = {"content": _MAP + _MEDIA, "headers": _MAP + HEADER, "links": _MAP + LINK}
# Swagger 2.0 §Response Object: "examples" maps a MIME type to a literal example.
_RESPONSE2 = {"schema": SCHEMA, "headers": _MAP + HEADER, "examples": DATA}
_MEDIA_FIELDS = {"schema": SCHEMA, "examples": _MAP + EXAMPLE, "encoding": _MAP + _ENCODING}
# §4.8.19 Example Object: "value" is the literal example.
_EXAMPLE_FIELDS = {"value": DATA}
# §4.8.20 Link Object: "parameters" values and "requestBody" are literals or expressions.
_LINK_FIELDS = {"parameters": DATA, "requestBody": DATA}
_ENCODING_FIELDS = {"headers": _MAP + HEADER}
_REQUEST_BODY = {"content": _MAP + _MEDIA}


def _fields(kind: str, swagger2: bool) -> dict[str, str] | None:
    """The fixed fields of an object kind that lead to another known kind."""
    if kind == ROOT:
        return _ROOT2 if swagger2 else _ROOT3
    if kind == _COMPONENTS:
        return _COMPONENTS_FIELDS
    if kind == PATH_ITEM:
        return _PATH_ITEM
    if kind == _OPERATION:
        return _OPERATION_FIELDS
    if kind in (PARAMETER, HEADER):
        return _PARAMETER2 if swagger2 else _PARAMETER3
    if kind == RESPONSE:
        return _RESPONSE2 if swagger2 else _RESPONSE3
    if kind == REQUEST_BODY:
        return _REQUEST_BODY
    if kind == _MEDIA:
        return _MEDIA_FIELDS
    if kind == EXAMPLE:
        return _EXAMPLE_FIELDS
    if kind == LINK:
        return _LINK_FIELDS
    if kind == _ENCODING:
        return _ENCODING_FIELDS
    return None  # SECURITY_SCHEME, OTHER: nothing below them is referenced


def step(kind: str, token: str, swagger2: bool = False) -> str:
    """The kind of the member ``token`` of a value of the given kind."""
    if kind in (DATA, UNKNOWN):
        return kind
    if kind.startswith(_MAP):
        return kind[len(_MAP) :]
    if kind.startswith(_LIST):
        return kind[len(_LIST) :] if token.isdigit() else UNKNOWN
    if kind in (_PATHS, _RESPONSES_MAP, _CALLBACK_MAP):
        # Maps that are also extensible objects: x- members are extensions.
        if token.startswith("x-"):
            return DATA
        return RESPONSE if kind == _RESPONSES_MAP else PATH_ITEM
    if kind == CALLBACK:
        return step(_CALLBACK_MAP, token, swagger2)
    # An object with fixed fields. OpenAPI §4.9 Specification Extensions: the
    # value of an x- field is any JSON value.
    if token.startswith("x-") or token in _VALUE_FIELDS:
        return DATA
    if kind == SCHEMA:
        return _schema_member(token)
    fields = _fields(kind, swagger2)
    if fields is None:
        return OTHER
    return fields.get(token, OTHER)


def _schema_member(token: str) -> str:
    if token in _SCHEMA_ONE:
        return SCHEMA
    if token in _SCHEMA_MAP:
        return _MAP + SCHEMA
    if token in _SCHEMA_LIST:
        return _LIST + SCHEMA
    if token == "examples":  # JSON Schema §9.5: an array of instances
        return DATA
    if token.isdigit():  # an item of a list-valued "items" (draft 4 tuples)
        return SCHEMA
    return OTHER


def kind_at(tokens: Iterable[str], start: str = ROOT, swagger2: bool = False) -> str:
    """The kind of the value at the (unescaped) pointer tokens, read from ``start``."""
    kind = start
    for token in tokens:
        kind = step(kind, token, swagger2)
        if kind in (DATA, UNKNOWN):
            return kind
    return kind


def is_data(tokens: Iterable[str], start: str = ROOT, swagger2: bool = False) -> bool:
    """True when the pointer lies inside a literal value, where ``$ref`` is a plain key."""
    return kind_at(tokens, start, swagger2) == DATA


def is_document(data: object) -> bool:
    """A whole OpenAPI/Swagger document (read from :data:`ROOT`), not a bare object."""
    return isinstance(data, dict) and ("openapi" in data or "swagger" in data)
