# ruff: noqa: E501  (the tables read best one case a line)
"""One small spec pair per change id, each with exactly the changes it must report
(both levels: a wire change and what it does to the generated client)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diff import CHECKS, compare_surfaces
from tests.diff.pairs import Edit, diff_specs, edited

S = dict[str, Any]


def op(spec: S, path: str, method: str) -> S:
    node: S = spec["paths"][path][method]
    return node


def schema(spec: S, name: str) -> S:
    node: S = spec["components"]["schemas"][name]
    return node


def prop(spec: S, name: str, field: str) -> S:
    node: S = schema(spec, name)["properties"][field]
    return node


def list_pets(spec: S) -> S:
    return op(spec, "/pets", "get")


def create_pet(spec: S) -> S:
    return op(spec, "/pets", "post")


def get_pet(spec: S) -> S:
    return op(spec, "/pets/{petId}", "get")


def do(*steps: Callable[[S], object]) -> Edit:
    def edit(spec: S) -> None:
        for step in steps:
            step(spec)

    return edit


def set_at(get: Callable[[S], S], key: str, value: Any) -> Callable[[S], None]:
    return lambda spec: get(spec).__setitem__(key, value)


def drop(get: Callable[[S], S], key: str) -> Callable[[S], None]:
    return lambda spec: get(spec).pop(key)


def add_param(get: Callable[[S], S], param: S) -> Callable[[S], None]:
    return lambda spec: get(spec).setdefault("parameters", []).append(param)


def limit(spec: S) -> S:
    param: S = list_pets(spec)["parameters"][0]
    return param


def body(spec: S) -> S:
    node: S = create_pet(spec)["requestBody"]
    return node


def pet_200(spec: S) -> S:
    node: S = list_pets(spec)["responses"]["200"]
    return node


XML = {"schema": {"type": "string"}}
ANON: list[S] = [{"key": []}, {}]
DELETE = {"operationId": "deletePet", "tags": ["pets"], "responses": {"204": {"description": "x"}}}
STORE = {"operationId": "getStore", "tags": ["store"], "responses": {"204": {"description": "x"}}}
FORM = "application/x-www-form-urlencoded"
NEW = "#/components/schemas/NewPet"
PERSON = {"$ref": "#/components/schemas/Person"}


def _rename_kind(spec: S) -> None:
    schemas = spec["components"]["schemas"]
    schemas["Species"] = schemas.pop("Kind")
    prop(spec, "Pet", "kind")["$ref"] = "#/components/schemas/Species"


# id -> (edit of the old side, edit of the new side, every change expected)
CASES: dict[str, tuple[Edit | None, Edit | None, list[str]]] = {
    "operation-removed": (None, do(lambda s: s["paths"].pop("/pets/{petId}")), ["operation-removed", "method-removed"]),
    "operation-added": (None, set_at(lambda s: s["paths"]["/pets/{petId}"], "delete", DELETE), ["operation-added", "method-added"]),
    "operation-path-changed": (None, do(lambda s: s["paths"].__setitem__("/animals/{petId}", s["paths"].pop("/pets/{petId}"))), ["operation-path-changed"]),
    "operation-deprecated": (None, set_at(list_pets, "deprecated", True), ["operation-deprecated"]),
    "operation-id-changed": (None, set_at(get_pet, "operationId", "fetchPet"), ["operation-id-changed", "method-renamed"]),
    "operation-security-removed": (set_at(get_pet, "security", ANON), None, ["operation-security-removed"]),
    "operation-security-added": (None, set_at(get_pet, "security", ANON), ["operation-security-added"]),
    "request-parameter-removed": (None, drop(list_pets, "parameters"), ["request-parameter-removed", "method-parameter-removed"]),
    "request-parameter-added-required": (None, add_param(list_pets, {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}), ["request-parameter-added-required", "method-parameter-added-required"]),
    "request-parameter-added-optional": (None, add_param(list_pets, {"name": "owner", "in": "query", "schema": {"type": "string"}}), ["request-parameter-added-optional", "method-parameter-added-optional"]),
    "request-parameter-became-required": (None, set_at(limit, "required", True), ["request-parameter-became-required", "method-parameter-became-required"]),
    "request-parameter-became-optional": (set_at(limit, "required", True), None, ["request-parameter-became-optional", "method-parameter-became-optional"]),
    "request-parameter-location-changed": (None, set_at(limit, "in", "header"), ["request-parameter-location-changed"]),
    "request-parameter-style-changed": (None, set_at(limit, "explode", False), ["request-parameter-style-changed"]),
    "request-body-added-required": (drop(create_pet, "requestBody"), None, ["request-body-added-required", "method-parameter-added-required"]),
    "request-body-added-optional": (drop(create_pet, "requestBody"), set_at(body, "required", False), ["request-body-added-optional", "method-parameter-added-optional"]),
    "request-body-removed": (None, drop(create_pet, "requestBody"), ["request-body-removed", "method-parameter-removed"]),
    "request-body-became-required": (set_at(body, "required", False), None, ["request-body-became-required", "method-parameter-became-required"]),
    "request-media-type-removed": (lambda s: body(s)["content"].__setitem__(FORM, {"schema": {"$ref": NEW}}), None, ["request-media-type-removed"]),
    "request-media-type-added": (None, lambda s: body(s)["content"].__setitem__(FORM, {"schema": {"$ref": NEW}}), ["request-media-type-added"]),
    "response-success-status-removed": (None, drop(lambda s: create_pet(s)["responses"], "201"), ["response-success-status-removed", "method-return-type-changed"]),
    "response-status-removed": (None, drop(lambda s: list_pets(s)["responses"], "404"), ["response-status-removed", "method-raises-changed"]),
    "response-status-added": (None, set_at(lambda s: get_pet(s)["responses"], "404", {"description": "nf"}), ["response-status-added", "method-raises-changed"]),
    "response-media-type-removed": (lambda s: pet_200(s)["content"].__setitem__("application/xml", XML), None, ["response-media-type-removed"]),
    "response-media-type-added": (None, lambda s: pet_200(s)["content"].__setitem__("application/xml", XML), ["response-media-type-added"]),
    "response-header-removed": (set_at(pet_200, "headers", {"X-Rate": {"schema": {"type": "integer"}}}), None, ["response-header-removed"]),
    "response-header-added": (None, set_at(pet_200, "headers", {"X-Rate": {"schema": {"type": "integer"}}}), ["response-header-added"]),
    "request-property-removed": (None, drop(lambda s: schema(s, "NewPet")["properties"], "tag"), ["request-property-removed", "model-field-removed"]),
    "request-required-property-added": (None, do(set_at(lambda s: schema(s, "NewPet")["properties"], "age", {"type": "integer"}), lambda s: schema(s, "NewPet")["required"].append("age")), ["request-required-property-added", "model-field-added-required"]),
    "request-optional-property-added": (None, set_at(lambda s: schema(s, "NewPet")["properties"], "age", {"type": "integer"}), ["request-optional-property-added", "model-field-added-optional"]),
    "request-property-became-required": (None, lambda s: schema(s, "NewPet")["required"].append("tag"), ["request-property-became-required", "model-field-became-required"]),
    "request-property-became-optional": (None, set_at(lambda s: schema(s, "NewPet"), "required", []), ["request-property-became-optional", "model-field-became-optional"]),
    "response-required-property-removed": (None, do(drop(lambda s: schema(s, "Pet")["properties"], "name"), set_at(lambda s: schema(s, "Pet"), "required", ["id"])), ["response-required-property-removed", "model-field-removed"]),
    "response-optional-property-removed": (None, drop(lambda s: schema(s, "Pet")["properties"], "tag"), ["response-optional-property-removed", "model-field-removed"]),
    "response-property-added": (None, set_at(lambda s: schema(s, "Pet")["properties"], "color", {"type": "string"}), ["response-property-added", "model-field-added-optional"]),
    "response-property-became-optional": (None, set_at(lambda s: schema(s, "Pet"), "required", ["id"]), ["response-property-became-optional", "model-field-became-optional"]),
    "response-property-became-required": (None, lambda s: schema(s, "Pet")["required"].append("tag"), ["response-property-became-required", "model-field-became-required"]),
    "request-type-changed": (None, set_at(lambda s: prop(s, "NewPet", "tag"), "type", "integer"), ["request-type-changed", "model-field-retyped"]),
    "model-field-retyped-any": (set_at(lambda s: schema(s, "NewPet")["properties"], "tag", {}), None, ["request-type-changed", "model-field-retyped-any"]),
    "request-type-widened": (None, set_at(lambda s: limit(s)["schema"], "type", "number"), ["request-type-widened", "method-parameter-retyped"]),
    "response-type-changed": (None, set_at(lambda s: prop(s, "Pet", "tag"), "type", "integer"), ["response-type-changed", "model-field-retyped"]),
    "response-type-narrowed": (None, set_at(lambda s: prop(s, "Pet", "weight"), "type", "integer"), ["response-type-narrowed", "model-field-retyped"]),
    "request-format-changed": (set_at(lambda s: prop(s, "NewPet", "tag"), "format", "email"), set_at(lambda s: prop(s, "NewPet", "tag"), "format", "uuid"), ["request-format-changed", "model-field-retyped"]),
    "response-format-changed": (set_at(lambda s: prop(s, "Pet", "tag"), "format", "email"), set_at(lambda s: prop(s, "Pet", "tag"), "format", "uuid"), ["response-format-changed", "model-field-retyped"]),
    "request-nullable-removed": (set_at(lambda s: prop(s, "NewPet", "tag"), "nullable", True), None, ["request-nullable-removed", "model-field-retyped"]),
    "request-nullable-added": (None, set_at(lambda s: prop(s, "NewPet", "tag"), "nullable", True), ["request-nullable-added", "model-field-retyped"]),
    "response-nullable-added": (None, set_at(lambda s: prop(s, "Pet", "tag"), "nullable", True), ["response-nullable-added", "model-field-retyped"]),
    "response-nullable-removed": (set_at(lambda s: prop(s, "Pet", "tag"), "nullable", True), None, ["response-nullable-removed", "model-field-retyped"]),
    "request-enum-value-removed": (None, set_at(lambda s: prop(s, "NewPet", "size"), "enum", ["s", "m"]), ["request-enum-value-removed", "enum-member-removed"]),
    "request-enum-value-added": (None, set_at(lambda s: prop(s, "NewPet", "size"), "enum", ["s", "m", "l", "xl"]), ["request-enum-value-added", "enum-member-added"]),
    "response-enum-value-added": (None, do(set_at(lambda s: schema(s, "Kind"), "enum", ["cat", "dog", "bird"]), set_at(lambda s: schema(s, "Kind"), "x-enum-varnames", ["CAT", "DOG", "BIRD"])), ["response-enum-value-added", "enum-member-added"]),
    "response-enum-value-removed": (None, do(set_at(lambda s: schema(s, "Kind"), "enum", ["cat"]), set_at(lambda s: schema(s, "Kind"), "x-enum-varnames", ["CAT"])), ["response-enum-value-removed", "enum-member-removed"]),
    "request-constraint-tightened": (None, set_at(lambda s: prop(s, "NewPet", "name"), "maxLength", 20), ["request-constraint-tightened"]),
    "request-constraint-loosened": (None, set_at(lambda s: prop(s, "NewPet", "name"), "maxLength", 80), ["request-constraint-loosened"]),
    "response-constraint-loosened": (None, set_at(lambda s: prop(s, "Pet", "name"), "maxLength", 80), ["response-constraint-loosened"]),
    "response-constraint-tightened": (None, set_at(lambda s: prop(s, "Pet", "name"), "maxLength", 20), ["response-constraint-tightened"]),
    "request-variant-removed": (None, set_at(lambda s: prop(s, "NewPet", "owner"), "oneOf", [PERSON]), ["request-variant-removed", "model-field-retyped"]),
    "request-variant-added": (set_at(lambda s: prop(s, "NewPet", "owner"), "oneOf", [PERSON]), None, ["request-variant-added", "model-field-retyped"]),
    "response-variant-added": (set_at(lambda s: prop(s, "Pet", "owner"), "oneOf", [PERSON]), None, ["response-variant-added", "model-field-retyped"]),
    "response-variant-removed": (None, set_at(lambda s: prop(s, "Pet", "owner"), "oneOf", [PERSON]), ["response-variant-removed", "model-field-retyped"]),
    "request-discriminator-changed": (set_at(lambda s: prop(s, "NewPet", "owner"), "discriminator", {"propertyName": "type"}), set_at(lambda s: prop(s, "NewPet", "owner"), "discriminator", {"propertyName": "name"}), ["request-discriminator-changed", "model-field-retyped"]),
    "response-discriminator-changed": (None, set_at(lambda s: prop(s, "Pet", "owner"), "discriminator", {"propertyName": "name"}), ["response-discriminator-changed", "model-field-retyped"]),
    "request-schema-changed": (None, set_at(lambda s: prop(s, "NewPet", "tag"), "not", {"enum": ["x"]}), ["request-schema-changed"]),
    "response-schema-changed": (None, set_at(lambda s: prop(s, "Pet", "tag"), "default", "none"), ["response-schema-changed"]),
    "server-removed": (lambda s: s["servers"].append({"url": "https://old.example.com"}), None, ["server-removed"]),
    "server-added": (None, lambda s: s["servers"].append({"url": "https://new.example.com"}), ["server-added"]),
    "security-scheme-removed": (set_at(lambda s: s["components"]["securitySchemes"], "basic", {"type": "http", "scheme": "basic"}), None, ["security-scheme-removed"]),
    "security-scheme-added": (None, set_at(lambda s: s["components"]["securitySchemes"], "basic", {"type": "http", "scheme": "basic"}), ["security-scheme-added"]),
    "security-scheme-changed": (None, set_at(lambda s: s["components"]["securitySchemes"]["key"], "name", "X-Api-Key"), ["security-scheme-changed"]),
    "api-class-renamed": (None, lambda s: [o.__setitem__("tags", ["animals"]) for p in s["paths"].values() for o in p.values()], ["api-class-renamed"]),
    "api-class-added": (None, set_at(lambda s: s["paths"], "/store", {"get": STORE}), ["operation-added", "api-class-added", "method-added"]),
    "api-class-removed": (set_at(lambda s: s["paths"], "/store", {"get": STORE}), None, ["operation-removed", "api-class-removed", "method-removed"]),
    "method-moved": (None, set_at(get_pet, "tags", ["store"]), ["api-class-added", "method-moved"]),
    "class-renamed": (None, _rename_kind, ["class-renamed"]),
    "class-added": (None, set_at(lambda s: s["components"]["schemas"], "Other", {"type": "object", "properties": {"x": {"type": "string"}}}), ["class-added"]),
    "class-removed": (None, drop(lambda s: s["components"]["schemas"], "Extra"), ["class-removed"]),
    "class-kind-changed": (None, set_at(lambda s: s["components"]["schemas"], "Extra", {"type": "object", "properties": {"a": {"type": "string"}}}), ["class-kind-changed"]),
    "enum-member-renamed": (None, set_at(lambda s: schema(s, "Kind"), "x-enum-varnames", ["FELINE", "DOG"]), ["enum-member-renamed"]),
    "alias-retyped": (None, lambda s: schema(s, "Owner")["oneOf"].append({"type": "string"}), ["alias-retyped"]),
}  # fmt: skip


@pytest.mark.parametrize("check_id", sorted(CASES))
def test_change(tmp_path: Path, check_id: str) -> None:
    old_edit, new_edit, expected = CASES[check_id]
    report = diff_specs(edited(old_edit), edited(new_edit), tmp_path)
    found = sorted(c.id for c in report.changes if c.id != "api-version-bump-insufficient")
    assert found == sorted(expected), [(c.id, c.message) for c in report.changes]
    assert check_id in found
    for change in report.changes:
        assert change.location.line > 0, change
        assert change.location.pointer.startswith("/"), change
        assert change.message and change.subject


def _surface(**classes: Any) -> S:
    return {"apis": {}, "classes": classes}


def _model(
    fields: dict[str, list[Any]], module: str = "models.a", bases: tuple[str, ...] = ()
) -> S:
    return {"kind": "model", "module": module, "file": "a.yaml", "pointer": "/x", "bases": list(bases), "fields": fields}  # fmt: skip


def _method(positional: list[list[str]]) -> S:
    return {"operation": "GET /a", "operationId": "a", "file": "a.yaml", "pointer": "/p", "positional": positional, "keyword": [], "returns": "None", "raises": []}  # fmt: skip


F = ["f", "str", True, "/x/properties/f"]

# Python-only changes that the naming authority makes hard to provoke from a small
# spec, checked on the surfaces the comparer reads.
SURFACE_CASES: dict[str, tuple[S, S, list[str]]] = {
    "class-module-changed": (_surface(A=_model({"f": F})), _surface(A=_model({"f": F}, "models.b")), ["class-module-changed"]),
    "model-field-renamed": (_surface(A=_model({"f": F})), _surface(A=_model({"f": ["f_", "str", True, "/x"]})), ["model-field-renamed"]),
    "model-bases-changed": (_surface(A=_model({"f": F})), _surface(A=_model({"f": F}, bases=("B",))), ["model-bases-changed"]),
    "method-parameter-renamed": (
        {"apis": {"Api": {"module": "m", "tag": "t", "methods": {"a": _method([["x", "int"], ["y", "str"]])}}}, "classes": {}},
        {"apis": {"Api": {"module": "m", "tag": "t", "methods": {"a": _method([["x", "int"], ["z", "str"]])}}}, "classes": {}},
        ["method-parameter-renamed"],
    ),
    "method-parameters-reordered": (
        {"apis": {"Api": {"module": "m", "tag": "t", "methods": {"a": _method([["x", "int"], ["y", "int"]])}}}, "classes": {}},
        {"apis": {"Api": {"module": "m", "tag": "t", "methods": {"a": _method([["y", "int"], ["x", "int"]])}}}, "classes": {}},
        ["method-parameters-reordered"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("check_id", sorted(SURFACE_CASES))
def test_surface_change(check_id: str) -> None:
    old, new, expected = SURFACE_CASES[check_id]
    assert sorted(c.id for c in compare_surfaces(old, new)) == expected


def test_every_check_has_a_case() -> None:
    covered = set(CASES) | set(SURFACE_CASES) | {"api-version-bump-insufficient"}
    covered |= {i for _, _, ids in CASES.values() for i in ids}
    assert sorted(set(CHECKS) - covered) == []


def test_version_bump_too_small(tmp_path: Path) -> None:
    """A breaking change needs a major bump of info.version (Semantic Versioning §8)."""
    gone = drop(lambda s: s["paths"], "/pets/{petId}")
    breaking = do(set_at(lambda s: s["info"], "version", "1.1.0"), gone)
    report = diff_specs(edited(None), edited(breaking), tmp_path)
    assert (report.api_bump, report.version_bump, report.package_bump) == (
        "major",
        "minor",
        "major",
    )
    flagged = [c for c in report.changes if c.id == "api-version-bump-insufficient"]
    assert [c.location.pointer for c in flagged] == ["/info/version"]
    enough = do(set_at(lambda s: s["info"], "version", "2.0.0"), gone)
    report = diff_specs(edited(None), edited(enough), tmp_path)
    assert "api-version-bump-insufficient" not in {c.id for c in report.changes}
    added = do(set_at(lambda s: s["info"], "version", "1.0.1"), add_param(list_pets, {"name": "q", "in": "query", "schema": {"type": "string"}}))  # fmt: skip
    report = diff_specs(edited(None), edited(added), tmp_path)
    assert (report.api_bump, report.version_bump) == ("minor", "patch")
    assert [c.id for c in report.changes if c.impact.label != "info"] == [
        "api-version-bump-insufficient"
    ]


def _reordered(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reordered(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reordered(v) for v in value]
    return value


def _inline_new_pet(spec: S) -> None:
    body(spec)["content"]["application/json"]["schema"] = spec["components"]["schemas"].pop(
        "NewPet"
    )


@pytest.mark.parametrize(
    ("name", "edit", "python"),
    [
        ("identical", None, []),
        ("keys reordered", None, []),
        ("$ref target renamed, same shape", _rename_kind, ["class-renamed"]),
        # the body parameter is named after the schema, so Python code does see it
        (
            "schema moved inline",
            _inline_new_pet,
            ["class-renamed", "class-renamed", "method-parameter-renamed"],
        ),
    ],
)
def test_no_wire_change(tmp_path: Path, name: str, edit: Edit | None, python: list[str]) -> None:
    """Resolved through $refs, these pairs are the same contract; only a class name moves."""
    new = edited(edit)
    if name == "keys reordered":
        new = _reordered(new)
    report = diff_specs(edited(None), new, tmp_path)
    assert sorted(c.id for c in report.changes) == python, [c.message for c in report.changes]


def test_a_shared_change_is_one_change(tmp_path: Path) -> None:
    """A change of the document's security, or of a schema many operations use, is one
    change that names every operation reaching it."""
    new = edited(do(set_at(lambda s: s, "security", ANON), set_at(lambda s: prop(s, "Pet", "name"), "maxLength", 80)))  # fmt: skip
    report = diff_specs(edited(None), new, tmp_path)
    changes = [c for c in report.changes if c.id != "api-version-bump-insufficient"]
    reached = {c.id: (c.subject, c.others, c.location.pointer) for c in changes}
    assert reached == {
        "operation-security-added": ("GET /pets", ("GET /pets/{petId}", "POST /pets"), "/security"),
        "response-constraint-loosened": (
            "GET /pets",
            ("GET /pets/{petId}", "POST /pets"),
            "/components/schemas/Pet/properties/name/maxLength",
        ),
    }


def _shuffled(value: Any, rng: random.Random) -> Any:
    if isinstance(value, dict):
        keys = list(value)
        rng.shuffle(keys)
        return {k: _shuffled(value[k], rng) for k in keys}
    if isinstance(value, list):
        return [_shuffled(v, rng) for v in value]
    return value


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1))
def test_key_order_is_never_a_change(tmp_path: Path, seed: int) -> None:
    report = diff_specs(edited(None), _shuffled(edited(None), random.Random(seed)), tmp_path)
    assert report.changes == ()
