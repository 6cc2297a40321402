"""One walk over a loaded spec that every lint rule reads from.

Rules stay small and pure because the finding of operations, parameters,
media types and schemas (with their JSON pointers) is done here, once. The
root file is walked; schemas in other files are walked where a ``$ref`` leads
to them, and keep the name of their file so findings point into it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from generator.load import Document, SourceFile, Target
from generator.load import object_kinds as kinds
from generator.load.document import join_pointer

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is one schema / a map of schemas / a list of schemas.
_ONE = ("items", "not", "additionalProperties", "contains", "propertyNames", "if", "then")
_ONE_MORE = ("else", "unevaluatedItems", "unevaluatedProperties", "additionalItems")
_MAP = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_SHAPE = {
    **{key: "one" for key in (*_ONE, *_ONE_MORE)},
    **{key: "map" for key in _MAP},
    **{key: "list" for key in _LIST},
}


@dataclass(frozen=True, slots=True)
class Operation:
    path: str
    method: str
    pointer: str
    value: dict[str, Any]
    path_pointer: str
    path_item: dict[str, Any]
    webhook: bool = False


class SchemaSite(NamedTuple):
    """A schema object. ``name`` is the component name, if any; ``via`` says how it
    was reached (``component``, ``property``, ``items``, ``media``, ``parameter``,
    ``header``, ``allOf``, ``file`` for a schema another file's ``$ref`` leads to,
    ...); ``file`` is the display name of the file holding it, "" for the root.

    A named tuple: big specs have tens of thousands, and a frozen dataclass
    costs a ``object.__setattr__`` call per field to make."""

    pointer: str
    value: dict[str, Any]
    name: str
    via: str
    file: str = ""


class Site(NamedTuple):
    """A parameter, media type, header or similar object, already dereferenced."""

    pointer: str
    value: dict[str, Any]
    owner: str = ""  # the operation (or path item) pointer it belongs to
    file: str = ""  # display name of the file holding it, "" for the root


@dataclass
class SpecIndex:
    document: Document
    version: str
    operations: list[Operation] = field(default_factory=list)
    schemas: list[SchemaSite] = field(default_factory=list)
    parameters: list[Site] = field(default_factory=list)
    media_types: list[Site] = field(default_factory=list)
    refs: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cache: dict[str, object] = field(default_factory=dict)  # shared helpers, built lazily
    walked: set[tuple[str, str]] = field(default_factory=set)  # schemas in other files

    @property
    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = self.document.data
        return data

    def deref(self, value: Any, pointer: str, file: str = "") -> Target | None:
        """Follow ``$ref``s from a value in the root (or the named) file; None if they
        lead nowhere."""
        base = self.source(file)
        try:
            return self.document.deref(value, base, pointer)
        except (KeyError, ValueError, TypeError):
            return None

    def source(self, file: str) -> SourceFile:
        """The loaded file with this display name ("" for the root)."""
        if file:
            for source in self.document.files.values():
                if source.display == file:
                    return source
        return self.document.root

    def file_label(self, target: Target) -> str:
        return "" if target.file is self.document.root else target.file.display

    def operation_parameters(self, op: Operation) -> list[Site]:
        """Path-item parameters overridden by the operation's own (by name and ``in``)."""
        merged: dict[tuple[str, str], Site] = {}
        for owner_ptr, owner in ((op.path_pointer, op.path_item), (op.pointer, op.value)):
            for site in self.parameter_list(owner, owner_ptr):
                key = (str(site.value.get("name")), str(site.value.get("in")))
                merged[key] = site
        return list(merged.values())

    def parameter_list(self, owner: dict[str, Any], pointer: str) -> Iterator[Site]:
        params = owner.get("parameters")
        if not isinstance(params, list):
            return
        for i, raw in enumerate(params):
            ptr = join_pointer(pointer, "parameters", i)
            target = self.deref(raw, ptr)
            if target is not None and isinstance(target.value, dict):
                yield Site(ptr, target.value, pointer, self.file_label(target))


