"""Example values as a small tree, rendered as JSON or as Python source.

``to_json`` gives what goes over the wire (model pages show it); ``to_python`` gives
the constructor calls an example program passes to the generated client, with the
client's own Python types for formats it types (``uuid.UUID``, ``datetime``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, TypeAlias

from generator.render.pyliteral import float_literal


@dataclass(frozen=True, slots=True)
class Scalar:
    """Any JSON value (``bytes`` for binary bodies)."""

    value: Any
    python_type: str = ""
    """``uuid``/``date``/``date-time``/``decimal`` when the client's field has that Python type."""


@dataclass(frozen=True, slots=True)
class EnumValue:
    enum: str
    member: str
    value: Any


@dataclass(frozen=True, slots=True)
class ListValue:
    items: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class DictValue:
    items: tuple[tuple[str, Value], ...]


@dataclass(frozen=True, slots=True)
class ModelValue:
    model: str
    fields: tuple[tuple[str, str, Value], ...]
    """(python name, wire name, value) in the model's field order."""
    by_wire_name: bool = False
    """Build with ``Model.from_dict({wire: value})``: a wire name equals another field's
    Python name, so keyword arguments would be ambiguous."""


Value: TypeAlias = Scalar | EnumValue | ListValue | DictValue | ModelValue


def to_json(value: Value) -> Any:
    match value:
        case Scalar(v):
            return v.decode("latin-1") if isinstance(v, bytes) else v
        case EnumValue(value=v):
            return v
        case ListValue(items):
            return [to_json(item) for item in items]
        case DictValue(items):
            return {key: to_json(item) for key, item in items}
        case ModelValue(fields=fields):
            return {wire: to_json(item) for _, wire, item in fields}
    raise TypeError(value)  # pragma: no cover


def to_python(value: Value, imports: set[str]) -> str:
    """Python source for ``value``; class names it uses are added to ``imports``."""
    match value:
        case Scalar(v, python_type) if python_type and isinstance(v, str | int | float):
            module, constructor = _PY_CONSTRUCTORS[python_type]
            imports.add("import " + module)
            return f"{module}.{constructor}({str(v)!r})"
        case Scalar(v):
            return _py_literal(v)
        case EnumValue(enum, member):
            imports.add(enum)
            return f"{enum}.{member}"
        case ListValue(items):
            return "[" + ", ".join(to_python(item, imports) for item in items) + "]"
        case DictValue(items):
            inner = ", ".join(f"{key!r}: {to_python(item, imports)}" for key, item in items)
            return "{" + inner + "}"
        case ModelValue(model, fields, by_wire_name):
            imports.add(model)
            if by_wire_name:
                return f"{model}.from_dict({_py_literal(to_json(value))})"
            args = ", ".join(f"{name}={to_python(item, imports)}" for name, _, item in fields)
            return f"{model}({args})"
    raise TypeError(value)  # pragma: no cover


_PY_CONSTRUCTORS = {
    "uuid": ("uuid", "UUID"),
    "date": ("datetime", "date.fromisoformat"),
    "date-time": ("datetime", "datetime.fromisoformat"),
    "decimal": ("decimal", "Decimal"),
}
CLIENT_STRING_FORMATS = frozenset({"uuid", "date", "date-time"})
"""String formats the client types as ``uuid.UUID``/``datetime.date``/``datetime.datetime``
(case-sensitive, as in ``generator.render.typestr``); other formats stay ``str``."""


def python_type(kind: str, fmt: str) -> str:
    if kind == "string" and fmt in CLIENT_STRING_FORMATS:
        return fmt
    if kind in ("string", "number") and fmt == "decimal":
        return "decimal"
    return ""


def _py_literal(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {_py_literal(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_py_literal(x) for x in v) + "]"
    if isinstance(v, float):
        return float_literal(v)
    return repr(v)


def stable_uuid(seed: str) -> str:
    """A version-4-shaped UUID derived from ``seed``."""
    digest = bytearray(hashlib.sha256(seed.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x40
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
