"""Parameter styles (the OpenAPI 3.1 style examples) and body encodings."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from decimal import Decimal
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

import pytest

from generator.runtime.exceptions import ApiTypeError, ApiValueError
from generator.runtime.serialization import (
    encode_body,
    encode_cookie,
    encode_header,
    encode_path,
    encode_query,
)

from .runtime_models import Item, SyncMode

PRIM = 5
ARR = [3, 4, 5]
OBJ = {"role": "admin", "firstName": "Alex"}


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("simple", False, PRIM, "5"),
        ("simple", False, ARR, "3,4,5"),
        ("simple", False, OBJ, "role,admin,firstName,Alex"),
        ("simple", True, ARR, "3,4,5"),
        ("simple", True, OBJ, "role=admin,firstName=Alex"),
        ("label", False, PRIM, ".5"),
        ("label", False, ARR, ".3,4,5"),
        ("label", False, OBJ, ".role,admin,firstName,Alex"),
        ("label", True, ARR, ".3.4.5"),
        ("label", True, OBJ, ".role=admin.firstName=Alex"),
        ("matrix", False, PRIM, ";id=5"),
        ("matrix", False, ARR, ";id=3,4,5"),
        ("matrix", False, OBJ, ";id=role,admin,firstName,Alex"),
        ("matrix", True, ARR, ";id=3;id=4;id=5"),
        ("matrix", True, OBJ, ";role=admin;firstName=Alex"),
    ],
)
def test_path_styles(style: Any, explode: bool, value: Any, expected: str) -> None:
    assert encode_path("id", value, style, explode) == expected


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("form", True, PRIM, ["id=5"]),
        ("form", True, ARR, ["id=3", "id=4", "id=5"]),
        ("form", True, OBJ, ["role=admin", "firstName=Alex"]),
        ("form", False, ARR, ["id=3,4,5"]),
        ("form", False, OBJ, ["id=role,admin,firstName,Alex"]),
        ("spaceDelimited", False, ARR, ["id=3%204%205"]),
        ("spaceDelimited", False, OBJ, ["id=role%20admin%20firstName%20Alex"]),
        ("spaceDelimited", True, ARR, ["id=3", "id=4", "id=5"]),
        ("pipeDelimited", False, ARR, ["id=3|4|5"]),
        ("pipeDelimited", False, OBJ, ["id=role|admin|firstName|Alex"]),
        ("deepObject", True, OBJ, ["id[role]=admin", "id[firstName]=Alex"]),
        ("deepObject", True, {"a": {"b": 1}}, ["id[a][b]=1"]),
    ],
)
def test_query_styles(style: Any, explode: bool, value: Any, expected: list[str]) -> None:
    assert encode_query("id", value, style, explode) == expected


def test_header_and_cookie_styles() -> None:
    assert encode_header("X", PRIM) == "5"
    assert encode_header("X", ARR) == "3,4,5"
    assert encode_header("X", OBJ) == "role,admin,firstName,Alex"
    assert encode_header("X", OBJ, explode=True) == "role=admin,firstName=Alex"
    assert encode_cookie("id", ARR, explode=False) == ["id=3,4,5"]
    assert encode_cookie("id", ARR) == ["id=3", "id=4", "id=5"]
    assert encode_cookie("id", "a b;c") == ["id=a%20b%3Bc"]


def test_header_value_cannot_inject_headers() -> None:
    with pytest.raises(ApiValueError):
        encode_header("X", "a\r\nEvil: 1")


def test_values_of_every_type() -> None:
    when = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    ident = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert encode_query("b", True) == ["b=true"]
    assert encode_query("b", False) == ["b=false"]
    assert encode_query("e", SyncMode.FULL_REFRESH) == ["e=full_refresh"]
    assert encode_query("u", ident) == [f"u={ident}"]
    assert encode_query("d", dt.date(2024, 1, 2)) == ["d=2024-01-02"]
    assert encode_query("t", when) == ["t=2024-01-02T03%3A04%3A05Z"]
    assert encode_query("n", Decimal("1.50")) == ["n=1.50"]
    assert encode_path("p", [True, SyncMode.INCREMENTAL]) == "true,incremental"
    model = Item(item_id=1, name="x")
    assert encode_query("m", model, "deepObject") == ["m[itemId]=1", "m[name]=x"]


def test_none_members_are_omitted() -> None:
    assert encode_query("id", [1, None, 2]) == ["id=1", "id=2"]
    assert encode_query("id", {"a": None, "b": 1}) == ["b=1"]


def test_percent_encoding() -> None:
    assert encode_path("p", "a/b c?#%") == "a%2Fb%20c%3F%23%25"
    assert encode_query("q", "a&b=c+d") == ["q=a%26b%3Dc%2Bd"]
    assert encode_query("q", "a/b:c&d", allow_reserved=True) == ["q=a/b:c%26d"]
    assert encode_query("q k", "é") == ["q%20k=%C3%A9"]


def test_content_encoded_parameter_is_json() -> None:
    assert encode_query("f", {"a": [1, 2]}, content_type="application/json") == [
        "f=%7B%22a%22%3A%5B1%2C2%5D%7D"
    ]


def test_json_body_by_alias_without_unset_fields() -> None:
    encoded = encode_body(Item(item_id=1, name="a", note=None), "json", "application/json")
    assert json.loads(encoded.content) == {"itemId": 1, "name": "a", "note": None}
    assert encoded.content_type == "application/json"
    many = encode_body([Item(item_id=2, name="b")], "json", "")
    assert json.loads(many.content) == [{"itemId": 2, "name": "b"}]
    nested = encode_body({"x": Item(item_id=3, name="c"), "when": dt.date(2024, 1, 2)}, "json", "")
    assert json.loads(nested.content) == {"x": {"itemId": 3, "name": "c"}, "when": "2024-01-02"}


def test_form_body() -> None:
    encoded = encode_body({"a": "x y", "b": [1, 2], "c": True, "d": None}, "form", "")
    assert encoded.content_type == "application/x-www-form-urlencoded"
    pairs = parse_qsl(encoded.content.decode())
    assert pairs == [("a", "x y"), ("b", "1"), ("b", "2"), ("c", "true")]


def _parts(encoded_content: bytes, content_type: str) -> list[Any]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + encoded_content)
    return list(message.iter_parts())


def test_multipart_body_with_files() -> None:
    photo = io.BytesIO(b"\x89PNG...")
    photo.name = "/tmp/cat.png"
    body = {
        "title": "hello",
        "meta": {"k": 1},
        "raw": b"\x00\x01",
        "photo": photo,
        "docs": [("a.txt", b"A", "text/plain"), ("b.bin", b"B")],
    }
    encoded = encode_body(body, "multipart", "multipart/form-data")
    assert encoded.content_type.startswith("multipart/form-data; boundary=")
    parts = _parts(encoded.content, encoded.content_type)
    seen = [
        (p.get_param("name", header="content-disposition"), p.get_filename(), p.get_content_type())
        for p in parts
    ]
    assert seen == [
        ("title", None, "text/plain"),
        ("meta", None, "application/json"),
        ("raw", "raw", "application/octet-stream"),
        ("photo", "cat.png", "image/png"),
        ("docs", "a.txt", "text/plain"),
        ("docs", "b.bin", "application/octet-stream"),
    ]
    assert parts[1].get_payload(decode=True) == b'{"k":1}'
    assert parts[3].get_payload(decode=True) == b"\x89PNG..."


def test_binary_and_text_bodies() -> None:
    assert encode_body(b"\x00\xff", "binary", "image/png").content == b"\x00\xff"
    assert encode_body(io.BytesIO(b"data"), "binary", "").content == b"data"
    text = encode_body("héllo", "text", "")
    assert text.content == "héllo".encode() and text.content_type.startswith("text/plain")
    with pytest.raises(ApiTypeError):
        encode_body(object(), "binary", "")
    with pytest.raises(ApiTypeError):
        encode_body([1, 2], "form", "")
