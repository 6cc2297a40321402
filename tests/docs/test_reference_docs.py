"""Our docs carry what the reference docs carry, operation by operation.

Reference pages (``../shared/reference-docs`` beside the repository) were produced by
other generators from historical Airbyte specs; we generate from the same spec versions and check
that every fact the reference states appears in ours. Example bodies differ by
design (ours run); those are checked in the e2e tests.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from generator.ir.model import Api, Tag
from generator.render.doc_types import plain_type
from generator.render.docs import render_docs
from generator.render.environment import make_environment
from tests.docs.docs_markdown_check import broken_links
from tests.docs.docs_reference_pages import (
    REFERENCE_DIR,
    PageFacts,
    parse_openapi_generator,
    parse_our_status_bodies,
    parse_python_generator,
    parse_speakeasy,
)

SPECS = Path(__file__).resolve().parents[2] / "specs" / "corpus" / "airbyte"
SPEC_2022 = "config-2022-04-21-82e31c7ce7.yaml"
SPEC_2023 = "config-2023-01-27-b9e3c8a7f2.yaml"
PACKAGE = "airbyte_config_client"


def test_reference_pages_are_present() -> None:
    """The comparisons below must never be skipped silently: ../shared is always there."""
    assert Path(REFERENCE_DIR).is_dir(), f"{REFERENCE_DIR} is missing"


@functools.cache
def generated(spec: str, style: str) -> tuple[Api, dict[str, str]]:
    from generator.load import load
    from generator.parse import parse

    document, _ = load(SPECS / spec)
    api, _ = parse(document, package_name=PACKAGE)
    return api, render_docs(api, package_name=PACKAGE, style=style, env=make_environment())


def reference(name: str) -> str:
    return (Path(REFERENCE_DIR) / name).read_text(encoding="utf-8")


def tag_of(api: Api, class_name: str) -> Tag:
    return next(tag for tag in api.tags if tag.class_name == class_name)


def _check_signatures_and_statuses(ref: PageFacts, ours: PageFacts) -> int:
    checked = 0
    for name, expected in ref.operations.items():
        actual = ours.operations[name]
        assert actual.signature == expected.signature, name
        assert actual.statuses == expected.statuses, name
        checked += 1
    return checked


@pytest.mark.parametrize(
    ("page", "class_name", "operations"),
    [
        ("000_8dd1e57d65a2cc7b.txt", "ConnectionApi", 10),
        ("003_a9b39649390936c5.txt", "WebBackendApi", 7),
    ],
)
def test_python_prior_reference(page: str, class_name: str, operations: int) -> None:
    _, pages = generated(SPEC_2022, "openapi-generator")
    ref = parse_openapi_generator(reference(page))
    ours = parse_openapi_generator(pages[f"docs/{class_name}.md"])
    assert len(ref.rows) == len(ref.operations) == operations  # the reference parsed fully
    assert ours.rows == ref.rows  # method table: names, methods, paths, summaries, order
    _check_signatures_and_statuses(ref, ours)
    for name, expected in ref.operations.items():
        actual = ours.operations[name]
        for param in expected.params:
            assert param in actual.params, (name, param)
            assert actual.required[param[0]] == expected.required[param[0]], (name, param)
        assert actual.return_type == expected.return_type, name
    print(f"{page}: {len(ref.rows)} table rows and {len(ref.operations)} operations match")


def test_python_generator_reference() -> None:
    _, pages = generated(SPEC_2023, "openapi-generator")
    page = pages["docs/ConnectionApi.md"]
    ref = parse_python_generator(reference("001_8aab2b8d361f69f4.txt"))
    ours = parse_openapi_generator(page)
    our_bodies = parse_our_status_bodies(page)
    assert len(ref.rows) == len(ref.operations) == 9
    assert ours.rows == ref.rows
    _check_signatures_and_statuses(ref, ours)
    for name, expected in ref.operations.items():
        body_types = [t for _, t in expected.params]
        assert body_types, name
        assert body_types[0] in [t for _, t in ours.operations[name].params], name
        for status, body in expected.status_bodies.items():
            assert our_bodies[name].get(status) == body, (name, status)
    print(f"001: {len(ref.operations)} operations with their per-status body models match")


@pytest.mark.parametrize("page", ["002_5e93274fd5e02f74.txt", "004_d1095c30656a4650.txt"])
def test_speakeasy_reference(page: str) -> None:
    api, pages = generated(SPEC_2023, "speakeasy")
    tag = tag_of(api, "ConnectionApi")
    by_id = {op.operation_id: op for op in tag.operations}
    ref = parse_speakeasy(reference(page))
    ours = parse_speakeasy(pages["docs/ConnectionApi.md"])
    assert len(ref.rows) == len(ref.operations) == 9
    # Available operations: the same operations, in the same order, with the same summaries.
    assert [(by_id[op_id].name, summary) for op_id, _, _, summary in ref.rows] == [
        (name, summary) for name, _, _, summary in ours.rows
    ]
    for op_id, expected in ref.operations.items():
        op = by_id[op_id]
        actual = ours.operations[op.name]
        assert actual.description == expected.description, op_id
        for (_, ref_type), ref_required in zip(
            expected.params, expected.required.values(), strict=True
        ):
            matching = [name for name, t in actual.params if t == ref_type]
            assert matching, (op_id, ref_type)
            assert actual.required[matching[0]] == ref_required, (op_id, ref_type)
        if expected.return_type:
            # Speakeasy wraps each response as <OperationId>Response; ours names the model.
            assert expected.return_type == op_id[0].upper() + op_id[1:] + "Response"
            success = next(r for r in op.responses if r.status.startswith("2"))
            wanted = plain_type(success.type) if success.type else "void (empty response body)"
            assert actual.return_type == wanted, op_id
    print(f"{page}: {len(ref.operations)} operations, descriptions, parameters, responses match")


@pytest.mark.parametrize("spec", [SPEC_2022, SPEC_2023])
@pytest.mark.parametrize("style", ["openapi-generator", "speakeasy"])
def test_historical_specs_links_resolve(spec: str, style: str) -> None:
    _, pages = generated(spec, style)
    assert broken_links(pages) == []
