"""Rules on security (OpenAPI 3.x §4.8.27 Security Scheme, §4.8.30 Security Requirement)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Severity
from generator.lint.index import SpecIndex
from generator.lint.model import Finding, rule
from generator.load.document import join_pointer


def _requirements(index: SpecIndex) -> Iterator[tuple[str, Any]]:
    places: list[tuple[str, Any]] = [("", index.data)]
    places.extend((op.pointer, op.value) for op in index.operations)
    for pointer, owner in places:
        security = owner.get("security")
        if isinstance(security, list):
            for i, requirement in enumerate(security):
                yield join_pointer(pointer, "security", i), requirement


def _oauth_scopes(scheme: dict[str, Any]) -> set[str]:
    scopes: set[str] = set()
    flows = scheme.get("flows")
    if isinstance(flows, dict):
        for flow in flows.values():
            if isinstance(flow, dict) and isinstance(flow.get("scopes"), dict):
                scopes.update(str(s) for s in flow["scopes"])
    return scopes


@rule(
    "security-defined",
    Severity.ERROR,
    "Security requirements name defined schemes, and OAuth2 scopes defined in a flow.",
)
def security_defined(index: SpecIndex) -> Iterator[Finding]:
    components = index.data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    defined: dict[str, Any] = schemes if isinstance(schemes, dict) else {}
    for pointer, requirement in _requirements(index):
        if not isinstance(requirement, dict):
            continue
        for name, scopes in requirement.items():
            where = join_pointer(pointer, name)
            if name not in defined:
                yield Finding(where, f"security scheme {name!r} is not defined")
                continue
            target = index.deref(defined[name], join_pointer("/components/securitySchemes", name))
            scheme = target.value if target is not None else None
            if not isinstance(scheme, dict) or scheme.get("type") != "oauth2":
                continue
            known = _oauth_scopes(scheme)
            for i, scope in enumerate(scopes if isinstance(scopes, list) else []):
                if str(scope) not in known:
                    yield Finding(
                        join_pointer(where, i),
                        f"scope {scope!r} is not defined by any flow of {name!r}",
                    )
