"""forking.fork_call: a result computed in a child, or here when the child cannot give it."""

from __future__ import annotations

import os

import pytest

from generator import forking


def test_the_result_comes_from_a_child_process() -> None:
    parent = os.getpid()
    join = forking.fork_call(lambda: {"pid": os.getpid(), "text": "é" * 100_000})
    result = join()
    assert result["text"] == "é" * 100_000
    assert result["pid"] != parent  # computed elsewhere (the pipe held 200 KB meanwhile)


def test_a_failing_child_leaves_the_work_to_join_which_raises_as_in_one_process() -> None:
    calls: list[int] = []

    def work() -> int:
        calls.append(os.getpid())
        raise ValueError("broken")

    join = forking.fork_call(work)
    with pytest.raises(ValueError, match="broken"):
        join()
    assert calls == [os.getpid()]  # the child's attempt happened in its own memory


def test_a_child_that_dies_leaves_the_work_to_join() -> None:
    parent = os.getpid()

    def work() -> int:
        if os.getpid() != parent:
            os._exit(3)
        return 7

    assert forking.fork_call(work)() == 7


def test_without_fork_join_runs_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forking, "can_fork", lambda: False)
    assert forking.fork_call(lambda: os.getpid())() == os.getpid()
