"""A small hand-built IR exercising what the docs render: params, bodies, unions, enums."""

from __future__ import annotations

from generator.ir.model import (
    Alias,
    Api,
    Constraints,
    Enum,
    EnumMember,
    Field,
    Header,
    MediaBody,
    Model,
    Operation,
    Origin,
    Parameter,
    RequestBody,
    Response,
    SecurityScheme,
    Server,
    Tag,
)
from generator.ir.types import (
    AliasRef,
    ArrayOf,
    Discriminator,
    EnumRef,
    MapOf,
    ModelRef,
    Nullable,
    Primitive,
    Union,
)

ORIGIN = Origin("spec.yaml", "#/x")
STR = Primitive("string")
UUID = Primitive("string", "uuid")

EVIL = "Line one | with pipe\n\n# Not a heading\n```\n</details><script>alert(1)</script>\n---"

SYNC_MODE = Enum(
    "SyncMode",
    "sync_mode",
    ORIGIN,
    (EnumMember("FULL_REFRESH", "full_refresh"), EnumMember("INCREMENTAL", "incremental")),
    description="How data is synced.",
)

CAT = Model(
    "Cat",
    "cat",
    ORIGIN,
    (
        Field("pet_type", "petType", STR, True, ORIGIN),
        Field(
            "lives",
            "lives",
            Primitive("integer"),
            True,
            ORIGIN,
            constraints=Constraints(minimum=1, maximum=9),
        ),
    ),
)
DOG = Model(
    "Dog",
    "dog",
    ORIGIN,
    (
        Field("pet_type", "petType", STR, True, ORIGIN),
        Field("good_boy", "goodBoy", Primitive("boolean"), False, ORIGIN),
    ),
)
PET = Alias(
    "Pet",
    "pet",
    ORIGIN,
    Union(
        (ModelRef("Cat"), ModelRef("Dog")),
        Discriminator("petType", (("cat", "Cat"), ("dog", "Dog"))),
    ),
    description="A pet.",
)
NODE = Model(
    "TreeNode",
    "tree_node",
    ORIGIN,
    (
        Field("label", "label", STR, True, ORIGIN),
        Field("children", "children", ArrayOf(ModelRef("TreeNode")), False, ORIGIN),
        Field("parent", "parent", Nullable(ModelRef("TreeNode")), False, ORIGIN),
    ),
)
CREATE = Model(
    "ConnectionCreate",
    "connection_create",
    ORIGIN,
    (
        Field("name", "name", STR, True, ORIGIN, description=EVIL),
        Field("source_id", "sourceId", UUID, True, ORIGIN),
        Field("created_at", "createdAt", Primitive("string", "date-time"), False, ORIGIN),
        Field(
            "contact",
            "contact",
            Primitive("string", "email"),
            False,
            ORIGIN,
            example="not-an-email",
        ),
        Field("sync_mode", "syncMode", EnumRef("SyncMode"), True, ORIGIN),
        Field("modes", "modes", ArrayOf(EnumRef("SyncMode"), unique=True), False, ORIGIN),
        Field("pet", "pet", AliasRef("Pet"), False, ORIGIN),
        Field("tree", "tree", ModelRef("TreeNode"), False, ORIGIN),
        Field("tags", "tags", MapOf(STR), False, ORIGIN),
        Field(
            "code", "code", STR, False, ORIGIN, constraints=Constraints(pattern="^[a-z]{2}-\\d+$")
        ),
        Field("id", "id", UUID, False, ORIGIN, read_only=True),
        Field("prefix", "prefix", STR, False, ORIGIN, default="pre_"),
    ),
    description="Create a connection. | pipes | and <b>html</b>",
)
READ = Model(
    "ConnectionRead",
    "connection_read",
    ORIGIN,
    (
        Field("connection_id", "connectionId", UUID, True, ORIGIN),
        Field("name", "name", STR, True, ORIGIN),
    ),
)
ERROR = Model("ErrorInfo", "error_info", ORIGIN, (Field("message", "message", STR, True, ORIGIN),))

CREATE_OP = Operation(
    name="create_connection",
    operation_id="createConnection",
    method="POST",
    path="/v1/connections/create",
    origin=ORIGIN,
    body=RequestBody(
        "connection_create",
        True,
        ORIGIN,
        (MediaBody("application/json", ModelRef("ConnectionCreate"), "json"),),
    ),
    responses=(
        Response(
            "200",
            "Successful operation",
            ORIGIN,
            "application/json",
            ModelRef("ConnectionRead"),
            "json",
            headers=(Header("X-Rate-Limit", Primitive("integer"), "Calls left | per hour"),),
        ),
        Response(
            "422",
            "Input failed validation",
            ORIGIN,
            "application/json",
            ModelRef("ErrorInfo"),
            "json",
        ),
    ),
    summary="Create a connection",
    description=EVIL,
)
GET_OP = Operation(
    name="get_connection",
    operation_id="getConnection",
    method="GET",
    path="/v1/connections/{connectionId}",
    origin=ORIGIN,
    parameters=(
        Parameter(
            "connection_id", "connectionId", "path", UUID, True, ORIGIN, description="The id."
        ),
        Parameter(
            "limit",
            "limit",
            "query",
            Primitive("integer"),
            False,
            ORIGIN,
            default=20,
        ),
    ),
    responses=(
        Response("200", "OK", ORIGIN, "application/json", ModelRef("ConnectionRead"), "json"),
        Response("404", "Not found", ORIGIN),
    ),
    summary="Get a connection",
    security=(("bearerAuth",),),
)
DELETE_OP = Operation(
    name="delete_connection",
    operation_id="deleteConnection",
    method="POST",
    path="/v1/connections/delete",
    origin=ORIGIN,
    body=RequestBody(
        "pet", False, ORIGIN, (MediaBody("application/json", AliasRef("Pet"), "json"),)
    ),
    responses=(Response("204", "Deleted", ORIGIN),),
    summary="Delete a connection",
)

API = Api(
    title="Sample | API",
    version="1.0.0",
    package_name="sample_client",
    openapi_version="3.0.0",
    description="A sample API.\n\n# Heading inside",
    servers=(Server("http://localhost:8000/api"),),
    tags=(
        Tag(
            "connection",
            "ConnectionApi",
            "connection_api",
            (CREATE_OP, GET_OP, DELETE_OP),
            description="Connection between sources and destinations.",
        ),
    ),
    models=(CREATE, READ, ERROR, CAT, DOG, NODE),
    enums=(SYNC_MODE,),
    aliases=(PET,),
    security_schemes=(SecurityScheme("bearerAuth", "http", scheme="bearer", bearer_format="JWT"),),
    security=((),),
)
