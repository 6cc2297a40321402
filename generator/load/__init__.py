"""Stage 1, load: read a spec and the files it references into a :class:`Document`.

Only this stage and ``write`` touch the disk. Problems that make the file
unreadable raise :class:`~generator.diagnostics.SpecError` (exit code 2);
problems that leave a readable document (a dangling ``$ref``) are returned as
diagnostics so that a linter can report all of them at once.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Severity
from generator.load import text as textmod
from generator.load.document import Document, SourceFile, Target, join_pointer
from generator.load.errors import load_error
from generator.load.limits import DEFAULT_LIMITS, Limits

__all__ = ["DEFAULT_LIMITS", "Document", "Limits", "SourceFile", "Target", "load"]

SUPPORTED = ("3.0", "3.1")


def display_path(path: Path) -> str:
    """Paths are shown relative to the working directory when under it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - other drive on Windows
        return str(path)


def read_file(path: Path, limits: Limits, display: str | None = None) -> SourceFile:
    shown = display or display_path(path)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise load_error(
                "load.too-large",
                f"the file is {size:,} bytes, over the limit of {limits.max_bytes:,}",
                shown,
            )
        if path.is_dir():
            raise load_error("load.unreadable", "is a directory, not a spec file", shown)
        raw = path.read_bytes()
    except OSError as exc:
        raise load_error("load.unreadable", f"cannot read the file: {exc.strerror}", shown) from None
    text = textmod.decode(raw, shown)
    if textmod.looks_like_json(text) and not path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = textmod.parse_json(text, shown, limits)
            return SourceFile(path, shown, text, data)
        except Exception:
            if path.suffix.lower() == ".json":
                raise
    node = textmod.compose_yaml(text, shown)
    if node is None:
        raise load_error("load.empty", "the file holds no YAML document", shown)
    data = textmod.build_yaml(node, shown, limits)
    return SourceFile(path, shown, text, data, node, True)


def load(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> tuple[Document, list[Diagnostic]]:
    """Read a spec and everything its ``$ref``s reach."""
    root_path = Path(os.path.abspath(path))
    root = read_file(root_path, limits, display_path(root_path) if Path(path).is_absolute() else str(path))
    if not isinstance(root.data, dict):
        kind = type(root.data).__name__ if root.data is not None else "null"
        raise load_error(
            "load.not-a-mapping", f"the top level is a {kind}, not a mapping", root.display, 1, 1
        )
    version, upgraded_from = _version(root)
    document = Document(root, {str(root.path): root}, version, upgraded_from)
    diagnostics = _load_references(document, limits)
    if upgraded_from:
        from generator.load.swagger2 import upgrade

        root.data = upgrade(root.data)
    return document, diagnostics


def _version(root: SourceFile) -> tuple[str, str]:
    data = root.data
    if "swagger" in data:
        if str(data["swagger"]) != "2.0":
            loc = root.locate("/swagger")
            raise load_error(
                "load.version",
                f"unsupported swagger version {data['swagger']!r} (only 2.0 is read)",
                root.display, loc.line, loc.col, "/swagger",
            )
        return "3.0", "2.0"
    if "openapi" not in data:
        raise load_error(
            "load.version",
            "not an OpenAPI document: no top-level 'openapi' (or 'swagger') field",
            root.display, 1, 1,
        )
    raw = str(data["openapi"])
    major_minor = ".".join(raw.split(".")[:2])
    if major_minor not in SUPPORTED:
        loc = root.locate("/openapi")
        raise load_error(
            "load.version",
            f"unsupported OpenAPI version {raw!r} (supported: 3.0.x, 3.1.x, Swagger 2.0)",
            root.display, loc.line, loc.col, "/openapi",
        )
    return major_minor, ""


def _iter_refs(data: Any) -> list[tuple[str, str]]:
    """Every ``$ref`` string in a tree as (pointer of the ref object, ref)."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        pointer, value = stack.pop()
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                found.append((pointer, ref))
            for key, child in value.items():
                if isinstance(child, dict | list):
                    stack.append((join_pointer(pointer, key), child))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                if isinstance(child, dict | list):
                    stack.append((join_pointer(pointer, index), child))
    found.sort()
    return found


def _load_references(document: Document, limits: Limits) -> list[Diagnostic]:
    """Load external files breadth-first and check that every ``$ref`` resolves."""
    diagnostics: list[Diagnostic] = []
    root_dir = document.root.path.parent
    queue = [document.root]
    refs: list[tuple[SourceFile, str, str]] = []
    while queue:
        source = queue.pop(0)
        for pointer, ref in _iter_refs(source.data):
            refs.append((source, pointer, ref))
            location = ref.partition("#")[0]
            if not location:
                continue
            problem = _external_problem(location, source, root_dir, limits)
            if problem:
                diagnostics.append(_ref_diag(source, pointer, problem))
                continue
            path, _ = document.split_ref(ref, source)
            if str(path) in document.files:
                continue
            if not path.is_file():
                diagnostics.append(_ref_diag(source, pointer, f"$ref {ref!r}: no file {path.name!r}"))
                document.files[str(path)] = SourceFile(path, display_path(path), "", None)
                continue
            loaded = read_file(path, limits)
            document.files[str(path)] = loaded
            queue.append(loaded)
    for source, pointer, ref in refs:
        path, _ = document.split_ref(ref, source)
        target = document.files.get(str(path))
        if target is None or target.data is None:
            continue  # reported above
        problem = _chain_problem(document, ref, source)
        if problem:
            diagnostics.append(_ref_diag(source, pointer, problem))
    return diagnostics


def _external_problem(location: str, source: SourceFile, root_dir: Path, limits: Limits) -> str:
    if "://" in location or location.startswith("//"):
        if not limits.allow_remote:
            return f"$ref to a URL ({location}) is refused; pass --allow-remote-refs to allow it"
        return f"$ref to a URL ({location}) cannot be fetched"
    target = Path(os.path.normpath(source.path.parent / location))
    if not limits.allow_outside_root and not target.is_relative_to(root_dir):
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
