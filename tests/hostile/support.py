"""Running ``apismith`` in-process and looking at what it wrote."""

from __future__ import annotations

import ast
import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from generator.cli import main

EXIT_BUG = 70


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(args: list[str]) -> Run:
    """``apismith ARGS`` in this process, with stdout and stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(args)
    return Run(code, out.getvalue(), err.getvalue())


def python_files(root: Path) -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in sorted(root.rglob("*.py"))}


def parse_all(root: Path) -> dict[Path, ast.Module]:
    """Every generated ``.py`` file parsed (a SyntaxError fails the caller's test)."""
    return {path: ast.parse(text, filename=str(path)) for path, text in python_files(root).items()}


def package_dirs(project: Path) -> list[Path]:
    return sorted(p.parent for p in project.glob("*/__init__.py"))


AUDIT_GUARD = """
import os, sys
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_EVENTS = ("os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty",
           "os.kill", "os.remove", "os.rename", "os.rmdir", "shutil.rmtree",
           "subprocess.Popen", "pty.spawn", "socket.connect", "webbrowser.open", "urllib.Request")

def _guard(event, args):
    if event.startswith(_EVENTS):
        raise SystemExit(f"AUDIT: spec text ran {event} {args!r}")
    if event == "open":
        path, mode, flags = args
        if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        ):
            raise SystemExit(f"AUDIT: spec text opened {path!r} for writing")

sys.addaudithook(_guard)
"""


def import_every_module(project: Path) -> subprocess.CompletedProcess[str]:
    """Import every module of the generated package(s) in a fresh interpreter under an audit
    hook that stops the process if anything runs a command, writes a file or connects."""
    modules = []
    for package in package_dirs(project):
        for path in sorted(package.rglob("*.py")):
            parts = path.relative_to(project).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules.append(".".join(parts))
    script = (
        AUDIT_GUARD
        + f"sys.path.insert(0, {str(project)!r})\n"
        + "import importlib\n"
        + f"for name in {modules!r}:\n"
        + "    module = importlib.import_module(name)\n"
        + "    for export in getattr(module, '__all__', ()):\n"
        + "        getattr(module, export)\n"
        + "print('imported', len("
        + repr(modules)
        + "))\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
        env=env,
    )
