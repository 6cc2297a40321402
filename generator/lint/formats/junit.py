"""JUnit XML: one test suite per file, one failing test case per finding at or above
the fail severity (lower ones are listed as passing cases with their message in
``system-out``), one passing case for a clean file."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from generator.diagnostics import Diagnostic
from generator.lint.formats import ReportContext

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("?", text)


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    by_file: dict[str, list[Diagnostic]] = {f: [] for f in context.files}
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        by_file.setdefault(d.location.file, []).append(d)
    root = ET.Element("testsuites", name=context.title)
    total = failures = 0
    for file in sorted(by_file):
        items = by_file[file]
        failing = [d for d in items if d.severity >= context.fail_severity]
        suite = ET.SubElement(
            root,
            "testsuite",
            name=_clean(file),
            tests=str(max(len(items), 1)),
            failures=str(len(failing)),
            errors="0",
        )
        if not items:
            ET.SubElement(suite, "testcase", classname=_clean(file), name="no problems")
        for d in items:
            loc = d.location
            name = f"{d.code} at {loc.line}:{loc.col} #{loc.pointer}"
            case = ET.SubElement(suite, "testcase", classname=_clean(file), name=_clean(name))
            text = f"{loc}: {d.severity.label} {d.code}: {d.message} [#{loc.pointer}]"
            if d.severity >= context.fail_severity:
                failure = ET.SubElement(
                    case, "failure", message=_clean(d.message), type=d.severity.label
                )
                failure.text = _clean(text)
            else:
                ET.SubElement(case, "system-out").text = _clean(text)
        total += max(len(items), 1)
        failures += len(failing)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
