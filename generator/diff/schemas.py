"""Wire-level comparison of two schemas, in one direction of data.

Both sides are resolved through their document's ``$ref``s, so a renamed target of
the same shape, or a schema moved inline, compares equal. ``allOf`` parts are merged
into one view (OpenAPI 3.1 §4.8.24: every part applies). A property is part of a
request only when it is not ``readOnly`` and of a response only when it is not
``writeOnly`` (§4.8.24.4 Fixed Fields, JSON Schema Validation §9.4).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

import orjson

from generator.diff.collect import Collector
from generator.load.document import Document, Target, join_pointer, split_pointer

Direction: TypeAlias = Literal["request", "response"]

_NOT_SHAPE = frozenset({"description", "title", "example", "examples", "externalDocs", "$comment"})
_NAME_MAPS = frozenset({"properties", "patternProperties", "mapping", "$defs", "definitions"})
_WALKED_KEYWORDS = (
    "type", "nullable", "format", "enum", "properties", "required", "items",
    "additionalProperties", "oneOf", "anyOf", "allOf", "discriminator", "pattern",
    "multipleOf", "uniqueItems", "readOnly", "writeOnly", "deprecated", "$ref",
)  # fmt: skip
_LOWER = ("minimum", "minLength", "minItems", "minProperties", "exclusiveMinimum")
_UPPER = ("maximum", "maxLength", "maxItems", "maxProperties", "exclusiveMaximum")
_WALKED = frozenset((*_WALKED_KEYWORDS, *_LOWER, *_UPPER))
_JSON_TYPES = ("object", "array", "string", "integer", "number", "boolean")


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


class SchemaComparer:
    def __init__(self, old: Document, new: Document, out: Collector) -> None:
        self.docs = (old, new)
        self.out = out
        self.memo: dict[tuple[tuple[str, str], tuple[str, str], str], list[int]] = {}
        self.shapes: dict[tuple[int, int, str], str] = {}

    def resolve(self, side: int, target: Target) -> Target:
        return self.docs[side].deref(target.value, target.file, target.pointer)

    def compare(self, old: Target, new: Target, direction: Direction) -> list[int]:
        """Indices of the changes between two schemas (and everything under them)."""
        old, new = self.resolve(0, old), self.resolve(1, new)
        key = (old.key, new.key, direction)
        known = self.memo.get(key)
        if known is not None:
            return known
        self.memo[key] = []  # a recursive schema reaches itself: nothing more to add
        if self.shape(0, old) == self.shape(1, new):
            return []
        found = self._compare(self.view(0, old, direction), self.view(1, new, direction), direction)
        self.memo[key] = found
        return found

    def view(self, side: int, target: Target, direction: Direction) -> View:
        view = View(target)
        self._merge(side, view, target, direction, set())
        return view

    def _merge(
        self, side: int, view: View, target: Target, direction: Direction, seen: set[Any]
    ) -> None:
        if target.key in seen or not isinstance(target.value, dict):
            return
        seen.add(target.key)
        node: dict[str, Any] = target.value
        for index, part in enumerate(node.get("allOf") or ()):
            at = Target(target.file, join_pointer(target.pointer, "allOf", index), part)
            self._merge(side, view, self.resolve(side, at), direction, seen)
        kind = node.get("type")
        types = {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else set()
        if "null" in types or node.get("nullable") is True or None in (node.get("enum") or ()):
            view.nullable = True
        types.discard("null")
        if not types and ("properties" in node or "additionalProperties" in node):
            types = {"object"}
        if types and view.types is None:
            view.types = frozenset(t for t in types if t in _JSON_TYPES)
        if isinstance(node.get("format"), str) and not view.format:
            view.format = node["format"]
        if isinstance(node.get("enum"), list) and view.enum is None:
            view.enum = [v for v in node["enum"] if v is not None]
        for name, prop in (node.get("properties") or {}).items():
            at = Target(target.file, join_pointer(target.pointer, "properties", name), prop)
            resolved = self.resolve(side, at)
            flags = [v for v in (prop, resolved.value) if isinstance(v, dict)]
            hidden_by = "readOnly" if direction == "request" else "writeOnly"
            if any(v.get(hidden_by) is True for v in flags):
                view.hidden.add(name)
            view.props.setdefault(name, at)
        required = node.get("required")
        if isinstance(required, list):
            view.required.update(r for r in required if isinstance(r, str))
        if isinstance(node.get("items"), dict) and view.items is None:
            view.items = Target(target.file, join_pointer(target.pointer, "items"), node["items"])
        extra = node.get("additionalProperties")
        if isinstance(extra, bool) and view.additional is None:
            view.additional = extra
        elif isinstance(extra, dict) and view.additional is None:
            pointer = join_pointer(target.pointer, "additionalProperties")
            view.additional = Target(target.file, pointer, extra)
        for keyword in ("oneOf", "anyOf"):
            for index, branch in enumerate(node.get(keyword) or ()):
                at = Target(target.file, join_pointer(target.pointer, keyword, index), branch)
                view.variants.append(at)
        if isinstance(node.get("discriminator"), dict) and view.discriminator is None:
            view.discriminator = node["discriminator"]
        for keyword in (*_LOWER, *_UPPER, "pattern", "multipleOf", "uniqueItems"):
            if keyword in node and keyword not in view.constraints:
                view.constraints[keyword] = node[keyword]

    def shape(self, side: int, target: Target) -> str:
        """A canonical text of a resolved schema without its documentation keywords:
        equal texts mean the same values are valid on both sides."""
        return self._shape(side, target, set())[0]

    def _shape(
        self, side: int, target: Target, stack: set[tuple[int, int, str]], names: bool = False
    ) -> tuple[str, bool]:
        """The text, and whether it met a schema being computed (then it depends on
        where the walk started and is not kept). ``names``: the value is a map of
        names (``properties``), not a schema."""
        value = target.value
        if isinstance(value, dict) and "$ref" in value:
            target = self.resolve(side, target)
            value = target.value
        if not isinstance(value, dict | list):
            return _literal(value), False
        key = (side, id(target.file), target.pointer)  # the files outlive the comparer
        cached = self.shapes.get(key)
        if cached is not None:
            return cached, False
        if key in stack:
            return '"<cycle>"', True
        stack.add(key)
        cyclic = False
        parts: list[str] = []
        items = sorted(value.items()) if isinstance(value, dict) else list(enumerate(value))
        for name, child in items:
            if names:
                pass
            elif isinstance(name, str) and (name in _NOT_SHAPE or name.startswith("x-")):
                continue
            elif isinstance(name, str) and name in ("enum", "const", "default", "required"):
                parts.append(f"{_literal(name)}:{_literal(child)}")
                continue
            if isinstance(child, dict | list):
                at = Target(target.file, join_pointer(target.pointer, name), child)
                text, loop = self._shape(side, at, stack, not names and name in _NAME_MAPS)
                cyclic = cyclic or loop
            else:
                text = _literal(child)
            parts.append(f"{_literal(name)}:{text}" if isinstance(name, str) else text)
        stack.discard(key)
        body = ",".join(parts)
        text = "{" + body + "}" if isinstance(value, dict) else "[" + body + "]"
        if not cyclic:
            self.shapes[key] = text
        return text, cyclic

    # ---- the comparison of two views ----

    def _compare(self, old: View, new: View, direction: Direction) -> list[int]:
        found: list[int] = []
        where = _Where(self, old.target, new.target, direction, found)
        _types(where, old, new)
        if old.format != new.format:
            said = f"format {old.format or '(none)'} became {new.format or '(none)'}"
            where.add("format-changed", said, "format")
        _enum(where, old.enum, new.enum)
        _constraints(where, old.constraints, new.constraints)
        self._properties(where, old, new)
        if old.items is not None and new.items is not None:
            found += self.compare(old.items, new.items, direction)
        if isinstance(old.additional, Target) and isinstance(new.additional, Target):
            found += self.compare(old.additional, new.additional, direction)
        elif old.additional is not False and new.additional is False:
            where.add("constraint-tightened", "additional properties are no longer allowed")
        elif old.additional is False and new.additional is not False:
            where.add("constraint-loosened", "additional properties are now allowed")
        self._variants(where, old, new)
        others = self._unwalked(old.target, new.target)
        if others:
            where.add("schema-changed", f"{', '.join(others)} changed")
        return found

    def _unwalked(self, old: Target, new: Target) -> list[str]:
        """Keywords of this schema that differ and that no check above looks at
        (``not``, ``const``, ``default``, ``patternProperties``...): reported as such,
        never dropped."""
        before, after = old.value, new.value
        if not isinstance(before, dict) or not isinstance(after, dict):
            return []
        out = []
        for keyword in sorted(set(before) | set(after)):
            if keyword in _WALKED or keyword in _NOT_SHAPE or keyword.startswith("x-"):
                continue
            one, two = before.get(keyword), after.get(keyword)
            if one is None or two is None:
                out.append(keyword)
                continue
            at = (join_pointer(old.pointer, keyword), join_pointer(new.pointer, keyword))
            names = keyword in _NAME_MAPS
            left = self._shape(0, Target(old.file, at[0], one), set(), names)[0]
            if left != self._shape(1, Target(new.file, at[1], two), set(), names)[0]:
                out.append(keyword)
        return out

    def _properties(self, where: _Where, old: View, new: View) -> None:
        request = where.direction == "request"
        old_names = set(old.props) - old.hidden
        new_names = set(new.props) - new.hidden
        for name in sorted(old_names - new_names):
            required = name in old.required
            check = (
                "property-removed"
                if request
                else "required-property-removed" if required else "optional-property-removed"
            )
            where.removed(check, f"property {name!r} was removed", old.props[name].pointer)
        for name in sorted(new_names - old_names):
            required = name in new.required
            if request:
                check = "required-property-added" if required else "optional-property-added"
            else:
                check = "property-added"
            what = "required " if required else ""
            where.add(check, f"{what}property {name!r} was added", new.props[name].pointer)
        for name in sorted(old_names & new_names):
            before, after = name in old.required, name in new.required
            pointer = new.props[name].pointer
            if before != after:
                state = "required" if after else "optional"
                where.add(f"property-became-{state}", f"property {name!r} is now {state}", pointer)
            where.found += self.compare(old.props[name], new.props[name], where.direction)

    def _variants(self, where: _Where, old: View, new: View) -> None:
        if not old.variants and not new.variants:
            return
        left = {i: self.shape(0, t) for i, t in enumerate(old.variants)}
        right = {i: self.shape(1, t) for i, t in enumerate(new.variants)}
        for i, text in list(left.items()):
            match = next((j for j, other in right.items() if other == text), None)
            if match is not None:
                del left[i], right[match]
        by_name = {_ref_name(new.variants[j]): j for j in right}
        pairs: list[tuple[int, int]] = []
        for i in list(left):
            j = by_name.get(_ref_name(old.variants[i]))
            if j is not None and j in right and _ref_name(old.variants[i]):
                pairs.append((i, j))
                del left[i], right[j]
        if len(left) == len(right):
            pairs += list(zip(sorted(left), sorted(right), strict=True))
            left, right = {}, {}
        for i, j in pairs:
            where.found += self.compare(old.variants[i], new.variants[j], where.direction)
        for i in sorted(left):
            what = _ref_name(old.variants[i]) or f"branch {i}"
            where.removed("variant-removed", f"union branch {what} was removed", "")
        for j in sorted(right):
            what = _ref_name(new.variants[j]) or f"branch {j}"
            where.add("variant-added", f"union branch {what} was added")
        before, after = old.discriminator or {}, new.discriminator or {}
        if before.get("propertyName") != after.get("propertyName") and before and after:
            where.add(
                "discriminator-changed",
                f"the discriminator is now {after.get('propertyName')!r} "
                f"(was {before.get('propertyName')!r})",
                "discriminator",
            )
        gone = sorted(set(before.get("mapping") or {}) - set(after.get("mapping") or {}))
        if gone and after:
            values = ", ".join(repr(v) for v in gone)
            where.add("discriminator-changed", f"discriminator values {values} are gone")


def _literal(value: Any) -> str:
    """Canonical JSON of a literal value (sorted keys)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value, sort_keys=True, default=str)


