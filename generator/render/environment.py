"""The Jinja2 environment shared by every template, and its filter registry.

Templates hold layout only. Escaping is explicit: autoescape is off (we emit
Python and Markdown, not HTML) and every string from the spec passes through a
named escaping function for its context before it reaches a template.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import jinja2

TEMPLATE_DIR = Path(str(resources.files("generator.templates")))
"""Our templates: ``templates/`` in the repository, ``generator/templates`` when installed."""

F = TypeVar("F", bound=Callable[..., Any])

FILTERS: dict[str, Callable[..., Any]] = {}


def register_filter(name: str) -> Callable[[F], F]:
    """Add a named Python function to the filters every environment gets."""

    def decorate(func: F) -> F:
        FILTERS[name] = func
        return func

    return decorate


def make_environment(
    user_templates: Path | None = None, bytecode_cache: Path | None = None
) -> jinja2.Environment:
    """Our templates, overridden file by file by a user's template directory.

    ``bytecode_cache``: a directory where Jinja2 keeps its compiled templates, each
    under the checksum of its source (compiling the templates takes about 30 ms).
    """
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATE_DIR)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=(
            jinja2.FileSystemBytecodeCache(str(bytecode_cache))
            if bytecode_cache is not None and _usable(bytecode_cache)
            else None
        ),
    )
    env.filters.update(FILTERS)
    return env


def _usable(directory: Path) -> bool:
    """The cache directory exists or can be made (a read-only home just goes without)."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True
