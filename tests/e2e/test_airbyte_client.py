"""The committed Airbyte client against Prism: every one of its operations must work."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.load import load
from generator.parse import parse
from tests.conftest import AIRBYTE_SPEC
from tests.e2e.operation_calls import arguments, call_all

PACKAGE = "airbyte_config_client"


@pytest.fixture(scope="module")
def airbyte_api() -> Any:
    document, _ = load(AIRBYTE_SPEC)
    api, _ = parse(document, package_name=PACKAGE)
    return api


def test_every_operation_against_prism(
    prism: Callable[[Path], str], airbyte_client_path: Path, airbyte_api: Any
) -> None:
    base_url = prism(AIRBYTE_SPEC)
    pkg = importlib.import_module(PACKAGE)
    configuration = pkg.Configuration(host=base_url, access_token="test-token", retries=None)
    with pkg.ApiClient(configuration) as client:
        result = call_all(airbyte_api, PACKAGE, client)
    total = len(result.passed) + len(result.failed)
    print(f"\nAirbyte operations against Prism: {len(result.passed)} of {total} passed")
    for label in result.static:
        print(f"  served by Prism's static mode (no response schema): {label}")
    assert total == 459
    assert not result.failed, "\n".join(f"{label}: {why}" for label, why in result.failed[:40])


def test_async_client_sample_against_prism(
    prism: Callable[[Path], str], airbyte_client_path: Path, airbyte_api: Any
) -> None:
    base_url = prism(AIRBYTE_SPEC)
    pkg = importlib.import_module(PACKAGE)
    configuration = pkg.Configuration(host=base_url, access_token="test-token", retries=None)
    tags = {tag.name: tag for tag in airbyte_api.tags}
    sample = [tags["connection"], tags["workspace"], tags["health"]]

    async def run() -> int:
        calls = 0
        async with pkg.AsyncApiClient(configuration) as client:
            for tag in sample:
                module = importlib.import_module(f"{PACKAGE}.api.{tag.module}")
                api_object = getattr(module, f"Async{tag.class_name}")(client)
                for op in tag.operations:
                    method = getattr(api_object, op.name)
                    await method(**arguments(airbyte_api, op, method))
                    calls += 1
        return calls

    calls = asyncio.run(run())
    print(f"\nasync sample: {calls} operations passed")
    assert calls >= 20
