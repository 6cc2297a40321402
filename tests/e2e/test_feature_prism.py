"""Feature specs whose point is the requests a client sends, called against Prism.

Prism validates each request against the spec and answers 422 when it does not
match, so every operation passing shows the end-to-end calls (the docs' example
calls, ``tests/e2e/operation_calls.py``) send valid parameters and bodies.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.pipeline import write
from tests.e2e.operation_calls import call_all
from tests.snapshots.feature_specs import SPECS, package_name, render_spec, spec_options

PRISM_FEATURE_SPECS = ("example-values",)


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    root = tmp_path_factory.mktemp("feature-prism")
    out: dict[str, Path] = {}
    for spec in PRISM_FEATURE_SPECS:
        project = root / spec
        write(spec_options(spec, project), render_spec(spec, project))
        out[spec] = project
    sys.path[:0] = [str(p) for p in out.values()]
    try:
        yield out
    finally:
        for p in out.values():
            sys.path.remove(str(p))


@pytest.mark.parametrize("spec", PRISM_FEATURE_SPECS)
def test_feature_spec_calls_pass_prism_validation(
    spec: str, projects: dict[str, Path], prism: Callable[[Path], str]
) -> None:
    package = package_name(spec)
    pkg = importlib.import_module(package)
    api = render_spec(spec, projects[spec]).api
    configuration = pkg.Configuration(host=prism(SPECS / f"{spec}.yaml"), retries=None)
    with pkg.ApiClient(configuration) as client:
        result = call_all(api, package, client)
    operations = len({id(op) for op in api.operations()})
    print(f"\n{spec}: {len(result.passed)} of {operations} operations passed")
    assert not result.failed, "\n".join(f"{label}: {why}" for label, why in result.failed)
    assert len(result.passed) == operations
