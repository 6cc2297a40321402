"""A valid spec of ~50 MB still loads (the size limit is about hostile input only)."""

from __future__ import annotations

import json
import re
from pathlib import Path

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


@needs_airbyte
def test_fifty_megabyte_json_spec_loads(tmp_path: Path) -> None:
    data, _ = load(AIRBYTE)
    spec = data.data
    schemas = spec["components"]["schemas"]
    spec["components"]["schemas"] = {
        f"{name}Copy{n}" if n else name: schema
        for n in range(130)
        for name, schema in schemas.items()
    }
    path = tmp_path / "big.json"
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    document, diagnostics = load(path)
    assert diagnostics == []
    assert "WorkspaceIdCopy129" in document.data["components"]["schemas"]
    location = document.locate("/components/schemas/WorkspaceIdCopy129/type")
    assert location.line > 1_000_000


@needs_airbyte
def test_large_yaml_spec_loads(tmp_path: Path) -> None:
    # YAML is ~10x slower to read than JSON; 5 MB keeps the test quick.
    path = tmp_path / "big.yaml"
    path.write_text(multiply_schemas(AIRBYTE.read_text(encoding="utf-8"), 14), encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    document, diagnostics = load(path)
    assert diagnostics == []
    assert "WorkspaceIdCopy13" in document.data["components"]["schemas"]
    assert document.locate("/components/schemas/WorkspaceIdCopy13").line > 100_000
