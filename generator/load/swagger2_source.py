"""Map pointers into an upgraded Swagger 2.0 document back to the 2.0 source.

Diagnostics about an upgraded document name 3.0 pointers
(``/components/schemas/Pet``); the text on disk spells them the 2.0 way
(``/definitions/Pet``). ``locate`` uses this mapping to find the line. It is
approximate where the upgrade merged things (a ``requestBody`` points at the
operation's ``parameters``); ``locate`` then falls back to the nearest part
that exists.
"""

from __future__ import annotations

import re

_MEDIA = r"/content/[^/]+"
_RULES = [
    (re.compile(r"^/openapi$"), "/swagger"),
    (re.compile(r"^/servers(/.*)?$"), "/host"),
    (re.compile(r"^/components/schemas/"), "/definitions/"),
    (re.compile(r"^/components/securitySchemes/"), "/securityDefinitions/"),
    (re.compile(r"^/components/parameters/([^/]+)/schema"), r"/parameters/\1"),
    (re.compile(r"^/components/parameters/"), "/parameters/"),
    (re.compile(r"^/components/requestBodies/([^/]+)" + _MEDIA), r"/parameters/\1"),
    (re.compile(r"^/components/requestBodies/"), "/parameters/"),
    (re.compile(r"^/components/responses/"), "/responses/"),
    (re.compile(r"^(/paths/[^/]+/[^/]+)/requestBody(/.*)?$"), r"\1/parameters"),
    (re.compile(r"(/parameters/\d+)/schema"), r"\1"),
    (re.compile(r"(/responses/[^/]+)" + _MEDIA + r"/(schema|example)"), r"\1/\2"),
    (re.compile(r"(/headers/[^/]+)/schema"), r"\1"),
]


def source_pointer(pointer: str) -> str:
    """The 2.0 pointer that a pointer into the upgraded document came from."""
    for pattern, replacement in _RULES:
        pointer = pattern.sub(replacement, pointer, count=1)
    return pointer
