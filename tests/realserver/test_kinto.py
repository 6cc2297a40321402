"""Kinto (PyPI ``kinto``) as a real server: the client generated from the Swagger 2.0
document Kinto serves at ``/v1/__api__``, driven through a bucket → collection → records
flow with the sync and the async client, every declared error status of the records
endpoints, and basic auth set on ``Configuration``.

Kinto stores JSON objects in memory here (``kinto.core.storage.memory``); with the
``basicauth`` policy any username/password pair is an account, and objects are private to
their creator, so a second pair gets 403 and no credentials 401. Every decoded value is
compared with the bytes the server sent for it and with the same resource fetched by hand.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.realserver.harness import (
    Server,
    api_class,
    assert_generated_code_is_clean,
    basic_auth,
    call,
    generated_client,
    port,
    running,
    same_as_sent,
    server_executable,
    submodule,
    wire,
)

USER, PASSWORD = "alice", "alice-secret"
OTHER_USER, OTHER_PASSWORD = "bob", "bob-secret"


class _AnyInt:
    def __eq__(self, other: object) -> bool:
        return isinstance(other, int) and not isinstance(other, bool)


ANY_INT: Any = _AnyInt()

KINTO_INI = """\
[server:main]
use = egg:waitress#main
host = 127.0.0.1
port = %(http_port)s

[app:main]
use = egg:kinto
kinto.storage_backend = kinto.core.storage.memory
kinto.cache_backend = kinto.core.cache.memory
kinto.permission_backend = kinto.core.permission.memory
kinto.userid_hmac_secret = apismith-realserver-tests
multiauth.policies = basicauth
kinto.bucket_create_principals = system.Authenticated

