"""Parameter and request body encoding.

Parameters follow OpenAPI 3.1 section 4.8.12.4 "Style Values" (style/explode per location);
bodies follow the operation's request media type (JSON, form, multipart, binary, text).
Values may be anything pydantic can serialise: models (by alias, unset and read-only
fields omitted), enums, UUID, date, datetime, Decimal, bool (sent as `true`/`false`).
"""

from __future__ import annotations

import functools
import json
import mimetypes
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote, quote_plus, urlencode

from pydantic import BaseModel, TypeAdapter

from .exceptions import ApiTypeError, ApiValueError
from .model_base import REQUEST_CONTEXT

Style = Literal[
    "form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix"
]
BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]

# RFC 3986 reserved characters an `allowReserved` query value may carry as they are;
# "&", "=", "#" and "+" stay encoded because they would change the query's structure.
_RESERVED_SAFE = ":/?[]@!$'()*,;"


@functools.cache
def _any_adapter() -> TypeAdapter[Any]:
    return TypeAdapter(Any)


def to_plain(value: Any) -> Any:
    """JSON-compatible Python data as a request sends it: models by alias without unset or
    read-only fields, enums as values."""
    return _any_adapter().dump_python(
        value, mode="json", by_alias=True, exclude_unset=True, context=REQUEST_CONTEXT
    )


def to_json_bytes(value: Any) -> bytes:
    """A request's JSON with pydantic's Rust serializer (no detour through dicts)."""
    if isinstance(value, BaseModel):
        return value.__pydantic_serializer__.to_json(
            value, by_alias=True, exclude_unset=True, context=REQUEST_CONTEXT
        )
    return _any_adapter().dump_json(
        value, by_alias=True, exclude_unset=True, context=REQUEST_CONTEXT
    )


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, list | dict):  # nested structure inside an array/object parameter
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _shape(value: Any, content_type: str) -> Any:
    """The plain value: a str for `content`-encoded parameters, else scalar/list/dict."""
    plain = to_plain(value)
    if content_type:
        return json.dumps(plain, separators=(",", ":"), ensure_ascii=False)
    if isinstance(plain, dict):
        return {k: v for k, v in plain.items() if v is not None}
    if isinstance(plain, list):
        return [v for v in plain if v is not None]
    return plain


def _enc(text: str, safe: str = "") -> str:
    return quote(text, safe=safe)


def encode_path(
    name: str, value: Any, style: Style = "simple", explode: bool = False, content_type: str = ""
) -> str:
    """The percent-encoded text replacing `{name}` in the path template."""
    plain = _shape(value, content_type)
    if style == "simple":
        return _join_simple(plain, explode, ",", _enc)
    if style == "label":
        sep = "." if explode else ","
        return "." + _join_simple(plain, explode, sep, _enc)
    if style == "matrix":
        if isinstance(plain, list) and explode:
            return "".join(f";{_enc(name)}={_enc(_scalar(v))}" for v in plain)
        if isinstance(plain, dict) and explode:
            return "".join(f";{_enc(k)}={_enc(_scalar(v))}" for k, v in plain.items())
        text = _join_simple(plain, False, ",", _enc)
        return f";{_enc(name)}={text}" if text else f";{_enc(name)}"
    raise ApiValueError(f"style {style!r} is not allowed for path parameter {name!r}")


def _join_simple(plain: Any, explode: bool, sep: str, enc: Callable[[str], str]) -> str:
    """Array items / object members joined with `sep` (non-exploded objects use ",")."""
    if isinstance(plain, list):
        return sep.join(enc(_scalar(v)) for v in plain)
    if isinstance(plain, dict):
        if explode:
            return sep.join(f"{enc(k)}={enc(_scalar(v))}" for k, v in plain.items())
        return ",".join(f"{enc(k)},{enc(_scalar(v))}" for k, v in plain.items())
    return enc(_scalar(plain))


def encode_query(
    name: str,
    value: Any,
    style: Style = "form",
    explode: bool = True,
    allow_reserved: bool = False,
    content_type: str = "",
) -> list[str]:
    """Encoded `key=value` pieces of the query string for one parameter."""
    safe = _RESERVED_SAFE if allow_reserved else ""
    plain = _shape(value, content_type)
    key = _enc(name)

    def enc(text: str) -> str:
        return _enc(text, safe)

    if style == "deepObject":
        if isinstance(plain, dict):
            return list(_deep_object(name, plain, enc))
        style = "form"
    if isinstance(plain, list):
        if explode:
            return [f"{key}={enc(_scalar(v))}" for v in plain]
        sep = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "|"}.get(style)
        if sep is None:
            raise ApiValueError(f"style {style!r} is not allowed for query parameter {name!r}")
        return [f"{key}=" + sep.join(enc(_scalar(v)) for v in plain)]
    if isinstance(plain, dict):
        if explode:
            return [f"{_enc(k)}={enc(_scalar(v))}" for k, v in plain.items()]
        sep = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
        return [f"{key}=" + sep.join(f"{enc(k)}{sep}{enc(_scalar(v))}" for k, v in plain.items())]
    return [f"{key}={enc(_scalar(plain))}"]


def _deep_object(prefix: str, plain: Mapping[str, Any], enc: Callable[[str], str]) -> Iterable[str]:
    # Nesting beyond one level is not defined by OpenAPI; use the common bracket convention.
    for k, v in plain.items():
        path = f"{prefix}[{k}]"
        if isinstance(v, dict):
            yield from _deep_object(path, v, enc)
        elif isinstance(v, list):
            yield from (f"{_enc(path, '[]')}={enc(_scalar(item))}" for item in v)
        elif v is not None:
            yield f"{_enc(path, '[]')}={enc(_scalar(v))}"


