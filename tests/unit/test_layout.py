"""generator.render.layout lays statements out exactly as black does, checked against black.

``layout_statement`` re-implements the part of black's line splitting that apismith's
templates need (right-hand split, left-hand split for ``def``, delimiter split, invisible
parentheses, magic trailing commas), so every expectation here is black's own output:
the table rows are checked against ``black_layout`` as well as against the layout, and
the property test compares the two on random statements of the same kinds.
"""

from __future__ import annotations

import keyword
import string
import textwrap
from pathlib import Path
from typing import NamedTuple

import black
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.render.layout import layout_source, layout_statement

LINE_LENGTH = 100
INDENT = "    "
MODE = black.Mode(line_length=LINE_LENGTH)
REPO = Path(__file__).resolve().parents[2]

_FUTURE = "from __future__ import annotations"
"""Every wrapped statement starts with this, so black's target-version detection (3.7+)
allows the trailing commas it adds after ``*args``/``**kwargs`` when it explodes a call."""


def _wrapper(depth: int) -> list[str]:
    """The lines that put a statement at ``depth``: a class, then a method, then ``if``s."""
    if depth == 0:
        return []
    lines = ["class C:"]
    if depth >= 2:
        lines.append(INDENT + "def f(self):")
    lines.extend(INDENT * level + "if True:" for level in range(2, depth))
    return lines


def black_layout(stmt: str, depth: int, line_length: int = LINE_LENGTH) -> str:
    """What black makes of the one-line statement ``stmt`` written at ``depth``.

    The statement is wrapped in a module (a class at depth 1, a method of it at depth 2),
    a compound statement (``def``, ``async def``, ``with``) gets a ``pass`` body, black
    formats the whole, and the statement's own lines are cut back out: joined by newlines,
    indented by ``4 * depth`` spaces, no trailing newline. A black-formatted statement
    never holds a blank line (no multi-line strings here), so dropping the blank lines
    black puts around classes and functions loses nothing.
    """
    header = _wrapper(depth)
    body = [INDENT * depth + stmt]
    compound = stmt.endswith(":")
    if compound:
        body.append(INDENT * (depth + 1) + "pass")
    source = _FUTURE + "\n\n" + "\n".join(header + body) + "\n"
    out = black.format_str(source, mode=black.Mode(line_length=line_length))
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines[0] == _FUTURE, out
    assert lines[1 : 1 + len(header)] == header, out
    lines = lines[1 + len(header) :]
    if compound:
        assert lines[-1] == INDENT * (depth + 1) + "pass", out
        lines = lines[:-1]
    return "\n".join(lines)


