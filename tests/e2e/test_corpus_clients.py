"""Every spec of the shared corpus: the generated client type-checks and works against Prism.

Clients are generated without docs and without the formatter (formatting is
proven on the Airbyte client; here only behaviour and types matter).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.load import Limits
from generator.naming import snake_case
from generator.pipeline import Options, render
from generator.write import write_output
from tests.e2e.operation_calls import call_all
from tests.e2e.prism import REPO

CORPUS = REPO / "specs" / "corpus"
FLAGSHIP = "config-2026-08-21-e9ece38f83.yaml"  # covered by test_airbyte_client
SPLIT_PIECES = {"Pet.yaml", "NewPet.yaml", "parameters.yaml", "Error.yaml"}
# Files the multi-file petstore reaches in ../common: allowed for that spec only.
OUTSIDE_REFS = {"swagger.yaml"}
# Specs not yet passing, each with what fails and why (issue #6 tracks them).
KNOWN_FAILURES = {
    "v3.1/non-oauth-scopes.yaml": "the only operation declares no responses; Prism answers 500",
    "openapi-python-client/3.1_specific.openapi.yaml": (
        "a query parameter named 'required query': Prism looks for 'required%20query'"
    ),
    "openapi-python-client/baseline_openapi_3.0.json": (
        "Prism's process dies on /config/content-type-override"
    ),
    "openapi-python-client/baseline_openapi_3.1.yaml": (
        "Prism's process dies on /config/content-type-override"
    ),
    "openapi-python-client/openapi_3.1_enums.yaml": (
        "a required query array of the null-only enum: a null item cannot be sent in a query"
    ),
}


def _known(spec: Path) -> str:
    return KNOWN_FAILURES.get(f"{spec.parent.name}/{spec.name}", "")


def corpus_params() -> list[object]:
    return [
        pytest.param(
            spec,
            id=f"{spec.parent.name}/{spec.name}",
            marks=[pytest.mark.xfail(reason=_known(spec), strict=False)] if _known(spec) else [],
        )
        for spec in corpus_specs()
    ]


def corpus_specs() -> list[Path]:
    return sorted(
        p
        for p in CORPUS.rglob("*")
        if p.suffix in (".yaml", ".json") and p.name not in SPLIT_PIECES and p.name != FLAGSHIP
    )


@dataclass
class Generated:
    spec: Path
    package: str
    api: Any
    project: Path


def package_for(spec: Path) -> str:
    return "corpus_" + snake_case(f"{spec.parent.name} {spec.stem}")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Path, Generated]]:
    root = tmp_path_factory.mktemp("corpus")
    out: dict[Path, Generated] = {}
    for spec in corpus_specs():
        package = package_for(spec)
        limits = Limits(allow_outside_root=spec.name in OUTSIDE_REFS)
        options = Options(
            spec=spec, output=root / package, package_name=package, docs=False, limits=limits
        )
        rendered = render(options)
        write_output(rendered.files, root / package, manifest_extra={})
        out[spec] = Generated(spec, package, rendered.api, root / package)
    sys.path[:0] = [str(g.project) for g in out.values()]
    try:
        yield out
    finally:
        for g in out.values():
            sys.path.remove(str(g.project))


def test_corpus_clients_pass_mypy_strict(generated: dict[Path, Generated], tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\nplugins = pydantic.mypy\n")
    packages = [arg for g in generated.values() for arg in ("-p", g.package)]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(g.project) for g in generated.values())}
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "mypy"),
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            *packages,
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stdout[-5000:]
    print("\n" + result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("spec", corpus_params())
def test_corpus_client_against_prism(
    spec: Path, generated: dict[Path, Generated], prism: Callable[[Path], str]
) -> None:
    g = generated[spec]
    pkg = importlib.import_module(g.package)
    operations = len({id(op) for op in g.api.operations()})
    if operations == 0:
        pytest.skip(f"{spec.name} declares no operations (webhooks only)")
    base_url = prism(spec)
    configuration = pkg.Configuration(
        host=base_url,
        access_token="test",
        username="u",
        password="p",
        api_key={s.key: "test-key" for s in g.api.security_schemes},
        retries=None,
    )
    with pkg.ApiClient(configuration) as client:
        result = call_all(g.api, g.package, client)
    print(f"\n{spec.name}: {len(result.passed)} of {operations} operations passed")
    for label in result.static:
        print(f"  served by Prism's static mode (no response schema): {label}")
    for label in result.declared_errors:
        print(f"  declares only error responses and raised one: {label}")
    assert not result.failed, "\n".join(f"{label}: {why}" for label, why in result.failed)
