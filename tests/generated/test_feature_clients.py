"""Each feature spec's generated package passes mypy --strict, ruff and black, imports,
and round-trips its spec's example payload through a model; its docs' examples are
black-formatted too. The packages are written as ``apismith generate`` writes them, so
black never ran on them.

All packages are generated once per module into one temporary directory, so mypy,
ruff and black each run once over all of them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.output.format import FormatError
from generator.pipeline import write
from tests.black_proof import assert_trees_black_clean, read_tree

from ..snapshots.feature_specs import (
    FEATURE_SPECS,
    KNOWN_BROKEN,
    SPECS,
    package_name,
    render_spec,
    spec_options,
)

BIN = Path(sys.executable).parent
WORKING = tuple(spec for spec in FEATURE_SPECS if spec not in KNOWN_BROKEN)

# One model per spec, with the spec's own example as the payload.
EXAMPLE_MODELS = {
    "all-of": "Employee",
    "auth": "Account",
    "bodies": "Note",
    "composition": "RunObject",
    "composition-3.1": "RunObject",
    "constant-properties-3.1": "Job",
    "enums": "Ticket",
    "example-values": "Commit",
    "keywords-and-collisions": "class",
    "naming": "AirbyteStream",
    "nullable": "Profile",
    "nullable-3.1": "Item",
    "one-of-discriminator": "Owner",
    "optional-responses-3.1": "Event",
    "parameters": "User",
    "recursive": "TreeNode",
    "refs-in-data": "Document",
    "responses": "Report",
}
CLASS_NAMES = {"keywords-and-collisions": "Class"}
"""Where the class name is not the schema name."""


def generate(spec: str, root: Path) -> Path:
    project = root / spec
    write(spec_options(spec, project), render_spec(spec, project))
    return project


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("feature-clients")
    return {spec: generate(spec, root) for spec in WORKING}


def run(tool: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / tool), *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def example_payload(spec: str) -> dict[str, Any]:
    data = yaml.safe_load((SPECS / f"{spec}.yaml").read_text(encoding="utf-8"))
    schema = data["components"]["schemas"][EXAMPLE_MODELS[spec]]
    example = schema["example"] if "example" in schema else schema["examples"][0]
    assert isinstance(example, dict)
    return example


def round_trip_script(spec: str) -> str:
    pkg = package_name(spec)
    cls = CLASS_NAMES.get(spec, EXAMPLE_MODELS[spec])
    payload = json.dumps(example_payload(spec))
    return (
        "import json\n"
        f"from {pkg}.models import {cls}\n"
        f"payload = json.loads({payload!r})\n"
        f"model = {cls}.model_validate(payload)\n"
        "assert model.to_dict() == payload, (model.to_dict(), payload)\n"
        f"again = {cls}.from_json(model.to_json())\n"
        "assert again == model, (again, model)\n"
    )


def _same_sections(projects: dict[str, Path], section: str) -> dict[str, Any]:
    tables: list[dict[str, Any]] = [
        tomllib.loads((p / "pyproject.toml").read_text(encoding="utf-8"))["tool"][section]
        for p in projects.values()
    ]
    assert all(t == tables[0] for t in tables), f"[tool.{section}] differs between projects"
    return tables[0]


def test_mypy_strict(projects: dict[str, Path], tmp_path: Path) -> None:
    mypy_config = _same_sections(projects, "mypy")
    assert "pydantic.mypy" in mypy_config.get("plugins", [])
    root = next(iter(projects.values())).parent
    config = next(iter(projects.values())) / "pyproject.toml"
    packages = [f"{spec}/{package_name(spec)}" for spec in projects]
    result = run(
        "mypy",
        "--strict",
        "--config-file",
        str(config),
        "--cache-dir",
        str(tmp_path / "cache"),
        *packages,
        cwd=root,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_ruff_check(projects: dict[str, Path]) -> None:
    root = next(iter(projects.values())).parent
    # ruff takes each file's settings from its own project's pyproject.toml.
    result = run("ruff", "check", "--no-cache", *projects, cwd=root)
    assert result.returncode == 0, result.stdout[-6000:]


def test_black_check(projects: dict[str, Path]) -> None:
    _same_sections(projects, "black")
    root = next(iter(projects.values())).parent
    config = next(iter(projects.values())) / "pyproject.toml"
    result = run("black", "--check", "-q", "--config", str(config), *projects, cwd=root)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_written_files_and_doc_examples_are_black_clean(projects: dict[str, Path]) -> None:
    """What black --check above sees, and the ``python`` blocks of the README and docs."""
    assert_trees_black_clean((spec, read_tree(project)) for spec, project in projects.items())


def test_import_and_round_trip(projects: dict[str, Path]) -> None:
    """One interpreter imports every package (each from its own project directory)."""
    lines = [f"import sys; sys.path[:0] = {[str(p) for p in projects.values()]!r}"]
    for spec in projects:
        pkg = package_name(spec)
        lines.append(f"import {pkg}, {pkg}.api, {pkg}.models")
        lines.append(f"assert {pkg}.Configuration().host")
        lines.append(f"dir({pkg}.models); dir({pkg}.api)")
        lines.append(round_trip_script(spec))
        lines.append(f"print({spec!r}, 'ok')")
    result = subprocess.run(
        [sys.executable, "-c", "\n".join(lines)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.split("\n")[:-1] == [f"{spec} ok" for spec in projects]


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param(
            spec,
            marks=pytest.mark.xfail(reason=KNOWN_BROKEN[spec], raises=FormatError, strict=True),
        )
        for spec in KNOWN_BROKEN
    ],
)
def test_known_broken_specs_generate(spec: str, tmp_path: Path) -> None:
    generate(spec, tmp_path)


def run_python(projects: dict[str, Path], code: str) -> subprocess.CompletedProcess[str]:
    setup = f"import sys; sys.path[:0] = {[str(p) for p in projects.values()]!r}\n"
    return subprocess.run(
        [sys.executable, "-c", setup + code], capture_output=True, text=True, check=False
    )


def test_union_without_discriminator_takes_the_matching_variant(
    projects: dict[str, Path],
) -> None:
    result = run_python(
        projects,
        "from pydantic import TypeAdapter\n"
        "from one_of_discriminator_client.models import Contact, Email, Phone\n"
        "adapter = TypeAdapter(Contact)\n"
        "assert type(adapter.validate_python({'number': '+331'})) is Phone\n"
        "assert type(adapter.validate_python({'address': 'a@b.c'})) is Email\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_discriminator_value_selects_the_variant(projects: dict[str, Path]) -> None:
    result = run_python(
        projects,
        "from pydantic import TypeAdapter\n"
        "from one_of_discriminator_client.models import Cat, Dog, Lizard, Pet\n"
        "adapter = TypeAdapter(Pet)\n"
        "for tag, cls in [('dog', Dog), ('cat', Cat), ('Lizard', Lizard)]:\n"
        "    value = adapter.validate_python({'petType': tag, 'name': 'Rex'})\n"
        "    assert type(value) is cls, (tag, type(value))\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_read_only_left_out_of_requests_write_only_optional_in_responses(
    projects: dict[str, Path],
) -> None:
    result = run_python(
        projects,
        "from bodies_client.models import Note\n"
        "from bodies_client.serialization import encode_body\n"
        "note = Note.from_dict({'id': 3, 'text': 'milk', 'editKey': 'k'})\n"
        "assert note.to_dict() == {'id': 3, 'text': 'milk', 'editKey': 'k'}\n"
        "sent = encode_body(note, 'json', '').content\n"
        'assert sent == b\'{"text":"milk","editKey":"k"}\', sent\n'
        "assert Note.from_dict({'id': 4, 'text': 'read'}).edit_key is None\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_servers_and_variables_are_selectable(projects: dict[str, Path]) -> None:
    result = run_python(
        projects,
        "from parameters_client import Configuration\n"
        "assert Configuration().host == 'https://params.example.com/api'\n"
        "c = Configuration(server_index=1, server_variables={'region': 'us'})\n"
        "assert c.host == 'https://us.params.example.com/api', c.host\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_content_parameter_is_sent_as_json(projects: dict[str, Path]) -> None:
    result = run_python(
        projects,
        "from parameters_client.api.users_api import _SEARCH_USERS\n"
        "from parameters_client.serialization import encode_query\n"
        "(spec,) = [p for p in _SEARCH_USERS.params if p.name == 'json']\n"
        "assert spec.content_type == 'application/json', spec\n"
        "pairs = encode_query('json', {'a': 1}, spec.effective_style, spec.effective_explode,\n"
        "                     spec.allow_reserved, spec.content_type)\n"
        "assert pairs == ['json=%7B%22a%22%3A1%7D'], pairs\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_multipart_file_field_accepts_a_filename(projects: dict[str, Path]) -> None:
    result = run_python(
        projects,
        "from bodies_client.models import UploadFilesRequest\n"
        "from bodies_client.serialization import encode_body\n"
        "body = UploadFilesRequest(file=('report.pdf', b'%PDF-1.7', 'application/pdf'),\n"
        "                          attachments=[b'a', ('b.txt', b'b')])\n"
        "sent = encode_body(body, 'multipart', '').content\n"
        'assert b\'name="file"; filename="report.pdf"\\r\\n\' in sent, sent\n'
        "assert b'Content-Type: application/pdf\\r\\n\\r\\n%PDF-1.7' in sent, sent\n"
        "assert b'filename=\"b.txt\"' in sent and b'filename=\"attachments\"' in sent\n"
        "assert UploadFilesRequest(file=b'raw').file == b'raw'\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_recursive_union_and_open_enum_decode(projects: dict[str, Path]) -> None:
    result = run_python(
        projects,
        "from pydantic import TypeAdapter\n"
        "from recursive_client.models import BinaryOp, Document, Expression, LiteralModel\n"
        "leaf = lambda v: {'type': 'literal', 'value': v}\n"
        "payload = {'type': 'binary', 'operator': '+', 'left': leaf(1.0),\n"
        "           'right': {'type': 'binary', 'operator': '*', 'left': leaf(2.0),\n"
        "                     'right': leaf(3.0)}}\n"
        "expr = TypeAdapter(Expression).validate_python(payload)\n"
        "assert isinstance(expr, BinaryOp) and isinstance(expr.right, BinaryOp)\n"
        "assert isinstance(expr.right.left, LiteralModel)\n"
        "assert expr.to_dict() == payload\n"
        "doc = {'title': 't', 'sections': {'a': {'heading': 'h', 'document': {'title': 'in'},\n"
        "       'subsections': [{'heading': 's'}]}}}\n"
        "assert Document.model_validate(doc).to_dict() == doc\n"
        "from enums_client.models import Oddities, Ticket, TicketState\n"
        "ticket = Ticket.model_validate({'id': 1, 'state': 'blocked', 'kind': ''})\n"
        "assert ticket.state.is_unknown and ticket.state.value == 'blocked'\n"
        "assert ticket.kind is Oddities.EMPTY\n"
        "assert ticket.to_dict() == {'id': 1, 'state': 'blocked', 'kind': ''}\n"
        "assert TicketState('in-progress') is TicketState.IN_PROGRESS\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_nullable_reference_to_a_union_decodes_each_form(projects: dict[str, Path]) -> None:
    result = run_python(
        projects,
        "from pydantic import TypeAdapter\n"
        "from composition_client.models import (NamedToolChoice, RunObject,\n"
        "    ToolChoiceOption, ToolChoiceOption1)\n"
        "for field in ('tool_choice', 'tool_choice_in_parts'):\n"
        "    run = RunObject.model_validate({'id': 'r', 'tool_choice': None, field: 'auto'})\n"
        "    assert getattr(run, field) is ToolChoiceOption1.AUTO\n"
        "    run = RunObject.model_validate({'id': 'r', 'tool_choice': 'none', field: None})\n"
        "    assert getattr(run, field) is None, run\n"
        "    named = {'type': 'function', 'name': 'f'}\n"
        "    run = RunObject.model_validate({'id': 'r', 'tool_choice': None, field: named})\n"
        "    assert type(getattr(run, field)) is NamedToolChoice\n"
        "    assert run.to_dict()[field] == named\n"
        "adapter = TypeAdapter(ToolChoiceOption | None)\n"
        "assert adapter.validate_python('auto') is ToolChoiceOption1.AUTO\n"
        "assert adapter.validate_python(None) is None\n"
        'assert type(adapter.validate_json(\'{"type": "function"}\')) is NamedToolChoice\n',
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_shared_properties_are_in_every_branch(projects: dict[str, Path]) -> None:
    result = run_python(
        projects,
        "from pydantic import TypeAdapter, ValidationError\n"
        "from composition_client.models import (IssueCreate, IssueCreate1, IssueCreate2,\n"
        "    Pet, PetCat, PetDog, RunObject, RunObjectAnimalDog)\n"
        "pets = TypeAdapter(Pet)\n"
        "dog = pets.validate_python({'name': 'Rex', 'kind': 'dog', 'barks': True})\n"
        "assert type(dog) is PetDog and dog.name == 'Rex'\n"
        "cat = {'name': 'Tom', 'kind': 'cat', 'meows': False}\n"
        "assert type(pets.validate_python(cat)) is PetCat\n"
        "try:\n"
        "    pets.validate_python({'kind': 'dog', 'barks': True})\n"
        "except ValidationError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('the shared required name was not enforced')\n"
        "issues = TypeAdapter(IssueCreate)\n"
        "assert type(issues.validate_python({'title': 't', 'body': 'b'})) is IssueCreate1\n"
        "assert type(issues.validate_python({'number': 1, 'body': 'b'})) is IssueCreate2\n"
        "assert IssueCreate2(number=1, body='b').to_dict() == {'number': 1, 'body': 'b'}\n"
        "animal = {'createdAt': '2024-05-01T10:00:00Z', 'barks': False}\n"
        "run = RunObject.model_validate({'id': 'r', 'tool_choice': None, 'animal': animal})\n"
        "assert type(run.animal) is RunObjectAnimalDog\n"
        "assert run.to_dict()['animal'] == animal\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_3_1_spellings_of_composition_decode(projects: dict[str, Path]) -> None:
    result = run_python(
        projects,
        "from pydantic import TypeAdapter, ValidationError\n"
        "from composition_3_1_client.models import (NamedToolChoice, PetCat, RunObject,\n"
        "    RunObjectMeta, ToolChoiceOption1)\n"
        "run = RunObject.model_validate({'id': 'r', 'tool_choice': 'auto'})\n"
        "assert run.tool_choice is ToolChoiceOption1.AUTO\n"
        "assert RunObject.model_validate({'id': 'r', 'tool_choice': None}).tool_choice is None\n"
        "named = {'type': 'function'}\n"
        "run = RunObject.model_validate({'id': 'r', 'tool_choice': named, 'pet': None})\n"
        "assert type(run.tool_choice) is NamedToolChoice and run.pet is None\n"
        "meta = {'owner': 'ada', 'run': 'r'}\n"
        "run = RunObject.model_validate({'id': 'r', 'tool_choice': None, 'meta': meta})\n"
        "assert type(run.meta) is RunObjectMeta and run.to_dict()['meta'] == meta\n"
        "try:\n"
        "    RunObjectMeta.model_validate({'owner': 'ada'})\n"
        "except ValidationError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('the required property beside the $ref was not enforced')\n"
        "pet = {'id': 'r', 'tool_choice': None, 'pet': {'name': 'Tom', 'meows': True}}\n"
        "assert type(RunObject.model_validate(pet).pet) is PetCat\n",
    )
    assert result.returncode == 0, result.stderr[-3000:]
