"""The arguments of an example call: which parameters it passes, and their values.

Shared by the docs' example programs and the end-to-end calls, so both send the
same request. Required parameters are always passed. An optional query, header or
cookie parameter is passed only when the spec gives a value for it (an ``example``,
a ``default``, or an ``enum`` to choose from): a made-up value for a filter, a page
token or a precondition changes what the call means, and real servers answer it
with 400 or 412. Of the preconditions ``If-Match`` and ``If-None-Match`` (RFC 9110
§13.1.1-13.1.2) at most one is passed; a call sending both asks for two opposite
things.
"""

from __future__ import annotations

from generator.ir.model import MISSING, Operation, Parameter, RequestBody
from generator.ir.types import ArrayOf, Const, EnumRef, TypeRef, Union, strip_nullable
from generator.render.example_values import Value
from generator.render.examples import ExampleFactory

_EXCLUSIVE_HEADERS = ("if-match", "if-none-match")


def spec_gives_value(param: Parameter) -> bool:
    """The spec says what to send: an example, a default, or a closed set of values."""
    return param.example is not MISSING or param.default is not MISSING or _enumerated(param.type)


def _enumerated(t: TypeRef) -> bool:
    inner = strip_nullable(t)
    if isinstance(inner, ArrayOf):
        inner = strip_nullable(inner.item)
    if isinstance(inner, Union):
        return all(isinstance(strip_nullable(v), Const | EnumRef) for v in inner.variants)
    return isinstance(inner, EnumRef | Const)


def passed_parameters(op: Operation) -> list[Parameter]:
    """The parameters an example call passes, in the operation's order."""
    chosen = [p for p in op.parameters if p.required or (not p.deprecated and spec_gives_value(p))]
    headers = {p.wire_name.lower(): p for p in chosen if p.location == "header"}
    if all(name in headers for name in _EXCLUSIVE_HEADERS):
        dropped = headers["if-none-match"]
        if not dropped.required:
            chosen.remove(dropped)
        elif not headers["if-match"].required:
            chosen.remove(headers["if-match"])
    return chosen


class RequestExamples:
    """Values for the parameters and body of example calls."""

    def __init__(self, factory: ExampleFactory) -> None:
        self.factory = factory

    def parameter_value(self, param: Parameter, seed: str) -> Value | None:
        for candidate in (param.example, param.default):
            if candidate is not MISSING:
                lifted = self.factory.lift(candidate, param.type, param.constraints)
                if lifted is not None:
                    return lifted
        return self.factory.make(
            param.type, hint=param.wire_name, seed=seed, constraints=param.constraints
        )

    def body_value(self, op: Operation) -> Value | None:
        body = op.body
        if body is None:
            return None
        media = body.primary
        if body.example is not MISSING:
            lifted = self.factory.lift(body.example, media.type)
            if lifted is not None:
                return lifted
        made = self.factory.make(media.type, hint=body.name, seed=op.operation_id)
        if made is None:
            # Only a schema no value satisfies gets here: show the closest value anyway.
            self.factory.allow_unsatisfiable = True
            try:
                made = self.factory.make(media.type, hint=body.name, seed=op.operation_id)
            finally:
                self.factory.allow_unsatisfiable = False
        return made

    def values(self, op: Operation) -> list[tuple[Parameter | RequestBody, Value | None]]:
        """The parameters and body an example call passes, each with its value."""
        out: list[tuple[Parameter | RequestBody, Value | None]] = [
            (param, self.parameter_value(param, f"{op.operation_id}/{param.wire_name}"))
            for param in passed_parameters(op)
        ]
        if op.body is not None:
            out.append((op.body, self.body_value(op)))
        return out
