"""String formats (OpenAPI 3.0 §4.4, 3.1 §4.2; JSON Schema Validation §7.3) an example
value must have: the shapes the linter's value checker and real servers accept."""

from __future__ import annotations

import base64
import datetime
import ipaddress
import re

FORMAT_EXAMPLES = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2024-01-15T09:30:00Z",
    "date": "2024-01-15",
    "time": "09:30:00",
    "email": "jane.doe@example.com",
    "idn-email": "jane.doe@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "iri": "https://example.com/resource",
    "uri-reference": "https://example.com/resource",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.10",
    "ipv6": "2001:db8::10",
    "byte": "ZXhhbXBsZQ==",
    "password": "correct-horse-battery-staple",
    "duration": "P1D",
    "regex": "^[a-z]+$",
    "json-pointer": "/example",
}
"""An example value of each format (example values of a uuid vary by where they are used)."""

_SHAPES = {
    "uuid": r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}",
    "date": r"\d{4}-\d{2}-\d{2}",
    "date-time": r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})",
    "time": r"\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?",
    "email": r"[^@\s]+@[^@\s]+\.[^@\s]+",
    "idn-email": r"[^@\s]+@[^@\s]+\.[^@\s]+",
}
"""RFC 3339 (§5.6) dates and times, RFC 4122 UUIDs, addresses with a dotted domain."""


def conforms_format(data: str, fmt: str) -> bool:
    """Whether ``data`` is a string of the format (formats not listed: any string)."""
    shape = _SHAPES.get(fmt)
    if shape is not None and re.fullmatch(shape, data) is None:
        return False
    try:
        if fmt == "date":
            datetime.date.fromisoformat(data)
        elif fmt == "date-time":
            datetime.datetime.fromisoformat(data.upper().replace("Z", "+00:00"))
        elif fmt in ("uri", "url"):
            return re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", data) is not None
        elif fmt == "ipv4":
            ipaddress.IPv4Address(data)
        elif fmt == "ipv6":
            ipaddress.IPv6Address(data)
        elif fmt == "byte":
            base64.b64decode(data.encode("ascii"), validate=True)
            return len(data) % 4 == 0
        elif fmt == "regex":
            re.compile(data)
    except (ValueError, UnicodeEncodeError, re.error):
        return False
    return True