def child_pointer(pointer: str, key: str | int) -> str:
    """``join_pointer`` for one token, without its generator (hot in big specs)."""
    token = str(key)
    if "~" in token or "/" in token:
        token = token.replace("~", "~0").replace("/", "~1")
    return f"{pointer}/{token}"


def build_index(document: Document) -> SpecIndex:
    index = SpecIndex(document, document.version)
    data = document.data if isinstance(document.data, dict) else {}
    if document.upgraded_from:  # the recorded refs are the 2.0 text's
        _collect_refs(index, data)
    else:
        index.refs.extend((pointer, holder) for pointer, _, holder in document.root.refs)
        index.refs.sort(key=lambda item: item[0])
    paths = data.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            _path_item(index, str(path), item, join_pointer("/paths", path), webhook=False)
    hooks = data.get("webhooks")
    if isinstance(hooks, dict):
        for name, item in hooks.items():
            _path_item(index, str(name), item, join_pointer("/webhooks", name), webhook=True)
    components = data.get("components")
    if isinstance(components, dict):
        _components(index, components)
    return index


def _collect_refs(index: SpecIndex, data: Any) -> None:
    """The refs of an upgraded (Swagger 2.0) root, in 3.0 form; those inside
    literal values are plain keys and are not collected."""
    stack: list[tuple[str, Any, str]] = [("", data, kinds.ROOT)]
    while stack:
        pointer, value, kind = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("$ref"), str):
                index.refs.append((pointer, value))
            for key, child in value.items():
                if isinstance(child, dict | list):
                    child_kind = kinds.step(kind, str(key))
                    if child_kind != kinds.DATA:
                        stack.append((child_pointer(pointer, key), child, child_kind))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                if isinstance(child, dict | list):
                    stack.append((f"{pointer}/{i}", child, kinds.step(kind, str(i))))
    index.refs.sort(key=lambda item: item[0])


def _path_item(index: SpecIndex, path: str, item: Any, pointer: str, webhook: bool) -> None:
    if not isinstance(item, dict):
        return
    if "$ref" in item:
        target = index.deref(item, pointer)
        if target is None or not isinstance(target.value, dict):
            return
        item = target.value
    params = item.get("parameters")
    for i, param in enumerate(params if isinstance(params, list) else []):
        _parameter(index, param, join_pointer(pointer, "parameters", i), pointer)
    for method in METHODS:
        op = item.get(method)
        if isinstance(op, dict):
            op_ptr = join_pointer(pointer, method)
            index.operations.append(Operation(path, method, op_ptr, op, pointer, item, webhook))
            _operation(index, op, op_ptr)


def _operation(index: SpecIndex, op: dict[str, Any], pointer: str) -> None:
    params = op.get("parameters")
    if isinstance(params, list):
        for i, param in enumerate(params):
            _parameter(index, param, join_pointer(pointer, "parameters", i), pointer)
    body = op.get("requestBody")
    if isinstance(body, dict) and "$ref" not in body:
        _content(index, body.get("content"), join_pointer(pointer, "requestBody"), pointer)
    responses = op.get("responses")
    if isinstance(responses, dict):
        for code, response in responses.items():
            _response(index, response, join_pointer(pointer, "responses", code), pointer)
    callbacks = op.get("callbacks")
    if isinstance(callbacks, dict):
        for name, callback in callbacks.items():
            if isinstance(callback, dict) and "$ref" not in callback:
                for expr, item in callback.items():
                    cb_ptr = join_pointer(pointer, "callbacks", name, expr)
                    _path_item(index, str(expr), item, cb_ptr, webhook=True)


def _parameter(index: SpecIndex, param: Any, pointer: str, owner: str) -> None:
    if not isinstance(param, dict) or "$ref" in param:
        return
    index.parameters.append(Site(pointer, param, owner))
    _schema(index, param.get("schema"), join_pointer(pointer, "schema"), "", "parameter")
    _content(index, param.get("content"), pointer, owner)


