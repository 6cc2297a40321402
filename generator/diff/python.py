"""Python-level comparison: two client surfaces (:mod:`generator.diff.surface`).

Names in a surface are the naming authority's final names, so a schema or tag
renamed in the spec shows up here as a renamed class even when the wire is the
same. Renames are recognised before anything else (same schema location, or the
same shape), and the old side's annotations are read through them, so one rename
is one change, not one per field that mentions the class.
"""

from __future__ import annotations

import re
from typing import Any

from generator.diff.collect import Collector

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TEMPLATE = re.compile(r"\{[^}/]*\}")


def _match(method: dict[str, Any]) -> str:
    """The method's operation with path parameter names left out."""
    return _TEMPLATE.sub("{}", str(method.get("operation", "")))


class SurfaceComparer:
    def __init__(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        out: Collector,
        files: tuple[str, str] = ("", ""),
    ) -> None:
        """``files``: the root spec of each side, where entries without a file are."""
        self.old, self.new, self.out = old, new, out
        self.files = files
        self.renames: dict[str, str] = {}

    def run(self) -> None:
        self._classes()
        self._apis()

    def _type(self, text: str) -> str:
        """An old annotation in the new names."""
        if not self.renames:
            return text
        return _NAME.sub(lambda m: self.renames.get(m.group(), m.group()), text)

    def _add(self, check: str, subject: str, message: str, entry: dict[str, Any]) -> None:
        file = entry.get("file") or self.files[1]
        self.out.add(check, subject, message, file, entry.get("pointer", ""))

    def _gone(self, check: str, subject: str, message: str, entry: dict[str, Any]) -> None:
        file, pointer = entry.get("file") or self.files[0], entry.get("pointer", "")
        self.out.add(check, subject, message, file, pointer, "old")

    # ---- classes ----

    def _classes(self) -> None:
        old: dict[str, Any] = self.old.get("classes", {})
        new: dict[str, Any] = self.new.get("classes", {})
        gone = {n: old[n] for n in old if n not in new}
        added = {n: new[n] for n in new if n not in old}
        for key in (_place, _shape):
            for before, after in _unique_pairs(gone, added, key):
                self.renames[before] = after
                del gone[before], added[after]
        for before, after in sorted(self.renames.items()):
            said = f"class {before} was renamed to {after}"
            self._add("class-renamed", f"class {after}", said, new[after])
        for name, entry in sorted(gone.items()):
            self._gone(
                "class-removed", f"class {name}", f"{entry['kind']} {name} was removed", entry
            )
        for name, entry in sorted(added.items()):
            self._add("class-added", f"class {name}", f"{entry['kind']} {name} was added", entry)
        pairs = [(n, n) for n in old if n in new] + list(self.renames.items())
        for before, after in sorted(pairs, key=lambda p: p[1]):
            self._class(old[before], new[after], after)

    def _class(self, old: dict[str, Any], new: dict[str, Any], name: str) -> None:
        subject = f"class {name}"
        if old["kind"] != new["kind"]:
            said = f"{name} was a {old['kind']} and is now a {new['kind']}"
            self._add("class-kind-changed", subject, said, new)
            return
        if old["module"] != new["module"] and name not in self.renames.values():
            # A renamed class's module is named after it: the rename says it all.
            said = f"{name} moved from module {old['module']} to {new['module']}"
            self._add("class-module-changed", subject, said, new)
        if old["kind"] == "model":
            self._fields(old, new, name)
        elif old["kind"] == "enum":
            self._members(old, new, name)
        elif self._type(old["type"]) != new["type"]:
            said = f"union {name} was {old['type']} and is now {new['type']}"
            self._add("alias-retyped", subject, said, new)

    def _fields(self, old: dict[str, Any], new: dict[str, Any], name: str) -> None:
        subject = f"class {name}"
        before: dict[str, list[Any]] = old["fields"]
        after: dict[str, list[Any]] = new["fields"]
        if [self._type(b) for b in old["bases"]] != new["bases"]:
            said = f"{name}'s bases {old['bases']} became {new['bases']}"
            self._add("model-bases-changed", subject, said, new)
        for wire in sorted(set(before) - set(after)):
            said = f"{name}.{before[wire][0]} was removed"
            self._gone("model-field-removed", subject, said, _at(old, before[wire]))
        for wire in sorted(set(after) - set(before)):
            field, _, required, _ = after[wire]
            check = "model-field-added-required" if required else "model-field-added-optional"
            said = f"{'required' if required else 'optional'} field {name}.{field} was added"
            self._add(check, subject, said, _at(new, after[wire]))
        for wire in sorted(set(before) & set(after)):
            was, was_type, was_required, _ = before[wire]
            now, now_type, now_required, _ = after[wire]
            at = _at(new, after[wire])
            if was != now:
                said = f"{name}.{was} was renamed to {name}.{now} (wire name {wire!r})"
                self._add("model-field-renamed", subject, said, at)
            if self._type(was_type) != now_type:
                said = f"{name}.{now} was {was_type} and is now {now_type}"
                # mypy lets Any stand for any type and any type for Any
                check = "model-field-retyped-any" if "Any" in (was_type, now_type) else ""
                self._add(check or "model-field-retyped", subject, said, at)
            if was_required != now_required:
                state = "required" if now_required else "optional"
                self._add(f"model-field-became-{state}", subject, f"{name}.{now} is {state}", at)

    def _members(self, old: dict[str, Any], new: dict[str, Any], name: str) -> None:
        subject = f"class {name}"
        before: dict[str, str] = old["members"]
        after: dict[str, str] = new["members"]
        for value in sorted(set(before) - set(after)):
            said = f"{name}.{before[value]} (value {value}) was removed"
            self._gone("enum-member-removed", subject, said, old)
        for value in sorted(set(after) - set(before)):
            said = f"{name}.{after[value]} (value {value}) was added"
            self._add("enum-member-added", subject, said, new)
        for value in sorted(set(before) & set(after)):
            if before[value] != after[value]:
                said = f"{name}.{before[value]} was renamed to {name}.{after[value]}"
                self._add("enum-member-renamed", subject, said, new)

    # ---- API classes and methods ----

    def _apis(self) -> None:
        old: dict[str, Any] = self.old.get("apis", {})
        new: dict[str, Any] = self.new.get("apis", {})
        classes: dict[str, str] = {n: n for n in old if n in new}
        gone = sorted(n for n in old if n not in new)
        added = sorted(n for n in new if n not in old)
        for name in gone:
            ops = {_match(m) for m in old[name]["methods"].values()}
            best = max(added, key=lambda n: (_overlap(ops, new[n]), n), default=None)
            if best is not None and _overlap(ops, new[best]) * 2 > len(ops):
                classes[name] = best
                added.remove(best)
                said = f"API class {name} was renamed to {best}"
                self._add("api-class-renamed", best, said, _first_method(new[best]))
        for name in gone:
            if name not in classes:
                said = f"API class {name} was removed"
                self._gone("api-class-removed", name, said, _first_method(old[name]))
        for name in added:
            said = f"API class {name} was added"
            self._add("api-class-added", name, said, _first_method(new[name]))
        self._methods(old, new, classes)

    def _methods(self, old: dict[str, Any], new: dict[str, Any], classes: dict[str, str]) -> None:
        left = {
            (classes.get(c, c), m): (c, entry)
            for c, api in old.items()
            for m, entry in api["methods"].items()
        }
        right = {(c, m): entry for c, api in new.items() for m, entry in api["methods"].items()}
        pairs: list[tuple[str, str, dict[str, Any], tuple[str, str], dict[str, Any]]] = []
        for key in sorted(set(left) & set(right)):
            if _match(left[key][1]) == _match(right[key]):
                old_class, entry = left.pop(key)
                pairs.append((old_class, key[1], entry, key, right.pop(key)))
        by_op: dict[str, list[tuple[str, str]]] = {}
        for key, entry in sorted(right.items()):
            by_op.setdefault(_match(entry), []).append(key)
        for key in sorted(left):
            candidates = by_op.get(_match(left[key][1]), [])
            free = [k for k in candidates if k in right]
            if free:
                old_class, entry = left.pop(key)
                pairs.append((old_class, key[1], entry, free[0], right.pop(free[0])))
        for key in sorted(set(left) & set(right)):  # same method, path changed
            old_class, entry = left.pop(key)
            pairs.append((old_class, key[1], entry, key, right.pop(key)))
        for (_, method), (old_class, entry) in sorted(left.items()):
            said = f"{old_class}.{method} ({entry['operation']}) was removed"
            self._gone("method-removed", f"{old_class}.{method}", said, entry)
        for (cls, method), entry in sorted(right.items()):
            said = f"{cls}.{method} ({entry['operation']}) was added"
            self._add("method-added", f"{cls}.{method}", said, entry)
        for old_class, old_name, before, (cls, name), after in sorted(pairs, key=lambda p: p[3]):
            subject = f"{cls}.{name}"
            if classes.get(old_class, old_class) != cls:
                said = f"{old_class}.{old_name} moved to {cls}.{name}"
                self._add("method-moved", subject, said, after)
            elif old_name != name:
                said = f"{cls}.{old_name} was renamed to {cls}.{name}"
                self._add("method-renamed", subject, said, after)
            self._method(subject, before, after)

    def _method(self, subject: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        was = {n: (t, True) for n, t in old["positional"]} | {
            n: (t, False) for n, t in old["keyword"]
        }
        now = {n: (t, True) for n, t in new["positional"]} | {
            n: (t, False) for n, t in new["keyword"]
        }
        gone = [n for n in was if n not in now]
        added = [n for n in now if n not in was]
        for before, after in self._renamed_parameters(gone, added, was, now):
            gone.remove(before)
            added.remove(after)
            said = f"parameter {before!r} was renamed to {after!r}"
            self._add("method-parameter-renamed", subject, said, new)
        for name in gone:
            self._gone("method-parameter-removed", subject, f"parameter {name!r} was removed", old)
        for name in added:
            required = now[name][1]
            check = (
                "method-parameter-added-required" if required else "method-parameter-added-optional"
            )
            said = f"{'required' if required else 'optional'} parameter {name!r} was added"
            self._add(check, subject, said, new)
        for name in [n for n in now if n in was]:
            (before, was_required), (after, now_required) = was[name], now[name]
            if was_required != now_required:
                state = "required" if now_required else "optional"
                said = f"parameter {name!r} is now {state}"
                self._add(f"method-parameter-became-{state}", subject, said, new)
                before, after = before.removesuffix(" | None"), after.removesuffix(" | None")
            if self._type(before) != after:
                said = f"parameter {name!r} was {before} and is now {after}"
                self._add("method-parameter-retyped", subject, said, new)
        common = [n for n, _ in new["positional"] if n in dict(old["positional"])]
        if [n for n, _ in old["positional"] if n in common] != common:
            said = f"positional parameters are now in the order {', '.join(common)}"
            self._add("method-parameters-reordered", subject, said, new)
        if self._type(old["returns"]) != new["returns"]:
            said = f"returns {new['returns']} (was {old['returns']})"
            self._add("method-return-type-changed", subject, said, new)
        if old["raises"] != new["raises"]:
            before, after = _listed(old["raises"]), _listed(new["raises"])
            said = f"raises {after} (was {before})"
            self._add("method-raises-changed", subject, said, new)

    def _renamed_parameters(
        self,
        gone: list[str],
        added: list[str],
        was: dict[str, tuple[str, bool]],
        now: dict[str, tuple[str, bool]],
    ) -> list[tuple[str, str]]:
        """A parameter gone and one added of the same type and kind, each the only one
        so: one parameter renamed (a body named after a renamed schema)."""
        pairs = []
        for before in gone:
            kind = (self._type(was[before][0]), was[before][1])
            matches = [a for a in added if now[a] == kind]
            rivals = [g for g in gone if (self._type(was[g][0]), was[g][1]) == kind]
            if len(matches) == 1 and len(rivals) == 1:
                pairs.append((before, matches[0]))
        return pairs


def _listed(names: list[str]) -> str:
    return ", ".join(names) or "no declared exception"


def _at(entry: dict[str, Any], field: list[Any]) -> dict[str, Any]:
    """A field's location: its class's file, its own pointer."""
    return {"file": entry.get("file"), "pointer": field[3]}


def _place(entry: dict[str, Any]) -> Any:
    return (entry.get("file"), entry.get("pointer"))


def _shape(entry: dict[str, Any]) -> Any:
    kind = entry["kind"]
    if kind == "model":
        fields = entry["fields"].items()
        return (kind, tuple(sorted((w, f[0], f[2]) for w, f in fields)))
    if kind == "enum":
        return (kind, tuple(sorted(entry["members"].items())))
    return (kind, entry.get("type"))


def _unique_pairs(gone: dict[str, Any], added: dict[str, Any], key: Any) -> list[tuple[str, str]]:
    """Pairs of (old, new) names whose key is unique on both sides."""
    left: dict[Any, list[str]] = {}
    right: dict[Any, list[str]] = {}
    for name, entry in gone.items():
        left.setdefault(key(entry), []).append(name)
    for name, entry in added.items():
        right.setdefault(key(entry), []).append(name)
    return sorted(
        (names[0], right[k][0])
        for k, names in left.items()
        if len(names) == 1 and len(right.get(k, ())) == 1
    )


def _overlap(ops: set[str], api: dict[str, Any]) -> int:
    return len(ops & {_match(m) for m in api["methods"].values()})


def _first_method(api: dict[str, Any]) -> dict[str, Any]:
    methods = api["methods"]
    return methods[min(methods)] if methods else {}
