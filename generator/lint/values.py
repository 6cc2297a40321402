"""Check example and default values against the schema they belong to.

Uses openapi-schema-validator's OAS 3.0 / 3.1 validators (``nullable``,
``readOnly`` and OpenAPI formats are understood), with ``$ref``s resolved
inside the loaded root document through a ``referencing`` registry.
"""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT4, DRAFT202012

from generator.lint.index import SpecIndex


class ValueChecker:
    """Validates values against schemas of one document, sharing one registry."""

    def __init__(self, index: SpecIndex) -> None:
        self._index = index
        self._v31 = index.version == "3.1"
        spec = DRAFT202012 if self._v31 else DRAFT4
        registry: Registry[Any] = Registry(retrieve=_refuse_remote)  # type: ignore[call-arg]
        # Each file under its own file: URI, so relative $refs between files resolve.
        for source in index.document.files.values():
            if source.data is not None:
                resource = Resource.from_contents(source.data, default_specification=spec)
                registry = registry.with_resource(source.path.as_uri(), resource)
        self._registry = registry

    def errors(self, pointer: str, value: Any, file: str = "") -> list[str]:
        """Messages for why ``value`` does not match the schema at ``pointer`` of
        ``file`` (a display name; "" for the root)."""
        validator = self._validator(f"{self._index.source(file).path.as_uri()}#{pointer}")
        try:
            found = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        except Exception:
            return []
        return [_message(e) for e in found[:3]]

    def _validator(self, ref: str) -> Validator:
        schema = {"$ref": ref}
        if self._v31:
            return OAS31Validator(  # type: ignore[no-any-return]
                schema, registry=self._registry, format_checker=oas31_format_checker
            )
        return OAS30Validator(  # type: ignore[no-any-return]
            schema, registry=self._registry, format_checker=oas30_format_checker
        )


def _refuse_remote(uri: str) -> Resource[Any]:
    """Never fetch: a ``$ref`` outside the document is reported by the loader instead."""
    raise NoSuchResource(uri)


def _message(error: ValidationError) -> str:
    where = "".join(f"[{p!r}]" for p in error.absolute_path)
    text = error.message if len(error.message) <= 160 else error.message[:157] + "..."
    return f"{where}: {text}" if where else text


def checker_for(index: SpecIndex) -> ValueChecker:
    """One checker per index (rules share it through the index's cache)."""
    cached = index.cache.get("values")
    if not isinstance(cached, ValueChecker):
        cached = ValueChecker(index)
        index.cache["values"] = cached
    return cached
