"""Example strings: by format, by field name, within length limits and patterns.

A ``pattern`` is honoured by sampling the regular expression itself (the
shortest string its parse tree allows); the result is checked with ``re.search``
as JSON Schema does, and a candidate that still fails is reported by
``conforms_string`` returning False, so callers can tell.
"""

from __future__ import annotations

import datetime
import importlib
import re
import uuid
from collections.abc import Callable
from typing import Any

from generator.ir.model import Constraints

# The regex parser is private (``re._parser`` since 3.11); ``sre_parse`` warns on import.
sre_parse: Any = importlib.import_module("re._parser")

_FORMAT_VALUES = {
    "date-time": "2024-01-15T09:30:00Z",
    "date": "2024-01-15",
    "time": "09:30:00",
    "email": "jane.doe@example.com",
    "idn-email": "jane.doe@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "iri": "https://example.com/resource",
    "uri-reference": "https://example.com/resource",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.10",
    "ipv6": "2001:db8::10",
    "byte": "ZXhhbXBsZQ==",
    "password": "correct-horse-battery-staple",
    "duration": "P1D",
    "regex": "^[a-z]+$",
    "json-pointer": "/example",
}

_HINT_VALUES = {
    "name": "Example name",
    "description": "An example description.",
    "title": "Example title",
    "cron_expression": "0 0 12 * * ?",
    "cronexpression": "0 0 12 * * ?",
    "cron_time_zone": "UTC",
    "crontimezone": "UTC",
    "timezone": "UTC",
    "time_zone": "UTC",
    "namespace": "public",
    "prefix": "prefix_",
    "version": "1.0.0",
    "docker_image_tag": "1.0.0",
    "dockerimagetag": "1.0.0",
    "docker_repository": "airbyte/source-example",
    "dockerrepository": "airbyte/source-example",
    "currency": "USD",
    "country": "US",
    "locale": "en-US",
    "language": "en",
    "host": "example.com",
    "hostname": "example.com",
    "path": "/tmp/example",
    "token": "example-token",
    "message": "Example message",
}


def _hint_value(hint: str, uuid_factory: Callable[[], str]) -> str:
    key = hint.lower()
    if key in _HINT_VALUES:
        return _HINT_VALUES[key]
    if "email" in key:
        return _FORMAT_VALUES["email"]
    if key.endswith(("url", "uri")) or "link" in key:
        return _FORMAT_VALUES["uri"]
    if key.endswith("id") or key == "uuid":
        return uuid_factory()
    if key.endswith("name"):
        return "Example " + _words(hint)
    return f"example {_words(hint)}".strip() if hint else "example"


def _words(hint: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", hint)
    return " ".join(spaced.replace("_", " ").replace("-", " ").lower().split())


def synth_string(fmt: str, hint: str, c: Constraints, uuid_factory: Callable[[], str]) -> str:
    if fmt == "uuid":
        value = uuid_factory()
    elif fmt in _FORMAT_VALUES:
        value = _FORMAT_VALUES[fmt]
    else:
        value = _hint_value(hint, uuid_factory)
    if c.pattern and not _search(c.pattern, value):
        value = _fit_pattern(c.pattern, value)
    if c.max_length is not None and len(value) > c.max_length:
        value = value[: c.max_length]
    if c.min_length is not None and len(value) < c.min_length:
        value = value + "x" * (c.min_length - len(value))
    return value


def _fit_pattern(pattern: str, value: str) -> str:
    """``value`` reshaped (kebab, snake, lower, upper) to match, else a sample of the pattern."""
    words = _words(value).split()
    for candidate in ("-".join(words), "_".join(words), "".join(words), "_".join(words).upper()):
        if candidate and _search(pattern, candidate):
            return candidate
    sampled = sample_pattern(pattern)
    return sampled if sampled is not None else value


def _search(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True  # not a Python regex; nothing we can check


def conforms_string(data: str, fmt: str, c: Constraints) -> bool:
    if c.min_length is not None and len(data) < c.min_length:
        return False
    if c.max_length is not None and len(data) > c.max_length:
        return False
    if c.pattern and not _search(c.pattern, data):
        return False
    return _conforms_format(data, fmt)


def _conforms_format(data: str, fmt: str) -> bool:
    try:
        if fmt == "uuid":
            uuid.UUID(data)
        elif fmt == "date":
            datetime.date.fromisoformat(data)
        elif fmt == "date-time":
            if "T" not in data.upper():
                return False
            datetime.datetime.fromisoformat(data.replace("z", "Z"))
        elif fmt == "email":
            return re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", data) is not None
        elif fmt in ("uri", "url"):
            return re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", data) is not None
    except ValueError:
        return False
    return True


def sample_pattern(pattern: str) -> str | None:
    """A short string matching ``pattern`` (lookarounds ignored), or ``None``."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    try:
        out = _sample(list(parsed))
    except _Unsupported:
        return None
    return out if _search(pattern, out) else None


class _Unsupported(Exception):
    pass


_CATEGORY_SAMPLES = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_WORD": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_NOT_SPACE": "a",
}


def _sample(items: list[tuple[Any, Any]]) -> str:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "ANY":
            out.append("a")
        elif name == "NOT_LITERAL":
            out.append("b" if chr(arg) == "a" else "a")
        elif name == "IN":
            out.append(_sample_in(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = arg
            out.append(_sample(list(sub)) * max(low, 0))
        elif name == "SUBPATTERN":
            out.append(_sample(list(arg[-1])))
        elif name == "BRANCH":
            out.append(_sample(list(arg[1][0])))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        elif name == "CATEGORY":
            out.append(_CATEGORY_SAMPLES.get(str(arg), "a"))
        else:
            raise _Unsupported(name)
    return "".join(out)


def _sample_in(arg: list[tuple[Any, Any]]) -> str:
    negate = False
    for op, value in arg:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif negate:
            break
        elif name == "LITERAL":
            return chr(value)
        elif name == "RANGE":
            return chr(value[0])
        elif name == "CATEGORY":
            return _CATEGORY_SAMPLES.get(str(value), "a")
    if negate:
        excluded = {chr(v) for op, v in arg if str(op) == "LITERAL"}
        for candidate in "aA0-_":
            if candidate not in excluded:
                return candidate
    raise _Unsupported("IN")
