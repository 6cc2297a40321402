"""Random OpenAPI documents, valid and subtly broken: apismith generates code that parses
(and, for a sample, imports) and is what black makes of it, or exits 1/2 with a one-line
diagnostic; never exit 70, never an exception.

The documents are built from the spec's own vocabulary (paths with parameters, operations,
components with objects, arrays, enums, compositions and references) with a few
deliberate faults: dangling references, wrong types, missing required fields.
"""

from __future__ import annotations

import ast
import itertools
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.pipeline import DOC_STYLES, render
from generator.settings.options import Options
from tests.black_proof import assert_black_clean, read_tree

from .support import EXIT_BUG, import_every_module, run_cli

Json = Any

NAME_ALPHABET = st.sampled_from([*"abcXYZ_-. 09$/~{}\"'\\é中", "class", "import"])
names = st.one_of(
    st.sampled_from(["Pet", "pet", "Pets", "class", "None", "List", "1st", "a-b", "Any", "self"]),
    st.lists(NAME_ALPHABET, min_size=1, max_size=6).map("".join),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
)
PRIMITIVES = ["string", "integer", "number", "boolean"]
FORMATS = [None, "int32", "int64", "date", "date-time", "uuid", "binary", "byte", "email"]
BROKEN_SCHEMAS: list[Json] = [
    {"type": "strnig"},
    {"type": 5},
    {"properties": []},
    {"type": "array"},
    {"type": "object", "required": "x"},
    {"enum": []},
    {"enum": "notalist"},
    {"$ref": 12},
    {"allOf": {}},
    {"oneOf": [None]},
    {"type": "object", "properties": {"a": None}},
    {"items": {"$ref": "#/nowhere"}},
    {"additionalProperties": "yes"},
]


def ref_to(name: str) -> Json:
    return {"$ref": "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")}


@st.composite
def primitive(draw: st.DrawFn, openapi31: bool) -> Json:
    kind = draw(st.sampled_from(PRIMITIVES))
    schema: dict[str, Json] = {"type": kind}
    fmt = draw(st.sampled_from(FORMATS))
    if fmt:
        schema["format"] = fmt
    if draw(st.booleans()):
        if kind == "integer":
            values: list[Json] = draw(st.lists(st.integers(-5, 2**64), min_size=1, max_size=4))
        else:
            values = draw(st.lists(st.text(max_size=6), min_size=1, max_size=4))
        schema["enum"] = values
        if draw(st.booleans()):
            schema["default"] = draw(st.sampled_from(values) | scalars)
    elif draw(st.booleans()):
        schema["default"] = draw(scalars)
    if draw(st.booleans()):
        if openapi31:
            schema["type"] = [kind, "null"]
        else:
            schema["nullable"] = True
    if draw(st.booleans()):
        schema["description"] = draw(st.text(max_size=20))
    return schema


def schemas(component_names: list[str], openapi31: bool) -> st.SearchStrategy[Json]:
    leaves: st.SearchStrategy[Json] = st.one_of(
        primitive(openapi31),
        st.sampled_from(component_names or ["Missing"]).map(ref_to),
        names.map(ref_to),  # usually dangling
        st.sampled_from(BROKEN_SCHEMAS),
        st.just({}),
    )

    def extend(inner: st.SearchStrategy[Json]) -> st.SearchStrategy[Json]:
        obj = st.builds(
            lambda props, required, extra: {
                "type": "object",
                "properties": props,
                **({"required": required} if required else {}),
                **({"additionalProperties": extra} if extra is not None else {}),
            },
            st.dictionaries(names, inner, max_size=4),
            st.lists(names, max_size=2),
            st.none() | st.booleans() | inner,
        )
        arr = st.builds(lambda item: {"type": "array", "items": item}, inner)
        comp = st.builds(
            lambda key, parts: {key: parts},
            st.sampled_from(["oneOf", "anyOf", "allOf"]),
            st.lists(inner, min_size=1, max_size=3),
        )
        disc = st.builds(
            lambda parts, prop: {"oneOf": parts, "discriminator": {"propertyName": prop}},
            st.lists(st.sampled_from(component_names or ["Missing"]).map(ref_to), max_size=3),
            names,
        )
        return st.one_of(obj, arr, comp, disc)

    return st.recursive(leaves, extend, max_leaves=8)


