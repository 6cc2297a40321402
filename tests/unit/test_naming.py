"""The naming authority: case conversion, identifiers, namespaces and collisions."""

from __future__ import annotations

import keyword

import pytest

from generator.naming import (
    PYTHON_RESERVED,
    Namespace,
    attribute_name,
    class_name,
    member_name,
    pascal_case,
    snake_case,
    upper_snake,
    words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fooBar", "foo_bar"),
        ("FooBar", "foo_bar"),
        ("foo_bar", "foo_bar"),
        ("foo-bar", "foo_bar"),
        ("foo bar.baz", "foo_bar_baz"),
        ("HTTPServer", "http_server"),
        ("getHTTPResponseCode", "get_http_response_code"),
        ("v2Beta", "v2_beta"),
        ("café", "cafe"),
        ("", ""),
        ("---", ""),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("foo_bar", "FooBar"),
        ("fooBar", "FooBar"),
        ("connection-read", "ConnectionRead"),
        ("HTTPServer", "HttpServer"),
        ("Naïve", "Naive"),
    ],
)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


# Real operationIds, parameter, property and schema names from the specs in ../shared/specs.
# The rule (inflection's ``underscore``): a word starts at an upper-case letter that follows
# a lower-case letter or a digit, or that starts a capitalised word after an upper-case run;
# digits never start a word, and an acronym keeps its plural ``s`` (``userIDs``).
REAL_NAMES = [
    ("assistV1Process", "assist_v1_process", "AssistV1Process"),
    ("assistV1Warm", "assist_v1_warm", "AssistV1Warm"),
    ("completeDestinationOAuth", "complete_destination_o_auth", "CompleteDestinationOAuth"),
    (
        "createOrUpdateOrganizationOAuthCredentials",
        "create_or_update_organization_o_auth_credentials",
        "CreateOrUpdateOrganizationOAuthCredentials",
    ),
    ("getVersionDetailsv2", "get_version_detailsv2", "GetVersionDetailsv2"),
    ("initiateOAuth", "initiate_o_auth", "InitiateOAuth"),
    ("listVersionsv2", "list_versionsv2", "ListVersionsv2"),
    ("revokeSourceOAuthTokens", "revoke_source_o_auth_tokens", "RevokeSourceOAuthTokens"),
    ("find pet by id", "find_pet_by_id", "FindPetById"),
    ("list-data-sets", "list_data_sets", "ListDataSets"),
    ("json-like", "json_like", "JsonLike"),
    ("AUTH_KEY", "auth_key", "AuthKey"),
    ("Boolean-Header", "boolean_header", "BooleanHeader"),
    ("Int-Enum-Header", "int_enum_header", "IntEnumHeader"),
    ("X-Airbyte-Version", "x_airbyte_version", "XAirbyteVersion"),
    ("cookie param", "cookie_param", "CookieParam"),
    ("hyphen-in-path", "hyphen_in_path", "HyphenInPath"),
    ("param1", "param1", "Param1"),
    ("1_leading_digit", "1_leading_digit", "1LeadingDigit"),
    ("completeOAuthOutputSpecification", "complete_o_auth_output_specification", None),
    ("connectorIPCOptions", "connector_ipc_options", "ConnectorIpcOptions"),
    ("grant-type", "grant_type", "GrantType"),
    ("int32_properties", "int32_properties", "Int32Properties"),
    ("int64_property_ref", "int64_property_ref", "Int64PropertyRef"),
    ("line1", "line1", "Line1"),
    ("line2", "line2", "Line2"),
    ("oauth2Specification", "oauth2_specification", "Oauth2Specification"),
    ("AByteStream", "a_byte_stream", "AByteStream"),
    ("ADateTime", "a_date_time", "ADateTime"),
    ("ADiscriminatedUnionType1", "a_discriminated_union_type1", "ADiscriminatedUnionType1"),
    ("AnArrayOfInt32", "an_array_of_int32", "AnArrayOfInt32"),
    ("AnOtherArrayOfInt64", "an_other_array_of_int64", "AnOtherArrayOfInt64"),
    ("AssistV1ProcessRequestBody", "assist_v1_process_request_body", None),
    ("ActivateSSOConfigRequestBody", "activate_sso_config_request_body", None),
    ("EncryptionMapperAESConfiguration", "encryption_mapper_aes_configuration", None),
    ("HTTPValidationError", "http_validation_error", "HttpValidationError"),
    ("ISO8601DateTime", "iso8601_date_time", "Iso8601DateTime"),
    ("OAuth2Specification", "o_auth2_specification", "OAuth2Specification"),
    ("SSOConfigDefaultRole", "sso_config_default_role", "SsoConfigDefaultRole"),
    ("model.reference.with.Periods", "model_reference_with_periods", None),
    ("userIDs", "user_ids", "UserIds"),
    ("CancelCommandResponse200", "cancel_command_response200", "CancelCommandResponse200"),
]


@pytest.mark.parametrize(("text", "snake", "pascal"), REAL_NAMES)
def test_real_names_keep_digits_with_their_word(text: str, snake: str, pascal: str | None) -> None:
    assert snake_case(text) == snake
    if pascal is not None:
        assert pascal_case(text) == pascal


