"""Every example in the Airbyte docs, run against Prism with the committed client.

The docs are rendered from ``specs/airbyte/config.yaml``; each ``python`` block is
executed in-process in a fresh namespace with stdout captured, the host taken from
``AIRBYTE_CONFIG_CLIENT_HOST`` as a user would set it. An example succeeds when it
raises nothing and does not print the client's exception. Two outcomes are told
apart rather than hidden: a redirect the operation declares as its only response,
a declared response Prism cannot mock because the spec gives it no schema, and a
known client defect (a 204 declared with a body: the runtime tries to decode the
empty body) so that it stays visible without hiding other failures.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.ir.model import Api, Operation
from generator.render.doc_programs import FAILURE_MARKER
from generator.render.docs import render_docs
from generator.render.environment import make_environment
from tests.docs.docs_markdown_check import CodeBlock, code_blocks

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "specs" / "airbyte" / "config.yaml"
PACKAGE = "airbyte_config_client"
PRISM_NO_SCHEMA = "but schema is not defined"


@dataclass
class Outcome:
    ok: list[str] = field(default_factory=list)
    redirects: list[str] = field(default_factory=list)
    unmockable: list[str] = field(default_factory=list)
    unmockable_blocks: list[CodeBlock] = field(default_factory=list)
    client_204: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def airbyte() -> tuple[Api, dict[str, str]]:
    from generator.load import load
    from generator.parse import parse

    document, _ = load(SPEC)
    api, _ = parse(document, package_name=PACKAGE)
    pages = render_docs(
        api, package_name=PACKAGE, style="openapi-generator", env=make_environment()
    )
    return api, pages


def _operation(api: Api, output: str) -> Operation | None:
    match = re.search(rf"{FAILURE_MARKER} (\w+)\.(\w+):", output)
    if match is None:
        return None
    for tag in api.tags:
        if tag.class_name == match.group(1):
            return next((op for op in tag.operations if op.name == match.group(2)), None)
    return None


def _declares_success_content(op: Operation) -> bool:
    """Prism names the media type it could not mock; the operation must declare one."""
    return any(r.status.startswith("2") and r.media_type for r in op.responses)


def run_block(block: CodeBlock, api: Api, outcome: Outcome) -> None:
    label = f"{block.page}:{block.line}"
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(block.text, label, "exec"), {"__name__": "__example__"})
    except BaseException as exc:
        outcome.failed.append(f"{label}: {type(exc).__name__}: {exc}"[:600])
        return
    text = out.getvalue()
    if FAILURE_MARKER not in text:
        outcome.ok.append(label)
        return
    op = _operation(api, text)
    status = re.search(r": \((\d{3})\)", text)
    declared = {r.status for r in op.responses} if op else set()
    if op and status and status.group(1).startswith("3") and declared == {status.group(1)}:
        outcome.redirects.append(op.operation_id)
    elif op and PRISM_NO_SCHEMA in text and _declares_success_content(op):
        outcome.unmockable.append(op.operation_id)
        outcome.unmockable_blocks.append(block)
    elif op and "(204) No Content" in text and "response does not match" in text:
        outcome.client_204.append(op.operation_id)
    else:
        outcome.failed.append(f"{label}: {text.strip()}"[:600])


def test_every_airbyte_example_runs_against_prism(
    prism: Callable[[Path], str],
    prism_static: Callable[[Path], str],
    airbyte_client_path: Path,
    airbyte: tuple[Api, dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    api, pages = airbyte
    monkeypatch.setenv("AIRBYTE_CONFIG_CLIENT_HOST", prism(SPEC))
    importlib.import_module(PACKAGE)  # once, so the first example is not charged for it
    blocks = [b for b in code_blocks(pages) if "ApiClient(" in b.text]
    outcome = Outcome()
    for block in blocks:
        run_block(block, api, outcome)
    print(
        f"\nAirbyte doc examples against Prism: {len(blocks)} run, {len(outcome.ok)} succeeded, "
        f"{len(outcome.redirects)} got their declared redirect, {len(outcome.unmockable)} "
        f"valid but not mockable by Prism (no response schema), {len(outcome.client_204)} "
        f"hit the client's 204-with-body defect, {len(outcome.failed)} failed"
    )
    # Prism's dynamic mode cannot invent a body without a schema: those examples run
    # again against Prism in static mode, where they must succeed.
    monkeypatch.setenv("AIRBYTE_CONFIG_CLIENT_HOST", prism_static(SPEC))
    static = Outcome()
    for block in outcome.unmockable_blocks:
        run_block(block, api, static)
    print(f"static-mode Prism: {len(static.ok)} of {len(outcome.unmockable_blocks)} succeeded")
    assert len(static.ok) == len(outcome.unmockable_blocks), static.failed + static.unmockable
    assert len(blocks) == 1 + len(api.operations())  # README + one per operation and tag
    assert outcome.failed == [], "\n".join(outcome.failed)
    # The operations behind the three special outcomes, as of the committed spec: they may
    # only shrink (e.g. when the runtime stops decoding 204 bodies), never grow unnoticed.
    assert set(outcome.redirects) <= {"oauthCallback"}
    assert set(outcome.unmockable) <= {"getDocumentation", "initiateOAuth"}
    assert set(outcome.client_204) <= {"applySchemaChangeForConnection"}
