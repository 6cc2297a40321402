"""Spec text cannot change what the generated code does or how the docs are structured.

``specs/hostile.yaml`` puts payloads (docstring and string breakouts, newlines, HTML,
Markdown headings, tables and fences, U+2028, control characters, very long lines,
RTL and emoji) in every place spec text reaches the output. Two markers make leaks
visible: ``PAYLOAD7f3`` (free text) and ``INJECT7f3`` (the would-be code inside names)
may only ever appear in string constants, docstrings and comments.

A *benign twin* of the spec, every marked string replaced by a plain word, gives the
structure the templates produce for a spec of the same shape: the hostile output must
have the same imports, the same docs headings, fences, tables, tags and links.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.black_proof import assert_black_clean, read_tree

from .markdown_scan import PageShape, scan
from .support import import_every_module, package_dirs, parse_all, run_cli

HOSTILE = Path(__file__).parent / "specs" / "hostile.yaml"
MARKERS = ("PAYLOAD7f3", "NAME7f3", "INJECT7f3")
NEVER_IN_CODE = ("PAYLOAD7f3", "INJECT7f3")
BIN = Path(sys.executable).parent
_DELIMITERS = re.compile(r"([{}/])")
_PLAIN = re.compile(r"[{}/]|[a-z0-9#]*")
"""Parts of a marked string kept as they are: delimiters, and words without a marker."""

SERVER_URL = (
    'https://{PAYLOAD7f3region}.example.com/v1/"""; os.system("x"); """/PAYLOAD7f3?q=\'|x|'
    "\n# heading PAYLOAD7f3\n</details><script>alert(1)</script>*\n```\n#"
)
SCHEME_NAME = 'NAME7f3 key"; INJECT7f3(); "](javascript:alert(1)) | <b>x</b>'
MEDIA_TYPE = "application/x-PAYLOAD7f3|a|<script>\n# heading media"
DISCRIMINATOR = "NAME7f3 kind<script>|x|\n# heading disc"
OPERATION_ID = "NAME7f3 create'''; INJECT7f3(); '''item\n# heading |x|"
KNOWN_DOC_BUGS: dict[str, tuple[str, str, str, str]] = {
    # bug: (text in hostile.yaml, stand-in without the trigger, docs style, what goes wrong)
}


def load_hostile() -> Any:
    return yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))


def substitute(tree: Any, old: str, new: str) -> Any:
    if isinstance(tree, dict):
        return {substitute(k, old, new): substitute(v, old, new) for k, v in tree.items()}
    if isinstance(tree, list):
        return [substitute(v, old, new) for v in tree]
    return new if tree == old else tree


def without_known_doc_bugs(tree: Any, keep: str | None = None) -> Any:
    for bug, (old, new, _, _) in KNOWN_DOC_BUGS.items():
        if bug != keep:
            tree = substitute(tree, old, new)
    return tree


class Twin:
    """Maps every marked string to plain words, consistently (so $refs still resolve)."""

    def __init__(self) -> None:
        self.words: dict[str, str] = {}

    def word(self, text: str) -> str:
        # Not an identifier, like the hostile names: it needs the same aliases.
        return self.words.setdefault(text, f"benign {len(self.words)}")

    def string(self, text: str) -> str:
        if not any(marker in text for marker in MARKERS):
            return text
        parts = _DELIMITERS.split(text)
        return "".join(p if _PLAIN.fullmatch(p) else self.word(p) for p in parts)

    def tree(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {self.tree(k): self.tree(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.tree(v) for v in value]
        if isinstance(value, str):
            return self.string(value)
        return value


def generate(spec: Any, root: Path, *extra: str) -> Path:
    root.mkdir(parents=True)
    path = root / "spec.json"
    path.write_text(json.dumps(spec, ensure_ascii=True), encoding="utf-8")
    out = root / "out"
    result = run_cli(["generate", str(path), "-o", str(out), *extra])
    assert result.code == 0, result.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """hostile (as written), docs (known doc bugs neutralised), twin, one per known bug."""
    root = tmp_path_factory.mktemp("hostile")
    spec = load_hostile()
    made = {
        "hostile": generate(spec, root / "hostile"),
        "docs": generate(without_known_doc_bugs(spec), root / "docs"),
        "twin": generate(Twin().tree(spec), root / "twin"),
        "docs-speakeasy": generate(
            without_known_doc_bugs(spec), root / "docs-speakeasy", "--docs-style", "speakeasy"
        ),
        "twin-speakeasy": generate(
            Twin().tree(spec), root / "twin-speakeasy", "--docs-style", "speakeasy"
        ),
    }
    for bug, (_, _, style, _) in KNOWN_DOC_BUGS.items():
        args = ["--docs-style", "speakeasy"] if style else []
        made[bug] = generate(without_known_doc_bugs(spec, keep=bug), root / bug, *args)
    return made


def identifiers(node: ast.AST) -> list[str]:
    """Every identifier-like string field of a node (names, attributes, imports, args)."""
    found: list[str] = []
    for _, value in ast.iter_fields(node):
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, list):
            found += [v for v in value if isinstance(v, str)]
    return found


def code_names(project: Path) -> set[str]:
    return {
        name
        for tree in parse_all(project).values()
        for node in ast.walk(tree)
        if not isinstance(node, ast.Constant)
        for name in identifiers(node)
    }


def test_hostile_spec_generates_and_every_file_parses(projects: dict[str, Path]) -> None:
    trees = parse_all(projects["hostile"])
    assert len(trees) == len(parse_all(projects["twin"])) > 10
    markdown = list(projects["hostile"].rglob("*.md"))
    assert len(markdown) == len(list(projects["twin"].rglob("*.md")))


def marker_leaks(trees: dict[Path, ast.Module]) -> tuple[list[str], int]:
    """(identifiers and other non-string fields holding spec text, string constants that do)."""
    leaks: list[str] = []
    in_strings = 0
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant):
                if isinstance(node.value, str) and "PAYLOAD7f3" in node.value:
                    in_strings += 1
                continue
            for name in identifiers(node):
                folded = name.replace("_", "").lower()
                if any(m in name for m in NEVER_IN_CODE) or "payload7f3" in folded:
                    leaks.append(f"{path.name}:{getattr(node, 'lineno', '?')}: {name!r}")
    return leaks, in_strings


def test_markers_occur_only_in_string_constants(projects: dict[str, Path]) -> None:
    leaks, in_strings = marker_leaks(parse_all(projects["hostile"]))
    assert not leaks, "spec text outside string constants:\n" + "\n".join(leaks)
    assert in_strings >= 15  # the payloads did reach the code, as text


def test_marker_check_sees_a_breakout() -> None:
    """The check above does flag text that escaped its literal."""
    source = '"""PAYLOAD7f3 """; PAYLOAD7f3_x = 1; import payloa_d_7_f_3\nf(INJECT7f3)\n'
    leaks, in_strings = marker_leaks({Path("m.py"): ast.parse(source)})
    assert len(leaks) == 3 and in_strings == 1


def test_no_dangerous_names_in_code(projects: dict[str, Path]) -> None:
    dangerous = {"__import__", "system", "popen", "eval", "exec", "alert", "INJECT7f3"}
    found = (code_names(projects["hostile"]) & dangerous) - code_names(projects["twin"])
    assert not found


def imports(project: Path) -> Counter[str]:
    packages = {p.name for p in package_dirs(project)}
    found: Counter[str] = Counter()
    for tree in parse_all(project).values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                top = node.module.split(".")[0]
                found["<package>" if top in packages else node.module] += 1
    return found


def test_imports_are_those_of_the_benign_twin(projects: dict[str, Path]) -> None:
    assert imports(projects["hostile"]) == imports(projects["twin"])


def shape(tree: ast.AST) -> str:
    """The AST with every string constant and spec-derived identifier blanked."""
    derived = re.compile(r"(?i)nam_?e_?7|payloa_?d_?7|injec_?t_?7|benign")
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
        for name, value in ast.iter_fields(node):
            if isinstance(value, str) and derived.search(value):
                setattr(node, name, "ID")
    return ast.dump(tree)


def test_code_has_the_shape_of_the_benign_twin(projects: dict[str, Path]) -> None:
    hostile = Counter(shape(t) for t in parse_all(projects["hostile"]).values())
    twin = Counter(shape(t) for t in parse_all(projects["twin"]).values())
    assert hostile == twin


def test_import_runs_nothing_from_the_spec(projects: dict[str, Path]) -> None:
    result = import_every_module(projects["hostile"])
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "AUDIT" not in result.stderr
    assert result.stdout.startswith("imported ")


def test_audit_guard_catches_a_command() -> None:
    """The guard the import test relies on does stop os.system."""
    from .support import AUDIT_GUARD

    result = subprocess.run(
        [sys.executable, "-c", AUDIT_GUARD + "import os\nos.system('true')\n"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "AUDIT: spec text ran os.system" in result.stderr


def run_tool(tool: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / tool), *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_mypy_strict(projects: dict[str, Path], tmp_path: Path) -> None:
    project = projects["hostile"]
    package = package_dirs(project)[0].name
    result = run_tool(
        "mypy",
        "--strict",
        "--config-file",
        str(project / "pyproject.toml"),
        "--cache-dir",
        str(tmp_path / "cache"),
        package,
        cwd=project,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Success" in result.stdout


def test_ruff_check(projects: dict[str, Path]) -> None:
    result = run_tool("ruff", "check", "--no-cache", ".", cwd=projects["hostile"])
    assert result.returncode == 0, result.stdout[-6000:]


def test_black_check(projects: dict[str, Path]) -> None:
    project = projects["hostile"]
    config = str(project / "pyproject.toml")
    result = run_tool("black", "--check", "-q", "--config", config, ".", cwd=project)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.mark.parametrize("project", ["hostile", "twin", "docs-speakeasy", "twin-speakeasy"])
def test_written_files_and_doc_examples_are_black_clean(
    project: str, projects: dict[str, Path]
) -> None:
    """black did not run: every Python file and docs example is what black makes of it."""
    assert_black_clean(read_tree(projects[project]), project)


def shapes(project: Path) -> dict[str, PageShape]:
    return {
        str(p.relative_to(project)): scan(str(p.relative_to(project)), p.read_text("utf-8"))
        for p in sorted(project.rglob("*.md"))
    }


def structure_differences(project: Path, twin: Path) -> list[str]:
    """How the pages of ``project`` differ in structure from the twin's (empty: none)."""
    ours, theirs = shapes(project), shapes(twin)
    problems = [p for s in ours.values() for p in s.problems]
    checks: dict[str, Callable[[PageShape], object]] = {
        "headings": lambda s: tuple(s.headings),
        "fences": lambda s: s.fences,
        "table rows": lambda s: s.table_rows,
        "tags": lambda s: tuple(sorted(s.tags.elements())),
        "links": lambda s: len(s.link_targets),
    }
    for what, key in checks.items():
        mine = Counter(key(s) for s in ours.values())
        expected = Counter(key(s) for s in theirs.values())
        if mine != expected:
            extra = sorted(p for p, s in ours.items() if expected[key(s)] < mine[key(s)])
            problems.append(f"{what} differ from the benign twin's on pages {extra}")
    for page, s in ours.items():
        for target in s.link_targets:
            if re.match(r"(?i)^[a-z][a-z0-9+.-]*:", target) and not target.startswith("http"):
                problems.append(f"{page}: a link to {target!r}")
    return problems


