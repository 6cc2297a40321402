"""The input-limit flags shared by every command that reads specs."""

from __future__ import annotations

import argparse

from generator.settings.limits import DEFAULT_LIMITS, Limits

TAG_MODES = ("first", "all")
"""``--tags`` / ``[tool.apismith] tags``: which API classes an operation is generated in."""


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-depth", type=int, help="nesting depth limit (default 256)")
    parser.add_argument("--max-bytes", type=int, help="size limit per file (default 200 MB)")
    parser.add_argument(
        "--allow-outside-refs",
        action="store_true",
        help="allow $refs to files outside the spec's folder",
    )
    parser.add_argument("--allow-remote-refs", action="store_true", help="allow $refs to URLs")


def limits_from(args: argparse.Namespace) -> Limits:
    return Limits(
        max_depth=args.max_depth or DEFAULT_LIMITS.max_depth,
        max_bytes=args.max_bytes or DEFAULT_LIMITS.max_bytes,
        allow_outside_root=args.allow_outside_refs,
        allow_remote=args.allow_remote_refs,
    )
