"""``apismith validate`` and ``apismith lint``: their arguments, and a lazy hand-off.

``generator.cli`` calls :func:`register`; :func:`main` runs the two
subcommands on their own (tests, ``python -m generator.cli.lint``). The work is in
:mod:`generator.lint.run`, imported only when a lint or validate command runs, so
other commands do not pay for the validators' import.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from generator.cli.arguments import add_limit_options
from generator.diagnostics import Severity
from generator.lint.formats import FORMAT_NAMES

EXIT_CODES = """\
exit codes:
  0  no finding at or above the fail severity
  1  findings at or above the fail severity (default: error)
  2  a file could not be read as a spec, or a usage/configuration error

SPEC may be a file or a directory; directories are searched for *.yaml, *.yml
and *.json files that are OpenAPI or Swagger documents. Every file is reported,
even when another fails. Configuration: [tool.apismith.lint] in the nearest
pyproject.toml, or --config FILE.
"""


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``validate`` and ``lint`` subcommands."""
    commands = (
        ("validate", "check structure: the OpenAPI schema, $refs, ids, path parameters"),
        ("lint", "check structure plus style and codegen-readiness rules"),
    )
    for name, purpose in commands:
        parser = subparsers.add_parser(
            name,
            help=purpose,
            description=f"apismith {name}: {purpose}.",
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.add_argument("specs", nargs="*", metavar="SPEC", help="spec file or directory")
        parser.add_argument(
            "--format", choices=FORMAT_NAMES, default="text", help="output format (default: text)"
        )
        parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
        parser.add_argument("--config", metavar="FILE", help="TOML file with lint settings")
        parser.add_argument(
            "--fail-severity",
            choices=[s.label for s in Severity],
            help="lowest severity that fails the run (default: error, or the config's)",
        )
        parser.add_argument(
            "--list-rules", action="store_true", help="list the rules with their ids and exit"
        )
        parser.add_argument(
            "--baseline",
            metavar="FILE",
            help="leave out the findings recorded in FILE (see --write-baseline)",
        )
        parser.add_argument(
            "--write-baseline",
            metavar="FILE",
            help="record every finding of this run in FILE and exit 0, "
            "so that later runs with --baseline FILE report only new ones",
        )
        parser.add_argument(
            "--jobs",
            "-j",
            type=_jobs,
            metavar="N",
            help="processes for a big spec's rules (default: 2 on two or more cores; "
            "1 runs everything in one process; the report is the same)",
        )
        parser.add_argument(
            "--specs-only",
            action="store_true",
            help="skip given files that are not OpenAPI documents (no top-level openapi or "
            "swagger key), as a pre-commit hook passes every changed YAML and JSON file",
        )
        add_limit_options(parser)
        parser.set_defaults(handler=run_validate if name == "validate" else run_lint)


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run_validate(args: argparse.Namespace) -> int:
    from generator.lint.run import run

    return run(args, full=False)


def run_lint(args: argparse.Namespace) -> int:
    from generator.lint.run import run

    return run(args, full=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``validate`` or ``lint`` as ``python -m generator.cli.lint lint SPEC...``."""
    parser = argparse.ArgumentParser(prog="apismith")
    register(parser.add_subparsers(dest="command", required=True))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else 2
    handler = args.handler
    result: int = handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
