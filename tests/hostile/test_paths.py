"""Names that look like paths never put a file outside the output directory.

Schema, tag, operation, property and package names containing ``..``, ``/``, ``\\``,
NUL, absolute POSIX paths or Windows drive letters: generation either succeeds with
every file inside ``-o`` or fails cleanly (exit 2); nothing else on disk changes. What
is written is what black makes of it (black does not run during generation).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.black_proof import assert_black_clean, read_tree

from .support import run_cli

PATHLIKE = [
    "../escape",
    "../../escape_two",
    "a/../../b",
    "/etc/passwd",
    "/tmp/apismith_abs_escape",
    "C:\\Windows\\System32\\evil",
    "C:evil",
    "..\\..\\win_escape",
    "\\\\server\\share\\unc",
    "nul\u0000byte",
    "\u0000",
    "dir/sub/name",
    "..",
    ".",
    "~/home_escape",
    "CON",
    "aux.txt",
    ".apismith-manifest.json",
    ".apismith-journal",
    "__init__",
    "-rf",
]
SLOTS = ("schema", "tag", "operation", "property", "parameter", "title")


def pointer_escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def spec_with(slot: str, names: list[str]) -> dict[str, Any]:
    """A valid-shaped document with ``names`` in one kind of place."""
    schemas: dict[str, Any] = {
        "Plain": {
            "type": "object",
            "properties": {
                (name if slot == "property" else f"p{i}"): {"type": "string"}
                for i, name in enumerate(names)
            },
        }
    }
    if slot == "schema":
        schemas.update(
            {name: {"type": "object", "properties": {"x": {"type": "string"}}} for name in names}
        )
    paths: dict[str, Any] = {}
    for i, name in enumerate(names):
        ref = (
            f"#/components/schemas/{pointer_escape(name)}"
            if slot == "schema"
            else ("#/components/schemas/Plain")
        )
        operation: dict[str, Any] = {
            "operationId": name if slot == "operation" else f"op{i}",
            "tags": [name if slot == "tag" else "default"],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": ref}}},
                }
            },
        }
        if slot == "parameter":
            operation["parameters"] = [
                {"name": name, "in": where, "schema": {"type": "string"}}
                for where in ("query", "header", "cookie")
            ]
        paths[f"/p{i}"] = {"get": operation}
    return {
        "openapi": "3.0.3",
        "info": {"title": names[0] if slot == "title" else "Paths", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def snapshot(root: Path) -> dict[str, str]:
    """Every entry under ``root``: kind and content hash (files), or link target."""
    seen: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            key = str(path.relative_to(root))
            if path.is_symlink():
                seen[key] = "link:" + os.readlink(path)
            elif path.is_dir():
                seen[key] = "dir"
            else:
                seen[key] = "file:" + hashlib.sha256(path.read_bytes()).hexdigest()
    return seen


def absolute_targets() -> dict[str, str]:
    """The absolute paths the names point at, as they are before the run."""
    state: dict[str, str] = {}
    for target in ("/etc/passwd", "/tmp/apismith_abs_escape", "/etc/passwd.py"):
        path = Path(target)
        state[target] = (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else str(path.exists())
        )
    return state


def generate_and_check(tmp_path: Path, spec: dict[str, Any], extra: list[str]) -> None:
    work = tmp_path / "work"
    work.mkdir()
    spec_path = work / "spec.json"
    # ensure_ascii keeps NUL as the JSON escape \u0000 (the file itself has no NUL byte).
    spec_path.write_text(json.dumps(spec, ensure_ascii=True), encoding="utf-8")
    out = work / "out"
    before = snapshot(tmp_path)
    outside_before = absolute_targets()
    cwd = Path.cwd()
    os.chdir(work)
    try:
        result = run_cli(["generate", str(spec_path), "-o", str(out), *extra])
    finally:
        os.chdir(cwd)
    assert result.code in (0, 2), (result.code, result.stderr[-3000:])
    if result.code == 2:
        assert result.stderr.strip(), "exit 2 without a diagnostic"
    after = snapshot(tmp_path)
    changed = {
        key
        for key in set(before) | set(after)
        if before.get(key) != after.get(key)
        and not key.startswith("work/out/")
        and key != "work/out"
    }
    assert not changed, f"written outside the output directory: {sorted(changed)}"
    assert absolute_targets() == outside_before
    if result.code == 0:
        root = out.resolve()
        for path in out.rglob("*"):
            assert not path.is_symlink(), path
            assert path.resolve().is_relative_to(root), path
        assert (out / ".apismith-manifest.json").is_file()
        assert_black_clean(read_tree(out))


@pytest.mark.parametrize("slot", SLOTS)
def test_pathlike_names_stay_inside_the_output(slot: str, tmp_path: Path) -> None:
    generate_and_check(tmp_path, spec_with(slot, PATHLIKE), [])


@pytest.mark.parametrize("name", PATHLIKE)
def test_pathlike_package_name_is_refused_or_contained(name: str, tmp_path: Path) -> None:
    generate_and_check(tmp_path, spec_with("schema", ["Ok"]), [f"--package-name={name}"])


@pytest.mark.parametrize("name", ["x; import os", "a-b", "x y"])
def test_package_name_that_is_not_an_identifier_is_refused(name: str, tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(spec_with("schema", ["Ok"])), encoding="utf-8")
    result = run_cli(
        ["generate", str(spec), "-o", str(tmp_path / "out"), "--no-docs", "--package-name", name]
    )
    assert result.code == 2, (result.code, result.stderr[-2000:])
    assert not (tmp_path / "out").exists()
