"""Complete, runnable example programs for the generated client, laid out as black would.

Each program imports every name it uses, builds a ``Configuration`` whose host
comes from ``<PACKAGE>_HOST`` (default: the spec's first server), enters an
``ApiClient`` and calls one operation with arguments that validate against the
schema. The layout follows ``docs/generated-client.md``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.ir.model import (
    Api,
    Operation,
    Parameter,
    RequestBody,
    SecurityScheme,
    Tag,
)
from generator.render.example_requests import RequestExamples
from generator.render.examples import ExampleFactory, Value, to_python
from generator.render.layout import layout_source

FAILURE_MARKER = "Exception when calling"
"""Printed by an example when the call raised ``ApiException``: tests look for it."""

_FIXED_NAMES = frozenset(
    {"os", "pprint", "configuration", "api_client", "api_instance", "api_response", "e"}
)
"""Names every program defines; an argument variable with one of them gets ``_value``."""


@dataclass(frozen=True, slots=True)
class Argument:
    name: str
    source: str
    required: bool


def env_prefix(package_name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", package_name).upper()


def server_url(api: Api) -> str:
    """The first server's URL with its variables at their defaults."""
    if not api.servers:
        return "http://localhost"
    server = api.servers[0]
    url = server.url
    for var in server.variables:
        url = url.replace("{" + var.name + "}", var.default)
    return url


@functools.lru_cache(maxsize=4096)
def format_python(source: str) -> str:
    """An example program laid out (memoised: both doc styles share programs)."""
    return layout_source(source)


def _comment(text: str) -> str:
    return " ".join(text.split())


class ProgramBuilder:
    """Example programs for the operations of one ``Api``."""

    def __init__(
        self,
        api: Api,
        package_name: str,
        factory: ExampleFactory,
        format_code: Callable[[str], str] | None = None,
    ) -> None:
        self.format_code = format_code or format_python
        self.api = api
        self.pkg = package_name
        self.factory = factory
        self.requests = RequestExamples(factory)
        self.schemes = {s.key: s for s in api.security_schemes}
        self.host_default = server_url(api)
        self.prefix = env_prefix(package_name)

    # -- pieces ---------------------------------------------------------------------------

    def host_expr(self) -> str:
        return f"os.environ.get({self.prefix + '_HOST'!r}, {self.host_default!r})"

    def credentials(self, op: Operation | None) -> list[str]:
        """Configuration keyword arguments for the first required security alternative."""
        requirement = op.security if op is not None and op.security is not None else None
        alternatives = requirement if requirement is not None else self.api.security
        if not alternatives or any(len(alt) == 0 for alt in alternatives):
            return []
        out: list[str] = []
        api_keys: list[str] = []
        for key in alternatives[0]:
            scheme = self.schemes.get(key)
            if scheme is None:
                continue
            out.extend(self._credential(scheme, api_keys))
        if api_keys:
            out.append("api_key={" + ", ".join(api_keys) + "}")
        return out

    def _credential(self, scheme: SecurityScheme, api_keys: list[str]) -> list[str]:
        env = self.prefix
        if scheme.kind == "http" and scheme.scheme.lower() == "basic":
            return [
                f"username=os.environ.get({env + '_USERNAME'!r}, 'user')",
                f"password=os.environ.get({env + '_PASSWORD'!r}, 'password')",
            ]
        if scheme.kind == "apiKey":
            var = env + "_" + re.sub(r"[^A-Za-z0-9]+", "_", scheme.key).upper()
            api_keys.append(f"{scheme.key!r}: os.environ.get({var!r}, 'my-api-key')")
            return []
        return [f"access_token=os.environ.get({env + '_ACCESS_TOKEN'!r}, 'my-access-token')"]

    def example_values(self, op: Operation) -> list[tuple[Parameter | RequestBody, Value | None]]:
        """The parameters and body the example program passes, each with its value."""
        return self.requests.values(op)

    def arguments(self, op: Operation, imports: set[str]) -> list[Argument]:
        """Values for the required parameters (in signature order) and the optional ones."""
        args = [
            Argument(item.name, to_python(value, imports), item.required)
            for item, value in self.example_values(op)
            if value is not None
        ]
        # Required ones first: they are positional in the client's signature.
        return sorted(args, key=lambda a: not a.required)

    # -- programs -------------------------------------------------------------------------

    def operation_program(self, tag: Tag, op: Operation) -> str:
        imports: set[str] = set()
        args = self.arguments(op, imports)
        modules = sorted(i for i in imports if i.startswith("import "))
        classes = sorted(i for i in imports if not i.startswith("import "))
        taken = {m.split()[-1] for m in modules} | set(classes) | _FIXED_NAMES
        taken |= {self.pkg, tag.module}
        variables = [a.name if a.name not in taken else f"{a.name}_value" for a in args]
        # Required arguments are positional in the client's signature, optional ones keyword-only.
        call_args = ", ".join(
            var if a.required else f"{a.name}={var}" for a, var in zip(args, variables, strict=True)
        )
        call = f"api_instance.{op.name}({call_args})"
        returns = any(r.status.startswith("2") and r.type is not None for r in op.responses)
        lines = sorted(["import os", *modules])
        if returns:
            lines.append("from pprint import pprint")
        lines += [
            "",
            f"import {self.pkg}",
            f"from {self.pkg}.api import {tag.module}",
        ]
        if classes:
            lines.append(f"from {self.pkg}.models import {', '.join(classes)}")
        lines += ["", *self._configuration(op), ""]
        lines.append(f"with {self.pkg}.ApiClient(configuration) as api_client:")
        lines.append(f"    api_instance = {tag.module}.{tag.class_name}(api_client)")
        lines += [f"    {var} = {a.source}" for a, var in zip(args, variables, strict=True)]
        lines.append("    try:")
        summary = _comment(op.summary)
        if summary:
            lines.append(f"        # {summary}")
        if returns:
            lines.append(f"        api_response = {call}")
            lines.append("        pprint(api_response)")
        else:
            lines.append(f"        {call}")
        where = f"{tag.class_name}.{op.name}"
        lines.append(f"    except {self.pkg}.ApiException as e:")
        lines.append(f"        print(f{FAILURE_MARKER + ' ' + where + ': {e}'!r})")
        return self.format_code("\n".join(lines) + "\n")

    def scheme_snippet(self, scheme: SecurityScheme) -> str:
        """How to configure one security scheme's credentials."""
        api_keys: list[str] = []
        args = [f"host={self.host_expr()}", *self._credential(scheme, api_keys)]
        if api_keys:
            args.append("api_key={" + ", ".join(api_keys) + "}")
        return self.format_code(
            f"import os\n\nimport {self.pkg}\n\n"
            f"configuration = {self.pkg}.Configuration({', '.join(args)})\n"
        )

    def _configuration(self, op: Operation | None) -> list[str]:
        args = [f"host={self.host_expr()}", *self.credentials(op)]
        return [f"configuration = {self.pkg}.Configuration({', '.join(args)})"]
