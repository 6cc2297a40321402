"""The loaded document: data of every file, a source map, and ``$ref`` resolution."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Location
from generator.load.gc_pause import paused_gc
from generator.load.positions import JsonPositions, RecordedPositions
from generator.load.text import Refs


def escape_token(token: str) -> str:
    if "~" not in token and "/" not in token:  # almost every token: skip the copies
        return token
    return token.replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    if "~" not in token:
        return token
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    for token in tokens:  # a loop, not a generator: this is called a lot, with 1-3 tokens
        text = token if token.__class__ is str else str(token)
        if "~" in text or "/" in text:
            text = text.replace("~", "~0").replace("/", "~1")
        pointer = f"{pointer}/{text}"
    return pointer


def split_pointer(pointer: str) -> list[str]:
    if not pointer or pointer == "/":
        return [] if not pointer else [""]
    return [unescape_token(t) for t in pointer.lstrip("/").split("/")]


def walk_pointer(data: Any, pointer: str) -> Any:
    """Follow a JSON pointer into data; ``KeyError`` when it leads nowhere."""
    current = data
    for token in split_pointer(pointer):
        if isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            raise KeyError(token)
    return current


@dataclass(slots=True)
class SourceFile:
    """One file of a (possibly multi-file) spec.

    ``refs`` lists the file's ``$ref``s as (pointer of the object holding it,
    ref, that object), as read, without those inside literal values (the loader
    drops them: there ``$ref`` is a plain key). Positions are computed on the
    first :meth:`locate`.
    """

    path: Path
    display: str
    text: str
    data: Any
    is_json: bool = False
    refs: Refs = field(default_factory=list)
    # YAML: positions recorded while reading (they hold on to the tree as read,
    # so rewriting ``data`` does not lose them). JSON: a lazy scanner.
    positions: RecordedPositions | JsonPositions | None = None
    # Set when ``data`` was rewritten (a Swagger 2.0 upgrade): maps a pointer
    # into ``data`` to the pointer of the text it came from.
    source_pointer: Callable[[str], str] | None = None
    # sha256 of the bytes read ("" for a referenced file that does not exist).
    digest: str = ""
    # Set by the loader, one per entry of ``refs``: the kind of object the
    # position of that ref requires (see :mod:`generator.load.object_kinds`).
    ref_kinds: list[str] = field(default_factory=list)

    def locate(self, pointer: str) -> Location:
        """``file:line:col`` of a pointer (the key's position for mapping members)."""
        mapped = self.source_pointer(pointer) if self.source_pointer else pointer
        return self.locate_as_read(pointer, mapped)

    def locate_as_read(self, pointer: str, mapped: str | None = None) -> Location:
        """``locate`` for a pointer into the text as read (a Swagger 2.0 file's own
        pointers), which an upgrade's pointer mapping must not touch."""
        mapped = pointer if mapped is None else mapped
        if self.positions is None and self.is_json and self.text:
            self.positions = JsonPositions(self.text)
        if self.positions is None:
            return Location(self.display, pointer)
        with paused_gc():
            if isinstance(self.positions, RecordedPositions):
                line, col = self.positions.locate_pointer(mapped)
            else:
                line, col = self.positions.locate(split_pointer(mapped))
        return Location(self.display, pointer, line, col)


@dataclass(frozen=True, slots=True)
class Target:
    """Where a ``$ref`` leads: the file, the pointer inside it and the value."""

    file: SourceFile
    pointer: str
    value: Any

    @property
    def key(self) -> tuple[str, str]:
        return (str(self.file.path), self.pointer)


@dataclass(slots=True)
class Document:
    """A spec and every file it references, read and checked."""

    root: SourceFile
    files: dict[str, SourceFile] = field(default_factory=dict)
    version: str = ""
    upgraded_from: str = ""
    _resolved: dict[tuple[str, str], tuple[Target, object]] = field(
        default_factory=dict, repr=False
    )
    """``resolve``'s answers, each with the file data it was read from (an upgrade while
    loading replaces a file's data; nothing changes it in place): a spec names the same
    component thousands of times."""

    @property
    def data(self) -> Any:
        return self.root.data

    def locate(self, pointer: str, file: SourceFile | None = None) -> Location:
        return (file or self.root).locate(pointer)

    def file_for(self, path: Path) -> SourceFile | None:
        return self.files.get(str(path))

    def split_ref(self, ref: str, base: SourceFile) -> tuple[Path, str]:
        """The file path and pointer a ``$ref`` string names, relative to ``base``."""
        location, _, fragment = ref.partition("#")
        pointer = unquote(fragment)
        if not location:
            return base.path, pointer
        target = Path(posixpath.normpath((base.path.parent / unquote(location)).as_posix()))
        return target, pointer

    def resolve(self, ref: str, base: SourceFile) -> Target:
        """Resolve one ``$ref`` (not following chains). ``KeyError`` if it leads nowhere."""
        key = (ref, str(base.path))
        found = self._resolved.get(key)
        if found is not None and found[0].file.data is found[1]:
            return found[0]
        path, pointer = self.split_ref(ref, base)
        source = self.files.get(str(path))
        if source is None or (pointer and not pointer.startswith("/")):
            raise KeyError(ref)  # "#name" fragments are not JSON pointers
        target = Target(source, pointer, walk_pointer(source.data, pointer))
        self._resolved[key] = (target, source.data)
        return target

    def deref(self, value: Any, base: SourceFile, pointer: str) -> Target:
        """Follow ``$ref`` chains from a value to the first value that is not a ref.

        Cycles and dangling refs were refused at load time, so this terminates.
        """
        target = Target(base, pointer, value)
        if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
            return target  # most values: no chain to follow
        seen: set[tuple[int, str]] = set()  # (file, pointer): the files outlive the loop
        while isinstance(target.value, dict) and isinstance(target.value.get("$ref"), str):
            at = (id(target.file), target.pointer)
            if at in seen:
                raise KeyError(target.value["$ref"])
            seen.add(at)
            target = self.resolve(target.value["$ref"], target.file)
        return target
