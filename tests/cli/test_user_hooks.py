"""What our users drop into their repositories: the pre-commit hooks (run for real with
``pre-commit try-repo``, which installs apismith from this checkout into its own
environment) and the shell step of the GitHub Action; and the package list a
non-editable install ships."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SPEC = REPO / "specs" / "auth.yaml"
BROKEN = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get: {}\n"


def test_every_subpackage_ships() -> None:
    """A non-editable install (pip install ., the hooks, the action) has every module."""
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "generator").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, sorted(found - listed)


def test_hook_definitions() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"apismith-lint", "apismith-check"}
    assert hooks["apismith-lint"]["entry"].startswith("apismith lint --specs-only")
    assert hooks["apismith-check"]["pass_filenames"] is False


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def user_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("user-repo")
    _git(repo, "init", "-q")
    (repo / "openapi.yaml").write_text(SPEC.read_text())
    (repo / "ci.yml").write_text("name: ci\non: push\n")  # not a spec: skipped
    _git(repo, "add", ".")
    return repo


def _try_repo(user_repo: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "GIT_AUTHOR_NAME": "t"}
    return subprocess.run(
        [str(BIN / "pre-commit"), "try-repo", str(REPO), hook, "--all-files"],
        cwd=user_repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )


def test_lint_hook_runs_on_specs_and_fails_on_errors(
    user_repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    home = tmp_path_factory.mktemp("pre-commit-home")
    clean = _try_repo(user_repo, "apismith-lint", home)
    assert clean.returncode == 0, clean.stdout[-3000:] + clean.stderr[-2000:]
    assert "apismith lint" in clean.stdout and "Passed" in clean.stdout
    (user_repo / "broken.yaml").write_text(BROKEN)
    _git(user_repo, "add", "broken.yaml")
    failed = _try_repo(user_repo, "apismith-lint", home)
    (user_repo / "broken.yaml").unlink()
    _git(user_repo, "rm", "-q", "--cached", "broken.yaml")
    assert failed.returncode == 1, failed.stdout[-3000:]
    assert "broken.yaml" in failed.stdout and "responses" in failed.stdout


def test_action_script_lints_to_sarif_and_checks(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(SPEC, project / "openapi.yaml")
    (project / "pyproject.toml").write_text(
        '[tool.apismith]\nspec = "openapi.yaml"\noutput = "out"\ndocs = false\n'
    )
    env = {
        **os.environ,
        "APISMITH_ACTION_PATH": str(REPO),
        "APISMITH_SPECS": "openapi.yaml",
        "APISMITH_SARIF": "lint.sarif",
        # The install is what `pre-commit try-repo` above proves; here the script's steps.
        "APISMITH_BIN": str(BIN),
    }
    run = [str(REPO / "tools" / "action.sh")]
    stale = subprocess.run(run, cwd=project, env=env, capture_output=True, text=True, timeout=600)
    assert stale.returncode == 1, stale.stdout[-2000:] + stale.stderr[-2000:]
    assert '"version": "2.1.0"' in (project / "lint.sarif").read_text()
    assert "::warning" in stale.stdout  # the GitHub annotations
    subprocess.run([str(BIN / "apismith"), "generate", "-q"], cwd=project, check=True)
    current = subprocess.run(run, cwd=project, env=env, capture_output=True, text=True)
    assert current.returncode == 0, current.stdout[-2000:] + current.stderr[-2000:]


def test_action_script_fails_on_a_breaking_change_since_the_base(tmp_path: Path) -> None:
    env_git = ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    spec = yaml.safe_load(SPEC.read_text())
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "base"]):
        subprocess.run(["git", *env_git, *args], cwd=tmp_path, check=True, capture_output=True)
    env = {
        **os.environ,
        "APISMITH_ACTION_PATH": str(REPO),
        "APISMITH_SPECS": "openapi.yaml",
        "APISMITH_SARIF": "lint.sarif",
        "APISMITH_CHECK": "false",
        "APISMITH_DIFF_BASE": "HEAD",
        "APISMITH_BIN": str(BIN),
    }
    run = [str(REPO / "tools" / "action.sh")]
    same = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert same.returncode == 0, same.stdout[-2000:] + same.stderr[-2000:]
    removed = sorted(spec["paths"])[0]
    del spec["paths"][removed]
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    broke = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert broke.returncode == 1, broke.stdout[-2000:] + broke.stderr[-2000:]
    assert "::error file=HEAD%3Aopenapi.yaml," in broke.stdout
    assert "title=operation-removed::" in broke.stdout
