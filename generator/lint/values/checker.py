"""Check example and default values against the schema they belong to.

jsonschema-rs validates (JSON Schema draft 4 for OpenAPI 3.0, 2020-12 for
3.1); openapi-schema-validator's Python validators, which pull in pydantic,
were a quarter of a lint run's time. A schema is compiled from a bundle: a
copy of it and of every schema its ``$ref``s reach, in any file, under
``definitions``/``$defs``. Each piece is copied once, when first reached, and
keeps only the keywords that validate. The copy spells what OpenAPI adds:

* a ``$ref`` leads to its piece, found as the loader finds it (so refs between
  files work); one that leads nowhere becomes a keyword that gives up on the
  value (the dangling reference is the ref rules' finding, not this value's);
* 3.0 ``nullable: true`` adds "null" to ``type`` and to ``enum`` (a nullable
  enum takes null without listing it, as the code generator reads it: OpenAPI
  3.0.3 §4.7.24 makes ``nullable`` add null to the allowed values);
* 3.0 ``required`` leaves out properties marked ``readOnly``/``writeOnly`` (a
  value may be a request or a response);
* 3.0 ``discriminator`` beside oneOf/anyOf/allOf checks a value against the
  schema its discriminating property names, instead of the branches.

``format`` (see :mod:`generator.lint.oas_formats`) and ``pattern`` (Python's
``re``, as before) are Python keywords: jsonschema-rs gives its format checks
strings only, and OpenAPI's int32/int64 are about numbers. jsonschema-rs
refuses to compile a schema that breaks its meta-schema, where
openapi-schema-validator only failed on using the broken part: a keyword the
meta-schema rejects is set aside, and gives up on the values it applies to
(``minimum: "x"`` on numbers, not on strings). Every schema is
read in the version's dialect (``$schema`` and ``$id`` are not copied), and a
3.0 ``$ref``'s siblings are ignored, as the Reference Object says
(openapi-schema-validator applied them). Nothing is ever fetched.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema_rs

from generator.lint.index import SpecIndex
from generator.lint.oas_formats import FORMATS_30, FORMATS_31, Check
from generator.lint.values.keywords import GAVE_UP, Abort, Broken, Keyword, Pattern, show
from generator.lint.values.pieces import (
    ABORT,
    BROKEN,
    DISCRIMINATOR,
    PATTERN,
    Stack,
    copy_schema,
    definitions,
    give_up_at,
)
from generator.lint.values.quick import plainly_valid
from generator.load.document import walk_pointer

_NESTED = "\x00"  # "\0<json instance path>\0message": an error from a mapped schema
_MAX_NESTING = 64  # discriminator hops for one value (a cycle would never end)
_KEPT_VALIDATORS = 256


class ValueChecker:
    """Validates values against schemas of one document, sharing copied pieces."""

    def __init__(self, index: SpecIndex) -> None:
        self._index = index
        self._v30 = index.version != "3.1"
        self._defs = definitions(self._v30)
        self._files = {
            str(source.path): source
            for source in index.document.files.values()
            if source.data is not None
        }
        # A piece is a schema a pointer leads to: numbered by (file, pointer), then
        # copied once, with the numbers of the pieces its $refs lead to.
        self._numbers: dict[tuple[str, str], int | None] = {}
        self._found: list[tuple[str, Any]] = []
        self._pieces: dict[int, tuple[Any, list[int]]] = {}
        self._refs: dict[tuple[str, str], int | None] = {}
        self._validators: dict[int, jsonschema_rs.Validator | None] = {}
        self._active: set[tuple[int, str]] = set()
        self._formats = FORMATS_30 if self._v30 else FORMATS_31
        self._ref_prefix = f"#/{self._defs}/p"  # how a copy's $ref names a piece
        self._keywords = self._keyword_classes()

    def errors(self, pointer: str, value: Any, file: str = "") -> list[str]:
        """Messages for why ``value`` does not match the schema at ``pointer`` of
        ``file`` (a display name; "" for the root)."""
        number = self._number(str(self._index.source(file).path), pointer)
        if number is None or self._plainly_valid(number, value):
            return []
        validator = self._validator(number)
        if validator is None:
            return []
        try:
            found = sorted((_unpack(e) for e in validator.iter_errors(value)), key=_path_of)
        except Exception:
            return []
        if any(message == GAVE_UP for _, message in found):
            return []
        return [_message(path, message) for path, message in found[:3]]

    def _plainly_valid(self, number: int, value: Any) -> bool:
        """The value certainly matches the piece (see :mod:`value_quick`)."""
        try:
            return plainly_valid(self._piece(number)[0], value, self._formats, self._ref_piece)
        except Exception:  # a format check that fails on an odd value: ask the validator
            return False

    def _ref_piece(self, ref: str) -> Any:
        """The copied piece a copy's ``$ref`` (``#/definitions/p12``) names."""
        digits = ref[len(self._ref_prefix) :]
        if not ref.startswith(self._ref_prefix) or not digits.isdigit():
            return None
        number = int(digits)
        return self._piece(number)[0] if number < len(self._found) else None

    # -- pieces and validators ---------------------------------------------------

    def _validator(self, number: int) -> jsonschema_rs.Validator | None:
        """The compiled schema of a piece (None if jsonschema-rs still refuses it).

        The last few are kept: most schemas check one value, and a compiled one
        holds a copy of everything it reaches (71 Airbyte specs in one file
        compile 10,000)."""
        if number in self._validators:
            self._validators[number] = self._validators.pop(number)  # most recent
            return self._validators[number]
        pieces = {f"p{n}": self._piece(n)[0] for n in self._reached(number)}
        bundle = {"$ref": f"#/{self._defs}/p{number}", self._defs: pieces}
        cls = jsonschema_rs.Draft4Validator if self._v30 else jsonschema_rs.Draft202012Validator
        try:
            validator: jsonschema_rs.Validator | None = cls(
                bundle, retriever=_refuse_remote, keywords=self._keywords
            )
        except Exception:
            validator = None
        if len(self._validators) >= _KEPT_VALIDATORS:
            del self._validators[next(iter(self._validators))]
        self._validators[number] = validator
        return validator

    def _reached(self, number: int) -> list[int]:
        """A piece and every piece its $refs lead to, transitively."""
        seen, todo = {number}, [number]
        while todo:
            for n in self._piece(todo.pop())[1]:
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        return sorted(seen)

    def _number(self, file: str, pointer: str) -> int | None:
        """The piece a pointer into a file (by str(path)) leads to; None if nowhere."""
        key = (file, pointer)
        if key not in self._numbers:
            source = self._files.get(file)
            number = None
            if source is not None and (not pointer or pointer.startswith("/")):
                try:
                    value = walk_pointer(source.data, pointer)
                except KeyError:
                    pass
                else:
                    number = len(self._found)
                    self._found.append((file, value))
            self._numbers[key] = number
        return self._numbers[key]

    def _ref_number(self, ref: str, file: str) -> int | None:
        """The piece a ``$ref`` written in a file leads to (the loader's resolution)."""
        key = (file, ref)
        if key not in self._refs:
            try:
                path, pointer = self._index.document.split_ref(ref, self._files[file])
            except (ValueError, TypeError):
                self._refs[key] = None
            else:
                self._refs[key] = self._number(str(path), pointer)
        return self._refs[key]

    def _piece(self, number: int) -> tuple[Any, list[int]]:
        """(copy, pieces its $refs lead to) of a piece, made on first use.

        Iterative (deep schemas must not recurse); every node on the stack is a
        schema. Values of plain keywords are shared with the original, never
        changed. Then what the meta-schema rejects is set aside (``_give_up_at``)."""
        if number not in self._pieces:
            file, value = self._found[number]
            refs: list[int] = []
            top: dict[str, Any] = {"": None}
            stack: Stack = [(value, top, "")]
            while stack:
                node, parent, slot = stack.pop()
                if isinstance(node, dict):
                    parent[slot] = copy_schema(
                        node, file, stack, refs, v30=self._v30, ref_number=self._ref_number
                    )
                else:
                    parent[slot] = node
            copy, meta = top[""], _meta(self._v30)
            if not meta.is_valid(copy):
                for error in meta.iter_errors(copy):
                    copy = give_up_at(copy, error.instance_path, self._v30)
            self._pieces[number] = (copy, refs)
        return self._pieces[number]

    # -- Python keywords -------------------------------------------------------

    def _keyword_classes(self) -> dict[str, type[Any]]:
        formats = self._formats
        # Weak: compiled validators hold these classes, and the garbage collector
        # cannot see through them to free a cycle back to the checker.
        checker = weakref.ref(self)

        class Format(Keyword):
            """OpenAPI's formats, on every kind of value (see oas_formats)."""

            def __init__(self, parent: Any, value: Any, path: Any) -> None:
                self._name = value
                self._check: Check | None = formats.get(value) if isinstance(value, str) else None

            def iter_errors(self, instance: Any) -> Iterator[Exception]:
                if self._check is not None and not self._check(instance):
                    yield ValueError(f"{show(instance)} is not a {json.dumps(self._name)}")

        class Discriminator(Keyword):
            def __init__(self, parent: Any, value: Any, path: Any) -> None:
                self._spec = value

            def iter_errors(self, instance: Any) -> Iterator[Exception]:
                owner = checker()
                if owner is None:
                    yield ValueError(GAVE_UP)
                else:
                    yield from owner._check_discriminator(instance, self._spec)

        return {
            "format": Format,
            PATTERN: Pattern,
            ABORT: Abort,
            BROKEN: Broken,
            DISCRIMINATOR: Discriminator,
        }

    def _check_discriminator(self, instance: Any, spec: Any) -> Iterator[Exception]:
        """openapi-schema-validator's 3.0 discriminator: the value must be an object
        naming a schema (through ``mapping``, or a component's name) and match it."""
        if not isinstance(spec, dict):
            yield ValueError(GAVE_UP)
            return
        if not isinstance(instance, dict):
            yield ValueError(f'{show(instance)} is not of type "object"')
            return
        prop = spec["property"]
        chosen = instance.get(prop)
        if not chosen:
            yield ValueError(
                f"{show(instance)} does not contain discriminating property {json.dumps(prop)}"
            )
            return
        try:
            ref = spec["mapping"].get(chosen) or f"#/components/schemas/{chosen}"
        except TypeError:  # an unhashable property value
            yield ValueError(GAVE_UP)
            return
        if not isinstance(ref, str):
            yield ValueError(f"the mapped value for {show(chosen)} is not a string")
            return
        number = self._ref_number(ref, spec["file"]) if spec["file"] in self._files else None
        if number is None:
            yield ValueError(f"{show(instance)} reference {json.dumps(ref)} could not be resolved")
            return
        validator = self._validator(number)
        key = (number, show(instance))  # the same value against the same schema: a cycle
        if validator is None or key in self._active or len(self._active) >= _MAX_NESTING:
            yield ValueError(GAVE_UP)  # openapi-schema-validator failed here too
            return
        self._active.add(key)
        try:
            for error in validator.iter_errors(instance):
                path, message = _unpack(error)
                if message == GAVE_UP:
                    yield ValueError(GAVE_UP)
                    return
                yield ValueError(f"{_NESTED}{json.dumps(path)}{_NESTED}{message}")
        finally:
            self._active.discard(key)


