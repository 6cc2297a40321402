"""The async client (httpx) on a sample of the sync client's behaviour."""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from generator.runtime.api_client import AsyncApiClient
from generator.runtime.configuration import Configuration, RetryPolicy
from generator.runtime.exceptions import (
    ApiConnectionError,
    ApiProtocolError,
    ApiTimeoutError,
    NotFoundException,
    ResponseDecodeError,
    ServiceException,
)

from .http_server import Reply, ScriptedServer, free_port
from .runtime_models import (
    CREATE_ITEM,
    DELETE_ITEM,
    GET_ITEM,
    LIST_PETS,
    SECURED,
    Item,
    Problem,
    upload,
)

T = TypeVar("T")
FAST = RetryPolicy(backoff_factor=0.001, max_backoff=0.002)


def run(url: str, use: Callable[[AsyncApiClient], Awaitable[T]], **config: Any) -> T:
    async def main() -> T:
        config.setdefault("retries", None)
        async with AsyncApiClient(Configuration(url, **config)) as client:
            return await use(client)

    return asyncio.run(main())


def test_call_and_decode(server: ScriptedServer) -> None:
    server.json('{"itemId": 5, "name": "x"}', status=201)
    created = run(server.url, lambda c: c.call(CREATE_ITEM, {}, Item(item_id=5, name="x")))
    assert created == Item(item_id=5, name="x")
    assert json.loads(server.last.body) == {"itemId": 5, "name": "x"}
    server.json('[{"petType": "dog"}, {"petType": "cat"}]')
    pets = run(server.url, lambda c: c.call(LIST_PETS, {}))
    assert [type(p).__name__ for p in pets] == ["Dog", "Cat"]


def test_with_http_info_and_params(server: ScriptedServer) -> None:
    server.json('{"itemId": 1, "name": "a"}')
    params = {"itemId": "a b", "verbose": 1}
    info = run(server.url, lambda c: c.call_with_http_info(GET_ITEM, params))
    assert (info.status, info.data.item_id, info.raw_data[:9]) == (200, 1, b'{"itemId"')
    assert server.last.target == "/items/a%20b?verbose=1"


def test_error_status(server: ScriptedServer) -> None:
    server.json('{"message": "missing"}', status=404)
    with pytest.raises(NotFoundException) as info:
        run(server.url, lambda c: c.call(GET_ITEM, {"itemId": 1}))
    assert info.value.data == Problem(message="missing")
    assert info.value.body == b'{"message": "missing"}'


def test_auth_and_bodies(server: ScriptedServer) -> None:
    keys = {"keyHeader": "h", "keyQuery": "k", "keyCookie": "c"}
    run(server.url, lambda c: c.call(SECURED, {}), api_key=keys)
    assert server.last.raw_query == "api_key=k"
    assert (server.last.headers["X-Api-Key"], server.last.headers["Cookie"]) == ("h", "session=c")
    run(server.url, lambda c: c.call(SECURED, {}), access_token="t")
    assert server.last.headers["Authorization"] == "Bearer t"
    run(server.url, lambda c: c.call(upload("PUT", "form"), {}, {"a": [1, 2]}))
    assert (server.last.method, server.last.body) == ("PUT", b"a=1&a=2")


def test_retries(server: ScriptedServer) -> None:
    ok = Reply(200, b'{"itemId": 1, "name": "a"}')
    server.reply(Reply(503, headers={"Retry-After": "0"}), Reply(502), ok)
    assert run(server.url, lambda c: c.call(GET_ITEM, {"itemId": 1}), retries=FAST).item_id == 1
    assert len(server.requests) == 3
    server.reset()
    server.reply(Reply(503), Reply(503))
    with pytest.raises(ServiceException):
        run(server.url, lambda c: c.call(CREATE_ITEM, {}, Item(item_id=1, name="a")), retries=FAST)
    assert len(server.requests) == 1


def test_transport_failures() -> None:
    with pytest.raises(ApiConnectionError) as info:
        run(f"http://127.0.0.1:{free_port()}", lambda c: c.call(GET_ITEM, {"itemId": 1}))
    assert info.value.request_sent is False


def test_timeout_and_reset(server: ScriptedServer) -> None:
    server.reply(Reply(delay=1.0))
    with pytest.raises(ApiTimeoutError):
        run(server.url, lambda c: c.call(GET_ITEM, {"itemId": 1}, timeout=0.1))
    server.reply(Reply(200, b'{"itemId"', action="reset_mid_body"))
    with pytest.raises(ApiProtocolError):
        run(server.url, lambda c: c.call(GET_ITEM, {"itemId": 1}))


def test_undecodable_body(server: ScriptedServer) -> None:
    server.json('{"itemId": 1, "na')
    with pytest.raises(ResponseDecodeError) as info:
        run(server.url, lambda c: c.call(GET_ITEM, {"itemId": 1}))
    assert (info.value.status, info.value.body) == (200, b'{"itemId": 1, "na')


async def _generated_delete(client: AsyncApiClient) -> None:
    await client.call(DELETE_ITEM, {"itemId": 1})


def test_deprecation_warning_points_at_caller(server: ScriptedServer) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(server.url, _generated_delete)
    assert [w.category for w in caught] == [DeprecationWarning]
    assert caught[0].filename == __file__


def test_response_cookies_are_not_stored(server: ScriptedServer) -> None:
    server.reply(Reply(204, headers={"Set-Cookie": "sid=abc; Path=/"}))
    server.json('{"itemId": 1, "name": "a"}')

    async def twice(client: AsyncApiClient) -> None:
        await client.call(SECURED, {})
        await client.call(GET_ITEM, {"itemId": 1})

    run(server.url, twice)
    assert [r.headers.get("Cookie") for r in server.requests] == [None, None]


def test_redirects_are_followed(server: ScriptedServer) -> None:
    other = server.url.replace("127.0.0.1", "localhost")
    server.reply(Reply(303, headers={"Location": other + "/items/9"}))
    server.json('{"itemId": 9, "name": "moved"}', status=201)
    item = run(server.url, lambda c: c.call(CREATE_ITEM, {}, Item(item_id=9, name="x")))
    assert item.name == "moved"
    first, second = server.requests
    assert (first.method, second.method, second.path) == ("POST", "GET", "/items/9")
    assert second.body == b"" and "Content-Type" not in second.headers
