"""Structural validation: the document against the OpenAPI JSON Schema.

The schema check uses openapi-spec-validator's bundled OpenAPI 2.0 / 3.0 / 3.1
schemas, read as files and compiled with the Rust ``jsonschema-rs`` (0.03 s
instead of 0.8 s on the Airbyte spec), as openapi-spec-validator itself does;
importing that package would import its validators and pydantic (a quarter of
a lint run). Only when that check fails is the document checked again with the
pure-Python ``jsonschema`` validator, whose nested ``oneOf`` errors let us
explain *which* field is wrong instead of "not valid under any of the given
schemas".

openapi-spec-validator's second phase (duplicate operationIds, path
parameters, defaults, ...) reports without locations and costs ~2 s on
Airbyte; those checks are the ``structural`` lint rules instead, each located.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema_rs
import yaml

from generator.diagnostics import Diagnostic, Severity
from generator.lint.engine import run_rules
from generator.lint.index import build_index
from generator.lint.rules import ALL_RULES
from generator.load import Document
from generator.load.document import join_pointer

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

CODE = "structure"
_VERSIONS = ("2.0", "3.0", "3.1")
_META_2020_URI = "https://json-schema.org/draft/2020-12/schema"
_AS_WRITTEN = ("ref-kind",)


def validate(document: Document, *, jobs: int = 1) -> list[Diagnostic]:
    """Schema errors plus the structural rules: what ``apismith validate`` reports."""
    found = schema_errors(document)
    rules = [r for r in ALL_RULES if r.structural and r.applies_to(document.version)]
    if document.upgraded_from:
        # The other structural rules read the upgraded tree and run under lint only;
        # these read the Swagger 2.0 text's own refs, so they hold for 2.0 too.
        rules = [r for r in rules if r.id in _AS_WRITTEN]
    if rules:
        found.extend(run_rules(build_index(document), rules, jobs=jobs))
    return found


def schema_errors(document: Document) -> list[Diagnostic]:
    """Every place the root document breaks the OpenAPI schema of its version."""
    version = document.upgraded_from or document.version
    data = _original(document) if document.upgraded_from else document.data
    errors: list[tuple[str, ValidationError]] = []
    if version in _VERSIONS and not _fast_validator(version).is_valid(data):
        errors.extend(("", e) for e in _python_validator(version).iter_errors(data))
    if version == "3.1" and _default_dialect(data):
        errors.extend(_schema_dialect_errors(document))
    seen: set[tuple[str, str]] = set()
    found: list[Diagnostic] = []
    for base, error in errors:
        for pointer, message in _explain(error):
            if (base + pointer, message) not in seen:
                seen.add((base + pointer, message))
                location = document.root.locate(base + pointer)
                found.append(Diagnostic(CODE, Severity.ERROR, message, location))
    return found


_DIALECTS = (
    "https://spec.openapis.org/oas/3.1/dialect/base",
    "https://json-schema.org/draft/2020-12/schema",
)
_ROOT_SCHEMAS = {"component", "media", "parameter", "header"}


def _default_dialect(data: Any) -> bool:
    dialect = data.get("jsonSchemaDialect", _DIALECTS[0]) if isinstance(data, dict) else None
    return isinstance(dialect, str) and dialect.rstrip("#") in _DIALECTS


def _schema_dialect_errors(document: Document) -> list[tuple[str, ValidationError]]:
    """OpenAPI 3.1's own schema does not look inside Schema Objects; check each
    top-level schema against the JSON Schema 2020-12 meta-schema (the OpenAPI
    dialect only adds keywords, which 2020-12 allows). The meta-schema is
    bundled with jsonschema-rs and ``jsonschema``: nothing is fetched. jsonschema-rs
    finds the invalid ones; ``jsonschema`` explains them."""
    found: list[tuple[str, ValidationError]] = []
    for site in build_index(document).schemas:
        if site.via not in _ROOT_SCHEMAS or "$schema" in site.value:
            continue
        if not _fast_meta_2020().is_valid(site.value):
            found.extend((site.pointer, e) for e in _meta_2020().iter_errors(site.value))
    return found


def _schema_content(version: str) -> dict[str, Any]:
    """openapi-spec-validator's OpenAPI schema for a version, read from the file it
    ships (``resources/schemas/v3.0/schema.json``) without importing the package."""
    found = importlib.util.find_spec("openapi_spec_validator")
    folders = list(found.submodule_search_locations or []) if found else []
    for folder in folders:
        path = Path(folder, "resources", "schemas", f"v{version}", "schema.json")
        if path.is_file():
            content: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return content
    from openapi_spec_validator.schemas.utils import get_schema_content  # another layout

    return dict(get_schema_content(version))


@cache
def _fast_validator(version: str) -> jsonschema_rs.Validator:
    """The Rust validator openapi-spec-validator would build (draft from ``$schema``)."""
    return jsonschema_rs.validator_for(_schema_content(version), retriever=_refuse_remote)


@cache
def _python_validator(version: str) -> Validator:
    from jsonschema.validators import validator_for

    schema = _schema_content(version)
    return validator_for(schema)(schema)


@cache
def _fast_meta_2020() -> jsonschema_rs.Validator:
    return jsonschema_rs.Draft202012Validator({"$ref": _META_2020_URI}, retriever=_refuse_remote)


@cache
def _meta_2020() -> Validator:
    from jsonschema.validators import Draft202012Validator

    return Draft202012Validator(Draft202012Validator.META_SCHEMA)


def _refuse_remote(uri: str) -> Any:
    """The bundled schemas refer to nothing outside themselves; never fetch."""
    raise ValueError(f"not fetching {uri}")


def _original(document: Document) -> Any:
    """A Swagger 2.0 file's own data (the loader upgrades the root in place)."""
    text = document.root.text
    if text.lstrip().startswith("{"):
        return json.loads(text)
    try:
        return _plain(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except yaml.YAMLError:
        # libyaml (PyYAML 6.0.4's wheel) refuses nesting past 1000 levels on its own;
        # the loader already accepted the file within --max-depth.
        return _plain(yaml.load(text, Loader=yaml.SafeLoader))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _pointer(error: ValidationError) -> str:
    return join_pointer("", *error.absolute_path)


def _explain(error: ValidationError, depth: int = 0) -> list[tuple[str, str]]:
    """(pointer, message) for the likely real cause(s) of a schema error."""
    pointer = _pointer(error)
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator in ("oneOf", "anyOf") and error.context and depth < 20:
        return _explain_branches(error, depth)
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        allowed = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        extras = [k for k in instance if k not in allowed and not _matches_any(k, patterns)]
        if extras:
            return [(join_pointer(pointer, k), f"field {k!r} is not allowed here") for k in extras]
    if error.validator == "unevaluatedProperties" and isinstance(instance, dict):
        listed = re.search(r"\((.*) (?:was|were) unexpected\)", error.message)
        names = re.findall(r"'((?:[^'\\]|\\.)*)'", listed.group(1)) if listed else []
        extras = [k for k in names if k in instance]
        if extras:
            return [(join_pointer(pointer, k), f"field {k!r} is not allowed here") for k in extras]
    if error.validator == "required":
        return [(pointer, f"missing required field: {error.message.split(' is a required')[0]}")]
    if error.validator == "uniqueItems":
        return [(pointer, "the items of this list are not unique")]
    return [(pointer, _short(error.message))]


def _explain_branches(error: ValidationError, depth: int) -> list[tuple[str, str]]:
    """Pick the oneOf/anyOf branch the instance was most likely meant to match."""
    branches: dict[Any, list[ValidationError]] = defaultdict(list)
    for sub in error.context or []:
        branches[sub.relative_schema_path[0] if sub.relative_schema_path else 0].append(sub)
    is_ref = isinstance(error.instance, dict) and "$ref" in error.instance
    candidates = [errs for errs in branches.values() if is_ref or not _wants_ref(errs)]
    candidates = candidates or list(branches.values())
    # A branch that wants another JSON type than the instance has is the wrong one.
    here = len(error.absolute_path)
    typed = [
        errs
        for errs in candidates
        if not any(e.validator == "type" and len(e.absolute_path) == here for e in errs)
    ]
    candidates = typed or candidates
    # A branch whose discriminating value (enum/const) does not match is the wrong one.
    fitting = [errs for errs in candidates if not any(_is_value_miss(e) for e in errs)]
    if not fitting:
        values = [v for errs in candidates for e in errs if _is_value_miss(e) for v in _allowed(e)]
        misses = [e for errs in candidates for e in errs if _is_value_miss(e)]
        if misses and len({_pointer(e) for e in misses}) == 1:
            allowed = ", ".join(repr(v) for v in dict.fromkeys(values))
            miss = misses[0]
            return [(_pointer(miss), f"{miss.instance!r} is not one of {allowed}")]
        fitting = candidates
    best = min(fitting, key=lambda errs: (len(errs), -max(len(e.absolute_path) for e in errs)))
    return [found for sub in best for found in _explain(sub, depth + 1)]


def _is_value_miss(error: ValidationError) -> bool:
    return error.validator in ("enum", "const")


def _allowed(error: ValidationError) -> list[Any]:
    value = error.validator_value
    return list(value) if error.validator == "enum" and isinstance(value, list) else [value]


def _matches_any(key: str, patterns: Any) -> bool:
    return any(re.search(p, key) for p in patterns) if isinstance(patterns, dict) else False


def _wants_ref(errors: list[ValidationError]) -> bool:
    """This branch is the Reference Object one (it failed for want of ``$ref``)."""
    return any(e.validator == "required" and "'$ref'" in e.message for e in errors)


def _short(message: str) -> str:
    return message if len(message) <= 200 else message[:197] + "..."
