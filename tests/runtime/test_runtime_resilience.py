"""Retries, timeouts, broken connections, undecodable responses, deprecation warnings."""

from __future__ import annotations

import email.utils
import logging
import warnings
from typing import Any

import pytest

from generator.runtime.api_client import ApiClient, Endpoint, ResponseSpec
from generator.runtime.configuration import Configuration, RetryPolicy, parse_retry_after
from generator.runtime.exceptions import (
    ApiConnectionError,
    ApiException,
    ApiProtocolError,
    ApiTimeoutError,
    ApiTransportError,
    ResponseDecodeError,
    ServiceException,
    TooManyRequestsException,
)

from .http_server import Reply, ScriptedServer, free_port
from .runtime_models import CREATE_ITEM, DELETE_ITEM, GET_ITEM, LIST_ITEMS, Item

FAST = RetryPolicy(max_attempts=3, backoff_factor=0.001, max_backoff=0.002, max_retry_after=5)
JSON_OK = Reply(200, b'{"itemId": 1, "name": "a"}', {"Content-Type": "application/json"})


def _client(url: str, retries: RetryPolicy | None = FAST, **config: Any) -> ApiClient:
    client = ApiClient(Configuration(url, retries=retries, **config))
    client.waits = []  # type: ignore[attr-defined]
    client._sleep = client.waits.append  # type: ignore[attr-defined]  # record, don't sleep
    return client


def test_retries_gateway_errors_for_idempotent_methods(server: ScriptedServer) -> None:
    server.reply(Reply(503), Reply(502), JSON_OK)
    with _client(server.url) as client:
        assert client.call(GET_ITEM, {"itemId": 1}).name == "a"
        assert len(server.requests) == 3
        assert len(client.waits) == 2  # type: ignore[attr-defined]
        assert all(0 < w <= 0.002 for w in client.waits)  # type: ignore[attr-defined]


def test_retries_are_logged(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    server.reply(Reply(503), JSON_OK)
    with caplog.at_level(logging.INFO), _client(server.url) as client:
        client.call(GET_ITEM, {"itemId": 1, "verbose": "secret-in-query"})
    retries = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(retries) == 1
    assert retries[0].startswith(f"GET {server.url}/items/1 -> HTTP 503; retrying in ")
    assert "secret" not in caplog.text


def test_gives_up_after_max_attempts(server: ScriptedServer) -> None:
    server.reply(Reply(504), Reply(504), Reply(504), JSON_OK)
    with _client(server.url) as client, pytest.raises(ServiceException) as info:
        client.call(GET_ITEM, {"itemId": 1})
    assert info.value.status == 504
    assert len(server.requests) == 3


def test_post_not_retried_on_503_but_on_429(server: ScriptedServer) -> None:
    server.reply(Reply(503), JSON_OK)
    with _client(server.url) as client, pytest.raises(ServiceException):
        client.call(CREATE_ITEM, {}, Item(item_id=1, name="a"))
    assert len(server.requests) == 1
    server.reset()
    server.reply(Reply(429), Reply(201, b'{"itemId": 1, "name": "a"}'))
    with _client(server.url) as client:
        assert client.call(CREATE_ITEM, {}, Item(item_id=1, name="a")).item_id == 1
    assert len(server.requests) == 2


def test_all_methods_when_configured(server: ScriptedServer) -> None:
    server.reply(Reply(503), Reply(201, b'{"itemId": 1, "name": "a"}'))
    policy = RetryPolicy(backoff_factor=0.001, methods=None)
    with _client(server.url, policy) as client:
        client.call(CREATE_ITEM, {}, Item(item_id=1, name="a"))
    assert len(server.requests) == 2


def test_retry_after_seconds_and_date(server: ScriptedServer) -> None:
    date = email.utils.formatdate(usegmt=True)  # "now": waits ~0 s
    server.reply(Reply(429, headers={"Retry-After": "3"}))
    server.reply(Reply(503, headers={"Retry-After": date}), JSON_OK)
    with _client(server.url) as client:
        client.call(GET_ITEM, {"itemId": 1})
        waits = client.waits  # type: ignore[attr-defined]
    assert waits[0] == 3.0
    assert 0.0 <= waits[1] <= 1.0


def test_retry_after_parsing_and_cap() -> None:
    now = 1_700_000_000.0
    later = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after(later, now) == pytest.approx(30.0)
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now) == 0.0
    assert parse_retry_after("soon", now) is None
    policy = RetryPolicy(max_retry_after=10, backoff_factor=1, max_backoff=4)
    assert policy.wait(1, "3600", now) == 10
    assert 0.5 <= policy.wait(1, "garbage", now) <= 1.0
    assert 2.0 <= policy.wait(5, None, now) <= 4.0  # 16 s capped at max_backoff


