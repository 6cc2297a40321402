"""The write stage: incremental, atomic, path-safe, deterministic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import generator.output.atomic as atomic_mod
from generator.output.atomic import JOURNAL_NAME, recover
from generator.output.errors import ManifestError, OutputConflictError, UnsafePathError
from generator.output.manifest import MANIFEST_NAME
from generator.output.write import write_output

EXTRA = {"version": "0.1.0", "options": "package=pkg"}
FILES = {
    "pkg/__init__.py": "from .a import A\n",
    "pkg/models/a.py": "class A:\n    pass\n",
    "pkg/models/b.py": "class B:\n    pass\n",
    "docs/A.md": "# A\n",
    "README.md": "# pkg\n",
}
OLD_NS = 1_000_000_000_000_000_000  # 2001-09-09: any mtime a fresh write could not produce


def snapshot(root: Path) -> dict[str, tuple[str, bytes, int]]:
    """Every entry below root: kind, bytes and mtime (files), so 'untouched' is exact."""
    out: dict[str, tuple[str, bytes, int]] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            out[rel] = ("link", os.readlink(path).encode(), 0)
        elif path.is_dir():
            out[rel] = ("dir", b"", 0)
        else:
            out[rel] = ("file", path.read_bytes(), path.stat().st_mtime_ns)
    return out


def age(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(OLD_NS, OLD_NS))


def test_first_write_creates_files_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = write_output(FILES, out, manifest_extra=EXTRA)
    assert report.added == tuple(sorted(FILES))
    assert report.manifest_written
    for key, text in FILES.items():
        assert (out / key).read_text() == text
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    assert sorted(manifest["files"]) == sorted(FILES)
    assert manifest["generator"] == EXTRA
    assert not any(p.name.startswith(".apismith-staging") for p in out.iterdir())
    assert not (out / JOURNAL_NAME).exists()


def test_regenerate_writes_only_changed_files_and_keeps_mtimes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FILES, out, manifest_extra=EXTRA)
    age(out)
    report = write_output(
        {**FILES, "pkg/models/a.py": "class A:\n    x = 1\n"}, out, manifest_extra=EXTRA
    )
    assert report.changed == ("pkg/models/a.py",)
    assert report.added == report.removed == ()
    for key in FILES:
        mtime = (out / key).stat().st_mtime_ns
        assert (mtime == OLD_NS) == (key != "pkg/models/a.py"), key
    assert (out / "pkg/models/a.py").read_text() == "class A:\n    x = 1\n"


def test_identical_regenerate_touches_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FILES, out, manifest_extra=EXTRA)
    age(out)
    before = snapshot(out)
    report = write_output(dict(reversed(FILES.items())), out, manifest_extra=EXTRA)
    assert not report.manifest_written
    assert report.unchanged == tuple(sorted(FILES))
    assert snapshot(out) == before


def test_stale_generated_files_removed_foreign_files_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FILES, out, manifest_extra=EXTRA)
    (out / "pkg/models/custom.py").write_text("# mine\n")
    (out / "notes.txt").write_text("mine too\n")
    (out / "docs/extra").mkdir()
    age(out)
    foreign = {k: v for k, v in snapshot(out).items() if "custom" in k or "notes" in k}
    files = {k: v for k, v in FILES.items() if k not in ("pkg/models/b.py", "docs/A.md")}
    report = write_output(files, out, manifest_extra=EXTRA)
    assert report.removed == ("docs/A.md", "pkg/models/b.py")
    assert not (out / "pkg/models/b.py").exists()
    assert not (out / "docs/A.md").exists()
    assert (out / "docs/extra").is_dir()  # a directory still holding something stays
    after = snapshot(out)
    assert {k: after[k] for k in foreign} == foreign
    assert "pkg/models/b.py" not in json.loads((out / MANIFEST_NAME).read_text())["files"]


def test_empty_directories_of_removed_files_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output({**FILES, "pkg/deep/er/x.py": "x = 1\n"}, out, manifest_extra=EXTRA)
    write_output(FILES, out, manifest_extra=EXTRA)
    assert not (out / "pkg/deep").exists()


def test_removed_file_can_make_way_for_a_directory(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output({"pkg/models.py": "x = 1\n"}, out, manifest_extra=EXTRA)
    write_output({"pkg/models/__init__.py": "x = 2\n"}, out, manifest_extra=EXTRA)
    assert (out / "pkg/models/__init__.py").read_text() == "x = 2\n"


def test_foreign_file_at_generated_path_is_a_conflict(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_text("hand written\n")
    before = snapshot(out)
    with pytest.raises(OutputConflictError, match=r"README\.md"):
        write_output(FILES, out, manifest_extra=EXTRA)
    assert snapshot(out) == before
    report = write_output(FILES, out, manifest_extra=EXTRA, force=True)
    assert report.changed == ("README.md",)


def test_foreign_file_with_identical_content_is_adopted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_text(FILES["README.md"])
    report = write_output(FILES, out, manifest_extra=EXTRA)
    assert "README.md" in report.unchanged


@pytest.mark.parametrize("fail_at", [1, 2, 5, 8])  # journal, removal, a write, manifest
def test_failure_during_renames_leaves_old_tree_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    out = tmp_path / "out"
    write_output(FILES, out, manifest_extra=EXTRA)
    (out / "foreign.txt").write_text("keep\n")
    age(out)
    before = snapshot(out)
    new = {k: v + "# v2\n" for k, v in FILES.items() if k != "docs/A.md"}
    new["pkg/new/mod.py"] = "y = 2\n"
    real_replace = os.replace
    calls = 0

    def flaky_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        nonlocal calls
        calls += 1
        if calls == fail_at:
            raise OSError("injected failure")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    with pytest.raises(OSError, match="injected"):
        write_output(new, out, manifest_extra=EXTRA)
    monkeypatch.undo()
    assert snapshot(out) == before
    report = write_output(new, out, manifest_extra=EXTRA)  # and the next run works
    assert report.added == ("pkg/new/mod.py",)


def test_failure_while_staging_leaves_old_tree_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_output(FILES, out, manifest_extra=EXTRA)
    age(out)
    before = snapshot(out)
    written = 0

    def failing_open(*args: object, **kwargs: object) -> object:
        nonlocal written
        written += 1
        if written == 3:
            raise KeyboardInterrupt
        return open(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(atomic_mod, "open", failing_open, raising=False)
    with pytest.raises(KeyboardInterrupt):
        write_output({k: v + "#\n" for k, v in FILES.items()}, out, manifest_extra=EXTRA)
    assert snapshot(out) == before


def test_failed_first_run_leaves_no_output_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object) -> None:
        raise OSError("injected")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_output(FILES, tmp_path / "out", manifest_extra=EXTRA)
    assert not (tmp_path / "out").exists()


KILL_SCRIPT = textwrap.dedent("""
    import os, sys
    import generator.output.write as w
    real, calls = os.replace, [0]
    def replace(src, dst):
        calls[0] += 1
        if calls[0] == int(sys.argv[2]):
            os._exit(9)  # killed: no rollback, no cleanup
        real(src, dst)
    w.os.replace = replace
    files = {"pkg/__init__.py": "v2\\n", "pkg/models/a.py": "v2\\n", "pkg/z/new.py": "new\\n"}
    w.write_output(files, w.Path(sys.argv[1]), manifest_extra={"version": "0.1.0"})
    """)


@pytest.mark.parametrize("kill_at", [2, 5, 7, 8])  # a removal, writes, the manifest
def test_killed_mid_rename_is_rolled_back_by_recover(tmp_path: Path, kill_at: int) -> None:
    out = tmp_path / "out"
    write_output(FILES, out, manifest_extra=EXTRA)
    age(out)
    before = snapshot(out)
    proc = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(out), str(kill_at)],
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert proc.returncode == 9
    assert (out / JOURNAL_NAME).exists()
    assert recover(out)
    assert snapshot(out) == before
    assert not recover(out)


def test_next_write_recovers_a_killed_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(FILES, out, manifest_extra=EXTRA)
    subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(out), "4"],
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    report = write_output(FILES, out, manifest_extra=EXTRA)
    assert report.unchanged == tuple(sorted(FILES))  # rolled back first, so nothing to do
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [MANIFEST_NAME, "README.md", "docs", "pkg"]
    )


@pytest.mark.parametrize(
    "key",
    [
        "../x",
        "/abs",
        "a/../../b",
        "a\\b",
        "a\0b",
        "C:/x",
        "c:x",
        "a//b",
        "./a",
        "a/.",
        "",
        "a/",
        ".apismith-manifest.json",
        "x\n.py",
    ],
)
def test_unsafe_paths_rejected_before_writing(tmp_path: Path, key: str) -> None:
    out = tmp_path / "out"
    with pytest.raises(UnsafePathError):
        write_output({"ok.py": "x\n", key: "evil\n"}, out, manifest_extra=EXTRA)
    assert not out.exists()


def test_file_and_directory_or_case_clash_rejected(tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError, match="directory"):
        write_output({"a": "1", "a/b": "2"}, tmp_path / "o", manifest_extra=EXTRA)
    with pytest.raises(UnsafePathError, match="case"):
        write_output({"A.md": "1", "a.md": "2"}, tmp_path / "o", manifest_extra=EXTRA)


def test_symlinked_directory_escape_rejected(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "pkg").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafePathError, match="symlink"):
        write_output({"pkg/x.py": "x = 1\n"}, out, manifest_extra=EXTRA)
    assert list(outside.iterdir()) == []


def test_symlinked_file_is_never_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.py").symlink_to(victim)
    with pytest.raises(OutputConflictError):
        write_output({"x.py": "x = 1\n"}, out, manifest_extra=EXTRA)
    assert victim.read_text() == "precious\n"


def test_tampered_manifest_cannot_steer_deletion_outside(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / "out"
    write_output(FILES, out, manifest_extra=EXTRA)
    doc = json.loads((out / MANIFEST_NAME).read_text())
    doc["files"]["../victim.txt"] = {"sha256": "0" * 64}
    (out / MANIFEST_NAME).write_text(json.dumps(doc))
    with pytest.raises(ManifestError):
        write_output({}, out, manifest_extra=EXTRA)
    assert victim.read_text() == "precious\n"


DETERMINISM_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from generator.output.write import write_output
    names = {f"pkg/models/m{i}.py" for i in range(50)} | {"docs/é.md", "README.md"}
    files = {name: f"# {name}\\n" for name in names}  # set order varies with the seed
    write_output(files, Path(sys.argv[1]), manifest_extra={"version": "9.9.9", "b": "1", "a": "2"},
                 raw_files={k: v + " " for k, v in files.items()}, formatter="black x")
    """)


