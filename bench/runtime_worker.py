"""One runtime measurement in a fresh interpreter; prints one JSON object.

Run by bench/run.py with the runtime venv's Python (bench/.peers/runtime: the
same pydantic, urllib3 and httpx for every client) and PYTHONPATH set to the
directory that holds the client package:

    runtime_worker.py --client {json,apismith,opc,ogen} --task TASK [--payload FILE]
                      [--url URL] [--runs N]

Tasks: ``decode`` (payload -> model, per run), ``serialize`` (model -> JSON
text, per operation), ``calls`` (200 sequential list calls, per call),
``import`` (import of the package, then of every model, in this fresh
process). ``decode`` also reports, untimed, whether every field survives a
decode and re-encode (``kept``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

PACKAGES = {
    "apismith": "airbyte_config_client",
    "opc": "airbyte_opc_client",
    "ogen": "airbyte_ogen_client",
}
CALLS_PER_RUN = 200
WORKSPACE_ID = "8d1ed7f8-6a4c-4f8e-9b7a-2f4d5c6b7a80"


def peak_rss_kb() -> int:
    """This process's peak RSS (VmHWM: per address space, so not inherited via fork/exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def first_difference(a: Any, b: Any, path: str = "$") -> str | None:
    """Where two JSON values first differ, or None when equal."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a:
                return f"{path}.{key}: missing after decode"
            if key not in b:
                return f"{path}.{key}: added by the client"
            diff = first_difference(a[key], b[key], f"{path}.{key}")
            if diff:
                return diff
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            diff = first_difference(x, y, f"{path}[{i}]")
            if diff:
                return diff
        return None
    if a != b or type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    return None


class Adapter:
    """How one client decodes, encodes and calls."""

    def __init__(self, client: str) -> None:
        self.client = client
        self.package = PACKAGES.get(client, "")

    def module(self, suffix: str) -> Any:
        """Import package.suffix."""
        return importlib.import_module(f"{self.package}.{suffix}" if suffix else self.package)

    def model(self, name: str) -> Any:
        """A model class from the package's models."""
        return getattr(self.module("models"), name)

    def decoder(self) -> Callable[[bytes], Any]:
        """raw JSON bytes -> decoded value."""
        if self.client == "json":
            return json.loads
        cls = self.model("ConnectionReadList")
        if self.client == "apismith":
            return cls.model_validate_json  # type: ignore[no-any-return]
        if self.client == "opc":
            return lambda raw: cls.from_dict(json.loads(raw))
        return lambda raw: cls.from_json(raw.decode())

    def to_plain(self, value: Any) -> Any:
        """A decoded value back to plain JSON data, as the client would send it."""
        if self.client == "json":
            return value
        if self.client == "apismith":
            return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return json.loads(json.dumps(value.to_dict(), default=str))

    def serializer(self, data: dict[str, Any]) -> Callable[[], str]:
        """A no-argument function that encodes one ConnectionCreate to JSON text."""
        if self.client == "json":
            return lambda: json.dumps(data)
        cls = self.model("ConnectionCreate")
        if self.client == "apismith":
            obj = cls.model_validate(data)
            return lambda: obj.model_dump_json(by_alias=True, exclude_unset=True)
        if self.client == "opc":
            obj = cls.from_dict(data)
            return lambda: json.dumps(obj.to_dict())
        obj = cls.from_dict(data)
        return obj.to_json  # type: ignore[no-any-return]

    def caller(self, url: str) -> tuple[Callable[[], Any], Callable[[], None]]:
        """(one list call, close) against the local server at url."""
        if self.client == "json":
            import urllib3

            pool = urllib3.PoolManager()
            target = url + "/v1/connections/list"
            headers = {"Content-Type": "application/json", "Accept": "application/json"}

            def raw_call() -> Any:
                body = json.dumps({"workspaceId": WORKSPACE_ID}).encode()
                resp = pool.request("POST", target, body=body, headers=headers)
                if resp.status != 200:
                    raise RuntimeError(f"status {resp.status}")
                return json.loads(resp.data)

            return raw_call, pool.clear
        if self.client == "apismith":
            pkg = self.module("")
            api_mod = self.module("api.connection_api")
            body_cls = self.model("WorkspaceIdRequestBody")
            client = pkg.ApiClient(pkg.Configuration(host=url))
            api = api_mod.ConnectionApi(client)
            body = body_cls(workspace_id=WORKSPACE_ID)
            return (lambda: api.list_connections_for_workspace(body)), _closer(client)
        if self.client == "opc":
            pkg = self.module("")
            op = self.module("api.connection.list_connections_for_workspace")
            body_cls = self.model("WorkspaceIdRequestBody")
            client = pkg.Client(base_url=url, raise_on_unexpected_status=True)
            body = body_cls(workspace_id=uuid.UUID(WORKSPACE_ID))
            return (lambda: op.sync(client=client, body=body)), lambda: None
        pkg = self.module("")
        body_cls = self.model("WorkspaceIdRequestBody")
        client = pkg.ApiClient(pkg.Configuration(host=url))
        api = pkg.ConnectionApi(client)
        body = body_cls(workspace_id=WORKSPACE_ID)
        return (lambda: api.list_connections_for_workspace(body)), _closer(client)


