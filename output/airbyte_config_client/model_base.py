"""Base classes for generated models and enums, and the discriminated-union validator.

Generated models subclass `ApiModel`; generated enums subclass `OpenStrEnum` or
`OpenIntEnum`, which accept values a newer server may send that the spec did not list.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, StrEnum
from typing import Any, ClassVar, Self, TypeAlias

from pydantic import (
    BaseModel,
    ConfigDict,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    model_serializer,
)

RESERVED_FIELD_NAMES = frozenset({"to_dict", "to_json", "from_dict", "from_json"})
"""Method names `ApiModel` adds; the generator must not use them for properties."""

FileContent: TypeAlias = bytes | tuple[str, bytes] | tuple[str, bytes, str]
"""A binary property (a multipart file): its bytes, or (filename, bytes[, media type]);
without a filename the part is named after the property."""

REQUEST_CONTEXT: Mapping[str, Any] = {"apismith.request": True}
"""Serialization context of request bodies and parameters: read-only fields, and `None`
on fields whose schema rejects null, are left out (see `ApiModel`)."""


class ApiModel(BaseModel):
    """Base of every generated model.

    Accepts both the Python field names and the wire names (aliases) when constructing,
    keeps properties the spec does not declare (`model_extra`, sent back when
    serialising), and serialises by wire name. `to_dict`/`to_json` omit fields that were
    never set, so a model read from the server and sent back round-trips unchanged.

    Request bodies serialise under `REQUEST_CONTEXT`, which applies two OpenAPI rules:
    a `readOnly` property is sent by the server only, so it is left out; and a property
    whose schema does not accept `null` is left out when its value is `None`, because
    `None` on such a field can only mean "absent". A field that accepts `null` (listed in
    `__apismith_nullable__`) sends `null` when set to `None` and nothing when never set.
    """

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",
        protected_namespaces=(),
    )

    __apismith_read_only__: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(field name, wire name) of each read-only property."""
    __apismith_nullable__: ClassVar[tuple[str, ...]] = ()
    """Field names of the properties whose schema accepts `null`."""
    __apismith_omit_none__: ClassVar[tuple[frozenset[str], frozenset[str]]] = (
        frozenset(),
        frozenset(),
    )
    """Keys dropped from a request when `None`: (by field name, by wire name)."""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        nullable = set(cls.__apismith_nullable__)
        names = [n for n in cls.model_fields if n not in nullable]
        wires = [cls.model_fields[n].serialization_alias or n for n in names]
        cls.__apismith_omit_none__ = (frozenset(names), frozenset(wires))

    @model_serializer(mode="wrap")
    def _apismith_serialize(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        data = handler(self)
        context = info.context
        if (
            isinstance(data, dict)
            and isinstance(context, Mapping)
            and context.get("apismith.request")
        ):
            by_alias = info.by_alias is not False
            for name, wire in self.__apismith_read_only__:
                data.pop(wire if by_alias else name, None)
            omit = self.__apismith_omit_none__[by_alias]
            for key in [k for k, v in data.items() if v is None and k in omit]:
                del data[key]
        return data

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


class ApiModelWithConstants(ApiModel):
    """Base of models with constant properties, which are always sent.

    A constant property allows one value (`const`, or a one-value `enum`) and defaults to
    it. JSON Schema 2020-12 §6.1.3 makes the value fixed, but `to_dict`/`to_json` and
    request bodies leave out fields that were never set, and a server that receives no
    value cannot tell which member of a union was meant when the members differ only
    there (an action `{"type": "resume"}` versus `{"type": "pause"}`). Such fields count
    as set from construction on, so they always go on the wire.
    """

    __apismith_constants__: ClassVar[tuple[str, ...]] = ()
    """Field names of the constant properties."""

    def model_post_init(self, context: Any, /) -> None:
        self.__pydantic_fields_set__.update(self.__apismith_constants__)


class _OpenMembers:
    """What the open enums share: pseudo-members for values the spec does not list.

    A mixin of methods only, placed before the enum base (Python's enum docs: "mixin
    types must appear before Enum itself in the sequence of bases").
    """

    _member_map_: ClassVar[dict[str, Any]]
    _name_: str
    _value_: Any

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list."""
        return type(self)._member_map_.get(self._name_) is not self

    def __repr__(self) -> str:
        if self.is_unknown:
            return f"{type(self).__name__}({self._value_!r})"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"


class OpenStrEnum(_OpenMembers, StrEnum):
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


class OpenIntEnum(_OpenMembers, IntEnum):
    """An integer enum that also accepts values it does not list (see `OpenStrEnum`)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member


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
    "REQUEST_CONTEXT",
    "RESERVED_FIELD_NAMES",
    "ApiModel",
    "ApiModelWithConstants",
    "FileContent",
    "OpenIntEnum",
    "OpenStrEnum",
    "prefer_tag",
]
