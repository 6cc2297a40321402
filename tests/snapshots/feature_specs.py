"""The feature-named specs in ``specs/`` and how to render them in-process."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.diagnostics import sorted_diagnostics
from generator.pipeline import Rendered, render
from generator.settings.options import Options

REPO = Path(__file__).resolve().parents[2]
SPECS = REPO / "specs"
RUNTIME = REPO / "generator" / "runtime"

FEATURE_SPECS = (
    "all-of",
    "auth",
    "bodies",
    "composition",
    "composition-3.1",
    "constant-properties-3.1",
    "enums",
    "example-values",
    "keywords-and-collisions",
    "naming",
    "nullable",
    "nullable-3.1",
    "one-of-discriminator",
    "optional-responses-3.1",
    "parameters",
    "recursive",
    "refs-in-data",
    "responses",
)

KNOWN_BROKEN: dict[str, str] = {}
"""Specs the generator cannot turn into a valid package yet (see the xfail tests)."""


def package_name(spec: str) -> str:
    return spec.replace("-", "_").replace(".", "_") + "_client"


def runtime_files() -> dict[str, str]:
    """The runtime modules copied verbatim into every package, by file name."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME.glob("*.py"))
        if path.name != "__init__.py"
    }


@contextmanager
def in_repo() -> Iterator[None]:
    """Diagnostics show the spec path relative to the working directory."""
    before = os.getcwd()
    os.chdir(REPO)
    try:
        yield
    finally:
        os.chdir(before)


def spec_options(spec: str, output: Path, docs_style: str = "openapi-generator") -> Options:
    """Options for one feature spec; the spec path is relative to the repository."""
    return Options(
        spec=Path("specs") / f"{spec}.yaml",
        output=output,
        package_name=package_name(spec),
        docs_style=docs_style,
        use_cache=False,
    )


def render_spec(spec: str, output: Path, docs_style: str = "openapi-generator") -> Rendered:
    with in_repo():
        return render(spec_options(spec, output, docs_style))


@functools.cache
def rendered_spec(spec: str, docs_style: str = "openapi-generator") -> Rendered:
    """Rendered once per test session (render never writes to ``output``). Its files are
    what ``apismith generate`` writes: the default run formats nothing after render."""
    return render_spec(spec, Path("unused-output"), docs_style)


def diagnostics_text(rendered: Rendered) -> str:
    return "".join(f"{d.one_line()}\n" for d in sorted_diagnostics(rendered.diagnostics))
