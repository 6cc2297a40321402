"""Wire-level comparison of two schemas, in one direction of data.

Both sides are resolved through their document's ``$ref``s, so a renamed target of
the same shape, or a schema moved inline, compares equal. ``allOf`` parts are merged
into one view (OpenAPI 3.1 §4.8.24: every part applies). A property is part of a
request only when it is not ``readOnly`` and of a response only when it is not
``writeOnly`` (JSON Schema Validation 2020-12 §9.4).
"""

from __future__ import annotations

from typing import Any

from generator.diff.collect import Collector
from generator.diff.keywords import (
    JSON_TYPES,
    LOWER,
    UPPER,
    Direction,
    View,
    Where,
    check_constraints,
    check_enum,
    check_types,
    literal,
)
from generator.load.document import Document, Target, join_pointer

_NOT_SHAPE = frozenset({"description", "title", "example", "examples", "externalDocs", "$comment"})
_NAME_MAPS = frozenset({"properties", "patternProperties", "mapping", "$defs", "definitions"})
_WALKED_KEYWORDS = (
    "type", "nullable", "format", "enum", "properties", "required", "items",
    "additionalProperties", "oneOf", "anyOf", "allOf", "discriminator", "pattern",
    "multipleOf", "uniqueItems", "readOnly", "writeOnly", "deprecated", "$ref",
)  # fmt: skip
_WALKED = frozenset((*_WALKED_KEYWORDS, *LOWER, *UPPER))


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
            view.types = frozenset(t for t in types if t in JSON_TYPES)
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
        for keyword in (*LOWER, *UPPER, "pattern", "multipleOf", "uniqueItems"):
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
            return literal(value), False
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
                parts.append(f"{literal(name)}:{literal(child)}")
                continue
            if isinstance(child, dict | list):
                at = Target(target.file, join_pointer(target.pointer, name), child)
                text, loop = self._shape(side, at, stack, not names and name in _NAME_MAPS)
                cyclic = cyclic or loop
            else:
                text = literal(child)
            parts.append(f"{literal(name)}:{text}" if isinstance(name, str) else text)
        stack.discard(key)
        body = ",".join(parts)
        text = "{" + body + "}" if isinstance(value, dict) else "[" + body + "]"
        if not cyclic:
            self.shapes[key] = text
        return text, cyclic

    # ---- the comparison of two views ----

    def _compare(self, old: View, new: View, direction: Direction) -> list[int]:
        found: list[int] = []
        where = Where(self.out, old.target, new.target, direction, found)
        check_types(where, old, new)
        if old.format != new.format:
            said = f"format {old.format or '(none)'} became {new.format or '(none)'}"
            where.add("format-changed", said, "format")
        check_enum(where, old.enum, new.enum)
        check_constraints(where, old.constraints, new.constraints)
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

    def _properties(self, where: Where, old: View, new: View) -> None:
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

    def _variants(self, where: Where, old: View, new: View) -> None:
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


def _ref_name(target: Target) -> str:
    ref = target.value.get("$ref") if isinstance(target.value, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else ""