def _closer(client: Any) -> Callable[[], None]:
    """client.close if the client has one."""
    close = getattr(client, "close", None)
    return close if callable(close) else (lambda: None)


def task_decode(adapter: Adapter, payload: str, runs: int) -> dict[str, Any]:
    """Decode the payload runs times (after one untimed decode that also checks fidelity)."""
    with open(payload, "rb") as fh:
        raw = fh.read()
    decode = adapter.decoder()
    value = decode(raw)
    diff = first_difference(json.loads(raw), adapter.to_plain(value))
    del value
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        value = decode(raw)
        seconds.append(time.perf_counter() - start)
        del value
    return {"seconds": seconds, "kept": diff is None, "note": diff or ""}


def task_serialize(adapter: Adapter, payload: str, runs: int) -> dict[str, Any]:
    """Encode one ConnectionCreate; each run is the mean over a batch of encodes."""
    with open(payload, encoding="utf-8") as fh:
        data = json.load(fh)
    encode = adapter.serializer(data)
    text = encode()
    diff = first_difference(data, json.loads(text))
    batch = 1
    while True:  # size the batch to take about 0.2 s
        start = time.perf_counter()
        for _ in range(batch):
            encode()
        if time.perf_counter() - start > 0.05 or batch >= 1 << 20:
            break
        batch *= 2
    batch = max(1, int(batch * 0.2 / max(time.perf_counter() - start, 1e-9)))
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(batch):
            encode()
        seconds.append((time.perf_counter() - start) / batch)
    return {"seconds": seconds, "kept": diff is None, "note": diff or f"batch {batch}"}


def task_calls(adapter: Adapter, url: str, runs: int) -> dict[str, Any]:
    """CALLS_PER_RUN sequential calls per run; figures are per call."""
    call, close = adapter.caller(url)
    try:
        for _ in range(10):
            call()
        seconds = []
        for _ in range(runs):
            start = time.perf_counter()
            for _ in range(CALLS_PER_RUN):
                call()
            seconds.append((time.perf_counter() - start) / CALLS_PER_RUN)
    finally:
        close()
    return {"seconds": seconds, "note": f"{CALLS_PER_RUN} calls per run"}


def task_import(adapter: Adapter) -> dict[str, Any]:
    """Import time of the package and then of all models, in this fresh process."""
    start = time.perf_counter()
    importlib.import_module(adapter.package)
    package_s = time.perf_counter() - start
    start = time.perf_counter()
    models = importlib.import_module(f"{adapter.package}.models")
    names = list(getattr(models, "__all__", None) or [n for n in dir(models) if n[:1].isupper()])
    for name in names:
        getattr(models, name)
    models_s = time.perf_counter() - start
    return {
        "package": package_s,
        "models": models_s,
        "all": package_s + models_s,
        "count": len(names),
    }


def main() -> int:
    """Parse arguments, run one task, print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", required=True, choices=["json", *PACKAGES])
    parser.add_argument("--task", required=True, choices=["decode", "serialize", "calls", "import"])
    parser.add_argument("--payload", default="")
    parser.add_argument("--url", default="")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    adapter = Adapter(args.client)
    result: dict[str, Any]
    if args.task == "decode":
        result = task_decode(adapter, args.payload, args.runs)
    elif args.task == "serialize":
        result = task_serialize(adapter, args.payload, args.runs)
    elif args.task == "calls":
        result = task_calls(adapter, args.url, args.runs)
    else:
        result = task_import(adapter)
    result["peak_rss_kb"] = peak_rss_kb()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
