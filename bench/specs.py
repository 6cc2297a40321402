"""Build the bench's spec variants from specs/airbyte/config.yaml, deterministically.

* ``multiply(n)``: the Airbyte spec with its paths, operations, tags and
  components copied ``n`` times. Copy ``k`` (2..n) gets the path prefix
  ``/c{k}``, the suffix ``C{k}`` on every component name, operationId and tag,
  and every ``$ref`` (and discriminator mapping) rewritten to point at the
  copy, so each copy is a self-contained duplicate and every reference
  resolves. 5x is about 3.6 MB of YAML, 71x about 50 MB.
* ``changed_spec_path(n, revision)``: the ``n``-fold spec with one schema
  changed (a new string property ``benchRevision{revision}`` on
  ``ConnectionRead``; revision 0 is unchanged), for the warm regenerate: each
  timed run gets a revision it has not seen before, one schema away from the
  previous one.

Files go to bench/.work/specs/ and are rebuilt only when the source or this
builder changes (a stamp file holds their hash).

    python bench/specs.py 5 71        # build and report sizes
"""

from __future__ import annotations

import copy
import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

BENCH_DIR = Path(__file__).resolve().parent
SOURCE_SPEC = BENCH_DIR.parent / "specs" / "airbyte" / "config.yaml"
SPEC_DIR = BENCH_DIR / ".work" / "specs"
CHANGED_SCHEMA = "ConnectionRead"
_BUILDER_VERSION = "1"


class _Dumper(yaml.CSafeDumper):
    """C dumper that never writes anchors/aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def load_source() -> dict[str, Any]:
    """The Airbyte spec as plain data."""
    with open(SOURCE_SPEC, "rb") as fh:
        data: dict[str, Any] = yaml.load(fh, Loader=yaml.CSafeLoader)
    return data


def _stamp() -> str:
    h = hashlib.sha256(SOURCE_SPEC.read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update(_BUILDER_VERSION.encode())
    return h.hexdigest()[:16]


def _ref_rewriter(names: dict[str, set[str]], suffix: str) -> Any:
    """A function that rewrites '#/components/<section>/<Name>' to the suffixed copy."""

    def rewrite_ref(ref: str) -> str:
        if ref.startswith("#/components/"):
            parts = ref.split("/")
            if len(parts) >= 4 and parts[3] in names.get(parts[2], set()):
                if parts[2] == "securitySchemes":
                    return ref
                parts[3] = parts[3] + suffix
                return "/".join(parts)
        return ref

    return rewrite_ref


def _copy_node(node: Any, rewrite_ref: Any, schema_names: set[str], suffix: str) -> Any:
    """Deep copy of node with $ref values and discriminator mappings rewritten."""
    if isinstance(node, dict):
        out: dict[Any, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = rewrite_ref(value)
            elif key == "discriminator" and isinstance(value, dict):
                disc = _copy_node(value, rewrite_ref, schema_names, suffix)
                mapping = disc.get("mapping")
                if isinstance(mapping, dict):
                    disc["mapping"] = {
                        k: (
                            rewrite_ref(v)
                            if v.startswith("#/")
                            else (v + suffix if v in schema_names else v)
                        )
                        for k, v in mapping.items()
                    }
                out[key] = disc
            else:
                out[key] = _copy_node(value, rewrite_ref, schema_names, suffix)
        return out
    if isinstance(node, list):
        return [_copy_node(item, rewrite_ref, schema_names, suffix) for item in node]
    return node


def multiply_data(source: dict[str, Any], n: int) -> dict[str, Any]:
    """The spec with n copies of paths, tags and components (copy 1 is the original)."""
    doc = copy.deepcopy(source)
    if n <= 1:
        return doc
    components: dict[str, dict[str, Any]] = doc.setdefault("components", {})
    names = {section: set(items) for section, items in components.items()}
    schema_names = names.get("schemas", set())
    base_paths: dict[str, Any] = source["paths"]
    base_tags: list[dict[str, Any]] = source.get("tags", [])
    for k in range(2, n + 1):
        suffix = f"C{k}"
        rewrite_ref = _ref_rewriter(names, suffix)
        for section, items in source.get("components", {}).items():
            if section == "securitySchemes":
                continue
            for name, value in items.items():
                new_name = name + suffix
                if new_name in components[section]:
                    raise ValueError(f"name clash in copy {k}: {section}/{new_name}")
                components[section][new_name] = _copy_node(value, rewrite_ref, schema_names, suffix)
        for path, item in base_paths.items():
            new_path = f"/c{k}{path}"
            if new_path in doc["paths"]:
                raise ValueError(f"path clash in copy {k}: {new_path}")
            new_item = _copy_node(item, rewrite_ref, schema_names, suffix)
            for op in new_item.values():
                if isinstance(op, dict) and "responses" in op:
                    if "operationId" in op:
                        op["operationId"] = op["operationId"] + suffix
                    if "tags" in op:
                        op["tags"] = [t + suffix for t in op["tags"]]
            doc["paths"][new_path] = new_item
        for tag in base_tags:
            new_tag = dict(tag)
            new_tag["name"] = tag["name"] + suffix
            doc.setdefault("tags", []).append(new_tag)
    return doc


def change_one_schema(doc: dict[str, Any], revision: int) -> dict[str, Any]:
    """doc with a new property added to ConnectionRead (a one-schema change).

    Revision 0 is doc unchanged, written the same way (the warm run's starting point).
    """
    if revision == 0:
        return doc
    out = dict(doc)
    out["components"] = dict(doc["components"])
    out["components"]["schemas"] = dict(doc["components"]["schemas"])
    schema = copy.deepcopy(doc["components"]["schemas"][CHANGED_SCHEMA])
    schema["properties"][f"benchRevision{revision}"] = {
        "type": "string",
        "description": f"Added by the bench's warm-regenerate step (revision {revision}).",
    }
    out["components"]["schemas"][CHANGED_SCHEMA] = schema
    return out


def dump(doc: dict[str, Any], target: Path) -> None:
    """Write doc as block YAML, keys in their original order."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        yaml.dump(
            doc,
            fh,
            Dumper=_Dumper,
            sort_keys=False,
            default_flow_style=False,
            allow_unicode=True,
            width=120,
        )
    tmp.replace(target)


