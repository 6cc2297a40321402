"""The keywords jsonschema-rs runs in Python for the value checks (see
:mod:`generator.lint.values.checker`): ``pattern`` with Python's ``re``, a ``$ref`` that
leads nowhere, and keywords the meta-schema rejects.

Each error is an exception whose text is the message; :data:`GAVE_UP` as the
message drops every finding for the value (openapi-schema-validator crashed
there and reported nothing).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

GAVE_UP = "\x00abort"


def show(value: Any) -> str:
    """A value as jsonschema-rs shows it in its messages (compact JSON)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


class Keyword:
    """A jsonschema-rs custom keyword: errors as exceptions, their text the message."""

    def iter_errors(self, instance: Any) -> Iterator[Exception]:
        raise NotImplementedError

    def validate(self, instance: Any) -> None:
        for error in self.iter_errors(instance):
            raise error


class Pattern(Keyword):
    """``re.search``, as openapi-schema-validator did (an invalid pattern drops the
    value's findings, as its crash did)."""

    def __init__(self, parent: Any, value: Any, path: Any) -> None:
        self._source = value
        try:
            self._pattern: re.Pattern[str] | None = re.compile(value)
        except (re.error, TypeError):
            self._pattern = None

    def iter_errors(self, instance: Any) -> Iterator[Exception]:
        if not isinstance(instance, str):
            return
        if self._pattern is None:
            yield ValueError(GAVE_UP)
        elif not self._pattern.search(instance):
            yield ValueError(f"{show(instance)} does not match {show(self._source)}")


class Abort(Keyword):
    """Stands for a ``$ref`` that leads nowhere."""

    def __init__(self, parent: Any, value: Any, path: Any) -> None:
        pass

    def iter_errors(self, instance: Any) -> Iterator[Exception]:
        yield ValueError(GAVE_UP)


class Broken(Keyword):
    """Keywords the meta-schema rejects: give up on a value any of them applies to."""

    def __init__(self, parent: Any, value: Any, path: Any) -> None:
        self._applies = (
            {_APPLIES_TO.get(k, object) for k in value} if isinstance(value, list) else {object}
        )

    def iter_errors(self, instance: Any) -> Iterator[Exception]:
        kind = _JSON_KIND.get(type(instance), object)
        if object in self._applies or kind in self._applies:
            yield ValueError(GAVE_UP)


# The kind of value each keyword looks at (the others look at every value).
_APPLIES_TO: dict[str, type] = {
    **dict.fromkeys(
        ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"), float
    ),
    **dict.fromkeys(("maxLength", "minLength", "pattern"), str),
    **dict.fromkeys(("items", "prefixItems", "maxItems", "minItems", "uniqueItems"), list),
    **dict.fromkeys(("contains", "maxContains", "minContains", "unevaluatedItems"), list),
    **dict.fromkeys(("properties", "patternProperties", "additionalProperties"), dict),
    **dict.fromkeys(("required", "maxProperties", "minProperties", "dependentRequired"), dict),
    **dict.fromkeys(("dependentSchemas", "propertyNames", "unevaluatedProperties"), dict),
}
_JSON_KIND: dict[type, type] = {int: float, float: float, str: str, list: list, dict: dict}
