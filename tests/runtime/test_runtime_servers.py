"""Choosing one of the spec's servers and setting its URL variables."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.runtime.configuration import Configuration, Server, ServerVariable
from generator.runtime.exceptions import ApiValueError

REGIONAL = Server(
    "https://{region}.example.com/{base}/",
    {"region": ServerVariable("eu", ("eu", "us")), "base": ServerVariable("v1")},
    "Regional",
)


@pytest.fixture
def servers() -> Iterator[None]:
    saved = Configuration.SERVERS, Configuration.DEFAULT_HOST
    Configuration.SERVERS = (Server("https://api.example.com"), REGIONAL)
    Configuration.DEFAULT_HOST = "https://api.example.com"
    yield
    Configuration.SERVERS, Configuration.DEFAULT_HOST = saved


def test_resolve_uses_defaults_and_given_values() -> None:
    assert REGIONAL.resolve() == "https://eu.example.com/v1"
    assert REGIONAL.resolve({"region": "us", "base": "v2"}) == "https://us.example.com/v2"
    assert Server("/api/").resolve() == "http://localhost/api"


def test_resolve_rejects_values_outside_the_enum_and_unknown_variables() -> None:
    with pytest.raises(ApiValueError, match="must be one of 'eu', 'us'"):
        REGIONAL.resolve({"region": "mars"})
    with pytest.raises(ApiValueError, match="no variable 'zone'"):
        REGIONAL.resolve({"zone": "a"})


@pytest.mark.usefixtures("servers")
def test_configuration_picks_a_server() -> None:
    assert Configuration().host == "https://api.example.com"
    assert Configuration(server_index=1).host == "https://eu.example.com/v1"
    chosen = Configuration(server_index=1, server_variables={"region": "us"})
    assert chosen.host == "https://us.example.com/v1"
    assert Configuration(host="http://127.0.0.1:8080/").host == "http://127.0.0.1:8080"


@pytest.mark.usefixtures("servers")
def test_configuration_rejects_ambiguous_or_out_of_range_choices() -> None:
    with pytest.raises(ApiValueError, match="not both"):
        Configuration(host="http://x", server_index=0)
    with pytest.raises(ApiValueError, match=r"0\.\.1, not 2"):
        Configuration(server_index=2)


def test_configuration_without_servers_needs_a_host() -> None:
    with pytest.raises(ApiValueError, match="declares no servers"):
        Configuration(server_index=0)
