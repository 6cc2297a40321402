"""Linting an ordinary spec must not import pydantic or openapi-schema/spec-validator.

Those imports were a quarter of ``apismith lint``'s time on the Airbyte spec; the
value and structure checks use jsonschema-rs instead. This checks the modules a
fresh interpreter has loaded, not a timing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"pydantic", "pydantic_settings", "openapi_schema_validator", "openapi_spec_validator"}
SCRIPT = f"""
import sys
from generator.lint.run import check_file
from generator.lint.config import LintConfig
found, _, readable = check_file('specs/airbyte/config.yaml', LintConfig(), full=True)
assert readable and found, (readable, len(found))
print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(HEAVY)!r}))
"""


def test_linting_airbyte_imports_no_pydantic_nor_openapi_validators() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
