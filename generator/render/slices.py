"""What each generated file is rendered from: a digest of its slice of the IR.

A model module, a model's doc page, an API module and an API class's doc page read
their own IR nodes, the classes those reach through type references (transitively:
an example value descends into nested models, a union's docs into its variants), and
a few things every file may read (the run's settings and apismith's code, the API's
title, servers and security, every class's name and module, every API class's names).
``Slices`` digests exactly that, so two runs give a file the same key only when it
would render to the same text. ``generate`` records the keys and renders again only
the files whose key changed (``output.reuse``); ``check`` never uses them.

Pure: the IR in, hex digests out. Digests are of the IR's ``repr``: frozen dataclasses,
tuples and spec data, no sets, so they do not depend on the hash seed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import fields, is_dataclass
from typing import Any

from generator.ir.model import Alias, Api, Enum, Missing, Model, Origin, Tag
from generator.ir.types import (
    AliasRef,
    Constraints,
    Discriminator,
    EnumRef,
    ModelRef,
    Primitive,
)


def _digest(value: object, root: str = "") -> bytes:
    """A digest of the IR as its ``repr`` spells it: every field of every node (none
    is left out of the dataclasses' repr), spec data as Python literals. ``root``: the
    spec's path as nodes' origins spell it, left out (render reads an origin's pointer,
    never its file), so a spec moved or copied elsewhere keeps its keys."""
    text = repr(value)
    if root:
        text = text.replace(root, "file=<spec>")
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_NO_NAMES: frozenset[type] = frozenset(
    {str, int, float, bool, bytes, type(None), dict, Origin, Missing, Constraints, Primitive}
)
"""Values that never name a class (a ``dict`` is spec data: a default or an example)."""
_FIELDS: dict[type, tuple[str, ...]] = {}


def class_names(node: object) -> set[str]:
    """Every class a node of the IR names: type references, a model's bases, a
    discriminator's mapping (walked generically, so a new kind of node cannot be
    missed)."""
    out: set[str] = set()
    stack: list[Any] = [node]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind in _NO_NAMES:
            continue
        if isinstance(item, ModelRef | EnumRef | AliasRef):
            out.add(item.name)
        elif kind is tuple or kind is list:
            stack.extend(item)
        elif is_dataclass(item):
            if isinstance(item, Discriminator):
                out.update(name for _, name in item.mapping)
            elif isinstance(item, Model):
                out.update(item.bases)
            names = _FIELDS.get(kind)
            if names is None:
                names = _FIELDS[kind] = tuple(f.name for f in fields(item))
            stack.extend(getattr(item, name) for name in names)
    return out


class Slices:
    """The keys of the files rendered from one ``Api`` under one run key (``salt``:
    the run's settings and apismith's code, ``Options.run_key``)."""

    def __init__(self, api: Api, salt: str) -> None:
        classes: tuple[Model | Enum | Alias, ...] = api.classes()
        self._root = f"file={api.source_file!r}"
        self._own = {c.name: _digest(c, self._root) for c in classes}
        self._refs = {c.name: class_names(c) & self._own.keys() for c in classes}
        shared = (
            salt,
            api.title,
            api.version,
            api.package_name,
            api.openapi_version,
            api.description,
            api.servers,
            api.security_schemes,
            api.security,
            api.webhooks,
            [(type(c).__name__, c.name, c.module) for c in classes],
            [(t.name, t.class_name, t.async_class_name, t.module) for t in api.tags],
        )
        self._shared = _digest(shared)
        self._classes_keys: dict[tuple[str, ...], str] = {}
        self._tags: dict[str, tuple[bytes, set[str]]] = {}
        """By the API class's module (one per tag, named by the naming authority)."""

    def closure(self, names: Iterable[str]) -> list[str]:
        """The classes ``names`` reach, themselves included, sorted."""
        seen: set[str] = set()
        stack = [n for n in names if n in self._own]
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(self._refs[name] - seen)
        return sorted(seen)

    def _key(self, own: bytes, reached: Iterable[str]) -> str:
        digest = hashlib.blake2b(self._shared + own, digest_size=16)
        for name in self.closure(reached):
            digest.update(name.encode("utf-8", "surrogatepass") + b"\0" + self._own[name])
        return digest.hexdigest()

    def classes_key(self, names: Iterable[str]) -> str:
        """A file rendered from these classes (a model module, a model's page)."""
        wanted = tuple(sorted(names))
        found = self._classes_keys.get(wanted)
        if found is None:
            found = self._classes_keys[wanted] = self._key(b"classes", wanted)
        return found

    def _tag(self, tag: Tag) -> tuple[bytes, set[str]]:
        found = self._tags.get(tag.module)
        if found is None:
            found = self._tags[tag.module] = (_digest(tag, self._root), class_names(tag.operations))
        return found

    def tag_key(self, tag: Tag) -> str:
        """A file rendered from one API class (its module, its page)."""
        own, reached = self._tag(tag)
        return self._key(own, reached)

    def shared_key(self, path: str) -> str:
        """A file rendered only from what every file may read (the package's
        ``__init__`` modules, its security module, its ``pyproject.toml``)."""
        return self._key(b"shared " + path.encode("utf-8", "surrogatepass"), ())

    def readme_key(self, api: Api) -> str:
        """The README: every operation's row, and the getting-started program of the
        first operation (what it reaches)."""
        first = next((tag.operations[0] for tag in api.tags if tag.operations), None)
        own = b"readme" + b"".join(self._tag(tag)[0] for tag in api.tags)
        return self._key(own, class_names(first))


SHARED_FILES = (
    "{package}/__init__.py",
    "{package}/api/__init__.py",
    "{package}/models/__init__.py",
    "{package}/security.py",
    "pyproject.toml",
)
"""The client's files rendered from the shared part only: class and API class names and
modules, title, version, servers, security schemes, the package name."""


def keyed_paths(api: Api, slices: Slices, *, pages: Mapping[str, str] | None) -> dict[str, str]:
    """Path (relative to the output directory) -> key, for every file rendered from a
    slice: model and API modules, and with ``pages`` (``docs.page_names``) their doc
    pages and the README."""
    pkg = api.package_name
    modules: dict[str, list[str]] = {}
    for item in api.classes():
        modules.setdefault(item.module, []).append(item.name)
    out = {
        f"{pkg}/models/{module}.py": slices.classes_key(names) for module, names in modules.items()
    }
    for path in SHARED_FILES:
        name = path.format(package=pkg)
        out[name] = slices.shared_key(name)
    for tag in api.tags:
        key = slices.tag_key(tag)
        out[f"{pkg}/api/{tag.module}.py"] = key
        if pages is not None:
            out["docs/" + pages["api:" + tag.class_name]] = key
    if pages is not None:
        for item in api.classes():
            out["docs/" + pages[item.name]] = slices.classes_key([item.name])
        out["README.md"] = slices.readme_key(api)
    return out
