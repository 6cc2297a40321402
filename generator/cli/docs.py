"""``apismith docs``: ``generate``, then ``mkdocs.yml`` and the site (see ``docs_site``).

Exit codes are ``generate``'s and ``check``'s; also 1 when the strict build fails or
``--check`` finds ``mkdocs.yml`` stale, 2 when MkDocs is not installed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--site-dir", type=Path, help="where the site is built (default: site/ beside the output)"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--serve", action="store_true", help="preview with MkDocs' dev server on 127.0.0.1:8000"
    )
    mode.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if the output or its mkdocs.yml is stale; builds nothing",
    )
    parser.set_defaults(handler=run_docs)


def run_docs(args: argparse.Namespace) -> int:
    from generator import docs_site
    from generator.cli.codegen import generate, options_from
    from generator.cli.exits import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK
    from generator.settings.project import ConfigError

    if args.check:
        return _check(args)
    # Both before generate writes anything: without docs it would remove the pages.
    if not options_from(args).docs:
        raise ConfigError("docs are turned off (--no-docs or docs = false): no site to build")
    try:
        docs_site.require_mkdocs()
    except docs_site.SiteError as exc:
        print(f"apismith: {exc}", file=sys.stderr)
        return EXIT_INPUT
    code, options, rendered = generate(args)
    if code != EXIT_OK:
        return int(code)
    docs_site.write_config(options.output, docs_site.site_config(rendered.api, options.docs_style))
    site_dir = args.site_dir or docs_site.default_site_dir(options.output)
    try:
        with docs_site.staged(options.output, docs_site.doc_files(rendered.files)) as src:
            if args.serve:
                docs_site.serve(options.output, src)
                return EXIT_OK
            result = docs_site.build(options.output, src, site_dir)
    except docs_site.SiteError as exc:
        print(f"apismith: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    if not args.quiet:
        print(
            f"apismith: site: {result.pages} pages -> {result.site_dir} "
            f"in {result.seconds:.2f}s",
            file=sys.stderr if args.json else sys.stdout,
        )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from generator import docs_site, pipeline
    from generator.cli.codegen import options_from, run_check
    from generator.cli.exits import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK

    code = run_check(argparse.Namespace(**{**vars(args), "full": False}))
    if code == EXIT_INPUT:
        return code
    options = options_from(args)
    rendered = pipeline.render(options)
    text = docs_site.site_config(rendered.api, options.docs_style)
    if docs_site.is_current(options.output, text):
        return code
    print(f"stale: {docs_site.config_path(options.output)} (run apismith docs)")
    return EXIT_FINDINGS if code == EXIT_OK else code
