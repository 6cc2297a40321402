"""Prefect (PyPI ``prefect``) as a real server: the client generated from the OpenAPI 3.1
document its FastAPI server serves at ``/api/openapi.json``, driven through variables
(create, filter with offset/limit pages, get by id and by name, update, partial update,
delete) and automations (create, filter, get, PUT, PATCH, delete: a body made of unions of
trigger and action models) with the sync and the async client.

The server runs on SQLite in a temporary directory with HTTP basic auth switched on
(``PREFECT_SERVER_API_AUTH_STRING``). Its document declares no security scheme, so the
credentials set on ``Configuration`` go out as an ``Authorization`` header on every
request; without them the server answers 401. Its declared error is 422 (FastAPI's
``HTTPValidationError``); 404 and 409 are real answers it does not declare.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import pkgutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

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

USER, PASSWORD = "admin", "prefect-test-secret"


@pytest.fixture(scope="module")
def prefect(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    executable = server_executable("prefect")
    home = tmp_path_factory.mktemp("prefect-server")
    listen = port()
    env = {
        "PREFECT_HOME": str(home),
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home}/prefect.db",
        "PREFECT_SERVER_API_AUTH_STRING": f"{USER}:{PASSWORD}",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        "PREFECT_API_URL": "",
    }
    argv = [str(executable), "server", "start", "--host", "127.0.0.1", "--port", str(listen)]
    with running(
        [*argv, "--no-services", "--no-ui", "--analytics-off"],
        ready_path="/api/health",
        port=listen,
        workdir=home,
        auth_headers=basic_auth(USER, PASSWORD),
        env=env,
        timeout=180.0,
    ) as server:
        yield server


@pytest.fixture(scope="module")
def pkg(prefect: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    served = prefect.raw("GET", "/api/openapi.json")
    assert served.status == 200, served.data[:300]
    assert json.loads(served.data)["openapi"].startswith("3.1")
    with generated_client(
        served.data, tmp_path_factory.mktemp("prefect-client"), "prefect_client"
    ) as package:
        yield package


def configuration(pkg: ModuleType, prefect: Server, **credentials: str) -> Any:
    return pkg.Configuration(host=prefect.base_url + "/api", retries=None, **credentials)


def authenticated(pkg: ModuleType, prefect: Server) -> Any:
    return configuration(pkg, prefect, username=USER, password=PASSWORD)


async def variables_flow(pkg: ModuleType, prefect: Server, client: Any, prefix: str) -> None:
    models = submodule(pkg, "models")
    variables = api_class(pkg, "variables_api", prefix + "VariablesApi")(client)
    group = f"{prefix.lower() or 'sync'}-flow"
    values: list[Any] = [7, "text", {"nested": [1, 2.5, None]}, [True, "x"], 0.25]

    # create
    created: list[Any] = []
    for n, value in enumerate(values):
        response = await call(
            variables.create_variable_variables_post_with_http_info,
            models.VariableCreate(
                name=f"{group}_{n}", value=value, tags=[group, "even" if n % 2 == 0 else "odd"]
            ),
        )
        assert response.status == 201
        sent = same_as_sent(response)
        variable = response.data
        assert isinstance(variable.id, uuid.UUID) and str(variable.id) == sent["id"]
        assert variable.created.isoformat().replace("+00:00", "Z") == sent["created"]
        assert variable.value == value
        created.append(variable)

    # list: a filter on name and tags, sorted, read in pages of offset/limit
    def page(offset: int) -> Any:
        return models.BodyReadVariablesVariablesFilterPost(
            variables=models.VariableFilter(
                name=models.VariableFilterName(like_=f"{group}%"),
                tags=models.VariableFilterTags(all_=[group, "even"]),
            ),
            sort=models.VariableSort.NAME_DESC,
            offset=offset,
            limit=2,
        )

    pages: list[list[dict[str, Any]]] = []
    for offset in (0, 2, 4):
        response = await call(
            variables.read_variables_variables_filter_post_with_http_info,
            body_read_variables_variables_filter_post=page(offset),
        )
        pages.append(same_as_sent(response))
        assert all(isinstance(v, models.Variable) for v in response.data)
    assert [[v["name"] for v in p] for p in pages] == [
        [f"{group}_4", f"{group}_2"],
        [f"{group}_0"],
        [],
    ]
    raw_all = prefect.raw_json(
        "POST",
        "/api/variables/filter",
        body={"variables": {"tags": {"all_": [group, "even"]}}, "sort": "NAME_DESC"},
    )
    assert [v for p in pages for v in p] == raw_all
    count = await call(
        variables.count_variables_variables_count_post,
        body_count_variables_variables_count_post=models.BodyCountVariablesVariablesCountPost(
            variables=models.VariableFilter(tags=models.VariableFilterTags(all_=[group]))
        ),
    )
    assert count == len(values)

    # get, by id and by name
    target = created[2]
    got = await call(variables.read_variable_variables_id_get_with_http_info, target.id)
    sent = same_as_sent(got)
    assert sent == prefect.raw_json("GET", f"/api/variables/{target.id}")
    assert got.data == target
    by_name = await call(variables.read_variable_by_name_variables_name_name_get, f"{group}_2")
    assert by_name == target

    # update every field, then a partial update of one (PATCH: unset fields are kept)
    updated = await call(
        variables.update_variable_variables_id_patch_with_http_info,
        target.id,
        models.VariableUpdate(name=f"{group}_renamed", value={"v": 2}, tags=["renamed"]),
    )
    assert (updated.status, updated.data, updated.raw_data) == (204, None, b"")
    after = prefect.raw_json("GET", f"/api/variables/{target.id}")
    assert (after["name"], after["value"], after["tags"]) == (
        f"{group}_renamed",
        {"v": 2},
        ["renamed"],
    )
    await call(
        variables.update_variable_by_name_variables_name_name_patch,
        f"{group}_renamed",
        models.VariableUpdate(value="only the value"),
    )
    got = await call(variables.read_variable_variables_id_get_with_http_info, target.id)
    sent = same_as_sent(got)
    assert sent == prefect.raw_json("GET", f"/api/variables/{target.id}")
    assert (got.data.name, got.data.value, got.data.tags) == (
        f"{group}_renamed",
        "only the value",
        ["renamed"],
    )
    assert got.data.updated > target.updated

    # delete, by id and by name
    await call(variables.delete_variable_variables_id_delete, target.id)
    await call(variables.delete_variable_by_name_variables_name_name_delete, f"{group}_0")
    assert prefect.raw("GET", f"/api/variables/{target.id}").status == 404
    with pytest.raises(pkg.NotFoundException) as gone:
        await call(variables.read_variable_by_name_variables_name_name_get, f"{group}_0")
    assert gone.value.status == 404
    assert json.loads(gone.value.body) == {"detail": "Variable not found."}


def trigger(models: Any, event: str) -> Any:
    return models.EventTriggerInput(
        posture=models.EventTriggerInputPosture.REACTIVE,
        expect=[event],
        match_={"prefect.resource.id": "prefect.flow-run.*"},
        threshold=2,
        within=60,
    )


async def automations_flow(pkg: ModuleType, prefect: Server, client: Any, prefix: str) -> None:
    models = submodule(pkg, "models")
    automations = api_class(pkg, "automations_api", prefix + "AutomationsApi")(client)
    group = f"{prefix.lower() or 'sync'}-automation"
    pool = uuid.uuid4()

    # create: the actions are union members that differ only in their constant "type"
    ids = []
    for n in range(3):
        body = models.AutomationCreate(
            name=f"{group}-{n}",
            description=f"automation {n}",
            tags=[group],
            trigger=trigger(models, f"test.event.{n}"),
            actions=[
                models.PauseWorkPool(source="selected", work_pool_id=pool),
                models.ResumeAutomation(source="inferred"),
                models.DoNothing(),
            ],
        )
        response = await call(automations.create_automation_automations_post_with_http_info, body)
        assert response.status == 201
        sent = same_as_sent(response)
        automation = response.data
        assert [type(a).__name__ for a in automation.actions] == [
            "PauseWorkPool",
            "ResumeAutomation",
            "DoNothing",
        ]
        assert [a["type"] for a in sent["actions"]] == [
            "pause-work-pool",
            "resume-automation",
            "do-nothing",
        ]
        assert automation.actions[0].work_pool_id == pool
        assert type(automation.trigger).__name__ == "EventTriggerOutput"
        assert (automation.trigger.threshold, automation.trigger.within) == (2, 60.0)
        assert automation.trigger.match_ == {"prefect.resource.id": "prefect.flow-run.*"}
        ids.append(automation.id)

    # list: filtered by name, sorted, offset/limit
    names = [f"{group}-{n}" for n in range(3)]
    listed = await call(
        automations.read_automations_automations_filter_post_with_http_info,
        body_read_automations_automations_filter_post=models.BodyReadAutomationsAutomationsFilterPost(
            automations=models.AutomationFilter(name=models.AutomationFilterName(any_=names)),
            sort=models.AutomationSort.NAME_DESC,
            offset=1,
            limit=1,
        ),
    )
    assert [a["name"] for a in same_as_sent(listed)] == [f"{group}-1"]
    assert listed.data[0].id == ids[1]

    # get
    got = await call(automations.read_automation_automations_id_get_with_http_info, ids[0])
    sent = same_as_sent(got)
    assert sent == prefect.raw_json("GET", f"/api/automations/{ids[0]}")

    # update: PUT replaces the automation
    replacement = models.AutomationUpdate(
        name=f"{group}-0-replaced",
        trigger=trigger(models, "test.replaced"),
        actions=[models.ResumeWorkPool(source="selected", work_pool_id=pool)],
        enabled=True,
    )
    put = await call(
        automations.update_automation_automations_id_put_with_http_info, ids[0], replacement
    )
    assert put.status == 204
    got = await call(automations.read_automation_automations_id_get_with_http_info, ids[0])
    sent = same_as_sent(got)
    assert sent == prefect.raw_json("GET", f"/api/automations/{ids[0]}")
    assert got.data.name == f"{group}-0-replaced"
    assert [type(a).__name__ for a in got.data.actions] == ["ResumeWorkPool"]
    assert got.data.trigger.expect == ["test.replaced"]

    # partial update: PATCH switches it off and keeps the rest
    await call(
        automations.patch_automation_automations_id_patch,
        ids[0],
        models.AutomationPartialUpdate(enabled=False),
    )
    patched = await call(automations.read_automation_automations_id_get_with_http_info, ids[0])
    sent = same_as_sent(patched)
    assert sent == prefect.raw_json("GET", f"/api/automations/{ids[0]}")
    assert patched.data.enabled is False
    assert wire(patched.data.actions) == wire(got.data.actions)

    # delete
    for automation_id in ids:
        await call(automations.delete_automation_automations_id_delete, automation_id)
    assert prefect.raw("GET", f"/api/automations/{ids[0]}").status == 404


def test_sync_client_flow(pkg: ModuleType, prefect: Server) -> None:
    with pkg.ApiClient(authenticated(pkg, prefect)) as client:
        asyncio.run(variables_flow(pkg, prefect, client, ""))
        asyncio.run(automations_flow(pkg, prefect, client, ""))


def test_async_client_flow(pkg: ModuleType, prefect: Server) -> None:
    async def run() -> None:
        async with pkg.AsyncApiClient(authenticated(pkg, prefect)) as client:
            await variables_flow(pkg, prefect, client, "Async")
            await automations_flow(pkg, prefect, client, "Async")

    asyncio.run(run())


def test_every_read_without_arguments_decodes_to_what_was_sent(
    pkg: ModuleType, prefect: Server
) -> None:
    """Each GET, and each POST filter/count/paginate, that needs no argument: its decoded
    body is exactly what the server sent (Prefect seeds dozens of block types and block
    schemas, whose nested JSON Schemas and capabilities make a broad sample)."""
    decoded: dict[str, int] = {}
    with pkg.ApiClient(authenticated(pkg, prefect)) as client:
        populate(pkg, client)
        for module_info in pkgutil.iter_modules(submodule(pkg, "api").__path__):
            module = submodule(pkg, f"api.{module_info.name}")
            for class_name, api_type in vars(module).items():
                if not class_name.endswith("Api") or class_name.startswith("Async"):
                    continue
                api = api_type(client)
                for name, method in inspect.getmembers(api, inspect.ismethod):
                    if not name.endswith("_with_http_info") or _needs_arguments(method):
                        continue
                    endpoint = getattr(module, "_" + name.removesuffix("_with_http_info").upper())
                    if endpoint.method == "POST" and not endpoint.path.endswith(
                        ("/filter", "/count", "/paginate")
                    ):
                        continue  # a POST that creates or acts
                    if endpoint.method not in {"GET", "POST"}:
                        continue
                    response = method()
                    same_as_sent(response)
                    decoded[name] = len(response.data) if isinstance(response.data, list) else 1
    assert len(decoded) >= 40, sorted(decoded)
    assert decoded["read_block_types_block_types_filter_post_with_http_info"] >= 20
    assert decoded["read_block_schemas_block_schemas_filter_post_with_http_info"] >= 20
    assert decoded["read_flow_runs_flow_runs_filter_post_with_http_info"] >= 2
    assert decoded["read_logs_logs_filter_post_with_http_info"] >= 4
    assert decoded["read_artifacts_artifacts_filter_post_with_http_info"] >= 1
    assert decoded["read_work_pools_work_pools_filter_post_with_http_info"] >= 1
    assert decoded["read_deployments_deployments_filter_post_with_http_info"] >= 1
    print(f"\nPrefect: {len(decoded)} reads, {sum(decoded.values())} values decoded as sent")


def populate(pkg: ModuleType, client: Any) -> None:
    """A flow with runs in two states, their logs, an artifact, a work pool and a
    deployment with three kinds of schedule, created through the generated client, so
    the reads below return real records."""
    models = submodule(pkg, "models")
    created = api_class(pkg, "flows_api", "FlowsApi")(client).create_flow_flows_post_with_http_info(
        models.FlowCreate(name="etl", tags=["nightly"], labels={"team": "data", "tier": 2})
    )
    # Prefect answers 201 where its document declares only 200: decoded as the 200 response
    assert "201" not in submodule(pkg, "api.flows_api")._CREATE_FLOW_FLOWS_POST.responses
    assert created.status == 201
    flow = created.data
    assert same_as_sent(created)["labels"] == {"team": "data", "tier": 2}
    runs = api_class(pkg, "flow_runs_api", "FlowRunsApi")(client)
    run_ids = []
    for state in (models.StateType.SCHEDULED, models.StateType.RUNNING):
        run = runs.create_flow_run_flow_runs_post(
            models.FlowRunCreate(
                flow_id=flow.id,
                name=f"etl-{state.value.lower()}",
                parameters={"day": "2026-01-31", "limit": 10, "dry": False},
                state=models.StateCreate(type=state, message=f"set to {state.value}"),
                tags=["nightly"],
            )
        )
        assert run.state.type == state
        run_ids.append(run.id)
    when = datetime.datetime(2026, 1, 31, 12, 30, 15, 250000, tzinfo=datetime.UTC)
    api_class(pkg, "logs_api", "LogsApi")(client).create_logs_logs_post(
        [
            models.LogCreate(
                name="etl", level=level, message=f"level {level}", timestamp=when, flow_run_id=rid
            )
            for level in (20, 40)
            for rid in run_ids
        ]
    )
    api_class(pkg, "artifacts_api", "ArtifactsApi")(client).create_artifact_artifacts_post(
        models.ArtifactCreate(
            key="etl-report",
            type="markdown",
            data="# Report\n\n* rows: 10",
            description="nightly report",
            flow_run_id=run_ids[0],
        )
    )
    api_class(pkg, "work_pools_api", "WorkPoolsApi")(client).create_work_pool_work_pools_post(
        models.WorkPoolCreate(name="pool-a", type="process", concurrency_limit=3)
    )
    # schedules: a union without a discriminator, told apart by their fields
    deployment = api_class(pkg, "deployments_api", "DeploymentsApi")(
        client
    ).create_deployment_deployments_post_with_http_info(
        models.DeploymentCreate(
            name="etl-hourly",
            flow_id=flow.id,
            parameters={"limit": 5},
            schedules=[
                models.DeploymentScheduleCreate(
                    schedule=models.IntervalScheduleInput(interval=3600)
                ),
                models.DeploymentScheduleCreate(schedule=models.CronSchedule(cron="0 * * * *")),
                models.DeploymentScheduleCreate(
                    schedule=models.RRuleSchedule(rrule="FREQ=DAILY"), active=False
                ),
            ],
        )
    )
    sent = same_as_sent(deployment)
    kinds = {"interval": "IntervalScheduleOutput", "cron": "CronSchedule", "rrule": "RRuleSchedule"}
    decoded = [type(s.schedule).__name__ for s in deployment.data.schedules]
    assert decoded == [
        next(kinds[key] for key in kinds if key in s["schedule"]) for s in sent["schedules"]
    ]
    assert sorted(decoded) == sorted(kinds.values())


def _needs_arguments(method: Any) -> bool:
    return any(
        p.default is inspect.Parameter.empty and p.kind is not inspect.Parameter.VAR_KEYWORD
        for p in inspect.signature(method).parameters.values()
    )


def test_declared_and_undeclared_errors(pkg: ModuleType, prefect: Server) -> None:
    models = submodule(pkg, "models")
    variables_module = submodule(pkg, "api.variables_api")
    declared = {
        code
        for name in dir(variables_module)
        if name.startswith("_") and name.isupper()
        for code in getattr(variables_module, name).responses
        if not code.startswith("2")
    }
    assert declared == {"422"}
    with pkg.ApiClient(authenticated(pkg, prefect)) as client:
        variables = variables_module.VariablesApi(client)
        variables.create_variable_variables_post(models.VariableCreate(name="taken", value=1))

        # 422, declared: the typed exception, its body, and the body decoded as the model
        with pytest.raises(pkg.UnprocessableEntityException) as invalid:
            variables.create_variable_variables_post(
                models.VariableCreate(name="Not A Valid Name!", value=1)
            )
        error = invalid.value
        assert error.status == 422
        sent = json.loads(error.body)
        assert isinstance(error.data, models.HttpValidationError)
        assert wire(error.data) == sent
        # Prefect answers its own shape, not the declared {"detail": [...]}: the model
        # keeps what the server sent as extra properties
        assert error.data.detail is None
        assert error.data.model_extra["exception_detail"][0]["loc"] == ["body", "name"]

        # 409 and 404 are not declared: typed by status, the body kept, nothing decoded
        with pytest.raises(pkg.ConflictException) as conflict:
            variables.create_variable_variables_post(models.VariableCreate(name="taken", value=2))
        assert conflict.value.status == 409
        assert conflict.value.data is None
        assert "already exists" in json.loads(conflict.value.body)["detail"]
        with pytest.raises(pkg.NotFoundException) as missing:
            variables.read_variable_variables_id_get(uuid.UUID(int=0))
        assert (missing.value.status, missing.value.data) == (404, None)
        assert json.loads(missing.value.body) == {"detail": "Variable not found."}


def test_credentials_come_from_configuration(pkg: ModuleType, prefect: Server) -> None:
    """No security scheme in the document: the basic credentials on Configuration are
    still sent, and without them (or with wrong ones) the server refuses."""
    assert pkg.Configuration.SECURITY_DECLARED is False
    variables_api = api_class(pkg, "variables_api", "VariablesApi")
    for credentials in ({}, {"username": USER, "password": "wrong"}):
        with (
            pkg.ApiClient(configuration(pkg, prefect, **credentials)) as client,
            pytest.raises(pkg.UnauthorizedException) as refused,
        ):
            variables_api(client).read_variable_by_name_variables_name_name_get("taken")
        assert refused.value.status == 401
    with pkg.ApiClient(authenticated(pkg, prefect)) as client:
        assert variables_api(client).count_variables_variables_count_post() >= 0

    async def run() -> int:
        async with pkg.AsyncApiClient(authenticated(pkg, prefect)) as client:
            api = api_class(pkg, "variables_api", "AsyncVariablesApi")(client)
            result: int = await api.count_variables_variables_count_post()
            return result

    assert asyncio.run(run()) >= 0


def test_generated_client_is_clean(pkg: ModuleType, tmp_path: Path) -> None:
    assert_generated_code_is_clean(pkg, tmp_path / "mypy-cache")