# The table: (depth, statement as a template writes it, black's layout of it written
# without the statement's own indentation). Statements over 100 characters are written
# as implicit concatenations; they are still one line.
ROWS = [
    pytest.param(
        1,
        "name: int | None = None",
        "name: int | None = None",
        id="field-short-optional",
    ),
    pytest.param(
        1,
        'name: str = Field(validation_alias="wireName", serialization_alias="wireName")',
        'name: str = Field(validation_alias="wireName", serialization_alias="wireName")',
        id="field-short-alias",
    ),
    pytest.param(
        1,
        "connection_id: _uuid.UUID",
        "connection_id: _uuid.UUID",
        id="field-required-no-default",
    ),
    pytest.param(
        1,
        "documentation_url: str | None = Field(default=None, "
        'validation_alias="documentationUrl", serialization_alias="documentationUrl")',
        """\
documentation_url: str | None = Field(
    default=None, validation_alias="documentationUrl", serialization_alias="documentationUrl"
)""",
        id="field-rhs-body-fits",
    ),
    pytest.param(
        1,
        "resource_requirements: ScopedResourceRequirements | None = "
        'Field(default=None, validation_alias="resourceRequirements", '
        'serialization_alias="resourceRequirements")',
        """\
resource_requirements: ScopedResourceRequirements | None = Field(
    default=None,
    validation_alias="resourceRequirements",
    serialization_alias="resourceRequirements",
)""",
        id="field-rhs-exploded",
    ),
    pytest.param(
        1,
        "legacy_notification_settings: NotificationSettings | None = "
        'Field(default=None, validation_alias="legacyNotificationSettings", '
        'serialization_alias="legacyNotificationSettings", deprecated=True)',
        """\
legacy_notification_settings: NotificationSettings | None = Field(
    default=None,
    validation_alias="legacyNotificationSettings",
    serialization_alias="legacyNotificationSettings",
    deprecated=True,
)""",
        id="field-deprecated",
    ),
    pytest.param(
        1,
        'name: str = Field(validation_alias="n", serialization_alias="n",)',
        """\
name: str = Field(
    validation_alias="n",
    serialization_alias="n",
)""",
        id="field-magic-comma",
    ),
    pytest.param(
        1,
        "connection_catalog_entries_by_stream: dict[str, list[SomeVeryLongModelName | "
        "AnotherLongModelName]] | None = None",
        """\
connection_catalog_entries_by_stream: (
    dict[str, list[SomeVeryLongModelName | AnotherLongModelName]] | None
) = None""",
        id="field-long-annotation-none",
    ),
    pytest.param(
        1,
        "entries: dict[str, list[SomeVeryLongModelNameNumberOne | "
        "SomeVeryLongModelNameNumberTwo | SomeVeryLongModelNameNumberThree]] | None = "
        "None",
        """\
entries: (
    dict[
        str,
        list[
            SomeVeryLongModelNameNumberOne
            | SomeVeryLongModelNameNumberTwo
            | SomeVeryLongModelNameNumberThree
        ],
    ]
    | None
) = None""",
        id="field-annotation-over-100",
    ),
    pytest.param(
        1,
        "entries: dict[str, list[SomeVeryLongModelNameNumberOne | "
        "SomeVeryLongModelNameNumberTwo | SomeVeryLongModelNameNumberThree]]",
        """\
entries: dict[
    str,
    list[
        SomeVeryLongModelNameNumberOne
        | SomeVeryLongModelNameNumberTwo
        | SomeVeryLongModelNameNumberThree
    ],
]""",
        id="field-annotation-over-100-required",
    ),
    pytest.param(
        1,
        "stream_configurations: list[AirbyteStreamAndConfigurationWithSelectedFields] "
        '| None = Field(default=None, validation_alias="streamConfigurations", '
        'serialization_alias="streamConfigurations")',
        """\
stream_configurations: list[AirbyteStreamAndConfigurationWithSelectedFields] | None = Field(
    default=None,
    validation_alias="streamConfigurations",
    serialization_alias="streamConfigurations",
)""",
        id="field-long-annotation-and-field",
    ),
    pytest.param(
        1,
        'description: str = Field(default="A fairly long default description that the '
        'spec author wrote for this property", validation_alias="desc")',
        """\
description: str = Field(
    default="A fairly long default description that the spec author wrote for this property",
    validation_alias="desc",
)""",
        id="field-long-default-string",
    ),
    pytest.param(
        1,
        "__pydantic_extra__: dict[str,"
        " ConnectorBuilderProjectStreamReadSlicesInnerPagesInner] = Field(init=False)",
        """\
__pydantic_extra__: dict[str, ConnectorBuilderProjectStreamReadSlicesInnerPagesInner] = Field(
    init=False
)""",
        id="field-extra",
    ),
    pytest.param(
        1,
        'name: str = Field(validation_alias="aaaaaaaaaaaaaaaaa", '
        'serialization_alias="bbbbbbbbbbbbbbbbb")',
        'name: str = Field(validation_alias="aaaaaaaaaaaaaaaaa", '
        'serialization_alias="bbbbbbbbbbbbbbbbb")',
        id="field-exactly-100",
    ),
    pytest.param(
        1,
        'name: str = Field(validation_alias="aaaaaaaaaaaaaaaaa", '
        'serialization_alias="bbbbbbbbbbbbbbbbbb")',
        """\
name: str = Field(
    validation_alias="aaaaaaaaaaaaaaaaa", serialization_alias="bbbbbbbbbbbbbbbbbb"
)""",
        id="field-101",
    ),
    pytest.param(
        1,
        'SOME_NAME = "value"',
        'SOME_NAME = "value"',
        id="enum-short",
    ),
    pytest.param(
        1,
        'THIS_IS_AN_EXTREMELY_LONG_ENUM_MEMBER_NAME = "this enum value is so long that '
        'it does not fit on a line of its own even when black wraps it in parentheses"',
        'THIS_IS_AN_EXTREMELY_LONG_ENUM_MEMBER_NAME = "this enum value is so long that '
        'it does not fit on a line of its own even when black wraps it in parentheses"',
        id="enum-unsplittable",
    ),
    pytest.param(
        1,
        'SOURCE_DEFINITION_SPECIFICATION_READ = "a string value that fits on its own '
        'line when it is wrapped in parens"',
        """\
SOURCE_DEFINITION_SPECIFICATION_READ = (
    "a string value that fits on its own line when it is wrapped in parens"
)""",
        id="enum-wrapped-in-parens",
    ),
    pytest.param(
        1,
        'JAPANESE_DESCRIPTION = "日本語の説明文はとても長いのでこの行は百文字を超えてし'
        'まいます。幅広文字は二桁"',
        """\
JAPANESE_DESCRIPTION = (
    "日本語の説明文はとても長いのでこの行は百文字を超えてしまいます。幅広文字は二桁"
)""",
        id="enum-cjk-wide",
    ),
    pytest.param(
        0,
        "FileContent: TypeAlias = bytes | tuple[str, bytes] | tuple[str, bytes, str]",
        "FileContent: TypeAlias = bytes | tuple[str, bytes] | tuple[str, bytes, str]",
        id="alias-short",
    ),
    pytest.param(
        0,
        "SourceConfiguration: TypeAlias = SourceAirtable | SourceAmazonAds | "
        "SourceAmazonSellerPartner | SourceAsana",
        """\
SourceConfiguration: TypeAlias = (
    SourceAirtable | SourceAmazonAds | SourceAmazonSellerPartner | SourceAsana
)""",
        id="alias-union-fits-in-parens",
    ),
    pytest.param(
        0,
        "SourceConfiguration: TypeAlias = SourceAirtable | SourceAmazonAds | "
        "SourceAmazonSellerPartner | SourceAsana | SourceAzureBlobStorage | "
        "SourceBigquery | SourceBingAds",
        """\
SourceConfiguration: TypeAlias = (
    SourceAirtable
    | SourceAmazonAds
    | SourceAmazonSellerPartner
    | SourceAsana
    | SourceAzureBlobStorage
    | SourceBigquery
    | SourceBingAds
)""",
        id="alias-union-exploded",
    ),
    pytest.param(
        0,
        "from ..models.definition_response import DefinitionResponse",
        "from ..models.definition_response import DefinitionResponse",
        id="import-short",
    ),
    pytest.param(
        0,
        "from ..models.connector_builder_project_stream_read_slices_inner_pages_inner "
        "import ConnectorBuilderProjectStreamReadSlicesInnerPagesInner",
        """\
from ..models.connector_builder_project_stream_read_slices_inner_pages_inner import (
    ConnectorBuilderProjectStreamReadSlicesInnerPagesInner,
)""",
        id="import-one-name-too-long",
    ),
    pytest.param(
        0,
        "from ..models.web_backend_connection import WebBackendConnectionCreate, "
        "WebBackendConnectionRead, WebBackendConnectionUpdate",
        """\
from ..models.web_backend_connection import (
    WebBackendConnectionCreate,
    WebBackendConnectionRead,
    WebBackendConnectionUpdate,
)""",
        id="import-several-names",
    ),
    pytest.param(
        1,
        "from .api_client import ApiClient as ApiClient",
        "from .api_client import ApiClient as ApiClient",
        id="import-as-depth-1",
    ),
    pytest.param(
        1,
        "from .connector_builder_project_stream_read_slices_inner import "
        "ConnectorBuilderProjectStreamReadSlicesInner as "
        "ConnectorBuilderProjectStreamReadSlicesInner",
        """\
from .connector_builder_project_stream_read_slices_inner import (
    ConnectorBuilderProjectStreamReadSlicesInner as ConnectorBuilderProjectStreamReadSlicesInner,
)""",
        id="import-as-depth-1-long",
    ),
    pytest.param(
        0,
        "from ..endpoint import (ApiResponse, Endpoint,)",
        """\
from ..endpoint import (
    ApiResponse,
    Endpoint,
)""",
        id="import-magic-comma",
    ),
    pytest.param(
        0,
        '_GET_THING: Endpoint[ThingResponse] = Endpoint(operation_id="getThing", '
        'method="POST", path="/v1/things/get", params=(ParamSpec("id", "path", '
        'style="simple", explode=False, required=True),), '
        'body_media_type="application/json", body_encoding="json", responses={"200": '
        'ResponseSpec(ThingResponse, "json", "application/json"), "404": '
        'ResponseSpec(NotFound, "json", "application/json"),}, security=((),), '
        "deprecated=False,)",
        """\
_GET_THING: Endpoint[ThingResponse] = Endpoint(
    operation_id="getThing",
    method="POST",
    path="/v1/things/get",
    params=(ParamSpec("id", "path", style="simple", explode=False, required=True),),
    body_media_type="application/json",
    body_encoding="json",
    responses={
        "200": ResponseSpec(ThingResponse, "json", "application/json"),
        "404": ResponseSpec(NotFound, "json", "application/json"),
    },
    security=((),),
    deprecated=False,
)""",
        id="endpoint-magic-commas",
    ),
    pytest.param(
        0,
        '_PING: Endpoint[None] = Endpoint(operation_id="ping", method="GET", '
        'path="/ping", params=(), body_media_type="", body_encoding="", responses={}, '
        "security=((),), deprecated=False)",
        """\
_PING: Endpoint[None] = Endpoint(
    operation_id="ping",
    method="GET",
    path="/ping",
    params=(),
    body_media_type="",
    body_encoding="",
    responses={},
    security=((),),
    deprecated=False,
)""",
        id="endpoint-no-magic-commas",
    ),
    pytest.param(
        0,
        '_DELETE_THING: Endpoint[None] = Endpoint(operation_id="deleteThing", '
        'method="DELETE", path="/v1/workspaces/{workspaceId}/things/{thingId}", '
        'params=(ParamSpec("workspaceId", "path", style="simple", explode=False, '
        'required=True), ParamSpec("thingId", "path", style="simple", explode=False, '
        'required=True)), body_media_type="", body_encoding="", responses={"204": '
        'ResponseSpec(None, "none"),}, security=(("bearerAuth",),), deprecated=True,)',
        """\
_DELETE_THING: Endpoint[None] = Endpoint(
    operation_id="deleteThing",
    method="DELETE",
    path="/v1/workspaces/{workspaceId}/things/{thingId}",
    params=(
        ParamSpec("workspaceId", "path", style="simple", explode=False, required=True),
        ParamSpec("thingId", "path", style="simple", explode=False, required=True),
    ),
    body_media_type="",
    body_encoding="",
    responses={
        "204": ResponseSpec(None, "none"),
    },
    security=(("bearerAuth",),),
    deprecated=True,
)""",
        id="endpoint-params-exploded",
    ),
    pytest.param(
        0,
        "_PUBLIC_LIST_CONNECTOR_BUILDER_PROJECT_STREAM_READ_SLICES: "
        "Endpoint[ConnectorBuilderProjectStreamReadSlicesResponse] = "
        'Endpoint(operation_id="publicListSlices", method="GET", '
        'path="/public/v1/slices", params=(), body_media_type="", body_encoding="", '
        'responses={"200": ResponseSpec('
        'ConnectorBuilderProjectStreamReadSlicesResponse, "json", '
        '"application/json"),}, security=((),), deprecated=False,)',
        """\
_PUBLIC_LIST_CONNECTOR_BUILDER_PROJECT_STREAM_READ_SLICES: Endpoint[
    ConnectorBuilderProjectStreamReadSlicesResponse
] = Endpoint(
    operation_id="publicListSlices",
    method="GET",
    path="/public/v1/slices",
    params=(),
    body_media_type="",
    body_encoding="",
    responses={
        "200": ResponseSpec(
            ConnectorBuilderProjectStreamReadSlicesResponse, "json", "application/json"
        ),
    },
    security=((),),
    deprecated=False,
)""",
        id="endpoint-long-head",
    ),
    pytest.param(
        0,
        '_GET_DEEP: Endpoint[Deep] = Endpoint(operation_id="getDeep", method="GET", '
        'path="/public/v1/organizations/{organizationId}/workspaces/{workspaceId}/'
        'connections/{connectionId}/streams/{streamName}", params=(), '
        'body_media_type="", body_encoding="", responses={}, security=((),), '
        "deprecated=False,)",
        "_GET_DEEP: Endpoint[Deep] = Endpoint(\n"
        '    operation_id="getDeep",\n'
        '    method="GET",\n'
        '    path="/public/v1/organizations/{organizationId}/workspaces/{workspaceId}/'
        'connections/{connectionId}/streams/{streamName}",\n'
        "    params=(),\n"
        '    body_media_type="",\n'
        '    body_encoding="",\n'
        "    responses={},\n"
        "    security=((),),\n"
        "    deprecated=False,\n"
        ")",
        id="endpoint-long-path-string",
    ),
    pytest.param(
        1,
        "def get_thing(self, thing_id: str) -> Thing:",
        "def get_thing(self, thing_id: str) -> Thing:",
        id="def-short",
    ),
    pytest.param(
        1,
        "def get_thing(self, thing_id: str,) -> Thing:",
        """\
def get_thing(
    self,
    thing_id: str,
) -> Thing:""",
        id="def-short-magic-comma",
    ),
    pytest.param(
        1,
        "def get_thing(self, thing_id: str, *, limit: int | None = None, "
        "_request_timeout: Timeout | None = None, _headers: Mapping[str, str] | None = "
        "None) -> Thing:",
        """\
def get_thing(
    self,
    thing_id: str,
    *,
    limit: int | None = None,
    _request_timeout: Timeout | None = None,
    _headers: Mapping[str, str] | None = None,
) -> Thing:""",
        id="def-long",
    ),
    pytest.param(
        1,
        "def get_thing(self, thing_id: str, *, limit: int | None = None, "
        "_request_timeout: Timeout | None = None, _headers: Mapping[str, str] | None = "
        "None,) -> Thing:",
        """\
def get_thing(
    self,
    thing_id: str,
    *,
    limit: int | None = None,
    _request_timeout: Timeout | None = None,
    _headers: Mapping[str, str] | None = None,
) -> Thing:""",
        id="def-long-magic-comma",
    ),
    pytest.param(
        1,
        "async def get_thing_with_http_info(self, thing_id: str, *, limit: int | None "
        "= None, _request_timeout: Timeout | None = None) -> ApiResponse[Thing]:",
        """\
async def get_thing_with_http_info(
    self, thing_id: str, *, limit: int | None = None, _request_timeout: Timeout | None = None
) -> ApiResponse[Thing]:""",
        id="async-def-long",
    ),
    pytest.param(
        1,
        "async def close(self) -> None:",
        "async def close(self) -> None:",
        id="async-def-short",
    ),
    pytest.param(
        1,
        "def list_things(self, workspace_id: _uuid.UUID, *, _request_timeout: Timeout "
        "| None = None) -> Things:",
        """\
def list_things(
    self, workspace_id: _uuid.UUID, *, _request_timeout: Timeout | None = None
) -> Things:""",
        id="def-just-over",
    ),
    pytest.param(
        1,
        "def get_connector_builder_project_stream_read_slices_with_http_info(self) -> "
        "ApiResponse[ConnectorBuilderProjectStreamReadSlices]:",
        """\
def get_connector_builder_project_stream_read_slices_with_http_info(
    self,
) -> ApiResponse[ConnectorBuilderProjectStreamReadSlices]:""",
        id="def-self-only-long-return",
    ),
    pytest.param(
        0,
        "def connector_builder_record_pages() -> dict[str, "
        "list[ConnectorBuilderProjectStreamReadSlicesInnerPagesInnerRecord]]:",
        """\
def connector_builder_record_pages() -> (
    dict[str, list[ConnectorBuilderProjectStreamReadSlicesInnerPagesInnerRecord]]
):""",
        id="def-return-annotation-in-parens",
    ),
    pytest.param(
        0,
        "def record_pages() -> "
        "dict[ConnectorBuilderProjectStreamReadSlicesInnerPagesInnerRecordKey, "
        "list[ConnectorBuilderProjectStreamReadSlicesInnerPagesInnerRecord]]:",
        """\
def record_pages() -> dict[
    ConnectorBuilderProjectStreamReadSlicesInnerPagesInnerRecordKey,
    list[ConnectorBuilderProjectStreamReadSlicesInnerPagesInnerRecord],
]:""",
        id="def-return-annotation-second-pass",
    ),
    pytest.param(
        2,
        'return self.api_client.call(_GET_THING, {"thingId": thing_id, "limit": '
        "limit}, body, timeout=_request_timeout, headers=_headers, "
        "media_type=_content_type,)",
        """\
return self.api_client.call(
    _GET_THING,
    {"thingId": thing_id, "limit": limit},
    body,
    timeout=_request_timeout,
    headers=_headers,
    media_type=_content_type,
)""",
        id="return-magic-comma",
    ),
    pytest.param(
        2,
        'return await self.api_client.call_with_http_info(_GET_THING, {"thingId": '
        "thing_id,}, None, timeout=_request_timeout, headers=_headers,)",
        """\
return await self.api_client.call_with_http_info(
    _GET_THING,
    {
        "thingId": thing_id,
    },
    None,
    timeout=_request_timeout,
    headers=_headers,
)""",
        id="return-await-dict-magic-comma",
    ),
    pytest.param(
        2,
        "return self.api_client.call_with_http_info(_LIST_THINGS, {}, None, "
        "timeout=_request_timeout, headers=_headers)",
        """\
return self.api_client.call_with_http_info(
    _LIST_THINGS, {}, None, timeout=_request_timeout, headers=_headers
)""",
        id="return-empty-dict-body-fits",
    ),
    pytest.param(
        2,
        "return self.api_client.call(_PING, {}, None)",
        "return self.api_client.call(_PING, {}, None)",
        id="return-short",
    ),
    pytest.param(
        0,
        '_Configuration.SERVERS = (_Server("https://cloud.airbyte.com/api", {}, '
        '"Airbyte Cloud"), _Server("http://localhost:8000/api", {}, "Local '
        'Development"))',
        """\
_Configuration.SERVERS = (
    _Server("https://cloud.airbyte.com/api", {}, "Airbyte Cloud"),
    _Server("http://localhost:8000/api", {}, "Local Development"),
)""",
        id="servers",
    ),
    pytest.param(
        0,
        '_Configuration.SERVERS = (_Server("https://a.example.com/api", {}, "Cloud"),)',
        '_Configuration.SERVERS = (_Server("https://a.example.com/api", {}, "Cloud"),)',
        id="servers-short",
    ),
    pytest.param(
        0,
        '__all__ = ["ApiClient", "ApiConnectionError", "ApiException", '
        '"ApiProtocolError", "ApiResponse", "ApiTimeoutError"]',
        """\
__all__ = [
    "ApiClient",
    "ApiConnectionError",
    "ApiException",
    "ApiProtocolError",
    "ApiResponse",
    "ApiTimeoutError",
]""",
        id="all-list",
    ),
    pytest.param(
        1,
        '__apismith_read_only__ = (("connection_id", "connectionId"), ("created_at", '
        '"createdAt"))',
        '__apismith_read_only__ = (("connection_id", "connectionId"), ("created_at", '
        '"createdAt"))',
        id="read-only-short",
    ),
    pytest.param(
        1,
        '__apismith_read_only__ = (("connection_id", "connectionId"), ("created_at", '
        '"createdAt"), ("updated_at", "updatedAt"))',
        """\
__apismith_read_only__ = (
    ("connection_id", "connectionId"),
    ("created_at", "createdAt"),
    ("updated_at", "updatedAt"),
)""",
        id="read-only-long",
    ),
    pytest.param(
        0,
        'body = airbyte_config_client.models.WebBackendConnectionCreate(name="x", '
        'source_id="00000000-0000-0000-0000-000000000000", '
        'configurations=[airbyte_config_client.models.Thing(a=1, b="two")], '
        "schedule=None)",
        """\
body = airbyte_config_client.models.WebBackendConnectionCreate(
    name="x",
    source_id="00000000-0000-0000-0000-000000000000",
    configurations=[airbyte_config_client.models.Thing(a=1, b="two")],
    schedule=None,
)""",
        id="doc-nested-constructors",
    ),
    pytest.param(
        1,
        'web_backend_connection_create = WebBackendConnectionCreate(name="Postgres to '
        'Snowflake", source_id=uuid.UUID("9a8c3e5f-1b2d-4c6e-8f0a-2b4d6e8f0a1c"), '
        "sync_catalog=AirbyteCatalog(streams=[AirbyteStreamAndConfiguration("
        'stream=AirbyteStream(name="users", json_schema={"type": "object"}))]))',
        """\
web_backend_connection_create = WebBackendConnectionCreate(
    name="Postgres to Snowflake",
    source_id=uuid.UUID("9a8c3e5f-1b2d-4c6e-8f0a-2b4d6e8f0a1c"),
    sync_catalog=AirbyteCatalog(
        streams=[
            AirbyteStreamAndConfiguration(
                stream=AirbyteStream(name="users", json_schema={"type": "object"})
            )
        ]
    ),
)""",
        id="doc-nested-constructors-depth-1",
    ),
    pytest.param(
        1,
        "response = api.create_connection(connection_create=body)",
        "response = api.create_connection(connection_create=body)",
        id="doc-call-short",
    ),
    pytest.param(
        1,
        "print(response)",
        "print(response)",
        id="doc-print",
    ),
    pytest.param(
        0,
        "with airbyte_config_client.ApiClient(configuration) as api_client:",
        "with airbyte_config_client.ApiClient(configuration) as api_client:",
        id="doc-with",
    ),
    pytest.param(
        1,
        "api_response = api_instance.set_organization_agentic_status("
        "organization_agentic_status_update_request_body=organization_agentic_status_up"
        "date_request_body)",
        """\
api_response = api_instance.set_organization_agentic_status(
    organization_agentic_status_update_request_body=organization_agentic_status_update_request_body
)""",
        id="doc-single-kwarg-too-long",
    ),
    pytest.param(
        0,
        'print("a single long string argument that does not fit on the line together '
        'with the call itself ok!")',
        """\
print(
    "a single long string argument that does not fit on the line together with the call itself ok!"
)""",
        id="doc-long-string-arg",
    ),
    pytest.param(
        1,
        'print("a single very long string argument that does not fit on any line even '
        'after the call is split open")',
        "print(\n"
        '    "a single very long string argument that does not fit on any line even '
        'after the call is split open"\n'
        ")",
        id="doc-string-arg-too-long-even-split",
    ),
    pytest.param(
        0,
        'configuration = airbyte_config_client.Configuration(host="https://'
        'cloud.airbyte.com/api", api_key={"ApiKeyAuth": "YOUR_API_KEY"}, '
        'api_key_prefix={"ApiKeyAuth": "Bearer"})',
        """\
configuration = airbyte_config_client.Configuration(
    host="https://cloud.airbyte.com/api",
    api_key={"ApiKeyAuth": "YOUR_API_KEY"},
    api_key_prefix={"ApiKeyAuth": "Bearer"},
)""",
        id="doc-dict-literal",
    ),
    pytest.param(
        1,
        "body = models.Thing(count=-1, ratio=-0.5, enabled=True, disabled=False, "
        "parent=None, limits=[-100, 0, 100])",
        """\
body = models.Thing(
    count=-1, ratio=-0.5, enabled=True, disabled=False, parent=None, limits=[-100, 0, 100]
)""",
        id="doc-scalars",
    ),
    pytest.param(
        1,
        'print(f"Exception when calling '
        'ConnectorBuilderProjectsApi.read_connector_builder_project_stream: {e}")',
        """\
print(
    f"Exception when calling ConnectorBuilderProjectsApi.read_connector_builder_project_stream: {e}"
)""",
        id="doc-fstring",
    ),
]


