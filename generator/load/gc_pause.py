"""Pause the cyclic garbage collector while building or scanning big trees."""

from __future__ import annotations

import gc
from types import TracebackType


class paused_gc:  # lower case: it replaced a @contextmanager function of this name
    """Building a large tree makes the cyclic GC rescan it over and over, for
    nothing: spec trees hold no reference cycles. Pausing it roughly halves the
    time of reading a large spec. The previous state is restored.

    A class rather than ``@contextmanager``: locating a finding enters it, and a
    big spec has thousands of findings."""

    __slots__ = ("_enabled",)

    def __enter__(self) -> None:
        self._enabled = gc.isenabled()
        if self._enabled:
            gc.disable()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._enabled:
            gc.enable()
