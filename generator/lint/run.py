"""Run ``validate`` or ``lint`` over spec files: load, check, configure, report."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from generator import __version__
from generator.cli.arguments import limits_from
from generator.diagnostics import Diagnostic, Location, Severity, SpecError, sorted_diagnostics
from generator.lint import baseline
from generator.lint.config import LintConfig, find_config
from generator.lint.discover import expand
from generator.lint.engine import apply_config, lint_rules
from generator.lint.formats import ReportContext, formatter
from generator.lint.formats.text import summary
from generator.lint.rules import ALL_RULES
from generator.load import DEFAULT_LIMITS, Document, Limits, load
from generator.load.gc_pause import paused_gc
from generator.settings.project import ConfigError
from generator.validate import schema_errors, validate


def list_rules(*, structural_only: bool) -> str:
    """One line per rule: id, default severity, whether ``validate`` runs it, description."""
    width = max(len(r.id) for r in ALL_RULES)
    lines = []
    for r in ALL_RULES:
        if structural_only and not r.structural:
            continue
        scope = "validate+lint" if r.structural else "lint"
        versions = f" (OpenAPI {', '.join(r.versions)} only)" if r.versions else ""
        lines.append(
            f"{r.id:<{width}}  {r.severity.label:<7}  {scope:<13}  {r.description}{versions}"
        )
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, *, full: bool, stderr: TextIO | None = None) -> int:
    """One ``validate`` (``full=False``) or ``lint`` run; returns the exit code."""
    err = stderr or sys.stderr
    if args.list_rules:
        sys.stdout.write(list_rules(structural_only=not full))
        return 0
    if not args.specs:
        command = "lint" if full else "validate"
        print(f"apismith {command}: error: give at least one SPEC (a file or directory)", file=err)
        return 2
    try:
        config = find_config(args.config, Path.cwd())
    except ConfigError as exc:
        print(f"apismith: error: {exc}", file=err)
        return 2
    # The cyclic GC stays off for the whole run: a spec's tree holds no cycles and
    # is freed by reference counting, and a collection would rescan all of it.
    with paused_gc():
        return _check_and_report(args, config, full=full, err=err)


def _check_and_report(
    args: argparse.Namespace, config: LintConfig, *, full: bool, err: TextIO
) -> int:
    fail = Severity.parse(args.fail_severity) if args.fail_severity else config.fail_severity
    paths, empty = expand(list(args.specs), specs_only=getattr(args, "specs_only", False))
    files = [display_name(path) for path in paths]
    for folder in empty:
        print(f"apismith: error: no OpenAPI documents found under {folder}", file=err)
    diagnostics: list[Diagnostic] = []
    sources: dict[str, str] = {}
    unreadable = bool(empty)
    limits, jobs = limits_from(args), jobs_from(args)
    for path in paths:
        found, texts, ok = check_file(path, config, full=full, limits=limits, jobs=jobs)
        diagnostics.extend(found)
        sources.update(texts)
        if not ok:
            unreadable = True
            for d in found:
                if d.code.startswith(("load.", "internal")) and d.severity == Severity.ERROR:
                    print(d.one_line(), file=err)
                    break
    diagnostics = sorted_diagnostics(diagnostics)
    if args.write_baseline:
        return _write_baseline(args.write_baseline, diagnostics, err, unreadable=unreadable)
    note = ""
    if args.baseline:
        try:
            filtered = baseline.apply(diagnostics, _read_baseline(args.baseline))
        except baseline.BaselineError as exc:
            print(f"apismith: error: {exc}", file=err)
            return 2
        diagnostics = filtered.kept
        note = f" Baseline {args.baseline}: {filtered.left_out} left out"
        if filtered.stale:
            note += f", {filtered.stale} no longer found (rewrite it with --write-baseline)"
        note += "."
    context = ReportContext(
        files=tuple(files),
        sources=sources,
        rules={r.id: r.description for r in ALL_RULES},
        fail_severity=fail,
        tool_version=__version__,
    )
    report = formatter(args.format)(diagnostics, context)
    if args.output:
        if not _write(args.output, report, err):
            return 2
        print(f"apismith: {summary(diagnostics, context)} Report: {args.output}{note}", file=err)
    else:
        sys.stdout.write(report)
        if note:
            print(f"apismith:{note}", file=err)
    if unreadable:
        return 2
    return 1 if any(d.severity >= fail for d in diagnostics) else 0


def _write(name: str, text: str, err: TextIO) -> bool:
    """Write a report or baseline whole or not at all; False (said on ``err``) if not."""
    from generator.output.atomic import replace_file

    try:
        replace_file(Path(name), text.encode("utf-8"))
    except OSError as exc:
        print(f"apismith: error: cannot write {name}: {exc.strerror or exc}", file=err)
        return False
    return True


def _read_baseline(name: str) -> Counter[baseline.Entry]:
    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise baseline.BaselineError(f"cannot read the baseline {name}: {reason}") from None
    return baseline.parse(text, name)


def _write_baseline(
    name: str, diagnostics: list[Diagnostic], err: TextIO, *, unreadable: bool
) -> int:
    if unreadable:  # a baseline of a run that could not read a spec would hide its findings
        print(f"apismith: error: {name} not written: a spec could not be read", file=err)
        return 2
    if not _write(name, baseline.render(diagnostics), err):
        return 2
    recorded = sum(1 for d in diagnostics if baseline.can_baseline(d))
    print(f"apismith: {recorded} finding(s) recorded in the baseline {name}", file=err)
    return 0


def display_name(path: str) -> str:
    """How a file is named in reports: as given, or relative to the working directory
    when given as an absolute path (the loader names files the same way)."""
    if not os.path.isabs(path):
        return path
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return path


def jobs_from(args: argparse.Namespace) -> int:
    """``--jobs``, or as many processes as help (two) where there are two cores."""
    jobs: int | None = getattr(args, "jobs", None)
    if jobs is not None:
        return jobs
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return min(cores, 2)


def check_file(
    file: str,
    config: LintConfig,
    *,
    full: bool,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int = 1,
) -> tuple[list[Diagnostic], dict[str, str], bool]:
    """(diagnostics, text of each file read by display name, readable?) for one spec
    file and the files it references; never raises."""
    try:
        document, found = load(file, limits)
    except SpecError as exc:
        return [exc.diagnostic], {}, False
    except Exception as exc:
        message = f"internal error while reading the file: {type(exc).__name__}: {exc}"
        location = Location(display_name(file))
        return [Diagnostic("load.internal", Severity.ERROR, message, location)], {}, False
    display = document.root.display
    try:
        if not full:
            found.extend(validate(document, jobs=jobs))
        elif document.upgraded_from:
            found.extend(validate(document, jobs=jobs))
            found.append(
                Diagnostic(
                    "lint.swagger2",
                    Severity.INFO,
                    "Swagger 2.0 gets structural validation only; lint rules read OpenAPI 3.x",
                    Location(display, "", 1, 1),
                )
            )
        else:
            found.extend(schema_errors(document))
            found.extend(lint_rules(document, config, jobs=jobs))
    except Exception as exc:
        message = f"internal error while checking the file: {type(exc).__name__}: {exc}"
        found.append(Diagnostic("internal", Severity.ERROR, message, Location(display)))
        return apply_config(found, config), _texts(document), False
    return apply_config(found, config), _texts(document), True


def _texts(document: Document) -> dict[str, str]:
    return {f.display: f.text for f in document.files.values() if f.text}