@pytest.mark.parametrize(("depth", "stmt", "block"), ROWS)
def test_layout_statement_table(depth: int, stmt: str, block: str) -> None:
    expected = textwrap.indent(block, INDENT * depth)
    assert expected == black_layout(stmt, depth), "the table row disagrees with black"
    assert layout_statement(stmt, depth) == expected


@pytest.mark.parametrize("line_length", [79, 120])
@pytest.mark.parametrize(("depth", "stmt", "block"), ROWS)
def test_layout_statement_other_line_lengths(
    depth: int, stmt: str, block: str, line_length: int
) -> None:
    expected = black_layout(stmt, depth, line_length=line_length)
    assert layout_statement(stmt, depth, line_length=line_length) == expected


# Random statements of the kinds apismith emits.

_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | {"self", "__debug__"}
_IDENT_HEAD = string.ascii_letters + "_"
_IDENT_TAIL = string.ascii_letters + string.digits + "_"

_PLAIN = string.ascii_letters + string.digits + " " * 12 + "-_./:,;!?()[]{}<>=+*&%$#@~^|`'"
_LETTERS = "éèçñüößøåæðþłżčšžλπσжщя"
_WIDE = "漢字仮名交じり文한국어データ型"
_STRING_TOKENS = [*_PLAIN, *_LETTERS, *_WIDE, '\\"', '\\"', '\\"']
"""What string contents are made of: ``\\"`` is one token, an escaped double quote."""

