"""Stage 1, load: read a spec and the files it references into a :class:`Document`.

Only this stage and ``write`` touch the disk. Problems that make the file
unreadable raise :class:`~generator.diagnostics.SpecError` (exit code 2);
problems that leave a readable document (a dangling ``$ref``) are returned as
diagnostics so that a linter can report all of them at once.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import deque
from pathlib import Path

from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.load import text as textmod
from generator.load.document import Document, SourceFile, Target, join_pointer
from generator.load.errors import load_error
from generator.load.gc_pause import paused_gc
from generator.load.ref_roles import RefRoles
from generator.load.upgrade import upgrade_files
from generator.load.yaml_reader import read_yaml
from generator.settings.limits import DEFAULT_LIMITS, Limits

__all__ = ["DEFAULT_LIMITS", "Document", "Limits", "SourceFile", "Target", "load"]

SUPPORTED = ("3.0", "3.1")


def display_path(path: Path) -> str:
    """Paths are shown relative to the working directory when under it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - other drive on Windows
        return str(path)


def read_file(path: Path, limits: Limits, display: str | None = None) -> SourceFile:
    """Read, decode and parse one file; ``SpecError`` if it cannot be read as data."""
    shown = display or display_path(path)
    try:
        if path.is_dir():
            raise load_error("load.unreadable", "is a directory, not a spec file", shown)
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise load_error(
                "load.too-large",
                f"the file is {size:,} bytes, over the limit of {limits.max_bytes:,}",
                shown,
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise load_error(
            "load.unreadable", f"cannot read the file: {exc.strerror}", shown
        ) from None
    if len(raw) > limits.max_bytes:  # it grew while we looked
        raise load_error("load.too-large", f"the file is over {limits.max_bytes:,} bytes", shown)
    text = textmod.decode(raw, shown)
    digest = hashlib.sha256(raw).hexdigest()
    del raw
    suffix = path.suffix.lower()
    if suffix == ".json" or (suffix not in (".yaml", ".yml") and textmod.looks_like_json(text)):
        try:
            data, refs = textmod.parse_json(text, shown, limits)
            return SourceFile(path, shown, text, data, True, refs, digest=digest)
        except SpecError as exc:
            # Not JSON after all? YAML is a superset; a .json file must be JSON.
            if suffix == ".json" or exc.diagnostic.code != "load.json":
                raise
    data, refs, positions = read_yaml(text, shown, limits)
    return SourceFile(path, shown, text, data, False, refs, positions, digest=digest)


def load(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> tuple[Document, list[Diagnostic]]:
    """Read a spec and everything its ``$ref``s reach."""
    with paused_gc():
        return _load(path, limits)


def _load(path: str | Path, limits: Limits) -> tuple[Document, list[Diagnostic]]:
    root_path = Path(os.path.abspath(path))
    root = read_file(
        root_path, limits, display_path(root_path) if Path(path).is_absolute() else str(path)
    )
    if not isinstance(root.data, dict):
        kind = type(root.data).__name__ if root.data is not None else "null"
        raise load_error(
            "load.not-a-mapping", f"the top level is a {kind}, not a mapping", root.display, 1, 1
        )
    version, upgraded_from = _version(root)
    document = Document(root, {str(root.path): root}, version, upgraded_from)
    diagnostics = _load_references(document, limits)
    if upgraded_from:
        upgrade_files(document)
    return document, diagnostics


def _version(root: SourceFile) -> tuple[str, str]:
    data = root.data
    if "swagger" in data:
        if str(data["swagger"]) != "2.0":
            loc = root.locate("/swagger")
            raise load_error(
                "load.version",
                f"unsupported swagger version {data['swagger']!r} (only 2.0 is read)",
                root.display,
                loc.line,
                loc.col,
                "/swagger",
            )
        return "3.0", "2.0"
    if "openapi" not in data:
        raise load_error(
            "load.version",
            "not an OpenAPI document: no top-level 'openapi' (or 'swagger') field",
            root.display,
            1,
            1,
        )
    raw = str(data["openapi"])
    major_minor = ".".join(raw.split(".")[:2])
    if major_minor not in SUPPORTED:
        loc = root.locate("/openapi")
        raise load_error(
            "load.version",
            f"unsupported OpenAPI version {raw!r} (supported: 3.0.x, 3.1.x, Swagger 2.0)",
            root.display,
            loc.line,
            loc.col,
            "/openapi",
        )
    return major_minor, ""


def _load_references(document: Document, limits: Limits) -> list[Diagnostic]:
    """Load external files breadth-first, then check that every ``$ref`` resolves."""
    diagnostics: list[Diagnostic] = []
    root_dir = document.root.path.parent
    queue = deque([document.root])
    pending: list[tuple[SourceFile, str, str]] = []
    roles = RefRoles(swagger2=bool(document.upgraded_from))
    while queue:
        source = queue.popleft()
        roles.classify(source)
        for (pointer, ref, _), kind in zip(source.refs, source.ref_kinds, strict=True):
            location = ref.partition("#")[0]
            if location:
                path, fragment = document.split_ref(ref, source)
                roles.note_target(str(path), fragment, kind)
                problem = _external_problem(location, path, root_dir, limits)
                if problem:
                    diagnostics.append(_ref_diag(source, pointer, problem))
                    continue
                known = document.files.get(str(path))
                if known is None:
                    if not path.is_file():
                        message = f"$ref {ref!r}: no file {display_path(path)!r}"
                        diagnostics.append(_ref_diag(source, pointer, message))
                        document.files[str(path)] = SourceFile(path, display_path(path), "", None)
                        continue
                    known = document.files[str(path)] = read_file(path, limits)
                    queue.append(known)
                elif known.data is None:
                    message = f"$ref {ref!r}: no file {known.display!r}"
                    diagnostics.append(_ref_diag(source, pointer, message))
                    continue
            pending.append((source, pointer, ref))
    checked: dict[tuple[str, str], str] = {}
    for source, pointer, ref in pending:
        key = (str(source.path), ref)
        if key not in checked:
            checked[key] = _chain_problem(document, ref, source)
        problem = checked[key]
        if problem:
            diagnostics.append(_ref_diag(source, pointer, problem))
    return diagnostics


_URL = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|//)")


def _external_problem(location: str, path: Path, root_dir: Path, limits: Limits) -> str:
    """Why an external ref may not be followed, or ''.

    ``path`` is where the ref leads once percent-decoded; the root check follows
    symlinks, so neither ``%2e%2e/`` nor a link can step outside unnoticed.
    """
    if _URL.match(location):
        if not limits.allow_remote:
            return f"$ref to a URL ({location}) is refused; pass --allow-remote-refs to allow it"
        return f"$ref to a URL ({location}) cannot be fetched"
    inside = Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root_dir))
    if not limits.allow_outside_root and not inside:
        return (
            f"$ref {location!r} leads outside the spec's directory; "
            "pass --allow-outside-refs to allow it"
        )
    return ""


def _chain_problem(document: Document, ref: str, source: SourceFile) -> str:
    """Follow one ref chain; say why it does not end in a value, or ''."""
    seen: set[tuple[str, str]] = set()
    current, base = ref, source
    while True:
        try:
            target = document.resolve(current, base)
        except KeyError:
            return f"$ref {current!r} does not resolve"
        if target.key in seen:
            return f"$ref {ref!r} is a cycle of references that never reaches a value"
        seen.add(target.key)
        value = target.value
        if isinstance(value, dict) and isinstance(value.get("$ref"), str) and len(value) == 1:
            current, base = value["$ref"], target.file
            continue
        return ""


def _ref_diag(source: SourceFile, pointer: str, message: str) -> Diagnostic:
    from generator.diagnostics import Diagnostic as D

    ref_pointer = join_pointer(pointer, "$ref")
    return D("load.ref", Severity.ERROR, message, source.locate(ref_pointer))
