"""Write an N-times larger copy of a spec, for timing the linter's growth.

Copy k (k = 2..N) of every path is mounted under ``/copyK``; its operationIds
and component names get a ``CopyK`` suffix and its ``$ref``s follow them, so
the result is a valid spec N times the size with no identical subtrees.

    python tests/lint/tools/multiply_spec.py specs/airbyte/config.yaml 5 /tmp/airbyte-5x.yaml
"""

from __future__ import annotations

import copy
import sys
from typing import Any

import yaml

SECTIONS = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples")


def _rename_refs(value: Any, suffix: str) -> Any:
    if isinstance(value, dict):
        out = {}
        for key, child in value.items():
            renamed = key == "operationId" or (
                key == "$ref" and str(child).startswith("#/components/")
            )
            if renamed and isinstance(child, str):
                out[key] = child + suffix
            else:
                out[key] = _rename_refs(child, suffix)
        return out
    if isinstance(value, list):
        return [_rename_refs(child, suffix) for child in value]
    return value


def multiply(data: dict[str, Any], times: int) -> dict[str, Any]:
    result = copy.deepcopy(data)
    for k in range(2, times + 1):
        suffix = f"Copy{k}"
        for path, item in data.get("paths", {}).items():
            result["paths"][f"/copy{k}{path}"] = _rename_refs(item, suffix)
        for section in SECTIONS:
            items = data.get("components", {}).get(section, {})
            for name, value in items.items():
                result["components"][section][name + suffix] = _rename_refs(value, suffix)
    return result


def main() -> None:
    source, times, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=yaml.CSafeLoader)
    with open(target, "w", encoding="utf-8") as handle:
        yaml.dump(multiply(data, times), handle, Dumper=yaml.CSafeDumper, sort_keys=False)


if __name__ == "__main__":
    main()
