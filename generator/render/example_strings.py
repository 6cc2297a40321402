"""Example strings: by format, by field name, within length limits and patterns.

A string must satisfy every keyword of its schema at once (JSON Schema Validation
§6.3: ``maxLength``, ``minLength``, ``pattern``; OpenAPI's ``format``). Candidates
(the format's value, the name's value and its respellings) are tried in order and
the first that satisfies all of them is used; when none does and there is a
``pattern``, a string is drawn from the regular expression within the length bounds
(``generator.regex_sample``), which checks it with ``re.search`` as JSON Schema does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.ir.types import Constraints
from generator.regex_sample import matches, sample
from generator.string_formats import FORMAT_EXAMPLES, conforms_format

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
        return FORMAT_EXAMPLES["email"]
    if key.endswith(("url", "uri")) or "link" in key:
        return FORMAT_EXAMPLES["uri"]
    if key.endswith("id") or key == "uuid":
        return uuid_factory()
    if key.endswith("name"):
        return "Example " + _words(hint)
    return f"example {_words(hint)}".strip() if hint else "example"


def _words(hint: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", hint)
    return " ".join(spaced.replace("_", " ").replace("-", " ").lower().split())


def synth_string(
    fmt: str, hint: str, c: Constraints, uuid_factory: Callable[[], str], variant: int = 0
) -> str:
    """A string for the format and the name that satisfies ``c``; ``variant`` > 0 gives
    another one (distinct array items). When no string satisfies every keyword, the
    closest candidate is returned: parse has already reported the schema
    (``example.pattern``), and callers can check with ``conforms_string``."""
    candidates = _candidates(fmt, hint, uuid_factory, variant)
    for candidate in candidates:
        fitted = _fit_length(candidate, c)
        if conforms_string(fitted, fmt, c):
            return fitted
    if c.pattern:
        drawn = sample(
            c.pattern, min_length=c.min_length or 0, max_length=c.max_length, variant=variant
        ).value
        if drawn is not None and conforms_string(drawn, fmt, c):
            return drawn
    return _fit_length(candidates[0], c)


def _candidates(fmt: str, hint: str, uuid_factory: Callable[[], str], variant: int) -> list[str]:
    if fmt == "uuid":
        return [uuid_factory()]
    if fmt in _VARIED_FORMATS:
        return [_VARIED_FORMATS[fmt](variant)]
    if fmt in FORMAT_EXAMPLES:
        return [FORMAT_EXAMPLES[fmt]]
    base = _hint_value(hint, uuid_factory)
    words = _words(base).split()
    respelled = ["-".join(words), "_".join(words), "".join(words), "_".join(words).upper()]
    out = [base, *(r for r in respelled if r and r != base)]
    if variant:
        suffix = str(variant + 1)
        out = [f"{c}-{suffix}" for c in out] + [c + suffix for c in out]
    return out


def _fit_length(value: str, c: Constraints) -> str:
    if c.max_length is not None and len(value) > c.max_length:
        value = value[: c.max_length]
    if c.min_length is not None and len(value) < c.min_length:
        value = value + "x" * (c.min_length - len(value))
    return value


_VARIED_FORMATS: dict[str, Callable[[int], str]] = {
    "date": lambda i: f"2024-01-{15 + i % 14:02d}",
    "date-time": lambda i: f"2024-01-{15 + i % 14:02d}T09:30:00Z",
    "email": lambda i: f"jane.doe{i + 1 if i else ''}@example.com",
    "ipv4": lambda i: f"192.0.2.{10 + i % 200}",
    "ipv6": lambda i: f"2001:db8::{10 + i % 200:x}",
}


def conforms_string(data: str, fmt: str, c: Constraints) -> bool:
    if c.min_length is not None and len(data) < c.min_length:
        return False
    if c.max_length is not None and len(data) > c.max_length:
        return False
    if c.pattern and not matches(c.pattern, data):
        return False
    return conforms_format(data, fmt)
