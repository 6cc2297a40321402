"""Following redirects (RFC 9110 §15.4) the way browsers, urllib3 and httpx do.

A redirect the operation declares (an OAuth callback's 302) is its outcome and is
returned to the caller; an undeclared 301, 302, 303, 307 or 308 with a `Location` is
followed, up to `Configuration.max_redirects`, unless `follow_redirects` is off.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

from .endpoint import Endpoint
from .request import PreparedRequest

FOLLOWED = frozenset({301, 302, 303, 307, 308})

# Headers that carry credentials; never sent to another origin (RFC 9110 §15.4: a user
# agent must not leak them), together with the headers the request's own security
# schemes set (`PreparedRequest.credential_headers`).
_CREDENTIAL_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
_BODY_HEADERS = frozenset({"content-type", "content-length", "transfer-encoding"})


def redirected(
    endpoint: Endpoint[Any],
    request: PreparedRequest,
    status: int,
    headers: Any,
) -> PreparedRequest | None:
    """The request to send next, or None when this response is not a redirect to follow."""
    if status not in FOLLOWED or endpoint.declares(status):
        return None
    location = headers.get("location") if headers is not None else None
    if not location:
        return None
    url = urljoin(request.url, location)
    if urlsplit(url).scheme not in ("http", "https"):
        return None
    method, body = request.method, request.body
    out = dict(request.headers)
    # §15.4.4: 303 means GET (HEAD stays HEAD); for 301/302 user agents turn a POST
    # into a GET as well (§15.4.2, §15.4.3). 307 and 308 repeat the request as it was.
    if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
        method, body = "GET", None
        out = {k: v for k, v in out.items() if k.lower() not in _BODY_HEADERS}
    if _origin(url) != _origin(request.url):
        secret = _CREDENTIAL_HEADERS | {h.lower() for h in request.credential_headers}
        out = {k: v for k, v in out.items() if k.lower() not in secret}
    return replace(request, method=method, url=url, headers=out, body=body)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    default = 443 if parts.scheme == "https" else 80
    return parts.scheme, (parts.hostname or "").lower(), parts.port or default