@st.composite
def operation(draw: st.DrawFn, schema: st.SearchStrategy[Json], params: list[str]) -> Json:
    op: dict[str, Json] = {}
    if draw(st.integers(0, 3)):
        op["operationId"] = draw(names)
    if draw(st.booleans()):
        op["tags"] = draw(st.lists(names, max_size=2))
    parameters: list[Json] = [
        {"name": p, "in": "path", "required": True, "schema": draw(schema)}
        for p in params
        if draw(st.integers(0, 5))  # sometimes a template parameter is not declared
    ]
    for _ in range(draw(st.integers(0, 2))):
        parameters.append(
            {
                "name": draw(names),
                "in": draw(st.sampled_from(["query", "header", "cookie", "body", "path"])),
                "schema": draw(schema),
            }
        )
    if parameters:
        op["parameters"] = parameters
    if draw(st.booleans()):
        media = draw(st.sampled_from(["application/json", "multipart/form-data", "text/plain"]))
        op["requestBody"] = {"content": {media: {"schema": draw(schema)}}}
    responses: dict[str, Json] = {}
    for status in draw(st.lists(st.sampled_from(["200", "201", "204", "404", "default", "2XX"]))):
        response: dict[str, Json] = {"description": draw(st.text(max_size=10))}
        if status != "204" and draw(st.booleans()):
            response["content"] = {"application/json": {"schema": draw(schema)}}
        responses[status] = response
    if responses or draw(st.integers(0, 5)) > 0:
        op["responses"] = responses or {"200": {"description": "ok"}}
    return op


@st.composite
def documents(draw: st.DrawFn) -> Json:
    openapi31 = draw(st.booleans())
    component_names = draw(st.lists(names, max_size=4, unique=True))
    schema = schemas(component_names, openapi31)
    doc: dict[str, Json] = {
        "openapi": "3.1.0" if openapi31 else "3.0.3",
        "info": {"title": draw(st.text(max_size=12)), "version": "1"},
    }
    paths: dict[str, Json] = {}
    for _ in range(draw(st.integers(0, 3))):
        segments = draw(st.lists(names, min_size=1, max_size=3))
        params = draw(st.lists(names, max_size=2, unique=True))
        path = "/" + "/".join(segments + ["{" + p + "}" for p in params])
        methods = draw(st.lists(st.sampled_from(["get", "post", "put", "delete"]), unique=True))
        paths[path] = {m: draw(operation(schema, params)) for m in methods}
    doc["paths"] = paths
    doc["components"] = {"schemas": {name: draw(schema) for name in component_names}}
    # Subtle breakage at the top level, now and then.
    fault = draw(st.sampled_from([None] * 6 + ["no-info", "paths-list", "no-version", "bad-v"]))
    if fault == "no-info":
        del doc["info"]
    elif fault == "paths-list":
        doc["paths"] = list(paths)
    elif fault == "no-version":
        del doc["openapi"]
    elif fault == "bad-v":
        doc["openapi"] = draw(st.sampled_from(["2.0", "4.0.0", 3.0, "3.0"]))
    return doc


_examples = itertools.count()


def check_outcome(spec: Json, as_json: bool, docs: bool, strict: bool) -> None:
    index = next(_examples)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / ("spec.json" if as_json else "spec.yaml")
        text = (
            json.dumps(spec, ensure_ascii=False)
            if as_json
            else yaml.safe_dump(spec, allow_unicode=True, sort_keys=False)
        )
        path.write_text(text, encoding="utf-8")
        out = root / "out"
        args = ["generate", str(path), "-o", str(out)]
        args += [] if docs else ["--no-docs"]
        args += ["--strict"] if strict else []
        result = run_cli(args)
        assert result.code != EXIT_BUG, result.stderr[-3000:]
        assert result.code in (0, 1, 2), (result.code, result.stderr[-3000:])
        if result.code != 0:
            lines = result.stderr.splitlines()
            assert lines, "a failure without a diagnostic"
            assert not any(line[:1].isspace() or "Traceback" in line for line in lines), lines
            return
        for source in sorted(out.rglob("*.py")):
            ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        assert_black_clean(read_tree(out))
        if index % 10 == 0:
            imported = import_every_module(out)
            assert imported.returncode == 0, imported.stderr[-3000:]