_cache: dict[int, dict[str, Any]] = {}


def multiplied(n: int) -> dict[str, Any]:
    """The n-fold spec as data (kept in memory for the changed variants)."""
    if n not in _cache:
        _cache[n] = multiply_data(load_source(), n)
    return _cache[n]


def _fresh(target: Path, stamp: str) -> bool:
    stamp_file = target.with_name(target.name + ".stamp")
    return target.exists() and stamp_file.exists() and stamp_file.read_text() == stamp


def _write_stamped(doc: dict[str, Any], target: Path, stamp: str) -> Path:
    dump(doc, target)
    target.with_name(target.name + ".stamp").write_text(stamp)
    return target


def spec_path(n: int) -> Path:
    """Path of the n-fold spec, built if missing or stale (n=1 is the original file)."""
    if n == 1:
        return SOURCE_SPEC
    target = SPEC_DIR / f"airbyte_x{n}.yaml"
    stamp = _stamp()
    if _fresh(target, stamp):
        return target
    print(f"  building {target.relative_to(BENCH_DIR.parent)} ...", flush=True)
    return _write_stamped(multiplied(n), target, stamp)


def changed_spec_path(n: int, revision: int) -> Path:
    """Path of the n-fold spec with revision ``revision`` of the one-schema change."""
    target = SPEC_DIR / f"airbyte_x{n}_rev{revision}.yaml"
    stamp = _stamp()
    if _fresh(target, stamp):
        return target
    return _write_stamped(change_one_schema(multiplied(n), revision), target, stamp)


def check_refs(doc: dict[str, Any]) -> int:
    """Number of local $refs and mapping targets; raises if any does not resolve."""
    count = 0

    def resolve(ref: str) -> None:
        node: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise ValueError(f"unresolved $ref {ref}")
            node = node[part]

    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str) and value.startswith("#/"):
                    resolve(value)
                    count += 1
                elif key == "mapping" and isinstance(value, dict):
                    for target in value.values():
                        if isinstance(target, str) and target.startswith("#/"):
                            resolve(target)
                            count += 1
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    op_ids: list[str] = [
        op["operationId"]
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    if len(op_ids) != len(set(op_ids)):
        raise ValueError("duplicate operationIds")
    return count


def ensure(factors: list[int], changed: list[int] | None = None) -> None:
    """Build what is missing in a child process, so the caller's memory stays small.

    (A child's peak-RSS figure starts at its parent's, so bench/run.py must stay lean.)
    """
    stamp = _stamp()
    todo = [n for n in factors if n > 1 and not _fresh(SPEC_DIR / f"airbyte_x{n}.yaml", stamp)]
    args = [str(n) for n in todo]
    if changed:
        n = factors[0]
        revs = [r for r in changed if not _fresh(SPEC_DIR / f"airbyte_x{n}_rev{r}.yaml", stamp)]
        if revs:
            args = ["--changed", str(n), *map(str, revs)]
    if args:
        subprocess.run([sys.executable, str(Path(__file__)), *args], check=True)


def main(argv: list[str]) -> int:
    """Build the named multiples (or --changed N REV...) and check every $ref resolves."""
    if argv[:1] == ["--changed"]:
        n = int(argv[1])
        for rev in argv[2:]:
            print(f"  building {changed_spec_path(n, int(rev)).name}", flush=True)
        return 0
    factors = [int(a) for a in argv] or [5, 71]
    for n in factors:
        path = spec_path(n)
        doc = multiplied(n) if n > 1 else load_source()
        refs = check_refs(doc)
        size = path.stat().st_size / 1e6
        print(
            f"x{n}: {path} {size:.1f} MB, {len(doc['paths'])} paths, "
            f"{len(doc['components']['schemas'])} schemas, {refs} refs resolved"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