def _response(index: SpecIndex, response: Any, pointer: str, owner: str) -> None:
    if not isinstance(response, dict) or "$ref" in response:
        return
    _content(index, response.get("content"), pointer, owner)
    headers = response.get("headers")
    if isinstance(headers, dict):
        for name, header in headers.items():
            if isinstance(header, dict) and "$ref" not in header:
                h_ptr = join_pointer(pointer, "headers", name)
                _schema(index, header.get("schema"), join_pointer(h_ptr, "schema"), "", "header")


def _content(index: SpecIndex, content: Any, pointer: str, owner: str) -> None:
    if not isinstance(content, dict):
        return
    for media, value in content.items():
        if isinstance(value, dict):
            m_ptr = join_pointer(pointer, "content", media)
            index.media_types.append(Site(m_ptr, value, owner))
            _schema(index, value.get("schema"), join_pointer(m_ptr, "schema"), "", "media")


def _components(index: SpecIndex, components: dict[str, Any]) -> None:
    def section(name: str) -> Iterator[tuple[str, Any, str]]:
        values = components.get(name)
        if isinstance(values, dict):
            for key, value in values.items():
                yield str(key), value, join_pointer("/components", name, key)

    for name, value, pointer in section("schemas"):
        _schema(index, value, pointer, name, "component")
    for _, value, pointer in section("parameters"):
        _parameter(index, value, pointer, "")
    for _, value, pointer in section("responses"):
        _response(index, value, pointer, "")
    for _, value, pointer in section("requestBodies"):
        if isinstance(value, dict) and "$ref" not in value:
            _content(index, value.get("content"), pointer, "")
    for _, value, pointer in section("headers"):
        if isinstance(value, dict) and "$ref" not in value:
            _schema(index, value.get("schema"), join_pointer(pointer, "schema"), "", "header")
    for name, value, pointer in section("pathItems"):
        _path_item(index, name, value, pointer, webhook=True)


def _schema(index: SpecIndex, value: Any, pointer: str, name: str, via: str) -> None:
    """Every schema below ``value`` (iteratively: deep schemas must not recurse),
    and the schemas in other files that their ``$ref``s lead to."""
    root = index.document.root
    stack: list[tuple[Any, str, str, str, SourceFile]] = [(value, pointer, name, via, root)]
    skip_ref_siblings = index.version == "3.0"  # 3.0 ignores the siblings of a $ref
    seen = index.walked
    schemas = index.schemas
    pop, push = stack.pop, stack.append
    while stack:
        node, ptr, node_name, node_via, source = pop()
        if node.__class__ is not dict:
            continue
        label = "" if source is root else source.display
        schemas.append(SchemaSite(ptr, node, node_name, node_via, label))
        if "$ref" in node:
            ref = node["$ref"]
            if ref.__class__ is str and (source is not root or not ref.startswith("#")):
                target = _resolve(index, ref, source)
                if target is not None and target.key not in seen:
                    seen.add(target.key)
                    push((target.value, target.pointer, "", "file", target.file))
            if skip_ref_siblings:
                continue
        for key, child in node.items():
            shape = _SHAPE.get(key)
            if shape is None:
                continue
            at = f"{ptr}/{key}" if "~" not in key and "/" not in key else child_pointer(ptr, key)
            if child.__class__ is dict:
                if shape == "one":
                    push((child, at, "", key, source))
                elif shape == "map":
                    kind = "property" if key == "properties" else key
                    for child_name, grandchild in child.items():
                        if "~" in child_name or "/" in child_name:
                            push((grandchild, child_pointer(at, child_name), "", kind, source))
                        else:
                            push((grandchild, f"{at}/{child_name}", "", kind, source))
            elif child.__class__ is list and (shape == "list" or key == "items"):
                for i, item in enumerate(child):
                    push((item, f"{at}/{i}", "", key, source))


def _resolve(index: SpecIndex, ref: str, source: SourceFile) -> Target | None:
    try:
        target = index.document.resolve(ref, source)
    except (KeyError, ValueError, TypeError):
        return None
    return target if target.file is not index.document.root else None