def encode_header(name: str, value: Any, explode: bool = False, content_type: str = "") -> str:
    """A header value (style simple); rejects CR/LF so a value cannot inject headers."""
    text = _join_simple(_shape(value, content_type), explode, ",", str)
    if "\r" in text or "\n" in text:
        raise ApiValueError(f"header parameter {name!r} contains a line break")
    return text


def encode_cookie(name: str, value: Any, explode: bool = True, content_type: str = "") -> list[str]:
    """`name=value` pairs for the Cookie header (style form)."""
    plain = _shape(value, content_type)
    key = _enc(name)
    if isinstance(plain, list) and explode:
        return [f"{key}={_enc(_scalar(v))}" for v in plain]
    if isinstance(plain, dict) and explode:
        return [f"{_enc(k)}={_enc(_scalar(v))}" for k, v in plain.items()]
    return [f"{key}={_join_simple(plain, False, ',', _enc)}"]


@dataclass(frozen=True, slots=True)
class EncodedBody:
    content: bytes
    content_type: str


def encode_body(body: Any, encoding: BodyEncoding, media_type: str) -> EncodedBody:
    """The request body's bytes and Content-Type for the declared encoding."""
    if encoding == "json":
        if isinstance(body, bytes | bytearray | memoryview):
            return EncodedBody(bytes(body), media_type or "application/json")
        return EncodedBody(to_json_bytes(body), media_type or "application/json")
    if encoding == "text":
        data = body if isinstance(body, bytes) else _scalar(to_plain(body)).encode()
        ctype = media_type or "text/plain"
        return EncodedBody(data, ctype if "charset" in ctype else f"{ctype}; charset=utf-8")
    if encoding == "binary":
        return EncodedBody(_read_binary(body), media_type or "application/octet-stream")
    if encoding == "form":
        pairs = [(k, _form_text(v)) for k, v in _fields(body) for v in _items(v)]
        text = urlencode(pairs, quote_via=quote_plus)
        return EncodedBody(text.encode(), media_type or "application/x-www-form-urlencoded")
    if encoding == "multipart":
        return _multipart(body)
    raise ApiValueError(f"unknown body encoding {encoding!r}")


def _read_binary(body: Any) -> bytes:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        return body.encode()
    read = getattr(body, "read", None)
    if callable(read):
        data = read()
        return data.encode() if isinstance(data, str) else bytes(data)
    raise ApiTypeError(f"binary body must be bytes or a file object, not {type(body).__name__}")


def _fields(body: Any) -> list[tuple[str, Any]]:
    """Top-level fields of a form body, keeping files and bytes as they are."""
    if isinstance(body, BaseModel):
        body = body.model_dump(by_alias=True, exclude_unset=True, context=REQUEST_CONTEXT)
    if not isinstance(body, Mapping):
        raise ApiTypeError(f"form body must be a model or a mapping, not {type(body).__name__}")
    return [(str(k), v) for k, v in body.items() if v is not None]


def _items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) and not _is_file_tuple(value) else [value]


def _form_text(value: Any) -> str:
    plain = to_plain(value)
    return _scalar(plain)


def _is_file_tuple(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and isinstance(value[0], str)
        and not isinstance(value[1], str)
    )


def _is_file(value: Any) -> bool:
    return (
        isinstance(value, bytes | bytearray | memoryview)
        or callable(getattr(value, "read", None))
        or _is_file_tuple(value)
    )


def _file_part(name: str, value: Any) -> tuple[str, bytes, str]:
    """(filename, content, content type) of a multipart file value."""
    if _is_file_tuple(value):
        filename, content = value[0], _read_binary(value[1])
        ctype = value[2] if len(value) == 3 else ""
    else:
        raw_name = getattr(value, "name", None)
        filename = os.path.basename(raw_name) if isinstance(raw_name, str) else name
        content, ctype = _read_binary(value), ""
    guessed = mimetypes.guess_type(filename)[0]
    return filename, content, ctype or guessed or "application/octet-stream"


def _quote_header_param(text: str) -> str:
    # HTML's multipart/form-data rules: escape quote and line breaks in names.
    return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _multipart(body: Any) -> EncodedBody:
    boundary = os.urandom(16).hex()
    out = bytearray()
    for name, value in _fields(body):
        for item in _items(value):
            disposition = f'form-data; name="{_quote_header_param(name)}"'
            if _is_file(item):
                filename, content, ctype = _file_part(name, item)
                disposition += f'; filename="{_quote_header_param(filename)}"'
            else:
                plain = to_plain(item)
                if isinstance(plain, dict | list):
                    content, ctype = to_json_bytes(plain), "application/json"
                else:
                    content, ctype = _scalar(plain).encode(), "text/plain; charset=utf-8"
            out += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
            out += f"Content-Type: {ctype}\r\n\r\n".encode() + content + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return EncodedBody(bytes(out), f"multipart/form-data; boundary={boundary}")


__all__ = [
    "BodyEncoding",
    "EncodedBody",
    "Style",
    "encode_body",
    "encode_cookie",
    "encode_header",
    "encode_path",
    "encode_query",
    "to_json_bytes",
    "to_plain",
]