_FIELD_KEYWORDS = ["default", "validation_alias", "serialization_alias", "deprecated"]


@st.composite
def identifiers(draw: st.DrawFn) -> str:
    """An ASCII identifier of 1 to 60 characters, never a keyword or ``self``."""
    size = draw(st.integers(1, 60))
    tail = draw(st.text(_IDENT_TAIL, min_size=size - 1, max_size=size - 1))
    name = draw(st.sampled_from(_IDENT_HEAD)) + tail
    return name + "_" if name in _RESERVED else name


@st.composite
def string_literals(draw: st.DrawFn) -> str:
    """A double-quoted literal in black's normal form.

    black turns ``"a\\"b"`` into ``'a"b'`` (fewer escapes), a change of quotes rather
    than of layout; a literal holding at least as many ``'`` as ``\\"`` keeps its double
    quotes, so enough ``'`` are appended to make it so.
    """
    body = "".join(draw(st.lists(st.sampled_from(_STRING_TOKENS), max_size=60)))
    missing = body.count('\\"') - body.count("'")
    return '"' + body + "'" * max(missing, 0) + '"'


class Case(NamedTuple):
    stmt: str
    depth: int
    magic: bool  # it holds a magic trailing comma (black explodes that bracket)


class _Builder:
    """Draws the parts of one statement, remembering whether it wrote a magic comma."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.allow_magic = draw(st.integers(0, 2)) != 0
        self.magic = False

    def comma(self, count: int) -> str:
        """A magic trailing comma after ``count`` items, sometimes (never after none)."""
        if count and self.allow_magic and self.draw(st.booleans()):
            self.magic = True
            return ","
        return ""

    def ident(self) -> str:
        return self.draw(identifiers())

    def idents(self, min_size: int, max_size: int) -> list[str]:
        return self.draw(st.lists(identifiers(), min_size=min_size, max_size=max_size, unique=True))

    def dotted(self, max_parts: int = 3) -> str:
        return ".".join(self.idents(1, max_parts))

    def atom(self) -> str:
        kind = self.draw(st.sampled_from(["name", "dotted", "str", "str", "int", "float", "const"]))
        if kind == "name":
            return self.ident()
        if kind == "dotted":
            return self.dotted()
        if kind == "str":
            return self.draw(string_literals())
        if kind == "int":
            return str(self.draw(st.integers(-(10**12), 10**12)))
        if kind == "float":
            whole = self.draw(st.integers(-9999, 9999))
            return f"{whole}.{self.draw(st.integers(0, 9999))}"
        return self.draw(st.sampled_from(["True", "False", "None", "{}", "[]", "()"]))

    def value(self, nesting: int) -> str:
        """An atom or, at nesting 0 to 2, sometimes a call, dict, list or tuple."""
        if nesting >= 3 or self.draw(st.integers(0, nesting + 1)) != 0:
            return self.atom()
        return self.container(nesting)

    def container(self, nesting: int) -> str:
        kind = self.draw(st.sampled_from(["call", "call", "dict", "list", "tuple"]))
        if kind == "call":
            return self.call(nesting)
        count = self.draw(st.integers(0, 8))
        if kind == "dict":
            items = [
                f"{self.draw(string_literals())}: {self.value(nesting + 1)}" for _ in range(count)
            ]
            return "{" + ", ".join(items) + self.comma(count) + "}"
        items = [self.value(nesting + 1) for _ in range(count)]
        if kind == "list":
            return "[" + ", ".join(items) + self.comma(count) + "]"
        if count == 1:
            return f"({items[0]},)"  # a one-tuple's comma is not magic
        return "(" + ", ".join(items) + self.comma(count) + ")"

    def call(self, nesting: int, callee: str | None = None, positional: bool = True) -> str:
        callee = callee or self.dotted()
        count = self.draw(st.integers(0, 8))
        n_keywords = self.draw(st.integers(0, count)) if positional else count
        args = [self.value(nesting + 1) for _ in range(count - n_keywords)]
        names = self.idents(n_keywords, n_keywords)
        if not positional:  # Field(...)/Endpoint(...): the keywords apismith writes, mostly
            names = [self.draw(st.sampled_from([*_FIELD_KEYWORDS, name])) for name in names]
            names = list(dict.fromkeys(names))
        args += [f"{name}={self.value(nesting + 1)}" for name in names]
        return f"{callee}({', '.join(args)}{self.comma(len(args))})"

    def annotation(self, nesting: int = 0, union: bool = True) -> str:
        kinds = ["name", "none", "subscript"] + (["union"] if union else [])
        kind = self.draw(st.sampled_from(kinds)) if nesting < 3 else "name"
        if kind == "name":
            return self.dotted(2)
        if kind == "none":
            return "None"
        if kind == "subscript":
            count = self.draw(st.integers(1, 3))
            args = ", ".join(self.annotation(nesting + 1) for _ in range(count))
            return f"{self.ident()}[{args}]"
        return self.union(nesting, 2, 6)

    def union(self, nesting: int, min_size: int, max_size: int) -> str:
        count = self.draw(st.integers(min_size, max_size))
        return " | ".join(self.annotation(nesting + 1, union=False) for _ in range(count))

    def parameter(self, name: str, default: bool) -> str:
        if self.draw(st.booleans()):
            text = f"{name}: {self.annotation()}"
            return text + f" = {self.value(1)}" if default else text
        return f"{name}={self.value(1)}" if default else name

    # One builder per statement kind; each returns the statement and its depth.

    def field(self, depth: int) -> tuple[str, int]:
        head = f"{self.ident()}: {self.annotation()}"
        kind = self.draw(st.sampled_from(["required", "none", "value", "field"]))
        if kind == "required":
            return head, depth
        if kind == "none":
            return f"{head} = None", depth
        if kind == "value":
            return f"{head} = {self.value(0)}", depth
        return f"{head} = {self.call(0, 'Field', positional=False)}", depth

    def enum_member(self, depth: int) -> tuple[str, int]:
        return f"{self.ident().upper()} = {self.draw(string_literals())}", depth

    def type_alias(self, depth: int) -> tuple[str, int]:
        return f"{self.ident()}: TypeAlias = {self.union(0, 1, 12)}", depth

    def import_from(self, depth: int) -> tuple[str, int]:
        dots = self.draw(st.integers(0, 2))
        module = self.dotted() if dots == 0 or self.draw(st.booleans()) else ""
        names = self.idents(1, 8)
        items = [f"{name} as {name}" if self.draw(st.booleans()) else name for name in names]
        comma = self.comma(len(items))
        listed = f"({', '.join(items)}{comma})" if comma else ", ".join(items)
        return f"from {'.' * dots}{module} import {listed}", depth

    def endpoint(self, depth: int) -> tuple[str, int]:
        name = "_" + self.ident().upper()
        call = self.call(0, "Endpoint", positional=False)
        return f"{name}: Endpoint[{self.annotation()}] = {call}", depth

    def signature(self, depth: int) -> tuple[str, int]:
        params = ["self"] if depth and self.draw(st.booleans()) else []
        names = self.idents(0, 8)
        n_positional = self.draw(st.integers(0, len(names)))
        first_default = self.draw(st.integers(0, n_positional))
        params += [
            self.parameter(name, index >= first_default)
            for index, name in enumerate(names[:n_positional])
        ]
        if names[n_positional:]:
            params.append("*")
            params += [
                self.parameter(name, self.draw(st.booleans())) for name in names[n_positional:]
            ]
        comma = self.comma(len(params))
        returns = f" -> {self.annotation()}" if self.draw(st.booleans()) else ""
        prefix = "async def" if self.draw(st.booleans()) else "def"
        return f"{prefix} {self.ident()}({', '.join(params)}{comma}){returns}:", depth

    def return_call(self, depth: int) -> tuple[str, int]:
        if self.draw(st.booleans()):
            return "return " + self.value(0), 2
        call = self.call(0, "self.api_client." + self.ident())
        return ("return await " if self.draw(st.booleans()) else "return ") + call, 2

    def assignment(self, depth: int) -> tuple[str, int]:
        target = self.draw(st.sampled_from(["name", "dotted", "__all__"]))
        if target == "__all__":
            names = [self.draw(string_literals()) for _ in range(self.draw(st.integers(0, 8)))]
            return f"__all__ = [{', '.join(names)}{self.comma(len(names))}]", depth
        left = self.ident() if target == "name" else self.dotted()
        return f"{left} = {self.container(0)}", depth

    def expression(self, depth: int) -> tuple[str, int]:
        return self.call(0), depth

    def with_statement(self, depth: int) -> tuple[str, int]:
        return f"with {self.call(0)} as {self.ident()}:", depth


_KINDS = [
    _Builder.field,
    _Builder.enum_member,
    _Builder.type_alias,
    _Builder.import_from,
    _Builder.endpoint,
    _Builder.signature,
    _Builder.return_call,
    _Builder.assignment,
    _Builder.expression,
    _Builder.with_statement,
]


@st.composite
def statements(draw: st.DrawFn) -> Case:
    builder = _Builder(draw)
    kind = draw(st.sampled_from(_KINDS))
    stmt, depth = kind(builder, draw(st.integers(0, 2)))
    return Case(stmt, depth, builder.magic)


def _compiles(case: Case) -> None:
    """The statement is valid Python where it stands (``async`` so ``await`` may appear)."""
    lines = ["class C:", INDENT + "async def f(self):"][: case.depth]
    lines.append(INDENT * case.depth + case.stmt)
    if case.stmt.endswith(":"):
        lines.append(INDENT * (case.depth + 1) + "pass")
    compile("\n".join(lines) + "\n", "<statement>", "exec", dont_inherit=True)


_PROPERTY_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@_PROPERTY_SETTINGS
@given(statements())
def test_statements_are_valid_black_spaced_python(case: Case) -> None:
    """The generator's own check: valid code, and (without magic commas) black-spaced."""
    assert "\n" not in case.stmt
    _compiles(case)
    if not case.magic:
        indented = INDENT * case.depth + case.stmt
        assert black_layout(case.stmt, case.depth, line_length=10**6) == indented


