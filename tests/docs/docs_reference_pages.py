"""Facts read from an API page, in the reference layouts and in ours.

Only the facts a user relies on: the method table, signature lines, parameter
names and types, return types, status codes with their descriptions, the body
model of each status; for the Speakeasy layout the operation list, descriptions,
parameters with their Required mark and the response type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.docs.docs_markdown_check import split_code

# ../shared beside the repository, as on every developer machine and in CI.
REFERENCE_DIR = str(Path(__file__).resolve().parents[3] / "shared" / "reference-docs")

_LINK_TEXT = re.compile(r"\[\*\*(.+?)\*\*\]\([^)]*\)")


def cells(row: str) -> list[str]:
    """Split a table row on unescaped pipes."""
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)]


def type_text(markdown: str) -> str:
    """``[**[X]**](X.md)`` and ``list[[**X**](X.md)]`` both become ``list[X]``."""
    text = _LINK_TEXT.sub(r"\1", markdown).replace("**", "").strip()
    text = re.sub(r"\[[^\]]*\\(\w+)\]\([^)]*\)", r"\1", text)  # Speakeasy: [\ns\X](..)
    text = text.lstrip("?")
    while re.fullmatch(r"\[.*\]", text):
        text = f"list{text}" if not text.startswith("list") else text
        break
    return text


@dataclass
class OperationFacts:
    name: str
    signature: str = ""
    params: list[tuple[str, str]] = field(default_factory=list)
    return_type: str = ""
    statuses: list[tuple[str, str]] = field(default_factory=list)
    status_bodies: dict[str, str] = field(default_factory=dict)
    description: str = ""
    required: dict[str, bool] = field(default_factory=dict)


@dataclass
class PageFacts:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    """Method table: (name, METHOD, path, summary)."""
    operations: dict[str, OperationFacts] = field(default_factory=dict)


def _prose(text: str) -> list[str]:
    return [line for _, line in split_code(text)[0]]


def _sections(lines: list[str], heading: re.Pattern[str]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for line in lines:
        match = heading.match(line)
        if match:
            out.append((match.group(1), []))
        elif out:
            out[-1][1].append(line)
    return out


def _subsection(lines: list[str], title: str) -> list[str]:
    out: list[str] = []
    inside = False
    for line in lines:
        if line.startswith("#"):
            inside = line.strip("# ").strip() == title
            continue
        if inside:
            out.append(line)
    return out


def _table_rows(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        if "|" in line and not re.fullmatch(r"[\s|:-]+", line):
            rows.append(cells(line))
    return rows[1:] if rows else rows  # drop the header row


def parse_method_table(lines: list[str]) -> list[tuple[str, str, str, str]]:
    rows = []
    pattern = re.compile(r"^\[\*\*(\w+)\*\*\]\([^)]*\) \| \*\*(\w+)\*\* (\S+) \| (.*)$")
    for line in lines:
        match = pattern.match(line)
        if match:
            name, method, path, summary = match.groups()
            rows.append((name, method.upper(), path, summary.strip()))
    return rows


def parse_openapi_generator(text: str) -> PageFacts:
    """The python-prior layout (reference 000/003) and ours."""
    lines = _prose(text)
    page = PageFacts(rows=parse_method_table(lines))
    for name, body in _sections(lines, re.compile(r"^# \*\*(\w+)\*\*\s*$")):
        if name in page.operations:
            continue  # a spliced repeat in the reference: keep the first
        op = OperationFacts(name)
        op.signature = next((line[2:].strip() for line in body if line.startswith("> ")), "")
        for row in _table_rows(_subsection(body, "Parameters")):
            if len(row) >= 2 and row[0].startswith("**"):
                op.params.append((row[0].strip("* "), type_text(row[1])))
                op.required[row[0].strip("* ")] = "[optional]" not in " ".join(row[2:])
        returns = [line for line in _subsection(body, "Return type") if line.strip()]
        op.return_type = type_text(returns[0]) if returns else ""
        for line in _subsection(body, "HTTP response details"):
            match = re.match(r"^\*\*(\w+)\*\* \| (.*?) \|(.*)\|\s*$", line)
            if match:
                op.statuses.append((match.group(1), match.group(2).strip()))
        page.operations[name] = op
    return page


def parse_python_generator(text: str) -> PageFacts:
    """The newer python layout (reference 001): body schema and a class per status."""
    lines = _prose(text)
    page = PageFacts(rows=parse_method_table(lines))
    for name, body in _sections(lines, re.compile(r"^# \*\*(\w+)\*\*\s*$")):
        op = OperationFacts(name)
        op.signature = next((line[2:].strip() for line in body if line.startswith("> ")), "")
        body_types = [
            type_text(m.group(0))
            for m in _LINK_TEXT.finditer(
                " ".join(_subsection(body, "SchemaForRequestBodyApplicationJson"))
            )
        ]
        if body_types:
            op.params.append(("body", body_types[0]))
        for line in body:
            match = re.match(r"^(\d{3}|default) \| \[ApiResponseFor\w+\]\([^)]*\) \| (.*)$", line)
            if match:
                op.statuses.append((match.group(1), match.group(2).strip()))
        for status, _ in op.statuses:
            schema = _subsection(body, f"SchemaFor{status}ResponseBodyApplicationJson")
            found = [type_text(m.group(0)) for m in _LINK_TEXT.finditer(" ".join(schema))]
            if found:
                op.status_bodies[status] = found[0]
        page.operations[name] = op
    return page


def parse_our_status_bodies(text: str) -> dict[str, dict[str, str]]:
    """Ours: ``{operation: {status: body type}}`` from the per-status sections."""
    out: dict[str, dict[str, str]] = {}
    current: tuple[str, str] | None = None
    for line in _prose(text):
        heading = re.match(r"^#### (\w+): (\w+)$", line)
        if heading:
            current = (heading.group(1), heading.group(2))
            out.setdefault(current[0], {})
            continue
        if line.startswith("#"):
            current = None
        if current is not None:
            match = re.search(
                r"(?:Body:|decoded as) ((?:list\[)?\[\*\*\w+\*\*\]\([^)]*\)\]?)", line
            )
            if match:
                out[current[0]][current[1]] = type_text(match.group(1))
    return out


def parse_speakeasy(text: str) -> PageFacts:
    """Speakeasy (reference 002/004) and our speakeasy layout."""
    lines = _prose(text)
    page = PageFacts()
    listing = _subsection(lines, "Available Operations")
    for line in listing:
        match = re.match(r"^\* \[(\w+)\]\(#[^)]*\) - (.*)$", line)
        if match:
            page.rows.append((match.group(1), "", "", match.group(2).strip()))
    for name, body in _sections(lines, re.compile(r"^## (\w+)\s*$")):
        if name == "Overview":
            continue
        op = OperationFacts(name)
        description: list[str] = []
        for line in body:
            if line.startswith("#") or re.match(r"^`[A-Z]+ /", line):
                break  # ours follows the description with the method and path
            description.append(line)
        op.description = " ".join(" ".join(description).split())
        for row in _table_rows(_subsection(body, "Parameters")):
            if len(row) >= 3:
                param = row[0].strip("`")
                op.params.append((param, type_text(row[1])))
                op.required[param] = row[2] == ":heavy_check_mark:"
        returns = [line for line in _subsection(body, "Response") if line.strip()]
        op.return_type = type_text(returns[0]) if returns else ""
        page.operations[name] = op
    return page
