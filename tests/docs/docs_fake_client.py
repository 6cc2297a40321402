"""A stand-in for a generated client package: records what an example program does.

Lets the example programs run in unit tests without generating a client: every
model class accepts keyword arguments, every enum member exists, and each API
method call is recorded with its arguments.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


class _EnumMeta(type):
    def __getattr__(cls, member: str) -> str:
        if member.startswith("__"):
            raise AttributeError(member)
        return f"{cls.__name__}.{member}"


class _Model(metaclass=_EnumMeta):
    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.kwargs})"


class ApiException(Exception):
    pass


@dataclass(frozen=True)
class Call:
    api: str
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@contextmanager
def fake_package(name: str, tags: dict[str, str]) -> Iterator[list[Call]]:
    """Install ``name``, ``name.api``, ``name.api.<module>`` and ``name.models``."""
    calls: list[Call] = []

    class Configuration:
        def __init__(self, host: str | None = None, **credentials: Any) -> None:
            self.host = host
            self.credentials = credentials

    class ApiClient:
        def __init__(self, configuration: Configuration) -> None:
            assert isinstance(configuration, Configuration)

        def __enter__(self) -> ApiClient:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def api_class(class_name: str) -> type:
        class Api:
            def __init__(self, api_client: ApiClient) -> None:
                assert isinstance(api_client, ApiClient)

            def __getattr__(self, method: str) -> Any:
                def call(*args: Any, **kwargs: Any) -> str:
                    calls.append(Call(class_name, method, args, kwargs))
                    return "response"

                return call

        Api.__name__ = class_name
        return Api

    root = types.ModuleType(name)
    root.Configuration = Configuration  # type: ignore[attr-defined]
    root.ApiClient = ApiClient  # type: ignore[attr-defined]
    root.ApiException = ApiException  # type: ignore[attr-defined]
    api = types.ModuleType(f"{name}.api")
    models = types.ModuleType(f"{name}.models")

    def model_getattr(attr: str) -> type:
        if attr.startswith("__"):
            raise AttributeError(attr)
        return _EnumMeta(attr, (_Model,), {})

    setattr(models, "__getattr__", model_getattr)  # noqa: B010 - module-level __getattr__
    modules = {name: root, f"{name}.api": api, f"{name}.models": models}
    for module_name, class_name in tags.items():
        module = types.ModuleType(f"{name}.api.{module_name}")
        setattr(module, class_name, api_class(class_name))
        setattr(api, module_name, module)
        modules[f"{name}.api.{module_name}"] = module
    saved = {key: sys.modules.get(key) for key in modules}
    sys.modules.update(modules)
    try:
        yield calls
    finally:
        for key, old in saved.items():
            if old is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = old
