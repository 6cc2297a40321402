"""Start Prism (``@stoplight/prism-cli`` from the repository's node_modules) on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PRISM = REPO / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_server(spec: Path, *, dynamic: bool = True, timeout: float = 90.0) -> Iterator[str]:
    """Run ``prism mock`` (``--dynamic`` unless told otherwise) on ``spec``; yields the
    base URL; always stops it. Static mode answers from examples, or an empty body
    where a response has no schema, which dynamic mode cannot mock."""
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `npm ci` in {REPO}")
    port = free_port()
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"prism-{port}.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [
                str(PRISM),
                "mock",
                *(["--dynamic"] if dynamic else []),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                str(spec),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    raise RuntimeError(f"prism exited early:\n{log_path.read_text()[-2000:]}")
                if "Prism is listening" in log_path.read_text():
                    break
                time.sleep(0.2)
            else:
                raise RuntimeError(
                    f"prism did not start in {timeout}s:\n{log_path.read_text()[-2000:]}"
                )
            yield f"http://127.0.0.1:{port}"
        finally:
            os.killpg(process.pid, 15)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
                process.wait()
