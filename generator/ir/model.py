"""The intermediate representation: what the spec says, with final Python names.

Frozen dataclasses only: no Jinja, no I/O, no configuration lookups. Every node
keeps the JSON pointer (and file) it came from, so later diagnostics can point
back into the spec. Values copied from the spec (``default``, ``example``) are
plain JSON data and must be treated as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from generator.ir.types import Constraints as Constraints  # shared with type references
from generator.ir.types import TypeRef

ParamLocation: TypeAlias = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a node was defined: display path of the file and JSON pointer."""

    file: str
    pointer: str


@dataclass(frozen=True, slots=True)
class Missing:
    """Marker for "the spec gives no default/example" (``None`` is a real value)."""


MISSING = Missing()


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    """Final Python attribute name."""
    wire_name: str
    type: TypeRef
    required: bool
    origin: Origin
    description: str = ""
    default: Any = MISSING
    example: Any = MISSING
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    constraints: Constraints = field(default_factory=Constraints)


@dataclass(frozen=True, slots=True)
class Model:
    """An object schema that becomes a pydantic model."""

    name: str
    module: str
    origin: Origin
    fields: tuple[Field, ...]
    description: str = ""
    title: str = ""
    bases: tuple[str, ...] = ()
    """Class names of models this one extends (``allOf`` used as inheritance)."""
    additional: TypeRef | None = None
    """Type of extra properties when the schema declares one; ``None``: any."""
    closed: bool = False
    """``additionalProperties: false``."""
    example: Any = MISSING
    deprecated: bool = False
    synthesized: bool = False
    """True for inline schemas that were given a generated name."""
    tag: tuple[str, str] | None = None
    """(wire name, value): the discriminator (its own or an ``allOf`` part's) names this
    model by that value of that property (OpenAPI 3.0 §4.7.25, 3.1 §4.8.25)."""


@dataclass(frozen=True, slots=True)
class EnumMember:
    name: str
    """Final Python member name."""
    value: Any
    description: str = ""


@dataclass(frozen=True, slots=True)
class Enum:
    name: str
    module: str
    origin: Origin
    members: tuple[EnumMember, ...]
    value_kind: Literal["string", "integer", "number", "boolean"] = "string"
    description: str = ""
    default: Any = MISSING
    synthesized: bool = False


@dataclass(frozen=True, slots=True)
class Alias:
    """A named schema that is not an object or enum (a union, mostly)."""

    name: str
    module: str
    origin: Origin
    type: TypeRef
    description: str = ""
    synthesized: bool = False


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    origin: Origin
    description: str = ""
    default: Any = MISSING
    example: Any = MISSING
    style: str = ""
    explode: bool = False
    deprecated: bool = False
    constraints: Constraints = field(default_factory=Constraints)
    allow_reserved: bool = False
    content_type: str = ""
    """Set when the parameter is declared with ``content``: its value is sent serialised
    as this media type (JSON text), not by ``style``."""


@dataclass(frozen=True, slots=True)
class MediaBody:
    """One media type of a request body."""

    media_type: str
    type: TypeRef
    encoding: Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True, slots=True)
class RequestBody:
    name: str
    """Final Python parameter name."""
    required: bool
    origin: Origin
    contents: tuple[MediaBody, ...]
    """First is the default media type."""
    description: str = ""
    example: Any = MISSING

    @property
    def primary(self) -> MediaBody:
        return self.contents[0]


@dataclass(frozen=True, slots=True)
class Header:
    name: str
    type: TypeRef
    description: str = ""
    required: bool = False


@dataclass(frozen=True, slots=True)
class Response:
    status: str
    """``"200"``, ``"4XX"`` or ``"default"``."""
    description: str
    origin: Origin
    media_type: str = ""
    type: TypeRef | None = None
    """Decoded body type; ``None`` when the response has no body."""
    decode: Literal["json", "text", "bytes", "none"] = "none"
    headers: tuple[Header, ...] = ()


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    key: str
    """The name in ``components.securitySchemes``."""
    kind: Literal["http", "apiKey", "oauth2", "openIdConnect", "mutualTLS"]
    scheme: str = ""
    """For ``http``: ``bearer`` or ``basic``."""
    location: str = ""
    """For ``apiKey``: header, query or cookie."""
    param_name: str = ""
    bearer_format: str = ""
    description: str = ""
    flows: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    """For ``oauth2``: (flow, url, scopes)."""
    name: str = ""
    """Variable name in the generated ``security`` module."""


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    """Final Python method name."""
    operation_id: str
    method: str
    """Upper case HTTP method."""
    path: str
    origin: Origin
    parameters: tuple[Parameter, ...] = ()
    body: RequestBody | None = None
    responses: tuple[Response, ...] = ()
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    security: tuple[tuple[str, ...], ...] | None = None
    """Alternatives, each a tuple of scheme keys; ``None``: the document default."""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tag:
    """One API class: the operations of a tag."""

    name: str
    """The tag as written in the spec."""
    class_name: str
    module: str
    operations: tuple[Operation, ...]
    description: str = ""
    async_class_name: str = ""
    spellings: tuple[str, ...] = ()
    """Every spelling of the tag in the spec (``jobs``, ``Jobs``) that names this class."""


@dataclass(frozen=True, slots=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True, slots=True)
class Webhook:
    """A 3.1 webhook or a callback: documented, never a client method."""

    name: str
    method: str
    origin: Origin
    summary: str = ""
    description: str = ""
    body: RequestBody | None = None
    responses: tuple[Response, ...] = ()
    parent: str = ""
    """For callbacks: the operation id that registers it."""


@dataclass(frozen=True, slots=True)
class Api:
    """The whole spec."""

    title: str
    version: str
    package_name: str
    openapi_version: str
    description: str = ""
    servers: tuple[Server, ...] = ()
    tags: tuple[Tag, ...] = ()
    models: tuple[Model, ...] = ()
    enums: tuple[Enum, ...] = ()
    aliases: tuple[Alias, ...] = ()
    security_schemes: tuple[SecurityScheme, ...] = ()
    security: tuple[tuple[str, ...], ...] = ()
    webhooks: tuple[Webhook, ...] = ()
    source_file: str = ""

    def operations(self) -> list[Operation]:
        """Operations by API class; one generated in several classes appears once per class."""
        return [op for tag in self.tags for op in tag.operations]

    def classes(self) -> tuple[Model | Enum | Alias, ...]:
        """Every generated class: models, enums and union aliases."""
        return (*self.models, *self.enums, *self.aliases)
