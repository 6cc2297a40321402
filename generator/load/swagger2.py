"""Upgrade a Swagger 2.0 document to OpenAPI 3.0.3.

Follows the 2.0 spec (https://swagger.io/specification/v2/) and the 3.0.3 spec,
sections 4.7 (objects) and 4.8.12 (parameter ``style``). The conversion is pure:
the input is never modified. Objects in other files are converted by
:func:`upgrade_fragment`, once the loader knows from their referrers what they are.

Mapping:

* ``host``/``basePath``/``schemes`` -> ``servers``;
* ``definitions``/``parameters``/``responses``/``securityDefinitions`` ->
  ``components`` (body parameters become ``components/requestBodies``);
* body and formData parameters -> ``requestBody``; ``consumes``/``produces``
  -> media types; ``type: file`` -> ``string``/``binary`` in ``multipart/form-data``;
* response ``schema``/``examples`` -> ``content``; header fields -> ``schema``;
* ``$ref``s rewritten: ``#/definitions/X`` -> ``#/components/schemas/X`` etc.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.load.swagger2_security import security_scheme

__all__ = ["Context", "upgrade", "upgrade_fragment"]

OPENAPI = "3.0.3"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
# Fields a 2.0 parameter or header keeps in its 3.0 ``schema``.
SCHEMA_FIELDS = (
    "type", "format", "items", "default", "enum", "maximum", "exclusiveMaximum", "minimum",
    "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
    "uniqueItems", "multipleOf",
)  # fmt: skip
PARAMETER_FIELDS = ("name", "in", "description", "required", "deprecated", "allowEmptyValue")
# collectionFormat -> (style, explode), by where the parameter is.
STYLES = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
    "tsv": ("form", False),  # 3.0 has no tab-delimited style
}
SECTIONS = {
    "/definitions/": "/components/schemas/",
    "/parameters/": "/components/parameters/",
    "/responses/": "/components/responses/",
}


@dataclass
class Context:
    """How a conversion sees the rest of a multi-file spec.

    ``is_document(ref)``: the file an external ref names is a whole Swagger
    document (so its ``#/definitions/...`` move to ``#/components/...``).
    ``lookup(ref)``: the raw value an external ref leads to, or None.
    ``found`` collects (external ref, kind) for every external ref met, the
    kind being "schema", "parameter", "response" or "path"; the loader converts
    those objects with :func:`upgrade_fragment`.
    """

    is_document: Callable[[str], bool] = lambda ref: False
    lookup: Callable[[str], Any] = lambda ref: None
    consumes: list[str] = field(default_factory=lambda: [JSON])
    produces: list[str] = field(default_factory=lambda: [JSON])
    found: list[tuple[str, str]] = field(default_factory=list)
    body_parameters: set[str] = field(default_factory=set)  # names in #/parameters
    form_parameters: dict[str, Any] = field(default_factory=dict)


def upgrade(data: dict[str, Any], context: Context | None = None) -> dict[str, Any]:
    """The OpenAPI 3.0 form of a Swagger 2.0 document (a new tree)."""
    ctx = context or Context()
    ctx.consumes = list(data.get("consumes") or [JSON])
    ctx.produces = list(data.get("produces") or [JSON])
    shared = data.get("parameters") or {}
    for name, param in shared.items():
        if isinstance(param, dict) and param.get("in") == "body":
            ctx.body_parameters.add(name)
        elif isinstance(param, dict) and param.get("in") == "formData":
            ctx.form_parameters[name] = param
    out: dict[str, Any] = {"openapi": OPENAPI}
    for key, value in data.items():
        if key in ("info", "tags", "externalDocs", "security") or key.startswith("x-"):
            out[key] = value
    out["servers"] = _servers(data)
    out["paths"] = {
        path: _path_item(item, ctx) if isinstance(item, dict) else item
        for path, item in (data.get("paths") or {}).items()
    }
    components = _components(data, ctx)
    if components:
        out["components"] = components
    return out


def upgrade_fragment(value: Any, kind: str, context: Context) -> Any:
    """Convert an object found in another file, given what its referrers use it as."""
    if kind == "schema":
        return _schema(value, context)
    if kind == "parameter":
        if isinstance(value, dict) and value.get("in") in ("body", "formData"):
            return value  # inlined into the operation's requestBody by the referrer
        return _parameter(value, context)
    if kind == "response":
        return _response(value, context)
    if kind == "path":
        return _path_item(value, context)
    raise ValueError(f"unknown kind {kind!r}")


def _servers(data: dict[str, Any]) -> list[dict[str, str]]:
    base = str(data.get("basePath") or "")
    host = data.get("host")
    if not host:
        return [{"url": base or "/"}]
    schemes = [s for s in data.get("schemes") or ["https"] if isinstance(s, str)] or ["https"]
    return [{"url": f"{scheme}://{host}{base}"} for scheme in schemes]


def _components(data: dict[str, Any], ctx: Context) -> dict[str, Any]:
    components: dict[str, Any] = {}
    definitions = data.get("definitions") or {}
    if definitions:
        components["schemas"] = {k: _schema(v, ctx) for k, v in definitions.items()}
    parameters = {}
    bodies = {}
    for name, param in (data.get("parameters") or {}).items():
        if name in ctx.body_parameters:
            bodies[name] = _body(param, ctx.consumes, ctx)
        elif name not in ctx.form_parameters:
            parameters[name] = _parameter(param, ctx)
    if parameters:
        components["parameters"] = parameters
    if bodies:
        components["requestBodies"] = bodies
    responses = data.get("responses") or {}
    if responses:
        components["responses"] = {k: _response(v, ctx) for k, v in responses.items()}
    schemes = data.get("securityDefinitions") or {}
    if schemes:
        components["securitySchemes"] = {k: security_scheme(v) for k, v in schemes.items()}
    return components


def _path_item(item: dict[str, Any], ctx: Context) -> dict[str, Any]:
    if "$ref" in item:
        return _ref(item, ctx, "path")
    shared = list(item.get("parameters") or [])
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key in METHODS and isinstance(value, dict):
            out[key] = _operation(value, shared, ctx)
        elif key == "parameters":
            kept = [p for p in (_split_parameter(p, ctx)[0] for p in shared) if p is not None]
            if kept:
                out["parameters"] = kept
        else:
            out[key] = value
    return out


def _split_parameter(param: Any, ctx: Context) -> tuple[Any, Any]:
    """(3.0 parameter or None, raw body/formData parameter or None)."""
    if not isinstance(param, dict):
        return param, None
    ref = param.get("$ref")
    if isinstance(ref, str):
        if ref.startswith("#/parameters/"):
            name = ref[len("#/parameters/") :]
            if name in ctx.body_parameters:
                return None, {"$body-ref": "#/components/requestBodies/" + name}
            if name in ctx.form_parameters:
                return None, ctx.form_parameters[name]
            return _ref(param, ctx, "parameter"), None
        if not ref.startswith("#"):
            target = ctx.lookup(ref)
            if isinstance(target, dict) and target.get("in") in ("body", "formData"):
                return None, target
        return _ref(param, ctx, "parameter"), None
    if param.get("in") in ("body", "formData"):
        return None, param
    return _parameter(param, ctx), None


def _operation(op: dict[str, Any], shared: list[Any], ctx: Context) -> dict[str, Any]:
    consumes = list(op.get("consumes") or ctx.consumes)
    produces = list(op.get("produces") or ctx.produces)
    params: list[Any] = []
    raw: list[Any] = []
    own = op.get("parameters") or []
    for param in own:
        converted, body = _split_parameter(param, ctx)
        if converted is not None:
            params.append(converted)
        if body is not None:
            raw.append(body)
    own_keys = {(p.get("name"), p.get("in")) for p in own if isinstance(p, dict)}
    for param in shared:  # path-level body and form parameters move into each operation
        if isinstance(param, dict) and (param.get("name"), param.get("in")) in own_keys:
            continue
        body = _split_parameter(param, ctx)[1]
        if body is not None:
            raw.append(body)
    body = _request_body(raw, consumes, ctx)
    inputs: dict[str, Any] = {"parameters": params} if params else {}
    if body is not None:
        inputs["requestBody"] = body
    out: dict[str, Any] = {}
    for key, value in op.items():
        if key == "parameters":
            out.update(inputs)  # where the 2.0 parameters were
        elif key == "responses" and isinstance(value, dict):
            out[key] = {code: _response(resp, ctx, produces) for code, resp in value.items()}
        elif key not in ("consumes", "produces", "schemes"):
            out[key] = value
    out.update(inputs)  # a path-level body when the operation has no parameters
    return out


def _request_body(raw: list[Any], consumes: list[str], ctx: Context) -> Any:
    bodies = [p for p in raw if p.get("in") == "body" or "$body-ref" in p]
    form = [p for p in raw if p.get("in") == "formData"]
    if bodies:
        first = bodies[0]
        if "$body-ref" in first:
            return {"$ref": first["$body-ref"]}
        return _body(first, consumes, ctx)
    if not form:
        return None
    properties: dict[str, Any] = {}
    required: list[str] = []
    has_file = False
    for param in form:
        schema = _parameter_schema(param, ctx)
        if param.get("type") == "file":
            has_file = True
        if param.get("description"):
            schema["description"] = param["description"]
        properties[str(param.get("name"))] = schema
        if param.get("required"):
            required.append(str(param.get("name")))
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    types = [t for t in consumes if t in (FORM, MULTIPART)]
    if has_file or not types:
        types = [MULTIPART] if has_file or MULTIPART in consumes else [FORM]
    body: dict[str, Any] = {"content": {t: {"schema": schema} for t in types}}
    if required:
        body["required"] = True
    return body


def _body(param: dict[str, Any], consumes: list[str], ctx: Context) -> dict[str, Any]:
    schema = _schema(param.get("schema", {}), ctx)
    body: dict[str, Any] = {"content": {t: {"schema": schema} for t in consumes or [JSON]}}
    if param.get("description"):
        body["description"] = param["description"]
    if param.get("required"):
        body["required"] = True
    if param.get("name"):
        body["x-body-name"] = param["name"]
    body.update((k, v) for k, v in param.items() if k.startswith("x-"))
    return body


def _parameter(param: Any, ctx: Context) -> Any:
    if not isinstance(param, dict):
        return param
    if "$ref" in param:
        return _ref(param, ctx, "parameter")
    out = {k: param[k] for k in PARAMETER_FIELDS if k in param}
    out.update((k, v) for k, v in param.items() if k.startswith("x-"))
    if param.get("in") == "path":
        out["required"] = True
    # Swagger 2.0 Parameter Object: collectionFormat defaults to "csv".
    fmt = param.get("collectionFormat", "csv")
    if param.get("type") == "array" and fmt in STYLES:
        style, explode = STYLES[fmt]
        if param.get("in") in ("path", "header"):
            style = "simple"
        out["style"] = style
        out["explode"] = explode
    out["schema"] = _parameter_schema(param, ctx)
    if "x-example" in param:  # a common 2.0 extension; 3.0 has the field
        out["example"] = out.pop("x-example")
    return out


def _parameter_schema(param: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """The JSON schema part of a 2.0 parameter, header or items object."""
    schema: dict[str, Any] = {}
    for key in SCHEMA_FIELDS:
        if key in param:
            schema[key] = param[key]
    if schema.get("type") == "file":
        schema["type"] = "string"
        schema["format"] = "binary"
    if isinstance(schema.get("items"), dict):
        schema["items"] = _parameter_schema(schema["items"], ctx)
    if "$ref" in param:  # items may name a schema
        schema["$ref"] = _rewrite(param["$ref"], ctx, "schema")
    return schema


def _response(resp: Any, ctx: Context, produces: list[str] | None = None) -> Any:
    if not isinstance(resp, dict):
        return resp
    if "$ref" in resp:
        return _ref(resp, ctx, "response")
    out: dict[str, Any] = {"description": resp.get("description", "")}
    types = produces or ctx.produces or [JSON]
    examples = resp.get("examples") or {}
    if "schema" in resp:
        schema = _schema(resp["schema"], ctx)
        content: dict[str, Any] = {}
        for media in [*types, *(m for m in examples if m not in types)]:
            content[media] = {"schema": schema}
            if media in examples:
                content[media]["example"] = examples[media]
        out["content"] = content
    if resp.get("headers"):
        out["headers"] = {name: _header(h, ctx) for name, h in resp["headers"].items()}
    out.update((k, v) for k, v in resp.items() if k.startswith("x-"))
    return out


def _header(header: Any, ctx: Context) -> Any:
    if not isinstance(header, dict):
        return header
    out: dict[str, Any] = {"schema": _parameter_schema(header, ctx)}
    if header.get("description"):
        out["description"] = header["description"]
    return out


def _schema(schema: Any, ctx: Context) -> Any:
    """A 2.0 schema in 3.0 form: refs rewritten, file/x-nullable/discriminator mapped."""
    if isinstance(schema, list):
        return [_schema(s, ctx) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if isinstance(schema.get("$ref"), str):
        return _ref(schema, ctx, "schema")
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("properties", "patternProperties", "definitions") and isinstance(value, dict):
            out[key] = {name: _schema(s, ctx) for name, s in value.items()}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            out[key] = _schema(value, ctx)
        elif key == "x-nullable":
            out["nullable"] = bool(value)
        elif key == "discriminator" and isinstance(value, str):
            out[key] = {"propertyName": value}
        else:
            out[key] = value
    if out.get("type") == "file":
        out["type"] = "string"
        out["format"] = "binary"
    return out


def _ref(holder: dict[str, Any], ctx: Context, kind: str) -> dict[str, Any]:
    out = dict(holder)
    out["$ref"] = _rewrite(holder["$ref"], ctx, kind)
    return out


def _rewrite(ref: str, ctx: Context, kind: str) -> str:
    location, hash_, fragment = ref.partition("#")
    if location:
        ctx.found.append((ref, kind))
        if not ctx.is_document(ref):
            return ref
    if fragment.startswith("/parameters/"):
        name = fragment[len("/parameters/") :]
        if not location and name in ctx.body_parameters:
            return "#/components/requestBodies/" + name
    for old, new in SECTIONS.items():
        if fragment.startswith(old):
            return location + hash_ + new + fragment[len(old) :]
    return ref
