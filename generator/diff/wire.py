"""Wire-level comparison: operations, parameters, bodies, responses, security and
servers of two loaded documents (schemas in :mod:`generator.diff.schemas`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.diff.collect import Collector
from generator.diff.keywords import Direction
from generator.diff.schemas import SchemaComparer
from generator.load.document import Document, Target, join_pointer

# OpenAPI 3.1 §4.8.9 Path Item Object: the operation fields.
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{[^}/]*\}")
# §4.8.12 Parameter Object, style and explode: the default style of each location;
# explode defaults to true for form only.
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


@dataclass(frozen=True, slots=True)
class Op:
    method: str
    path: str
    target: Target
    parameters: dict[tuple[str, str], Target]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def match_key(self) -> str:
        """Method and path with parameter names left out: renaming ``{id}`` is no change."""
        return f"{self.method.upper()} {_TEMPLATE.sub('{}', self.path)}"

    @property
    def operation_id(self) -> str:
        value = self.target.value.get("operationId")
        return value if isinstance(value, str) else ""


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def operations(doc: Document) -> Iterator[Op]:
    paths = _dict(doc.data.get("paths"))
    for path, raw in paths.items():
        item = doc.deref(raw, doc.root, join_pointer("/paths", path))
        if not isinstance(item.value, dict):
            continue
        shared = _parameters(doc, item, "parameters", path)
        for method in METHODS:
            op = item.value.get(method)
            if not isinstance(op, dict):
                continue
            target = Target(item.file, join_pointer(item.pointer, method), op)
            own = _parameters(doc, target, "parameters", path)
            yield Op(method, path, target, {**shared, **own})


def _parameters(doc: Document, owner: Target, key: str, path: str) -> dict[tuple[str, str], Target]:
    """Parameters by (location, name); path parameters by their place in the template,
    so that renaming one is not a change on the wire."""
    out: dict[tuple[str, str], Target] = {}
    names = [m.group()[1:-1] for m in _TEMPLATE.finditer(path)]
    for index, raw in enumerate(owner.value.get(key) or ()):
        at = doc.deref(raw, owner.file, join_pointer(owner.pointer, key, index))
        param = _dict(at.value)
        name, where = param.get("name"), param.get("in")
        if not isinstance(name, str) or not isinstance(where, str):
            continue
        slot = f"#{names.index(name)}" if where == "path" and name in names else name
        out[(where, slot)] = at
    return out


class WireComparer:
    def __init__(self, old: Document, new: Document, out: Collector) -> None:
        self.old, self.new, self.out = old, new, out
        self.schemas = SchemaComparer(old, new, out)

    def run(self) -> None:
        self._operations()
        self._servers()
        self._security_schemes()

    def _add(self, check: str, subject: str, message: str, at: Target, *keys: str | int) -> None:
        self.out.add(check, subject, message, at.file.display, join_pointer(at.pointer, *keys))

    def _gone(self, check: str, subject: str, message: str, at: Target, *keys: str | int) -> None:
        pointer = join_pointer(at.pointer, *keys)
        self.out.add(check, subject, message, at.file.display, pointer, "old")

    def _operations(self) -> None:
        old = {op.match_key: op for op in operations(self.old)}
        new = {op.match_key: op for op in operations(self.new)}
        pairs = [(old.pop(k), new.pop(k)) for k in sorted(set(old) & set(new))]
        by_id = {op.operation_id: k for k, op in new.items() if op.operation_id}
        for key in sorted(old):
            moved = by_id.get(old[key].operation_id) if old[key].operation_id else None
            if moved is not None and moved in new:
                before, after = old.pop(key), new.pop(moved)
                self._add(
                    "operation-path-changed",
                    after.label,
                    f"operation {after.operation_id!r} moved from {before.label} to {after.label}",
                    after.target,
                )
                pairs.append((before, after))
        for op in old.values():
            self._gone("operation-removed", op.label, f"{op.label} was removed", op.target)
        for op in new.values():
            self._add("operation-added", op.label, f"{op.label} was added", op.target)
        for before, after in sorted(pairs, key=lambda p: p[1].label):
            self._operation(before, after)

    def _operation(self, old: Op, new: Op) -> None:
        subject = new.label
        was, now = old.target.value, new.target.value
        if now.get("deprecated") is True and was.get("deprecated") is not True:
            self._add("operation-deprecated", subject, f"{subject} is deprecated", new.target)
        if old.operation_id != new.operation_id and old.operation_id and new.operation_id:
            said = f"operationId {old.operation_id!r} became {new.operation_id!r}"
            self._add("operation-id-changed", subject, said, new.target, "operationId")
        self._parameters(subject, old, new)
        self._request_body(subject, old.target, new.target)
        self._responses(subject, old.target, new.target)
        self._security(subject, old.target, new.target)

    def _schemas(
        self, subject: str, old: Target, new: Target, direction: Direction, key: str = "schema"
    ) -> None:
        before, after = _dict(old.value).get(key), _dict(new.value).get(key)
        if isinstance(before, dict) and isinstance(after, dict):
            found = self.schemas.compare(
                Target(old.file, join_pointer(old.pointer, key), before),
                Target(new.file, join_pointer(new.pointer, key), after),
                direction,
            )
            self.out.attach(found, subject)

    def _parameters(self, subject: str, old: Op, new: Op) -> None:
        before, after = dict(old.parameters), dict(new.parameters)
        for key in sorted(set(before) & set(after)):
            self._parameter(subject, before.pop(key), after.pop(key))
        moved = {p.value["name"]: (key, p) for key, p in after.items()}
        for key, param in sorted(before.items()):
            name = param.value["name"]
            if name in moved:
                new_key, target = moved.pop(name)
                del after[new_key]
                said = f"parameter {name!r} moved from {key[0]} to {new_key[0]}"
                self._add("request-parameter-location-changed", subject, said, target, "in")
                continue
            said = f"{key[0]} parameter {name!r} was removed"
            self._gone("request-parameter-removed", subject, said, param)
        for (where, _), param in sorted(after.items()):
            name = param.value["name"]
            if param.value.get("required") is True:
                said = f"required {where} parameter {name!r} was added"
                self._add("request-parameter-added-required", subject, said, param)
            else:
                said = f"optional {where} parameter {name!r} was added"
                self._add("request-parameter-added-optional", subject, said, param)

    def _parameter(self, subject: str, old: Target, new: Target) -> None:
        was, now = old.value, new.value
        name, where = now["name"], now["in"]
        if bool(was.get("required")) != bool(now.get("required")):
            state = "required" if now.get("required") else "optional"
            said = f"{where} parameter {name!r} is now {state}"
            self._add(f"request-parameter-became-{state}", subject, said, new, "required")
        style_before, style_after = _style(was), _style(now)
        if style_before != style_after:
            said = f"{where} parameter {name!r}: style/explode {style_before} became {style_after}"
            self._add("request-parameter-style-changed", subject, said, new)
        self._schemas(subject, old, new, "request")
        self._contents(subject, old, new, "request")

    def _contents(self, subject: str, old: Target, new: Target, direction: Direction) -> None:
        before, after = _dict(old.value.get("content")), _dict(new.value.get("content"))
        old_at = Target(old.file, join_pointer(old.pointer, "content"), before)
        new_at = Target(new.file, join_pointer(new.pointer, "content"), after)
        for media in sorted(set(before) - set(after)):
            said = f"{direction} media type {media!r} was removed"
            self._gone(f"{direction}-media-type-removed", subject, said, old_at, media)
        for media in sorted(set(after) - set(before)):
            said = f"{direction} media type {media!r} was added"
            self._add(f"{direction}-media-type-added", subject, said, new_at, media)
        for media in sorted(set(before) & set(after)):
            self._schemas(
                subject,
                Target(old.file, join_pointer(old_at.pointer, media), before[media]),
                Target(new.file, join_pointer(new_at.pointer, media), after[media]),
                direction,
            )

    def _request_body(self, subject: str, old: Target, new: Target) -> None:
        raw_old, raw_new = old.value.get("requestBody"), new.value.get("requestBody")
        if raw_old is None and raw_new is None:
            return
        if raw_old is None:
            body = self.new.deref(raw_new, new.file, join_pointer(new.pointer, "requestBody"))
            required = _dict(body.value).get("required") is True
            check = "request-body-added-required" if required else "request-body-added-optional"
            said = f"a {'required' if required else 'optional'} request body was added"
            self._add(check, subject, said, body)
            return
        before = self.old.deref(raw_old, old.file, join_pointer(old.pointer, "requestBody"))
        if raw_new is None:
            self._gone("request-body-removed", subject, "the request body was removed", before)
            return
        after = self.new.deref(raw_new, new.file, join_pointer(new.pointer, "requestBody"))
        if _dict(after.value).get("required") is True and before.value.get("required") is not True:
            said = "the request body is now required"
            self._add("request-body-became-required", subject, said, after, "required")
        if isinstance(before.value, dict) and isinstance(after.value, dict):
            self._contents(subject, before, after, "request")

    def _responses(self, subject: str, old: Target, new: Target) -> None:
        before, after = _dict(old.value.get("responses")), _dict(new.value.get("responses"))
        old_at = Target(old.file, join_pointer(old.pointer, "responses"), before)
        new_at = Target(new.file, join_pointer(new.pointer, "responses"), after)
        for status in sorted(set(before) - set(after)):
            success = str(status).startswith("2")
            check = "response-success-status-removed" if success else "response-status-removed"
            self._gone(check, subject, f"response {status} was removed", old_at, status)
        for status in sorted(set(after) - set(before)):
            said = f"response {status} was added"
            self._add("response-status-added", subject, said, new_at, status)
        for status in sorted(set(before) & set(after)):
            one = self.old.deref(before[status], old.file, join_pointer(old_at.pointer, status))
            two = self.new.deref(after[status], new.file, join_pointer(new_at.pointer, status))
            if isinstance(one.value, dict) and isinstance(two.value, dict):
                self._contents(subject, one, two, "response")
                self._headers(subject, one, two)

    def _headers(self, subject: str, old: Target, new: Target) -> None:
        before = {k.lower(): (k, v) for k, v in _dict(old.value.get("headers")).items()}
        after = {k.lower(): (k, v) for k, v in _dict(new.value.get("headers")).items()}
        for name in sorted(set(before) - set(after)):
            key = before[name][0]
            said = f"response header {key!r} was removed"
            self._gone("response-header-removed", subject, said, old, "headers", key)
        for name in sorted(set(after) - set(before)):
            key = after[name][0]
            said = f"response header {key!r} was added"
            self._add("response-header-added", subject, said, new, "headers", key)
        for name in sorted(set(before) & set(after)):
            (k1, v1), (k2, v2) = before[name], after[name]
            one = self.old.deref(v1, old.file, join_pointer(old.pointer, "headers", k1))
            two = self.new.deref(v2, new.file, join_pointer(new.pointer, "headers", k2))
            if isinstance(one.value, dict) and isinstance(two.value, dict):
                self._schemas(subject, one, two, "response")

    def _security(self, subject: str, old: Target, new: Target) -> None:
        before, after = _alternatives(self.old, old.value), _alternatives(self.new, new.value)
        # An operation's own requirements, else the document's (§4.8.10 security): a
        # change of the document's is one change, listing every operation it reaches.
        if "security" in new.value:
            file, pointer = new.file.display, join_pointer(new.pointer, "security")
        else:
            file, pointer = self.new.root.display, "/security"
        for alt in sorted(before - after, key=_alt_text):
            said = f"authentication {_alt_text(alt)} is no longer accepted"
            self.out.add("operation-security-removed", subject, said, file, pointer)
        for alt in sorted(after - before, key=_alt_text):
            said = f"authentication {_alt_text(alt)} is now accepted"
            self.out.add("operation-security-added", subject, said, file, pointer)

    def _servers(self) -> None:
        before = _servers(self.old.data)
        after = _servers(self.new.data)
        for url in sorted(set(before) - set(after)):
            at = Target(self.old.root, "/servers", None)
            self._gone("server-removed", "servers", f"server {url!r} was removed", at, before[url])
        for url in sorted(set(after) - set(before)):
            at = Target(self.new.root, "/servers", None)
            self._add("server-added", "servers", f"server {url!r} was added", at, after[url])

    def _security_schemes(self) -> None:
        before = _dict(_dict(self.old.data.get("components")).get("securitySchemes"))
        after = _dict(_dict(self.new.data.get("components")).get("securitySchemes"))
        old_at = Target(self.old.root, "/components/securitySchemes", before)
        new_at = Target(self.new.root, "/components/securitySchemes", after)
        for key in sorted(set(before) - set(after)):
            said = f"security scheme {key!r} was removed"
            self._gone("security-scheme-removed", "security", said, old_at, key)
        for key in sorted(set(after) - set(before)):
            said = f"security scheme {key!r} was added"
            self._add("security-scheme-added", "security", said, new_at, key)
        for key in sorted(set(before) & set(after)):
            one = self.old.deref(before[key], self.old.root, join_pointer(old_at.pointer, key))
            two = self.new.deref(after[key], self.new.root, join_pointer(new_at.pointer, key))
            changed = [
                field
                for field in ("type", "in", "name", "scheme", "openIdConnectUrl")
                if _dict(one.value).get(field) != _dict(two.value).get(field)
            ]
            if _flows(one.value) != _flows(two.value):
                changed.append("flows")
            if changed:
                said = f"security scheme {key!r} changed: {', '.join(changed)}"
                self._add("security-scheme-changed", "security", said, two)


def _style(param: dict[str, Any]) -> str:
    style = param.get("style") or _DEFAULT_STYLE.get(str(param.get("in")), "simple")
    explode = param.get("explode", style == "form")
    return f"{style}/{'explode' if explode else 'no-explode'}"


def _alternatives(doc: Document, op: dict[str, Any]) -> set[frozenset[tuple[str, str]]]:
    """Each way to authenticate (§4.8.30): a set of (scheme, sorted scopes); the
    empty set is "anonymous"."""
    raw = op["security"] if "security" in op else doc.data.get("security")
    if not isinstance(raw, list) or not raw:
        return {frozenset()}
    out: set[frozenset[tuple[str, str]]] = set()
    for req in raw:
        if isinstance(req, dict):
            out.add(
                frozenset(
                    (str(k), " ".join(sorted(map(str, v))) if isinstance(v, list) else "")
                    for k, v in req.items()
                )
            )
    return out


def _alt_text(alt: frozenset[tuple[str, str]]) -> str:
    if not alt:
        return "none (anonymous)"
    return " + ".join(f"{k}[{s}]" if s else k for k, s in sorted(alt))


def _servers(data: dict[str, Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for index, server in enumerate(data.get("servers") or ()):
        if isinstance(server, dict) and isinstance(server.get("url"), str):
            out.setdefault(server["url"], index)
    return out


def _flows(scheme: Any) -> Any:
    flows = _dict(_dict(scheme).get("flows"))
    return sorted(
        (name, str(_dict(flow).get("authorizationUrl")), str(_dict(flow).get("tokenUrl")))
        for name, flow in flows.items()
    )
