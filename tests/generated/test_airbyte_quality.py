"""The committed Airbyte client passes the same checks as hand-written code, and the
tree the generator renders from the Airbyte spec (client and docs, in both doc styles) is
what black makes of it, although black does not run when it is generated."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from generator.pipeline import DOC_STYLES, render
from generator.settings.options import Options
from tests.black_proof import assert_black_clean, read_tree

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "output"
PACKAGE = "airbyte_config_client"
SPEC = REPO / "specs" / "airbyte" / "config.yaml"
BIN = Path(sys.executable).parent


def run(tool: str, *args: str, cwd: Path = OUTPUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / tool), *args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module", autouse=True)
def _output_exists() -> None:
    if not (OUTPUT / PACKAGE).is_dir():
        pytest.fail("output/ is missing: run `apismith generate` first")


def test_mypy_strict(tmp_path: Path) -> None:
    result = run("mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), PACKAGE)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    print("\n" + result.stdout.strip().splitlines()[-1])


def test_ruff_check() -> None:
    result = run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout[-4000:]


def test_black_check() -> None:
    result = run("black", "--check", "-q", ".")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def rendered_files(style: str) -> dict[str, str]:
    """What ``apismith generate`` writes for the Airbyte spec (as for output/)."""
    options = Options(
        spec=SPEC, output=OUTPUT, package_name=PACKAGE, docs_style=style, use_cache=False
    )
    assert not options.runs_black
    return render(options).files


@pytest.mark.parametrize("style", DOC_STYLES)
def test_rendered_tree_is_black_clean(style: str) -> None:
    files = rendered_files(style)
    assert sum(path.endswith(".py") for path in files) > 500
    assert_black_clean(files, f"the Airbyte tree ({style} docs)")


def test_committed_doc_examples_are_black_clean() -> None:
    """The ``python`` blocks of output/'s README and docs (black --check reads no Markdown)."""
    pages = {path: text for path, text in read_tree(OUTPUT).items() if path.endswith(".md")}
    assert len(pages) > 100
    assert_black_clean(pages, "output/")


def test_builds_a_wheel_with_py_typed(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(OUTPUT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert f"{PACKAGE}/py.typed" in names
    assert f"{PACKAGE}/api/connection_api.py" in names
    assert f"{PACKAGE}/models/connection_read.py" in names


def test_import_is_lazy() -> None:
    """`import pkg` must not import pydantic models or the HTTP stack."""
    code = (
        f"import sys, {PACKAGE}; "
        "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'urllib3', 'httpx', "
        f"'{PACKAGE}.models.', '{PACKAGE}.api.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=OUTPUT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_one_api_imports_only_its_models() -> None:
    code = (
        f"import sys; from {PACKAGE}.api import health_api; "
        f"print(len([m for m in sys.modules if m.startswith('{PACKAGE}.models.')]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=OUTPUT, capture_output=True, text=True, check=True
    )
    assert int(result.stdout) < 10
