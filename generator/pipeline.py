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
from generator.load.document import Document, SourceFile
from generator.load.gc_pause import paused_gc
from generator.output import record as fingerprint
from generator.output.check import CheckReport, check_output
from generator.output.inputs import inputs_bytes, previous_inputs, write_inputs
from generator.output.reuse import layout_digest, previous_layout, previous_manifest
from generator.output.surface import read_surface, write_surface
from generator.output.write import WriteReport, write_output
from generator.parse import parse
from generator.render.client import generated_modules, render_client_statements
from generator.render.docs import DocsRender, page_names
from generator.render.environment import make_environment
from generator.render.layout import layout_source
from generator.render.slices import Slices, keyed_paths
from generator.settings.options import Options

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
    kept: dict[str, str] = field(default_factory=dict)
    """Files taken as they were from the previous run (``output.inputs``), with the
    sha256 of their bytes."""
    raw_hashes: dict[str, str] = field(default_factory=dict)
    """The recorded hash of the unformatted render of each file taken from the previous
    run (it was not rendered again)."""
    inputs: dict[str, str] | None = None
    """The key of each file rendered from an IR slice (``render.slices``), when render
    needed them (a run after one that recorded them); ``write`` records them."""
    records_inputs: bool = False
    """Whether ``write`` records the keys (not with a user's templates or black); it
    computes them itself when render did not."""
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
    with paused_gc():  # the spec, the IR and the files hold no reference cycles
        return _render(options, progress, reuse=reuse)


def _render(options: Options, progress: Callable[[str], None] | None, *, reuse: bool) -> Rendered:
    timings = Timings()
    with timings.stage("load", progress):
        document, diagnostics = load(options.spec, options.limits)
    # Validation runs in a forked process while this one parses (it reads the document,
    # parse builds the IR from it: neither needs the other); its findings come first.
    validated = fork_call(lambda: _validate(document)) if options.validate else None
    with timings.stage("parse", progress):
        api, parse_diagnostics = parse(
            document, package_name=options.package_name, all_tags=options.tags == "all"
        )
    if validated is not None:
        with timings.stage("validate", progress):  # what is left of it after the parse
            diagnostics += validated()
    diagnostics += parse_diagnostics
    with timings.stage("render", progress):
        out = _render_files(options, api, reuse=reuse)
    return Rendered(
        api,
        diagnostics,
        dict(sorted(out.files.items())),
        timings,
        dict(document.files),
        raw_files=dict(sorted(out.raw.items())),
        reused=out.layouts_reused,
        kept=out.kept_sha,
        raw_hashes=out.kept_raw,
        inputs=out.inputs,
        records_inputs=out.records_inputs,
        _surface=out.surface,
    )


@dataclass
class _RenderOut:
    files: dict[str, str]
    raw: dict[str, str]
    layouts_reused: int
    kept_sha: dict[str, str]
    kept_raw: dict[str, str]
    inputs: dict[str, str] | None
    records_inputs: bool
    surface: dict[str, Any] | None


def _validate(document: Document) -> list[Diagnostic]:
    """``validate.validate``, imported where it runs (the forked process: it brings
    the linter's rules and JSON Schema validators, which the rest of generate never
    uses)."""
    from generator.validate import validate

    return validate(document)


