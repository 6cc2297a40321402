"""Broken and hostile spec files: each gets one located error, never a pass."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.diagnostics import Diagnostic, SpecError
from generator.load import Limits, load, yaml_reader

HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def refused(path: Path, limits: Limits | None = None) -> Diagnostic:
    with pytest.raises(SpecError) as info:
        load(path, limits) if limits else load(path)
    diagnostic = info.value.diagnostic
    assert "\n" not in diagnostic.one_line()
    assert diagnostic.location.file.endswith(path.name)
    return diagnostic


@pytest.mark.parametrize(
    ("name", "content", "code", "line", "col", "says"),
    [
        ("empty.yaml", "", "load.empty", 0, 0, "empty"),
        ("blank.yaml", "  \n\n", "load.empty", 0, 0, "empty"),
        ("comments.yaml", "# only a comment\n", "load.empty", 0, 0, "no YAML document"),
        ("nul.yaml", b"openapi: 3.0.0\x00\x01\x02", "load.binary", 0, 0, "binary"),
        ("png.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "load.binary", 0, 0, "binary"),
        (
            "latin1.yaml",
            "openapi: 3.0.0\ninfo: caf\xe9\n".encode("latin-1"),
            "load.encoding",
            2,
            10,
            "not valid UTF-8",
        ),
        ("bad.yaml", HEAD + "paths:\n  /a: [1, 2\n", "load.yaml", 5, 1, "YAML syntax error"),
        ("tab.yaml", HEAD + "paths:\n\t/a: {}\n", "load.yaml", 4, 1, "YAML syntax error"),
        ("bad.json", '{"openapi": "3.0.0",\n "info": {,}}', "load.json", 2, 11, "JSON syntax"),
        ("nan.json", '{"openapi": "3.0.0",\n "x": [1, NaN]}', "load.json", 2, 11, "NaN"),
        ("trailing.json", '{"openapi": "3.0.0"}\n{}', "load.json", 2, 1, "JSON syntax"),
        ("dup.yaml", HEAD + "paths: {}\npaths: {}\n", "load.duplicate-key", 4, 1, "'paths'"),
        (
            "dupdeep.yaml",
            HEAD + "paths:\n  /a:\n    get: {}\n    get: {}\n",
            "load.duplicate-key",
            6,
            5,
            "'get'",
        ),
        (
            "dup.json",
            '{"openapi": "3.0.0",\n "info": {"a": 1, "a" : 2}}',
            "load.duplicate-key",
            2,
            19,
            "'a'",
        ),
        ("list.yaml", "- openapi: 3.0.0\n", "load.not-a-mapping", 1, 1, "list"),
        ("scalar.yaml", "just text\n", "load.not-a-mapping", 1, 1, "str"),
        ("null.yaml", "~\n", "load.not-a-mapping", 1, 1, "null"),
        ("array.json", "[1, 2]", "load.not-a-mapping", 1, 1, "list"),
        ("ctl.yaml", "a: \u00e9\u00e9\nb: x\x01\n", "load.yaml", 2, 5, "U+0001"),
        ("two.yaml", HEAD + "---\n" + HEAD, "load.yaml", 3, 1, "one YAML document"),
        ("noversion.yaml", "info: {title: t}\npaths: {}\n", "load.version", 1, 1, "no top-level"),
        ("v2.yaml", "openapi: 2.0.0\n", "load.version", 1, 1, "'2.0.0'"),
        ("v4.yaml", "info: {}\nopenapi: '4.0'\n", "load.version", 2, 1, "'4.0'"),
        ("swagger1.yaml", "swagger: '1.2'\n", "load.version", 1, 1, "swagger version"),
        ("tag.yaml", HEAD + "x: !!python/object:os.system {}\n", "load.tag", 3, 4, "tag"),
        ("alias.yaml", HEAD + "x: *nowhere\n", "load.yaml", 3, 4, "alias"),
        ("key.yaml", HEAD + "? [a, b]\n: 1\n", "load.key", 3, 3, "keys"),
    ],
)
def test_unreadable_input_gets_one_located_error(
    tmp_path: Path, name: str, content: str | bytes, code: str, line: int, col: int, says: str
) -> None:
    diagnostic = refused(write(tmp_path, name, content))
    assert diagnostic.code == code
    assert (diagnostic.location.line, diagnostic.location.col) == (line, col)
    assert says in diagnostic.message


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_text_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes((HEAD + "paths: {}\nx: caf\u00e9\n").encode(encoding))
    document, _ = load(path)
    assert document.data["x"] == "caf\u00e9"


def test_syntax_error_names_where_it_was_reading(tmp_path: Path) -> None:
    diagnostic = refused(write(tmp_path, "s.yaml", HEAD + "paths:\n  /a:\n    get: [1, 2\n"))
    assert diagnostic.pointer == "/paths/~1a/get/2"


def test_duplicate_key_names_its_pointer(tmp_path: Path) -> None:
    yaml_doc = refused(
        write(tmp_path, "d.yaml", HEAD + "paths:\n  /a/b:\n    get: {}\n    get: {}")
    )
    assert yaml_doc.pointer == "/paths/~1a~1b/get"
    json_doc = refused(write(tmp_path, "d.json", '{"paths": {"/a": {"x": 1, "x": 2}}}'))
    assert json_doc.pointer == "/paths/~1a/x"


def test_directory_and_missing_file(tmp_path: Path) -> None:
    assert refused(write(tmp_path, "d/x.yaml", "a: 1").parent).code == "load.unreadable"
    with pytest.raises(SpecError) as info:
        load(tmp_path / "missing.yaml")
    assert "No such file" in info.value.diagnostic.message


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path, "big.yaml", HEAD + "x: " + "a" * 2000 + "\n")
    load(path)
    diagnostic = refused(path, Limits(max_bytes=1000))
    assert diagnostic.code == "load.too-large"
    assert "1,000" in diagnostic.message


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("block.yaml", HEAD + "x:\n" + "".join("  " * i + "  a:\n" for i in range(5000)) + "  1"),
        ("seq.yaml", HEAD + "x:\n" + "- " * 5000 + "1\n"),
        ("flow.yaml", HEAD + "x: " + "[" * 5000 + "]" * 5000 + "\n"),
        ("flowmap.yaml", HEAD + "x: " + '{"a": ' * 5000 + "1" + "}" * 5000 + "\n"),
        ("deep.json", '{"openapi": "3.0.0", "x": ' + "[" * 5000 + "]" * 5000 + "}"),
        ("deepmap.json", '{"openapi": "3.0.0", "x": ' + '{"a": ' * 5000 + "1" + "}" * 5001),
        ("justover.json", '{"openapi": "3.0.0", "x": ' + "[" * 300 + "]" * 300 + "}"),
    ],
)
def test_deep_nesting_is_a_clear_error_not_a_crash(tmp_path: Path, name: str, text: str) -> None:
    diagnostic = refused(write(tmp_path, name, text))
    assert diagnostic.code == "load.too-deep"
    assert "256" in diagnostic.message
    assert diagnostic.location.line >= 1
    assert diagnostic.pointer.startswith("/x/")


def test_depth_limit_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path, "d.yaml", HEAD + "x: " + "[" * 20 + "]" * 20 + "\n")
    load(path)
    assert refused(path, Limits(max_depth=5)).pointer == "/x/0/0/0/0"
    json_path = write(tmp_path, "d.json", '{"openapi": "3.0.0", "x": [[[[[[[[[[[]]]]]]]]]]]}')
    assert refused(json_path, Limits(max_depth=5)).pointer == "/x/0/0/0/0"


def deep_yaml(levels: int) -> list[tuple[str, str]]:
    """YAML documents nesting ``levels`` collections under ``x``, in each style."""
    return [
        (
            "block.yaml",
            HEAD
            + "x:\n"
            + "".join("  " * i + "a:\n" for i in range(1, levels))
            + "  " * levels
            + "a: 1\n",
        ),
        ("seq.yaml", HEAD + "x:\n" + "- " * levels + "1\n"),
        ("flow.yaml", HEAD + "x: " + "[" * levels + "]" * levels + "\n"),
        ("flowmap.yaml", HEAD + "x: " + '{"a": ' * levels + "1" + "}" * levels + "\n"),
    ]


def depth_of(value: object) -> int:
    depth = 0
    while isinstance(value, dict | list):
        depth += 1
        value = next(iter(value.values() if isinstance(value, dict) else value), None)
    return depth


def python_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read YAML with PyYAML's pure-Python parser: no nesting level of its own, as
    libyaml before 0.2.6 (libyaml 0.2.6, in PyYAML 6.0.4, stops at 1000 levels)."""
    monkeypatch.setattr(yaml_reader, "_Parser", yaml.SafeLoader)