@pytest.mark.parametrize("style", ["", "-speakeasy"], ids=["openapi-generator", "speakeasy"])
def test_docs_have_the_structure_of_the_benign_twin(style: str, projects: dict[str, Path]) -> None:
    assert structure_differences(projects["docs" + style], projects["twin" + style]) == []


@pytest.mark.parametrize("style", ["", "-speakeasy"], ids=["openapi-generator", "speakeasy"])
def test_twin_docs_are_well_formed(style: str, projects: dict[str, Path]) -> None:
    """The yardstick itself: every table row fits its header, every fence is closed."""
    assert [p for s in shapes(projects["twin" + style]).values() for p in s.problems] == []


@pytest.mark.parametrize(
    "bug",
    [
        pytest.param(
            bug, marks=pytest.mark.xfail(reason=reason, strict=True, raises=AssertionError)
        )
        for bug, (_, _, _, reason) in KNOWN_DOC_BUGS.items()
    ],
)
def test_docs_structure_with_known_bug(bug: str, projects: dict[str, Path]) -> None:
    twin = "twin" + KNOWN_DOC_BUGS[bug][2]
    assert structure_differences(projects[bug], projects[twin]) == []


BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def test_no_bidi_controls_in_python_source(projects: dict[str, Path]) -> None:
    found = [
        f"{path.name}:{text.count(chr(10), 0, m.start()) + 1}: U+{ord(m.group()):04X}"
        for path in sorted(projects["hostile"].rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for m in BIDI_CONTROLS.finditer(text)
    ]
    assert found == []
