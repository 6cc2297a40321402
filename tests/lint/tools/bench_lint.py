"""Time the linter's own part (after loading) on spec files, best of N runs.

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
        loads, checks = [], []
        for _ in range(3):
            gc.disable()
            start = time.perf_counter()
            document, _ = load(path)
            document.root.locate("/")  # the loader's position index, built on first use
            loaded = time.perf_counter()
            found = schema_errors(document) + lint_rules(document, LintConfig())
            done = time.perf_counter()
            gc.enable()
            loads.append(loaded - start)
            checks.append(done - loaded)
        tracemalloc.start()
        document, _ = load(path)
        schema_errors(document) + lint_rules(document, LintConfig())
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"{path}: load+positions {min(loads):.3f} s, validate+lint {min(checks):.3f} s, "
            f"{len(found)} findings, peak traced memory {peak / 2**20:.0f} MiB"
        )


if __name__ == "__main__":
    main()
