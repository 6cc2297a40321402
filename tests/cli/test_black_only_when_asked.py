"""A default ``apismith generate`` lays the code out itself and never imports black;
``--format black`` does import and run it, and writes the very same files.

Each run is a fresh interpreter (``python -c`` calling ``generator.cli.main``), so
``sys.modules`` shows what that run imported and nothing the test session did.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from generator.output.inputs import INPUTS_NAME
from generator.output.manifest import MANIFEST_NAME
from generator.output.record import RECORD_NAME

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "specs" / "enums.yaml"
SCRIPT = """
import json, sys
from generator.cli import main
code = main(sys.argv[1:])
black = sorted(m for m in sys.modules if m.split(".")[0] in ("black", "blib2to3"))
print(json.dumps({"code": code, "black": black}))
"""
NAMING_THE_FORMATTER = {MANIFEST_NAME, RECORD_NAME}
"""The files that record which formatter ran, so differ between the two runs."""


def generate(out: Path, cache: Path, *extra: str) -> list[str]:
    """``apismith generate specs/enums.yaml -o OUT --quiet EXTRA``; the black modules it
    imported."""
    args = ["generate", str(SPEC), "-o", str(out), "--quiet", *extra]
    env = {**os.environ, "APISMITH_CACHE_DIR": str(cache)}
    env.pop("APISMITH_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, done.stderr[-3000:]
    black: list[str] = result["black"]
    return black


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_default_generate_does_not_import_black_and_format_black_writes_the_same(
    tmp_path: Path,
) -> None:
    default, with_black = tmp_path / "default", tmp_path / "black"
    assert generate(default, tmp_path / "cache") == []
    assert "black" in generate(with_black, tmp_path / "cache", "--format", "black")

    ours, theirs = tree(default), tree(with_black)
    assert ours.keys() & theirs.keys() >= NAMING_THE_FORMATTER
    manifests = [json.loads(t[MANIFEST_NAME]) for t in (ours, theirs)]
    assert manifests[0]["formatter"].startswith("apismith-layout ")
    assert manifests[1]["formatter"].startswith("black ")
    for name in NAMING_THE_FORMATTER:
        del ours[name], theirs[name]
    # What each file was rendered from is recorded only where apismith's own layout
    # is the formatting (a later run may then take the file as it is).
    assert INPUTS_NAME in ours and INPUTS_NAME not in theirs
    del ours[INPUTS_NAME]
    assert sorted(ours) == sorted(theirs)
    assert len([p for p in ours if p.endswith(".py")]) > 10
    differing = [path for path in ours if ours[path] != theirs[path]]
    assert differing == [], f"--format black changed {differing}"
