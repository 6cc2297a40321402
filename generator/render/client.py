"""Stage 4, render (client): the IR to ``{relative path: text}`` for the Python package.

No I/O beyond reading our own templates and runtime modules (package data,
read once). Paths are relative to the generated project's root.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache
from importlib import resources

import jinja2

from generator import __version__
from generator.ir import model as ir
from generator.render.apis import api_module, security_names
from generator.render.imports import module_key, name_key
from generator.render.models import model_modules
from generator.render.pyliteral import clean_text, docstring, py_str
from generator.runtime import exceptions as runtime_exceptions


def _export_key(export: tuple[str, str]) -> tuple[object, ...]:
    """``from MODULE import NAME as NAME`` lines in the order ruff's isort wants them."""
    module, name = export
    return (module_key(module), name_key(name))


@cache
def runtime_modules() -> tuple[str, ...]:
    """Runtime modules copied verbatim into every generated package (all but ``__init__``)."""
    root = resources.files("generator.runtime")
    return tuple(
        sorted(
            entry.name[:-3]
            for entry in root.iterdir()
            if entry.name.endswith(".py") and entry.name != "__init__.py"
        )
    )


_TOP_EXPORTS = {
    "configuration": ("Configuration", "RetryPolicy"),
    "api_client": ("ApiClient", "AsyncApiClient"),
    "endpoint": ("ApiResponse",),
    # Every exception class the runtime defines (its helper function stays internal).
    "exceptions": tuple(n for n in runtime_exceptions.__all__ if n[0].isupper()),
}


@cache
def runtime_source(module: str) -> str:
    return resources.files("generator.runtime").joinpath(f"{module}.py").read_text("utf-8")


def default_host(api: ir.Api) -> str:
    """The first server's URL with its variables at their defaults."""
    if not api.servers:
        return "http://localhost"
    server = api.servers[0]
    url = server.url
    for variable in server.variables:
        url = url.replace("{" + variable.name + "}", variable.default)
    if url.startswith("/"):
        url = "http://localhost" + url
    return url.rstrip("/") or "http://localhost"


def _tuple(items: list[str]) -> str:
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def servers_literal(api: ir.Api) -> str:
    """``(_Server(url, {name: _ServerVariable(default, enum, description)}, description),)``."""
    servers = []
    for server in api.servers:
        variables = ", ".join(
            f"{py_str(v.name)}: _ServerVariable({py_str(v.default)}, "
            f"{_tuple([py_str(e) for e in v.enum])}, {py_str(clean_text(v.description))})"
            for v in server.variables
        )
        description = py_str(clean_text(server.description))
        servers.append(f"_Server({py_str(server.url)}, {{{variables}}}, {description})")
    return _tuple(servers)


def generated_modules(files: dict[str, str], package_name: str) -> set[str]:
    """The Python modules rendered from templates: those ``layout_source`` lays out
    (the runtime's copies are already laid out)."""
    runtime = {f"{package_name}/{module}.py" for module in runtime_modules()}
    return {path for path in files if path.endswith(".py") and path not in runtime}


def render_client_statements(
    api: ir.Api, env: jinja2.Environment, skip: Container[str] = frozenset()
) -> dict[str, str]:
    """The client package's files, each generated module one statement per line; the
    rendered files in ``skip`` (paths) are left out (the caller has them)."""
    pkg = api.package_name
    files: dict[str, str] = {}
    for module in runtime_modules():
        files[f"{pkg}/{module}.py"] = runtime_source(module)
    files[f"{pkg}/py.typed"] = ""

    model_template = env.get_template("client/model_module.py.jinja")
    modules = model_modules(api, skip=lambda m: f"{pkg}/models/{m}.py" in skip)
    for module, context in modules.items():
        files[f"{pkg}/models/{module}.py"] = model_template.render(context)
    lazy = env.get_template("client/lazy_init.py.jinja")
    model_exports = sorted(
        ((f".{item.module}", item.name) for item in api.classes()), key=_export_key
    )
    if f"{pkg}/models/__init__.py" not in skip:
        files[f"{pkg}/models/__init__.py"] = _lazy_module(
            lazy,
            doc=docstring(
                f"Models of {clean_text(api.title) or 'the API'}, imported on first use.", 0
            ),
            exports=model_exports,
            all_names=sorted(name for _, name in model_exports),
            eager=[],
            eager_imports=[],
        )

    security = security_names(api)
    index = {item.name: item.module for item in api.classes()}
    api_template = env.get_template("client/api_module.py.jinja")
    api_exports = []
    for tag in api.tags:
        path = f"{pkg}/api/{tag.module}.py"
        if path not in skip:
            files[path] = api_template.render(api_module(api, tag, security, index))
        api_exports += [
            (f".{tag.module}", tag.class_name),
            (f".{tag.module}", tag.async_class_name),
        ]
    api_exports.sort(key=_export_key)
    if f"{pkg}/api/__init__.py" not in skip:
        files[f"{pkg}/api/__init__.py"] = _lazy_module(
            lazy,
            doc=docstring("API classes, one per tag, imported on first use.", 0),
            exports=api_exports,
            all_names=sorted(name for _, name in api_exports),
            eager=[],
            eager_imports=[],
        )
    if f"{pkg}/security.py" not in skip:
        files[f"{pkg}/security.py"] = env.get_template("client/security.py.jinja").render(
            _security_context(api, security)
        )
    _package_files(api, env, lazy, files, skip)
    return files


