"""The promoter handlers and admin routes (issue 13) over loopback HTTP, with a raw aiohttp client.

Until the operations are in the spec and the admin routes wired, this test mounts
``PROMOTER_HANDLERS`` and ``PROMOTER_ADMIN_ROUTES`` on the sandbox app itself, at the vendor's
paths (each only where the app does not serve it already).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import orjson
from aiohttp import web

from promosdk.sandbox import STATE_KEY, AdminClient, SandboxConfig, create_app
from promosdk.sandbox.admin_api import _admin_route
from promosdk.sandbox.admin_promoter import PROMOTER_ADMIN_ROUTES, PromoterAdminMixin
from promosdk.sandbox.http import Handler, response
from promosdk.sandbox.wechat.promoter_handlers import PROMOTER_HANDLERS

APPID = "wxsandbox0000000001"
SECRET = "sandbox-app-secret"
T0 = 1_800_000_000.0

#: Operation id -> (method, path under /union/promoter/), as the draft spec has them.
PATHS: dict[str, tuple[str, str]] = {
    "promotion.delete": ("POST", "promotion/del"),
    "product.category": ("GET", "product/category"),
    "product.list": ("GET", "product/list"),
    "product.select": ("GET", "product/select"),
    "product.generate": ("POST", "product/generate"),
    "product.parse_tag": ("POST", "product/parse_tag"),
    "open_account.bind": ("POST", "open_account/bind"),
    "open_account.get": ("GET", "open_account/get"),
    "open_account.add_customize_info": ("POST", "open_account/add_customize_info"),
    "open_account.delete_customize_info": ("POST", "open_account/del_customize_info"),
    "open_account.get_customize_info": ("GET", "open_account/get_customize_info"),
    "open_product.list": ("GET", "open_product/list"),
    "open_product.generate": ("POST", "open_product/generate"),
    "order.info": ("POST", "order/info"),
    "order.search": ("GET", "order/search"),
    "order.search_normal_order": ("GET", "order/search_normal_order"),
}


class Admin(AdminClient, PromoterAdminMixin):
    pass


def _route(handler: Handler) -> Any:
    async def route(request: web.Request) -> web.StreamResponse:
        return response(await handler(request, request.app[STATE_KEY]))

    return route


class Api:
    def __init__(self, session: aiohttp.ClientSession, url: str, token: str) -> None:
        self.session, self.url, self.token = session, url, token

    async def call(self, op_id: str, body: Any = None, **query: str) -> dict[str, Any]:
        method, path = PATHS[op_id]
        params = {"access_token": self.token, **query}
        data = orjson.dumps(body) if body is not None else None
        async with self.session.request(
            method, f"{self.url}/union/promoter/{path}", params=params, data=data
        ) as resp:
            assert resp.status == 200
            answer = orjson.loads(await resp.read())
        assert isinstance(answer, dict)
        return answer


@asynccontextmanager
async def promoter_sandbox() -> AsyncIterator[tuple[Api, Admin, list[str]]]:
    now = [T0]
    app = create_app(SandboxConfig(clock=lambda: now[0]))
    assert set(PATHS) == set(PROMOTER_HANDLERS)
    # Mounted only where nothing serves yet: once wired, the sandbox's own routes are tested.
    served = {(r.method, r.resource.canonical) for r in app.router.routes() if r.resource is not None}
    for op_id, (method, path) in PATHS.items():
        if (method, f"/union/promoter/{path}") not in served:
            app.router.add_route(method, f"/union/promoter/{path}", _route(PROMOTER_HANDLERS[op_id]))
    for method, path, impl in PROMOTER_ADMIN_ROUTES:
        if (method, path) not in served:
            app.router.add_route(method, path, _admin_route(impl))
    pids = app[STATE_KEY].seed(spots={APPID: ["spot A", "spot B"]})["spots"][APPID]
    runner = web.AppRunner(app, access_log=None)  # the access log would show tokens
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            admin = Admin(url, session=session)
            token_body = {"grant_type": "client_credential", "appid": APPID, "secret": SECRET}
            async with session.post(f"{url}/cgi-bin/stable_token", json=token_body) as resp:
                token = (await resp.json(content_type=None))["access_token"]
            yield Api(session, url, token), admin, pids
    finally:
        await runner.cleanup()


async def test_money_flow_over_http() -> None:
    async with promoter_sandbox() as (api, admin, (pid_a, pid_b)):
        assert len((await api.call("product.category"))["productCats"]) == 6
        pages = [await api.call("product.list", **{"from": str(o), "limit": "50"}) for o in (0, 50, 100)]
        assert [p["total"] for p in pages] == [120] * 3
        assert [len(p["productList"]) for p in pages] == [50, 50, 20]
        assert (await api.call("product.list", limit="51"))["errcode"] == 40097
        assert (await api.call("product.select", limit="50"))["total"] == 30
        item = next(i for p in pages for i in p["productList"] if i["product"]["info"]["totalStockNum"] > 0)
        wanted = {"productId": item["productId"], "appId": item["shopInfo"]["appId"], "customizeInfo": "c-1"}
        generated = await api.call("product.generate", {"pid": pid_a, "productList": [wanted]})
        share = generated["list"][0]["shareInfo"]
        assert share["promotionUrl"].startswith(f"{api.url}/_sandbox/s/")
        too_long = {**wanted, "customizeInfo": "x" * 81}
        assert (await api.call("product.generate", {"pid": pid_a, "productList": [too_long]}))[
            "errcode"
        ] == 40097
        parsed = await api.call("product.parse_tag", {"tagList": [share["promotionTag"]]})
        assert parsed["tagList"][0]["productId"] == item["productId"]

        order_id = await admin.purchase(promotion_url=share["promotionUrl"], quantity=1)
        info = await api.call("order.info", {"orderIdList": [order_id]})
        line = info["orderList"][0]["productList"][0]
        assert line["commission"] == "-" and line["price"].startswith("¥")
        assert line["customizeInfo"] == "c-1" and line["promotionInfo"]["promotionSourcePid"] == pid_a
        assert (await api.call("order.search", page="1", pageSize="201"))["errcode"] == 40097
        settled = await admin.settle_order(order_id)
        assert settled["productList"][0]["commissionStatus"] == "SETTLEMENT_SUCCESS"
        found = await api.call(
            "order.search", page="1", pageSize="200", commissionStatus="SETTLEMENT_SUCCESS"
        )
        assert found["totalNum"] == 1 and found["orderList"][0]["orderId"] == order_id
        assert (await admin.set_order_timings(confirm_after=None)) == {
            "confirm_after": None,
            "settle_after": 7 * 86400.0,
        }

        deleted = await api.call(
            "promotion.delete", {"promotionSourcePid": pid_a, "promotionSourceName": "spot A"}
        )
        assert deleted == {"errcode": 0, "errmsg": "ok"}
        again = await api.call("product.generate", {"pid": pid_a, "productList": [wanted]})
        assert again["errcode"] == 40097

        open_items = (await api.call("open_product.list", **{"from": "0", "limit": "50"}))["productList"]
        assert isinstance(open_items[0]["product"]["skus"][0]["productSkuInfo"]["stockNum"], str)
        open_item = {
            "productId": open_items[0]["product"]["productId"],
            "appId": open_items[0]["shopInfo"]["appId"],
        }
        body = {"pid": pid_b, "productList": [open_item], "getShortUrl": True}
        open_share = (await api.call("open_product.generate", body))["list"][0]["shareInfo"]
        normal_id = await admin.purchase(promotion_url=open_share["promotionUrl"])
        normal = await api.call("order.search_normal_order", offset="0", limit="10")
        assert normal["total"] == 1 and normal["orderList"][0]["orderInfo"]["orderId"] == normal_id

        assert "openAccount" not in await api.call("open_account.get")
        assert (await api.call("open_account.bind", {"openAccount": "wxopen"}))["errcode"] == 0
        assert (await api.call("open_account.bind", {"openAccount": "wxopen"}))["errcode"] == 0
        assert (await api.call("open_account.get"))["openAccount"] == "wxopen"
        add = {"unionid": "U1", "customizeInfo": "x" * 81}
        assert (await api.call("open_account.add_customize_info", add))["errcode"] == 200002
        assert (await api.call("open_account.add_customize_info", {**add, "customizeInfo": "v"}))[
            "errcode"
        ] == 0
        assert (await api.call("open_account.get_customize_info", unionid="U1"))["customizeInfo"] == "v"
        assert (await api.call("open_account.delete_customize_info", {"unionid": "U1"}))["errcode"] == 0
        assert (await api.call("open_account.delete_customize_info", {"unionid": "U1"}))["errcode"] == 25510
