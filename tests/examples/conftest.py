"""Print how many example requests were checked (``tests/examples/tally.py``)."""

from __future__ import annotations

import pytest

from tests.examples.tally import TALLY


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in TALLY.lines():
        terminalreporter.write_line(line)
