"""The shared specs (``specs/corpus``, a copy of ``../shared/specs``) and the operations
Prism cannot serve, each with the reason.

``KNOWN_FAILURES`` is keyed by ``"<folder>/<file>"`` and ``"METHOD /path"``. The corpus
test calls every other operation and requires it to pass; ``tools/coverage_table.py``
reads the same list for ``docs/coverage.md``.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "specs" / "corpus"
FLAGSHIP = "config-2026-08-21-e9ece38f83.yaml"
"""The Airbyte spec of ``specs/airbyte``: its own end-to-end test covers it."""
SPLIT_PIECES = {"Pet.yaml", "NewPet.yaml", "parameters.yaml", "Error.yaml"}
"""Pieces of multi-file specs, read through their root document."""
OUTSIDE_REFS = {"swagger.yaml"}
"""Specs whose ``$ref``s reach ``../common`` (the multi-file petstore): allowed for them only."""


def corpus_specs(*, flagship: bool = True) -> list[Path]:
    """Every root document of the corpus, sorted."""
    return sorted(
        p
        for p in CORPUS.rglob("*")
        if p.suffix in (".yaml", ".json")
        and p.name not in SPLIT_PIECES
        and (flagship or p.name != FLAGSHIP)
    )


_PRISM_DIES = "Prism's process dies on it (called last, so it cannot take the others down)"
_SPACE_IN_NAME = (
    "a query parameter whose name has a space: Prism looks for it percent-encoded "
    "('string%20with%20num') and answers 422 although the request sends it"
)
_NULL_ONLY_ENUM = (
    "a required query array of a null-only enum: null cannot be sent in a query string, "
    "so Prism finds the parameter missing"
)
PRISM_MULTIPART = (
    "Prism rejects every multipart part of this body as 'must be object', also for a "
    "request made with curl -F"
)
_PREFIX_ITEMS = (
    "Prism reads 3.1 schemas without prefixItems: it checks every item against `items` "
    "(number), so it refuses the valid [\"prefix\"] with 'must be number'"
)
KNOWN_FAILURES: dict[str, dict[str, str]] = {
    "v3.1/non-oauth-scopes.yaml": {
        "GET /users": "the operation declares no responses; Prism answers 500 "
        "NO_RESPONSE_RESPONSE_DEFINED",
    },
    "openapi-python-client/3.1_specific.openapi.yaml": {
        "POST /const/{path}": _SPACE_IN_NAME.replace("string%20with%20num", "required%20query"),
        "POST /prefixItems": _PREFIX_ITEMS,
    },
    "openapi-python-client/baseline_openapi_3.0.json": {
        "POST /config/content-type-override": _PRISM_DIES,
        "POST /defaults": _SPACE_IN_NAME,
        "GET /tests/": _NULL_ONLY_ENUM,
        "POST /tests/upload": PRISM_MULTIPART,
    },
    "openapi-python-client/baseline_openapi_3.1.yaml": {
        "POST /config/content-type-override": _PRISM_DIES,
        "POST /defaults": _SPACE_IN_NAME,
        "GET /tests/": _NULL_ONLY_ENUM,
        "POST /tests/upload": PRISM_MULTIPART,
    },
    "openapi-python-client/openapi_3.1_enums.yaml": {
        "GET /tests/": _NULL_ONLY_ENUM,
    },
}
"""Per spec, the operations Prism cannot serve, with the reason; every other must pass,
and a listed one that passes fails the test, so the list stays true."""
