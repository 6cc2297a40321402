"""The naming authority: every Python name in the output is decided here, once.

Spellings (:mod:`.cases`) turn a spec's names into Python's conventions; a
:class:`Namespace` hands out names that are valid identifiers, avoid the reserved
words of its namespace (:mod:`.reserved`) and never collide with names already
given in it (case-insensitively where the name becomes a file). Callers claim
names in a sorted, deterministic order, so the same spec always yields the same
names; every rename is recorded so the CLI can report it.
"""

from generator.naming.cases import (
    ascii_fold,
    attribute_name,
    class_name,
    make_identifier,
    member_name,
    pascal_case,
    snake_case,
    tag_key,
    upper_snake,
    words,
)
from generator.naming.namespace import Namespace, Rename, numbered
from generator.naming.reserved import (
    CLASS_RESERVED,
    ENUM_MEMBER_RESERVED,
    FIELD_RESERVED,
    METHOD_RESERVED,
    MODULE_RESERVED,
    PARAMETER_RESERVED,
    PYTHON_RESERVED,
    SECURITY_RESERVED,
)

__all__ = [
    "CLASS_RESERVED",
    "ENUM_MEMBER_RESERVED",
    "FIELD_RESERVED",
    "METHOD_RESERVED",
    "MODULE_RESERVED",
    "PARAMETER_RESERVED",
    "PYTHON_RESERVED",
    "SECURITY_RESERVED",
    "Namespace",
    "Rename",
    "ascii_fold",
    "attribute_name",
    "class_name",
    "make_identifier",
    "member_name",
    "numbered",
    "pascal_case",
    "snake_case",
    "tag_key",
    "upper_snake",
    "words",
]
