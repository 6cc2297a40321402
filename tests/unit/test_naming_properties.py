"""Property test of the naming authority: whatever names a spec uses (letters, digits,
separators, keywords, Unicode, the runtime's own names), every generated name is a
valid, non-reserved identifier, unique in its namespace, and the same for the same spec
whatever the order of its keys; and every generated module compiles."""

from __future__ import annotations

import json
import keyword
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.ir import model as ir
from generator.load import load
from generator.naming import CLASS_RESERVED, FIELD_RESERVED, METHOD_RESERVED
from generator.parse import parse
from generator.render.client import render_client_statements
from generator.render.environment import make_environment

PIECES = st.sampled_from(
    [
        *"aZ09_-. $é中",
        "class",
        "None",
        "True",
        "false",
        "match",
        "self",
        "Tag",
        "Field",
        "Any",
        "AsyncPetsApi",
        "PetsApi",
        "pets",
        "V1",
        "IDs",
        "OAuth2",
        "json",
        "model_dump",
        "api_client",
        "with_http_info",
    ]
)
NAMES = st.lists(PIECES, min_size=1, max_size=4).map("".join)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for name in draw(st.lists(NAMES, max_size=5, unique=True)):
        if draw(st.booleans()):
            props = draw(st.lists(NAMES, max_size=4, unique=True))
            schemas[name] = {
                "type": "object",
                "properties": {p: {"type": "string"} for p in props},
                "required": draw(st.lists(NAMES, max_size=2, unique=True)),
            }
        else:
            schemas[name] = {"type": "string", "enum": draw(st.lists(NAMES, min_size=1))}
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(0, 4))):
        op: dict[str, Any] = {
            "operationId": draw(NAMES),
            "tags": draw(st.lists(NAMES, max_size=3)),
            "parameters": [
                {"name": p, "in": "query", "schema": {"type": "string"}}
                for p in draw(st.lists(NAMES, max_size=3, unique=True))
            ],
            "responses": {"204": {"description": "done"}},
        }
        returns_schema: bool = draw(st.booleans())
        if schemas and returns_schema:
            target: str = draw(st.sampled_from(sorted(schemas)))
            ref = "#/components/schemas/" + target.replace("~", "~0").replace("/", "~1")
            content = {"application/json": {"schema": {"$ref": ref}}}
            op["responses"] = {"200": {"description": "ok", "content": content}}
        paths[f"/p{index}"] = {"get": op}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Names", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _parse(document: dict[str, Any], all_tags: bool) -> ir.Api:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "spec.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        loaded, _ = load(path)
        api, _ = parse(loaded, package_name="pkg", all_tags=all_tags)
    return api


def _reversed(document: dict[str, Any]) -> dict[str, Any]:
    """The same document with every mapping's keys in reverse order."""
    if isinstance(document, dict):
        return {k: _reversed(document[k]) for k in reversed(list(document))}
    if isinstance(document, list):
        return [_reversed(v) for v in document]
    return document


def _names(api: ir.Api) -> list[object]:
    """Every generated name with what it names, independent of declaration order."""
    return [
        sorted(
            (t.class_name, t.async_class_name, t.module, sorted(o.name for o in t.operations))
            for t in api.tags
        ),
        sorted((c.name, c.module) for c in api.classes()),
        sorted((m.name, sorted((f.wire_name, f.name) for f in m.fields)) for m in api.models),
        sorted((e.name, sorted((str(m.value), m.name) for m in e.members)) for e in api.enums),
        sorted(
            (o.path, sorted((p.wire_name, p.location, p.name) for p in o.parameters))
            for o in api.operations()
        ),
    ]


def _identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and not keyword.issoftkeyword(name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.booleans())
def test_generated_names_are_valid_unique_and_deterministic(
    document: dict[str, Any], all_tags: bool
) -> None:
    api = _parse(document, all_tags)
    classes = [c.name for c in api.classes()]
    classes += [n for t in api.tags for n in (t.class_name, t.async_class_name)]
    assert len(classes) == len(set(classes)), classes
    assert all(_identifier(n) and n not in CLASS_RESERVED for n in classes), classes
    api_modules = [t.module for t in api.tags]
    assert len({m.lower() for m in api_modules}) == len(api_modules), api_modules
    modules = [c.module for c in api.classes()] + api_modules
    assert all(_identifier(m) for m in modules), modules
    for m in api.models:
        fields = [f.name for f in m.fields]
        assert len(fields) == len(set(fields)), fields
        assert all(_identifier(f) and f not in FIELD_RESERVED for f in fields), fields
    for tag in api.tags:
        methods = [o.name for o in tag.operations]
        methods += [f"{o.name}_with_http_info" for o in tag.operations]
        assert len(methods) == len(set(methods)), methods
        assert all(_identifier(n) and n not in METHOD_RESERVED for n in methods), methods
    for op in api.operations():
        params = [p.name for p in op.parameters] + ([op.body.name] if op.body else [])
        assert len(params) == len(set(params)) and all(map(_identifier, params)), params
    assert _names(_parse(_reversed(document), all_tags)) == _names(api)
    files = render_client_statements(api, make_environment(None))
    for path, text in files.items():
        if path.endswith(".py"):
            compile(text, path, "exec")
