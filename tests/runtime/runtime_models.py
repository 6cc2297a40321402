"""Small models and endpoints shaped like generated code, shared by the runtime tests."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from generator.runtime.api_client import Endpoint, ParamSpec, ResponseSpec
from generator.runtime.auth import ApiKey, HttpBasic, HttpBearer
from generator.runtime.model_base import (
    ApiModel,
    OpenIntEnum,
    OpenStrEnum,
    prefer_tag,
)


class SyncMode(OpenStrEnum):
    FULL_REFRESH = "full_refresh"
    INCREMENTAL = "incremental"


class Priority(OpenIntEnum):
    LOW = 1
    HIGH = 2


class Item(ApiModel):
    item_id: int = Field(validation_alias="itemId", serialization_alias="itemId")
    name: str
    mode: SyncMode | None = None
    note: str | None = None

    __apismith_nullable__ = ("note",)


class Problem(ApiModel):
    message: str
    code: int | None = None


class Cat(ApiModel):
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    meows: int = 0


class Dog(ApiModel):
    pet_type: Literal["dog"] = Field(
        default="dog", validation_alias="petType", serialization_alias="petType"
    )
    barks: int = 0


Pet = Annotated[Cat | Dog, prefer_tag("petType", {"cat": Cat, "Cat": Cat, "dog": Dog})]

bearer_auth = HttpBearer("bearerAuth")
basic_auth = HttpBasic("basicAuth")
key_header = ApiKey("keyHeader", "header", "X-Api-Key")
key_query = ApiKey("keyQuery", "query", "api_key")
key_cookie = ApiKey("keyCookie", "cookie", "session")

JSON = "application/json"
ERRORS = {
    "4XX": ResponseSpec(Problem, "json", JSON),
    "default": ResponseSpec(Problem, "json", JSON),
}

GET_ITEM: Endpoint[Item] = Endpoint(
    operation_id="getItem",
    method="GET",
    path="/items/{itemId}",
    params=(ParamSpec("itemId", "path"), ParamSpec("verbose", "query")),
    responses={"200": ResponseSpec(Item, "json", JSON), **ERRORS},
)

LIST_ITEMS: Endpoint[list[Item]] = Endpoint(
    operation_id="listItems",
    method="GET",
    path="/items",
    responses={"200": ResponseSpec(list[Item], "json", JSON)},
)

CREATE_ITEM: Endpoint[Item] = Endpoint(
    operation_id="createItem",
    method="POST",
    path="/items",
    body_media_type=JSON,
    body_encoding="json",
    responses={"201": ResponseSpec(Item, "json", JSON), **ERRORS},
)

DELETE_ITEM: Endpoint[None] = Endpoint(
    operation_id="deleteItem",
    method="DELETE",
    path="/items/{itemId}",
    params=(ParamSpec("itemId", "path"),),
    responses={"204": ResponseSpec(None, "none"), **ERRORS},
    deprecated=True,
)

LIST_PETS: Endpoint[list[Cat | Dog]] = Endpoint(
    operation_id="listPets",
    method="GET",
    path="/pets",
    responses={"2XX": ResponseSpec(list[Pet], "json", JSON)},
)

GET_TEXT: Endpoint[str] = Endpoint(
    operation_id="getText",
    method="GET",
    path="/text",
    responses={"200": ResponseSpec(str, "text", "text/plain")},
)

GET_BYTES: Endpoint[bytes] = Endpoint(
    operation_id="getBytes",
    method="GET",
    path="/bytes",
    responses={"200": ResponseSpec(bytes, "binary", "application/octet-stream")},
)

SECURED: Endpoint[None] = Endpoint(
    operation_id="secured",
    method="GET",
    path="/secured",
    responses={"204": ResponseSpec(None, "none")},
    security=((bearer_auth,), (basic_auth,), (key_header, key_query, key_cookie)),
)


def upload(method: str, encoding: Literal["form", "multipart", "binary", "text"]) -> Endpoint[None]:
    media = {
        "form": "application/x-www-form-urlencoded",
        "multipart": "multipart/form-data",
        "binary": "application/octet-stream",
        "text": "text/plain",
    }[encoding]
    return Endpoint(
        operation_id=f"upload_{encoding}",
        method=method,
        path="/upload",
        body_media_type=media,
        body_encoding=encoding,
        responses={"204": ResponseSpec(None, "none")},
    )
