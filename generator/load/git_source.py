"""Specs at a git revision (``git:REV:path``), for ``apismith diff``.

The spec's directory at that revision is copied out of the repository the command
runs in (``git archive``, the YAML and JSON files only, so relative ``$ref``s to
sibling files resolve as they did then) into a temporary directory, loaded there,
and shown as ``REV:path``.
"""

from __future__ import annotations

import io
import posixpath
import subprocess
import tarfile
import tempfile
from pathlib import Path

from generator.diagnostics import Diagnostic, SpecError
from generator.load import Document, load
from generator.load.errors import load_error
from generator.settings.limits import DEFAULT_LIMITS, Limits

PREFIX = "git:"
_SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def is_git_spec(spec: str) -> bool:
    return spec.startswith(PREFIX)


def _git(args: list[str], cwd: Path, label: str, reason: str = "") -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise load_error("load.git", f"cannot run git: {exc.strerror}", label) from None
    if done.returncode != 0:
        said = done.stderr.decode(errors="replace").strip().splitlines()
        reason = reason or (said[-1] if said else f"git {args[0]} failed")
        raise load_error("load.git", reason, label)
    return done.stdout


def load_revision(
    spec: str, limits: Limits = DEFAULT_LIMITS, cwd: Path | None = None
) -> tuple[Document, list[Diagnostic]]:
    """Load ``git:REV:path`` (path relative to ``cwd``, as ``git show REV:./path``)."""
    label = spec
    rev, sep, path = spec[len(PREFIX) :].partition(":")
    if not sep or not rev or not path:
        raise load_error(
            "load.git", "expected git:REV:path (for example git:HEAD~1:api.yaml)", label
        )
    where = cwd or Path.cwd()
    prefix = _git(["rev-parse", "--show-prefix"], where, label).decode().strip()
    top = Path(_git(["rev-parse", "--show-toplevel"], where, label).decode().strip())
    full = posixpath.normpath(posixpath.join(prefix, path))
    if full.startswith("../"):
        raise load_error("load.git", "the path leads outside the repository", label)
    _git(
        ["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
        top,
        label,
        f"no revision {rev!r}",
    )
    _git(["cat-file", "-e", f"{rev}:{full}"], top, label, f"no file {full!r} at {rev}")
    folder = posixpath.dirname(full) or "."
    listed = _git(["ls-tree", "-r", "-z", "--name-only", rev, "--", folder], top, label)
    names = [n for n in listed.decode().split("\0") if n.lower().endswith(_SPEC_SUFFIXES)]
    archive = _git(["archive", "--format=tar", rev, "--", *names], top, label)
    with tempfile.TemporaryDirectory(prefix="apismith-git-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        try:
            document, diagnostics = load(Path(tmp) / full, limits)
        except SpecError as exc:
            loc = exc.diagnostic.location
            shown = _shown(rev, Path(tmp), loc.file, prefix)
            raise load_error(
                exc.diagnostic.code, exc.diagnostic.message, shown, loc.line, loc.col, loc.pointer
            ) from None
        for source in document.files.values():
            source.display = _shown(rev, Path(tmp), str(source.path), prefix)
            if source.positions is None and source.is_json:
                source.locate("")  # the JSON scanner needs only the text, read now
    return document, diagnostics


def _shown(rev: str, tmp: Path, path: str, prefix: str) -> str:
    try:
        relative = Path(path).resolve().relative_to(tmp.resolve()).as_posix()
    except ValueError:
        return path
    return f"{rev}:{posixpath.relpath(relative, prefix or '.')}"
