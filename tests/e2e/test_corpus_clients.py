"""Every spec of the shared corpus: the generated client type-checks and works against Prism,
and the whole tree (client and docs, in both doc styles) is what black makes of it.

The clients run against Prism are generated without docs; black never runs on any of
them, as in a default ``apismith generate``.
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
from generator.output.write import write_output
from generator.pipeline import DOC_STYLES, render
from generator.settings.options import Options
from tests.black_proof import assert_black_clean
from tests.e2e.corpus import KNOWN_FAILURES, OUTSIDE_REFS, corpus_specs
from tests.e2e.operation_calls import call_all, operation_key


def _known(spec: Path) -> dict[str, str]:
    return KNOWN_FAILURES.get(f"{spec.parent.name}/{spec.name}", {})


def corpus_params() -> list[object]:
    return [
        pytest.param(spec, id=f"{spec.parent.name}/{spec.name}")
        for spec in corpus_specs(flagship=False)
    ]


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
    for spec in corpus_specs(flagship=False):
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


def black_proof_package(spec: Path) -> str | None:
    """The package name for the black proof: the Airbyte versions all take the flagship's
    (``output/``), so the modules they share with it are formatted once; the others the
    name ``generate`` derives from the title."""
    return "airbyte_config_client" if spec.name.startswith("config-") else None


@pytest.mark.parametrize("style", DOC_STYLES)
@pytest.mark.parametrize("spec", corpus_params())
def test_corpus_tree_is_black_clean(spec: Path, style: str, tmp_path: Path) -> None:
    limits = Limits(allow_outside_root=spec.name in OUTSIDE_REFS)
    options = Options(
        spec=spec,
        output=tmp_path / "unused",
        package_name=black_proof_package(spec),
        docs_style=style,
        use_cache=False,
        limits=limits,
    )
    assert not options.runs_black
    assert_black_clean(render(options).files, f"{spec.parent.name}/{spec.name} ({style} docs)")


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
    known = _known(spec)
    with pkg.ApiClient(configuration) as client:
        result = call_all(g.api, g.package, client, last=known.keys())
    print(f"\n{spec.name}: {len(result.passed)} of {operations} operations passed")
    for label in result.static:
        print(f"  served by Prism's static mode (no response schema): {label}")
    for label in result.declared_errors:
        print(f"  declares only error responses and raised one: {label}")
    failed = {operation_key(label): (label, why) for label, why in result.failed}
    for key, reason in known.items():
        if key in failed:
            print(f"  Prism cannot serve {failed[key][0]}: {reason}")
    unexpected = [f"{label}: {why}" for key, (label, why) in failed.items() if key not in known]
    assert not unexpected, "\n".join(unexpected)
    passing_known = sorted(set(known) - set(failed))
    assert not passing_known, f"listed in KNOWN_FAILURES but passed: {passing_known}"
