"""Transport-independent request building, response interpretation and retry decisions,
shared by the sync and async clients."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .auth import select_credentials, undeclared_credentials
from .configuration import Configuration, RetryPolicy, Timeout
from .endpoint import (
    ApiResponse,
    Endpoint,
    ParamSpec,
    ResponseSpec,
    decode_body,
    decode_error,
    encoding_for_media_type,
    match_response,
    undeclared_success,
)
from .exceptions import (
    ApiException,
    ApiTransportError,
    ApiValueError,
    exception_class_for_status,
)
from .serialization import encode_body, encode_cookie, encode_header, encode_path, encode_query

_PATH_VAR = re.compile(r"\{([^{}]+)\}")
_NO_SPEC = ResponseSpec(None, "none")


@dataclass(slots=True)
class PreparedRequest:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    credential_headers: tuple[str, ...] = ()
    """Names of the headers the security schemes set: dropped on a cross-origin redirect."""

    @property
    def safe_url(self) -> str:
        """The URL without its query, which may carry an api key: for error messages."""
        return self.url.split("?", 1)[0]


def prepare_request(
    config: Configuration,
    endpoint: Endpoint[Any],
    params: Mapping[str, Any],
    body: Any,
    headers: Mapping[str, str] | None,
    media_type: str | None,
) -> PreparedRequest:
    """Build the URL, headers and body bytes of one call."""
    specs = {spec.params_key: spec for spec in endpoint.params}
    unknown = sorted(set(params) - set(specs))
    if unknown:
        raise ApiValueError(f"{endpoint.operation_id}: unknown parameters {unknown}")
    path_values: dict[str, str] = {}
    query: list[str] = []
    cookies: list[str] = []
    out_headers: dict[str, str] = {}
    _merge_headers(out_headers, {"User-Agent": config.user_agent, "Accept": _accept(endpoint)})
    _merge_headers(out_headers, config.default_headers)
    for key, spec in specs.items():
        value = params.get(key)
        if value is None:
            if spec.required or spec.location == "path":
                raise ApiValueError(f"{endpoint.operation_id}: missing parameter {key!r}")
            continue
        _encode_param(spec, value, path_values, query, cookies, out_headers)
    credential_headers: list[str] = []
    credentials = select_credentials(endpoint.security, config)
    if not endpoint.security:
        credentials = undeclared_credentials(config)
    for credential in credentials:
        if credential.location == "header":
            _merge_headers(out_headers, {credential.name: credential.value})
            credential_headers.append(credential.name)
        elif credential.location == "query":
            query.extend(encode_query(credential.name, credential.value))
        else:
            cookies.extend(encode_cookie(credential.name, credential.value))
    if cookies:
        _merge_headers(out_headers, {"Cookie": "; ".join(cookies)})
    content = None
    if body is not None:
        if not endpoint.body_encoding and media_type is None:
            raise ApiValueError(f"{endpoint.operation_id} takes no request body")
        chosen = media_type or endpoint.body_media_type
        encoding = encoding_for_media_type(media_type) if media_type else endpoint.body_encoding
        encoded = encode_body(body, encoding or "json", chosen)
        content = encoded.content
        _merge_headers(out_headers, {"Content-Type": encoded.content_type})
    if headers:
        _merge_headers(out_headers, headers)
    path = _PATH_VAR.sub(lambda m: _path_value(endpoint, path_values, m.group(1)), endpoint.path)
    url = config.host + path + ("?" + "&".join(query) if query else "")
    return PreparedRequest(
        endpoint.method.upper(), url, out_headers, content, tuple(credential_headers)
    )


def _encode_param(
    spec: ParamSpec,
    value: Any,
    path_values: dict[str, str],
    query: list[str],
    cookies: list[str],
    headers: dict[str, str],
) -> None:
    style, explode, ctype = spec.effective_style, spec.effective_explode, spec.content_type
    if spec.location == "path":
        path_values[spec.name] = encode_path(spec.name, value, style, explode, ctype)
    elif spec.location == "query":
        query.extend(encode_query(spec.name, value, style, explode, spec.allow_reserved, ctype))
    elif spec.location == "header":
        _merge_headers(headers, {spec.name: encode_header(spec.name, value, explode, ctype)})
    else:
        cookies.extend(encode_cookie(spec.name, value, explode, ctype))


def _merge_headers(headers: dict[str, str], new: Mapping[str, str]) -> None:
    """Set `new` in `headers`, replacing any name differing only in case; skip empty values."""
    for name, value in new.items():
        if not value:
            continue
        for existing in [k for k in headers if k.lower() == name.lower()]:
            del headers[existing]
        headers[name] = value


def _path_value(endpoint: Endpoint[Any], values: Mapping[str, str], name: str) -> str:
    try:
        return values[name]
    except KeyError:
        raise ApiValueError(f"{endpoint.operation_id}: no value for path {{{name}}}") from None


def _accept(endpoint: Endpoint[Any]) -> str:
    types = dict.fromkeys(r.media_type for r in endpoint.responses.values() if r.media_type)
    return ", ".join(types)


def timeout_pair(call_timeout: Timeout | None, config: Configuration) -> tuple[float, float] | None:
    """(connect, read) seconds, the call's value winning over the configuration's."""
    chosen = call_timeout if call_timeout is not None else config.timeout
    if chosen is None:
        return None
    if isinstance(chosen, tuple):
        return (float(chosen[0]), float(chosen[1]))
    return (float(chosen), float(chosen))


def retry_wait(
    policy: RetryPolicy | None,
    method: str,
    attempts: int,
    *,
    status: int | None = None,
    retry_after: str | None = None,
    error: ApiException | None = None,
) -> float | None:
    """Seconds to wait before the next attempt, or None to stop after `attempts`."""
    if policy is None or attempts >= policy.max_attempts:
        return None
    if error is not None:
        sent = error.request_sent if isinstance(error, ApiTransportError) else True
        allowed = policy.should_retry_error(method, sent=sent)
    else:
        allowed = status is not None and policy.should_retry_status(method, status)
    return policy.wait(attempts, retry_after) if allowed else None


def _declared_redirect(endpoint: Endpoint[Any], status: int) -> bool:
    """A 3xx the operation declares (an OAuth callback's 302) is its normal outcome,
    not an error: the client does not follow it, so the caller gets the response."""
    return 300 <= status <= 399 and endpoint.declares(status)


_CONDITIONS = ("if-none-match", "if-modified-since")


def _not_modified(request: PreparedRequest, status: int) -> bool:
    """RFC 9110 §15.4.5: a 304 answers a conditional GET or HEAD; the caller's cached
    copy is current, which is a result, not an error."""
    return status == 304 and any(h.lower() in _CONDITIONS for h in request.headers)


def interpret_response(
    endpoint: Endpoint[Any],
    request: PreparedRequest,
    status: int,
    reason: str,
    headers: Mapping[str, str],
    raw: bytes,
) -> ApiResponse[Any]:
    """Decode a success response or raise the `ApiException` for an error one."""
    spec = match_response(endpoint.responses, status)
    content_type = headers.get("content-type")
    context: dict[str, Any] = {
        "status": status,
        "reason": reason,
        "headers": headers,
        "method": request.method,
        "url": request.safe_url,
    }
    if _not_modified(request, status) and str(status) not in endpoint.responses:
        return ApiResponse(status, headers, None, raw)
    if 200 <= status <= 299 or _declared_redirect(endpoint, status):
        if spec is None and 200 <= status <= 299:
            spec = undeclared_success(endpoint.responses)
        if spec is None:
            if not raw:
                return ApiResponse(status, headers, None, raw)
            message = f"undeclared response status {status} for {endpoint.operation_id}"
            raise decode_error(ValueError(message), _NO_SPEC, raw=raw, **context)
        try:
            data = decode_body(spec, raw, content_type)
        except (ValueError, UnicodeDecodeError) as exc:  # ValidationError is a ValueError
            raise decode_error(exc, spec, raw=raw, **context) from None
        return ApiResponse(status, headers, data, raw)
    data = None
    if spec is not None and raw:
        try:
            data = decode_body(spec, raw, content_type)
        except (ValueError, UnicodeDecodeError):
            data = None  # the status is the news; a malformed error body must not hide it
    error_class = exception_class_for_status(status)
    raise error_class(reason or f"HTTP {status}", body=raw, data=data, **context)
