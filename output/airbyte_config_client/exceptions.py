"""Exceptions raised by the generated client.

Everything the client raises is an `ApiException`, so one `except ApiException` catches
HTTP errors, transport failures and undecodable responses alike; the subclasses let callers
be more precise. Transport libraries' own exceptions are always wrapped (kept as `__cause__`),
never leaked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_BODY_PREVIEW = 200


class ApiException(Exception):
    """Base class: an HTTP error status, a transport failure or an undecodable response.

    `status`, `reason`, `headers` and `body` (raw bytes) describe the response when there is
    one; `data` is the body decoded as the error model the spec declares for that status, or
    None when none is declared or the body does not match it.
    """

    def __init__(
        self,
        message: str = "",
        *,
        status: int | None = None,
        reason: str = "",
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        data: Any = None,
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message or reason)
        self.message = message
        self.status = status
        self.reason = reason
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.body = body
        self.data = data
        self.method = method
        self.url = url

    def __str__(self) -> str:
        parts: list[str] = []
        if self.status is not None:
            parts.append(f"({self.status}) {self.reason}".rstrip())
        if self.method or self.url:
            parts.append(f"{self.method} {self.url}".strip())
        if self.message and self.message != self.reason:
            parts.append(self.message)
        if self.body:
            preview = self.body[:_BODY_PREVIEW].decode("utf-8", "replace")
            preview = " ".join(preview.split())
            more = "..." if len(self.body) > _BODY_PREVIEW else ""
            parts.append(f"body: {preview}{more}")
        return ": ".join(parts) if parts else type(self).__name__

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, reason={self.reason!r})"


class ApiValueError(ApiException, ValueError):
    """An argument the client cannot send (missing path parameter, unencodable body...)."""


class ApiTypeError(ApiException, TypeError):
    """An argument of a type the client cannot encode for the declared media type."""


class ResponseDecodeError(ApiException, ValueError):
    """A response the client cannot decode as declared: body not matching the schema,
    truncated or invalid JSON, an unexpected content type or an undeclared success status.
    `status`, `headers` and `body` hold the response as received; `details` lists every
    validation error (location, message, type) when the schema did not match."""

    def __init__(
        self, message: str = "", *, details: Sequence[Mapping[str, Any]] = (), **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.details = list(details)


class ApiTransportError(ApiException):
    """No complete HTTP response was received. `request_sent` is False when the failure
    happened before the request could reach the server (so resending is always safe)."""

    def __init__(self, message: str = "", *, request_sent: bool = True, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.request_sent = request_sent


class ApiConnectionError(ApiTransportError):
    """The connection could not be made, or was refused or reset."""


class ApiTimeoutError(ApiTransportError):
    """Connecting or reading the response took longer than the timeout."""


class ApiProtocolError(ApiTransportError):
    """The server broke HTTP: a truncated body, a malformed status line, a dropped connection."""


class BadRequestException(ApiException):
    """400 Bad Request."""


class UnauthorizedException(ApiException):
    """401 Unauthorized."""


class ForbiddenException(ApiException):
    """403 Forbidden."""


class NotFoundException(ApiException):
    """404 Not Found."""


class ConflictException(ApiException):
    """409 Conflict."""


class UnprocessableEntityException(ApiException):
    """422 Unprocessable Entity."""


class TooManyRequestsException(ApiException):
    """429 Too Many Requests."""


class ServiceException(ApiException):
    """Any 5xx status."""


_BY_STATUS: dict[int, type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: TooManyRequestsException,
}


def exception_class_for_status(status: int) -> type[ApiException]:
    """The exception class raised for an error status."""
    if 500 <= status <= 599:
        return ServiceException
    return _BY_STATUS.get(status, ApiException)


__all__ = [
    "ApiConnectionError",
    "ApiException",
    "ApiProtocolError",
    "ApiTimeoutError",
    "ApiTransportError",
    "ApiTypeError",
    "ApiValueError",
    "BadRequestException",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "ResponseDecodeError",
    "ServiceException",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "exception_class_for_status",
]
