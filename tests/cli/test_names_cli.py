"""Names at the command line: renames printed, listed by --json and failing --strict;
--tags and ``tags =`` choose where operations live; the reserved sets match what the
generated code really uses."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from generator.cli import main
from generator.naming import CLASS_RESERVED, FIELD_RESERVED
from generator.runtime.model_base import RESERVED_FIELD_NAMES, ApiModel

REPO = Path(__file__).resolve().parents[2]
NAMING = REPO / "specs" / "naming.yaml"
OUTPUT = REPO / "output" / "airbyte_config_client"
SNAPSHOTS = REPO / "tests" / "snapshots"


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APISMITH_CACHE_DIR", str(tmp_path / "cache"))


def _methods(module: Path, cls: str) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    (node,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls]
    return {f.name for f in node.body if isinstance(f, ast.FunctionDef)} - {"__init__"}


def test_renames_are_printed_with_location_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", str(NAMING), "-o", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    err, out = captured.err, captured.out
    lines = [line for line in err.splitlines() if "naming.rename" in line]
    assert any(
        re.match(
            r".*naming\.yaml:\d+:\d+: warning naming\.rename: class 'None' becomes 'NoneModel'", x
        )
        and "[#/components/schemas/None]" in x
        for x in lines
    ), lines
    assert any("API class 'Pets' becomes 'PetsApi2'" in x and "/tags/0]" in x for x in lines)
    summary = [line for line in (err + out).splitlines() if "rename(s)" in line]
    assert summary and re.search(r"\d+ rename\(s\), 0 error\(s\), \d+ warning\(s\)", summary[0])


def test_json_lists_every_rename(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", str(NAMING), "-o", str(tmp_path / "out"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    renames = summary["renames"]
    assert len(renames) == summary["diagnostics"]["naming.rename"] >= 7
    none = [r for r in renames if r["pointer"] == "/components/schemas/None"]
    assert none and none[0]["line"] > 0 and none[0]["col"] > 0
    assert "'NoneModel'" in none[0]["message"]


def test_strict_fails_on_renames(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(NAMING), "-o", str(out), "--strict", "--quiet"]) == 1
    assert not out.exists()


def test_operation_lives_in_first_tag_unless_all_tags(tmp_path: Path) -> None:
    first, every = tmp_path / "first", tmp_path / "all"
    args = ["generate", str(NAMING), "--no-docs", "--quiet", "--package-name", "names"]
    assert main([*args, "-o", str(first)]) == 0
    assert main([*args, "-o", str(every), "--tags", "all"]) == 0
    api = first / "names" / "api"
    assert sorted(p.name for p in api.glob("*_api.py")) == [
        "assist_api.py",
        "jobs_api.py",
        "pets_api.py",
        "public_jobs_api.py",
    ]
    assert "list_public_jobs" in _methods(api / "public_jobs_api.py", "PublicJobsApi")
    assert "list_public_jobs" not in _methods(api / "jobs_api.py", "JobsApi")
    api = every / "names" / "api"
    assert (api / "public_api.py").is_file()
    for module, cls in [
        ("public_jobs", "PublicJobsApi"),
        ("public", "PublicApi"),
        ("jobs", "JobsApi"),
    ]:
        assert "list_public_jobs" in _methods(api / f"{module}_api.py", cls), module


def test_tags_setting_in_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.apismith]\nspec = "{NAMING}"\noutput = "gen"\ndocs = false\ntags = "all"\n'
    )
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "--quiet"]) == 0
    assert (tmp_path / "gen" / "naming_api_client" / "api" / "public_api.py").is_file()
    (tmp_path / "pyproject.toml").write_text(f'[tool.apismith]\nspec = "{NAMING}"\ntags = "some"\n')
    assert main(["generate", "-o", "x", "--quiet"]) == 2


def test_field_reserved_covers_pydantic_and_the_runtime() -> None:
    public = {name for name in dir(ApiModel) if not name.startswith("_")}
    assert public <= FIELD_RESERVED, sorted(public - FIELD_RESERVED)
    assert RESERVED_FIELD_NAMES <= FIELD_RESERVED
    assert {n for n in dir(BaseModel) if not n.startswith("_")} <= FIELD_RESERVED


def _module_level_names(root: Path) -> set[str]:
    """Names the generated model and API modules and lazy ``__init__`` modules import or
    define besides the classes they exist for."""
    names: set[str] = set()
    for module in [*root.glob("models/*.py"), *root.glob("api/*.py")]:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                sibling = node.level == 1 and module.name != "__init__.py"
                if not sibling and not (node.module or "").startswith("models"):
                    names.update(a.asname or a.name for a in node.names)
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.Raise | ast.FunctionDef):
                names.update(n.id for n in ast.walk(node) if isinstance(n, ast.Name))
    return {n for n in names if n[:1].isupper()}


@pytest.mark.parametrize(
    "root",
    [OUTPUT, *sorted(SNAPSHOTS.glob("*/tree/*_client"))],
    ids=lambda p: p.parent.parent.name if p != OUTPUT else "airbyte",
)
def test_class_reserved_covers_what_generated_modules_use(root: Path) -> None:
    classes = {
        n.name
        for module in [*root.glob("models/*.py"), *root.glob("api/*.py")]
        for n in ast.parse(module.read_text(encoding="utf-8")).body
        if isinstance(n, ast.ClassDef)
    }
    # pydantic's Field is not reserved: it is imported as _Field where a class is called
    # Field (test_a_schema_called_field_keeps_its_name).
    used = _module_level_names(root) - classes - {"Field"}
    assert used <= CLASS_RESERVED, sorted(used - CLASS_RESERVED)


def test_a_schema_called_field_keeps_its_name() -> None:
    root = SNAPSHOTS / "naming" / "tree" / "naming_client" / "models"
    assert "class Field(ApiModel):" in (root / "field.py").read_text(encoding="utf-8")
    for module in root.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "from pydantic import Field\n" not in text, module.name
        if "_Field(" in text:
            assert "from pydantic import Field as _Field" in text, module.name
