"""Swagger 2.0 ``securityDefinitions`` -> OpenAPI 3.0.3 ``securitySchemes`` (section 4.7.27).

``basic`` becomes an ``http`` scheme; an ``oauth2`` definition's single ``flow``
becomes one entry of ``flows`` (2.0 ``application`` is 3.0 ``clientCredentials``,
``accessCode`` is ``authorizationCode``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["security_scheme"]

FLOWS = {
    "implicit": "implicit",
    "password": "password",
    "application": "clientCredentials",
    "accessCode": "authorizationCode",
}


def security_scheme(scheme: Any) -> Any:
    """A 2.0 security definition as a 3.0 security scheme."""
    if not isinstance(scheme, dict):
        return scheme
    out = {k: v for k, v in scheme.items() if k == "description" or k.startswith("x-")}
    kind = scheme.get("type")
    if kind == "basic":
        out.update(type="http", scheme="basic")
    elif kind == "apiKey":
        out.update(type="apiKey", name=scheme.get("name"), **{"in": scheme.get("in")})
    elif kind == "oauth2":
        flow_name = FLOWS.get(str(scheme.get("flow")), "implicit")
        flow: dict[str, Any] = {}
        if flow_name in ("implicit", "authorizationCode"):
            flow["authorizationUrl"] = scheme.get("authorizationUrl", "")
        if flow_name != "implicit":
            flow["tokenUrl"] = scheme.get("tokenUrl", "")
        flow["scopes"] = scheme.get("scopes") or {}
        out.update(type="oauth2", flows={flow_name: flow})
    else:
        return dict(scheme)
    return out
