"""One schema's own keywords compared (type, nullable, enum, constraints), and where a
change is reported; :mod:`generator.diff.schemas` walks the schemas."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

import orjson

from generator.diff.collect import Collector
from generator.load.document import Target, join_pointer, split_pointer

Direction: TypeAlias = Literal["request", "response"]

LOWER = ("minimum", "minLength", "minItems", "minProperties", "exclusiveMinimum")
UPPER = ("maximum", "maxLength", "maxItems", "maxProperties", "exclusiveMaximum")
JSON_TYPES = ("object", "array", "string", "integer", "number", "boolean")


@dataclass(slots=True)
class View:
    """One schema with its ``allOf`` parts merged."""

    target: Target
    types: frozenset[str] | None = None
    """None: any type."""
    nullable: bool = False
    format: str = ""
    enum: list[Any] | None = None
    props: dict[str, Target] = field(default_factory=dict)
    hidden: set[str] = field(default_factory=set)
    required: set[str] = field(default_factory=set)
    items: Target | None = None
    additional: Target | bool | None = None
    variants: list[Target] = field(default_factory=list)
    discriminator: dict[str, Any] | None = None
    constraints: dict[str, Any] = field(default_factory=dict)


def literal(value: Any) -> str:
    """Canonical JSON of a literal value (sorted keys)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value, sort_keys=True, default=str)


@dataclass(slots=True)
class Where:
    """Emits changes of one schema pair: ids and pointers by direction and side."""

    out: Collector
    old: Target
    new: Target
    direction: Direction
    found: list[int]

    def add(self, check: str, message: str, pointer: str = "") -> None:
        at = pointer if pointer.startswith("/") else self._inside(self.new, pointer)
        self.found.append(
            self.out.add(
                f"{self.direction}-{check}", "", _named(at, message), self.new.file.display, at
            )
        )

    def removed(self, check: str, message: str, pointer: str) -> None:
        at = pointer if pointer.startswith("/") else self._inside(self.old, pointer)
        self.found.append(
            self.out.add(
                f"{self.direction}-{check}",
                "",
                _named(at, message),
                self.old.file.display,
                at,
                "old",
            )
        )

    @staticmethod
    def _inside(target: Target, keyword: str) -> str:
        value = target.value
        if keyword and isinstance(value, dict) and keyword in value:
            return join_pointer(target.pointer, keyword)
        return target.pointer


def _named(pointer: str, message: str) -> str:
    """The message, said of the component schema the pointer is in (an inline schema is
    the operation's own, which the change's subject names)."""
    tokens = split_pointer(pointer)
    if len(tokens) > 2 and tokens[:2] == ["components", "schemas"]:
        return f"schema {tokens[2]}: {message}"
    return message


def _covers(wide: frozenset[str] | None, narrow: frozenset[str] | None) -> bool:
    """Every value of type ``narrow`` is also of type ``wide`` (integer ⊂ number)."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _type_text(types: frozenset[str] | None) -> str:
    return "any" if types is None else " | ".join(sorted(types)) or "any"


def check_types(where: Where, old: View, new: View) -> None:
    if old.types != new.types:
        said = f"type {_type_text(old.types)} became {_type_text(new.types)}"
        if where.direction == "request" and _covers(new.types, old.types):
            where.add("type-widened", said, "type")
        elif where.direction == "response" and _covers(old.types, new.types):
            where.add("type-narrowed", said, "type")
        else:
            where.add("type-changed", said, "type")
    if old.nullable != new.nullable:
        where.add(
            "nullable-added" if new.nullable else "nullable-removed",
            "the value may now be null" if new.nullable else "the value may no longer be null",
            "nullable" if "nullable" in (new.target.value or {}) else "type",
        )


def check_enum(where: Where, old: list[Any] | None, new: list[Any] | None) -> None:
    if old is None and new is None:
        return
    if old is None:
        where.add("constraint-tightened", "the value is now limited to an enum", "enum")
        return
    if new is None:
        where.add("constraint-loosened", "the value is no longer limited to an enum", "enum")
        return
    before = {json.dumps(v, sort_keys=True): v for v in old}
    after = {json.dumps(v, sort_keys=True): v for v in new}
    gone = [before[k] for k in before if k not in after]
    added = [after[k] for k in after if k not in before]
    if gone:
        where.add("enum-value-removed", f"enum values removed: {_values(gone)}", "enum")
    if added:
        where.add("enum-value-added", f"enum values added: {_values(added)}", "enum")


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(v) for v in values[:10]) + (" …" if len(values) > 10 else "")


def check_constraints(where: Where, old: dict[str, Any], new: dict[str, Any]) -> None:
    for keyword in sorted(set(old) | set(new)):
        before, after = old.get(keyword), new.get(keyword)
        if before == after:
            continue
        tighter = _tighter(keyword, before, after)
        if tighter is None:
            continue
        check = "constraint-tightened" if tighter else "constraint-loosened"
        where.add(check, f"{keyword} {_shown(before)} became {_shown(after)}", keyword)


def _shown(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value)


def _tighter(keyword: str, before: Any, after: Any) -> bool | None:
    """True: fewer values are valid; False: more; None: no constraint change."""
    if isinstance(before, bool) or isinstance(after, bool):  # 3.0 exclusive*, uniqueItems
        return bool(after) and not before if bool(after) != bool(before) else None
    if after is None:
        return False
    if before is None:
        return True
    if keyword in LOWER and isinstance(before, int | float) and isinstance(after, int | float):
        return after > before
    if keyword in UPPER and isinstance(before, int | float) and isinstance(after, int | float):
        return after < before
    return True  # pattern, multipleOf: another rule; assume it admits fewer values
