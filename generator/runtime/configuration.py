"""Client configuration: server, credentials, timeouts, retries, TLS and proxy settings.

Importing this module is cheap (standard library only) so a generated package's
`__init__` can import it eagerly to set `Configuration.DEFAULT_HOST` from the spec.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from .exceptions import ApiValueError

Timeout = float | tuple[float, float]
"""Seconds: one number for both, or (connect, read)."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how long to wait before sending a request again.

    What is retried by default, and why:

    * Statuses in `statuses` (429, 502, 503, 504) for the idempotent methods in `methods`
      (GET, HEAD, OPTIONS, PUT, DELETE, TRACE): sending those twice has the same effect as
      once, so a retry after a gateway error cannot duplicate work.
    * Statuses in `any_method_statuses` (429) for every method, POST and PATCH included: a
      rate limiter rejects the request before it is processed, so resending is safe.
    * Connection failures before the request was sent (refused, DNS, connect timeout) for
      every method, for the same reason; failures after it was sent (reset, read timeout)
      only for the idempotent methods, since the server may have acted on it.

    Many RPC-style APIs use POST for reads; pass `methods=None` to retry every method, or
    a set naming them. Waits grow exponentially (`backoff_factor * 2**n`, at most
    `max_backoff`) with jitter (uniformly between half and all of that), and a
    `Retry-After` header (seconds or an HTTP date) replaces the computed wait, capped at
    `max_retry_after`. `max_attempts` counts the first attempt: 3 means up to 2 retries.
    """

    max_attempts: int = 3
    statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    methods: frozenset[str] | None = IDEMPOTENT_METHODS
    any_method_statuses: frozenset[int] = frozenset({429})
    backoff_factor: float = 0.5
    max_backoff: float = 30.0
    respect_retry_after: bool = True
    max_retry_after: float = 120.0
    retry_connection_errors: bool = True

    def _method_allowed(self, method: str) -> bool:
        return self.methods is None or method.upper() in self.methods

    def should_retry_status(self, method: str, status: int) -> bool:
        """Whether a response with `status` to a `method` request may be retried."""
        if status in self.any_method_statuses:
            return True
        return status in self.statuses and self._method_allowed(method)

    def should_retry_error(self, method: str, *, sent: bool) -> bool:
        """Whether a transport failure may be retried; `sent` = the request may have
        reached the server."""
        if not self.retry_connection_errors:
            return False
        return not sent or self._method_allowed(method)

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry number `retry_number` (1-based), with jitter."""
        import random  # lazily: only needed once a retry happens

        ceiling = min(self.max_backoff, self.backoff_factor * 2.0 ** (retry_number - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def wait(self, retry_number: int, retry_after: str | None, now: float | None = None) -> float:
        """Seconds to wait: the server's `Retry-After` when usable, else the backoff."""
        if self.respect_retry_after and retry_after:
            seconds = parse_retry_after(retry_after, time.time() if now is None else now)
            if seconds is not None:
                return min(seconds, self.max_retry_after)
        return self.backoff(retry_number)


def parse_retry_after(value: str, now: float) -> float | None:
    """Seconds from `now` (a Unix time) given a `Retry-After` value; None if unparsable."""
    import email.utils  # only needed here; importing it eagerly costs ~15 ms

    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; be lenient with ones lacking a zone
        return None
    return max(0.0, when.timestamp() - now)


@dataclass(frozen=True, slots=True)
class _Secret:
    """Holds a credential so it never appears in a repr or a traceback's locals dump."""

    value: str | Callable[[], str] = field(repr=False)

    def get(self) -> str:
        return self.value() if callable(self.value) else self.value


@dataclass(frozen=True)
class ServerVariable:
    """A `{name}` in a server URL: its default and, when listed, its allowed values."""

    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Server:
    """One of the spec's `servers`: a URL template and its variables."""

    url: str
    variables: Mapping[str, ServerVariable] = field(default_factory=dict)
    description: str = ""

    def resolve(self, values: Mapping[str, str] | None = None) -> str:
        """The URL with each variable set to `values[name]` or its default; a value
        outside a variable's `enum`, or an unknown variable, raises `ApiValueError`."""
        given = dict(values or {})
        unknown = sorted(set(given) - set(self.variables))
        if unknown:
            raise ApiValueError(
                f"server {self.url!r} has no variable {', '.join(map(repr, unknown))}"
            )
        url = self.url
        for name, variable in self.variables.items():
            value = given.get(name, variable.default)
            if variable.enum and value not in variable.enum:
                allowed = ", ".join(map(repr, variable.enum))
                raise ApiValueError(f"server variable {name!r} must be one of {allowed}")
            url = url.replace("{" + name + "}", value)
        if url.startswith("/"):  # relative to where the spec is served: assume localhost
            url = "http://localhost" + url
        return url.rstrip("/")


class Configuration:
    """Settings shared by every request an `ApiClient` sends.

    `host` defaults to `Configuration.DEFAULT_HOST`, which the generated package sets to
    the spec's first server URL. `server_index` and `server_variables` pick another of
    the spec's servers (`Configuration.SERVERS`) and set its URL variables instead, e.g.
    `Configuration(server_index=1, server_variables={"region": "eu"})`.

    Credentials are looked up by the security scheme's key
    (the name under `components.securitySchemes`): `access_token` serves bearer and
    OAuth2 schemes, `username`/`password` serve basic, `api_key[key]` (with optional
    `api_key_prefix[key]`, e.g. "Token") serves apiKey schemes. `access_token` and
    api key values may be callables returning the current value, for rotating tokens.

    An undeclared redirect (301, 302, 303, 307, 308) is followed, up to `max_redirects`
    times, unless `follow_redirects` is False; credentials never go to another origin.
    """

    DEFAULT_HOST: ClassVar[str] = "http://localhost"
    DEFAULT_USER_AGENT: ClassVar[str] = "apismith-client/1"
    SERVERS: ClassVar[tuple[Server, ...]] = ()
    SECURITY_DECLARED: ClassVar[bool] = True
    """False when the spec declares no security scheme: `access_token` (or `username`
    and `password`) then goes out as an `Authorization` header on every request."""

    def __init__(
        self,
        host: str | None = None,
        *,
        server_index: int | None = None,
        server_variables: Mapping[str, str] | None = None,
        access_token: str | Callable[[], str] | None = None,
        username: str | None = None,
        password: str | None = None,
        api_key: Mapping[str, str | Callable[[], str]] | None = None,
        api_key_prefix: Mapping[str, str] | None = None,
        timeout: Timeout | None = 60.0,
        retries: RetryPolicy | None = RetryPolicy(),  # immutable, safe as a default
        verify_ssl: bool = True,
        ssl_ca_cert: str | None = None,
        cert_file: str | None = None,
        key_file: str | None = None,
        proxy: str | None = None,
        proxy_headers: Mapping[str, str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        user_agent: str | None = None,
        pool_maxsize: int = 10,
        follow_redirects: bool = True,
        max_redirects: int = 10,
    ) -> None:
        self.host = self._host(host, server_index, server_variables)
        self._access_token = _Secret(access_token) if access_token is not None else None
        self.username = username
        self._password = _Secret(password) if password is not None else None
        self._api_key = {k: _Secret(v) for k, v in (api_key or {}).items()}
        self.api_key_prefix = dict(api_key_prefix or {})
        self.timeout = timeout
        self.retries = retries
        self.verify_ssl = verify_ssl
        self.ssl_ca_cert = ssl_ca_cert
        self.cert_file = cert_file
        self.key_file = key_file
        self.proxy = proxy
        self.proxy_headers = dict(proxy_headers or {})
        self.default_headers = dict(default_headers or {})
        self.user_agent = user_agent if user_agent is not None else type(self).DEFAULT_USER_AGENT
        self.pool_maxsize = pool_maxsize
        self.follow_redirects = follow_redirects
        self.max_redirects = max_redirects

    @classmethod
    def _host(cls, host: str | None, index: int | None, variables: Mapping[str, str] | None) -> str:
        if index is None and variables is None:
            return (host if host is not None else cls.DEFAULT_HOST).rstrip("/")
        if host is not None:
            raise ApiValueError("give either host or server_index/server_variables, not both")
        if not cls.SERVERS:
            raise ApiValueError("the API declares no servers to choose from; pass host")
        chosen = 0 if index is None else index
        if not 0 <= chosen < len(cls.SERVERS):
            raise ApiValueError(f"server_index must be 0..{len(cls.SERVERS) - 1}, not {chosen}")
        return cls.SERVERS[chosen].resolve(variables)

    @property
    def access_token(self) -> str | None:
        return self._access_token.get() if self._access_token is not None else None

    @access_token.setter
    def access_token(self, value: str | Callable[[], str] | None) -> None:
        self._access_token = _Secret(value) if value is not None else None

    @property
    def password(self) -> str | None:
        return self._password.get() if self._password is not None else None

    @password.setter
    def password(self, value: str | None) -> None:
        self._password = _Secret(value) if value is not None else None

    def get_api_key(self, scheme_key: str) -> str | None:
        """The api key for a security scheme, with its configured prefix, or None."""
        secret = self._api_key.get(scheme_key)
        if secret is None:
            return None
        prefix = self.api_key_prefix.get(scheme_key)
        return f"{prefix} {secret.get()}" if prefix else secret.get()

    def set_api_key(self, scheme_key: str, value: str | Callable[[], str] | None) -> None:
        if value is None:
            self._api_key.pop(scheme_key, None)
        else:
            self._api_key[scheme_key] = _Secret(value)

    def __repr__(self) -> str:
        secrets = [n for n in ("access_token", "password") if getattr(self, f"_{n}") is not None]
        secrets += [f"api_key[{k}]" for k in self._api_key]
        hidden = f", credentials set: {', '.join(secrets)}" if secrets else ""
        return f"Configuration(host={self.host!r}{hidden})"


__all__ = [
    "IDEMPOTENT_METHODS",
    "Configuration",
    "RetryPolicy",
    "Server",
    "ServerVariable",
    "Timeout",
    "parse_retry_after",
]
