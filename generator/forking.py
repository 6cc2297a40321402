"""Work in a forked child while this process goes on (Linux only).

The parent's memory is shared copy-on-write, so a child can start on data the
parent already holds without pickling it; only the result comes back, pickled
through a pipe. Used where two cores pay: linting a big spec, laying out a big
client while its docs render.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
X = TypeVar("X")
Y = TypeVar("Y")
Z = TypeVar("Z")


def can_fork() -> bool:
    """fork is cheap and safe: Linux, and no other thread that a child would lose."""
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


def read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def shared_map(
    items: Sequence[X], work: Callable[[X], Y], first: Callable[[], Z]
) -> tuple[list[Y], Z]:
    """``[work(item) for item in items]`` and ``first()``, on two cores.

    A child takes items from a shared pipe at once; this process runs ``first``,
    then takes items too, so neither core waits while the other has work (as
    lint's rules are shared; the items wait in a ``TaskPool``). At most 255 items. Results come back
    in item order; an item the child failed on, or left when it died, is done
    again here, so an error surfaces exactly as in one process.
    """
    if len(items) < 2 or len(items) > 255 or not can_fork():
        head = first()
        return [work(item) for item in items], head
    pool = TaskPool(len(items))
    result_r, result_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        for fd in (result_r, result_w):
            os.close(fd)
        pool.close()
        head = first()
        return [work(item) for item in items], head
    if pid == 0:  # the child: never returns
        os.close(result_r)
        done: dict[int, Y] = {}
        code = 0
        try:
            try:
                pool.take_all(lambda i: work(items[i]), done)
            except BaseException:  # the parent does the failed item again and reports it
                code = 1
            write_all(result_w, pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException:
            code = 2
        finally:
            os._exit(code)
    os.close(result_w)
    found: dict[int, Y] = {}
    try:
        head = first()
        pool.take_all(lambda i: work(items[i]), found)
    finally:
        pool.close()
        from_child = read_all(result_r)
        os.close(result_r)
        os.waitpid(pid, 0)
    with contextlib.suppress(Exception):  # a damaged result: the parent does it all
        found.update(pickle.loads(from_child) if from_child else {})
    return [found[i] if i in found else work(item) for i, item in enumerate(items)], head


def fork_call(fn: Callable[[], T]) -> Callable[[], T]:
    """Start ``fn()`` in a forked child now; the returned ``join()`` gives its result.

    Where forking is not possible, ``join`` runs ``fn`` itself; if the child fails or
    its result is damaged, ``join`` runs ``fn`` again here, so an error surfaces exactly
    as in one process. The child's result waits in a pipe until ``join`` reads it.
    """
    if not can_fork():
        return fn
    result_r, result_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(result_r)
        os.close(result_w)
        return fn
    if pid == 0:  # the child: never returns
        os.close(result_r)
        code = 0
        try:
            try:
                data = pickle.dumps(fn(), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:  # join does it again and reports it
                data, code = b"", 1
            write_all(result_w, data)
        except BaseException:
            code = 2
        finally:
            os._exit(code)
    os.close(result_w)

    def join() -> T:
        try:
            data = read_all(result_r)
        finally:
            os.close(result_r)
            os.waitpid(pid, 0)
        if data:
            with contextlib.suppress(Exception):
                result: T = pickle.loads(data)
                return result
        return fn()

    return join


class TaskPool:
    """Tasks ``0 .. count - 1`` that any process may take, each exactly once: their
    numbers wait in a pipe, so a child forked after the pool was made takes from the
    same pool. ``take_all`` does the tasks until none is left; the caller does any task
    a failed child took and did not return (``missing``)."""

    LIMIT = 32_000
    """Two bytes per task, all written before anyone reads: within a pipe's 64 KiB."""

    def __init__(self, count: int) -> None:
        if count > self.LIMIT:
            raise ValueError(f"at most {self.LIMIT} tasks")
        self.count = count
        self._read, write = os.pipe()
        os.write(write, b"".join(i.to_bytes(2, "little") for i in range(count)))
        os.close(write)

    def take_all(self, work: Callable[[int], Y], done: dict[int, Y] | None = None) -> dict[int, Y]:
        """``{task: work(task)}`` for the tasks this process takes, added to ``done`` as
        they finish (so a caller keeps them if one raises)."""
        done = {} if done is None else done
        while True:
            taken = os.read(self._read, 2)  # pipe reads of 2 bytes are atomic
            if not taken:
                return done
            index = int.from_bytes(taken, "little")
            done[index] = work(index)

    def missing(self, *found: dict[int, Y]) -> list[int]:
        return [i for i in range(self.count) if not any(i in f for f in found)]

    def close(self) -> None:
        os.close(self._read)
