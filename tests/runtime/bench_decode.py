"""Decode speed of a 10,000-item JSON list: the runtime's decoder versus `json.loads`.

Not a test (no timing assertions); run `python tests/runtime/bench_decode.py`. Prints the
best of N runs (CPU time) for each way, interleaved so machine load affects them alike.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import Field

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from generator.runtime.endpoint import ResponseSpec, decode_body
from generator.runtime.model_base import ApiModel, OpenStrEnum


class Status(OpenStrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"


class Schedule(ApiModel):
    units: int
    time_unit: str = Field(validation_alias="timeUnit", serialization_alias="timeUnit")


class Connection(ApiModel):
    connection_id: str = Field(validation_alias="connectionId", serialization_alias="connectionId")
    name: str
    status: Status
    prefix: str | None = None
    schedule: Schedule | None = None
    tags: list[str] = Field(default_factory=list)


def payload(n: int) -> bytes:
    items = [
        {
            "connectionId": str(uuid.uuid4()),
            "name": f"connection {i}",
            "status": "active" if i % 2 else "inactive",
            "prefix": None,
            "schedule": {"units": i % 24, "timeUnit": "hours"},
            "tags": ["a", "b"],
        }
        for i in range(n)
    ]
    return json.dumps(items).encode()


def best_of(runs: int, ways: dict[str, Callable[[], Any]]) -> dict[str, float]:
    best = dict.fromkeys(ways, float("inf"))
    for _ in range(runs):
        for name, way in ways.items():
            start = time.process_time()
            way()
            best[name] = min(best[name], time.process_time() - start)
    return best


def main() -> None:
    raw = payload(10_000)
    spec = ResponseSpec(list[Connection], "json", "application/json")
    decode_body(spec, raw, "application/json")  # build the adapter outside the timing
    ways: dict[str, Callable[[], Any]] = {
        "json.loads": lambda: json.loads(raw),
        "runtime decode (models)": lambda: decode_body(spec, raw, "application/json"),
        "json.loads + model_validate": lambda: [
            Connection.model_validate(d) for d in json.loads(raw)
        ],
    }
    best = best_of(int(sys.argv[1]) if len(sys.argv) > 1 else 30, ways)
    base = best["json.loads"]
    for name, seconds in best.items():
        print(f"{name:30s} {seconds * 1000:8.2f} ms  {seconds / base:5.2f}x")


if __name__ == "__main__":
    main()
