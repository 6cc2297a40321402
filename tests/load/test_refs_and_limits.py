"""``$ref`` problems are located diagnostics; alias bombs and sizes stay bounded."""

from __future__ import annotations

import resource
import tracemalloc
from pathlib import Path

import pytest

from generator.diagnostics import Severity, SpecError
from generator.load import Limits, load

HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def one_ref_error(path: Path, limits: Limits | None = None) -> str:
    _, diagnostics = load(path, limits) if limits else load(path)
    assert len(diagnostics) == 1, [d.one_line() for d in diagnostics]
    diagnostic = diagnostics[0]
    assert diagnostic.severity is Severity.ERROR
    assert diagnostic.code == "load.ref"
    assert diagnostic.location.line > 0
    return diagnostic.one_line()


SCHEMAS = HEAD + "components:\n  schemas:\n"


@pytest.mark.parametrize(
    ("schemas", "where", "says"),
    [
        ("    A: {$ref: '#/components/schemas/Nope'}\n", "6:9", "does not resolve"),
        ("    A: {$ref: '#/components/schemas/A'}\n", "6:9", "cycle"),
        ("    A: {$ref: 'other.yaml#/X'}\n", "6:9", "no file"),
        ("    A:\n      items: {$ref: 'https://example.com/s.yaml'}\n", "7:15", "refused"),
        ("    A: {$ref: '../outside.yaml'}\n", "6:9", "outside the spec's directory"),
        ("    A: {$ref: '/etc/passwd'}\n", "6:9", "outside the spec's directory"),
    ],
)
def test_bad_refs_are_located_errors(tmp_path: Path, schemas: str, where: str, says: str) -> None:
    line = one_ref_error(write(tmp_path, "spec/api.yaml", SCHEMAS + schemas))
    assert f"api.yaml:{where}:" in line
    assert says in line
    assert "[#/components/schemas/A" in line


def test_two_ref_cycle_reports_both_members(tmp_path: Path) -> None:
    spec = (
        SCHEMAS
        + "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n"
    )
    _, diagnostics = load(write(tmp_path, "api.yaml", spec))
    assert [(d.location.line, "cycle" in d.message) for d in diagnostics] == [(6, True), (7, True)]


def test_ref_to_a_ref_to_itself(tmp_path: Path) -> None:
    spec = (
        SCHEMAS
        + "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/B'}\n"
    )
    _, diagnostics = load(write(tmp_path, "api.yaml", spec))
    assert sorted(d.pointer for d in diagnostics if "cycle" in d.message) == [
        "/components/schemas/A/$ref",
        "/components/schemas/B/$ref",
    ]


def test_cycle_through_a_value_is_fine(tmp_path: Path) -> None:
    spec = SCHEMAS + "    A:\n      properties:\n        a: {$ref: '#/components/schemas/A'}\n"
    _, diagnostics = load(write(tmp_path, "api.yaml", spec))
    assert diagnostics == []


def test_external_refs_load_and_check_pointers(tmp_path: Path) -> None:
    write(tmp_path, "defs/common.yaml", "Pet: {type: object}\nAlias: {$ref: '#/Gone'}\n")
    spec = SCHEMAS + (
        "    A: {$ref: 'defs/common.yaml#/Pet'}\n" "    B: {$ref: 'defs/common.yaml#/Nope'}\n"
    )
    document, diagnostics = load(write(tmp_path, "api.yaml", spec))
    lines = sorted(d.one_line() for d in diagnostics)
    assert len(lines) == 2
    assert "api.yaml:7:9" in lines[0] and "does not resolve" in lines[0]
    assert "common.yaml:2:9" in lines[1] and "#/Gone" in lines[1]
    assert len(document.files) == 2


def test_broken_external_file_is_fatal_and_named(tmp_path: Path) -> None:
    write(tmp_path, "bad.yaml", "a: [1\n")
    with pytest.raises(SpecError) as info:
        load(write(tmp_path, "api.yaml", SCHEMAS + "    A: {$ref: 'bad.yaml'}\n"))
    assert "bad.yaml:2:1" in info.value.diagnostic.one_line()


def test_outside_and_remote_refs_only_with_options(tmp_path: Path) -> None:
    write(tmp_path, "shared/x.yaml", "type: string\n")
    spec = write(tmp_path, "spec/api.yaml", SCHEMAS + "    A: {$ref: '../shared/x.yaml'}\n")
    assert "outside" in one_ref_error(spec)
    _, diagnostics = load(spec, Limits(allow_outside_root=True))
    assert diagnostics == []
    remote = write(tmp_path, "r.yaml", SCHEMAS + "    A: {$ref: 'http://example.com/x.yaml'}\n")
    assert "refused" in one_ref_error(remote)
    assert "cannot be fetched" in one_ref_error(remote, Limits(allow_remote=True))


def laughs(levels: int) -> str:
    lines = [HEAD, "x:\n", "  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"]
    for level in range(1, levels + 1):
        lines.append(f"  l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]\n")
    return "".join(lines)


def test_billion_laughs_is_refused_without_expanding(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.yaml", laughs(9))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    try:
        with pytest.raises(SpecError) as info:
            load(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    diagnostic = info.value.diagnostic
    assert diagnostic.code == "load.alias-bomb"
    assert diagnostic.location.line > 0 and diagnostic.pointer.startswith("/x/")
    assert peak < 100 * 1024 * 1024
    assert grown_kib < 100 * 1024


def test_modest_alias_reuse_is_fine(tmp_path: Path) -> None:
    text = HEAD + "x:\n  a: &a {type: string}\n  b: *a\n  c: *a\n  d: {<<: *a, format: x}\n"
    document, _ = load(write(tmp_path, "ok.yaml", text))
    assert document.data["x"]["c"] == {"type": "string"}
    assert document.data["x"]["d"] == {"type": "string", "format": "x"}
    assert laughs(3)  # a thousand laughs expands to ~1,100 nodes: allowed
    load(write(tmp_path, "small.yaml", laughs(3)))
    assert refused_code(tmp_path, laughs(3), Limits(alias_allowance=0)) == "load.alias-bomb"


def refused_code(tmp_path: Path, text: str, limits: Limits) -> str:
    with pytest.raises(SpecError) as info:
        load(write(tmp_path, "again.yaml", text), limits)
    return info.value.diagnostic.code


@pytest.mark.parametrize(
    ("ref", "says"),
    [
        ("%2e%2e/secret.yaml", "outside"),
        ("link/secret.yaml", "outside"),
        ("file:///etc/passwd", "URL"),
        ("urn:example:thing", "URL"),
        ("#Pet", "does not resolve"),
    ],
)
def test_sneaky_refs_are_refused(tmp_path: Path, ref: str, says: str) -> None:
    write(tmp_path, "secret.yaml", "type: string\n")
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "link").symlink_to(tmp_path)
    spec = write(tmp_path, "spec/api.yaml", SCHEMAS + f"    A: {{$ref: '{ref}'}}\nPet: {{}}\n")
    assert says in one_ref_error(spec)


def test_cycle_across_files_is_found(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "$ref: 'b.yaml'\n")
    write(tmp_path, "b.yaml", "$ref: 'a.yaml'\n")
    _, diagnostics = load(write(tmp_path, "api.yaml", SCHEMAS + "    A: {$ref: 'a.yaml'}\n"))
    assert diagnostics and all("cycle" in d.message for d in diagnostics)
