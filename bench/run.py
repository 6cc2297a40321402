"""apismith's speed beside its peers, measured the same way in one run.

    .venv/bin/python bench/run.py [--quick] [--only generate,lint,runtime,diff] [--runs N]
                                  [--side all|apismith|peers] [--write-results]

Peers come from ``bash bench/setup_peers.sh`` (bench/.peers/). Specs and
payloads are built into bench/.work/ on first use. Each group prints a table of
medians and ratios, then the targets (issue #13 for generate, issue #8 for lint
and runtime, issue #16 for diff) with a verdict each. The run is saved as JSON in
bench/.work/results/; ``--write-results`` also writes bench/RESULTS.md
(``--render FILE.json`` writes it from a saved run).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import payloads
from timing import (
    BENCH_DIR,
    PEERS_DIR,
    REPO_DIR,
    WORK_DIR,
    Measurement,
    fmt_ratio,
    fmt_seconds,
    machine_info,
    measure_cli,
    not_available,
    ratio,
)

import specs

PACKAGE = "airbyte_config_client"
OUT_DIR = WORK_DIR / "out"
CLIENTS_DIR = WORK_DIR / "clients"
RESULTS_DIR = WORK_DIR / "results"
NODE_BIN = PEERS_DIR / "node" / "node_modules" / ".bin"
OPTIC = PEERS_DIR / "optic" / "node_modules" / ".bin" / "optic"
AIRBYTE_HISTORY = sorted((REPO_DIR / "specs" / "corpus" / "airbyte").glob("config-*.yaml"))
RUNTIME_PY = PEERS_DIR / "runtime" / "bin" / "python"
WORKER = BENCH_DIR / "runtime_worker.py"
NODE_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_UPDATE_NOTIFIER": "1",
    "NODE_OPTIONS": "--max-old-space-size=16384",
}
GROUPS = ("generate", "lint", "runtime", "diff")
# the note of a `regenerate unchanged` row whose timed runs rewrote nothing
LEFT_UNCHANGED = "output left unchanged"


@dataclass
class Options:
    """What to run."""

    runs: int
    runs_big: int
    groups: tuple[str, ...]
    side: str
    quick: bool
    apismith: Path | None
    timeout: float
    reuse_clients: bool = False
    tools: tuple[str, ...] = ()


@dataclass
class Target:
    """One target of the issue, checked against the run's figures."""

    label: str
    value: float | None
    limit: float
    kind: str  # "max" (value <= limit) | "min" (value >= limit)
    unit: str  # "s" | "x" | "MiB"
    extra_ok: bool = True
    extra_note: str = ""

    @property
    def verdict(self) -> str:
        """met / MISSED / n/a."""
        if self.value is None:
            return "n/a"
        met = self.value <= self.limit if self.kind == "max" else self.value >= self.limit
        return "met" if met and self.extra_ok else "MISSED"

    def shown(self) -> str:
        """The measured value in the target's unit."""
        return "-" if self.value is None else self._fmt(self.value)

    def wanted(self) -> str:
        """The limit in words."""
        op = "≤" if self.kind == "max" else "≥"
        return f"{op} {self._fmt(self.limit)}"

    def _fmt(self, value: float) -> str:
        if self.unit == "s":
            return fmt_seconds(value)
        if self.unit == "MiB":
            return f"{value:.0f} MiB"
        return fmt_ratio(value)


class Run:
    """Measurements of one bench run, keyed group:name:tool."""

    def __init__(self, opts: Options) -> None:
        self.opts = opts
        self.rows: dict[str, Measurement] = {}
        self.notes: list[str] = []

    def add(self, m: Measurement) -> Measurement:
        """Record a measurement and say how it went."""
        self.rows[f"{m.group}:{m.name}:{m.tool}"] = m
        state = fmt_seconds(m.median) if m.ok else m.status
        print(f"  -> {m.group} / {m.name} / {m.tool}: {state}", flush=True)
        return m

    def get(self, group: str, name: str, tool: str) -> Measurement | None:
        """A recorded measurement, if any."""
        return self.rows.get(f"{group}:{name}:{tool}")

    def wants(self, side: str) -> bool:
        """Whether this side (apismith or peers) is measured."""
        if side == "apismith" and not self.wants_tool("apismith"):
            return False
        return self.opts.side in ("all", side)

    def wants_tool(self, tool: str) -> bool:
        """Whether --tools (if given) names this tool."""
        return not self.opts.tools or tool in self.opts.tools


# -- tools ---------------------------------------------------------------------


def find_apismith(explicit: str | None) -> Path | None:
    """The apismith CLI if it answers --help, else None."""
    candidates = [Path(explicit)] if explicit else []
    candidates.append(REPO_DIR / ".venv" / "bin" / "apismith")
    found = shutil.which("apismith")
    if found:
        candidates.append(Path(found))
    for path in candidates:
        if path.exists() and _answers(path, "--help"):
            return path
    return None