def test_retries_switched_off(server: ScriptedServer) -> None:
    server.reply(Reply(503), JSON_OK)
    with _client(server.url, retries=None) as client, pytest.raises(ServiceException):
        client.call(GET_ITEM, {"itemId": 1})
    assert len(server.requests) == 1


def test_connection_refused_is_retried_then_wrapped() -> None:
    with _client(f"http://127.0.0.1:{free_port()}") as client:
        with pytest.raises(ApiConnectionError) as info:
            client.call(CREATE_ITEM, {}, Item(item_id=1, name="a"))  # POST: never sent
        assert len(client.waits) == 2  # type: ignore[attr-defined]
    assert info.value.request_sent is False
    assert isinstance(info.value, ApiException) and info.value.status is None
    assert "127.0.0.1" in str(info.value)


def test_slow_response_times_out(server: ScriptedServer) -> None:
    server.reply(Reply(delay=1.0), Reply(delay=1.0))
    with (
        _client(server.url, retries=None, timeout=5) as client,
        pytest.raises(ApiTimeoutError) as info,
    ):
        client.call(GET_ITEM, {"itemId": 1}, timeout=(1, 0.1))
    assert info.value.request_sent is True
    assert isinstance(info.value, ApiTransportError)


def test_default_timeout_from_configuration(server: ScriptedServer) -> None:
    server.reply(Reply(delay=1.0))
    with _client(server.url, retries=None, timeout=0.1) as client, pytest.raises(ApiTimeoutError):
        client.call(GET_ITEM, {"itemId": 1})


def test_read_timeout_not_retried_for_post(server: ScriptedServer) -> None:
    server.reply(Reply(delay=1.0), JSON_OK)
    with _client(server.url, timeout=0.1) as client:
        with pytest.raises(ApiTimeoutError):
            client.call(CREATE_ITEM, {}, Item(item_id=1, name="a"))
        assert client.waits == []  # type: ignore[attr-defined]


def test_connection_reset_mid_body(server: ScriptedServer) -> None:
    server.reply(Reply(200, b'{"itemId": 1,', action="reset_mid_body"))
    with _client(server.url, retries=None) as client, pytest.raises(ApiProtocolError):
        client.call(GET_ITEM, {"itemId": 1})


def test_connection_closed_without_response(server: ScriptedServer) -> None:
    server.reply(Reply(action="close"))
    with _client(server.url, retries=None) as client, pytest.raises(ApiTransportError):
        client.call(GET_ITEM, {"itemId": 1})


