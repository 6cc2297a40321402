"""No document, however malformed, makes a rule crash: a finding, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.lint.config import LintConfig
from generator.lint.run import check_file

KEYS = [
    "openapi", "info", "paths", "/a/{id}", "/{x}/b", "get", "post", "parameters", "name", "in",
    "path", "query", "required", "schema", "type", "properties", "items", "allOf", "oneOf",
    "enum", "default", "example", "examples", "value", "responses", "200", "content",
    "application/json", "components", "schemas", "A", "$ref", "servers", "url", "variables",
    "security", "securitySchemes", "tags", "operationId", "nullable", "callbacks", "webhooks",
    "flows", "scopes", "additionalProperties", "headers", "requestBody",
]  # fmt: skip
REFS = st.sampled_from(["#/components/schemas/A", "#/nope", "#", "x.yaml", "#/paths/~1a~1{id}"])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(KEYS), REFS, st.floats(0, 1)
)
TREES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)
    ),
    max_leaves=40,
)


@example(body={"paths": {"/a": {"parameters": True}}}, version="3.0.3")  # found by this test
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.dictionaries(st.sampled_from(KEYS), TREES, max_size=6),
    version=st.sampled_from(["3.0.3", "3.1.0"]),
)
def test_malformed_documents_never_crash(
    tmp_path_factory: Any, body: dict[str, Any], version: str
) -> None:
    path: Path = tmp_path_factory.mktemp("fuzz") / "spec.json"
    path.write_text(json.dumps({**body, "openapi": version}), encoding="utf-8")
    for full in (True, False):
        found, _, _ = check_file(str(path), LintConfig(), full=full)
        crashes = [d.message for d in found if d.code in ("internal", "load.internal")]
        assert crashes == []
