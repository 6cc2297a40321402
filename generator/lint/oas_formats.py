"""The ``format`` checks that example and default values get (OpenAPI 3.0 / 3.1).

These are the formats, and the semantics, that openapi-schema-validator's
``oas30_format_checker`` / ``oas31_format_checker`` applied with the packages
this project installs: jsonschema's date, date-time, time, email, idn-email,
idn-hostname, ipv4, ipv6 and uuid checks, plus OpenAPI's int32, int64 and
(3.0 only) byte. ``uri``, ``hostname`` and the other JSON Schema formats were
not checked (jsonschema checks them only when optional packages are
installed), so they are not checked here either. They are plain functions
over stdlib calls so that linting does not import jsonschema or pydantic.

Every check answers True for a value it does not apply to (a number for a
string format, ``None``, ...), as the originals do.
"""

from __future__ import annotations

import binascii
import calendar
import ipaddress
import re
from base64 import b64decode
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from uuid import UUID

Check = Callable[[Any], bool]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATE_TIME = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(\d{2})"  # year, month, day
    r"T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?"  # time (no leap second)
    r"(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)",  # offset
    re.ASCII,
)


def is_date(value: Any) -> bool:
    """RFC 3339 full-date: the shape, then a real calendar day."""
    if not isinstance(value, str):
        return True
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_date_time(value: Any) -> bool:
    """RFC 3339 date-time (``t`` and ``z`` may be lower case; year 0 and leap
    seconds are refused, like rfc3339-validator, which jsonschema used)."""
    if not isinstance(value, str):
        return True
    found = _DATE_TIME.fullmatch(value.upper())
    if found is None:
        return False
    year, month, day = (int(part) for part in found.groups())
    return year > 0 and 1 <= day <= calendar.monthrange(year, month)[1]


def is_time(value: Any) -> bool:
    """``HH:MM:SS`` as ``strptime`` reads it: the check jsonschema registers last
    under "time" (its draft 3 one), so the one openapi-schema-validator used."""
    if not isinstance(value, str):
        return True
    try:
        datetime.strptime(value, "%H:%M:%S")
    except ValueError:
        return False
    return True


def is_email(value: Any) -> bool:
    """jsonschema's email check: an ``@`` somewhere."""
    return not isinstance(value, str) or "@" in value


def is_ipv4(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def is_ipv6(value: Any) -> bool:
    """An IPv6 address without a zone (``%eth0``) suffix."""
    if not isinstance(value, str):
        return True
    try:
        address = ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return not address.scope_id


def is_uuid(value: Any) -> bool:
    """What ``uuid.UUID`` reads, in the hyphenated 8-4-4-4-12 spelling."""
    if not isinstance(value, str):
        return True
    try:
        UUID(value)
    except ValueError:
        return False
    return all(value[i] == "-" for i in (8, 13, 18, 23))


def is_idn_hostname(value: Any) -> bool:
    """IDNA 2008 host names, checked only when ``idna`` is installed (as before)."""
    if not isinstance(value, str):
        return True
    try:
        import idna
    except ImportError:  # pragma: no cover - idna comes with the HTTP stack
        return True
    try:
        idna.encode(value)
    except (idna.IDNAError, UnicodeError):
        return False
    return True


def is_regex(value: Any) -> bool:
    """A pattern Python's ``re`` compiles (openapi-schema-validator's check
    without its optional ECMA engine)."""
    if not isinstance(value, str):
        return True
    try:
        re.compile(value)
    except re.error:
        return False
    return True


def is_int32(value: Any) -> bool:
    return _in_range(value, 31)


def is_int64(value: Any) -> bool:
    return _in_range(value, 63)


def _in_range(value: Any, bits: int) -> bool:
    """Integers only (not bools, not floats) must fit the signed width."""
    if isinstance(value, bool) or not isinstance(value, int):
        return True
    return -(1 << bits) <= value < 1 << bits


def is_byte(value: Any) -> bool:
    """Strict base64 (RFC 4648 alphabet, padded). Non-ASCII text is not base64;
    openapi-schema-validator crashed on it, which silently passed the value."""
    if not isinstance(value, str):
        return True
    try:
        b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


_COMMON: dict[str, Check] = {
    "date": is_date,
    "date-time": is_date_time,
    "time": is_time,
    "email": is_email,
    "idn-email": is_email,
    "idn-hostname": is_idn_hostname,
    "ipv4": is_ipv4,
    "ipv6": is_ipv6,
    "uuid": is_uuid,
    "regex": is_regex,
    "int32": is_int32,
    "int64": is_int64,
    # float, double, password (and 3.0's binary) accept every JSON value.
}
FORMATS_30: dict[str, Check] = {**_COMMON, "byte": is_byte}
FORMATS_31: dict[str, Check] = dict(_COMMON)