def test_reset_then_success_is_retried_for_get(server: ScriptedServer) -> None:
    server.reply(Reply(200, b"{", {}, 0, "reset_mid_body"), JSON_OK)
    with _client(server.url) as client:
        assert client.call(GET_ITEM, {"itemId": 1}).item_id == 1


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (b'{"itemId": 1, "na', "application/json", "not valid JSON"),
        (b'{"itemId": "x", "name": "a"}', "application/json", "itemId"),
        (b'{"name": "a"}', "application/json", "itemId"),
        (b"<html>ok</html>", "text/html", "Content-Type"),
        (b"", "application/json", "Item"),
    ],
)
def test_undecodable_success_response(
    server: ScriptedServer, body: bytes, content_type: str, reason: str
) -> None:
    server.reply(Reply(200, body, {"Content-Type": content_type}))
    with _client(server.url) as client, pytest.raises(ResponseDecodeError) as info:
        client.call(GET_ITEM, {"itemId": 1})
    error = info.value
    assert isinstance(error, ApiException) and isinstance(error, ValueError)
    assert (error.status, error.body) == (200, body)
    assert reason in str(error) and "\n" not in str(error)
    assert error.__cause__ is None and error.__suppress_context__  # no pydantic traceback


def test_list_item_not_matching(server: ScriptedServer) -> None:
    server.json('[{"itemId": 1, "name": "a"}, {"itemId": 2}]')
    with (
        _client(server.url) as client,
        pytest.raises(ResponseDecodeError, match=r"1\.name") as info,
    ):
        client.call(LIST_ITEMS, {})
    assert [(d["loc"], d["type"]) for d in info.value.details] == [((1, "name"), "missing")]


def test_undeclared_success_status_decodes_as_the_declared_success(
    server: ScriptedServer,
) -> None:
    """A 201 where 200 is declared (or 200 where only 201 is) is held to the declared
    success response, as RFC 9110 §15 treats an unrecognised code as its class's x00."""
    server.json('[{"itemId": 1, "name": "a"}]', status=201)
    server.json('{"itemId": 2, "name": "b"}', status=200)
    with _client(server.url) as client:
        response = client.call_with_http_info(LIST_ITEMS, {})
        assert (response.status, response.data) == (201, [Item(item_id=1, name="a")])
        assert client.call(CREATE_ITEM, {}, Item(item_id=2, name="b")).name == "b"


def test_undeclared_success_status_must_still_match(server: ScriptedServer) -> None:
    server.json('{"x": 1}', status=202)
    with _client(server.url) as client, pytest.raises(ResponseDecodeError, match="202"):
        client.call(LIST_ITEMS, {})


def test_undeclared_success_status_with_several_declared_is_an_error(
    server: ScriptedServer,
) -> None:
    two: Endpoint[Any] = Endpoint(
        operation_id="two",
        method="POST",
        path="/two",
        responses={
            "201": ResponseSpec(Item, "json", "application/json"),
            "202": ResponseSpec(None, "none"),
        },
    )
    server.json('{"itemId": 1, "name": "a"}', status=203)
    with (
        _client(server.url) as client,
        pytest.raises(ResponseDecodeError, match="undeclared response status 203"),
    ):
        client.call(two, {})


def _generated_delete(client: ApiClient) -> None:
    """Stands in for a generated API method."""
    client.call(DELETE_ITEM, {"itemId": 1})


def test_deprecated_operation_warns_at_the_callers_line(server: ScriptedServer) -> None:
    with _client(server.url) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _generated_delete(client)
    assert len(caught) == 1
    assert caught[0].category is DeprecationWarning
    assert "deleteItem" in str(caught[0].message)
    assert caught[0].filename == __file__


def test_too_many_requests_after_retries(server: ScriptedServer) -> None:
    server.reply(Reply(429), Reply(429), Reply(429))
    with _client(server.url) as client, pytest.raises(TooManyRequestsException):
        client.call(GET_ITEM, {"itemId": 1})
    assert len(server.requests) == 3


UNTYPED: Endpoint[Any] = Endpoint(
    operation_id="untyped",
    method="GET",
    path="/any",
    responses={"default": ResponseSpec(Any, "json", "application/json")},
)


def test_default_response_used_without_declared_success(server: ScriptedServer) -> None:
    server.json('{"free": ["form"]}')
    with _client(server.url) as client:
        assert client.call(UNTYPED, {}) == {"free": ["form"]}