def test_words_split_digits_and_upper_runs() -> None:
    assert words("2ndThing") == ["2nd", "thing"]
    assert words("XMLHttpRequest") == ["xml", "http", "request"]
    assert upper_snake("full-refresh") == "FULL_REFRESH"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2ndThing", "N2ndThing"),
        ("", "Model"),
        ("日本", "Model"),
        ("pet", "Pet"),
    ],
)
def test_class_name_is_an_identifier(text: str, expected: str) -> None:
    name = class_name(text)
    assert name == expected
    assert name.isidentifier()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2fa", "n2fa"), ("", "field"), ("$ref-like", "ref_like"), ("café", "cafe")],
)
def test_attribute_name(text: str, expected: str) -> None:
    assert attribute_name(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("full_refresh", "FULL_REFRESH"),
        ("a-b", "A_B"),
        ("1st", "V1ST"),
        ("", "EMPTY"),
        ("*", "ASTERISK"),
        ("<=", "LESS_THAN_EQUALS"),
        ("Ünïcode", "UNICODE"),
        ("日本", "VALUE"),
        (-1, "MINUS_1"),
        (0, "V0"),
        (1.5, "V1_5"),
        (True, "TRUE"),
        (False, "FALSE"),
        (None, "NONE"),
    ],
)
def test_member_name(value: object, expected: str) -> None:
    name = member_name(value)
    assert name == expected
    assert name.isidentifier()


def test_reserved_words_cover_keywords_soft_keywords_and_self() -> None:
    for word in [*keyword.kwlist, "match", "case", "self", "cls"]:
        assert word in PYTHON_RESERVED


def test_reserved_name_gets_a_suffix_by_style() -> None:
    attrs = Namespace("field", reserved=PYTHON_RESERVED)
    assert attrs.claim("class", "class") == "class_"
    assert attrs.claim("from", "from") == "from_"
    classes = Namespace("class", reserved=frozenset({"Field"}))
    assert classes.claim("Field", "Field", style="class") == "FieldModel"
    assert [r.reason for r in attrs.renames] == ["'class' is reserved", "'from' is reserved"]


def test_collisions_get_numbered_suffixes() -> None:
    space = Namespace("field")
    assert space.claim("fooBar", "foo_bar") == "foo_bar"
    assert space.claim("foo_bar", "foo_bar") == "foo_bar_2"
    assert space.claim("foo-bar", "foo_bar") == "foo_bar_3"
    # A name that is itself taken by a suffixed one moves on to the next free suffix.
    assert space.claim("foo_bar_2", "foo_bar_2") == "foo_bar_2_2"
    classes = Namespace("class")
    assert classes.claim("Pet", "Pet", style="class") == "Pet"
    assert classes.claim("pet", "Pet", style="class") == "Pet2"
    renamed = [(r.original, r.final, r.reason) for r in space.renames]
    assert renamed[0] == ("foo_bar", "foo_bar_2", "'foo_bar' collides with 'fooBar'")


def test_a_collision_between_equal_spellings_names_where_the_first_one_is() -> None:
    """'id' collides with 'id' says nothing; the first owner's pointer does."""
    space = Namespace("parameter")
    assert space.claim("id", "id", pointer="/paths/~1a/parameters/0") == "id"
    assert space.claim("id", "id", pointer="/paths/~1a/get/parameters/0") == "id_2"
    assert space.claim("ID", "id", pointer="/paths/~1a/get/parameters/1") == "id_3"
    assert [r.reason for r in space.renames] == [
        "'id' collides with 'id' at #/paths/~1a/parameters/0",
        "'id' collides with 'id' at #/paths/~1a/parameters/0",
    ]


def test_reserved_suffix_that_is_taken_is_numbered() -> None:
    space = Namespace("field", reserved=frozenset({"json"}))
    assert space.claim("json_", "json_") == "json_"
    assert space.claim("json", "json") == "json__2"


def test_folded_namespace_is_case_insensitive() -> None:
    modules = Namespace("module", fold=True)
    assert modules.claim("Pets", "pets_api") == "pets_api"
    assert modules.claim("pets", "Pets_Api") == "Pets_Api_2"
    assert not modules.is_free("PETS_API")
    exact = Namespace("field")
    assert exact.claim("a", "pets") == "pets"
    assert exact.claim("b", "Pets") == "Pets"


def test_folded_reserved_names_are_case_insensitive() -> None:
    modules = Namespace("module", reserved=frozenset({"__init__"}), fold=True)
    assert modules.claim("x", "__INIT__") == "__INIT___"


def test_same_claims_in_same_order_give_same_names() -> None:
    desired = ["fooBar", "foo_bar", "FooBar", "class", "foo-bar", "json"]

    def run(order: list[str]) -> list[tuple[str, str]]:
        space = Namespace("field", reserved=PYTHON_RESERVED | {"json"})
        return [(wire, space.claim(wire, attribute_name(wire))) for wire in order]

    first = run(sorted(desired))
    assert run(sorted(reversed(desired))) == first
    assert dict(first) == {
        "FooBar": "foo_bar",
        "class": "class_",
        "foo-bar": "foo_bar_2",
        "fooBar": "foo_bar_3",
        "foo_bar": "foo_bar_4",
        "json": "json_",
    }
    # Claim order is what decides who keeps the plain name.
    assert dict(run(desired))["fooBar"] == "foo_bar"