@_PROPERTY_SETTINGS
@given(statements())
def test_layout_statement_matches_black(case: Case) -> None:
    assert layout_statement(case.stmt, case.depth) == black_layout(case.stmt, case.depth)


# layout_source on whole modules.

MODULE = '''\
"""Generated by apismith from the API spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import Field

from ..api_client import ApiClient
from ..endpoint import Endpoint, ParamSpec, ResponseSpec
from ..model_base import ApiModel
from ..models.connector_builder_project_stream_read_slices_inner_pages_inner import \
ConnectorBuilderProjectStreamReadSlicesInnerPagesInner
from ..models.web_backend_connection import WebBackendConnectionCreate, WebBackendConnectionRead, \
WebBackendConnectionUpdate

Timeout = float | tuple[float, float]

_GET_THING: Endpoint[Thing] = Endpoint(operation_id="getThing", method="GET", \
path="/v1/things/{thingId}", params=(ParamSpec("thingId", "path", style="simple", explode=False, \
required=True),), body_media_type="", body_encoding="", responses={"200": ResponseSpec(Thing, \
"json", "application/json"),}, security=((),), deprecated=False,)


class Thing(ApiModel):
    """Thing model.

    Attributes:
        resource_requirements: actor or actor definition specific resource requirements. if \
default is set, these are the requirements that should be set for ALL jobs.
        example: call_something(first_argument, second_argument, third_argument, fourth_argument, \
fifth,)
        short: f(a, b,)
    """

    name: str | None = None
    documentation_url: str | None = Field(default=None, validation_alias="documentationUrl", \
serialization_alias="documentationUrl")
    resource_requirements: ScopedResourceRequirements | None = Field(default=None, \
validation_alias="resourceRequirements", serialization_alias="resourceRequirements")
    pages: list[ConnectorBuilderProjectStreamReadSlicesInnerPagesInner] = \
Field(validation_alias="pages",)
    note: str = "looks like a magic trailing comma: f(a, b,) but it is inside a string"


class ThingsApi:
    """Operations tagged 'things'."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_thing(self, thing_id: str, *, _request_timeout: Timeout | None = None, _headers: \
Mapping[str, str] | None = None) -> Thing:
        """Get one thing by its id, with every optional field that the server knows about filled \
in."""
        return self.api_client.call(_GET_THING, {"thingId": thing_id,}, None, \
timeout=_request_timeout, headers=_headers,)
'''
"""A module as a template renders it: statements on one line, blank lines already right.
(A backslash at the end of a line here joins it to the next: the module has long lines.)"""

