"""The docs of a small hand-built API: links, structure, examples, determinism."""

from __future__ import annotations

import ast
import builtins
import contextlib
import datetime
import io
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import black
import pytest

from generator.ir.model import Api, Enum, EnumMember, Model, Origin, Tag
from generator.render.doc_programs import FAILURE_MARKER
from generator.render.docs import DOC_STYLES, page_names, render_docs
from generator.render.environment import make_environment
from tests.docs.docs_fake_client import fake_package
from tests.docs.docs_markdown_check import broken_links, code_blocks, link_count, structure_problems
from tests.docs.docs_sample_ir import API

OUR_HEADINGS = re.compile(
    r"^(# \S+$|# \*\*\w+\*\*$|#{2,4} (Overview|Available Operations|Example|Example Usage|"
    r"Parameters|Request body|Return type|Response|Errors|Authorization|HTTP request headers|"
    r"HTTP response details|Properties|Values|Type|Requirements|Installation|Getting Started|"
    r"Documentation for API Endpoints|Documentation For Models|Documentation For Authorization|"
    r"Operations by Tag|Tag: .+|"
    r"SDK Installation|SDK Example Usage|Available Resources and Operations|Models|"
    r"Authentication|\w+: \w+|\w+|\[\w+\]\(docs/\w+\.md\))$)"
)


def render(style: str = "openapi-generator", api: Api = API) -> dict[str, str]:
    return render_docs(api, package_name="sample_client", style=style, env=make_environment())


@pytest.mark.parametrize("style", DOC_STYLES)
def test_every_link_and_anchor_resolves(style: str) -> None:
    pages = render(style)
    assert broken_links(pages) == []
    assert link_count(pages) > 40


def test_link_checker_notices_a_missing_page_and_anchor() -> None:
    pages = {
        "README.md": "[a](docs/A.md#a) [b](docs/B.md#nope) [c](#here) [d](docs/C.md)\n",
        "docs/A.md": "# A\n\n```\n[x](nowhere.md)\n```\n",
        "docs/B.md": '<a id="yes"></a>\n',
    }
    assert broken_links(pages) == [
        "README.md:1: docs/B.md#nope: no anchor #nope",
        "README.md:1: #here: no anchor #here",
        "README.md:1: docs/C.md: no page docs/C.md",
    ]


@pytest.mark.parametrize("style", DOC_STYLES)
def test_hostile_descriptions_do_not_change_page_structure(style: str) -> None:
    pages = render(style)
    problems = [
        p for path, text in pages.items() for p in structure_problems(path, text, OUR_HEADINGS)
    ]
    assert problems == []
    api_page = pages["docs/ConnectionApi.md"]
    assert "<script>" not in api_page and "</details>" not in api_page
    assert "&lt;/details&gt;&lt;script&gt;" in api_page


def test_pages_for_every_class_and_api() -> None:
    pages = render()
    expected = {f"docs/{n}.md" for n in ("Cat", "Dog", "Pet", "SyncMode", "TreeNode", "ErrorInfo")}
    expected |= {
        "README.md",
        "docs/ConnectionApi.md",
        "docs/ConnectionCreate.md",
        "docs/ConnectionRead.md",
    }
    assert set(pages) == expected


def test_operation_section_layout() -> None:
    page = render()["docs/ConnectionApi.md"]
    assert (
        "[**create_connection**](ConnectionApi.md#create_connection) | **POST** "
        "/v1/connections/create | Create a connection" in page
    )
    assert "> ConnectionRead create_connection(connection_create)\n" in page
    assert "> ConnectionRead get_connection(connection_id)\n" in page
    assert "> delete_connection()\n" in page  # optional body: not in the signature
    assert " **limit** | **int** |  | [optional]; query parameter; [default to `20`]" in page
    assert (
        " **connection_id** | **UUID** | The id. | path parameter `connectionId`; format: uuid"
        in page
    )
    assert (
        "**200** | Successful operation | `X-Rate-Limit` (int): Calls left \\| per hour |" in page
    )
    assert "**422** | Input failed validation |  -  |" in page
    assert "Raises `sample_client.exceptions.UnprocessableEntityException`" in page
    assert " - [bearerAuth](../README.md#auth-bearerauth)" in page
    assert " - **Content-Type**: Not defined\n - **Accept**: application/json" in page


def test_speakeasy_layout() -> None:
    page = render("speakeasy")["docs/ConnectionApi.md"]
    assert "## Overview\n\nConnection between sources and destinations.\n" in page
    assert "* [get_connection](#get_connection) - Get a connection" in page
    assert "| `connection_id` | **UUID** | :heavy_check_mark: | The id. |" in page
    assert "| `limit` | **int** | :heavy_minus_sign: |  |" in page
    assert "### Response\n\n[**ConnectionRead**](ConnectionRead.md)\n" in page
    assert "| `sample_client.exceptions.NotFoundException` | 404 | - |" in page