[loggers]
keys = root
[handlers]
keys = console
[formatters]
keys = plain
[logger_root]
level = WARNING
handlers = console
[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = plain
[formatter_plain]
format = %(levelname)s %(message)s
"""


@pytest.fixture(scope="module")
def kinto(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    executable = server_executable("kinto")
    workdir = tmp_path_factory.mktemp("kinto-server")
    (workdir / "kinto.ini").write_text(KINTO_INI)
    listen = port()
    with running(
        [str(executable), "start", "--ini", str(workdir / "kinto.ini"), "--port", str(listen)],
        ready_path="/v1/",
        port=listen,
        workdir=workdir,
        auth_headers=basic_auth(USER, PASSWORD),
        env={"KINTO_INI": str(workdir / "kinto.ini")},
    ) as server:
        yield server


@pytest.fixture(scope="module")
def pkg(kinto: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    served = kinto.raw("GET", "/v1/__api__")
    assert served.status == 200, served.data[:300]
    assert json.loads(served.data)["swagger"] == "2.0"
    with generated_client(
        served.data, tmp_path_factory.mktemp("kinto-client"), "kinto_client"
    ) as package:
        yield package


def configuration(pkg: ModuleType, kinto: Server, **credentials: str) -> Any:
    return pkg.Configuration(host=kinto.base_url + "/v1", retries=None, **credentials)


def token_of(next_page: str) -> str:
    """The ``_token`` of Kinto's ``Next-Page`` URL."""
    return parse_qs(urlsplit(next_page).query)["_token"][0]


async def records_flow(
    pkg: ModuleType, kinto: Server, client: Any, prefix: str, bucket: str
) -> None:
    models = submodule(pkg, "models")
    buckets = api_class(pkg, "buckets_api", prefix + "BucketsApi")(client)
    collections = api_class(pkg, "collections_api", prefix + "CollectionsApi")(client)
    records = api_class(pkg, "records_api", prefix + "RecordsApi")(client)
    base = f"/v1/buckets/{bucket}/collections/notes"

    created_bucket = await call(
        buckets.create_bucket_with_http_info,
        models.CreateBucketRequest(data={"id": bucket}),
    )
    assert created_bucket.status == 201
    sent = same_as_sent(created_bucket)
    assert created_bucket.data.data.id == bucket
    assert kinto.raw_json("GET", f"/v1/buckets/{bucket}") == sent

    created_collection = await call(
        collections.create_collection_with_http_info,
        bucket,
        models.CreateCollectionRequest(data={"id": "notes", "cache_expires": 30}),
    )
    assert created_collection.status == 201
    same_as_sent(created_collection)
    assert created_collection.data.data.cache_expires == 30

    # create
    ids: list[str] = []
    for n in range(5):
        body = models.CreateRecordRequest(
            data={"title": f"note {n}", "n": n, "kind": "odd" if n % 2 else "even"},
            permissions=models.CreateRecordRequestPermissions(read=["system.Authenticated"]),
        )
        created = await call(records.create_record_with_http_info, bucket, "notes", body)
        assert created.status == 201
        sent = same_as_sent(created)
        assert created.data.data["n"] == n
        assert created.data.permissions.read == ["system.Authenticated"]
        assert isinstance(created.data.data["last_modified"], int)
        ids.append(created.data.data["id"])

    # list: sorted (a csv array query parameter), paginated with the Next-Page token
    pages: list[list[dict[str, Any]]] = []
    token = None
    while True:
        page = await call(
            records.get_records_with_http_info,
            bucket,
            "notes",
            limit=2,
            sort=["-n", "title"],
            token=token,
        )
        assert page.status == 200
        pages.append(same_as_sent(page)["data"])
        if "Next-Page" not in page.headers:
            break
        token = token_of(page.headers["Next-Page"])
    assert [[record["n"] for record in p] for p in pages] == [[4, 3], [2, 1], [0]]
    everything = kinto.raw_json("GET", f"{base}/records?_sort=-n")["data"]
    assert [record for p in pages for record in p] == everything

    # list: filters the spec declares (id, _since) and a field selection (csv array)
    by_id = await call(records.get_records_with_http_info, bucket, "notes", id=ids[2])
    assert [record["id"] for record in same_as_sent(by_id)["data"]] == [ids[2]]
    since = everything[2]["last_modified"]  # n == 2
    newer = await call(records.get_records_with_http_info, bucket, "notes", since=since)
    assert sorted(record["n"] for record in same_as_sent(newer)["data"]) == [3, 4]
    narrow = await call(
        records.get_records_with_http_info, bucket, "notes", fields=["title", "n"], sort=["n"]
    )
    assert same_as_sent(narrow)["data"] == [
        {"id": r["id"], "last_modified": r["last_modified"], "title": r["title"], "n": r["n"]}
        for r in reversed(everything)
    ]

    # get
    target = ids[1]
    got = await call(records.get_record_with_http_info, bucket, "notes", target)
    sent = same_as_sent(got)
    assert sent == kinto.raw_json("GET", f"{base}/records/{target}")
    assert got.data.data["title"] == "note 1"
    etag = got.headers["ETag"]
    assert etag == f'"{got.data.data["last_modified"]}"'
    # a conditional GET of an unchanged record: the declared 304 is returned, typed so
    unchanged = await call(
        records.get_record_with_http_info, bucket, "notes", target, if_none_match=etag
    )
    assert (unchanged.status, unchanged.data, unchanged.raw_data) == (304, None, b"")
    assert str(inspect.signature(records.get_record).return_annotation).endswith("| None")

    # update (PUT replaces the data), conditional on the ETag
    replaced = await call(
        records.update_record_with_http_info,
        bucket,
        "notes",
        target,
        models.UpdateRecordRequest(data={"title": "replaced", "tags": ["a", "b"]}),
        if_match=etag,
    )
    assert replaced.status == 200
    sent = same_as_sent(replaced)
    assert sent == kinto.raw_json("GET", f"{base}/records/{target}")
    assert set(replaced.data.data) == {"id", "last_modified", "title", "tags"}

    # partial update: application/json merges into the data ...
    patched = await call(
        records.patch_record_with_http_info,
        bucket,
        "notes",
        target,
        models.PatchRecordRequest(data={"kind": "patched", "n": 10}),
    )
    sent = same_as_sent(patched)
    assert sent == kinto.raw_json("GET", f"{base}/records/{target}")
    assert (patched.data.data["title"], patched.data.data["kind"]) == ("replaced", "patched")
    # ... and application/merge-patch+json (RFC 7396) removes a key set to null
    merged = await call(
        records.patch_record_with_http_info,
        bucket,
        "notes",
        target,
        models.PatchRecordRequest2(data={"tags": None}),
        _content_type="application/merge-patch+json",
    )
    sent = same_as_sent(merged)
    assert "tags" not in merged.data.data
    assert sent == kinto.raw_json("GET", f"{base}/records/{target}")

    # delete
    deleted = await call(records.delete_record_with_http_info, bucket, "notes", target)
    same_as_sent(deleted)
    assert deleted.data.data == {"id": target, "last_modified": ANY_INT, "deleted": True}
    assert kinto.raw("GET", f"{base}/records/{target}").status == 404
    with pytest.raises(pkg.NotFoundException) as gone:
        await call(records.get_record, bucket, "notes", target)
    assert gone.value.status == 404

    remaining = await call(records.get_records, bucket, "notes")
    assert len(remaining.data) == 4
    await call(buckets.delete_bucket, bucket)
    assert kinto.raw("GET", f"/v1/buckets/{bucket}").status in {403, 404}


def test_sync_client_flow(pkg: ModuleType, kinto: Server) -> None:
    config = configuration(pkg, kinto, username=USER, password=PASSWORD)
    with pkg.ApiClient(config) as client:
        asyncio.run(records_flow(pkg, kinto, client, "", "sync-bucket"))


def test_async_client_flow(pkg: ModuleType, kinto: Server) -> None:
    async def run() -> None:
        config = configuration(pkg, kinto, username=USER, password=PASSWORD)
        async with pkg.AsyncApiClient(config) as client:
            await records_flow(pkg, kinto, client, "Async", "async-bucket")

    asyncio.run(run())


def test_server_info_and_heartbeat(pkg: ModuleType, kinto: Server) -> None:
    """Kinto's server information and heartbeat, decoded as sent. The document marks
    them ``security: []``, so the client sends no credentials there and the server
    names no user."""
    with pkg.ApiClient(configuration(pkg, kinto, username=USER, password=PASSWORD)) as client:
        utilities = api_class(pkg, "utilities_api", "UtilitiesApi")(client)
        info = utilities.server_info_with_http_info()
        sent = same_as_sent(info)
        assert sent["project_name"] == "kinto"
        assert "user" not in sent
        assert sent == json.loads(kinto.raw("GET", "/v1/", anonymous=True).data)
        assert "user" in kinto.raw_json("GET", "/v1/")
        heartbeat = utilities.heartbeat_with_http_info()
        assert same_as_sent(heartbeat) == kinto.raw_json("GET", "/v1/__heartbeat__")


@pytest.fixture(scope="module")
def private_record(pkg: ModuleType, kinto: Server) -> tuple[str, str]:
    """A bucket, a collection and one record only alice may read: (record id, ETag)."""
    kinto.raw_json("PUT", "/v1/buckets/errors")
    kinto.raw_json("PUT", "/v1/buckets/errors/collections/c")
    record = kinto.raw_json("POST", "/v1/buckets/errors/collections/c/records", body={"data": {}})
    return record["data"]["id"], f'"{record["data"]["last_modified"]}"'


def expect_error(pkg: ModuleType, exception: str, status: int, call_it: Callable[[], Any]) -> Any:
    """The call raises ``exception`` with ``status``, the body the server sent and that
    body decoded as Kinto's error model; returns the exception."""
    with pytest.raises(getattr(pkg, exception)) as raised:
        call_it()
    error = raised.value
    assert error.status == status
    sent = json.loads(error.body)
    assert sent["code"] == status
    assert error.data is not None, f"{status}: body not decoded as the error model: {sent}"
    assert type(error.data).__name__.endswith(f"Response{status}")
    assert wire(error.data) == sent
    assert (error.data.code, error.data.errno, error.data.error) == (
        sent["code"],
        sent["errno"],
        sent["error"],
    )
    return error


def test_every_declared_error_status(
    pkg: ModuleType, kinto: Server, private_record: tuple[str, str]
) -> None:
    record_id, etag = private_record
    records_api = api_class(pkg, "records_api", "RecordsApi")
    declared = {
        code
        for name in ("_GET_RECORDS", "_GET_RECORD", "_UPDATE_RECORD", "_PATCH_RECORD")
        for code in getattr(submodule(pkg, "api.records_api"), name).responses
        if code.startswith("4")
    }
    assert declared == {"400", "401", "403", "404", "406", "412", "415"}
    seen: set[int] = set()
    alice = pkg.ApiClient(configuration(pkg, kinto, username=USER, password=PASSWORD))
    bob = pkg.ApiClient(configuration(pkg, kinto, username=OTHER_USER, password=OTHER_PASSWORD))
    anonymous = pkg.ApiClient(configuration(pkg, kinto))
    with alice, bob, anonymous:
        records = records_api(alice)

        error = expect_error(
            pkg,
            "BadRequestException",
            400,
            lambda: records.get_records("errors", "c", token="not-a-pagination-token"),
        )
        assert error.data.details[0]["location"] == "querystring"
        seen.add(400)

        # no credentials on Configuration: nothing authenticates the request
        expect_error(
            pkg,
            "UnauthorizedException",
            401,
            lambda: records_api(anonymous).get_record("errors", "c", record_id),
        )
        seen.add(401)

        # someone else's credentials: authenticated, not allowed
        expect_error(
            pkg,
            "ForbiddenException",
            403,
            lambda: records_api(bob).get_record("errors", "c", record_id),
        )
        seen.add(403)

        error = expect_error(
            pkg, "NotFoundException", 404, lambda: records.get_record("errors", "c", "missing")
        )
        assert error.data.details == {"id": "missing", "resource_name": "record"}
        seen.add(404)

        error = expect_error(
            pkg,
            "ApiException",
            406,
            lambda: records.get_record(
                "errors", "c", record_id, _headers={"Accept": "application/xml"}
            ),
        )
        seen.add(406)

        error = expect_error(
            pkg,
            "ApiException",
            412,
            lambda: records.update_record(
                "errors",
                "c",
                record_id,
                submodule(pkg, "models").UpdateRecordRequest(data={"stale": True}),
                if_match='"1"',
            ),
        )
        assert error.data.details["existing"]["id"] == record_id
        seen.add(412)

        expect_error(
            pkg,
            "ApiException",
            415,
            lambda: records.patch_record(
                "errors",
                "c",
                record_id,
                submodule(pkg, "models").PatchRecordRequest(data={"x": 1}),
                _headers={"Content-Type": "text/plain"},
            ),
        )
        seen.add(415)

        # the record is untouched by all of that
        assert records.get_record("errors", "c", record_id).data == {
            "id": record_id,
            "last_modified": int(etag.strip('"')),
        }
    assert {str(code) for code in seen} == declared


def test_async_client_raises_the_same_typed_errors(
    pkg: ModuleType, kinto: Server, private_record: tuple[str, str]
) -> None:
    record_id, _ = private_record
    records_api = api_class(pkg, "records_api", "AsyncRecordsApi")

    async def run() -> None:
        async with pkg.AsyncApiClient(
            configuration(pkg, kinto, username=OTHER_USER, password=OTHER_PASSWORD)
        ) as bob:
            await records_api(bob).get_record("errors", "c", record_id)

    with pytest.raises(pkg.ForbiddenException) as raised:
        asyncio.run(run())
    assert raised.value.status == 403
    assert raised.value.data.errno == json.loads(raised.value.body)["errno"]


def test_served_document_is_swagger_2_upgraded(pkg: ModuleType, kinto: Server) -> None:
    """The generated package was built from Kinto's own Swagger 2.0 document: its
    security definition became the basic scheme credentials go to, and its host the
    default server."""
    assert pkg.Configuration.SECURITY_DECLARED is True
    # host, basePath and schemes became the server URL the client defaults to
    assert pkg.Configuration().host == kinto.base_url + "/v1"
    served = json.loads(kinto.raw("GET", "/v1/__api__").data)
    assert any(scheme.get("type") == "basic" for scheme in served["securityDefinitions"].values())


def test_generated_client_is_clean(pkg: ModuleType, tmp_path: Path) -> None:
    assert_generated_code_is_clean(pkg, tmp_path / "mypy-cache")