def test_manifest_bytes_do_not_depend_on_hash_seed(tmp_path: Path) -> None:
    manifests = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", DETERMINISM_SCRIPT, str(out)],
            cwd=Path(__file__).resolve().parents[2],
            env=env,
            check=True,
        )
        manifests.append((out / MANIFEST_NAME).read_bytes())
    assert manifests[0] == manifests[1] == manifests[2]
    text = manifests[0].decode()
    assert text.count("9.9.9") == 1
    assert list(json.loads(text)["files"]) == sorted(json.loads(text)["files"])


CONCURRENT_WRITE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from generator.output.write import write_output
    tag = sys.argv[2]
    files = {f"pkg/m{i}.py": f"# {tag} {i}\\n" for i in range(60)} | {f"{tag}.md": tag}
    for _ in range(5):
        write_output(files, Path(sys.argv[1]), manifest_extra={"run": tag})
    """)


def test_concurrent_writers_are_serialised(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    root = Path(__file__).resolve().parents[2]
    procs = [
        subprocess.Popen([sys.executable, "-c", CONCURRENT_WRITE, str(out), tag], cwd=root)
        for tag in ("red", "blue")
    ]
    assert [p.wait() for p in procs] == [0, 0]
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    tag = manifest["generator"]["run"]
    other = "blue" if tag == "red" else "red"
    assert sorted(manifest["files"]) == sorted([f"pkg/m{i}.py" for i in range(60)] + [f"{tag}.md"])
    assert all((out / f"pkg/m{i}.py").read_text() == f"# {tag} {i}\n" for i in range(60))
    assert not (out / f"{other}.md").exists()
    assert not [
        p for p in out.iterdir() if p.name.startswith(".apismith-") and p.name != MANIFEST_NAME
    ]
