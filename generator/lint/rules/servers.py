"""Rules on servers (OpenAPI 3.x §4.8.5 Server Object, §4.8.6 Server Variable Object)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.load.document import join_pointer

_VARIABLE = re.compile(r"\{([^{}]*)\}")


def _servers(index: SpecIndex) -> Iterator[tuple[str, dict[str, Any]]]:
    """Top-level, path-item and operation servers."""
    places: list[tuple[str, Any]] = [("", index.data)]
    seen_items: set[str] = set()
    for op in index.operations:
        if op.path_pointer not in seen_items:
            seen_items.add(op.path_pointer)
            places.append((op.path_pointer, op.path_item))
        places.append((op.pointer, op.value))
    for pointer, owner in places:
        servers = owner.get("servers")
        if isinstance(servers, list):
            for i, server in enumerate(servers):
                if isinstance(server, dict):
                    yield join_pointer(pointer, "servers", i), server


@rule("servers-defined", Severity.WARNING, "The document declares at least one server.")
def servers_defined(index: SpecIndex) -> Iterator[Finding]:
    servers = index.data.get("servers")
    if not isinstance(servers, list) or not servers:
        yield Finding("", "no servers are declared; clients will need a base URL from the user")


@rule(
    "server-url-valid",
    Severity.WARNING,
    "Server URLs are absolute or root-relative, without a trailing slash, query or fragment.",
)
def server_url_valid(index: SpecIndex) -> Iterator[Finding]:
    for pointer, server in _servers(index):
        url = server.get("url")
        where = join_pointer(pointer, "url")
        if not isinstance(url, str) or not url.strip():
            yield Finding(pointer, "server has no url")
            continue
        plain = _VARIABLE.sub("x", url)
        parts = urlsplit(plain)
        if parts.query or parts.fragment:
            yield Finding(where, f"server url {url!r} has a query or fragment")
        if len(url) > 1 and url.endswith("/"):
            yield Finding(where, f"server url {url!r} ends with a slash")
        if not parts.scheme and not plain.startswith("/"):
            yield Finding(where, f"server url {url!r} is neither absolute nor root-relative")
        elif parts.scheme and not parts.netloc:
            yield Finding(where, f"server url {url!r} has no host")


@rule(
    "server-variables-defined",
    Severity.ERROR,
    "Every {variable} in a server url is defined, used, and has a default in its enum.",
)
def server_variables_defined(index: SpecIndex) -> Iterator[Finding]:
    for pointer, server in _servers(index):
        url = server.get("url")
        if not isinstance(url, str):
            continue
        used = _VARIABLE.findall(url)
        variables = server.get("variables")
        defined = variables if isinstance(variables, dict) else {}
        for name in dict.fromkeys(used):
            if name not in defined:
                yield Finding(
                    join_pointer(pointer, "url"), f"server variable {{{name}}} is not defined"
                )
        for name, variable in defined.items():
            var_ptr = join_pointer(pointer, "variables", name)
            if name not in used:
                yield Finding(var_ptr, f"server variable {name!r} is not used in the url")
            if isinstance(variable, dict):
                enum = variable.get("enum")
                if isinstance(enum, list) and enum and variable.get("default") not in enum:
                    yield Finding(
                        join_pointer(var_ptr, "default"),
                        f"default of server variable {name!r} is not one of its enum values",
                    )
