"""Base classes for generated models and enums, and the discriminated-union helper.

Generated models subclass `ApiModel`; generated enums subclass `OpenStrEnum` or
`OpenIntEnum`, which accept values a newer server may send that the spec did not list.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, StrEnum
from typing import Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Tag,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)

RESERVED_FIELD_NAMES = frozenset({"to_dict", "to_json", "from_dict", "from_json"})
"""Method names `ApiModel` adds; the generator must not use them for properties."""


class ApiModel(BaseModel):
    """Base of every generated model.

    Accepts both the Python field names and the wire names (aliases) when constructing,
    keeps properties the spec does not declare (`model_extra`, sent back when
    serialising), and serialises by wire name. `to_dict`/`to_json` omit fields that were
    never set, so a model read from the server and sent back round-trips unchanged.
    """

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",
        protected_namespaces=(),
    )

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible dict by wire name, without fields that were never set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_unset=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        return cls.model_validate(data)

    @classmethod
    def from_json(cls, data: str | bytes) -> Self:
        return cls.model_validate_json(data)


class OpenStrEnum(StrEnum):
    """A string enum that also accepts values it does not list.

    `SyncMode("from_a_newer_server")` returns a pseudo-member: an instance of `SyncMode`
    whose `.value` is the raw string and whose `is_unknown` is True. Pseudo-members are
    created per lookup and never cached, so they compare equal by value but the class's
    members (iteration, `len`) are exactly the declared ones.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list."""
        return type(self)._member_map_.get(self._name_) is not self

    def __repr__(self) -> str:
        if self.is_unknown:
            return f"{type(self).__name__}({self._value_!r})"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"


class OpenIntEnum(IntEnum):
    """An integer enum that also accepts values it does not list (see `OpenStrEnum`)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list."""
        return type(self)._member_map_.get(self._name_) is not self

    def __repr__(self) -> str:
        if self.is_unknown:
            return f"{type(self).__name__}({self._value_!r})"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"


def discriminated_union(
    property_name: str, mapping: Mapping[str, str], *, fallback: str | None = None
) -> Discriminator:
    """A pydantic `Discriminator` choosing a union variant by a property's wire value.

    Works whether or not the variant models declare the property as a `Literal`. Each
    variant is annotated `Annotated[Model, Tag("Model")]` (the tag is the class name);
    `mapping` sends each wire value to a tag (OpenAPI's `discriminator.mapping` plus the
    implicit schema-name entries). An unlisted value selects `fallback` when given, else
    fails validation (a `ResponseDecodeError` when decoding a response).
    """
    tags = frozenset(mapping.values())
    lookup = dict(mapping)

    def choose(value: Any) -> str | None:
        if isinstance(value, Mapping):
            raw = value.get(property_name)
        elif isinstance(value, BaseModel):
            if type(value).__name__ in tags:
                return type(value).__name__
            raw = _model_property(value, property_name)
        else:
            return None
        raw = getattr(raw, "value", raw)  # an enum member
        tag = lookup.get(raw) if isinstance(raw, str) else None
        return tag if tag is not None else fallback

    return Discriminator(choose)


def _model_property(model: BaseModel, wire_name: str) -> Any:
    extra = model.__pydantic_extra__ or {}
    if wire_name in extra:
        return extra[wire_name]
    for name, info in type(model).model_fields.items():
        if (info.alias or name) == wire_name:
            return getattr(model, name)
    return None


def prefer_tag(property_name: str, mapping: Mapping[str, type[BaseModel]]) -> WrapValidator:
    """Validator for a `oneOf` with a discriminator: the variant the tag names first.

    `Annotated[Cat | Dog, prefer_tag("petType", {"cat": Cat, "dog": Dog})]` decodes
    `{"petType": "dog", ...}` as `Dog` even when it would also fit `Cat`. When the tag
    is missing, unknown, or names a variant the value does not fit (mock servers and
    lax real ones send such data), pydantic's smart union decides, so nothing that
    fits some variant is rejected.
    """
    lookup = dict(mapping)

    def validate(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        if isinstance(value, Mapping):
            tag = value.get(property_name)
            variant = lookup.get(tag) if isinstance(tag, str) else None
            if variant is not None:
                try:
                    return variant.model_validate(value)
                except ValidationError:
                    pass
        return handler(value)

    return WrapValidator(validate)


__all__ = [
    "RESERVED_FIELD_NAMES",
    "ApiModel",
    "OpenIntEnum",
    "OpenStrEnum",
    "Tag",
    "discriminated_union",
    "prefer_tag",
]
