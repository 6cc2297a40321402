"""Check every example request of a spec against its schema with the linter's value checker.

An example request is what the docs' example program for an operation passes (its
parameters and its body) and what the end-to-end calls send: the values the docs'
``ProgramBuilder`` chooses, as JSON. Each is checked with ``generator.lint.values`` (the
checker ``lint``'s ``example-invalid`` rule uses) against the schema it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.ir.model import Api, Parameter, RequestBody
from generator.lint.index import build_index
from generator.lint.values import checker_for
from generator.load import load
from generator.load.document import Document, join_pointer
from generator.parse import parse
from generator.render.doc_programs import ProgramBuilder
from generator.render.examples import ExampleFactory, to_json
from generator.settings.limits import DEFAULT_LIMITS, Limits


@dataclass
class ExampleReport:
    checked: int = 0
    invalid: list[tuple[str, str]] = field(default_factory=list)
    """("METHOD /path", what is wrong) of each example that does not validate."""
    missing: list[str] = field(default_factory=list)
    """Required parameters or bodies the builder gave no value for."""


def schema_pointer(item: Parameter | RequestBody) -> str:
    """Where the schema of a parameter or of a body's first media type is."""
    if isinstance(item, RequestBody):
        return join_pointer(item.origin.pointer, "content", item.primary.media_type, "schema")
    if item.content_type:
        return join_pointer(item.origin.pointer, "content", item.content_type, "schema")
    return join_pointer(item.origin.pointer, "schema")


def check_document(document: Document, api: Api) -> ExampleReport:
    """Every example request of ``api`` (parsed from ``document``) against its schema."""
    report = ExampleReport()
    checker = checker_for(build_index(document))
    programs = ProgramBuilder(api, api.package_name, ExampleFactory(api))
    root = document.root.display
    seen: set[int] = set()
    for op in api.operations():
        if id(op) in seen:
            continue
        seen.add(id(op))
        for item, value in programs.example_values(op):
            label = f"{op.method} {op.path}"
            if value is None:
                if item.required:
                    report.missing.append(f"{label} {item.name}")
                continue
            file = "" if item.origin.file == root else item.origin.file
            data = to_json(value)
            report.checked += 1
            errors = checker.errors(schema_pointer(item), data, file)
            if errors:
                report.invalid.append((label, f"{item.name} = {data!r:.300}: {'; '.join(errors)}"))
    return report


def check_spec(spec: Path, limits: Limits = DEFAULT_LIMITS) -> ExampleReport:
    document, _ = load(spec, limits)
    api, _ = parse(document)
    return check_document(document, api)
