"""The sandbox is driven by the operation tables: routes, the missing-handler check, fault routes.

Modified tables are built by copying a generated OperationSpec (``attrs.evolve``), so these tests
do not depend on which fields OperationSpec has beyond name/group/method/path/family.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import attrs
import orjson
import pytest
from aiohttp import web

from promosdk import PromoSDKError
from promosdk._generated.waiqin_bc.operations import OPERATIONS as WAIQIN_OPERATIONS
from promosdk._generated.wechat_union.operations import OPERATIONS as WECHAT_OPERATIONS
from promosdk._operation import OperationSpec
from promosdk.sandbox import (
    ROUTE_NAMES,
    STATE_KEY,
    FaultRule,
    MissingHandlerError,
    SandboxConfig,
    SandboxRegistryError,
    SandboxServer,
    SandboxState,
    check_handlers,
    create_app,
)
from promosdk.sandbox.faults import FaultInjector
from promosdk.sandbox.http import Reply, VendorWire
from promosdk.sandbox.operations import DEFAULT_OPERATIONS, operation_id, route_names
from promosdk.sandbox.registry import VENDORS, build_routes
from promosdk.sandbox.wechat.promoter_handlers import PROMOTER_HANDLERS

# The names from before the registry: no longer accepted anywhere (one name, the operation id).
PRE_REGISTRY_NAMES = {
    "token.stable_token": "stable_token",
    "token.token": "token",
    "target.plan_info": "plan_info",
    "target.apply_target": "apply_target",
    "target.apply_status": "apply_status",
    "promotion.add": "promotion_add",
    "promotion.upd": "promotion_upd",
    "promotion.list": "promotion_list",
    "bc.add_or_update_campaign": "add_or_update_campaign",
    "bc.apply_callback": "apply_callback",
    "bc.query_campaign": "query_campaign",
}


def _like(template: OperationSpec, **changes: Any) -> OperationSpec:
    return attrs.evolve(template, **changes)


def _new_get_in_existing_group() -> OperationSpec:
    return _like(WECHAT_OPERATIONS["list"], name="get", path="/union/promoter/promotion/get")


def _new_group_post() -> OperationSpec:
    return _like(
        WECHAT_OPERATIONS["add"], name="claim", group="coupon", path="/union/promoter/coupon/claim"
    )


def _new_waiqin_operation() -> OperationSpec:
    return _like(
        WAIQIN_OPERATIONS["query_campaign"], name="query_customer", path="/api/bcwin/v1/queryCustomer"
    )


def _with_handler(op_id: str, handler: Any) -> dict[str, VendorWire]:
    wechat = VENDORS["wechat"]
    return {**VENDORS, "wechat": attrs.evolve(wechat, handlers={**wechat.handlers, op_id: handler})}


@asynccontextmanager
async def _serving(app: web.Application) -> AsyncIterator[str]:
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


# ------------------------------------------------------------------------------------ routes


def test_every_operation_of_the_tables_is_routed() -> None:
    app = create_app()
    routes = {route.name: route for route in app.router.routes() if route.name is not None}
    tables = (*WECHAT_OPERATIONS.values(), *WAIQIN_OPERATIONS.values())
    assert len(DEFAULT_OPERATIONS) == len(tables)
    for op in tables:
        route = routes[f"{op.group}.{op.name}"]
        assert route.method == op.method
        info = route.resource.get_info() if route.resource is not None else {}
        served = info.get("path", info.get("formatter"))
        if op.family == "waiqin":
            assert served == op.path + "/{openid}/{timestamp}/{digest}/{msg_id}"
        else:
            assert served == op.path


def test_handlers_are_registered_under_exactly_the_operation_ids() -> None:
    for family, vendor in VENDORS.items():
        ids = {operation_id(op) for op in DEFAULT_OPERATIONS if op.family == family}
        assert set(vendor.handlers) == ids, family
    check_handlers()  # the shipped tables are fully served


# ------------------------------------------------------------------------------------ startup check


def test_startup_names_every_operation_without_a_handler() -> None:
    new = [_new_get_in_existing_group(), _new_group_post(), _new_waiqin_operation()]
    with pytest.raises(MissingHandlerError) as err:
        create_app(operations=[*DEFAULT_OPERATIONS, *new])
    assert err.value.missing == ("promotion.get", "coupon.claim", "bc.query_customer")
    message = str(err.value)
    assert "3 operations of the operation table have no handler" in message
    assert "promotion.get (GET /union/promoter/promotion/get)" in message
    assert "coupon.claim (POST /union/promoter/coupon/claim)" in message
    assert "bc.query_customer (POST /api/bcwin/v1/queryCustomer)" in message
    assert "promosdk.sandbox.wechat.handlers.HANDLERS" in message
    assert "promosdk.sandbox.waiqin.handlers.HANDLERS" in message
    assert "promotion.add" not in message  # served operations are not named
    assert isinstance(err.value, PromoSDKError) and isinstance(err.value, RuntimeError)
    with pytest.raises(MissingHandlerError) as one:
        check_handlers([*DEFAULT_OPERATIONS, new[0]])  # the check alone, on any table
    assert one.value.missing == ("promotion.get",)


def test_a_removed_handler_is_named_with_a_likely_misspelling() -> None:
    wechat = VENDORS["wechat"]
    handlers = dict(wechat.handlers)
    handlers["promotion.lsit"] = handlers.pop("promotion.list")
    vendors = {**VENDORS, "wechat": attrs.evolve(wechat, handlers=handlers)}
    with pytest.raises(MissingHandlerError) as err:
        build_routes(DEFAULT_OPERATIONS, vendors)
    assert err.value.missing == ("promotion.list",)
    assert "1 operation of the operation table has no handler: promotion.list" in str(err.value)
    assert "handlers registered under ids no operation has: promotion.lsit" in str(err.value)


def test_an_unknown_family_and_a_duplicate_id_are_refused() -> None:
    alien = _like(WECHAT_OPERATIONS["list"], family="jd", group="goods", name="list")
    with pytest.raises(MissingHandlerError, match="serves no vendor family 'jd'"):
        create_app(operations=[*DEFAULT_OPERATIONS, alien])
    twice = _like(WECHAT_OPERATIONS["list"], path="/union/promoter/promotion/list2")
    with pytest.raises(SandboxRegistryError, match=r"operation ids used twice: promotion\.list"):
        create_app(operations=[*DEFAULT_OPERATIONS, twice])


async def test_a_new_operation_with_a_handler_is_served_counted_and_faulted() -> None:
    """Adding an operation is its table entry plus a handler: no route list, no ROUTE_NAMES edit."""
    new = _new_get_in_existing_group()

    async def promotion_get(request: web.Request, state: SandboxState) -> Reply:
        appid = state.token.authenticate(request.query.get("access_token"))
        spots = [s.to_json() for s in state.promotion.spots(appid)]
        return Reply(orjson.dumps({"errcode": 0, "errmsg": "ok", "spots": spots}), "application/json")

    app = create_app(
        SandboxConfig(),
        operations=[*DEFAULT_OPERATIONS, new],
        vendors=_with_handler("promotion.get", promotion_get),
    )
    state = app[STATE_KEY]
    async with _serving(app) as url, aiohttp.ClientSession() as http:
        async with http.post(
            f"{url}/cgi-bin/stable_token",
            json={
                "grant_type": "client_credential",
                "appid": "wxsandbox0000000001",
                "secret": "sandbox-app-secret",
            },
        ) as resp:
            token = orjson.loads(await resp.read())["access_token"]
        async with http.get(f"{url}/union/promoter/promotion/get", params={"access_token": token}) as resp:
            assert resp.status == 200
            assert orjson.loads(await resp.read()) == {"errcode": 0, "errmsg": "ok", "spots": []}
        state.set_faults([FaultRule(route="promotion.get", kind="busy", times=1)])
        async with http.get(f"{url}/union/promoter/promotion/get", params={"access_token": token}) as resp:
            assert orjson.loads(await resp.read())["errcode"] == -1
    counters = state.counters()
    assert counters["requests"]["promotion.get"] == 2  # a new operation is named by its id
    assert counters["requests"]["token.stable_token"] == 1
    assert counters["faults_injected"]["busy"] == 1


# ------------------------------------------------------------------------------------ fault routes


def test_route_names_are_derived_from_the_tables() -> None:
    assert route_names(DEFAULT_OPERATIONS) == ROUTE_NAMES
    assert len(ROUTE_NAMES) == len(WECHAT_OPERATIONS) + len(WAIQIN_OPERATIONS) == len(set(ROUTE_NAMES))
    for op in DEFAULT_OPERATIONS:
        assert operation_id(op) == op.id == f"{op.group}.{op.name}"
    # every operation is named by its id, none kept (those of issue 13 never had another name)
    assert set(PRE_REGISTRY_NAMES) == set(ROUTE_NAMES) - set(PROMOTER_HANDLERS)
    assert route_names([_new_group_post()]) == ("coupon.claim",)


def test_fault_rules_name_routes_by_operation_id_only() -> None:
    FaultRule(route="promotion.add", kind="busy")
    for old in PRE_REGISTRY_NAMES.values():  # one name: the pre-registry names are refused
        with pytest.raises(ValueError, match=f"unknown route '{old}'"):
            FaultRule(route=old, kind="busy")
    with pytest.raises(ValueError, match="unknown route 'nope'"):
        FaultRule(route="nope", kind="busy")
    # An id-shaped route is checked against the operations the sandbox actually serves.
    state = SandboxState(SandboxConfig())
    with pytest.raises(ValueError, match=r"unknown route 'promotion\.nope'"):
        state.set_faults([FaultRule(route="promotion.nope", kind="busy")])
    assert state.faults.rules == ()
    assert set(state.counters()["requests"]) == set(ROUTE_NAMES)


def _draws(rules: Sequence[FaultRule], seed: int, op_id: str, n: int) -> list[str | None]:
    injector = FaultInjector(seed)
    injector.configure(rules, seed)
    return [None if (rule := injector.pick(op_id)) is None else rule.kind for _ in range(n)]


def test_a_route_draws_its_own_fault_stream_seeded_by_its_id() -> None:
    draws = _draws(
        [FaultRule(route="promotion.list", kind="http_503", probability=0.5)], 1234, "promotion.list", 40
    )
    rng = random.Random("1234:promotion.list")  # seeded by the operation id, as documented
    assert draws == ["http_503" if rng.random() < 0.5 else None for _ in range(40)]
    assert _draws([FaultRule(route="promotion.list", kind="busy")], 1, "promotion.add", 3) == [None] * 3


async def test_admin_fault_rules_accept_operation_ids() -> None:
    async with SandboxServer() as sb, aiohttp.ClientSession() as http:
        await sb.admin.set_faults([{"route": "token.stable_token", "kind": "quota", "times": 1}])
        body = {
            "grant_type": "client_credential",
            "appid": "wxsandbox0000000001",
            "secret": "sandbox-app-secret",
        }
        answers = []
        for _ in range(2):
            async with http.post(f"{sb.url}/cgi-bin/stable_token", json=body) as resp:
                answers.append(orjson.loads(await resp.read())["errcode"])
        assert answers == [45009, 0]
        assert (await sb.admin.get_faults())["rules"][0]["route"] == "token.stable_token"
        assert (await sb.admin.counters())["requests"]["token.stable_token"] == 2


# ------------------------------------------------------------------------------------ layout


def test_sandbox_modules_stay_small() -> None:
    import promosdk.sandbox

    root = Path(promosdk.sandbox.__file__).parent
    sizes = {
        str(p.relative_to(root)): len(p.read_text(encoding="utf-8").splitlines()) for p in root.rglob("*.py")
    }
    assert {"wechat/tokens.py", "wechat/targets.py", "wechat/spots.py", "waiqin/campaigns.py"} <= set(sizes)
    assert max(sizes.values()) <= 500, sizes
