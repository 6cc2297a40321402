"""A valid spec of ~50 MB still loads (the size limit is about hostile input only)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.load import load

AIRBYTE = Path(__file__).resolve().parents[2] / "specs" / "airbyte" / "config.yaml"
needs_airbyte = pytest.mark.skipif(not AIRBYTE.is_file(), reason="needs specs/airbyte")


def multiply_schemas(text: str, copies: int) -> str:
    """The Airbyte YAML with its schemas block repeated under new names.

    Copies keep their ``$ref``s to the original schemas, so every copy is valid.
    """
    lines = text.splitlines(keepends=True)
    start = lines.index("  schemas:\n") + 1
    end = next(i for i in range(start, len(lines)) if re.match(r"  \S", lines[i]))
    block = "".join(lines[start:end])
    name = re.compile(r"^(    )([A-Za-z0-9_.-]+):", re.M)
    extra = [name.sub(rf"\g<1>\g<2>Copy{n}:", block) for n in range(copies)]
    return "".join(lines[:end]) + "".join(extra) + "".join(lines[end:])


def one_schema_a_line(spec: dict[str, Any], copies: int) -> str:
    """JSON text of the spec with its schemas repeated, one schema per line."""
    schemas = {name: json.dumps(schema) for name, schema in spec["components"]["schemas"].items()}
    members = [
        f'"{name}{f"Copy{n}" if n else ""}": {schema}'
        for n in range(copies)
        for name, schema in schemas.items()
    ]
    spec = {**spec, "components": {**spec["components"], "schemas": "@"}}
    return json.dumps(spec).replace('"@"', "{\n" + ",\n".join(members) + "\n}")


@needs_airbyte
def test_fifty_megabyte_json_spec_loads(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(one_schema_a_line(load(AIRBYTE)[0].data, 170), encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    document, diagnostics = load(path)
    assert diagnostics == []
    assert "WorkspaceIdCopy169" in document.data["components"]["schemas"]
    assert document.locate("/components/schemas/PrivateLinkStatus/type").line == 2
    location = document.locate("/components/schemas/WorkspaceIdCopy169/type")
    assert location.line > 100_000 and location.col > 20


@needs_airbyte
def test_large_yaml_spec_loads(tmp_path: Path) -> None:
    # YAML is ~10x slower to read than JSON; 3 MB keeps the test quick.
    path = tmp_path / "big.yaml"
    path.write_text(multiply_schemas(AIRBYTE.read_text(encoding="utf-8"), 8), encoding="utf-8")
    assert path.stat().st_size > 3_000_000
    document, diagnostics = load(path)
    assert diagnostics == []
    assert "WorkspaceIdCopy7" in document.data["components"]["schemas"]
    assert document.locate("/components/schemas/WorkspaceIdCopy7").line > 100_000
