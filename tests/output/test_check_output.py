"""``check``: exact staleness, fast when nothing changed (no formatter call)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from generator.output.check import CheckReport, check_output
from generator.output.format import format_files, formatter_id
from generator.output.atomic import JOURNAL_NAME
from generator.output.manifest import MANIFEST_NAME
from generator.output.write import write_output

EXTRA = {"version": "0.1.0"}
RAW = {
    "pkg/__init__.py": "from .a import A\nfrom .b import B\n",
    "pkg/a.py": "class A :\n  x:int=1\n",
    "pkg/b.py": "class B :\n  y:str='b'\n",
    "docs/A.md": "# A\n\nline\n",
}


class SpyFormat:
    """The format stage, recording which files it was asked to format."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, files: Mapping[str, str]) -> dict[str, str]:
        self.calls.append(sorted(files))
        return format_files(files, cache=None, jobs=1)


def generate(raw: Mapping[str, str], out: Path, extra: Mapping[str, str] = EXTRA) -> None:
    formatted = format_files(raw, cache=None, jobs=1)
    write_output(formatted, out, manifest_extra=extra, raw_files=raw, formatter=formatter_id())


def check(raw: Mapping[str, str], out: Path, spy: SpyFormat) -> CheckReport:
    return check_output(raw, out, format=spy, manifest_extra=EXTRA, formatter=formatter_id())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    generate(RAW, tmp_path / "out")
    return tmp_path / "out"


def test_up_to_date_without_formatting(out: Path) -> None:
    spy = SpyFormat()
    report = check(dict(reversed(RAW.items())), out, spy)
    assert report.ok, report.summary()
    assert spy.calls == []
    assert report.formatted == 0
    assert report.summary() == "up to date"


def test_foreign_files_do_not_make_it_stale(out: Path) -> None:
    (out / "notes.txt").write_text("mine\n")
    assert check(RAW, out, SpyFormat()).ok


def test_changed_render_formats_only_that_file(out: Path) -> None:
    spy = SpyFormat()
    report = check({**RAW, "pkg/a.py": "class A :\n  x:int=2\n"}, out, spy)
    assert report.changed == ("pkg/a.py",)
    assert report.hand_edited == ()
    assert spy.calls == [["pkg/a.py"]]
    assert "-    x: int = 1" in report.diffs["pkg/a.py"]
    assert "+    x: int = 2" in report.diffs["pkg/a.py"]


def test_render_change_that_formats_identically_only_updates_manifest(out: Path) -> None:
    report = check({**RAW, "pkg/a.py": "class A:\n    x: int = 1\n"}, out, SpyFormat())
    assert report.changed == ()
    assert report.manifest_outdated
    assert not report.ok


def test_added_and_removed(out: Path) -> None:
    raw = {k: v for k, v in RAW.items() if k != "pkg/b.py"} | {"pkg/c.py": "c=1\n"}
    report = check(raw, out, SpyFormat())
    assert report.added == ("pkg/c.py",)
    assert report.removed == ("pkg/b.py",)
    assert report.diffs["pkg/c.py"][1:] == ("+c = 1",)
    assert "-class B:" in report.diffs["pkg/b.py"]
    summary = report.summary()
    assert summary.splitlines()[0] == "stale: 1 added, 1 removed, 0 changed"
    assert "added: pkg/c.py" in summary
    assert "removed: pkg/b.py" in summary


def test_hand_edited_file_detected_without_formatting(out: Path) -> None:
    (out / "pkg/b.py").write_text((out / "pkg/b.py").read_text() + "# my fix\n")
    (out / "docs/A.md").write_text("# A\n\nedited\n")
    spy = SpyFormat()
    report = check(RAW, out, spy)
    assert report.changed == ("docs/A.md", "pkg/b.py")
    assert report.hand_edited == ("docs/A.md", "pkg/b.py")
    assert spy.calls == [["docs/A.md", "pkg/b.py"]]  # only for the diffs shown
    assert "-# my fix" in report.diffs["pkg/b.py"]
    assert "edited by hand: pkg/b.py" in report.summary()


def test_deleted_generated_file_is_added(out: Path) -> None:
    (out / "pkg/a.py").unlink()
    assert check(RAW, out, SpyFormat()).added == ("pkg/a.py",)


def test_version_or_option_change_is_stale(out: Path) -> None:
    generate(RAW, out, extra={"version": "0.0.9"})
    report = check(RAW, out, SpyFormat())
    assert report.manifest_outdated
    assert "would change" in report.summary()


def test_missing_manifest_is_stale(out: Path) -> None:
    (out / MANIFEST_NAME).unlink()
    report = check(RAW, out, SpyFormat())
    assert report.manifest_outdated
    assert report.changed == ()


def test_other_formatter_version_is_not_trusted(out: Path) -> None:
    doc = json.loads((out / MANIFEST_NAME).read_text())
    doc["formatter"] = "black 0.0"
    (out / MANIFEST_NAME).write_text(json.dumps(doc))
    spy = SpyFormat()
    report = check(RAW, out, spy)
    assert spy.calls == [sorted(RAW)]
    assert report.manifest_outdated and report.changed == ()


def test_missing_directory_is_all_added(tmp_path: Path) -> None:
    report = check(RAW, tmp_path / "nothing", SpyFormat())
    assert report.added == tuple(sorted(RAW))


def test_interrupted_run_is_stale(out: Path) -> None:
    (out / JOURNAL_NAME).write_text("{}")
    report = check(RAW, out, SpyFormat())
    assert report.interrupted and not report.ok
    assert "interrupted" in report.summary()


def test_long_diffs_and_many_files_are_cut(out: Path) -> None:
    raw = {**RAW, "docs/A.md": "".join(f"line {i}\n" for i in range(100))}
    raw |= {f"docs/new{i}.md": "x\n" for i in range(30)}
    report = check_output(
        raw, out, format=SpyFormat(), manifest_extra=EXTRA, formatter=formatter_id(), diff_lines=5
    )
    assert len(report.diffs["docs/A.md"]) == 6
    assert report.diffs["docs/A.md"][-1].startswith("... (")
    assert report.summary(max_files=3).endswith("... and 28 more")