FORMATTED_MODULE = '''\
"""Generated by apismith from the API spec; do not edit."""

from __future__ import annotations

from ..endpoint import Endpoint, ParamSpec, ResponseSpec
from ..models import (
    ConnectorBuilderProjectStreamReadSlicesInnerPagesInner as \
ConnectorBuilderProjectStreamReadSlicesInnerPagesInner,
)

# A comment longer than one hundred characters, which black leaves exactly as it is written here.

_GET_DEEP: Endpoint[Deep] = Endpoint(
    operation_id="getDeep",
    method="GET",
    path="/public/v1/organizations/{organizationId}/workspaces/{workspaceId}/connections/\
{connectionId}/streams",
    params=(ParamSpec("organizationId", "path", style="simple", explode=False, required=True),),
    body_media_type="",
    body_encoding="",
    responses={},
    security=(("bearerAuth",),),
    deprecated=False,
)


class Deep(ApiModel):
    """A model whose one-line docstring is longer than one hundred characters and stays on one \
line."""

    SOME_VERY_LONG_ENUM_MEMBER_NAME = "an enum value so long that it does not fit on a line of \
its own at all, even when black wraps it in parentheses"
    note: str = "f(a, b,)"
    pair: tuple[int, ...] = (1,)
    description: str = Field(
        default="a default so long that it does not fit on the line with its keyword, even on its \
own",
        validation_alias="description",
    )

    def get(
        self,
        *,
        _headers: Mapping[str, str] | None = None,
    ) -> Deep:
        print(
            "a single very long string argument that does not fit on any line even after the call \
is split"
        )
        return self.api_client.call(
            _GET_DEEP,
            {},
            None,
            headers=_headers,
        )
'''
"""Already black-formatted, with lines a naive pass might touch: long strings and comments,
one-tuples (``(x,),``), lines inside exploded brackets, and ``,)`` inside a string."""


def test_layout_source_matches_black_on_a_rendered_module() -> None:
    expected = black.format_str(MODULE, mode=MODE)
    assert expected != MODULE
    assert layout_source(MODULE) == expected


def test_layout_source_keeps_a_formatted_module() -> None:
    formatted = black.format_str(MODULE, mode=MODE)
    assert layout_source(formatted) == formatted
    assert black.format_str(FORMATTED_MODULE, mode=MODE) == FORMATTED_MODULE
    assert layout_source(FORMATTED_MODULE) == FORMATTED_MODULE


@pytest.mark.parametrize(
    "relative",
    [
        "airbyte_config_client/__init__.py",
        "airbyte_config_client/models/__init__.py",
        "airbyte_config_client/models/actor_definition_metadata.py",
        "airbyte_config_client/models/web_backend_connection_read.py",
        "airbyte_config_client/api/public_destination_definitions_api.py",
        "airbyte_config_client/api/connection_api.py",
    ],
)
def test_layout_source_keeps_committed_generated_modules(relative: str) -> None:
    path = REPO / "output" / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not in the committed output")
    text = path.read_text(encoding="utf-8")
    assert black.format_str(text, mode=MODE) == text
    assert layout_source(text) == text
