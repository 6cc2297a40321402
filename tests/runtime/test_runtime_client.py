"""The sync client against the scripted server: requests, decoding, errors, auth."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from generator.runtime.api_client import ApiClient, Endpoint, ParamSpec, ResponseSpec
from generator.runtime.configuration import Configuration
from generator.runtime.exceptions import (
    ApiException,
    ApiValueError,
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
    ServiceException,
    TooManyRequestsException,
    UnauthorizedException,
    UnprocessableEntityException,
)

from .http_server import Reply, ScriptedServer
from .runtime_models import (
    CREATE_ITEM,
    DELETE_ITEM,
    GET_BYTES,
    GET_ITEM,
    GET_TEXT,
    LIST_ITEMS,
    LIST_PETS,
    SECURED,
    Cat,
    Item,
    Problem,
    SyncMode,
    upload,
)


@pytest.fixture
def client(server: ScriptedServer) -> Iterator[ApiClient]:
    with ApiClient(Configuration(server.url, retries=None, timeout=5)) as api_client:
        yield api_client


PARAMS: Endpoint[None] = Endpoint(
    operation_id="params",
    method="GET",
    path="/p/{id}/{labels}{matrix}",
    params=(
        ParamSpec("id", "path"),
        ParamSpec("labels", "path", "label", True),
        ParamSpec("matrix", "path", "matrix"),
        ParamSpec("tags", "query"),
        ParamSpec("filter", "query", "deepObject", True),
        ParamSpec("ids", "query", "pipeDelimited", False),
        ParamSpec("flag", "query"),
        ParamSpec("skip", "query"),
        ParamSpec("X-Trace", "header"),
        ParamSpec("pref", "cookie"),
    ),
    responses={"204": ResponseSpec(None, "none")},
)


def test_parameters_reach_the_server(server: ScriptedServer, client: ApiClient) -> None:
    ident = uuid.uuid4()
    params: dict[str, Any] = {
        "id": "a/b c",
        "labels": ["x", "y"],
        "matrix": dt.date(2024, 5, 6),
        "tags": [SyncMode.FULL_REFRESH, "other"],
        "filter": {"color": "red", "size": 2},
        "ids": [ident, ident],
        "flag": False,
        "skip": None,
        "X-Trace": 42,
        "pref": "dark",
    }
    assert client.call(PARAMS, params) is None
    got = server.last
    assert got.path == "/p/a%2Fb%20c/.x.y;matrix=2024-05-06"
    assert got.query == [
        ("tags", "full_refresh"),
        ("tags", "other"),
        ("filter[color]", "red"),
        ("filter[size]", "2"),
        ("ids", f"{ident}|{ident}"),
        ("flag", "false"),
    ]
    assert got.headers["X-Trace"] == "42"
    assert got.headers["Cookie"] == "pref=dark"


def test_missing_path_parameter_and_unknown_parameter(client: ApiClient) -> None:
    with pytest.raises(ApiValueError, match="itemId"):
        client.call(GET_ITEM, {"itemId": None})
    with pytest.raises(ApiValueError, match="nope"):
        client.call(GET_ITEM, {"itemId": 1, "nope": 2})


def test_json_model_body_and_model_response(server: ScriptedServer, client: ApiClient) -> None:
    server.json('{"itemId": 7, "name": "made", "mode": "incremental"}', status=201)
    created = client.call(CREATE_ITEM, {}, Item(item_id=7, name="made"), headers={"X-Extra": "1"})
    assert created == Item(item_id=7, name="made", mode=SyncMode.INCREMENTAL)
    got = server.last
    assert got.method == "POST"
    assert json.loads(got.body) == {"itemId": 7, "name": "made"}
    assert got.headers["Content-Type"] == "application/json"
    assert got.headers["Accept"] == "application/json"
    assert got.headers["X-Extra"] == "1"


def test_with_http_info(server: ScriptedServer, client: ApiClient) -> None:
    server.json('{"itemId": 1, "name": "a"}', headers={"X-Rate": "9"})
    response = client.call_with_http_info(GET_ITEM, {"itemId": 1, "verbose": True})
    assert response.status == 200
    assert response.headers["x-rate"] == "9"
    assert response.data.name == "a"
    assert response.raw_data == b'{"itemId": 1, "name": "a"}'
    assert server.last.raw_query == "verbose=true"


def test_decodes_lists_unions_text_bytes_and_empty(
    server: ScriptedServer, client: ApiClient
) -> None:
    server.json('[{"itemId": 1, "name": "a"}, {"itemId": 2, "name": "b"}]')
    assert [i.item_id for i in client.call(LIST_ITEMS, {})] == [1, 2]
    server.json('[{"petType": "cat", "meows": 3}, {"petType": "dog"}, {"petType": "Cat"}]', 206)
    pets = client.call(LIST_PETS, {})
    assert [type(p).__name__ for p in pets] == ["Cat", "Dog", "Cat"]
    assert isinstance(pets[0], Cat) and pets[0].meows == 3
    server.reply(Reply(200, "héllo".encode(), {"Content-Type": "text/plain; charset=utf-8"}))
    assert client.call(GET_TEXT, {}) == "héllo"
    server.reply(Reply(200, b"\x00\x01", {"Content-Type": "application/octet-stream"}))
    assert client.call(GET_BYTES, {}) == b"\x00\x01"
    server.reply(Reply(204))
    with pytest.warns(DeprecationWarning):
        assert client.call(DELETE_ITEM, {"itemId": 3}) is None


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestException),
        (401, UnauthorizedException),
        (403, ForbiddenException),
        (404, NotFoundException),
        (409, ConflictException),
        (422, UnprocessableEntityException),
        (429, TooManyRequestsException),
        (418, ApiException),
        (500, ServiceException),
        (503, ServiceException),
    ],
)
def test_error_statuses(server: ScriptedServer, client: ApiClient, status: int, cls: type) -> None:
    server.json('{"message": "nope", "code": 7}', status=status)
    with pytest.raises(ApiException) as info:
        client.call(GET_ITEM, {"itemId": 1})
    error = info.value
    assert type(error) is cls
    assert error.status == status
    assert error.body == b'{"message": "nope", "code": 7}'
    assert error.data == Problem(message="nope", code=7)
    assert error.headers["content-type"] == "application/json"
    text = str(error)
    assert "\n" not in text
    assert text.startswith(f"({status})")
    assert "GET http://127.0.0.1" in text and "nope" in text


def test_error_body_not_matching_the_error_model(server: ScriptedServer, client: ApiClient) -> None:
    server.reply(Reply(404, b"<html>gone</html>", {"Content-Type": "text/html"}))
    with pytest.raises(NotFoundException) as info:
        client.call(GET_ITEM, {"itemId": 1})
    assert info.value.data is None
    assert info.value.body == b"<html>gone</html>"


def test_request_body_encodings(server: ScriptedServer, client: ApiClient) -> None:
    client.call(upload("POST", "form"), {}, {"a": "1 2", "b": [True, False]})
    assert server.last.body == b"a=1+2&b=true&b=false"
    client.call(upload("POST", "binary"), {}, io.BytesIO(b"\x00bin"))
    assert server.last.body == b"\x00bin"
    assert server.last.headers["Content-Type"] == "application/octet-stream"
    client.call(upload("POST", "text"), {}, "plain")
    assert server.last.body == b"plain"
    client.call(upload("POST", "multipart"), {}, {"f": ("a.txt", b"AAA", "text/plain")})
    got = server.last
    assert got.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'filename="a.txt"' in got.body and b"AAA" in got.body


def test_media_type_override(server: ScriptedServer, client: ApiClient) -> None:
    client.call(upload("POST", "binary"), {}, {"a": "b"}, media_type="application/json")
    assert server.last.headers["Content-Type"] == "application/json"
    assert json.loads(server.last.body) == {"a": "b"}


def _secured(server: ScriptedServer, **config: Any) -> dict[str, Any]:
    with ApiClient(Configuration(server.url, retries=None, **config)) as api_client:
        api_client.call(SECURED, {})
    got = server.last
    return {"auth": got.headers.get("Authorization"), "key": got.headers.get("X-Api-Key"),
            "query": got.raw_query, "cookie": got.headers.get("Cookie")}  # fmt: skip


def test_auth_schemes(server: ScriptedServer) -> None:
    assert _secured(server, access_token="tok")["auth"] == "Bearer tok"
    assert _secured(server, access_token=lambda: "fresh")["auth"] == "Bearer fresh"
    basic = base64.b64encode(b"ann:pw").decode()
    assert _secured(server, username="ann", password="pw")["auth"] == f"Basic {basic}"
    keys = {"keyHeader": "h", "keyQuery": "q&q", "keyCookie": "c"}
    sent = _secured(server, api_key=keys, api_key_prefix={"keyHeader": "Token"})
    assert sent == {"auth": None, "key": "Token h", "query": "api_key=q%26q", "cookie": "session=c"}
    # An incomplete requirement set is skipped; nothing satisfiable: no credentials.
    assert _secured(server, api_key={"keyHeader": "h"}) == {
        "auth": None,
        "key": None,
        "query": "",
        "cookie": None,
    }
    # Alternatives are tried in order: bearer wins over basic.
    both = _secured(server, access_token="t", username="u", password="p")
    assert both["auth"] == "Bearer t"


def test_default_headers_and_user_agent(server: ScriptedServer) -> None:
    config = Configuration(server.url, default_headers={"X-Team": "a"}, user_agent="me/1")
    with ApiClient(config) as api_client:
        api_client.set_default_header("X-Other", "b")
        api_client.call(SECURED, {}, headers={"x-team": "override", "accept": "text/csv"})
    names = [name.lower() for name in server.last.headers]
    assert names.count("x-team") == 1 and names.count("accept") == 1
    got = {name.lower(): value for name, value in server.last.headers.items()}
    assert (got["x-team"], got["x-other"], got["user-agent"]) == ("override", "b", "me/1")
    assert got["accept"] == "text/csv"


def test_configuration_defaults_and_repr() -> None:
    class Generated(Configuration):
        DEFAULT_HOST = "https://api.example.com/v1/"

    config = Generated(access_token="secret-token", password="pw", api_key={"k": "v"})
    assert config.host == "https://api.example.com/v1"
    assert Configuration().host == "http://localhost"
    assert config.timeout == 60.0 and config.retries is not None
    text = repr(config)
    assert "secret-token" not in text and "pw" not in text and "'v'" not in text
    assert "access_token" in text


def test_unencodable_header_is_a_typed_error(server: ScriptedServer, client: ApiClient) -> None:
    with pytest.raises(ApiValueError, match="Latin-1"):
        client.call(SECURED, {}, headers={"X-Name": "名前"})
    assert server.requests == []


def test_api_key_in_query_stays_out_of_error_text(server: ScriptedServer) -> None:
    server.json('{"message": "bad key"}', status=401)
    keys = {"keyHeader": "h", "keyQuery": "sekrit", "keyCookie": "c"}
    config = Configuration(server.url, retries=None, api_key=keys)
    with ApiClient(config) as api_client, pytest.raises(UnauthorizedException) as info:
        api_client.call(SECURED, {})
    assert server.last.raw_query == "api_key=sekrit"
    assert "sekrit" not in str(info.value) and "sekrit" not in repr(info.value)


def test_text_body_declares_its_charset(server: ScriptedServer, client: ApiClient) -> None:
    client.call(upload("POST", "text"), {}, "é")
    assert server.last.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert server.last.body == "é".encode()


JSON_HEADERS = {"Content-Type": "application/json"}


def test_undeclared_redirect_is_followed(server: ScriptedServer, client: ApiClient) -> None:
    server.reply(Reply(302, headers={"Location": "/items/moved?x=1"}))
    server.reply(Reply(200, json.dumps({"itemId": 1, "name": "a"}).encode(), JSON_HEADERS))
    item = client.call(GET_ITEM, {"itemId": 7})
    assert item.name == "a"
    assert [r.target for r in server.requests] == ["/items/7", "/items/moved?x=1"]


@pytest.mark.parametrize(("status", "method"), [(303, "GET"), (302, "GET"), (307, "POST")])
def test_redirect_method_follows_rfc_9110(
    server: ScriptedServer, client: ApiClient, status: int, method: str
) -> None:
    server.reply(Reply(status, headers={"Location": "/items/new"}))
    server.reply(Reply(201, json.dumps({"itemId": 2, "name": "b"}).encode(), JSON_HEADERS))
    client.call_with_http_info(CREATE_ITEM, {}, Item(item_id=2, name="b"))
    second = server.requests[1]
    assert second.method == method
    assert bool(second.body) is (method == "POST")
    assert ("Content-Type" in second.headers) is (method == "POST")


def test_credentials_never_follow_a_redirect_to_another_origin(server: ScriptedServer) -> None:
    config = Configuration(server.url, retries=None, timeout=5, access_token="secret")
    other = server.url.replace("127.0.0.1", "localhost")
    server.reply(Reply(307, headers={"Location": other + "/secured"}))
    server.reply(Reply(307, headers={"Location": server.url + "/secured"}))
    server.reply(Reply(204))
    with ApiClient(config) as api_client:
        api_client.call(SECURED, {})
    auth = [r.headers.get("Authorization") for r in server.requests]
    assert auth == ["Bearer secret", None, None]


def test_redirects_can_be_turned_off_and_are_bounded(server: ScriptedServer) -> None:
    off = Configuration(server.url, retries=None, timeout=5, follow_redirects=False)
    server.reply(Reply(302, headers={"Location": "/elsewhere"}))
    with ApiClient(off) as api_client, pytest.raises(ApiException) as info:
        api_client.call(GET_ITEM, {"itemId": 1})
    assert info.value.status == 302 and len(server.requests) == 1
    server.reset()
    bounded = Configuration(server.url, retries=None, timeout=5, max_redirects=2)
    for _ in range(3):
        server.reply(Reply(302, headers={"Location": "/loop"}))
    with ApiClient(bounded) as api_client, pytest.raises(ApiException):
        api_client.call(GET_ITEM, {"itemId": 1})
    assert len(server.requests) == 3


def test_not_modified_answers_a_conditional_request(
    server: ScriptedServer, client: ApiClient
) -> None:
    server.reply(Reply(304, headers={"ETag": '"v1"'}))
    response = client.call_with_http_info(
        GET_ITEM, {"itemId": 1}, headers={"If-None-Match": '"v1"'}
    )
    assert response.status == 304 and response.data is None
    server.reply(Reply(304))
    with pytest.raises(ApiException):
        client.call(GET_ITEM, {"itemId": 1})


def test_credentials_go_out_when_the_spec_declares_no_security(server: ScriptedServer) -> None:
    class Undeclared(Configuration):
        SECURITY_DECLARED = False

    for config, expected in [
        (Undeclared(server.url, retries=None, access_token="t"), "Bearer t"),
        (Undeclared(server.url, retries=None, username="u", password="p"), "Basic dTpw"),
        (Undeclared(server.url, retries=None), None),
        (Configuration(server.url, retries=None, access_token="t"), None),
    ]:
        server.reset()
        server.reply(Reply(204))
        with ApiClient(config) as api_client:
            api_client.call(DELETE_ITEM, {"itemId": 1})
        assert server.requests[0].headers.get("Authorization") == expected