def _answers(exe: Path, *args: str) -> bool:
    try:
        proc = subprocess.run(
            [str(exe), *args], capture_output=True, timeout=120, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0


def compile_apismith(notes: list[str]) -> None:
    """Write apismith's bytecode, as ``pip install`` does for an installed package.

    An editable checkout run with PYTHONDONTWRITEBYTECODE=1 (this machine's
    default) would otherwise compile every module on every run: 60-90 ms of a
    lint run that no installed copy pays. The peers' own packages are installed
    with their bytecode (or are not Python)."""
    proc = subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO_DIR / "generator")],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    if proc.returncode == 0:
        notes.append("apismith's bytecode was compiled first, as pip install does")
    else:
        notes.append(f"compileall failed ({proc.returncode}): apismith runs compile its modules")


def apismith_has(opts: Options, command: str) -> bool:
    """Whether `apismith COMMAND --help` works."""
    return opts.apismith is not None and _answers(opts.apismith, command, "--help")


def peer_exe(rel: str) -> Path | None:
    """An installed peer executable under bench/.peers, or None."""
    path = PEERS_DIR / rel
    return path if path.exists() else None


def peer_versions() -> dict[str, str]:
    """Installed peer versions, from the markers setup_peers.sh writes."""
    out = {}
    for name in ("opc", "ogen", "osv", "runtime", "node"):
        marker = PEERS_DIR / name / ".installed"
        if marker.exists():
            out[name] = marker.read_text().strip()
    return out


def _rm(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)


TRASH_DIR = WORK_DIR / "trash"


def _remover(path: Path) -> Callable[[int], None]:
    """A before_each hook that clears path by moving it into bench/.work/trash/.

    Nothing is deleted between timed runs: on ext4, a process that creates many files
    within seconds of many deletions spends up to a second of system time skipping
    the recently freed inodes (measured here: 1,812 files created in 0.05 s on a quiet
    filesystem, 0.5 to 1.5 s right after an ``rm -rf`` of as many). That cost belongs
    to the bench, not to the tool measured, so every tool gets the same quiet
    filesystem; ``empty_trash`` deletes the moved directories after the last run.
    """

    def hook(_run: int) -> None:
        if path.exists():
            TRASH_DIR.mkdir(parents=True, exist_ok=True)
            path.rename(TRASH_DIR / f"{path.name}-{time.monotonic_ns()}")

    return hook


def empty_trash() -> None:
    _rm(TRASH_DIR)


# -- generate ----------------------------------------------------------------


def opc_argv(spec: Path, out: Path) -> list[str | os.PathLike[str]]:
    """openapi-python-client generate (no docs; runs its default ruff post-hooks)."""
    exe = PEERS_DIR / "opc" / "bin" / "openapi-python-client"
    return [
        exe,
        "generate",
        "--path",
        spec,
        "--output-path",
        out / "airbyte_opc_client",
        "--meta",
        "none",
    ]


def ogen_argv(spec: Path, out: Path) -> list[str | os.PathLike[str]]:
    """openapi-generator generate -g python (its defaults: models, APIs, docs, test stubs)."""
    exe = PEERS_DIR / "ogen" / "bin" / "openapi-generator-cli"
    return [
        exe,
        "generate",
        "-i",
        spec,
        "-g",
        "python",
        "-o",
        out,
        "--package-name",
        "airbyte_ogen_client",
    ]


