"""The registry of diff checks: every id a change can carry, its default severity,
its level and a one-line description (the README's table is checked against it).

Severity follows the direction of data (JSON Schema Validation 2020-12 §9.4 readOnly/writeOnly):
what a client sends (``request-*``) may not become stricter, what it receives
(``response-*``) may not become looser. ``[tool.apismith.diff]`` can override a
severity or turn a check off.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diff.model import Impact, Level

B, W, I = Impact.BREAKING, Impact.WARNING, Impact.INFO  # noqa: E741
WIRE, PY = Level.WIRE, Level.PYTHON


@dataclass(frozen=True, slots=True)
class Check:
    id: str
    impact: Impact
    level: Level
    description: str


_TABLE: tuple[tuple[str, Impact, Level, str], ...] = (
    # operations (OpenAPI 3.1 §4.8.8 Paths, §4.8.10 Operation)
    ("operation-removed", B, WIRE, "an operation (method and path) is gone"),
    ("operation-added", I, WIRE, "a new operation"),
    ("operation-path-changed", B, WIRE, "an operation (same operationId) moved to another path"),
    ("operation-deprecated", I, WIRE, "an operation is now marked deprecated"),
    ("operation-id-changed", I, WIRE, "an operation's operationId changed"),
    ("operation-security-removed", B, WIRE, "a way to authenticate an operation is gone"),
    ("operation-security-added", I, WIRE, "a new way to authenticate an operation"),
    # parameters (§4.8.12)
    ("request-parameter-removed", W, WIRE, "a parameter is gone (clients still send it)"),
    ("request-parameter-added-required", B, WIRE, "a new required parameter"),
    ("request-parameter-added-optional", I, WIRE, "a new optional parameter"),
    ("request-parameter-became-required", B, WIRE, "an optional parameter is now required"),
    ("request-parameter-became-optional", I, WIRE, "a required parameter is now optional"),
    ("request-parameter-location-changed", B, WIRE, "a parameter moved (query, header, ...)"),
    ("request-parameter-style-changed", B, WIRE, "a parameter is serialised differently"),
    # request and response bodies (§4.8.13, §4.8.17)
    ("request-body-added-required", B, WIRE, "an operation now requires a body"),
    ("request-body-added-optional", I, WIRE, "an operation now accepts a body"),
    ("request-body-removed", W, WIRE, "an operation no longer takes a body"),
    ("request-body-became-required", B, WIRE, "an optional body is now required"),
    ("request-media-type-removed", B, WIRE, "a request media type is no longer accepted"),
    ("request-media-type-added", I, WIRE, "a new request media type"),
    ("response-success-status-removed", B, WIRE, "a 2xx response is gone"),
    ("response-status-removed", W, WIRE, "a non-2xx response is no longer declared"),
    ("response-status-added", I, WIRE, "a newly declared response status"),
    ("response-media-type-removed", B, WIRE, "a response media type is gone"),
    ("response-media-type-added", I, WIRE, "a new response media type"),
    ("response-header-removed", W, WIRE, "a response header is no longer declared"),
    ("response-header-added", I, WIRE, "a newly declared response header"),
    # schemas, by direction of data (§4.8.24)
    ("request-property-removed", W, WIRE, "a request property is gone (clients still send it)"),
    ("request-required-property-added", B, WIRE, "a new required request property"),
    ("request-optional-property-added", I, WIRE, "a new optional request property"),
    ("request-property-became-required", B, WIRE, "a request property is now required"),
    ("request-property-became-optional", I, WIRE, "a request property is now optional"),
    ("response-required-property-removed", B, WIRE, "a required response property is gone"),
    ("response-optional-property-removed", W, WIRE, "an optional response property is gone"),
    ("response-property-added", I, WIRE, "a new response property"),
    ("response-property-became-optional", B, WIRE, "a response property may now be absent"),
    ("response-property-became-required", I, WIRE, "a response property is now always there"),
    ("request-type-changed", B, WIRE, "a request value's type changed"),
    ("request-type-widened", I, WIRE, "a request value accepts more types"),
    ("response-type-changed", B, WIRE, "a response value's type changed"),
    ("response-type-narrowed", I, WIRE, "a response value has fewer possible types"),
    ("request-format-changed", W, WIRE, "a request value's format changed"),
    ("response-format-changed", W, WIRE, "a response value's format changed"),
    ("request-nullable-removed", B, WIRE, "a request value may no longer be null"),
    ("request-nullable-added", I, WIRE, "a request value may now be null"),
    ("response-nullable-added", B, WIRE, "a response value may now be null"),
    ("response-nullable-removed", I, WIRE, "a response value is no longer null"),
    ("request-enum-value-removed", B, WIRE, "a value clients may send is gone from an enum"),
    ("request-enum-value-added", I, WIRE, "an enum accepts a new value"),
    ("response-enum-value-added", W, WIRE, "a response enum has a new value"),
    ("response-enum-value-removed", I, WIRE, "a response enum lost a value"),
    ("request-constraint-tightened", B, WIRE, "a request value is more constrained"),
    ("request-constraint-loosened", I, WIRE, "a request value is less constrained"),
    ("response-constraint-loosened", W, WIRE, "a response value is less constrained"),
    ("response-constraint-tightened", I, WIRE, "a response value is more constrained"),
    ("request-variant-removed", B, WIRE, "a oneOf/anyOf branch clients may send is gone"),
    ("request-variant-added", I, WIRE, "a new oneOf/anyOf branch in a request"),
    ("response-variant-added", W, WIRE, "a new oneOf/anyOf branch in a response"),
    ("response-variant-removed", I, WIRE, "a oneOf/anyOf branch of a response is gone"),
    ("request-discriminator-changed", B, WIRE, "a request union is told apart differently"),
    ("response-discriminator-changed", B, WIRE, "a response union is told apart differently"),
    ("request-schema-changed", W, WIRE, "a request schema keyword no other check reads changed"),
    ("response-schema-changed", W, WIRE, "a response schema keyword no other check reads changed"),
    # document level (§4.8.2 Info, §4.8.5 Server, §4.8.27 Security Scheme)
    ("server-removed", W, WIRE, "a server URL is gone"),
    ("server-added", I, WIRE, "a new server URL"),
    ("security-scheme-removed", W, WIRE, "a security scheme is gone"),
    ("security-scheme-added", I, WIRE, "a new security scheme"),
    ("security-scheme-changed", B, WIRE, "a security scheme's type, location or name changed"),
    ("api-version-bump-insufficient", W, WIRE, "info.version was not bumped as the changes need"),
    # the generated client (the IR, through the naming authority)
    ("api-class-removed", B, PY, "an API class is gone"),
    ("api-class-added", I, PY, "a new API class"),
    ("api-class-renamed", B, PY, "an API class has a new name (a tag was renamed)"),
    ("method-removed", B, PY, "an API method is gone"),
    ("method-added", I, PY, "a new API method"),
    ("method-renamed", B, PY, "an API method has a new name"),
    ("method-moved", B, PY, "an API method moved to another API class (tags changed)"),
    ("method-parameter-removed", B, PY, "a method parameter is gone"),
    ("method-parameter-renamed", B, PY, "a method parameter has a new name (same type)"),
    ("method-parameter-added-required", B, PY, "a new required method parameter"),
    ("method-parameter-added-optional", I, PY, "a new optional (keyword) method parameter"),
    ("method-parameter-became-required", B, PY, "a keyword parameter is now required"),
    ("method-parameter-became-optional", W, PY, "a positional parameter is now keyword-only"),
    ("method-parameters-reordered", B, PY, "the positional parameters are in another order"),
    ("method-parameter-retyped", B, PY, "a method parameter's annotation changed"),
    ("method-return-type-changed", B, PY, "a method returns another type"),
    ("method-raises-changed", W, PY, "a method raises other exception classes"),
    ("class-removed", B, PY, "a model, enum or union class is gone"),
    ("class-added", I, PY, "a new model, enum or union class"),
    ("class-renamed", B, PY, "a class has a new name (a schema was renamed or moved)"),
    ("class-kind-changed", B, PY, "a class changed kind (model, enum, union)"),
    ("class-module-changed", W, PY, "a class lives in another module"),
    ("model-field-removed", B, PY, "a model field is gone"),
    ("model-field-added-required", B, PY, "a new required model field"),
    ("model-field-added-optional", I, PY, "a new optional model field"),
    ("model-field-renamed", B, PY, "a model field has a new Python name (same wire name)"),
    ("model-field-retyped", B, PY, "a model field's annotation changed"),
    ("model-field-retyped-any", W, PY, "a model field's annotation changed to or from Any"),
    ("model-field-became-required", B, PY, "a model field is now required"),
    ("model-field-became-optional", W, PY, "a model field may now be None"),
    ("model-bases-changed", W, PY, "a model's base classes changed"),
    ("enum-member-removed", B, PY, "an enum member is gone"),
    ("enum-member-added", I, PY, "a new enum member"),
    ("enum-member-renamed", B, PY, "an enum member has a new Python name (same value)"),
    ("alias-retyped", B, PY, "a union alias stands for another type"),
)

CHECKS: dict[str, Check] = {row[0]: Check(*row) for row in _TABLE}
