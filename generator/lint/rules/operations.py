"""Rules on operations (OpenAPI 3.x §4.8.10 Operation Object, §4.8.16 Responses)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.load.document import join_pointer

_URL_SAFE = re.compile(r"^[A-Za-z0-9\-._~]+$")


@rule("operation-id-present", Severity.WARNING, "Every operation has an operationId.")
def operation_id_present(index: SpecIndex) -> Iterator[Finding]:
    for op in index.operations:
        if not op.webhook and "operationId" not in op.value:
            yield Finding(op.pointer, f"{op.method.upper()} {op.path} has no operationId")


@rule(
    "operation-id-unique",
    Severity.ERROR,
    "operationIds are unique across the document.",
    structural=True,
)
def operation_id_unique(index: SpecIndex) -> Iterator[Finding]:
    seen: dict[str, list[str]] = defaultdict(list)
    for op in index.operations:
        op_id = op.value.get("operationId")
        if isinstance(op_id, str):
            seen[op_id].append(op.pointer)
    for op_id, pointers in seen.items():
        for pointer in pointers[1:]:
            yield Finding(
                join_pointer(pointer, "operationId"),
                f"operationId {op_id!r} is already used at #{pointers[0]}",
            )


@rule(
    "operation-id-url-safe",
    Severity.WARNING,
    "operationIds use only URL-safe characters (letters, digits, - . _ ~).",
)
def operation_id_url_safe(index: SpecIndex) -> Iterator[Finding]:
    for op in index.operations:
        op_id = op.value.get("operationId")
        if isinstance(op_id, str) and not _URL_SAFE.match(op_id):
            yield Finding(
                join_pointer(op.pointer, "operationId"),
                f"operationId {op_id!r} has characters that are not URL-safe",
            )


def _codes(responses: object) -> list[str]:
    return [str(code) for code in responses] if isinstance(responses, dict) else []


@rule("operation-2xx-response", Severity.WARNING, "Every operation defines a 2xx response.")
def operation_2xx_response(index: SpecIndex) -> Iterator[Finding]:
    for op in index.operations:
        codes = _codes(op.value.get("responses"))
        if not any(code.startswith("2") for code in codes):
            yield Finding(
                join_pointer(op.pointer, "responses") if codes else op.pointer,
                f"{op.method.upper()} {op.path} has no 2xx response",
            )


@rule("operation-4xx-response", Severity.WARNING, "Every operation defines a 4xx response.")
def operation_4xx_response(index: SpecIndex) -> Iterator[Finding]:
    for op in index.operations:
        codes = _codes(op.value.get("responses"))
        if not any(code.startswith("4") for code in codes):
            yield Finding(
                join_pointer(op.pointer, "responses") if codes else op.pointer,
                f"{op.method.upper()} {op.path} has no 4xx response",
            )


@rule("operation-summary", Severity.WARNING, "Every operation has a non-empty summary.")
def operation_summary(index: SpecIndex) -> Iterator[Finding]:
    for op in index.operations:
        summary = op.value.get("summary")
        if not isinstance(summary, str) or not summary.strip():
            yield Finding(op.pointer, f"{op.method.upper()} {op.path} has no summary")


@rule("operation-description", Severity.INFO, "Every operation has a non-empty description.")
def operation_description(index: SpecIndex) -> Iterator[Finding]:
    for op in index.operations:
        text = op.value.get("description")
        if not isinstance(text, str) or not text.strip():
            yield Finding(op.pointer, f"{op.method.upper()} {op.path} has no description")


@rule(
    "operation-tags",
    Severity.WARNING,
    "Every operation has a tag (the generator groups operations into API classes by tag).",
)
def operation_tags(index: SpecIndex) -> Iterator[Finding]:
    for op in index.operations:
        tags = op.value.get("tags")
        if not isinstance(tags, list) or not tags:
            yield Finding(
                op.pointer,
                f"{op.method.upper()} {op.path} has no tags; it will land in a default API class",
            )


@rule(
    "duplicate-parameter",
    Severity.ERROR,
    "A parameter list names each (name, in) pair once.",
    structural=True,
)
def duplicate_parameter(index: SpecIndex) -> Iterator[Finding]:
    owners = {op.path_pointer: op.path_item for op in index.operations}
    owners.update({op.pointer: op.value for op in index.operations})
    for pointer, owner in owners.items():
        seen: set[tuple[str, str]] = set()
        for site in index.parameter_list(owner, pointer):
            key = (str(site.value.get("name")), str(site.value.get("in")))
            if key in seen:
                yield Finding(site.pointer, f"parameter {key[0]!r} in {key[1]} is declared twice")
            seen.add(key)
