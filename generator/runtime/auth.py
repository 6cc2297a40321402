"""Security scheme objects (OpenAPI `components.securitySchemes`).

The generated `security.py` holds one instance per scheme, e.g.
`bearer_auth = HttpBearer("bearerAuth")`; endpoints list alternatives of requirement sets
(`((bearer_auth,), (api_key_header, api_key_query))`). The client applies the first
alternative whose every scheme the `Configuration` has credentials for.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from .configuration import Configuration

Location = Literal["header", "query", "cookie"]


@dataclass(frozen=True, slots=True)
class Credential:
    """One value to put on a request: a header, a query parameter or a cookie."""

    location: Location
    name: str
    value: str


class SecurityScheme(Protocol):
    @property
    def key(self) -> str:
        """The scheme's name under `components.securitySchemes`."""
        ...

    def credential(self, config: Configuration) -> Credential | None:
        """The value this scheme puts on a request, or None if `config` lacks it."""
        ...


@dataclass(frozen=True, slots=True)
class HttpBearer:
    """`type: http, scheme: bearer`, and OAuth2 / OpenID Connect schemes (a bearer token):
    `Authorization: Bearer <Configuration.access_token>`."""

    key: str
    bearer_format: str = ""

    def credential(self, config: Configuration) -> Credential | None:
        token = config.access_token
        if not token:
            return None
        return Credential("header", "Authorization", f"Bearer {token}")


@dataclass(frozen=True, slots=True)
class HttpBasic:
    """`type: http, scheme: basic`: `Configuration.username` and `.password`."""

    key: str

    def credential(self, config: Configuration) -> Credential | None:
        if config.username is None or config.password is None:
            return None
        pair = f"{config.username}:{config.password}".encode()
        return Credential("header", "Authorization", f"Basic {base64.b64encode(pair).decode()}")


@dataclass(frozen=True, slots=True)
class ApiKey:
    """`type: apiKey`: `Configuration.api_key[key]` sent as header, query parameter or
    cookie `name`."""

    key: str
    location: Location = "header"
    name: str = ""

    def credential(self, config: Configuration) -> Credential | None:
        value = config.get_api_key(self.key)
        if value is None:
            return None
        return Credential(self.location, self.name or self.key, value)


def select_credentials(
    alternatives: Sequence[Sequence[SecurityScheme]], config: Configuration
) -> tuple[Credential, ...]:
    """Credentials of the first alternative `config` satisfies entirely.

    An empty alternative means anonymous access is allowed; if no alternative can be
    satisfied the request goes out without credentials and the server's 401 explains.
    """
    for requirement in alternatives:
        found = [scheme.credential(config) for scheme in requirement]
        if all(c is not None for c in found):
            return tuple(c for c in found if c is not None)
    return ()


def undeclared_credentials(config: Configuration) -> tuple[Credential, ...]:
    """For an API whose spec declares no security scheme at all: what the caller gave.

    Such specs often just leave authentication out; dropping the caller's token would
    earn a 401 with no hint. A bearer token wins over a username/password pair.
    """
    if type(config).SECURITY_DECLARED:
        return ()
    bearer = HttpBearer("undeclared").credential(config)
    if bearer is not None:
        return (bearer,)
    basic = HttpBasic("undeclared").credential(config)
    return (basic,) if basic is not None else ()


__all__ = [
    "ApiKey",
    "Credential",
    "HttpBasic",
    "HttpBearer",
    "SecurityScheme",
    "select_credentials",
    "undeclared_credentials",
]