def _render_files(options: Options, api: Api, *, reuse: bool) -> _RenderOut:
    """The render stage: client and docs, on two cores, taking from the previous run in
    the output directory what it would render again (``reuse``; generate only)."""
    env = make_environment(
        options.templates, fingerprint.cache_root() / "jinja" if options.use_cache else None
    )
    # Keys of the files rendered from an IR slice (render.slices): recorded after the
    # write with apismith's own templates and layout; a file whose key is the previous
    # run's is taken as it is on disk (output.inputs).
    records = not options.templates and not options.runs_black
    pages = page_names(api) if options.docs else None
    reusing = reuse and options.use_cache and not options.runs_black
    manifest = previous_manifest(options.output) if reusing else None
    previous = previous_inputs(options.output, options.run_key, manifest) if records else None
    inputs: dict[str, str] | None = None
    kept: dict[str, str] = {}
    kept_sha: dict[str, str] = {}
    kept_raw: dict[str, str] = {}
    if previous is not None:
        inputs = keyed_paths(api, Slices(api, options.run_key), pages=pages)
        for path, key in inputs.items():
            found = previous(path, key)
            if found is not None:
                kept[path], kept_sha[path], kept_raw[path] = found

    # The docs render in a second process from the start, while this one renders the
    # client and lays it out (sharing that with a third when there is much to lay
    # out), then takes what is left of the docs: the same bytes as in one process, on
    # two cores. After a recorded run the docs process also computes the client's
    # surface, which the change summary compares before the write (on a first run the
    # write stage computes it, beside the write).
    docs_render = (
        DocsRender(
            api,
            package_name=api.package_name,
            style=options.docs_style,
            env=env,
            skip=kept,
            pages=pages,
        )
        if pages is not None
        else None
    )
    tasks = docs_render.tasks() if docs_render is not None else []
    pool = TaskPool(len(tasks))

    def render_task(index: int) -> dict[str, str]:
        assert docs_render is not None
        return docs_render.render(tasks[index])

    Joined = tuple[dict[int, dict[str, str]], dict[str, Any] | None]
    docs_join: Callable[[], Joined] = lambda: ({}, None)  # noqa: E731
    if tasks:
        docs_join = fork_call(
            lambda: (pool.take_all(render_task), surface(api) if previous is not None else None)
        )
    statements = render_client_statements(api, env, skip=kept)
    # A user's templates are laid out by black (format stage), not by us.
    modules = [] if options.templates else sorted(generated_modules(statements, api.package_name))
    laid: dict[str, str] = {}
    if reusing and modules:
        known = previous_layout(options.output, layout_formatter_id(), manifest)
        for path in modules:
            text = known(path, statements[path])
            if text is not None:
                laid[path] = text
        modules = [path for path in modules if path not in laid]
    layouts_reused = len(laid)
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
    files = dict(statements)
    files.update(laid)
    for chunk in laid_out:
        files.update(chunk)
    for index in range(len(tasks)):
        files.update(mine[index] if index in mine else theirs[index])
    files.update(kept)
    raw = {**files, **statements}  # the same as files where nothing was laid out
    return _RenderOut(
        files, raw, layouts_reused, kept_sha, kept_raw, inputs, records, client_surface
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
        # What only the records need is computed on the other core while this one writes.
        side = fork_call(lambda: _records(options, rendered))
        report = write_output(
            formatted,
            options.output,
            manifest_extra=manifest_options(options, rendered.api),
            raw_files=rendered.files if options.runs_black else rendered.raw_files,
            raw_hashes=rendered.raw_hashes,
            on_disk=rendered.kept,
            formatter=formatter_name(options),
        )
        keys, surface_record = side()
        if keys is not None:
            write_inputs(
                inputs_bytes(options.run_key, report.manifest_sha256, keys), options.output
            )
        record = run_record(options, rendered, report.manifest_sha256)
        if record is not None:
            fingerprint.write_record(record, fingerprint.output_record(options.output))
        write_surface(surface_record, options.output)
        return report


def _records(options: Options, rendered: Rendered) -> tuple[dict[str, str] | None, bytes]:
    """The files' keys (None: not recorded) and the client surface's record."""
    keys = rendered.inputs
    if keys is None and rendered.records_inputs:
        pages = page_names(rendered.api) if options.docs else None
        keys = keyed_paths(rendered.api, Slices(rendered.api, options.run_key), pages=pages)
    return keys, surface_bytes(rendered.surface())


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


def run_record(options: Options, rendered: Rendered, manifest_sha256: str = "") -> bytes | None:
    """The record that lets a later ``check`` skip the render (see ``fingerprint``);
    ``manifest_sha256``: the digest of the manifest ``write`` just left."""
    inputs = {path: source.digest for path, source in rendered.document_files.items()}
    return fingerprint.record_bytes(options.run_key, inputs, options.output, manifest_sha256)


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
