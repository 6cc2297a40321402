"""The ``apismith`` command: wires the pipeline, prints, and decides exit codes.

Exit codes:
  0  success (``check``: output is current)
  1  ``check``: output is stale, or ``--fail-on breaking`` and the client's surface
     broke; ``lint``/``validate``: findings at the fail severity; ``diff``: changes
     at ``--fail-on``; ``generate --strict``: something fell back or was skipped
  2  a spec that cannot be read, a bad option or configuration
  3  the output directory cannot be written (nothing was changed)
  70 an internal error (a bug; ``--debug`` shows the traceback)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import NoReturn

from generator import __version__
from generator.cli.codegen import (
    add_generate_options,
    generate,
    options_from,
    run_check,
    run_generate,
)
from generator.cli.exits import EXIT_BUG, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT
from generator.diagnostics import SpecError
from generator.settings.project import ConfigError

__all__ = [
    "EXIT_BUG",
    "EXIT_FINDINGS",
    "EXIT_INPUT",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "build_parser",
    "entry",
    "generate",
    "main",
    "options_from",
    "run_check",
    "run_generate",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="apismith",
        description="Generate typed Python clients and Markdown docs from OpenAPI, and lint specs.",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"apismith {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    generate = sub.add_parser("generate", help="generate the client and docs")
    add_generate_options(generate)
    generate.add_argument(
        "--changelog",
        type=Path,
        metavar="FILE",
        help="append the Markdown report of the client's changes since the last run to FILE",
    )
    generate.set_defaults(handler=run_generate)
    check = sub.add_parser("check", help="exit 1 if the output directory is stale")
    add_generate_options(check)
    check.add_argument(
        "--full",
        action="store_true",
        help="render again even when a recorded run matches (the format cache still serves)",
    )
    check.add_argument(
        "--fail-on",
        choices=("breaking", "warning"),
        help="exit 1 when the spec changes the committed client's surface at or above this "
        "(compared with the surface recorded by the last generate)",
    )
    check.set_defaults(handler=run_check)
    from generator.cli import lint as cli_lint

    cli_lint.register(sub)
    from generator.cli import diff as cli_diff

    cli_diff.register(sub)
    from generator.cli import docs as cli_docs

    docs = sub.add_parser("docs", help="generate, then build the docs site (MkDocs)")
    add_generate_options(docs)
    cli_docs.add_options(docs)
    return parser


_FAST_EXIT = frozenset({"lint", "validate", "generate", "check", "diff"})


def entry() -> NoReturn:
    """The ``apismith`` command: :func:`main`, then exit.

    After ``lint`` and ``validate`` the interpreter's teardown (freeing a big
    spec's objects one by one) is skipped once the output is flushed, as mypy's
    fast exit does: nothing is left to clean up."""
    code, command = _run(None)
    if command in _FAST_EXIT:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # a closed pipe: let the normal exit deal with it
            raise SystemExit(code) from None
        os._exit(code)
    raise SystemExit(code)


def main(argv: list[str] | None = None) -> int:
    return _run(argv)[0]


def _run(argv: list[str] | None) -> tuple[int, str]:
    """(exit code, the command that ran)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    return _dispatch(args), str(args.command)


def _dispatch(args: argparse.Namespace) -> int:
    debug = getattr(args, "debug", False) or os.environ.get("APISMITH_DEBUG") == "1"
    try:
        result: int = args.handler(args)
        return result
    except SpecError as exc:
        print(exc.diagnostic.one_line(), file=sys.stderr)
        return EXIT_INPUT
    except ConfigError as exc:
        print(f"apismith: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("apismith: interrupted; the output directory was left as it was", file=sys.stderr)
        return 130
    except Exception as exc:
        from generator.output.errors import OutputError

        if isinstance(exc, OutputError):
            print(f"apismith: cannot write the output: {exc}", file=sys.stderr)
            return EXIT_OUTPUT
        if debug:
            raise
        print(
            f"apismith: internal error: {type(exc).__name__}: {exc} "
            "(a bug; rerun with --debug for the traceback)",
            file=sys.stderr,
        )
        return EXIT_BUG
