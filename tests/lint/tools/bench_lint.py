"""Time the linter's own part (after loading) on spec files, best of 5 runs.

python tests/lint/tools/bench_lint.py specs/airbyte/config.yaml /tmp/airbyte-5x.yaml
"""

from __future__ import annotations

import gc
import sys
import time
import tracemalloc

from generator.lint.config import LintConfig
from generator.lint.engine import lint_rules
from generator.load import load
from generator.validate import schema_errors


def main() -> None:
    for path in sys.argv[1:]:
        loads, checks, cpu = [], [], []
        for _ in range(5):
            gc.disable()
            start = time.perf_counter()
            document, _ = load(path)
            document.root.locate("/")  # the loader's position index, built on first use
            loaded, cpu_start = time.perf_counter(), time.process_time()
            found = schema_errors(document) + lint_rules(document, LintConfig())
            done, cpu_done = time.perf_counter(), time.process_time()
            gc.enable()
            loads.append(loaded - start)
            checks.append(done - loaded)
            cpu.append(cpu_done - cpu_start)
        tracemalloc.start()
        document, _ = load(path)
        schema_errors(document) + lint_rules(document, LintConfig())
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"{path}: load+positions {min(loads):.3f} s, validate+lint {min(checks):.3f} s "
            f"({min(cpu):.3f} s CPU), "
            f"{len(found)} findings, peak traced memory {peak / 2**20:.0f} MiB"
        )


if __name__ == "__main__":
    main()
