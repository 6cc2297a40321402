"""The docs site's mkdocs.yml (``generator.docs_site``) and ``apismith docs`` exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.docs_site import nav, plain, site_config
from generator.ir.model import Api
from generator.load import load
from generator.parse import parse

REPO = Path(__file__).resolve().parents[2]
PETSTORE = REPO / "specs" / "corpus" / "oai" / "v3.0" / "petstore.yaml"
ENUMS = REPO / "specs" / "enums.yaml"


def parsed(spec: Path) -> Api:
    document, _ = load(spec)
    return parse(document)[0]


def config(api: Api, style: str = "openapi-generator") -> dict[str, Any]:
    loaded = yaml.safe_load(site_config(api, style))
    assert isinstance(loaded, dict)
    return loaded


def titles(entries: list[Any]) -> list[str]:
    return [next(iter(e)) for e in entries]


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APISMITH_CACHE_DIR", str(tmp_path / "cache"))


def test_site_name_and_description_from_info() -> None:
    api = parsed(ENUMS)
    loaded = config(api)
    assert loaded["site_name"] == plain(api.title, 120) == api.title
    assert loaded.get("site_description", "") == plain(api.description, 300)
    assert loaded["strict"] is True
    assert loaded["plugins"] == ["search"]
    assert loaded["theme"]["name"] == "material"
    assert [p["scheme"] for p in loaded["theme"]["palette"]] == ["default", "slate"]
    listed = loaded["markdown_extensions"]
    extensions = [next(iter(e)) if isinstance(e, dict) else e for e in listed]
    assert {"pymdownx.highlight", "pymdownx.superfences"} <= set(extensions)
    assert not {"attr_list", "md_in_html"} & set(extensions)


def test_openapi_generator_nav_order() -> None:
    api = parsed(ENUMS)
    entries = config(api)["nav"]
    classes = [tag.class_name for tag in api.tags]
    assert titles(entries) == ["Overview", *classes, "Models", "Enums"][: len(entries)]
    assert entries[0] == {"Overview": "README.md"}
    for entry, name in zip(entries[1:], classes, strict=False):
        assert entry == {name: [{name: f"docs/{name}.md"}]}
    sections = dict(next(iter(e.items())) for e in entries)
    models = [next(iter(e)) for e in sections.get("Models", [])]
    assert models == sorted({m.name for m in api.models} | {a.name for a in api.aliases})
    enums = [next(iter(e)) for e in sections["Enums"]]
    assert enums == sorted(e.name for e in api.enums)


def test_speakeasy_nav() -> None:
    api = parsed(ENUMS)
    entries = config(api, "speakeasy")["nav"]
    assert titles(entries)[0] == "SDK Overview"
    sections = dict(next(iter(e.items())) for e in entries[1:])
    assert list(sections) == ["Available Resources and Operations", "Models"]
    resources = sections["Available Resources and Operations"]
    assert titles(resources) == [tag.class_name for tag in api.tags]
    every = {m.name for m in api.models} | {e.name for e in api.enums}
    assert titles(sections["Models"]) == sorted(every | {a.name for a in api.aliases})


def test_long_lists_are_grouped_by_letter() -> None:
    api = parsed(REPO / "specs" / "airbyte" / "config.yaml")
    entries = nav(api, "openapi-generator")
    models = dict(entries)["Models"]
    assert isinstance(models, list)
    letters = [title for title, _ in models]
    assert letters == sorted(letters) and all(len(t) == 1 for t in letters)
    flat = [name for _, group in models for name, _ in group]
    assert flat == sorted(flat) and len(flat) == len(api.models) + len(api.aliases)


def test_plain_strips_markup_and_keeps_words() -> None:
    text = 'Pets <script>alert("x")</script> & `code`\u202e \U0001f600\n\nSecond paragraph'
    assert plain(text, 100) == "Pets script alert( x ) /script code \U0001f600"
    assert plain("word " * 50, 20) == "word word word word…"


def test_config_bytes_do_not_depend_on_the_hash_seed() -> None:
    code = (
        "import sys; from tests.site.test_site_config import parsed, ENUMS;"
        "from generator.docs_site import site_config;"
        "sys.stdout.write(site_config(parsed(ENUMS), sys.argv[1]))"
    )
    for style in ("openapi-generator", "speakeasy"):
        outs = {
            subprocess.run(
                [sys.executable, "-c", code, style],
                cwd=REPO,
                env={**os.environ, "PYTHONHASHSEED": seed},
                capture_output=True,
                check=True,
            ).stdout
            for seed in ("1", "2", "3")
        }
        assert len(outs) == 1


def test_docs_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = [str(PETSTORE), "-o", str(out), "-q"]
    assert main(["generate", *args]) == 0
    assert main(["docs", "--check", *args]) == 1  # no mkdocs.yml yet
    assert "mkdocs.yml" in capsys.readouterr().out
    assert main(["docs", *args, "--site-dir", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "docs" / "PetsApi.html").is_file()
    assert not (tmp_path / "site" / "pyproject.toml").exists()
    assert main(["docs", "--check", *args]) == 0
    config_file = out / "mkdocs.yml"
    config_file.write_text(config_file.read_text() + "# edited\n")
    assert main(["docs", "--check", *args]) == 1
    assert main(["docs", "--check", *args, "--docs-style", "speakeasy"]) == 1
    assert main(["docs", *args, "--site-dir", str(tmp_path / "site")]) == 0
    (out / "README.md").write_text("stale\n")
    assert main(["docs", "--check", *args]) == 1


def test_docs_default_site_dir_is_beside_the_output(tmp_path: Path) -> None:
    out = tmp_path / "project" / "out"
    assert main(["docs", str(PETSTORE), "-o", str(out), "-q"]) == 0
    assert (tmp_path / "project" / "site" / "index.html").is_file()


def test_docs_strict_build_fails_on_a_broken_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    templates = tmp_path / "templates" / "docs" / "openapi_generator"
    templates.mkdir(parents=True)
    readme = REPO / "templates" / "docs" / "openapi_generator" / "readme.md.jinja"
    (templates / "readme.md.jinja").write_text(
        readme.read_text() + "\n[gone](docs/Missing.md)\n", encoding="utf-8"
    )
    args = [str(PETSTORE), "-o", str(out), "-q", "--site-dir", str(tmp_path / "site")]
    assert main(["docs", *args, "--templates", str(tmp_path / "templates")]) == 1
    err = capsys.readouterr().err
    assert "mkdocs: WARNING" in err and "docs/Missing.md" in err
    assert main(["docs", *args]) == 0


def test_docs_without_docs_is_a_usage_error_and_keeps_the_pages(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(PETSTORE), "-o", str(out), "-q"]) == 0
    assert main(["docs", str(PETSTORE), "-o", str(out), "-q", "--no-docs"]) == 2
    assert (out / "README.md").is_file() and (out / "docs" / "PetsApi.md").is_file()


def test_docs_without_mkdocs_is_a_usage_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "material" else real(name)
    )
    out = tmp_path / "out"
    assert main(["docs", str(PETSTORE), "-o", str(out), "-q"]) == 2
    assert "apismith[docs]" in capsys.readouterr().err
    assert not out.exists()
