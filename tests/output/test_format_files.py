"""The format stage: black on Python files, cached by the hash of the unformatted text."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import black
import pytest

import generator.output.format as format_mod
from generator.output.format import FormatCache, FormatError, format_files, formatter_id

UGLY = "x = {  'a':37,'b':42,\n'c':927}\ndef f(a,):\n  return a\n"
PRETTY = 'x = {"a": 37, "b": 42, "c": 927}\n\n\ndef f(\n    a,\n):\n    return a\n'


@pytest.fixture
def black_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = black.format_str

    def counting(src: str, *, mode: black.Mode) -> str:
        calls.append(src)
        return real(src, mode=mode)

    monkeypatch.setattr(black, "format_str", counting)
    return calls


def test_python_formatted_other_files_untouched() -> None:
    files = {"a.py": UGLY, "b.md": "x = {  'a':37}\n", "c.pyi": "def f(a,b): ...\n"}
    out = format_files(files, cache=None, jobs=1)
    assert list(out) == list(files)
    assert out["a.py"] == PRETTY
    assert out["b.md"] == files["b.md"]
    assert out["c.pyi"] == "def f(a, b): ...\n"


def test_line_length_is_honoured() -> None:
    src = "value = call(argument_one, argument_two, argument_three)\n"
    assert format_files({"a.py": src}, cache=None, jobs=1, line_length=30) != {"a.py": src}
    assert format_files({"a.py": src}, cache=None, jobs=1) == {"a.py": src}


def test_cache_hits_skip_black(tmp_path: Path, black_calls: list[str]) -> None:
    cache = FormatCache(tmp_path / "cache")
    files = {f"m{i}.py": UGLY.replace("37", str(i)) for i in range(5)} | {"r.md": "# r\n"}
    first = format_files(files, cache=cache, jobs=1)
    assert len(black_calls) == 5
    second = format_files(dict(reversed(files.items())), cache=cache, jobs=1)
    assert len(black_calls) == 5  # all hits
    assert second == first
    format_files({**files, "new.py": UGLY}, cache=cache, jobs=1)
    assert black_calls[5:] == [UGLY]  # only the new content


def test_no_cache_always_formats(black_calls: list[str]) -> None:
    format_files({"a.py": UGLY}, cache=None, jobs=1)
    format_files({"a.py": UGLY}, cache=None, jobs=1)
    assert len(black_calls) == 2


def test_cache_key_depends_on_options(tmp_path: Path, black_calls: list[str]) -> None:
    cache = FormatCache(tmp_path)
    format_files({"a.py": UGLY}, cache=cache, jobs=1, line_length=100)
    format_files({"a.py": UGLY}, cache=cache, jobs=1, line_length=20)
    assert len(black_calls) == 2


def test_damaged_cache_entry_is_a_miss(tmp_path: Path, black_calls: list[str]) -> None:
    cache = FormatCache(tmp_path)
    format_files({"a.py": UGLY}, cache=cache, jobs=1)
    (entry,) = [p for p in tmp_path.rglob("*") if p.is_file() and len(p.parent.name) == 2]
    entry.write_bytes(entry.read_bytes()[:-3])  # truncated
    assert format_files({"a.py": UGLY}, cache=cache, jobs=1) == {"a.py": PRETTY}
    assert len(black_calls) == 2


def test_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = FormatCache(blocker / "cache")  # cannot be created
    assert format_files({"a.py": UGLY}, cache=cache, jobs=1) == {"a.py": PRETTY}


def test_black_failure_names_file_and_line() -> None:
    files = {"pkg/ok.py": "x = 1\n", "pkg/bad.py": "x = 1\ndef broken(:\n    pass\n"}
    with pytest.raises(FormatError) as info:
        format_files(files, cache=None, jobs=1)
    message = str(info.value)
    assert "pkg/bad.py" in message
    assert "def broken(:" in message
    assert "generator bug" in message
    again = pickle.loads(pickle.dumps(info.value))  # must cross the process pool
    assert str(again) == message


def test_process_pool_matches_in_process(tmp_path: Path) -> None:
    files = {f"m{i}.py": UGLY.replace("37", str(i)) * (1 + i % 3) for i in range(12)}
    files["bad_free.md"] = "text"
    assert format_files(files, cache=None, jobs=2) == format_files(files, cache=None, jobs=1)


def test_process_pool_reports_black_failure() -> None:
    files = {f"m{i}.py": "x = 1\n" for i in range(12)} | {"m5.py": "def (\n"}
    with pytest.raises(FormatError, match=r"m5\.py"):
        format_files(files, cache=None, jobs=2)


def test_prune_bounds_the_cache_and_clear_empties_it(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path, max_bytes=10**9)
    for i in range(20):
        cache.put(f"{i:064x}", "x" * 1000)
        entry = tmp_path / f"{i:064x}"[:2] / f"{i:064x}"[2:]
        os.utime(entry, ns=(i * 10**9, i * 10**9))
    assert cache.prune(max_bytes=5 * 1100) == 15
    kept = sorted(int(p.parent.name + p.name, 16) for p in tmp_path.rglob("*") if p.is_file())
    assert kept == [15, 16, 17, 18, 19]  # the most recently used
    assert cache.get(f"{19:064x}") == "x" * 1000
    assert cache.clear() == 5
    assert cache.get(f"{19:064x}") is None


def test_default_directory_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("APISMITH_CACHE_DIR", str(tmp_path / "c"))
    assert FormatCache().directory == tmp_path / "c"
    monkeypatch.delenv("APISMITH_CACHE_DIR")
    assert FormatCache().directory == Path.home() / ".cache" / "apismith" / "format"


def test_formatter_id_names_black_version_and_options() -> None:
    assert formatter_id(100).startswith("black ")
    assert formatter_id(100) != formatter_id(79)


def _have_ruff() -> bool:
    try:
        format_mod.ruff_executable()
    except format_mod.FormatterUnavailable:
        return False
    return True


needs_ruff = pytest.mark.skipif(not _have_ruff(), reason="no ruff executable")


@needs_ruff
def test_ruff_backend_formats_like_black_here_and_caches(tmp_path: Path) -> None:
    files = {"a.py": UGLY, "b.md": UGLY, "c.pyi": "def f(a,b): ...\n"}
    cache = FormatCache(tmp_path)
    out = format_files(files, cache=cache, formatter="ruff")
    assert out == format_files(files, cache=None, jobs=1)
    assert formatter_id(100, "ruff").startswith("ruff ")
    assert format_files(files, cache=cache, formatter="ruff") == out  # from the cache


@needs_ruff
def test_ruff_backend_failure_names_file_and_line() -> None:
    files = {"pkg/ok.py": "x = 1\n", "pkg/bad.py": "x = 1\ndef broken(:\n    pass\n"}
    with pytest.raises(FormatError) as info:
        format_files(files, cache=None, formatter="ruff")
    assert "pkg/bad.py" in str(info.value)
    assert "def broken(:" in str(info.value)


def test_unknown_formatter_rejected() -> None:
    with pytest.raises(ValueError, match="unknown formatter"):
        format_files({"a.py": "x = 1\n"}, cache=None, formatter="yapf")


CONCURRENT_SCRIPT = """
import sys
from pathlib import Path
from generator.output.format import FormatCache, format_files
files = {f"m{i}.py": f"x{i} = {{  'a':{i}}}\\n" for i in range(40)}
format_files(files, cache=FormatCache(Path(sys.argv[1])), jobs=1)
"""


def test_concurrent_runs_share_the_cache_safely(tmp_path: Path, black_calls: list[str]) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    procs = [
        subprocess.Popen([sys.executable, "-c", CONCURRENT_SCRIPT, str(tmp_path)], cwd=root)
        for _ in range(3)
    ]
    assert [p.wait() for p in procs] == [0, 0, 0]
    files = {f"m{i}.py": f"x{i} = {{  'a':{i}}}\n" for i in range(40)}
    out = format_files(files, cache=FormatCache(tmp_path), jobs=1)
    assert black_calls == []  # every entry readable and intact
    assert out["m7.py"] == 'x7 = {"a": 7}\n'
    assert not [p for p in tmp_path.rglob(".tmp-*")]
