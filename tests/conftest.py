"""Session fixtures shared by the e2e and docs tests: Prism on a spec, the committed client.

One Prism per spec per session, whichever test directory asks first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.e2e.prism import REPO, prism_server

AIRBYTE_SPEC = REPO / "specs" / "airbyte" / "config.yaml"
OUTPUT = REPO / "output"


@pytest.fixture(scope="session")
def prism() -> Iterator[Callable[[Path], str]]:
    """A factory: ``prism(spec_path) -> base_url``; one server per spec per session."""
    servers: dict[Path, str] = {}
    with ExitStack() as stack:

        def start(spec: Path) -> str:
            spec = spec.resolve()
            if spec not in servers:
                servers[spec] = stack.enter_context(prism_server(spec))
            return servers[spec]

        yield start


@pytest.fixture(scope="session")
def prism_static() -> Iterator[Callable[[Path], str]]:
    """Like ``prism``, in static mode (for responses dynamic mode cannot mock)."""
    servers: dict[Path, str] = {}
    with ExitStack() as stack:

        def start(spec: Path) -> str:
            spec = spec.resolve()
            if spec not in servers:
                servers[spec] = stack.enter_context(prism_server(spec, dynamic=False))
            return servers[spec]

        yield start


@pytest.fixture(scope="session")
def airbyte_client_path() -> Iterator[Path]:
    """The committed client in output/ on sys.path (CI proves it is current)."""
    package = OUTPUT / "airbyte_config_client"
    if not package.is_dir():
        pytest.fail("output/airbyte_config_client is missing: run `apismith generate` first")
    sys.path.insert(0, str(OUTPUT))
    try:
        yield OUTPUT
    finally:
        sys.path.remove(str(OUTPUT))