@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    spec=documents(),
    as_json=st.booleans(),
    docs=st.sampled_from([False, False, True]),
    strict=st.sampled_from([False, False, False, True]),
)
def test_random_documents_generate_or_fail_cleanly(
    spec: Json, as_json: bool, docs: bool, strict: bool
) -> None:
    check_outcome(spec, as_json, docs, strict)


def minimal(paths: Json, components: Json | None = None) -> Json:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Minimal", "version": "1"},
        "paths": paths,
        "components": {"schemas": components or {}},
    }


@pytest.mark.parametrize("operation_id", ["2fa", "0x", "$9a"])
def test_operation_id_with_a_leading_digit(operation_id: str) -> None:
    ok = {"200": {"description": "ok"}}
    check_outcome(
        minimal({"/a": {"get": {"operationId": operation_id, "responses": ok}}}), True, False, False
    )


SELF_UNIONS = {
    "self": {"Pet": {"anyOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "string"}]}},
    "mutual": {
        "A": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "string"}]},
        "B": {
            "oneOf": [
                {"type": "array", "items": {"$ref": "#/components/schemas/A"}},
                {"type": "integer"},
            ]
        },
    },
}


@pytest.mark.parametrize("docs", [False, True], ids=["no-docs", "docs"])
@pytest.mark.parametrize("shape", sorted(SELF_UNIONS))
def test_self_referencing_union_alias(docs: bool, shape: str) -> None:
    """Unions that contain themselves fall back to Any, reported; the package imports."""
    spec = minimal({}, SELF_UNIONS[shape])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "spec.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        out = Path(folder) / "out"
        result = run_cli(["generate", str(path), "-o", str(out), *([] if docs else ["--no-docs"])])
        assert result.code == 0, (result.code, result.stderr[-2000:])
        assert "schema.recursive-structure" in result.stderr
        assert_black_clean(read_tree(out))
        imported = import_every_module(out)
        assert imported.returncode == 0, imported.stderr[-2000:]


# Names and descriptions of every length and spelling in every place they reach the code
# and the docs' examples, in a document that is otherwise valid: the layout must break
# the lines they make exactly where black does.

WORDS = st.sampled_from(
    [
        "pet",
        "Pet",
        "id",
        "ID",
        "class",
        "self",
        "None",
        "type",
        "list",
        "from",
        "HTTPServer",
        "api_key",
        "a-b",
        "1st",
        "user name",
        "x",
        "über",
        "中文",
        "😀",
        "$ref",
        "_private",
        "__dunder__",
        "getAllTheThingsForThisAccount",
        "with.dots",
    ]
)
long_names = st.builds(
    lambda parts, sep: sep.join(parts),
    st.lists(
        WORDS | st.lists(NAME_ALPHABET, min_size=1, max_size=6).map("".join), max_size=9
    ).filter(bool),
    st.sampled_from(["", "_", "-", " ", "."]),
)
"""From one letter to about a hundred characters: lines end up on both sides of 100."""
FRAGMENTS = [
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "\\n",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "# not a comment",
    "```",
    "全角の説明",
    "😀👍",
    "é",
    "e\u0301",
    "\u00ad",
    "\u2764\ufe0f",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    " \x85",
    " \x9e",
    "\u2028",
    "x" * 90,
    "word " * 12,
]
descriptions = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(max_size=30), min_size=1, max_size=8
).map("".join)
"""Quotes of every kind, backslashes, newlines, wide, combining and invisible characters
(black has its own idea of their widths), C1 controls, long words."""
big = st.integers(-(2**70), 2**70)


def described(draw: st.DrawFn, node: dict[str, Json], key: str = "description") -> None:
    if draw(st.booleans()):
        node[key] = draw(descriptions)


