"""Deterministic payloads for the runtime benchmarks, built from the spec's own schemas.

* ``ConnectionReadList`` JSON with 1,000 and 10,000 connections. Every property
  of every schema reachable from ``ConnectionRead`` is filled (nested
  ``syncCatalog`` streams, mappers, schedules, tags, ...) so that "decode with
  every field kept" is a real test. Connection ``i`` depends only on ``i``, so
  the 10,000 list starts with the 1,000 list.
* a ``ConnectionCreate`` value (JSON object) for the serialize benchmark.
* a 1-connection ``ConnectionReadList`` for the small-call benchmark.

The values are filled by walking the schemas of specs/airbyte/config.yaml, not
by hand. Each payload is checked against the schema with ``jsonschema``
(OpenAPI 3.0 ``nullable`` mapped to JSON Schema). Two things in the spec
cannot be met by any value and are reported, not hidden:

* ``AirbyteStream`` requires ``json_schema`` but declares only ``jsonSchema``
  and forbids additional properties; the payload carries ``jsonSchema`` and
  the check drops the undeclared required name.
* a ``oneOf`` whose branches overlap (``MapperConfiguration``: any object with
  ``targetField`` matches the field-filtering branch too) only gets values
  that match exactly one branch; branches that can never match alone are
  listed by ``python bench/payloads.py``.

Files go to bench/.work/payloads/ (rebuilt when the spec or this file changes).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import random
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import specs

PAYLOAD_DIR = specs.BENCH_DIR / ".work" / "payloads"
ROOT_URI = "urn:apismith-bench:airbyte"
_MAX_DEPTH = 60  # a guard only; recursion ends where a schema re-enters itself
_BUILDER_VERSION = "1"
_EPOCH = _dt.datetime(2024, 1, 1, tzinfo=_dt.UTC)


def _to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema object -> JSON Schema (nullable folded into type)."""
    if isinstance(node, dict):
        out = {k: _to_json_schema(v) for k, v in node.items()}
        if out.pop("nullable", False) is True:
            if "type" in out:
                types = out["type"] if isinstance(out["type"], list) else [out["type"]]
                out["type"] = [*types, "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        return out
    if isinstance(node, list):
        return [_to_json_schema(v) for v in node]
    return node


def _fix_unsatisfiable_required(schemas: dict[str, Any]) -> list[str]:
    """Drop required names that are neither declared nor allowed; returns what was dropped."""
    dropped: list[str] = []
    for name, schema in schemas.items():
        if (
            isinstance(schema, dict)
            and schema.get("additionalProperties") is False
            and isinstance(schema.get("required"), list)
        ):
            props = schema.get("properties", {})
            missing = [r for r in schema["required"] if r not in props]
            if missing:
                schema["required"] = [r for r in schema["required"] if r in props]
                dropped.extend(f"{name}.required[{r!r}]" for r in missing)
    return dropped


class Filler:
    """Fills every property of a schema with deterministic values."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.root = {"components": {"schemas": schemas}}
        self._valid_branches: dict[int, list[int]] = {}
        self._in_trial: set[int] = set()
        self.excluded_branches: list[str] = []
        self.excluded_refs: dict[str, set[str]] = {}
        self._stack: list[str] = []
        self.rng = random.Random(0)
        self._counter = 0

    # -- helpers -----------------------------------------------------------
    def _deref(self, schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        name = None
        while "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = self.schemas[name]
        return schema, name

    def _tick(self) -> int:
        self._counter += 1
        return self._counter

    def validator(self, schema: dict[str, Any]) -> Any:
        """A jsonschema validator for a sub-schema with $refs into the spec."""
        import jsonschema
        from referencing import Registry
        from referencing.jsonschema import DRAFT4

        registry: Registry[Any] = Registry().with_resource(
            ROOT_URI, DRAFT4.create_resource(self.root)
        )
        wrapped = {"$schema": "http://json-schema.org/draft-04/schema#", "allOf": [schema]}
        rewritten = json.loads(
            json.dumps(wrapped).replace('"#/components/', f'"{ROOT_URI}#/components/')
        )
        return jsonschema.Draft4Validator(
            rewritten, registry=registry, format_checker=jsonschema.FormatChecker()
        )

    def _branches(self, schema: dict[str, Any], key: str, name: str | None) -> list[int]:
        """oneOf branches for which a filled value matches exactly one branch."""
        cache_key = id(schema)
        if cache_key in self._in_trial:
            # nested inside its own trial (a recursive schema): any branch; the
            # recursion stop picks the first
            return list(range(len(schema[key])))
        if cache_key not in self._valid_branches:
            self._in_trial.add(cache_key)
            check = self.validator(schema)
            ok: list[int] = []
            saved = (self.rng.getstate(), self._counter)
            for i, branch in enumerate(schema[key]):
                value = self._fill_branch(schema, key, i, branch, depth=0)
                if not list(check.iter_errors(value)):
                    ok.append(i)
                else:
                    label = branch.get("$ref", f"#{i}").rsplit("/", 1)[-1]
                    self.excluded_branches.append(f"{name or '(inline)'}.{key}: {label}")
                    if name is not None and "$ref" in branch:
                        self.excluded_refs.setdefault(name, set()).add(branch["$ref"])
            self.rng.setstate(saved[0])
            self._counter = saved[1]
            self._in_trial.discard(cache_key)
            if not ok:
                raise ValueError(f"no {key} branch of {name} can be filled")
            self._valid_branches[cache_key] = ok
        return self._valid_branches[cache_key]

    def _fill_branch(
        self, schema: dict[str, Any], key: str, i: int, branch: dict[str, Any], depth: int
    ) -> Any:
        value = self.fill(branch, depth + 1)
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and isinstance(value, dict):
            target = branch.get("$ref", "")
            for tag, ref in disc.get("mapping", {}).items():
                if ref == target or ref.rsplit("/", 1)[-1] == target.rsplit("/", 1)[-1]:
                    value[disc["propertyName"]] = tag
        return value

    # -- the walk ----------------------------------------------------------
    def fill(self, schema: dict[str, Any], depth: int = 0, prop: str = "value") -> Any:
        """A value for schema, with every declared property present."""
        if depth > _MAX_DEPTH:
            raise ValueError("schema recursion does not end within the depth limit")
        schema, name = self._deref(schema)
        if name is None:
            return self._fill_resolved(schema, name, depth, prop)
        self._stack.append(name)
        try:
            return self._fill_resolved(schema, name, depth, prop)
        finally:
            self._stack.pop()

    def _terminal(self) -> bool:
        """True inside a schema's own recursion: keep arrays short, take the first branch."""
        return len(set(self._stack)) < len(self._stack)

    def _fill_resolved(
        self, schema: dict[str, Any], name: str | None, depth: int, prop: str
    ) -> Any:
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = self._branches(schema, key, name)
                pick = branches[0] if self._terminal() else branches[self._tick() % len(branches)]
                return self._fill_branch(schema, key, pick, schema[key][pick], depth)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.fill(part, depth, prop)
                if isinstance(value, dict):
                    merged.update(value)
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            if rest.get("properties"):
                merged.update(self.fill(rest, depth, prop))
            return merged
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return values[self._tick() % len(values)]
        types = schema.get("type")
        typ = next((t for t in types if t != "null"), None) if isinstance(types, list) else types
        if typ is None:
            typ = "object" if "properties" in schema else "string"
        if typ == "object":
            return self._object(schema, depth, prop)
        if typ == "array":
            return self._array(schema, depth, prop)
        if typ == "string":
            return self._string(schema, prop)
        if typ == "integer":
            lo = int(schema.get("minimum", 0))
            hi = int(schema.get("maximum", 2**31 if schema.get("format") == "int32" else 2**45))
            return self.rng.randint(lo, hi)
        if typ == "number":
            return round(self.rng.uniform(0, 1e6), 3)
        if typ == "boolean":
            return self._tick() % 2 == 0
        raise ValueError(f"unsupported type {typ!r}")

    def _object(self, schema: dict[str, Any], depth: int, prop: str) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties", {})
        if not props and schema.get("additionalProperties") in (None, True):
            # a free-form object (e.g. StreamJsonSchema): a small JSON Schema document
            n = self._tick()
            return {
                "type": "object",
                "properties": {
                    f"col_{j}": {"type": ["null", "string" if j % 2 else "integer"]}
                    for j in range(n % 3 + 2)
                },
            }
        out = {key: self.fill(sub, depth + 1, key) for key, sub in props.items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for j in range(2):
                out[f"{prop}_extra_{j}"] = self.fill(extra, depth + 1, prop)
        return out

    def _array(self, schema: dict[str, Any], depth: int, prop: str) -> list[Any]:
        lo = int(schema.get("minItems", 0))
        n = max(lo, 1) if self._terminal() else max(lo, 1 + self._tick() % 3)
        items = schema.get("items", {})
        return [self.fill(items, depth + 1, prop) for _ in range(n)]

    def _string(self, schema: dict[str, Any], prop: str) -> str:
        fmt = schema.get("format")
        if fmt == "uuid":
            return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        if fmt == "date-time":
            return (_EPOCH + _dt.timedelta(seconds=self.rng.randint(0, 10**8))).isoformat()
        if fmt == "date":
            return (_EPOCH + _dt.timedelta(days=self.rng.randint(0, 3000))).date().isoformat()
        if fmt in ("uri", "url"):
            return f"https://example.com/{prop}/{self.rng.randint(0, 10**6)}"
        if fmt == "email":
            return f"user{self.rng.randint(0, 10**6)}@example.com"
        if fmt in ("binary", "byte"):
            return "YmVuY2g="
        return f"{prop}-{self.rng.randint(0, 10**6):06d}"

    def connection(self, index: int, schema_name: str = "ConnectionRead") -> dict[str, Any]:
        """Fill schema_name for item ``index``: the value depends only on index."""
        self.rng = random.Random(f"{schema_name}:{index}")
        self._counter = index
        self._stack = []
        value: dict[str, Any] = self.fill({"$ref": f"#/components/schemas/{schema_name}"})
        return value


def _spec_hash() -> str:
    h = hashlib.sha256(specs.SOURCE_SPEC.read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update(_BUILDER_VERSION.encode())
    return h.hexdigest()[:16]


_filler: Filler | None = None
_dropped: list[str] = []


def filler() -> Filler:
    """The filler over the spec's schemas (loaded once)."""
    global _filler
    if _filler is None:
        schemas = _to_json_schema(specs.load_source()["components"]["schemas"])
        _dropped.extend(_fix_unsatisfiable_required(schemas))
        _filler = Filler(schemas)
    return _filler


def connections(count: int) -> Iterator[dict[str, Any]]:
    """ConnectionRead values 0..count-1."""
    f = filler()
    for i in range(count):
        yield f.connection(i)


def _write(target: Path, data: Any) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
    tmp.replace(target)
    return target


def _cached(name: str) -> Path | None:
    target = PAYLOAD_DIR / name
    stamp = target.with_name(name + ".stamp")
    if target.exists() and stamp.exists() and stamp.read_text() == _spec_hash():
        return target
    return None


def _stamp(target: Path) -> None:
    target.with_name(target.name + ".stamp").write_text(_spec_hash())


def connection_list_path(count: int) -> Path:
    """bench/.work/payloads/connection_read_list_<count>.json, built if needed."""
    name = f"connection_read_list_{count}.json"
    cached = _cached(name)
    if cached:
        return cached
    print(f"  building payload {name} ...", flush=True)
    target = _write(PAYLOAD_DIR / name, {"connections": list(connections(count))})
    _stamp(target)
    return target


def connection_create_path() -> Path:
    """bench/.work/payloads/connection_create.json: one ConnectionCreate value."""
    name = "connection_create.json"
    cached = _cached(name)
    if cached:
        return cached
    target = _write(PAYLOAD_DIR / name, filler().connection(0, "ConnectionCreate"))
    _stamp(target)
    return target


def all_paths() -> dict[str, Path]:
    """Every payload file the runtime benchmarks read, built if needed."""
    return {
        "list_1": connection_list_path(1),
        "list_1000": connection_list_path(1000),
        "list_10000": connection_list_path(10000),
        "create": connection_create_path(),
    }


_NAMES = {
    "list_1": "connection_read_list_1.json",
    "list_1000": "connection_read_list_1000.json",
    "list_10000": "connection_read_list_10000.json",
    "create": "connection_create.json",
}


def ensure() -> dict[str, Path]:
    """all_paths(), building and validating in a child process when anything is stale.

    (Keeps the caller's memory small: a child's peak-RSS figure starts at its parent's.)
    """
    if any(_cached(name) is None for name in _NAMES.values()):
        subprocess.run([sys.executable, str(Path(__file__))], check=True)
    return {key: PAYLOAD_DIR / name for key, name in _NAMES.items()}


def validate(path: Path, schema_name: str, sample_every: int = 1) -> int:
    """Check a payload against the spec schema; returns the number of values checked."""
    f = filler()
    data = json.loads(path.read_text())
    if schema_name == "ConnectionReadList":
        check = f.validator({"$ref": "#/components/schemas/ConnectionRead"})
        items = data["connections"][::sample_every]
        top = f.validator({"$ref": "#/components/schemas/ConnectionReadList"})
        top_errors = list(top.iter_errors({"connections": data["connections"][:2]}))
        if top_errors:
            raise ValueError(f"{path.name}: {top_errors[0].message}")
    else:
        check = f.validator({"$ref": f"#/components/schemas/{schema_name}"})
        items = [data]
    for i, item in enumerate(items):
        errors = list(check.iter_errors(item))
        if errors:
            err = errors[0]
            where = "/".join(str(p) for p in err.absolute_path)
            raise ValueError(f"{path.name} item {i * sample_every}: {where}: {err.message}")
    return len(items)


def coverage(value: Any, schema_name: str) -> list[str]:
    """Declared properties of schemas reachable from schema_name never seen in value."""
    f = filler()
    declared: dict[str, set[str]] = {}

    def collect(name: str) -> None:
        if name in declared:
            return
        schema = f.schemas[name]
        declared[name] = set(schema.get("properties", {}))

        skip = f.excluded_refs.get(name, set())

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                if "$ref" in node and node["$ref"] not in skip:
                    collect(node["$ref"].rsplit("/", 1)[-1])
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)

        walk(schema)

    collect(schema_name)
    seen: set[str] = set()

    def keys(node: Any) -> None:
        if isinstance(node, dict):
            seen.update(node)
            for v in node.values():
                keys(v)
        elif isinstance(node, list):
            for v in node:
                keys(v)

    keys(value)
    return sorted(f"{n}.{p}" for n, props in declared.items() for p in props if p not in seen)


def main() -> int:
    """Build every payload, validate it and report coverage."""
    paths = all_paths()
    for key, path in paths.items():
        print(f"{key}: {path} ({path.stat().st_size / 1e6:.2f} MB)")
    n1k = validate(paths["list_1000"], "ConnectionReadList")
    n10k = validate(paths["list_10000"], "ConnectionReadList", sample_every=97)
    validate(paths["create"], "ConnectionCreate")
    print(f"validated: 1,000 list ({n1k} items), 10,000 list ({n10k} sampled), ConnectionCreate")
    big = json.loads(paths["list_10000"].read_text())["connections"][:1000]
    same = big == json.loads(paths["list_1000"].read_text())["connections"]
    print(f"10,000 list starts with the 1,000 list: {same}")
    missing = coverage(json.loads(paths["list_1000"].read_text()), "ConnectionReadList")
    print(f"properties never filled in the 1,000 list: {missing or 'none'}")
    print(f"spec defects worked around (required but undeclared): {_dropped or 'none'}")
    print(f"oneOf/anyOf branches that never match alone: {filler().excluded_branches or 'none'}")
    return 0 if same and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
