"""The runtime, copied into a package beside generated-style code, passes mypy --strict,
ruff and black, and `call` returns the endpoint's `T` without casts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RUNTIME = Path(__file__).resolve().parents[2] / "generator" / "runtime"
BIN = Path(sys.executable).parent

GENERATED = """\
from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import Field

from .api_client import ApiClient, ApiResponse, AsyncApiClient, Endpoint, ParamSpec, ResponseSpec
from .auth import ApiKey, HttpBearer
from .model_base import ApiModel, OpenIntEnum, OpenStrEnum, prefer_tag


class SyncMode(OpenStrEnum):
    FULL_REFRESH = "full_refresh"


class Level(OpenIntEnum):
    ONE = 1


class Cat(ApiModel):
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    mode: SyncMode | None = None
    tags: list[str] = Field(default_factory=list)


class Dog(ApiModel):
    pet_type: str = Field(default="dog", validation_alias="petType", serialization_alias="petType")


Pet = Annotated[Cat | Dog, prefer_tag("petType", {"cat": Cat, "dog": Dog})]


class Note(ApiModel):
    note_id: int | None = Field(default=None, validation_alias="id", serialization_alias="id")
    text: str

    __apismith_read_only__ = (("note_id", "id"),)


bearer_auth = HttpBearer("bearerAuth")
key_auth = ApiKey("keyAuth", "query", "key")

_GET_CAT: Endpoint[Cat] = Endpoint(
    operation_id="getCat",
    method="GET",
    path="/cats/{catId}",
    params=(ParamSpec("catId", "path"), ParamSpec("deep", "query", "deepObject", True)),
    responses={"200": ResponseSpec(Cat, "json", "application/json")},
    security=((bearer_auth,), (key_auth,), ()),
)
_LIST_PETS: Endpoint[list[Pet]] = Endpoint(
    operation_id="listPets",
    method="GET",
    path="/pets",
    responses={"200": ResponseSpec(list[Pet], "json", "application/json")},
)


class PetApi:
    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def get_cat(
        self,
        cat_id: int,
        *,
        _request_timeout: float | tuple[float, float] | None = None,
        _headers: Mapping[str, str] | None = None,
    ) -> Cat:
        return self.api_client.call(
            _GET_CAT, {"catId": cat_id, "deep": None}, timeout=_request_timeout, headers=_headers
        )

    def list_pets_with_http_info(self) -> ApiResponse[list[Cat | Dog]]:
        return self.api_client.call_with_http_info(_LIST_PETS, {})


class AsyncPetApi:
    def __init__(self, api_client: AsyncApiClient) -> None:
        self.api_client = api_client

    async def get_cat(self, cat_id: int) -> Cat:
        return await self.api_client.call(_GET_CAT, {"catId": cat_id})


def use() -> None:
    cat = Cat(pet_type="cat", mode=SyncMode("new"))
    level: Level = Level(5)
    assert cat.mode is not None and cat.mode.is_unknown and level.is_unknown
"""

WRONG = """\
from .api_client import ApiClient
from .generated import _GET_CAT


def wrong(client: ApiClient) -> int:
    return client.call(_GET_CAT, {})
"""


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [str(a) for a in args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    pkg = tmp_path / "petstore_client"
    pkg.mkdir()
    for path in RUNTIME.glob("*.py"):
        if path.name != "__init__.py":
            shutil.copy(path, pkg / path.name)
    (pkg / "__init__.py").write_text("")
    (pkg / "py.typed").write_text("")
    (pkg / "generated.py").write_text(GENERATED)
    return pkg


def test_copied_runtime_and_generated_code_pass_the_checkers(
    package: Path, pytestconfig: pytest.Config
) -> None:
    cache = (
        pytestconfig.cache.mkdir("runtime-mypy")
        if getattr(pytestconfig, "cache", None)
        else package / ".mc"
    )
    mypy = _run(BIN / "mypy", "--strict", "--cache-dir", cache, package.name, cwd=package.parent)
    assert mypy.returncode == 0, mypy.stdout
    ruff = _run(
        BIN / "ruff", "check", "--no-cache", "--line-length", "100",
        "--select", "E,F,W,I,B,UP,SIM,RUF", "--target-version", "py311", package.name,
        cwd=package.parent,
    )  # fmt: skip
    assert ruff.returncode == 0, ruff.stdout
    black = _run(
        BIN / "black", "--check", "-l", "100", "-t", "py311", package.name, cwd=package.parent
    )
    assert black.returncode == 0, black.stderr


def test_wrong_return_type_is_caught(package: Path, pytestconfig: pytest.Config) -> None:
    (package / "wrong.py").write_text(WRONG)
    cache = (
        pytestconfig.cache.mkdir("runtime-mypy")
        if getattr(pytestconfig, "cache", None)
        else package / ".mc"
    )
    mypy = _run(BIN / "mypy", "--strict", "--cache-dir", cache, package.name, cwd=package.parent)
    assert mypy.returncode == 1
    assert 'wrong.py:6: error: Incompatible return value type (got "Cat", expected "int")' in (
        mypy.stdout
    )
