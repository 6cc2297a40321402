"""Run one spec's lint rules on two cores.

After the spec is read and indexed, the process forks: parent and child take
rules one at a time from a shared pipe (so a slow rule does not leave the other
core idle), and the child sends its located diagnostics back, pickled. The
result is assembled in rule order, so the report is the same bytes as a
one-process run.

Only where ``fork`` is cheap and safe: Linux, no other thread running. A child
that fails or dies leaves its rules to the parent, which runs them again, so an
error surfaces exactly as it would have in one process.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence

from generator.diagnostics import Diagnostic
from generator.lint.model import Rule

RunOne = Callable[[Rule], list[Diagnostic]]

# Rules that take longest on big specs go first, so the last one taken is short.
_SLOW_FIRST = (
    "example-invalid",
    "python-name-collision",
    "unused-component",
    "default-invalid",
    "schema-required-undefined",
    "path-ambiguous",
    "enum-type-mismatch",
)


def run_serial(rules: Sequence[Rule], run_one: RunOne) -> list[Diagnostic]:
    """Every rule's diagnostics, in rule order, in this process."""
    return [d for rule in rules for d in run_one(rule)]


def can_fork() -> bool:
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


def run_split(rules: Sequence[Rule], run_one: RunOne) -> list[Diagnostic]:
    """Every rule's diagnostics, in rule order, computed by two processes."""
    if len(rules) < 2 or len(rules) > 255 or not can_fork():
        return run_serial(rules, run_one)
    rank = {rule_id: i for i, rule_id in enumerate(_SLOW_FIRST)}
    order = sorted(range(len(rules)), key=lambda i: rank.get(rules[i].id, len(rank)))
    claim_r, claim_w = os.pipe()
    os.write(claim_w, bytes(order))  # at most 255 bytes: one write, never blocks
    os.close(claim_w)
    result_r, result_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(result_r)
        os.close(result_w)
        os.close(claim_r)
        return run_serial(rules, run_one)
    if pid == 0:  # the child: never returns
        os.close(result_r)
        _child(rules, run_one, claim_r, result_w)
    os.close(result_w)
    found: dict[int, list[Diagnostic]] = {}
    try:
        _take(rules, run_one, claim_r, found)
    finally:
        os.close(claim_r)
        from_child = _read_all(result_r)
        os.close(result_r)
        os.waitpid(pid, 0)
    try:
        done: dict[int, list[Diagnostic]] = pickle.loads(from_child) if from_child else {}
    except Exception:
        done = {}
    found.update(done)
    for i, rule in enumerate(rules):
        if i not in found:  # the child failed on it, or died: run it here
            found[i] = run_one(rule)
    return [d for i in range(len(rules)) for d in found[i]]


def _take(
    rules: Sequence[Rule], run_one: RunOne, claim: int, found: dict[int, list[Diagnostic]]
) -> None:
    """Run rules taken from the claim pipe until it is empty."""
    while True:
        taken = os.read(claim, 1)
        if not taken:
            return
        found[taken[0]] = run_one(rules[taken[0]])


def _child(rules: Sequence[Rule], run_one: RunOne, claim: int, result: int) -> None:
    """Run rules, send back those that finished, and exit without cleanup (the
    parent owns every file and buffer)."""
    found: dict[int, list[Diagnostic]] = {}
    code = 0
    try:
        try:
            _take(rules, run_one, claim, found)
        except BaseException:  # the parent runs the failed rule again and reports it
            code = 1
        data = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(result, view) :]
    except BaseException:
        code = 2
    finally:
        os._exit(code)


def _read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
