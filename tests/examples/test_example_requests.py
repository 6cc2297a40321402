"""Every example request validates against its schema, for every operation of every spec.

The example request of an operation is what its doc page's example program passes
and what the end-to-end calls send (parameters and body); each value is checked with
the linter's value checker against the schema it belongs to. Specs: the feature specs,
the Airbyte flagship, the shared corpus (``specs/corpus``) and, when present,
``../shared/specs`` (files that differ from the corpus copy). A spec that fails to load
is skipped with its reason; the counts are printed at the end of the run.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.settings.limits import Limits
from tests.e2e.corpus import CORPUS, OUTSIDE_REFS, corpus_specs
from tests.examples.example_requests import check_spec
from tests.examples.tally import TALLY
from tests.snapshots.feature_specs import REPO, SPECS

SHARED = REPO.parent / "shared" / "specs"

_DUPLICATE_ONE_OF = (
    "the body is oneOf [AModel, AModel]: every value valid for one branch is valid for "
    "the other, so no value is valid for exactly one"
)
UNSATISFIABLE: dict[str, dict[str, str]] = {
    "openapi-python-client/baseline_openapi_3.0.json": {
        "POST /types/unions/duplicate-types": _DUPLICATE_ONE_OF,
    },
    "openapi-python-client/baseline_openapi_3.1.yaml": {
        "POST /types/unions/duplicate-types": _DUPLICATE_ONE_OF,
    },
}
"""Per spec, the operations whose schema no value satisfies, with the reason; each must
stay invalid (so the list stays true), every other example must validate."""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def all_specs() -> list[Path]:
    specs = [*sorted(SPECS.glob("*.yaml")), SPECS / "airbyte" / "config.yaml", *corpus_specs()]
    if SHARED.is_dir():
        copies = {_digest(p) for p in corpus_specs()}
        shared = sorted(
            p
            for p in SHARED.rglob("*")
            if p.suffix in (".yaml", ".json") and p.name.lower() not in ("readme.md",)
        )
        roots = {p.relative_to(CORPUS) for p in corpus_specs()}
        specs += [p for p in shared if p.relative_to(SHARED) in roots and _digest(p) not in copies]
    return specs


def _label(spec: Path) -> str:
    for base in (CORPUS, SHARED, SPECS):
        if spec.is_relative_to(base):
            return str(spec.relative_to(base))
    return spec.name  # pragma: no cover


def _known(spec: Path) -> dict[str, str]:
    return UNSATISFIABLE.get(f"{spec.parent.name}/{spec.name}", {})


@pytest.mark.parametrize("spec", [pytest.param(s, id=_label(s)) for s in all_specs()])
def test_every_example_request_validates(spec: Path) -> None:
    label = _label(spec)
    try:
        report = check_spec(spec, Limits(allow_outside_root=spec.name in OUTSIDE_REFS))
    except SpecError as exc:
        TALLY.skipped[label] = str(exc)
        pytest.skip(f"the spec does not load: {exc}")
    known = _known(spec)
    invalid = [(op, why) for op, why in report.invalid if op not in known]
    still_unsatisfiable = {op for op, _ in report.invalid if op in known}
    TALLY.add(label, report.checked, len(invalid), len(report.invalid) - len(invalid))
    assert not invalid, "\n".join(f"{op} {why}" for op, why in invalid)
    assert not report.missing, report.missing
    assert still_unsatisfiable == set(known), "listed as unsatisfiable but now valid"