@pytest.mark.parametrize(("max_depth", "levels"), [(256, 5000), (1100, 1300)])
@pytest.mark.parametrize("name", [name for name, _ in deep_yaml(1)])
def test_too_deep_is_the_same_diagnostic_whatever_parses_the_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, max_depth: int, levels: int
) -> None:
    # libyaml's scanner reads far ahead in flow style, and libyaml 0.2.6 gives up at a
    # level of its own: our limit, not the installed parser's, decides where the error is.
    path = write(tmp_path, name, dict(deep_yaml(levels))[name])
    limits = Limits(max_depth=max_depth)
    installed = refused(path, limits)
    python_parser(monkeypatch)
    assert refused(path, limits) == installed
    assert installed.code == "load.too-deep"
    assert f"limit of {max_depth}," in installed.message


def test_too_deep_in_flow_style_is_located_at_the_container_over_the_limit(
    tmp_path: Path,
) -> None:
    diagnostic = refused(write(tmp_path, "flow.yaml", HEAD + "x: " + "[" * 5000 + "]" * 5000))
    # the root mapping and 255 lists make 256 levels; the 256th "[" opens one more
    assert diagnostic.code == "load.too-deep"
    assert (diagnostic.location.line, diagnostic.location.col) == (3, len("x: ") + 256)
    assert diagnostic.pointer == "/x" + "/0" * 7


@pytest.mark.parametrize(("name", "text"), deep_yaml(1200))
def test_a_depth_limit_over_libyamls_own_level_reads(tmp_path: Path, name: str, text: str) -> None:
    document, _ = load(write(tmp_path, name, text), Limits(max_depth=1500))
    assert depth_of(document.data["x"]) == 1200


def test_a_disallowed_character_is_located_by_either_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "ctl.yaml", "a: \u00e9\u00e9\nb: x\x01\n")
    installed = refused(path)
    python_parser(monkeypatch)
    assert refused(path) == installed
    assert (installed.location.line, installed.location.col) == (2, 5)
