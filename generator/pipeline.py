"""The pipeline ``load -> validate -> parse -> render -> format -> write``, wired once.

Each stage is a module of its own; this module only calls them in order,
times them, and hands values (never prints) back to the CLI.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generator import __version__
from generator.diagnostics import Diagnostic
from generator.diff.surface import is_surface, surface, surface_bytes
from generator.forking import TaskPool, fork_call, shared_map
from generator.ir.model import Api
from generator.load import load
from generator.load.document import SourceFile
from generator.output import record as fingerprint
from generator.output.check import CheckReport, check_output
from generator.output.reuse import layout_digest, previous_layout
from generator.output.surface import read_surface, write_surface
from generator.output.write import WriteReport, write_output
from generator.parse import parse
from generator.render.client import generated_modules, render_client_statements
from generator.render.docs import DocsRender
from generator.render.environment import make_environment
from generator.render.layout import layout_source
from generator.settings.options import Options
from generator.validate import validate

if TYPE_CHECKING:
    from generator.diff import DiffConfig, DiffReport

DOC_STYLES = ("openapi-generator", "speakeasy")
LAYOUT_ID = f"apismith-layout {__version__} line-length=100"
"""The manifest's formatter when render's layout is the only formatting (with the layout
code's digest appended: see ``layout_formatter_id``)."""


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str, progress: Callable[[str], None] | None = None) -> Iterator[None]:
        if progress is not None:
            progress(name)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - start


@dataclass
class Rendered:
    api: Api
    diagnostics: list[Diagnostic]
    files: dict[str, str]
    timings: Timings
    document_files: Mapping[str, SourceFile] = field(default_factory=dict)
    """The spec's files as read (path -> file), for the run record."""
    raw_files: dict[str, str] = field(default_factory=dict)
    """Each file before layout (the one-line render of a laid-out module, else the file
    itself): the manifest records its hash so a later run can reuse the layout."""
    reused: int = 0
    """Modules whose layout came from the previous run (``output.reuse``)."""
    _surface: dict[str, Any] | None = field(default=None, repr=False)

    def surface(self) -> dict[str, Any]:
        """The client's surface (``diff.surface``), computed once for the change summary
        and the record ``write`` leaves beside the manifest."""
        if self._surface is None:
            self._surface = surface(self.api)
        return self._surface


def manifest_options(options: Options, api: Api) -> dict[str, str]:
    """What the output depends on besides the spec, recorded once in the manifest."""
    return {
        "generator": f"apismith {__version__}",
        "package_name": api.package_name,
        "docs_style": options.docs_style if options.docs else "none",
        "templates": "custom" if options.templates else "builtin",
    }


def layout_formatter_id() -> str:
    return f"{LAYOUT_ID} code={layout_digest()}"


def render(
    options: Options, progress: Callable[[str], None] | None = None, *, reuse: bool = False
) -> Rendered:
    """load, validate, parse and render: everything up to (not including) format.

    ``reuse``: take unchanged modules' layout from the previous run in the output
    directory (``output.reuse``; ``generate`` only, and never with black).
    """
    timings = Timings()
    with timings.stage("load", progress):
        document, diagnostics = load(options.spec, options.limits)
    if options.validate:
        with timings.stage("validate", progress):
            diagnostics += validate(document)
    with timings.stage("parse", progress):
        api, parse_diagnostics = parse(
            document, package_name=options.package_name, all_tags=options.tags == "all"
        )
    diagnostics += parse_diagnostics
    with timings.stage("render", progress):
        env = make_environment(options.templates)
        # The docs render in a second process from the start, while this one renders
        # the client and lays it out (sharing that with a third when there is much to
        # lay out), then takes what is left of the docs: the same bytes as in one
        # process, on two cores. The client's surface (what ``write`` records) is
        # computed in the docs process too.
        docs_render = (
            DocsRender(api, package_name=api.package_name, style=options.docs_style, env=env)
            if options.docs
            else None
        )
        tasks = docs_render.tasks() if docs_render is not None else []
        pool = TaskPool(len(tasks))

        def render_task(index: int) -> dict[str, str]:
            assert docs_render is not None
            return docs_render.render(tasks[index])

        docs_join: Callable[[], tuple[dict[int, dict[str, str]], dict[str, Any] | None]]
        docs_join = lambda: ({}, None)  # noqa: E731
        if tasks:
            docs_join = fork_call(lambda: (pool.take_all(render_task), surface(api)))
        statements = render_client_statements(api, env)
        # A user's templates are laid out by black (format stage), not by us.
        modules = (
            [] if options.templates else sorted(generated_modules(statements, api.package_name))
        )
        previous: dict[str, str] = {}
        if reuse and modules and options.use_cache and not options.runs_black:
            known = previous_layout(options.output, layout_formatter_id())
            for path in modules:
                text = known(path, statements[path])
                if text is not None:
                    previous[path] = text
            modules = [path for path in modules if path not in previous]
        # Chunks, biggest first, so the last one taken is small.
        chunks = _chunks(modules, statements)
        laid_out, _ = shared_map(
            chunks,
            lambda chunk: {path: layout_source(statements[path]) for path in chunk},
            lambda: None,
        )
        try:
            mine = pool.take_all(render_task)
            theirs, client_surface = docs_join()
        finally:
            pool.close()
        for index in pool.missing(mine, theirs):  # taken by a child that failed
            mine[index] = render_task(index)
        doc_files: dict[str, str] = {}
        for index in range(len(tasks)):
            doc_files.update(mine[index] if index in mine else theirs[index])
        files = dict(statements)
        files.update(previous)
        for chunk in laid_out:
            files.update(chunk)
        files.update(doc_files)
        raw = {**files, **statements}  # the same as files where nothing was laid out
    return Rendered(
        api,
        diagnostics,
        dict(sorted(files.items())),
        timings,
        dict(document.files),
        raw_files=dict(sorted(raw.items())),
        reused=len(previous),
        _surface=client_surface,
    )


