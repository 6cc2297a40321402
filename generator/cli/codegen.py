"""``apismith generate`` and ``apismith check``: options from flags and
``[tool.apismith]``, the pipeline run, the summary and the exit code."""

from __future__ import annotations

import argparse
import json
import keyword
import sys
import time
from pathlib import Path
from typing import Any

from generator.cli.arguments import TAG_MODES, add_limit_options, limits_from
from generator.cli.diff import append_changelog, read_config, surface_summary
from generator.cli.exits import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK
from generator.diagnostics import Diagnostic, Severity, sorted_diagnostics
from generator.settings.project import ConfigError, load_config


class Progress:
    """Stage names on a terminal, shown only once a run has taken a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.perf_counter()
        self.shown = False

    def __call__(self, stage: str) -> None:
        if self.enabled and time.perf_counter() - self.start > 1.0:
            sys.stderr.write(f"\r\x1b[2K  apismith: {stage}…")
            sys.stderr.flush()
            self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()


def add_generate_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", nargs="?", type=Path, help="the OpenAPI document (YAML or JSON)")
    parser.add_argument("-o", "--output", type=Path, help="the generated project's directory")
    parser.add_argument(
        "--package-name", help="import name of the package (default: from the title)"
    )
    parser.add_argument(
        "--docs-style",
        choices=("openapi-generator", "speakeasy"),
        help="layout of the Markdown docs (default: openapi-generator)",
    )
    parser.add_argument("--no-docs", action="store_true", help="generate the client only")
    parser.add_argument(
        "--tags",
        choices=TAG_MODES,
        help="first: generate each operation in its first tag's API class (default); "
        "all: in the class of each of its tags",
    )
    parser.add_argument("--templates", type=Path, help="a directory whose templates override ours")
    parser.add_argument("--config", type=Path, help="a TOML file with a [tool.apismith] table")
    parser.add_argument(
        "--format",
        choices=("layout", "black"),
        default="layout",
        help="layout: emit code in black's style without running black (default); "
        "black: also run black on every Python file (always so with --templates)",
    )
    parser.add_argument("--no-cache", action="store_true", help="run black from cold")
    parser.add_argument("--strict", action="store_true", help="fail on any fallback or skip")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    parser.add_argument("--json", action="store_true", help="print a JSON summary on stdout")
    parser.add_argument("--timings", action="store_true", help="print the time of each stage")
    add_limit_options(parser)
    parser.add_argument("--no-validate", action="store_true", help="skip structural validation")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")


def options_from(args: argparse.Namespace) -> Any:
    from generator.settings.options import Options

    config = load_config(explicit=args.config)
    configured = config.get("spec")
    # The project's settings describe the project's spec, not another one.
    other_spec = args.spec is not None and configured is not None
    if other_spec and Path(args.spec).resolve() != Path(configured).resolve():
        config = type(config)()
    spec = args.spec or config.get("spec")
    if spec is None:
        raise ConfigError("no spec given (pass SPEC or set [tool.apismith] spec in pyproject.toml)")
    output = args.output or config.get("output")
    if output is None:
        raise ConfigError("no output directory given (pass -o DIR or set [tool.apismith] output)")
    limits = limits_from(args)
    package_name = args.package_name or config.get("package-name")
    if package_name is not None and (
        not package_name.isidentifier() or keyword.iskeyword(package_name)
    ):
        raise ConfigError(f"package name {package_name!r} is not a Python identifier")
    docs = not args.no_docs and config.get("docs") is not False
    return Options(
        spec=Path(spec),
        output=Path(output),
        package_name=package_name,
        docs_style=args.docs_style or config.get("docs-style") or "openapi-generator",
        docs=docs,
        templates=args.templates or config.get("templates"),
        use_cache=not args.no_cache,
        format=args.format,
        limits=limits,
        validate=not args.no_validate,
        tags=_tags_mode(args.tags or config.get("tags") or "first"),
    )


def _tags_mode(value: str) -> str:
    if value not in TAG_MODES:
        raise ConfigError(f'[tool.apismith] tags must be "first" or "all", not {value!r}')
    return value


def _strict_failures(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity >= Severity.WARNING]


def _print_diagnostics(diagnostics: list[Diagnostic], quiet: bool) -> None:
    floor = Severity.ERROR if quiet else Severity.WARNING
    shown = [d for d in sorted_diagnostics(diagnostics) if d.severity >= floor]
    for d in shown[:200]:
        print(d.one_line(), file=sys.stderr)
    if len(shown) > 200:
        print(f"... and {len(shown) - 200} more", file=sys.stderr)


RENAME = "naming.rename"


def _finding(d: Diagnostic) -> dict[str, object]:
    loc = d.location
    return {
        "file": loc.file,
        "line": loc.line,
        "col": loc.col,
        "pointer": loc.pointer,
        "severity": d.severity.label,
        "message": d.message,
    }


def _counts(diagnostics: list[Diagnostic]) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in diagnostics:
        out[d.code] = out.get(d.code, 0) + 1
    return dict(sorted(out.items()))


def run_generate(args: argparse.Namespace) -> int:
    return generate(args)[0]


def generate(args: argparse.Namespace) -> tuple[int, Any, Any]:
    """``generate``'s run: (exit code, its Options, the rendered tree or None when
    nothing was written). ``docs`` runs it too, then builds the site from the output."""
    from generator import pipeline

    options = options_from(args)
    progress = Progress(not args.quiet and not args.json)
    start = time.perf_counter()
    rendered = pipeline.render(options, progress, reuse=True)
    diagnostics = rendered.diagnostics
    if any(d.severity >= Severity.ERROR and d.code.startswith("load.") for d in diagnostics):
        progress.done()
        _print_diagnostics(diagnostics, args.quiet)
        return EXIT_INPUT, options, None
    failures = _strict_failures(diagnostics) if args.strict else []
    if failures:
        progress.done()
        _print_diagnostics(diagnostics, args.quiet)
        print(f"apismith: --strict: {len(failures)} finding(s); nothing written", file=sys.stderr)
        return EXIT_FINDINGS, options, None
    changes = _surface_changes(args, options, rendered)
    report = pipeline.write(options, rendered, progress)
    progress.done()
    elapsed = time.perf_counter() - start
    api = rendered.api
    operations = len({id(op) for op in api.operations()})
    fallbacks = [d for d in diagnostics if d.code.startswith("fallback.")]
    summary = {
        "spec": str(options.spec),
        "output": str(options.output),
        "package": api.package_name,
        "operations": operations,
        "api_classes": len(api.tags),
        "models": len(api.models),
        "enums": len(api.enums),
        "aliases": len(api.aliases),
        "files": {
            "total": len(rendered.files),
            "added": len(report.added),
            "changed": len(report.changed),
            "removed": len(report.removed),
            "unchanged": len(report.unchanged),
        },
        "fallbacks": len(fallbacks),
        "renames": [_finding(d) for d in sorted_diagnostics(diagnostics) if d.code == RENAME],
        "diagnostics": _counts(diagnostics),
        "client_changes": None if changes is None else _counts_by_impact(changes),
        "elapsed_seconds": round(elapsed, 3),
        "timings": {k: round(v, 3) for k, v in rendered.timings.stages.items()},
        "layouts_reused": rendered.reused,
        "files_kept": len(rendered.kept),
    }
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
        return EXIT_OK, options, rendered
    _print_diagnostics(diagnostics, args.quiet)
    if not args.quiet:
        files = summary["files"]
        assert isinstance(files, dict)
        print(
            f"apismith: {api.package_name}: {operations} operations, {len(api.tags)} API classes, "
            f"{len(api.models)} models, {len(api.enums)} enums, {len(api.aliases)} unions -> "
            f"{options.output} ({files['total']} files: {files['added']} added, "
            f"{files['changed']} changed, {files['removed']} removed, "
            f"{files['unchanged']} unchanged) in {elapsed:.2f}s"
        )
        renames = summary["renames"]
        assert isinstance(renames, list)
        print(
            f"apismith: {len(fallbacks)} fallback(s) to Any, {len(renames)} rename(s), "
            f"{sum(1 for d in diagnostics if d.severity == Severity.ERROR)} error(s), "
            f"{sum(1 for d in diagnostics if d.severity == Severity.WARNING)} warning(s)"
        )
        if changes is not None and changes.changes:
            print("\n".join(surface_summary(changes)))
    if args.timings:
        for stage, seconds in rendered.timings.stages.items():
            print(f"  {stage:<9} {seconds * 1000:8.1f} ms")
        print(
            f"  ({len(rendered.kept)} file(s) taken unchanged from the previous run, "
            f"{rendered.reused} module layout(s) reused)"
        )
    return EXIT_OK, options, rendered


def _counts_by_impact(report: Any) -> dict[str, int]:
    from generator.diff.model import Impact

    return {i.label: report.count(i) for i in sorted(Impact, reverse=True)}


def _surface_changes(args: argparse.Namespace, options: Any, rendered: Any) -> Any:
    """The client changes since the recorded run (None: no run recorded); appended to
    ``--changelog FILE`` when there are some."""
    from generator import pipeline

    config = read_config(str(args.config) if args.config else None)
    changes = pipeline.surface_changes(options, rendered, config)
    changelog = getattr(args, "changelog", None)
    if changelog is not None and changes is not None and changes.changes:
        append_changelog(Path(changelog), changes)
    return changes


def run_check(args: argparse.Namespace) -> int:
    options = options_from(args)
    if options.use_cache and not args.full and _recorded_current(options, args):
        return EXIT_OK
    from generator import pipeline

    progress = Progress(not args.quiet and not args.json)
    rendered = pipeline.render(options, progress)
    if any(
        d.severity >= Severity.ERROR and d.code.startswith("load.") for d in rendered.diagnostics
    ):
        progress.done()
        _print_diagnostics(rendered.diagnostics, args.quiet)
        return EXIT_INPUT
    fail_on = getattr(args, "fail_on", None)
    if fail_on is not None:
        changes = pipeline.surface_changes(
            options, rendered, read_config(str(args.config) if args.config else None)
        )
        if changes is not None and changes.changes:
            progress.done()
            print("\n".join(surface_summary(changes)))
            from generator.diff.model import Impact

            if any(c.impact >= Impact.parse(fail_on) for c in changes.changes):
                print(f"apismith: the spec change is {fail_on} for the committed client")
                return EXIT_FINDINGS
    report = pipeline.check(options, rendered, progress)
    progress.done()
    if args.timings:
        for stage, seconds in rendered.timings.stages.items():
            print(f"  {stage:<9} {seconds * 1000:8.1f} ms")
    if report.ok:
        if not args.quiet:
            print(f"apismith: {options.output} is up to date")
        return EXIT_OK
    print(report.summary())
    return EXIT_FINDINGS


def _recorded_current(options: Any, args: argparse.Namespace) -> bool:
    """The fast path of ``check``: a recorded run still matches spec, code and output."""
    from generator.output import record as fingerprint

    start = time.perf_counter()
    if not fingerprint.fast_check(options.run_key, options.output):
        return False
    if args.timings:
        print(f"  {'recorded':<9} {(time.perf_counter() - start) * 1000:8.1f} ms")
    if not args.quiet:
        print(f"apismith: {options.output} is up to date (recorded run; --full to re-render)")
    return True


# Commands whose process ends holding a whole spec's worth of objects.
