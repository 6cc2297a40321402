"""A regenerate that takes files from the previous run (``output.inputs``, keyed by
``render.slices``) writes exactly what a first run writes, after each kind of edit.

The flagship spec is edited the ways users edit specs: a property added to a model
many others reach, a constraint on a component that is inlined where it is used
(not a class of its own), an enum value, an operation's summary, the servers, a new
schema, a description deep down. After each edit the regenerated tree (files and
manifest) is compared with a first run's, and most files must have been taken.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.output.inputs import INPUTS_NAME
from generator.output.record import RECORD_NAME
from generator.settings.options import Options

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "airbyte_config_client"
Spec = dict[str, Any]


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _add_property(spec: Spec) -> None:
    _schemas(spec)["ConnectionRead"]["properties"]["addedByTest"] = {"type": "string"}


def _constrain_inlined(spec: Spec) -> None:
    _schemas(spec)["WorkspaceId"]["description"] = "Inlined wherever it is used."
    _schemas(spec)["WorkspaceId"]["pattern"] = "^[0-9a-f-]{36}$"


def _enum_value(spec: Spec) -> None:
    _schemas(spec)["PrivateLinkStatus"]["enum"].append("added_by_test")


def _summary(spec: Spec) -> None:
    spec["paths"]["/v1/workspaces/create"]["post"]["summary"] = "Creates a workspace (edited)"


def _servers(spec: Spec) -> None:
    spec["servers"][0]["url"] = "https://edited.example.com/api"


def _new_schema(spec: Spec) -> None:
    _schemas(spec)["AddedByTest"] = {"type": "object", "properties": {"n": {"type": "integer"}}}
    _schemas(spec)["ConnectionRead"]["properties"]["added"] = {
        "$ref": "#/components/schemas/AddedByTest"
    }


def _deep_description(spec: Spec) -> None:
    _schemas(spec)["ResourceRequirements"]["description"] = "Edited deep down."


EDITS: list[tuple[str, Callable[[Spec], None], int]] = [
    # (name, edit, at least this many files taken from the previous run)
    ("property", _add_property, 1500),
    ("inlined-component", _constrain_inlined, 300),
    ("enum-value", _enum_value, 1500),
    ("summary", _summary, 1500),
    ("servers", _servers, 0),
    ("new-schema", _new_schema, 0),
    ("deep-description", _deep_description, 1000),
]


@pytest.fixture(scope="module")
def base_spec() -> Spec:
    with open(REPO / "specs" / "airbyte" / "config.yaml", encoding="utf-8") as handle:
        spec: Spec = yaml.load(handle, Loader=yaml.CSafeLoader)
    return spec


@pytest.fixture(scope="module")
def base_run(base_spec: Spec, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the spec (``spec.json``) and a first run's output (``out``)."""
    root = tmp_path_factory.mktemp("base")
    _write_spec(base_spec, root / "spec.json")
    _generate(root / "spec.json", root / "out", reuse=True)
    return root


def _write_spec(spec: Spec, path: Path) -> None:
    path.write_text(json.dumps(spec, default=str), encoding="utf-8")


def _generate(spec_path: Path, out: Path, *, reuse: bool) -> pipeline.Rendered:
    options = Options(spec=spec_path, output=out, package_name=PACKAGE)
    rendered = pipeline.render(options, reuse=reuse)
    pipeline.write(options, rendered)
    return rendered


def _tree(root: Path) -> dict[str, bytes]:
    skipped = {RECORD_NAME, INPUTS_NAME}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name not in skipped
    }


@pytest.mark.parametrize(("name", "edit", "taken"), EDITS, ids=[e[0] for e in EDITS])
def test_a_regenerate_after_an_edit_writes_what_a_first_run_writes(
    tmp_path: Path,
    base_spec: Spec,
    base_run: Path,
    name: str,
    edit: Callable[[Spec], None],
    taken: int,
) -> None:
    # The run record names the spec relative to the output: keep them side by side.
    spec_path = tmp_path / "spec.json"  # one path, as a user edits one file
    regenerated = tmp_path / "out"
    shutil.copyfile(base_run / "spec.json", spec_path)
    shutil.copytree(base_run / "out", regenerated)
    spec = copy.deepcopy(base_spec)
    edit(spec)
    _write_spec(spec, spec_path)
    again = _generate(spec_path, regenerated, reuse=True)
    first = tmp_path / "first"
    _generate(spec_path, first, reuse=False)
    assert len(again.kept) >= taken, f"{name}: only {len(again.kept)} files taken"
    assert len(again.kept) < len(again.files), f"{name}: the edit changed nothing"
    expected, found = _tree(first), _tree(regenerated)
    assert sorted(found) == sorted(expected)
    differing = [path for path in expected if expected[path] != found[path]]
    assert differing == [], f"{name}: stale after a regenerate: {differing[:10]}"


def test_an_edited_file_or_a_record_of_another_run_is_not_taken(
    tmp_path: Path, base_spec: Spec
) -> None:
    spec_path = tmp_path / "spec.json"
    _write_spec(base_spec, spec_path)
    out = tmp_path / "out"
    first = _generate(spec_path, out, reuse=True)
    assert first.kept == {}
    page = "docs/ConnectionRead.md"
    (out / page).write_text("edited by hand\n", encoding="utf-8")
    again = _generate(spec_path, out, reuse=True)
    assert page not in again.kept and len(again.kept) > 1500
    assert (out / page).read_text(encoding="utf-8") == first.files[page]
    # A record that was not written with the manifest now there is ignored.
    record = json.loads((out / INPUTS_NAME).read_bytes())
    record["manifest_sha256"] = "0" * 64
    (out / INPUTS_NAME).write_text(json.dumps(record), encoding="utf-8")
    assert _generate(spec_path, out, reuse=True).kept == {}