OPC_ENV = {"PATH": f"{PEERS_DIR / 'opc' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
# swagger-parser refuses YAML over 3 MiB code points (the 5x spec is 3.5 MB) unless told;
# the pip wrapper passes JAVA_OPTS to java as one argument
OGEN_ENV = {"JAVA_OPTS": "-DmaxYamlCodePoints=1000000000"}


def bench_generate(run: Run) -> None:
    """apismith cold, warm, regenerate unchanged and check at 1x and 5x; peers cold."""
    opts = run.opts
    scales = (1,) if opts.quick else (1, 5)
    have_gen = apismith_has(opts, "generate") if run.wants("apismith") else False
    have_check = apismith_has(opts, "check") if run.wants("apismith") else False
    for n in scales:
        specs.ensure([n])
        spec = specs.spec_path(n)
        label = f"x{n}"
        print(f"\n== generate {label}: {spec.relative_to(REPO_DIR)}", flush=True)
        if run.wants("apismith"):
            _apismith_generate(run, n, spec, label, have_gen, have_check)
        if run.wants("peers") and (n == 1 or not opts.quick):
            peers = (
                ("openapi-python-client", "opc", opc_argv, OPC_ENV),
                ("openapi-generator", "ogen", ogen_argv, OGEN_ENV),
            )
            for tool, short, make_argv, env in peers:
                if not run.wants_tool(tool):
                    continue
                out = OUT_DIR / f"{short}_{label}"
                if not (PEERS_DIR / short / ".installed").exists():
                    run.add(not_available("generate", f"cold {label}", tool, "setup_peers.sh"))
                    continue
                run.add(
                    measure_cli(
                        "generate",
                        f"cold {label}",
                        tool,
                        make_argv(spec, out),
                        runs=opts.runs if n == 1 else opts.runs_big,
                        before_each=_remover(out),
                        env=env,
                        timeout=opts.timeout,
                    )
                )


def _apismith_generate(
    run: Run, n: int, spec: Path, label: str, have_gen: bool, have_check: bool
) -> None:
    opts = run.opts
    exe = opts.apismith
    if exe is None or not have_gen:
        for name in (f"cold {label}", f"warm {label}", f"regenerate unchanged {label}"):
            run.add(not_available("generate", name, "apismith", "apismith generate not found"))
    else:
        out = OUT_DIR / f"apismith_{label}"
        # --no-cache only matters with --templates or --format black (black's cache); without
        # them generate runs no formatter and reads no cache, as on a fresh machine
        run.add(
            measure_cli(
                "generate",
                f"cold {label}",
                "apismith",
                [exe, "generate", spec, "-o", out, "--package-name", PACKAGE, "--no-cache"],
                runs=opts.runs if n == 1 else opts.runs_big,
                before_each=_remover(out),
                timeout=opts.timeout,
            )
        )
        warm_out = OUT_DIR / f"apismith_{label}_warm"
        _remover(warm_out)(0)
        # revision 0 is the spec as the bench writes YAML; each timed run k then
        # differs from run k-1 in one schema only. Each revision is copied (untimed) to
        # one path, as a user edits the spec file and regenerates.
        specs.ensure([n], changed=list(range(0, opts.runs + 1)))
        edited = specs.changed_spec_path(n, 0).with_name(f"airbyte_x{n}_edited.yaml")
        shutil.copyfile(specs.changed_spec_path(n, 0), edited)
        prepare = measure_cli(
            "generate",
            f"warm-prepare {label}",
            "apismith",
            [exe, "generate", edited, "-o", warm_out, "--package-name", PACKAGE],
            runs=1,
            timeout=opts.timeout,
        )
        if not prepare.ok:
            run.add(Measurement("generate", f"warm {label}", "apismith", status=prepare.status))
        else:
            revs = [specs.changed_spec_path(n, rev) for rev in range(1, opts.runs + 1)]

            def edit(i: int) -> list[str | os.PathLike[str]]:
                shutil.copyfile(revs[i], edited)
                return [exe, "generate", edited, "-o", warm_out, "--package-name", PACKAGE]

            run.add(
                _measure_varying(
                    "generate",
                    f"warm {label}",
                    "apismith",
                    edit,
                    runs=opts.runs,
                    timeout=opts.timeout,
                )
            )
        _regenerate_unchanged(run, exe, n, spec, label)
    if exe is None or not have_check or not have_gen:
        run.add(not_available("generate", f"check {label}", "apismith", "apismith check not found"))
        return
    check_out = OUT_DIR / f"apismith_{label}_check"
    _remover(check_out)(0)
    prepare = measure_cli(
        "generate",
        f"check-prepare {label}",
        "apismith",
        [exe, "generate", spec, "-o", check_out, "--package-name", PACKAGE],
        runs=1,
        timeout=opts.timeout,
    )
    if not prepare.ok:
        run.add(Measurement("generate", f"check {label}", "apismith", status=prepare.status))
        return
    run.add(
        measure_cli(
            "generate",
            f"check {label}",
            "apismith",
            [exe, "check", spec, "-o", check_out, "--package-name", PACKAGE],
            runs=opts.runs,
            timeout=opts.timeout,
        )
    )
    # Without the recorded run: load, parse and render again, compare by manifest hashes
    # (code and doc examples are laid out by apismith itself: no formatter, no cache).
    run.add(
        measure_cli(
            "generate",
            f"check re-render {label}",
            "apismith",
            [exe, "check", spec, "-o", check_out, "--package-name", PACKAGE, "--full"],
            runs=opts.runs,
            timeout=opts.timeout,
        )
    )


def _regenerate_unchanged(run: Run, exe: Path, n: int, spec: Path, label: str) -> None:
    """The README's first command on a fresh clone whose output/ is already current: the
    same generate into a DIR it already wrote (prepared once, untimed), with an empty
    apismith cache as on a fresh machine (what the output directory itself holds, its
    manifest, is used as a fresh clone would); no timed run may change a file there
    (checked untimed afterwards, shown in the row's note)."""
    opts = run.opts
    name = f"regenerate unchanged {label}"
    regen_out = OUT_DIR / f"apismith_{label}_regen"
    _remover(regen_out)(0)
    empty_cache = OUT_DIR / f"apismith_{label}_regen_cache"
    _remover(empty_cache)(0)
    env = {**os.environ, "APISMITH_CACHE_DIR": str(empty_cache)}
    argv: list[str | os.PathLike[str]] = [
        exe,
        "generate",
        spec,
        "-o",
        regen_out,
        "--package-name",
        PACKAGE,
    ]
    prepare = measure_cli(
        "generate",
        f"regenerate-prepare {label}",
        "apismith",
        argv,
        runs=1,
        env=env,
        timeout=opts.timeout,
    )
    if not prepare.ok:
        run.add(Measurement("generate", name, "apismith", status=prepare.status))
        return
    before = _tree_state(regen_out)
    m = measure_cli(
        "generate",
        name,
        "apismith",
        argv,
        runs=opts.runs if n == 1 else opts.runs_big,
        env=env,
        before_each=_remover(empty_cache),
        timeout=opts.timeout,
    )
    if m.ok:
        after = _tree_state(regen_out)
        touched = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        m.note = (
            LEFT_UNCHANGED
            if not touched
            else f"CHANGED: {len(touched)} file(s) written or removed, first {touched[0]}"
        )
    run.add(m)


def _tree_state(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under root: relative path -> (mtime_ns, size)."""
    state: dict[str, tuple[int, int]] = {}
    for path in root.rglob("*"):
        if path.is_file():
            st = path.stat()
            state[path.relative_to(root).as_posix()] = (st.st_mtime_ns, st.st_size)
    return state


def _measure_varying(
    group: str,
    name: str,
    tool: str,
    argv_for: Callable[[int], Sequence[str | os.PathLike[str]]],
    *,
    runs: int,
    timeout: float,
) -> Measurement:
    """Like measure_cli, with a different command line for each run."""
    total = Measurement(group, name, tool)
    for i in range(runs):
        one = measure_cli(group, name, tool, argv_for(i), runs=1, timeout=timeout)
        if not one.ok:
            total.status = one.status
            break
        total.seconds += one.seconds
        total.peak_rss_kb += one.peak_rss_kb
    return total


# -- lint ----------------------------------------------------------------------


def bench_lint(run: Run) -> None:
    """Validate and lint the 1x, 5x and 71x specs with apismith and each peer."""
    opts = run.opts
    scales = (1, 5) if opts.quick else (1, 5, 71)
    ruleset = WORK_DIR / "spectral.yaml"
    ruleset.parent.mkdir(parents=True, exist_ok=True)
    ruleset.write_text('extends: ["spectral:oas"]\n')
    have_lint = run.wants("apismith") and apismith_has(opts, "lint")
    have_validate = run.wants("apismith") and apismith_has(opts, "validate")
    for n in scales:
        specs.ensure([n])
        spec = specs.spec_path(n)
        label = f"x{n}"
        runs = opts.runs if n < 71 else opts.runs_big
        print(
            f"\n== lint {label}: {spec.relative_to(REPO_DIR)} ({spec.stat().st_size / 1e6:.1f} MB)",
            flush=True,
        )
        rows: list[tuple[str, str, bool, list[str | os.PathLike[str]], dict[str, str]]] = []
        if run.wants("apismith"):
            exe = opts.apismith or Path("apismith")
            rows.append(("lint", "apismith", have_lint, [exe, "lint", spec], {}))
            rows.append(("validate", "apismith", have_validate, [exe, "validate", spec], {}))
        if run.wants("peers"):
            redocly = NODE_BIN / "redocly"
            spectral = NODE_BIN / "spectral"
            osv = PEERS_DIR / "osv" / "bin" / "openapi-spec-validator"
            rows.append(("lint", "redocly", redocly.exists(), [redocly, "lint", spec], NODE_ENV))
            rows.append(
                (
                    "lint",
                    "spectral",
                    spectral.exists(),
                    [spectral, "lint", "-r", ruleset, spec],
                    NODE_ENV,
                )
            )
            rows.append(
                (
                    "validate",
                    "openapi-spec-validator",
                    osv.exists(),
                    [osv, "--validation-errors", "all", spec],
                    {},
                )
            )
        for what, tool, present, argv, env in rows:
            if not run.wants_tool(tool):
                continue
            name = f"{what} {label}"
            if not present:
                run.add(not_available("lint", name, tool, "not installed / not implemented"))
                continue
            # findings make linters exit 1: that is a finished run, not a failure
            run.add(
                measure_cli(
                    "lint",
                    name,
                    tool,
                    argv,
                    runs=runs,
                    ok_codes=(0, 1),
                    env=env,
                    timeout=opts.timeout,
                )
            )


# -- diff ----------------------------------------------------------------------


def diff_label(old: Path, new: Path) -> str:
    """``diff 2025-06-11 -> 2026-08-21`` for two Airbyte versions."""
    return f"diff {old.stem[7:17]} -> {new.stem[7:17]}"


def bench_diff(run: Run) -> None:
    """apismith diff and Optic on each consecutive pair of Airbyte versions (Optic takes
    about a minute a pair: one run each)."""
    opts = run.opts
    report = WORK_DIR / "diff-report.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    pairs = list(itertools.pairwise(AIRBYTE_HISTORY))
    for old, new in pairs[-1:] if opts.quick else pairs:
        name = diff_label(old, new)
        print(f"\n== {name}", flush=True)
        if run.wants("apismith") and run.wants_tool("apismith"):
            if opts.apismith is None or not apismith_has(opts, "diff"):
                run.add(not_available("diff", name, "apismith", "no diff command"))
            else:
                argv: list[str | os.PathLike[str]] = [opts.apismith, "diff", old, new]
                argv += ["--format", "json", "--output", report]
                run.add(measure_cli("diff", name, "apismith", argv, runs=opts.runs))
        if run.wants("peers") and run.wants_tool("optic"):
            if not OPTIC.exists():
                run.add(not_available("diff", name, "optic", "not installed"))
                continue
            # --check runs its breaking-change rules; exit 1 means it found some
            env = {**NODE_ENV, "OPTIC_TELEMETRY_LEVEL": "off"}
            argv = [OPTIC, "diff", old, new, "--check", "--json"]
            run.add(
                measure_cli(
                    "diff", name, "optic", argv, runs=1, ok_codes=(0, 1), env=env,
                    timeout=opts.timeout,
                )
            )  # fmt: skip


# -- runtime -------------------------------------------------------------------


def _stamp_ok(directory: Path, stamp: str) -> bool:
    marker = directory / ".bench-stamp"
    return marker.exists() and marker.read_text() == stamp


def _client_stamp(tool: str) -> str:
    return f"{tool}:{specs._stamp()}"


def ensure_clients(run: Run) -> dict[str, Path]:
    """Generate (once per spec version) the clients the runtime group imports."""
    opts = run.opts
    spec = specs.SOURCE_SPEC
    found: dict[str, Path] = {}
    wanted: list[tuple[str, Path, list[str | os.PathLike[str]], dict[str, str]]] = []
    if run.wants("apismith") and opts.apismith is not None and apismith_has(opts, "generate"):
        out = CLIENTS_DIR / "apismith"
        argv: list[str | os.PathLike[str]] = [
            opts.apismith,
            "generate",
            spec,
            "-o",
            out,
            "--package-name",
            PACKAGE,
            "--no-cache",
        ]
        wanted.append(("apismith", out, argv, {}))
    if run.wants("peers"):
        if peer_exe("opc/bin/openapi-python-client"):
            out = CLIENTS_DIR / "opc"
            wanted.append(("opc", out, opc_argv(spec, out), OPC_ENV))
        if peer_exe("ogen/bin/openapi-generator-cli"):
            out = CLIENTS_DIR / "ogen"
            wanted.append(("ogen", out, ogen_argv(spec, out), OGEN_ENV))
    for tool, directory, cmd, env in wanted:
        stamp = _client_stamp(tool)
        fresh = _stamp_ok(directory, stamp)
        if tool == "apismith":  # the generator changes under us: regenerate unless told
            fresh = opts.reuse_clients and (directory / PACKAGE).is_dir()
        if not fresh:
            print(
                f"  generating the {tool} client into {directory.relative_to(REPO_DIR)}", flush=True
            )
            result = measure_cli(
                "setup",
                "client",
                tool,
                cmd,
                runs=1,
                before_each=_remover(directory),
                env=env,
                timeout=opts.timeout,
            )
            if not result.ok:
                run.notes.append(f"{tool} client could not be generated: {result.status}")
                continue
            (directory / ".bench-stamp").write_text(stamp)
        found[tool] = directory
    return found


def _worker(
    client: str, path_entry: Path | None, args: list[str], timeout: float
) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(path_entry) if path_entry else ""
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(
        [str(RUNTIME_PY), str(WORKER), "--client", client, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        raise RuntimeError(f"worker exit {proc.returncode}: {last[:300]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _start_server(body: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [
            str(RUNTIME_PY),
            str(BENCH_DIR / "local_server.py"),
            "--body",
            str(body),
            "--lifetime",
            "3600",
        ],
        stdout=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"local server did not start: {line!r}")
    return proc, f"http://127.0.0.1:{line.split()[1]}/api"


def bench_runtime(run: Run) -> None:
    """Decode, serialize, small calls and import time for each generated client."""
    opts = run.opts
    if not RUNTIME_PY.exists():
        run.notes.append("runtime venv missing: run bench/setup_peers.sh")
        return
    print("\n== runtime: payloads and clients", flush=True)
    paths = payloads.ensure()
    clients = ensure_clients(run)
    candidates: list[tuple[str, str]] = [("json", "json/urllib3")]
    if run.wants("apismith"):
        candidates.append(("apismith", "apismith"))
    if run.wants("peers"):
        candidates += [("opc", "openapi-python-client"), ("ogen", "openapi-generator")]
    decode_sizes = [1000] if opts.quick else [1000, 10000]
    server, url = _start_server(paths["list_1"])
    try:
        for client, tool in candidates:
            if not run.wants_tool(tool):
                continue
            print(f"\n== runtime: {tool}", flush=True)
            entry = clients.get(client)
            if client != "json" and entry is None:
                for name in [
                    *(f"decode {s:,}" for s in decode_sizes),
                    "serialize",
                    "small call",
                    "import package",
                    "import all models",
                ]:
                    run.add(not_available("runtime", name, tool, "client not generated"))
                continue
            tasks: list[tuple[str, list[str], int]] = [
                (
                    f"decode {s:,}",
                    ["--task", "decode", "--payload", str(paths[f"list_{s}"])],
                    opts.runs if s <= 1000 else opts.runs_big,
                )
                for s in decode_sizes
            ]
            tasks.append(
                ("serialize", ["--task", "serialize", "--payload", str(paths["create"])], opts.runs)
            )
            tasks.append(("small call", ["--task", "calls", "--url", url], opts.runs))
            for name, args, runs in tasks:
                m = Measurement("runtime", name, tool)
                try:
                    res = _worker(client, entry, [*args, "--runs", str(runs)], opts.timeout)
                    m.seconds = list(res["seconds"])
                    m.peak_rss_kb = [int(res["peak_rss_kb"])]
                    if "kept" in res:
                        m.note = "every field kept" if res["kept"] else f"LOST: {res['note']}"
                    elif res.get("note"):
                        m.note = str(res["note"])
                except (RuntimeError, subprocess.TimeoutExpired, ValueError, KeyError) as exc:
                    m.status = f"failed: {exc}"
                run.add(m)
            if client != "json":
                _import_rows(run, client, tool, entry)
    finally:
        server.terminate()
        server.wait(timeout=10)


def _import_rows(run: Run, client: str, tool: str, entry: Path | None) -> None:
    pkg_m = Measurement("runtime", "import package", tool)
    all_m = Measurement("runtime", "import all models", tool)
    try:
        _worker(client, entry, ["--task", "import"], run.opts.timeout)  # writes .pyc
        for _ in range(run.opts.runs):
            res = _worker(client, entry, ["--task", "import"], run.opts.timeout)
            pkg_m.seconds.append(float(res["package"]))
            all_m.seconds.append(float(res["all"]))
            all_m.peak_rss_kb.append(int(res["peak_rss_kb"]))
            all_m.note = f"{res['count']} names"
    except (RuntimeError, subprocess.TimeoutExpired, ValueError, KeyError) as exc:
        pkg_m.status = all_m.status = f"failed: {exc}"
    run.add(pkg_m)
    run.add(all_m)


# -- report ----------------------------------------------------------------------


def targets(run: Run) -> list[Target]:
    """The issue's targets, evaluated on this run."""
    g = run.get
    out: list[Target] = []

    def med(m: Measurement | None) -> float | None:
        return m.median if m is not None else None

    cold1 = g("generate", "cold x1", "apismith")
    out.append(Target("generate cold x1", med(cold1), 2.0, "max", "s"))
    for peer, limit in (("openapi-python-client", 3.0), ("openapi-generator", 4.0)):
        out.append(
            Target(
                f"generate cold x1: {peer} / apismith",
                ratio(g("generate", "cold x1", peer), cold1),
                limit,
                "min",
                "x",
            )
        )
    out.append(
        Target(
            "generate cold x1: peak RSS (largest of the runs)",
            cold1.peak_rss_mb if cold1 is not None and cold1.ok else None,
            150.0,
            "max",
            "MiB",
        )
    )
    regen = g("generate", "regenerate unchanged x1", "apismith")
    unchanged = regen is not None and regen.ok and regen.note == LEFT_UNCHANGED
    out.append(
        Target(
            "regenerate unchanged x1",
            med(regen),
            2.0,
            "max",
            "s",
            extra_ok=unchanged,
            extra_note=LEFT_UNCHANGED if unchanged else (regen.note if regen is not None else ""),
        )
    )
    out.append(
        Target("warm regenerate x1", med(g("generate", "warm x1", "apismith")), 0.6, "max", "s")
    )
    out.append(Target("check x1", med(g("generate", "check x1", "apismith")), 0.4, "max", "s"))
    out.append(
        Target(
            "generate cold x5 / x1",
            ratio(g("generate", "cold x5", "apismith"), cold1),
            5.5,
            "max",
            "x",
        )
    )
    for n, limit in ((1, 0.6), (5, 1.5), (71, 30.0)):
        lint = g("lint", f"lint x{n}", "apismith")
        out.append(Target(f"lint x{n}", med(lint), limit, "max", "s"))
        out.append(
            Target(
                f"lint x{n}: redocly / apismith",
                ratio(g("lint", f"lint x{n}", "redocly"), lint),
                3.0,
                "min",
                "x",
            )
        )
    for size in ("1,000", "10,000"):
        dec = g("runtime", f"decode {size}", "apismith")
        kept = dec is not None and dec.ok and dec.note == "every field kept"
        out.append(
            Target(
                f"decode {size}: apismith / json.loads",
                ratio(dec, g("runtime", f"decode {size}", "json/urllib3")),
                1.3,
                "max",
                "x",
                extra_ok=kept,
                extra_note="every field kept" if kept else (dec.note if dec is not None else ""),
            )
        )
    out.append(
        Target(
            "serialize ConnectionCreate: apismith / json.dumps",
            ratio(g("runtime", "serialize", "apismith"), g("runtime", "serialize", "json/urllib3")),
            1.5,
            "max",
            "x",
        )
    )
    out.append(
        Target(
            "small call: apismith / raw urllib3",
            ratio(
                g("runtime", "small call", "apismith"), g("runtime", "small call", "json/urllib3")
            ),
            1.5,
            "max",
            "x",
        )
    )
    out.append(
        Target("import package", med(g("runtime", "import package", "apismith")), 0.15, "max", "s")
    )
    if len(AIRBYTE_HISTORY) > 1:
        name = diff_label(*AIRBYTE_HISTORY[-2:])
        biggest = med(g("diff", name, "apismith"))
        out.append(Target(f"{name} (the biggest pair)", biggest, 1.0, "max", "s"))
    return out


def _reference(m: Measurement, run: Run) -> tuple[str, float | None]:
    """The ratio shown beside a row: against apismith, or against json for runtime."""
    if m.group == "runtime":
        ref = run.get("runtime", m.name, "json/urllib3")
        return "÷ json", ratio(m, ref)
    ref = run.get(m.group, m.name, "apismith")
    return "÷ apismith", ratio(m, ref)


def table(run: Run) -> list[str]:
    """Markdown table lines of every measurement, grouped."""
    lines: list[str] = []
    for group in GROUPS:
        rows = [m for m in run.rows.values() if m.group == group]
        if not rows:
            continue
        lines += [
            f"\n### {group}\n",
            "| benchmark | tool | median | min | max | runs | peak RSS | ratio | note |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ]
        for m in rows:
            if not m.ok:
                lines.append(f"| {m.name} | {m.tool} | {m.status} | | | | | | {m.note} |")
                continue
            label, value = _reference(m, run)
            rss = f"{m.peak_rss_mb:.0f} MiB" if m.peak_rss_mb else "-"
            shown = (
                f"{fmt_ratio(value)} {label}"
                if value is not None and m.tool not in ("apismith", "json/urllib3")
                else ""
            )
            lines.append(
                f"| {m.name} | {m.tool} | {fmt_seconds(m.median)} | {fmt_seconds(min(m.seconds))} "
                f"| {fmt_seconds(max(m.seconds))} | {len(m.seconds)} | {rss} | {shown} | {m.note} |"
            )
    return lines


def target_table(run: Run) -> list[str]:
    """Markdown table of the targets and verdicts."""
    lines = [
        "\n### targets (issue #13: generate; issue #8: lint, runtime; issue #16: diff)\n",
        "| target | measured | wanted | verdict |",
        "| --- | ---: | ---: | --- |",
    ]
    for t in targets(run):
        note = f" ({t.extra_note})" if t.extra_note else ""
        lines.append(f"| {t.label}{note} | {t.shown()} | {t.wanted()} | {t.verdict} |")
    return lines


def save(run: Run, machine: dict[str, str], started: float) -> Path:
    """Write the run as JSON into bench/.work/results/; returns the path."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(started))
    path = RESULTS_DIR / f"run-{stamp}.json"
    data = {
        "machine": machine,
        "options": {k: str(v) for k, v in vars(run.opts).items()},
        "peers": peer_versions(),
        "duration_s": round(time.time() - started, 1),
        "notes": run.notes,
        "rows": [m.to_json() for m in run.rows.values()],
    }
    path.write_text(json.dumps(data, indent=1))
    return path


def load(path: Path) -> tuple[Run, dict[str, Any]]:
    """A saved run back as a Run (for --render)."""
    data = json.loads(path.read_text())
    opts = Options(
        runs=0, runs_big=0, groups=GROUPS, side="all", quick=False, apismith=None, timeout=0
    )
    run = Run(opts)
    for row in data["rows"]:
        row = {k: v for k, v in row.items() if k != "median"}
        m = Measurement(**row)
        run.rows[f"{m.group}:{m.name}:{m.tool}"] = m
    run.notes = list(data.get("notes", []))
    return run, data


def write_results_md(run: Run, data: dict[str, Any], target: Path) -> None:
    """bench/RESULTS.md: date, machine, peers, every table, targets."""
    mach = data["machine"]
    peers = data.get("peers", {})
    opts = data.get("options", {})
    lines = [
        "# Bench results",
        "",
        "Written by `python bench/run.py --write-results` (see bench/README.md). "
        "Medians of the runs shown; ratios from the same run.",
        "",
        f"- date: {mach['date']}",
        f"- machine: {mach['nproc']} cores, {mach['cpu']}, {mach['memory']} RAM, "
        f"{mach['platform']}",
        f"- Python {mach['python']}; load average at start: {mach['load_at_start']}",
        f"- options: runs {opts.get('runs')} (71x and 10,000: {opts.get('runs_big')}), "
        f"side {opts.get('side')}, groups {opts.get('groups')}, quick {opts.get('quick')}",
        f"- peers: {', '.join(f'{k}: {v}' for k, v in peers.items()) or 'none'}",
        f"- run took {data.get('duration_s')} s",
    ]
    lines += table(run)
    lines += target_table(run)
    if run.notes:
        lines += ["", "### notes", ""] + [f"- {n}" for n in run.notes]
    analysis = BENCH_DIR / "ANALYSIS.md"
    if analysis.exists():  # causes of missed targets, written by hand from profiles
        lines += ["", analysis.read_text(encoding="utf-8").rstrip()]
    target.write_text("\n".join(lines) + "\n")


def print_report(run: Run) -> None:
    """Tables and targets on stdout."""
    print("\n".join(table(run)))
    print("\n".join(target_table(run)))
    for note in run.notes:
        print(f"note: {note}")


def parse(argv: list[str]) -> tuple[Options, argparse.Namespace]:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument(
        "--quick",
        action="store_true",
        help="1 run each; skip 71x lint, 5x peer generate and the 10,000 decode",
    )
    p.add_argument("--only", default=",".join(GROUPS), help="comma list of " + ",".join(GROUPS))
    p.add_argument("--runs", type=int, default=None, help="runs per figure (default 5; quick 1)")
    p.add_argument(
        "--runs-big",
        type=int,
        default=None,
        help="runs for 71x lint, 5x peer generate, 10,000 decode (default min(runs, 3))",
    )
    p.add_argument("--side", choices=["all", "apismith", "peers"], default="all")
    p.add_argument("--apismith", default=None, help="path of the apismith CLI")
    p.add_argument("--timeout", type=float, default=1200.0, help="seconds per command")
    p.add_argument(
        "--reuse-clients",
        action="store_true",
        help="runtime: keep an apismith client already in bench/.work/clients/apismith",
    )
    p.add_argument(
        "--tools",
        default="",
        help="only these tools (comma list: apismith, openapi-python-client, openapi-generator,"
        " redocly, spectral, openapi-spec-validator, json/urllib3, optic)",
    )
    p.add_argument(
        "--merge",
        default=None,
        metavar="RUN.json",
        help="start from a saved run: its rows are kept unless measured again",
    )
    p.add_argument("--write-results", action="store_true", help="also write bench/RESULTS.md")
    p.add_argument(
        "--render",
        default=None,
        metavar="RUN.json",
        help="only write bench/RESULTS.md from a saved run",
    )
    ns = p.parse_args(argv)
    groups = tuple(g.strip() for g in ns.only.split(",") if g.strip())
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        p.error(f"unknown group(s): {', '.join(unknown)}")
    runs = ns.runs if ns.runs is not None else (1 if ns.quick else 5)
    runs_big = ns.runs_big if ns.runs_big is not None else min(runs, 3)
    opts = Options(
        runs=runs,
        runs_big=runs_big,
        groups=groups,
        side=ns.side,
        quick=ns.quick,
        apismith=None,
        timeout=ns.timeout,
        reuse_clients=ns.reuse_clients,
        tools=tuple(t.strip() for t in ns.tools.split(",") if t.strip()),
    )
    return opts, ns


def main(argv: list[str]) -> int:
    """Run the chosen groups, print the tables, save the run."""
    opts, ns = parse(argv)
    if ns.render:
        run, data = load(Path(ns.render))
        write_results_md(run, data, BENCH_DIR / "RESULTS.md")
        print(f"wrote {BENCH_DIR / 'RESULTS.md'}")
        return 0
    started = time.time()
    machine = machine_info()
    if opts.side != "peers":
        opts.apismith = find_apismith(ns.apismith)
        if opts.apismith is None:
            print("apismith CLI not available: its rows will read n/a (not available)")
    run = Run(opts)
    if TRASH_DIR.exists():  # left by an interrupted run: let the filesystem settle after
        empty_trash()
        time.sleep(30)
    if opts.apismith is not None:
        compile_apismith(run.notes)
    if ns.merge:
        base, _ = load(Path(ns.merge))
        run.rows.update(base.rows)
        run.notes += base.notes
        run.notes.append(f"rows not measured in this run come from {Path(ns.merge).name}")
    print(
        f"bench: {machine['date']}, {machine['nproc']} cores, {machine['cpu']}, "
        f"load {machine['load_at_start']}; runs {opts.runs}, groups {','.join(opts.groups)}",
        flush=True,
    )
    if "generate" in opts.groups:
        bench_generate(run)
    if "lint" in opts.groups:
        bench_lint(run)
    if "runtime" in opts.groups:
        bench_runtime(run)
    if "diff" in opts.groups:
        bench_diff(run)
    empty_trash()
    print()
    print_report(run)
    saved = save(run, machine, started)
    print(f"\nsaved {saved.relative_to(REPO_DIR)}")
    if ns.write_results:
        _, data = load(saved)
        write_results_md(run, data, BENCH_DIR / "RESULTS.md")
        print(f"wrote {(BENCH_DIR / 'RESULTS.md').relative_to(REPO_DIR)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