@cache
def _meta(v30: bool) -> jsonschema_rs.Validator:
    """The meta-schema jsonschema-rs checks a schema against before compiling it."""
    if v30:
        return jsonschema_rs.Draft4Validator(
            {"$ref": "http://json-schema.org/draft-04/schema#"}, retriever=_refuse_remote
        )
    return jsonschema_rs.Draft202012Validator(
        {"$ref": "https://json-schema.org/draft/2020-12/schema"}, retriever=_refuse_remote
    )


def _refuse_remote(uri: str) -> Any:
    """Never fetch: a ``$ref`` outside the document is reported by the loader instead."""
    raise ValueError(f"not fetching {uri}")


def _unpack(error: jsonschema_rs.ValidationError) -> tuple[list[Any], str]:
    """(instance path, message), with a mapped schema's error put back in place."""
    path, message = list(error.instance_path), error.message
    if message.startswith(_NESTED) and message != GAVE_UP:
        inner, _, message = message[1:].partition(_NESTED)
        path.extend(json.loads(inner))
    return path, message


def _path_of(found: tuple[list[Any], str]) -> list[Any]:
    return found[0]


def _message(path: list[Any], message: str) -> str:
    where = "".join(f"[{p!r}]" for p in path)
    text = message if len(message) <= 160 else message[:157] + "..."
    return f"{where}: {text}" if where else text


def checker_for(index: SpecIndex) -> ValueChecker:
    """One checker per index (rules share it through the index's cache)."""
    cached = index.cache.get("values")
    if not isinstance(cached, ValueChecker):
        cached = ValueChecker(index)
        index.cache["values"] = cached
    return cached
