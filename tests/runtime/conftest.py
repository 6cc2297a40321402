"""Fixtures: the scripted HTTP server (see `http_server`), one per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .http_server import ScriptedServer


@pytest.fixture(scope="module")
def _running_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def server(_running_server: ScriptedServer) -> ScriptedServer:
    _running_server.reset()
    return _running_server