@st.composite
def named_property(draw: st.DrawFn, schema_names: list[str]) -> Json:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean", "array", "enum", "ref"]))
    if kind == "array":
        prop: dict[str, Json] = {"type": "array", "items": {"type": "string"}}
    elif kind == "enum":
        values = draw(st.lists(long_names | descriptions, min_size=1, max_size=4, unique=True))
        prop = {"type": "string", "enum": values}
        if draw(st.booleans()):
            prop["default"] = draw(st.sampled_from(values))
    elif kind == "ref":
        prop = ref_to(draw(st.sampled_from(schema_names)))
    else:
        prop = {"type": kind}
    if kind == "string" and draw(st.booleans()):
        prop[draw(st.sampled_from(["example", "default"]))] = draw(long_names | descriptions)
    elif kind in ("number", "integer") and draw(st.booleans()):
        number = st.floats(allow_nan=False, allow_infinity=False) if kind == "number" else big
        prop[draw(st.sampled_from(["example", "default"]))] = draw(number)
    if kind != "ref":
        described(draw, prop)
    return prop


@st.composite
def named_documents(draw: st.DrawFn) -> Json:
    schema_names = draw(st.lists(long_names, min_size=1, max_size=3, unique=True))
    tags = draw(st.lists(long_names, min_size=1, max_size=2, unique=True))
    schemas: dict[str, Json] = {}
    for name in schema_names:
        props = draw(st.dictionaries(long_names, named_property(schema_names), max_size=4))
        schema: dict[str, Json] = {"type": "object", "properties": props}
        if draw(st.booleans()) and props:
            schema["required"] = draw(st.lists(st.sampled_from(sorted(props)), unique=True))
        described(draw, schema)
        schemas[name] = schema
    paths: dict[str, Json] = {}
    for i, operation_id in enumerate(draw(st.lists(long_names, max_size=3, unique=True))):
        op: dict[str, Json] = {
            "operationId": operation_id,
            "tags": [draw(st.sampled_from(tags))],
            "responses": {
                "200": {
                    # Not from the start: a response description that starts with ``` or
                    # ~~~ opens a code fence on the API page (a docs bug, not the layout's).
                    "description": "Returned: " + draw(descriptions),
                    "content": {
                        "application/json": {"schema": ref_to(draw(st.sampled_from(schema_names)))}
                    },
                }
            },
        }
        described(draw, op, "summary")
        described(draw, op)
        parameters = [
            {"name": name, "in": draw(st.sampled_from(["query", "header"])), "schema": schema}
            for name, schema in draw(
                st.dictionaries(long_names, named_property(schema_names), max_size=3)
            ).items()
        ]
        for parameter in parameters:
            described(draw, parameter)
        if parameters:
            op["parameters"] = parameters
        if draw(st.booleans()):
            body = ref_to(draw(st.sampled_from(schema_names)))
            content = {"application/json": {"schema": body}}
            op["requestBody"] = {"required": True, "content": content}
        paths[f"/p{i}"] = {draw(st.sampled_from(["get", "post", "put"])): op}
    doc: dict[str, Json] = {
        "openapi": draw(st.sampled_from(["3.0.3", "3.1.0"])),
        "info": {"title": draw(long_names), "version": draw(st.sampled_from(["1", "2.0.0-β"]))},
        "tags": [{"name": tag} for tag in tags],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    described(draw, doc["info"])
    for tag in doc["tags"]:
        described(draw, tag)
    if draw(st.booleans()):
        doc["servers"] = [{"url": "https://example.com/" + draw(long_names).replace(" ", "-")}]
    return doc


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    # Shrinking re-renders hundreds of documents (minutes); the failure shows the
    # document and black's diff of the first source it would change.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(spec=named_documents(), style=st.sampled_from(DOC_STYLES))
def test_random_names_and_descriptions_are_laid_out_as_black_would(spec: Json, style: str) -> None:
    """Rendered in-process: what ``generate`` writes, without writing it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "spec.json"
        path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        options = Options(spec=path, output=Path(folder) / "out", docs_style=style, use_cache=False)
        rendered = render(options)
    assert not options.runs_black
    assert any(path.endswith(".py") for path in rendered.files), rendered.diagnostics[:5]
    assert_black_clean(rendered.files)
