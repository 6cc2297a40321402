"""Escaping spec text for Python source: string literals and docstrings.

Nothing from the spec ever reaches generated code except through these
functions, so no description, name or example can change what the code does.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from generator.render.environment import register_filter

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069]")
"""Control, line-separator and bidi-override characters (Trojan Source) never reach code."""
_SURROGATE = re.compile("[\ud800-\udfff]")
_QUOTE_RUN = re.compile(r'"(?=")')


@functools.lru_cache(maxsize=16384)
def clean_text(text: str) -> str:
    """Normalise newlines, drop control characters and trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)  # a lone surrogate cannot be written as UTF-8
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


_NEEDS_ESCAPE = re.compile(
    '[\\\\"\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069]'
)
"""Every character ``py_str`` escapes; text without any is quoted as it is."""


@register_filter("py_str")
def py_str(value: str) -> str:
    """A double-quoted Python string literal for any text."""
    if not _NEEDS_ESCAPE.search(value):
        return f'"{value}"'
    out = ['"']
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif (
            ord(ch) < 0x20
            or 0x7F <= ord(ch) < 0xA0
            or 0xD800 <= ord(ch) <= 0xDFFF
            or ch in "\u2028\u2029\ufeff"
            or "\u202a" <= ch <= "\u202e"
            or "\u2066" <= ch <= "\u2069"
        ):
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (raises ValueError for non-JSON data)."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("non-finite number")
        return float_literal(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_str(str(k))}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise ValueError(f"not a JSON value: {type(value).__name__}")


def float_literal(value: float) -> str:
    """``repr`` in black's spelling of numbers: no ``+`` in an exponent (``1e20``)."""
    return repr(value).replace("e+", "e")


_C1_CONTROL = re.compile("[\x80-\x9f]")
"""C1 controls: invisible, and NEL (U+0085) ends a line for ``str.splitlines``, which
black's docstring handling uses; kept out of docstrings."""


def docstring_body(text: str) -> str:
    """Text safe to place between triple double quotes."""
    text = clean_text(_C1_CONTROL.sub("", text)).replace("\\", "\\\\")
    # Escape every quote that another quote follows: no run of bare quotes can then
    # close the docstring; a final quote is escaped so it cannot touch the closing one.
    text = _QUOTE_RUN.sub('\\"', text)
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    return text


@register_filter("docstring")
@functools.lru_cache(maxsize=8192)  # an operation's four methods share their docstrings
def docstring(text: str, indent: int = 4) -> str:
    """A complete docstring statement (with quotes), indented for its block."""
    body = docstring_body(text) or "No description."
    if body.startswith('"'):
        body = " " + body  # black pads a docstring that starts or ends with a quote
    pad = " " * indent
    lines = body.split("\n")
    if len(lines) == 1:
        return f'"""{lines[0]} """' if body.endswith('"') else f'"""{lines[0]}"""'
    # PEP 257 docstring indentation, as black applies it: leading tabs expanded, the
    # common indentation of the lines after the first removed.
    rest = [_expand_leading_tabs(line) for line in lines[1:]]
    common = min((len(line) - len(line.lstrip()) for line in rest if line.strip()), default=0)
    joined = "\n".join((pad + line[common:]) if line.strip() else "" for line in rest)
    return f'"""{lines[0]}\n{joined}\n{pad}"""'


def _expand_leading_tabs(line: str) -> str:
    stripped = line.lstrip()
    if not stripped or stripped == line:
        return line
    return line[: len(line) - len(stripped)].expandtabs() + stripped
