"""The names each namespace of the generated package can never hand out.

One set per namespace, each holding only what would break the generated code if a
spec's name took it: Python's keywords (``None``, ``True`` and ``False`` included)
and soft keywords everywhere, plus the names the generated modules of that
namespace import or define. Runtime helpers are listed here, next to the modules
that import them, so a new import in a template is one line to add. pydantic's
``Field`` is not among them: render imports it as ``_Field`` in a package that has a
class called Field.
"""

from __future__ import annotations

import keyword

PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | {"self", "cls"}
"""Keywords, soft keywords, and the conventional first parameters."""

# Module-level names in generated model and API modules and in the lazy
# ``__init__`` modules that re-export classes (templates/client/*.jinja,
# render/typestr.py, render/models.py, render/apis.py).
_MODULE_LEVEL_IMPORTS = frozenset(
    {
        # typing and collections.abc
        "Annotated",
        "Any",
        "Literal",
        "Mapping",
        "TYPE_CHECKING",
        "TypeAlias",
        # the generated package's runtime (model_base, endpoint, api_client)
        "ApiClient",
        "ApiModel",
        "ApiResponse",
        "AsyncApiClient",
        "Endpoint",
        "FileContent",
        "OpenIntEnum",
        "OpenStrEnum",
        "ParamSpec",
        "ResponseSpec",
        # defined by every API module (templates/client/api_module.py.jinja)
        "Timeout",
        # raised by the lazy __init__ modules' __getattr__
        "AttributeError",
    }
)

CLASS_RESERVED = PYTHON_RESERVED | _MODULE_LEVEL_IMPORTS
"""Model, enum, union and API class names: one namespace per package."""

MODULE_RESERVED = PYTHON_RESERVED | {"__init__"}
"""Module (file) names; claimed case-insensitively, as file systems may fold case."""

# pydantic.BaseModel's public attributes (v1 names included: they still exist as
# deprecated methods) and what the runtime's ApiModel adds.
FIELD_RESERVED = PYTHON_RESERVED | {
    "construct",
    "copy",
    "dict",
    "fields",
    "from_orm",
    "json",
    "parse_file",
    "parse_obj",
    "parse_raw",
    "schema",
    "schema_json",
    "update_forward_refs",
    "validate",
    "model_computed_fields",
    "model_config",
    "model_construct",
    "model_copy",
    "model_dump",
    "model_dump_json",
    "model_extra",
    "model_fields",
    "model_fields_set",
    "model_json_schema",
    "model_parametrized_name",
    "model_post_init",
    "model_rebuild",
    "model_validate",
    "model_validate_json",
    "model_validate_strings",
    "to_dict",
    "to_json",
    "from_dict",
    "from_json",
}
"""Model field names (runtime/model_base.py's ApiModel)."""

METHOD_RESERVED = PYTHON_RESERVED | {"api_client"}
"""API class methods: ``api_client`` is the attribute every API class sets."""

PARAMETER_RESERVED = PYTHON_RESERVED
"""Method parameters (the method's own ``_request_timeout``, ``_headers`` and
``_content_type`` start with an underscore, which no generated name does)."""

ENUM_MEMBER_RESERVED = frozenset({"MRO", "NAME", "VALUE", "_missing_", "_generate_next_value_"})
"""Enum members (upper snake case, so keywords cannot occur)."""

SECURITY_RESERVED = PYTHON_RESERVED
"""Variables of the generated ``security`` module."""
