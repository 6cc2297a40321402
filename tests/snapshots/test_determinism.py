"""The same spec always yields the same bytes: across hash seeds and key orders.

The Airbyte spec is generated three times in fresh interpreters: twice from the
spec as committed under different ``PYTHONHASHSEED`` values, and once from a
copy whose ``paths`` and ``components.schemas`` keys are shuffled. What the first run
wrote (black does not run in a default ``generate``) is what black makes of it.
"""

from __future__ import annotations

import difflib
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.output.inputs import INPUTS_NAME
from generator.output.record import RECORD_NAME
from tests.black_proof import assert_black_clean, read_tree

REPO = Path(__file__).resolve().parents[2]
AIRBYTE = REPO / "specs" / "airbyte" / "config.yaml"
PACKAGE = "airbyte_config_client"
APISMITH = Path(sys.executable).parent / "apismith"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class TextDates(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Reads unquoted dates as the strings they are to the generator's loader."""


TextDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def generate(spec: Path, output: Path, cache: Path, seed: str) -> str:
    """Run the CLI in a fresh interpreter; returns what it printed on stderr."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "APISMITH_CACHE_DIR": str(cache)}
    result = subprocess.run(
        [str(APISMITH), "generate", str(spec), "-o", str(output), "--package-name", PACKAGE],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stderr


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def shuffled(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    def shuffle(mapping: dict[str, Any]) -> dict[str, Any]:
        keys = list(mapping)
        rng.shuffle(keys)
        assert len(keys) < 3 or keys != list(mapping), "the shuffle must change the order"
        return {key: mapping[key] for key in keys}

    out = dict(data)
    out["paths"] = shuffle(data["paths"])
    out["components"] = {**data["components"], "schemas": shuffle(data["components"]["schemas"])}
    return out


def assert_same(expected: dict[str, bytes], actual: dict[str, bytes]) -> None:
    """Equal trees; otherwise name the differing files and show the first difference."""
    paths = sorted(p for p in expected.keys() | actual.keys() if expected.get(p) != actual.get(p))
    if not paths:
        return
    first = next((p for p in paths if not p.startswith(".apismith")), paths[0])  # not hashes
    diff = difflib.unified_diff(
        expected.get(first, b"").decode("utf-8", "replace").splitlines(),
        actual.get(first, b"").decode("utf-8", "replace").splitlines(),
        lineterm="",
        n=2,
    )
    excerpt = "\n".join(list(diff)[:40])
    pytest.fail(f"{len(paths)} file(s) differ: {paths[:20]}\n{first}:\n{excerpt}")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The first generation (cold format cache): output dir, cache dir, stderr."""
    root = tmp_path_factory.mktemp("determinism")
    cache = root / "cache"
    stderr = generate(AIRBYTE, root / "seed-1", cache, "1")
    return root / "seed-1", cache, stderr


def test_same_bytes_under_another_hash_seed(
    reference: tuple[Path, Path, str], tmp_path: Path
) -> None:
    first, cache, first_stderr = reference
    stderr = generate(AIRBYTE, tmp_path / "seed-2", cache, "4242")
    expected = tree(first)
    assert len(expected) > 100
    assert_same(expected, tree(tmp_path / "seed-2"))

    # The diagnostics are printed in the same order too (timings vary, so only those lines).
    def findings(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.startswith("specs/")]

    assert findings(stderr) == findings(first_stderr)


def test_same_bytes_from_shuffled_keys(reference: tuple[Path, Path, str], tmp_path: Path) -> None:
    first, cache, _ = reference
    data = yaml.load(AIRBYTE.read_text(encoding="utf-8"), Loader=TextDates)
    spec = tmp_path / "config.json"
    spec.write_text(json.dumps(shuffled(data, random.Random(20260101))), encoding="utf-8")
    generate(spec, tmp_path / "shuffled", cache, "7")
    # The run record names its input (here another file, config.json), and the inputs
    # record is keyed by the run record's key (the IR's spec data is in another order,
    # too): all else is equal.
    expected, actual = tree(first), tree(tmp_path / "shuffled")
    assert b"config.json" in actual.pop(RECORD_NAME) and b"config.yaml" in expected.pop(RECORD_NAME)
    assert actual.pop(INPUTS_NAME) != expected.pop(INPUTS_NAME)
    assert_same(expected, actual)


def test_written_tree_is_black_clean(reference: tuple[Path, Path, str]) -> None:
    first, _, _ = reference
    assert_black_clean(read_tree(first), "the Airbyte client and docs apismith wrote")
