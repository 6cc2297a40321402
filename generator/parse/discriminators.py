"""The discriminator value a model must carry (OpenAPI 3.0 §4.7.25, 3.1 §4.8.25).

A schema with a ``discriminator`` (its own, or one inherited through an ``allOf``
part, the usual 3.0 inheritance: ``Cat: allOf [Pet, {...}]`` with the discriminator on
``Pet``) is told apart by the value of the discriminating property: the ``mapping``
key that leads to the schema, else the schema's name in ``components/schemas`` (the
implicit mapping). Example values of the model must carry that value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.load.document import SourceFile, join_pointer

if TYPE_CHECKING:
    from generator.parse.discovered import Named
    from generator.parse.schemas import SchemaParser

_COMPONENTS = "/components/schemas/"
_MAX_PARTS = 256


def discriminator_tag(parser: SchemaParser, named: Named) -> tuple[str, str] | None:
    """(property, value) the model's discriminator requires of it, or ``None``."""
    todo: list[tuple[Any, SourceFile, str]] = [(named.schema, named.source, named.pointer)]
    seen: set[tuple[str, str]] = set()
    while todo and len(seen) < _MAX_PARTS:
        schema, source, pointer = todo.pop(0)
        if not isinstance(schema, dict) or (str(source.path), pointer) in seen:
            continue
        seen.add((str(source.path), pointer))
        found = schema.get("discriminator")
        if isinstance(found, dict) and isinstance(found.get("propertyName"), str):
            return _tag(parser, named, found, source, pointer)
        parts = schema.get("allOf")
        for index, raw in enumerate(parts if isinstance(parts, list) else []):
            at = join_pointer(pointer, "allOf", index)
            try:
                target = parser.document.deref(raw, source, at)
            except KeyError:
                continue
            todo.append((target.value, target.file, target.pointer))
    return None


def _tag(
    parser: SchemaParser, named: Named, found: dict[str, Any], source: SourceFile, pointer: str
) -> tuple[str, str] | None:
    prop: str = found["propertyName"]
    mapping = found.get("mapping")
    own = (str(named.source.path), named.pointer)
    for value, ref in sorted((mapping if isinstance(mapping, dict) else {}).items()):
        if not isinstance(ref, str):
            continue
        if "/" not in ref and "#" not in ref:
            ref = "#" + _COMPONENTS + ref  # a schema name (OpenAPI 3.0 §4.7.25)
        try:
            target = parser.document.deref({"$ref": ref}, source, pointer)
        except (KeyError, ValueError):
            continue
        if target.key == own:
            return prop, str(value)
    if named.pointer.startswith(_COMPONENTS) and named.pointer.count("/") == 3:
        name = named.pointer[len(_COMPONENTS) :].replace("~1", "/").replace("~0", "~")
        return prop, name
    return None
