"""What generated code declares about an operation, and how responses are decoded.

`Endpoint`, `ParamSpec`, `ResponseSpec` and `ApiResponse` are re-exported by
`api_client`, which is where generated code imports them from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pydantic import TypeAdapter, ValidationError

from .auth import SecurityScheme
from .exceptions import ResponseDecodeError
from .serialization import BodyEncoding, Style

T = TypeVar("T")
Location = Literal["path", "query", "header", "cookie"]
Decoding = Literal["json", "text", "binary", "none"]


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One operation parameter. `style`/`explode` default per location as OpenAPI says
    (path/header: simple, not exploded; query/cookie: form, exploded). `content_type`
    set means the parameter uses `content` (its value is sent as JSON text). `key` is the
    name in the `params` mapping, when it must differ from the wire `name` (two
    parameters with one name in different locations)."""

    name: str
    location: Location
    style: Style | None = None
    explode: bool | None = None
    required: bool = False
    allow_reserved: bool = False
    content_type: str = ""
    key: str = ""

    @property
    def params_key(self) -> str:
        return self.key or self.name

    @property
    def effective_style(self) -> Style:
        if self.style is not None:
            return self.style
        return "simple" if self.location in ("path", "header") else "form"

    @property
    def effective_explode(self) -> bool:
        return self.explode if self.explode is not None else self.effective_style == "form"


@dataclass(frozen=True, slots=True, eq=False)
class ResponseSpec:
    """A declared response: the Python type to decode into (anything pydantic's
    `TypeAdapter` accepts), how to decode it, and the declared media type."""

    type: Any
    decoding: Decoding = "json"
    media_type: str = ""
    _adapter: TypeAdapter[Any] | None = field(default=None, init=False, repr=False)

    def adapter(self) -> TypeAdapter[Any]:
        """The type's adapter, built on first use (building one per endpoint at import
        would make importing a large client slow)."""
        adapter = self._adapter
        if adapter is None:
            adapter = TypeAdapter(self.type)
            object.__setattr__(self, "_adapter", adapter)
        return adapter


@dataclass(frozen=True, slots=True, eq=False)
class Endpoint(Generic[T]):
    """An operation. `T` is the type `ApiClient.call` returns: the union of the 2xx
    responses' types (`None` for empty ones), or the `default` response's type when no
    2xx response is declared."""

    operation_id: str
    method: str
    path: str
    params: tuple[ParamSpec, ...] = ()
    body_media_type: str = ""
    body_encoding: BodyEncoding | Literal[""] = ""
    responses: Mapping[str, ResponseSpec] = field(default_factory=dict)
    security: tuple[tuple[SecurityScheme, ...], ...] = ()
    deprecated: bool = False

    def declares(self, status: int) -> bool:
        """The operation declares this status exactly or by its range (``3XX``)."""
        group = status // 100
        return any(key in self.responses for key in (str(status), f"{group}XX", f"{group}xx"))


@dataclass(frozen=True, slots=True)
class ApiResponse(Generic[T]):
    """A decoded response with its status, headers (case-insensitive) and raw body."""

    status: int
    headers: Mapping[str, str]
    data: T
    raw_data: bytes


def match_response(responses: Mapping[str, ResponseSpec], status: int) -> ResponseSpec | None:
    """The declared response for `status`: exact code, then a `2XX`-style range, then
    `default` (for a 2xx status only if no success response is declared at all)."""
    spec = responses.get(str(status))
    if spec is not None:
        return spec
    for key in (f"{status // 100}XX", f"{status // 100}xx"):
        spec = responses.get(key)
        if spec is not None:
            return spec
    if 200 <= status <= 299 and any(k.startswith("2") for k in responses):
        return None
    return responses.get("default")


def undeclared_success(responses: Mapping[str, ResponseSpec]) -> ResponseSpec | None:
    """How to decode a 2xx status the operation does not declare: as its `200` response,
    else as its only declared success response; None when that is ambiguous.

    RFC 9110 §15 has a client treat a status code it does not recognise as the x00 code
    of its class, and OpenAPI 3.1 §4.8.16 does not expect every code to be documented:
    servers answer 201 for a new resource where only 200 is declared. The method's
    return type promises that response's type, so the body is held to it."""
    spec = responses.get("200")
    if spec is not None:
        return spec
    successes = [key for key in responses if key.startswith("2")]
    return responses[successes[0]] if len(successes) == 1 else None


def encoding_for_media_type(media_type: str) -> BodyEncoding:
    """The body encoding implied by a request media type."""
    mime = media_type.split(";", 1)[0].strip().lower()
    if mime == "application/json" or mime.endswith("+json"):
        return "json"
    if mime == "application/x-www-form-urlencoded":
        return "form"
    if mime.startswith("multipart/"):
        return "multipart"
    if mime.startswith("text/"):
        return "text"
    return "binary"


def _is_json(mime: str) -> bool:
    return mime == "application/json" or mime.endswith("+json") or mime == "text/json"


def decode_body(spec: ResponseSpec, raw: bytes, content_type: str | None) -> Any:
    """Decode a response body as `spec` declares; ValueError explains a mismatch."""
    if spec.decoding == "none":
        return None
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    declared = spec.media_type.split(";", 1)[0].strip().lower()
    if spec.decoding == "binary":
        return raw
    if spec.decoding == "text":
        if mime and not (mime.startswith("text/") or mime == declared or _is_json(mime)):
            raise ValueError(f"expected a text response, got Content-Type {content_type!r}")
        return raw.decode(_charset(content_type), errors="strict")
    if mime and not (_is_json(mime) or mime == declared):
        raise ValueError(f"expected a JSON response, got Content-Type {content_type!r}")
    adapter = spec.adapter()
    if not raw or raw.isspace():
        return adapter.validate_python(None)  # fine only if the declared type allows null
    return adapter.validate_json(raw)


def _charset(content_type: str | None) -> str:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return "utf-8"


def describe_decode_failure(exc: Exception, spec: ResponseSpec) -> str:
    """A one-line reason for a failed decode, without pydantic's multi-line dump."""
    if isinstance(exc, ValidationError):
        first = exc.errors(include_url=False)[0]
        if first["type"] == "json_invalid":
            return f"response body is not valid JSON (truncated?): {first['msg']}"
        where = ".".join(str(p) for p in first["loc"])
        more = f" (and {exc.error_count() - 1} more errors)" if exc.error_count() > 1 else ""
        name = getattr(spec.type, "__name__", None) or repr(spec.type)
        at = f" at {where}" if where else ""
        return f"response does not match {name}{at}: {first['msg']}{more}"
    return str(exc)


def decode_error(
    exc: Exception,
    spec: ResponseSpec,
    *,
    status: int,
    reason: str,
    headers: Mapping[str, str],
    raw: bytes,
    method: str,
    url: str,
) -> ResponseDecodeError:
    details = (
        exc.errors(include_url=False, include_input=False)
        if isinstance(exc, ValidationError)
        else []
    )
    return ResponseDecodeError(
        describe_decode_failure(exc, spec),
        details=details,
        status=status,
        reason=reason,
        headers=headers,
        body=raw,
        method=method,
        url=url,
    )


__all__ = [
    "ApiResponse",
    "Endpoint",
    "ParamSpec",
    "ResponseSpec",
    "decode_body",
    "encoding_for_media_type",
    "match_response",
    "undeclared_success",
]
