"""The five output formats, on a fixed set of diagnostics."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from generator.diagnostics import Diagnostic, Location, Severity
from generator.lint.formats import FORMAT_NAMES, ReportContext, formatters
from generator.lint.rules import ALL_RULES

SARIF_SCHEMA = Path(__file__).parent / "sarif" / "sarif-2.1.0-rtm.5.json"

DIAGNOSTICS = [
    Diagnostic(
        "operation-id-unique",
        Severity.ERROR,
        "operationId 'a' is already used",
        Location("specs/api.yaml", "/paths/~1a/post/operationId", 12, 7),
    ),
    Diagnostic(
        "tags-defined",
        Severity.WARNING,
        "tag 'x,y' is not declared:\nsecond line 100%",
        Location("specs/api.yaml", "/paths/~1a/get/tags/0", 5, 9),
    ),
    Diagnostic(
        "operation-description",
        Severity.INFO,
        "no <description> & co",
        Location("b.yaml", "", 1, 1),
    ),
    Diagnostic(
        "load.empty", Severity.ERROR, "the file is empty", Location("dir with space/c.yaml")
    ),
]
SOURCE = "\n".join(f"line {n}" for n in range(1, 20))
CONTEXT = ReportContext(
    files=("specs/api.yaml", "b.yaml", "dir with space/c.yaml", "clean.yaml"),
    sources={"specs/api.yaml": SOURCE},
    rules={r.id: r.description for r in ALL_RULES},
    tool_version="0.1.0",
)


def render(name: str, diagnostics: list[Diagnostic] = DIAGNOSTICS) -> str:
    return formatters()[name](diagnostics, CONTEXT)


def test_every_format_is_registered() -> None:
    assert sorted(formatters()) == sorted(FORMAT_NAMES)


def test_sarif_is_valid_against_the_official_schema() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(render("sarif"))
    jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [
        "operation-description",
        "load.empty",
        "tags-defined",
        "operation-id-unique",
    ]
    first = results[3]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 12, "startColumn": 7}
    assert first["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == (
        "#/paths/~1a/post/operationId"
    )
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[first["ruleIndex"]]["id"] == "operation-id-unique"
    unreadable = results[1]["locations"][0]["physicalLocation"]
    assert unreadable == {
        "artifactLocation": {"uri": "dir%20with%20space/c.yaml", "uriBaseId": "%SRCROOT%"}
    }


def test_sarif_with_no_findings_is_valid() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(render("sarif", []))
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []


def test_sarif_fingerprints_ignore_line_moves_and_rewording() -> None:
    moved = [
        Diagnostic(
            d.code,
            d.severity,
            d.message + " (reworded)",
            Location(d.location.file, d.location.pointer, d.location.line + 3, 1),
        )
        for d in DIAGNOSTICS
    ]

    def prints(text: str) -> list[str]:
        return [
            r["partialFingerprints"]["apismithFinding/v2"]
            for r in json.loads(text)["runs"][0]["results"]
        ]

    assert prints(render("sarif")) == prints(render("sarif", moved))
    assert len(set(prints(render("sarif")))) == len(DIAGNOSTICS)
    twice = [DIAGNOSTICS[0], DIAGNOSTICS[0]]
    assert len(set(prints(render("sarif", twice)))) == 2  # same rule and pointer: ranked


def test_json_carries_every_field() -> None:
    report = json.loads(render("json"))
    assert report["summary"] == {"error": 2, "warning": 1, "info": 1, "hint": 0}
    assert report["diagnostics"][-1] == {
        "file": "specs/api.yaml",
        "line": 12,
        "column": 7,
        "pointer": "/paths/~1a/post/operationId",
        "rule": "operation-id-unique",
        "severity": "error",
        "message": "operationId 'a' is already used",
    }


def test_github_annotations_escape_data_and_properties() -> None:
    lines = render("github").splitlines()
    assert (
        lines[0]
        == "::notice file=b.yaml,line=1,col=1,title=operation-description::no <description> & co"
    )
    assert lines[1] == "::error file=dir with space/c.yaml,title=load.empty::the file is empty"
    assert lines[2] == (
        "::warning file=specs/api.yaml,line=5,col=9,title=tags-defined::"
        "tag 'x,y' is not declared:%0Asecond line 100%25 (#/paths/~1a/get/tags/0)"
    )


def test_junit_is_well_formed_and_counts_failures() -> None:
    root = ET.fromstring(render("junit"))
    assert root.get("failures") == "2"
    suites = {str(s.get("name")): s for s in root.iter("testsuite")}
    assert sorted(suites) == ["b.yaml", "clean.yaml", "dir with space/c.yaml", "specs/api.yaml"]
    assert suites["specs/api.yaml"].get("failures") == "1"  # the warning is not a failure
    assert suites["clean.yaml"].find("testcase") is not None
    assert suites["b.yaml"].find("testcase/failure") is None


def test_text_groups_by_file_with_code_frame_and_summary() -> None:
    text = render("text")
    assert text.index("b.yaml\n") < text.index("specs/api.yaml\n")
    assert "       > 12 | line 12\n" in text
    assert "         11 | line 11\n" in text
    assert "            |       ^\n" in text
    assert text.rstrip().endswith(
        "4 problems (2 errors, 1 warning, 1 info, 0 hints) in 3 of 4 files; 2 at or above error."
    )


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_formats_are_deterministic(name: str) -> None:
    assert render(name) == render(name, list(reversed(DIAGNOSTICS)))