def test_model_page() -> None:
    page = render()["docs/ConnectionCreate.md"]
    assert "**source_id** | **UUID** |  | required; JSON key `sourceId`; format: uuid" in page
    assert (
        "**sync_mode** | [**SyncMode**](SyncMode.md) |  | required; JSON key `syncMode`; "
        'one of `"full_refresh"`, `"incremental"`' in page
    )
    assert "**id** | **UUID** |  | [optional]; [readonly]; format: uuid" in page
    assert '**prefix** | **str** |  | [optional]; [default to `"pre_"`]' in page
    enum_page = render()["docs/SyncMode.md"]
    assert '`SyncMode.INCREMENTAL` | `"incremental"` | ' in enum_page


def _undefined_names(source: str) -> set[str]:
    tree = ast.parse(source)
    defined = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            defined |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            defined.add(node.name)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return used - defined


@pytest.mark.parametrize("style", DOC_STYLES)
def test_examples_are_complete_black_formatted_programs(style: str) -> None:
    blocks = code_blocks(render(style))
    # README usage, auth snippet, three operations (+ the import line in the default README)
    assert len(blocks) == {"openapi-generator": 6, "speakeasy": 5}[style]
    for block in blocks:
        assert _undefined_names(block.text) == set(), block
        assert black.format_str(block.text, mode=black.Mode(line_length=100)) == block.text


def test_examples_run_against_a_stand_in_client() -> None:
    blocks = code_blocks(render())
    with fake_package("sample_client", {"connection_api": "ConnectionApi"}) as calls:
        for block in blocks:
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(block.text, block.page, "exec"), {"__name__": "__example__"})
            assert FAILURE_MARKER not in out.getvalue()
    # Required arguments positionally, optional ones by keyword, as the client's signatures.
    shapes = [(c.method, len(c.args), sorted(c.kwargs)) for c in calls]
    assert shapes == [
        ("create_connection", 1, []),  # README
        ("create_connection", 1, []),
        ("get_connection", 1, ["limit"]),
        ("delete_connection", 0, ["pet"]),
    ]
    body = calls[0].args[0].kwargs
    assert isinstance(body["source_id"], uuid.UUID)
    assert body["created_at"] == datetime.datetime(2024, 1, 15, 9, 30, tzinfo=datetime.UTC)
    assert re.fullmatch(r"[a-z]{2}-\d+", body["code"])
    assert body["contact"] == "jane.doe@example.com"  # the spec's invalid example is not used
    assert body["sync_mode"] == "SyncMode.FULL_REFRESH"
    assert "id" not in body  # read-only fields are not sent
    # The discriminator value is set, on the branch the value matches alone (a Cat value
    # would match Dog too, which requires no `lives`: oneOf, JSON Schema Core §10.2.1.3).
    assert body["pet"].kwargs == {"pet_type": "dog", "good_boy": True}
    assert isinstance(calls[2].args[0], uuid.UUID)
    assert calls[2].kwargs == {"limit": 20}  # the parameter's default, which validates


def test_same_bytes_every_time_and_under_any_hash_seed() -> None:
    assert render() == render()
    script = (
        "import hashlib, json;"
        "from generator.render.docs import render_docs;"
        "from generator.render.environment import make_environment;"
        "from tests.docs.docs_sample_ir import API;"
        "pages = render_docs(API, package_name='sample_client', style='openapi-generator',"
        " env=make_environment());"
        "print(hashlib.sha256(json.dumps(pages, sort_keys=True).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=Path(__file__).resolve().parents[2],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(digests) == 1


def test_unknown_style_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown docs style"):
        render("redoc")


def test_page_names_stay_unique_ignoring_case() -> None:
    origin = Origin("s.yaml", "#/")
    api = Api(
        title="t",
        version="1",
        package_name="p",
        openapi_version="3.0.0",
        tags=(Tag("x", "ThingApi", "thing_api", ()),),
        models=(
            Model("ThingApi", "thing_api", origin, ()),
            Model("Jobread", "jobread", origin, ()),
        ),
        enums=(Enum("JobRead", "job_read", origin, (EnumMember("A", "a"),)),),
    )
    names = page_names(api)
    assert names == {
        "JobRead": "JobRead.md",
        "Jobread": "Jobread-2.md",
        "ThingApi": "ThingApi.md",
        "api:ThingApi": "ThingApi-api.md",
    }
    pages = render_docs(api, package_name="p", style="openapi-generator", env=make_environment())
    assert broken_links(pages) == []


def test_user_templates_override_doc_templates_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "model.md.jinja").write_text("# {{ entity.name }} (custom)\n")
    pages = render_docs(
        API, package_name="sample_client", style="openapi-generator", env=make_environment(tmp_path)
    )
    assert pages["docs/Cat.md"] == "# Cat (custom)\n"
    assert pages["docs/ConnectionApi.md"] == render()["docs/ConnectionApi.md"]


def test_a_caller_can_supply_the_example_formatter() -> None:
    seen: list[str] = []

    def formatter(source: str) -> str:
        seen.append(source)
        return black.format_str(source, mode=black.Mode(line_length=100))

    pages = render_docs(
        API,
        package_name="sample_client",
        style="openapi-generator",
        env=make_environment(),
        format_code=formatter,
    )
    assert pages == render()
    assert len(seen) == 5  # README usage + auth snippet + three operations