def _chunks(paths: list[str], files: Mapping[str, str], count: int = 64) -> list[list[str]]:
    """Paths in at most ``count`` chunks of similar size, biggest first."""
    chunks: list[list[str]] = [[] for _ in range(min(count, len(paths)))]
    sizes = [0] * len(chunks)
    for path in sorted(paths, key=lambda p: (-len(files[p]), p)):
        lightest = sizes.index(min(sizes))
        chunks[lightest].append(path)
        sizes[lightest] += len(files[path])
    return sorted((c for c in chunks if c), key=lambda c: -sum(len(files[p]) for p in c))


def formatter(options: Options) -> Callable[[Mapping[str, str]], dict[str, str]]:
    """The format stage: nothing to do unless black must run (``Options.runs_black``);
    ``generator.output.format`` imports black, so only then is it imported."""
    if not options.runs_black:
        return dict
    import functools

    from generator.output.format import FormatCache, format_files

    cache = FormatCache() if options.use_cache else None
    return functools.partial(format_files, cache=cache)


def formatter_name(options: Options) -> str:
    """Recorded in the manifest: a stored raw-to-formatted hash pair is trusted only
    under the same formatter."""
    if not options.runs_black:
        return layout_formatter_id()
    from generator.output.format import formatter_id

    return formatter_id()


def write(
    options: Options, rendered: Rendered, progress: Callable[[str], None] | None = None
) -> WriteReport:
    """format and write a rendered tree."""
    with rendered.timings.stage("format", progress):
        formatted = formatter(options)(rendered.files)
    with rendered.timings.stage("write", progress):
        report = write_output(
            formatted,
            options.output,
            manifest_extra=manifest_options(options, rendered.api),
            raw_files=rendered.files if options.runs_black else rendered.raw_files,
            formatter=formatter_name(options),
        )
        record = run_record(options, rendered)
        if record is not None:
            fingerprint.write_record(record, fingerprint.output_record(options.output))
        write_surface(surface_bytes(rendered.surface()), options.output)
        return report


def surface_changes(options: Options, rendered: Rendered, config: DiffConfig) -> DiffReport | None:
    """What this run changes in the client since the run recorded in the output
    directory; None when no run was recorded there (or the record is not one this
    version reads). Call it before :func:`write`."""
    previous = read_surface(options.output)
    if not is_surface(previous):
        return None
    from generator.diff import surface_report

    assert previous is not None
    files = {("new", source.display): source for source in rendered.document_files.values()}
    return surface_report(previous, rendered.api, files, config, rendered.surface())


def run_record(options: Options, rendered: Rendered) -> bytes | None:
    """The record that lets a later ``check`` skip the render (see ``fingerprint``)."""
    inputs = {path: source.digest for path, source in rendered.document_files.items()}
    return fingerprint.record_bytes(options.run_key, inputs, options.output)


def check(
    options: Options, rendered: Rendered, progress: Callable[[str], None] | None = None
) -> CheckReport:
    with rendered.timings.stage("check", progress):
        report = check_output(
            rendered.files if options.runs_black else rendered.raw_files,
            options.output,
            format=formatter(options),
            final=None if options.runs_black else rendered.files,
            manifest_extra=manifest_options(options, rendered.api),
            formatter=formatter_name(options),
        )
    if report.ok and options.use_cache:
        record = run_record(options, rendered)
        if record is not None:
            fingerprint.write_record(record, fingerprint.cache_record(options.run_key))
    return report
