"""The e2e fixtures (Prism, the committed Airbyte client) for the docs example tests."""

from tests.e2e.conftest import airbyte_client_path, prism

__all__ = ["airbyte_client_path", "prism"]
