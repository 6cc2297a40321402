"""The HTTP clients generated API classes call: `ApiClient` (sync, urllib3) and
`AsyncApiClient` (async, httpx).

urllib3 is imported when an `ApiClient` is created and httpx when an `AsyncApiClient`
is, so importing the package (or this module) stays cheap.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from .configuration import Configuration, RetryPolicy, Timeout
from .endpoint import ApiResponse, Endpoint, ParamSpec, ResponseSpec
from .exceptions import ApiException, ApiTransportError
from .redirects import redirected
from .request import (
    PreparedRequest,
    interpret_response,
    prepare_request,
    retry_wait,
    timeout_pair,
)
from .transport import AsyncTransport, SyncTransport

T = TypeVar("T")
_DEPRECATION_STACKLEVEL = 3  # user code -> generated method -> call()


def _warn_deprecated(endpoint: Endpoint[Any]) -> None:
    warnings.warn(
        f"operation {endpoint.operation_id} ({endpoint.method.upper()} {endpoint.path}) "
        "is deprecated",
        DeprecationWarning,
        stacklevel=_DEPRECATION_STACKLEVEL + 1,
    )


class _ClientBase:
    def __init__(self, configuration: Configuration | None) -> None:
        self.configuration = configuration if configuration is not None else Configuration()

    @property
    def user_agent(self) -> str:
        return self.configuration.user_agent

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.configuration.user_agent = value

    def set_default_header(self, name: str, value: str) -> None:
        self.configuration.default_headers[name] = value

    def _prepare(
        self,
        endpoint: Endpoint[Any],
        params: Mapping[str, Any],
        body: Any,
        headers: Mapping[str, str] | None,
        media_type: str | None,
    ) -> PreparedRequest:
        return prepare_request(self.configuration, endpoint, params, body, headers, media_type)

    def _exchange(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        body: Any,
        headers: Mapping[str, str] | None,
        media_type: str | None,
    ) -> _Exchange[T]:
        request = self._prepare(endpoint, params, body, headers, media_type)
        return _Exchange(self.configuration, endpoint, request)


class _Exchange(Generic[T]):
    """One call's attempts, and what to do after each: the one retry and redirect policy
    of both clients. Which status or transport failure is retried, how long to wait
    (backoff, ``Retry-After``) and which redirect is followed are decided here; the sync
    and async loops only send, and sleep or await the wait.
    """

    def __init__(
        self, configuration: Configuration, endpoint: Endpoint[T], request: PreparedRequest
    ) -> None:
        self.configuration = configuration
        self.endpoint = endpoint
        self.request = request
        self.attempts = 0
        self.redirects = 0

    def failed(self, error: ApiTransportError) -> float | None:
        """After a transport failure: seconds to wait before sending again, or None to
        give up (the caller re-raises ``error``)."""
        self.attempts += 1
        return self._next_wait(error=error)

    def received(
        self, status: int, reason: str, headers: Mapping[str, str], raw: bytes
    ) -> ApiResponse[T] | float | None:
        """After a response: the result (or its `ApiException`, raised), seconds to wait
        before retrying, or None to send `request` (now the redirect's target) at once."""
        self.attempts += 1
        follow = self._redirect(status, headers)
        if follow is not None:
            self.request, self.redirects, self.attempts = follow, self.redirects + 1, 0
            return None
        wait = self._next_wait(status=status, headers=headers)
        if wait is None:
            return interpret_response(self.endpoint, self.request, status, reason, headers, raw)
        return wait

    def _redirect(self, status: int, headers: Mapping[str, str]) -> PreparedRequest | None:
        """The next request when this response is a redirect to follow (`redirects`)."""
        config = self.configuration
        if not config.follow_redirects or self.redirects >= config.max_redirects:
            return None
        return redirected(self.endpoint, self.request, status, headers)

    def _next_wait(
        self,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        error: ApiTransportError | None = None,
    ) -> float | None:
        """Seconds to wait before retrying, or None to stop; logs each attempt."""
        import logging  # already imported by urllib3/httpx once a client exists

        log = logging.getLogger(__name__)
        request, attempts = self.request, self.attempts
        retry_after = headers.get("retry-after") if headers is not None else None
        policy: RetryPolicy | None = self.configuration.retries
        wait = retry_wait(
            policy, request.method, attempts, status=status, retry_after=retry_after, error=error
        )
        outcome = f"HTTP {status}" if error is None else f"{type(error).__name__}: {error}"
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s (attempt %d)", request.method, request.safe_url, outcome, attempts
            )
        if wait is not None:
            log.info(
                "%s %s -> %s; retrying in %.2f s", request.method, request.safe_url, outcome, wait
            )
        return wait


