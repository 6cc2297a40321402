"""The naming authority: every Python name in the output is decided here, once.

A :class:`Namespace` hands out names that are valid identifiers, avoid reserved
words, and never collide with names already given in it (case-insensitively
where the name becomes a file). Callers claim names in a sorted, deterministic
order, so the same spec always yields the same names; every rename is
recorded so the CLI can report it.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from dataclasses import dataclass, field

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")

PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | {"self", "cls"}
BUILTIN_NAMES = frozenset(dir(builtins))


def ascii_fold(text: str) -> str:
    """Strip accents and drop anything that is not ASCII."""
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any spelling (camel, snake, kebab, spaces, dots) into lowercase words."""
    return [w.lower() for w in _WORD.findall(ascii_fold(text))]


def snake_case(text: str) -> str:
    return "_".join(words(text))


def pascal_case(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def upper_snake(text: str) -> str:
    return snake_case(text).upper()


def make_identifier(candidate: str, *, fallback: str, prefix: str) -> str:
    """A valid identifier from an already-cased candidate."""
    name = re.sub(r"\W", "_", candidate) or fallback
    if name[0].isdigit():
        name = f"{prefix}{name}"
    if not name.isidentifier():  # pragma: no cover - \W removed everything else
        name = fallback
    return name


@dataclass
class Rename:
    kind: str
    original: str
    final: str
    reason: str
    pointer: str = ""


@dataclass
class Namespace:
    """One scope of names (a package's modules, a class's attributes, ...).

    ``reserved`` names can never be handed out; ``fold`` makes collisions
    case-insensitive (for module and file names).
    """

    kind: str
    reserved: frozenset[str] = frozenset()
    fold: bool = False
    taken: dict[str, str] = field(default_factory=dict)
    renames: list[Rename] = field(default_factory=list)

    def _key(self, name: str) -> str:
        return name.lower() if self.fold else name

    def is_free(self, name: str) -> bool:
        return self._key(name) not in self.taken and self._key(name) not in self._reserved_keys()

    def claim(self, original: str, desired: str, *, pointer: str = "", style: str = "snake") -> str:
        """Give out ``desired`` or, if taken or reserved, the first free variant.

        ``style="snake"``: ``class`` -> ``class_``, collisions ``name_2``;
        ``style="class"``: ``Field`` -> ``FieldModel``, collisions ``Name2``.
        """
        reason = ""
        name = desired
        if self._key(name) in self._reserved_keys():
            name = f"{name}Model" if style == "class" else f"{name}_"
            reason = f"{desired!r} is reserved"
        if not self.is_free(name):
            base, index = name, 2
            sep = "" if style == "class" else "_"
            while not self.is_free(f"{base}{sep}{index}"):
                index += 1
            clash = self.taken.get(self._key(base), base)
            name = f"{base}{sep}{index}"
            reason = reason or f"{desired!r} collides with {clash!r}"
        self.taken[self._key(name)] = original
        if reason:
            self.renames.append(Rename(self.kind, original, name, reason, pointer))
        return name

    def _reserved_keys(self) -> frozenset[str]:
        # Computed once: claim() asks for it several times per name.
        cached: frozenset[str] | None = self.__dict__.get("_reserved_cache")
        if cached is None:
            cached = frozenset(self._key(r) for r in self.reserved)
            self.__dict__["_reserved_cache"] = cached
        return cached


def class_name(text: str, *, fallback: str = "Model") -> str:
    return make_identifier(pascal_case(text), fallback=fallback, prefix="N")


def attribute_name(text: str, *, fallback: str = "field") -> str:
    """snake_case identifier; keywords get a trailing underscore via the namespace."""
    name = make_identifier(snake_case(text), fallback=fallback, prefix="n")
    return name


def member_name(value: object, *, fallback: str = "VALUE") -> str:
    """An enum member name for a value (``"full_refresh"`` -> ``FULL_REFRESH``)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        text = str(value).replace("-", "minus_").replace(".", "_")
        return make_identifier(upper_snake(text) or text, fallback=fallback, prefix="V")
    if value is None:
        return "NONE"
    text = str(value)
    name = upper_snake(text)
    if not name:
        name = _symbol_name(text) or fallback
    return make_identifier(name, fallback=fallback, prefix="V")


_SYMBOLS = {
    "*": "ASTERISK",
    "+": "PLUS",
    "-": "MINUS",
    "/": "SLASH",
    ".": "DOT",
    "=": "EQUALS",
    "<": "LESS_THAN",
    ">": "GREATER_THAN",
    "!": "EXCLAMATION",
    "@": "AT",
    "#": "HASH",
    "$": "DOLLAR",
    "%": "PERCENT",
    "&": "AMPERSAND",
    "?": "QUESTION",
    "_": "UNDERSCORE",
    " ": "SPACE",
}


def _symbol_name(text: str) -> str:
    if not text:
        return "EMPTY"
    parts = [_SYMBOLS.get(ch, "") for ch in text]
    return "_".join(p for p in parts if p)