def _ref_name(target: Target) -> str:
    ref = target.value.get("$ref") if isinstance(target.value, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else ""


@dataclass(slots=True)
class _Where:
    """Emits changes of one schema pair: ids and pointers by direction and side."""

    comparer: SchemaComparer
    old: Target
    new: Target
    direction: Direction
    found: list[int]

    def add(self, check: str, message: str, pointer: str = "") -> None:
        at = pointer if pointer.startswith("/") else self._inside(self.new, pointer)
        out = self.comparer.out
        self.found.append(
            out.add(f"{self.direction}-{check}", "", _named(at, message), self.new.file.display, at)
        )

    def removed(self, check: str, message: str, pointer: str) -> None:
        at = pointer if pointer.startswith("/") else self._inside(self.old, pointer)
        out = self.comparer.out
        self.found.append(
            out.add(
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


def _types(where: _Where, old: View, new: View) -> None:
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


def _enum(where: _Where, old: list[Any] | None, new: list[Any] | None) -> None:
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


def _constraints(where: _Where, old: dict[str, Any], new: dict[str, Any]) -> None:
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
    if keyword in _LOWER and isinstance(before, int | float) and isinstance(after, int | float):
        return after > before
    if keyword in _UPPER and isinstance(before, int | float) and isinstance(after, int | float):
        return after < before
    return True  # pattern, multipleOf: another rule; assume it admits fewer values
