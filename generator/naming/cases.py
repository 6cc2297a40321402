"""Spellings: any name from a spec to Python's conventions (snake, Pascal, upper snake)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CHUNK = re.compile(r"[A-Za-z0-9]+")
# Word boundaries inside a chunk (as inflection's ``underscore`` draws them): before an
# upper-case letter that starts a capitalised word after an upper-case run
# (``HTTPServer``), except the plural ``s`` of an acronym (``userIDs``); and between a
# lower-case letter or digit and an upper-case letter. Digits never start a word, so
# they stay with the word before them: ``assistV1Process`` -> assist, v1, process.
_UPPER_RUN = re.compile(r"([A-Z]+)([A-Z](?!s(?![a-z]))[a-z])")
_LOWER_UPPER = re.compile(r"([a-z0-9])([A-Z])")


def ascii_fold(text: str) -> str:
    """Strip accents and drop anything that is not ASCII."""
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any spelling (camel, snake, kebab, spaces, dots) into lowercase words."""
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for chunk in _CHUNK.findall(ascii_fold(text)):
        spaced = _LOWER_UPPER.sub(r"\1 \2", _UPPER_RUN.sub(r"\1 \2", chunk))
        out.extend(word.lower() for word in spaced.split())
    return tuple(out)


def snake_case(text: str) -> str:
    return "_".join(_words(text))


def pascal_case(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in _words(text))


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


def tag_key(tag: str) -> str:
    """What tags that name one API class share: ``jobs``, ``Jobs``, ``JOBS`` and
    ``public-jobs``/``public_jobs`` differ only in case or separators."""
    return snake_case(tag)