class ApiClient(_ClientBase):
    """Synchronous client on a urllib3 pool (thread-safe; share one per process/host).

    Use as a context manager, or call `close()`, to release pooled connections.
    """

    def __init__(self, configuration: Configuration | None = None) -> None:
        super().__init__(configuration)
        self._transport = SyncTransport(self.configuration)
        self._sleep: Callable[[float], None] = time.sleep

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._transport.close()

    def call(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
    ) -> T:
        """Send the operation and return the decoded success body (None if empty).

        Raises the `ApiException` subclass for an error status, `ResponseDecodeError` for
        an undecodable success body, and `ApiTransportError` subclasses for failures.
        """
        if endpoint.deprecated:
            _warn_deprecated(endpoint)
        return self._send(endpoint, params, body, timeout, headers, media_type).data

    def call_with_http_info(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
    ) -> ApiResponse[T]:
        """Like `call`, with the status, headers and raw body as well."""
        if endpoint.deprecated:
            _warn_deprecated(endpoint)
        return self._send(endpoint, params, body, timeout, headers, media_type)

    def _send(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        body: Any,
        timeout: Timeout | None,
        headers: Mapping[str, str] | None,
        media_type: str | None,
    ) -> ApiResponse[T]:
        exchange = self._exchange(endpoint, params, body, headers, media_type)
        pair = timeout_pair(timeout, self.configuration)
        while True:
            try:
                received = self._transport.send(exchange.request, pair)
            except ApiTransportError as error:
                wait = exchange.failed(error)
                if wait is None:
                    raise
            else:
                outcome = exchange.received(*received)
                if isinstance(outcome, ApiResponse):
                    return outcome
                if outcome is None:
                    continue
                wait = outcome
            self._sleep(wait)


class AsyncApiClient(_ClientBase):
    """Asynchronous twin of `ApiClient` on an `httpx.AsyncClient`.

    Use as an async context manager, or await `close()`. Not shareable across event loops.
    """

    def __init__(self, configuration: Configuration | None = None) -> None:
        super().__init__(configuration)
        import asyncio  # here, not at module level: importing asyncio costs ~25 ms

        self._transport = AsyncTransport(self.configuration)
        self._sleep: Callable[[float], Any] = asyncio.sleep

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        await self._transport.close()

    async def call(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
    ) -> T:
        """Awaitable twin of `ApiClient.call`."""
        if endpoint.deprecated:
            _warn_deprecated(endpoint)
        return (await self._send(endpoint, params, body, timeout, headers, media_type)).data

    async def call_with_http_info(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
    ) -> ApiResponse[T]:
        """Awaitable twin of `ApiClient.call_with_http_info`."""
        if endpoint.deprecated:
            _warn_deprecated(endpoint)
        return await self._send(endpoint, params, body, timeout, headers, media_type)

    async def _send(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        body: Any,
        timeout: Timeout | None,
        headers: Mapping[str, str] | None,
        media_type: str | None,
    ) -> ApiResponse[T]:
        exchange = self._exchange(endpoint, params, body, headers, media_type)
        pair = timeout_pair(timeout, self.configuration)
        while True:
            try:
                received = await self._transport.send(exchange.request, pair)
            except ApiTransportError as error:
                wait = exchange.failed(error)
                if wait is None:
                    raise
            else:
                outcome = exchange.received(*received)
                if isinstance(outcome, ApiResponse):
                    return outcome
                if outcome is None:
                    continue
                wait = outcome
            await self._sleep(wait)


__all__ = [
    "ApiClient",
    "ApiException",
    "ApiResponse",
    "AsyncApiClient",
    "Configuration",
    "Endpoint",
    "ParamSpec",
    "ResponseSpec",
    "RetryPolicy",
]
