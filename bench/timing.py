"""Timing helpers: CLI wall time and peak RSS, medians, ratios, machine facts."""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import platform
import resource
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
WORK_DIR = BENCH_DIR / ".work"
PEERS_DIR = BENCH_DIR / ".peers"
LOG_DIR = WORK_DIR / "logs"


@dataclass
class Sample:
    """One timed run of a command."""

    seconds: float
    peak_rss_kb: int
    returncode: int


@dataclass
class Measurement:
    """Several runs of one benchmark row, or the reason it has no figures."""

    group: str
    name: str
    tool: str
    seconds: list[float] = field(default_factory=list)
    peak_rss_kb: list[int] = field(default_factory=list)
    status: str = "ok"  # ok | n/a (not available) | failed: ... | timeout
    note: str = ""

    @property
    def ok(self) -> bool:
        """True when the row has figures."""
        return self.status == "ok" and bool(self.seconds)

    @property
    def median(self) -> float | None:
        """Median wall time in seconds, or None without figures."""
        return statistics.median(self.seconds) if self.ok else None

    @property
    def peak_rss_mb(self) -> float | None:
        """Largest peak RSS over the runs, in MiB."""
        return max(self.peak_rss_kb) / 1024 if self.peak_rss_kb else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict, with the median added."""
        data = asdict(self)
        data["median"] = self.median
        return data


def run_cli(
    argv: Sequence[str | os.PathLike[str]],
    *,
    log_name: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 900.0,
) -> Sample:
    """Run one command; wall time and peak RSS (of the process and its reaped children).

    Output goes to bench/.work/logs/<log_name>.log (overwritten each run) so a
    failure can be read afterwards without pipes distorting the timing.
    """
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    with open(LOG_DIR / f"{log_name}.log", "wb") as log:
        log.write(("$ " + " ".join(str(a) for a in argv) + "\n").encode())
        log.flush()
        start = time.perf_counter()
        proc = subprocess.Popen(
            [str(a) for a in argv],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=full_env,
            cwd=cwd,
            start_new_session=True,
        )
        timed_out = threading.Event()

        def _kill() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, _kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    if timed_out.is_set():
        return Sample(elapsed, usage.ru_maxrss, -9)
    return Sample(elapsed, usage.ru_maxrss, proc.returncode)


def measure_cli(
    group: str,
    name: str,
    tool: str,
    argv: Sequence[str | os.PathLike[str]],
    *,
    runs: int,
    ok_codes: Sequence[int] = (0,),
    before_each: Callable[[int], None] | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 900.0,
    warmup: bool = False,
) -> Measurement:
    """Median-ready runs of one CLI; before_each(i) prepares run i untimed."""
    m = Measurement(group, name, tool)
    log_name = f"{group}-{name}-{tool}".replace("/", "_").replace(" ", "_")
    total = runs + (1 if warmup else 0)
    for i in range(total):
        if before_each is not None:
            before_each(i)
        sample = run_cli(argv, log_name=log_name, env=env, timeout=timeout)
        if sample.returncode == -9:
            m.status = f"timeout (> {timeout:.0f} s)"
            break
        if sample.returncode not in ok_codes:
            m.status = f"failed: exit {sample.returncode}, see bench/.work/logs/{log_name}.log"
            break
        if warmup and i == 0:
            continue
        m.seconds.append(sample.seconds)
        m.peak_rss_kb.append(sample.peak_rss_kb)
        print(f"    {name} [{tool}] run {len(m.seconds)}: {sample.seconds:.3f} s", flush=True)
    if not m.seconds and m.status == "ok":
        m.status = "failed: no runs"
    return m


def not_available(group: str, name: str, tool: str, why: str = "") -> Measurement:
    """A row for a tool that is not there (yet)."""
    return Measurement(group, name, tool, status="n/a (not available)", note=why)


def fmt_seconds(value: float | None) -> str:
    """Seconds with a precision that suits the size."""
    if value is None:
        return "-"
    if value < 0.001:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def ratio(numerator: Measurement | None, denominator: Measurement | None) -> float | None:
    """numerator.median / denominator.median, or None if either has no figures."""
    if numerator is None or denominator is None:
        return None
    a, b = numerator.median, denominator.median
    if a is None or b is None or b == 0:
        return None
    return a / b


def fmt_ratio(value: float | None) -> str:
    """A ratio as '1.23x'."""
    return "-" if value is None else f"{value:.2f}x"


def cpu_model() -> str:
    """CPU model name from /proc/cpuinfo."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_info() -> dict[str, str]:
    """Date, cores, CPU, memory, Python, load: what a result needs beside it."""
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    load = "unknown"
    with contextlib.suppress(OSError):
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "date": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(os.cpu_count()),
        "cpu": cpu_model(),
        "memory": mem,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "load_at_start": load,
    }


def self_peak_rss_mb() -> float:
    """Peak RSS of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_of(samples: Sequence[float]) -> float:
    """Median of a non-empty sequence."""
    return statistics.median(samples)
