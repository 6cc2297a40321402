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


@dataclass
class ExampleReport:
    checked: int = 0
    invalid: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    """Required parameters or bodies the builder gave no value for."""


def schema_pointer(item: Parameter | RequestBody) -> str:
    """Where the schema of a parameter or of a body's first media type is."""
    if isinstance(item, RequestBody):
        return join_pointer(item.origin.pointer, "content", item.primary.media_type, "schema")
    if item.content_type:
        return join_pointer(item.origin.pointer, "content", item.content_type, "schema")
    return join_pointer(item.origin.pointer, "schema")


def check_api(api: Api, document: Document, report: ExampleReport) -> None:
    index = build_index(document)
    checker = checker_for(index)
    programs = ProgramBuilder(api, api.package_name, ExampleFactory(api))
    root = document.root.display
    seen: set[int] = set()
    for op in api.operations():
        if id(op) in seen:
            continue
        seen.add(id(op))
        for item, value in programs.example_values(op):
            label = f"{op.method} {op.path} {item.name}"
            if value is None:
                if item.required:
                    report.missing.append(label)
                continue
            file = "" if item.origin.file == root else item.origin.file
            data = to_json(value)
            report.checked += 1
            errors = checker.errors(schema_pointer(item), data, file)
            if errors:
                report.invalid.append(f"{label}: {data!r:.200}: {'; '.join(errors)}")


def check_spec(spec: Path) -> ExampleReport:
    document, _ = load(spec)
    api, _ = parse(document)
    report = ExampleReport()
    check_api(api, document, report)
    return report
