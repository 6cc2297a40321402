"""Fixtures for the hostile-input tests: one formatter cache for the whole session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def format_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep black's cache in a temporary directory, shared by every run in the session."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("APISMITH_CACHE_DIR", str(tmp_path_factory.mktemp("format-cache")))
        patch.delenv("APISMITH_DEBUG", raising=False)
        yield
