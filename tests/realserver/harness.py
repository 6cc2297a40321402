"""Run a real application server from ``.venv-servers/`` and generate a client from the
OpenAPI document it serves.

The servers live in a virtualenv of their own (``.ci/run`` builds it from
``tests/realserver/requirements.txt``) so their dependencies never meet ours. Without it
the tests skip with the reason, except under CI (``CI=true``), where a missing server is a
failure: CI installs it.
"""

from __future__ import annotations

import base64
import importlib
import inspect
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import urllib3

from generator.diagnostics import Severity
from generator.pipeline import render, write
from generator.settings.options import Options
from tests.e2e.prism import REPO, free_port

SERVERS_VENV = Path(os.environ.get("APISMITH_SERVERS_VENV", REPO / ".venv-servers"))
REQUIREMENTS = Path(__file__).with_name("requirements.txt")


def server_executable(name: str) -> Path:
    """``.venv-servers/bin/<name>``; skips (fails under CI) when it is not installed."""
    path = SERVERS_VENV / "bin" / name
    if not path.exists():
        reason = (
            f"{path} is missing: real-server tests need `python3 -m venv .venv-servers && "
            f".venv-servers/bin/pip install -r {REQUIREMENTS.relative_to(REPO)}` "
            "(.ci/run does this)"
        )
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def basic_auth(username: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


@dataclass(frozen=True)
class Server:
    """A running server: its base URL and the credentials the tests use for raw HTTP."""

    base_url: str
    """Origin, e.g. ``http://127.0.0.1:PORT``."""
    auth_headers: Mapping[str, str]
    http: urllib3.PoolManager

    def raw(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        anonymous: bool = False,
    ) -> urllib3.BaseHTTPResponse:
        """One request sent by hand (not through the generated client), with the
        server's credentials unless ``anonymous``."""
        all_headers = {**({} if anonymous else self.auth_headers), **(headers or {})}
        encoded = None
        if body is not None:
            encoded = json.dumps(body).encode()
            all_headers.setdefault("Content-Type", "application/json")
        return self.http.request(
            method, self.base_url + path, body=encoded, headers=all_headers, redirect=False
        )

    def raw_json(self, method: str, path: str, *, body: Any = None) -> Any:
        response = self.raw(method, path, body=body)
        assert response.status < 300, (method, path, response.status, response.data[:500])
        return json.loads(response.data)


def _wait_ready(
    process: subprocess.Popen[bytes], url: str, log: Path, timeout: float, http: urllib3.PoolManager
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: server exited early:\n{log.read_text()[-3000:]}")
        try:
            if http.request("GET", url, timeout=2.0, retries=False).status < 500:
                return
        except urllib3.exceptions.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url}: server not ready in {timeout}s:\n{log.read_text()[-3000:]}")


@contextmanager
def running(
    argv: Sequence[str],
    *,
    ready_path: str,
    port: int,
    workdir: Path,
    auth_headers: Mapping[str, str],
    env: Mapping[str, str] | None = None,
    timeout: float = 60.0,
) -> Iterator[Server]:
    """Start ``argv`` (already told to listen on 127.0.0.1:``port``), wait until
    ``ready_path`` answers, yield the server; always stop its whole process group."""
    log = workdir / "server.log"
    base_url = f"http://127.0.0.1:{port}"
    http = urllib3.PoolManager(retries=False, timeout=30.0)
    with log.open("wb") as out:
        process = subprocess.Popen(
            list(argv),
            cwd=workdir,
            env={**os.environ, **(env or {})},
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            _wait_ready(process, base_url + ready_path, log, timeout, http)
            yield Server(base_url, dict(auth_headers), http)
        finally:
            os.killpg(process.pid, 15)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
                process.wait()
            http.clear()


def port() -> int:
    return free_port()


@contextmanager
def generated_client(spec: bytes, root: Path, package: str) -> Iterator[ModuleType]:
    """The spec a server served, generated with apismith's pipeline into ``root`` and
    imported; unloaded afterwards. Generation must report no error and no fallback."""
    spec_path = root / "openapi.json"
    spec_path.write_bytes(spec)
    options = Options(
        spec=spec_path, output=root / "client", package_name=package, docs=False, use_cache=False
    )
    rendered = render(options)
    errors = [d for d in rendered.diagnostics if d.severity is Severity.ERROR]
    assert not errors, "\n".join(map(str, errors))
    fallbacks = [d for d in rendered.diagnostics if d.code.startswith("fallback.")]
    assert not fallbacks, "\n".join(map(str, fallbacks))
    write(options, rendered)
    sys.path.insert(0, str(options.output))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(options.output))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]


def api_class(package: ModuleType, module: str, name: str) -> Any:
    """``<package>.api.<module>.<name>``."""
    return getattr(importlib.import_module(f"{package.__name__}.api.{module}"), name)


def wire(value: Any) -> Any:
    """What a decoded value looks like on the wire: models by wire name with every
    field the server set (and only those), lists and dicts element by element."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [wire(item) for item in value]
    if isinstance(value, dict):
        return {key: wire(item) for key, item in value.items()}
    return value


def submodule(package: ModuleType, name: str) -> Any:
    """``<package>.<name>`` imported (generated packages import their modules lazily)."""
    return importlib.import_module(f"{package.__name__}.{name}")


async def call(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a generated method of the sync or the async client alike, so one flow
    drives both."""
    result = method(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


def same_as_sent(response: Any) -> Any:
    """An ``ApiResponse``'s decoded body equals the body the server sent; returns it."""
    sent = json.loads(response.raw_data)
    assert wire(response.data) == sent
    return sent


def assert_generated_code_is_clean(package: ModuleType, cache: Path) -> None:
    """The generated package passes ``mypy --strict`` and ``ruff check`` with the
    settings its own ``pyproject.toml`` declares."""
    project = Path(str(package.__file__)).parents[1]
    tools = Path(sys.executable).parent
    mypy = subprocess.run(
        [
            *(str(tools / "mypy"), "--strict", "--config-file", "pyproject.toml"),
            *("--cache-dir", str(cache), package.__name__),
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout[-5000:] + mypy.stderr[-2000:]
    ruff = subprocess.run(
        [str(tools / "ruff"), "check", "--no-cache", "."],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout[-5000:]