def _package_files(
    api: ir.Api,
    env: jinja2.Environment,
    lazy: jinja2.Template,
    files: dict[str, str],
    skip: Container[str],
) -> None:
    """The package's ``__init__`` and the project's ``pyproject.toml``."""
    pkg = api.package_name
    if f"{pkg}/__init__.py" not in skip:
        top_exports = sorted(
            (f".{module}", name) for module, names in _TOP_EXPORTS.items() for name in names
        )
        servers = servers_literal(api)
        files[f"{pkg}/__init__.py"] = _lazy_module(
            lazy,
            doc=docstring(_package_doc(api), 0),
            exports=top_exports,
            all_names=sorted(name for _, name in top_exports),
            eager_imports=["", "from .configuration import Configuration as _Configuration"]
            + [
                f"from .configuration import {name} as _{name}"
                for name in ("Server", "ServerVariable")
                if f"_{name}(" in servers
            ],
            eager=[
                "",
                f"_Configuration.DEFAULT_HOST = {py_str(default_host(api))}",
                f"_Configuration.SERVERS = {servers}",
                *([] if api.security_schemes else ["_Configuration.SECURITY_DECLARED = False"]),
                f"__version__ = {py_str(api.version)}",
            ],
        )
    if "pyproject.toml" not in skip:
        files["pyproject.toml"] = env.get_template("client/pyproject.toml.jinja").render(
            project_name=py_str(pkg.replace("_", "-")),
            version=py_str(_pep440(api.version)),
            description=py_str(f"Python client for {clean_text(api.title)}".replace("\n", " ")),
            package=pkg,
            generator_version=__version__,
        )


def _lazy_module(
    template: jinja2.Template,
    *,
    exports: list[tuple[str, str]],
    all_names: list[str],
    **context: object,
) -> str:
    """A package ``__init__`` that imports its names on first use."""
    items = [f"{py_str(name)}: {py_str(module)}" for module, name in exports]
    return template.render(
        exports=exports,
        exports_literal="{" + ", ".join(items) + ",}" if items else "{}",
        all_literal="[" + ", ".join(py_str(n) for n in all_names) + ",]" if all_names else "[]",
        **context,
    )


def _package_doc(api: ir.Api) -> str:
    title = clean_text(api.title) or "the API"
    return f"Python client for {title} (API version {clean_text(api.version) or 'unknown'})."


def _pep440(version: str) -> str:
    """The spec's version if it is a plain release number, else 0.0.0."""
    parts = version.split(".")
    if version and all(p.isdigit() for p in parts) and len(parts) <= 4:
        return version
    return "0.0.0"


def _security_context(api: ir.Api, names: dict[str, str]) -> dict[str, object]:
    schemes = []
    used: set[str] = set()
    for scheme in sorted(api.security_schemes, key=lambda s: s.key):
        key = py_str(scheme.key)
        if scheme.kind == "http" and scheme.scheme == "basic":
            expr, cls = f"HttpBasic({key})", "HttpBasic"
        elif scheme.kind == "apiKey":
            location = (
                scheme.location if scheme.location in ("header", "query", "cookie") else "header"
            )
            expr = f"ApiKey({key}, location={py_str(location)}, name={py_str(scheme.param_name)})"
            cls = "ApiKey"
        else:  # http bearer, oauth2 and openIdConnect all send a bearer token
            expr, cls = f"HttpBearer({key})", "HttpBearer"
        used.add(cls)
        schemes.append((names[scheme.key], expr))
    return {"schemes": schemes, "auth_imports": sorted(used)}
