"""SARIF 2.1.0, the format GitHub code scanning uploads (``github/codeql-action/upload-sarif``).

Paths stay relative (to the directory the linter ran in, normally the
repository root) with ``uriBaseId`` ``%SRCROOT%``; each result carries its JSON
pointer as a logical location and a fingerprint that does not change when
lines move, so code scanning can follow an alert across commits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import PurePath, PurePosixPath
from typing import Any
from urllib.parse import quote

from generator.diagnostics import Diagnostic, Severity
from generator.lint.formats import ReportContext
from generator.lint.formats.pretty_json import dumps

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
    Severity.HINT: "note",
}


def _uri(file: str) -> tuple[str, bool]:
    """A URI reference for a path and whether it is relative to the source root."""
    path = PurePath(file)
    if path.is_absolute():
        return PurePosixPath(path.as_posix()).as_uri(), False
    return quote(path.as_posix()), True


def _fingerprint(d: Diagnostic, occurrence: int) -> str:
    """Rule, file, pointer and the finding's rank among its rule's findings at that
    pointer: stable when lines move or a message is reworded."""
    key = "\x00".join((d.code, d.location.file, d.location.pointer, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _rule(code: str, context: ReportContext, level: str) -> dict[str, Any]:
    text = context.rules.get(code) or _builtin_description(code)
    return {
        "id": code,
        "name": "".join(part.capitalize() for part in code.replace(".", "-").split("-")),
        "shortDescription": {"text": text},
        "defaultConfiguration": {"level": level},
        "help": {"text": text},
    }


def _builtin_description(code: str) -> str:
    if code == "structure":
        return "The document follows the OpenAPI schema of its version."
    if code.startswith("load."):
        return "The file can be read as an OpenAPI document."
    return code


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    codes = sorted({d.code for d in ordered})  # rules with results only: keeps logs small
    default_levels = {d.code: _LEVEL[d.severity] for d in ordered}
    rules = [_rule(code, context, default_levels.get(code, "warning")) for code in codes]
    rule_index = {code: i for i, code in enumerate(codes)}
    seen: dict[tuple[str, str, str], int] = {}
    results = []
    for d in ordered:
        slot = (d.code, d.location.file, d.location.pointer)
        seen[slot] = seen.get(slot, 0) + 1
        results.append(_result(d, rule_index[d.code], seen[slot]))
    files = sorted(set(context.files) | {d.location.file for d in ordered})
    artifacts = []
    for file in files:
        uri, relative = _uri(file)
        location: dict[str, Any] = {"uri": uri}
        if relative:
            location["uriBaseId"] = "%SRCROOT%"
        artifacts.append({"location": location})
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "apismith",
                        "semanticVersion": context.tool_version,
                        "rules": rules,
                    }
                },
                "artifacts": artifacts,
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return dumps(log)


def _result(d: Diagnostic, index: int, occurrence: int) -> dict[str, Any]:
    loc = d.location
    uri, relative = _uri(loc.file)
    artifact: dict[str, Any] = {"uri": uri}
    if relative:
        artifact["uriBaseId"] = "%SRCROOT%"
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if loc.line > 0:
        physical["region"] = {"startLine": loc.line, "startColumn": max(loc.col, 1)}
    location: dict[str, Any] = {"physicalLocation": physical}
    if loc.pointer:
        location["logicalLocations"] = [{"fullyQualifiedName": f"#{loc.pointer}", "kind": "member"}]
    message = d.message + (f" (#{loc.pointer})" if loc.pointer else "")
    return {
        "ruleId": d.code,
        "ruleIndex": index,
        "level": _LEVEL[d.severity],
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {"apismithFinding/v2": _fingerprint(d, occurrence)},
    }
