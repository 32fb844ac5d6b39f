"""The promoter operations of issue 13 at their limits: answers lost after a write landed
(reconciled against the sandbox and a hostile loopback server), paginators facing a server whose
pages never advance, and every documented limit refused before anything is sent. The happy paths
and the money flow are in tests/test_promoter_api.py, whose helpers and known-bug markers these
tests share."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

import promosdk
from promosdk import AmbiguousWriteError, RequestValidationError, WeChatUnionClient
from promosdk._generated.wechat_union import models as m
from tests.loopback import (
    DROP,
    Answer,
    LoopbackServer,
    Recorded,
    stable_token_handler,
    wechat_error,
    wechat_ok,
)
from tests.test_promoter_api import needs_orders, new_spot, promoter, requests

# ---------------------------------------------------------------------------- pages that never advance

def _stuck(items_key: str, total_key: str, item: Callable[[int], dict[str, Any]]) -> Callable[[Recorded], Answer]:
    """A server that ignores the paging parameters: the same two items, a total of 1,000, and an
    empty page after 50 requests (a valve, so that an unbounded client fails the count instead of hanging)."""
    served = [0]

    def handler(record: Recorded) -> Answer:
        served[0] += 1
        page = [] if served[0] > 50 else [item(0), item(1)]
        return wechat_ok(**{items_key: page, total_key: 1000})

    return handler


def _pool_item(i: int) -> dict[str, Any]:
    return {
        "productId": f"p{i}",
        "product": {"productId": f"p{i}", "status": 5, "info": {"title": "t", "minPrice": 1, "totalStockNum": 1}},
        "leagueExInfo": {"hasCommission": 1, "commissionRatio": 100, "commissionValue": 1},
        "shopInfo": {"name": "s", "headImgUrl": "h"},
    }


def _order_item(i: int) -> dict[str, Any]:
    return {"orderId": f"o{i}", "payTime": 1, "productList": []}


STUCK = [
    ("product.list", "/union/promoter/product/list", "productList", "total", _pool_item,
     lambda wx: wx.product.iter_list(page_size=2)),
    ("product.select", "/union/promoter/product/select", "productList", "total", _pool_item,
     lambda wx: wx.product.iter_select(page_size=2)),
    ("open_product.list", "/union/promoter/open_product/list", "productList", "total",
     lambda i: {"product": {"productId": f"p{i}", "info": {"title": "t", "minPrice": 1}}, "shopInfo": {"name": "s", "headImgUrl": "h"}},
     lambda wx: wx.open_product.iter_list(page_size=2)),
    ("order.search", "/union/promoter/order/search", "orderList", "totalNum", _order_item,
     lambda wx: wx.order.iter_search(page_size=2)),
    ("order.search_normal_order", "/union/promoter/order/search_normal_order", "orderList", "total",
     lambda i: {"orderInfo": {"orderId": f"n{i}", "createTime": 1, "orderPrice": 1, "status": 20}},
     lambda wx: wx.order.iter_search_normal_order(page_size=2)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("op_id", "path", "items_key", "total_key", "item", "walk"),
    [pytest.param(*case, marks=needs_orders) if case[0].startswith("order.") else pytest.param(*case) for case in STUCK],
    ids=[case[0] for case in STUCK],
)
async def test_paginators_never_loop_on_a_server_that_does_not_advance(
    op_id: str, path: str, items_key: str, total_key: str, item: Callable[[int], dict[str, Any]],
    walk: Callable[[WeChatUnionClient], AsyncIterator[Any]],
) -> None:  # fmt: skip
    async with LoopbackServer() as server:
        server.route("/cgi-bin/stable_token", stable_token_handler(["loopback-token-0001"]))
        server.route(path, _stuck(items_key, total_key, item))
        async with WeChatUnionClient("wxloopback00000001", "loopback-app-secret-0123456789", base_url=server.url) as wx:
            seen = []
            with pytest.raises(promosdk.PaginationError) as stuck:
                async for found in walk(wx):
                    seen.append(found)
    assert len(seen) == 2 and server.count(path) == 2  # the second page brought nothing new: stop
    assert op_id in str(stuck.value)


# ---------------------------------------------------------------------------- lost answers


async def test_a_delete_whose_answer_is_lost_is_reconciled() -> None:
    async with promoter() as sb:
        wx = sb.wechat
        first, second, third = [await new_spot(wx, f"lost-{i}") for i in range(3)]
        lost = {"route": "promotion.delete", "kind": "reset_after", "times": 1}
        await sb.admin.set_faults([lost])
        plain = await wx.promotion.delete(promotion_source_pid=first, promotion_source_name="lost-0")
        assert plain.errcode == 0
        await sb.admin.set_faults([lost])
        raw = await wx.with_raw_response.promotion.delete(promotion_source_pid=second, promotion_source_name="lost-1")
        assert raw.reconciled and raw.attempts == 2 and raw.parsed.errcode == 0 and raw.operation == "promotion.delete"
        assert [s.promotion_source_pid async for s in wx.promotion.iter_list()] == [third]
        counters = await sb.admin.counters()
        assert counters["requests"]["promotion.delete"] == 4  # each: the lost attempt and the refused retry
        assert counters["effects"]["promotion_delete"] == {first: 1, second: 1}
        assert wx.metrics.reconciled == 2
        await sb.admin.set_faults([lost])
        with pytest.raises(AmbiguousWriteError) as unsure:  # no reconciliation: the caller must check
            await wx.with_options(reconcile_writes=False).promotion.delete(promotion_source_pid=third, promotion_source_name="lost-2")
        assert unsure.value.operation == "promotion.delete"


async def test_a_bind_or_delete_whose_answer_is_lost_lands_once() -> None:
    async with promoter() as sb:
        wx = sb.wechat
        await sb.admin.set_faults([{"route": "open_account.bind", "kind": "reset_after", "times": 1}])
        # the resend finds the account bound already, which the sandbox answers as a success
        bound = await wx.with_raw_response.open_account.bind(open_account="wxopen0000000001")
        assert bound.attempts == 2 and bound.parsed.errcode == 0
        assert (await wx.open_account.get()).open_account == "wxopen0000000001"
        await wx.open_account.add_customize_info(unionid="u1", customize_info="vip")
        await sb.admin.set_faults([{"route": "open_account.delete_customize_info", "kind": "reset_after", "times": 1}])
        removed = await wx.with_raw_response.open_account.delete_customize_info(unionid="u1")
        assert removed.reconciled and removed.attempts == 2 and removed.parsed.errcode == 0  # the resend's 25510, read back
        effects = (await sb.admin.counters())["effects"]
        assert effects["open_account_bind"] == {f"{wx.appid}/wxopen0000000001": 1}
        assert effects["open_account_delete_customize_info"] == {f"{wx.appid}/u1": 1}


async def test_a_bind_refused_on_resend_is_reconciled_by_reading_it_back() -> None:
    bind, get = "/union/promoter/open_account/bind", "/union/promoter/open_account/get"
    async with LoopbackServer() as server:
        server.route("/cgi-bin/stable_token", stable_token_handler(["loopback-token-0001"]))
        async with WeChatUnionClient("wxloopback00000001", "loopback-app-secret-0123456789", base_url=server.url) as wx:
            server.queue(bind, DROP, wechat_error(25508, "verification failed"))
            server.queue(get, wechat_ok(openAccount="wxopen0000000001"))
            raw = await wx.with_raw_response.open_account.bind(open_account="wxopen0000000001")
            assert raw.reconciled and raw.parsed.errcode == 0 and server.count(bind) == 2 and server.count(get) == 1
            server.queue(bind, DROP, wechat_error(25508, "verification failed"))
            server.queue(get, wechat_ok(openAccount="wxsomebodyelse0001"))  # another account: not reconciled
            with pytest.raises(AmbiguousWriteError) as unsure:
                await wx.open_account.bind(open_account="wxopen0000000001")
            assert isinstance(unsure.value.cause, promosdk.OpenAccountVerificationError)
            assert [r.json() for r in server.hits(bind)][-1] == {"openAccount": "wxopen0000000001"}


# ---------------------------------------------------------------------------- validation before sending

INVALID: list[tuple[str, Callable[[WeChatUnionClient], Awaitable[Any]], str, str]] = [
    ("customizeInfo > 80 (open account)", lambda wx: wx.open_account.add_customize_info(unionid="u", customize_info="x" * 81), "customize_info", "maxLength"),
    ("customizeInfo > 80 (generate)", lambda wx: wx.product.generate(pid="p", product_list=[m.GenerateProductItem(product_id="1", app_id="a", customize_info="x" * 81)]), "product_list[0].customize_info", "maxLength"),
    ("pageSize 201", lambda wx: wx.order.search(page_size=201), "page_size", "maximum"),
    ("page 0", lambda wx: wx.order.search(page=0), "page", "minimum"),
    ("windows out of order", lambda wx: wx.order.search(start_timestamp=20, end_timestamp=10), "end_timestamp", "date-order"),
    ("limit 201 (normal orders)", lambda wx: wx.order.search_normal_order(limit=201), "limit", "maximum"),
    ("limit 51 (products)", lambda wx: wx.product.list(limit=51), "limit", "maximum"),
    ("ratio > 10000", lambda wx: wx.product.select(min_commission_ratio=10001), "min_commission_ratio", "maximum"),
    ("limit 51 (open products)", lambda wx: wx.open_product.list(limit=51), "limit", "maximum"),
    ("0 order ids", lambda wx: wx.order.info(order_id_list=[]), "order_id_list", "minItems"),
    ("201 order ids", lambda wx: wx.order.info(order_id_list=[str(10**15 + i) for i in range(201)]), "order_id_list", "maxItems"),
    ("a blank order id", lambda wx: wx.order.info(order_id_list=["1", " "]), "order_id_list[1]", "blank"),
    ("11 tags", lambda wx: wx.product.parse_tag(tag_list=[f"#t{i}" for i in range(11)]), "tag_list", "maxItems"),
    ("0 products to generate", lambda wx: wx.open_product.generate(pid="p", product_list=[]), "product_list", "minItems"),
    ("missing pid", lambda wx: wx.promotion.delete(promotion_source_pid=None, promotion_source_name="n"), "promotion_source_pid", "required"),  # type: ignore[arg-type]
    ("missing product id", lambda wx: wx.product.generate(pid="p", product_list=[m.GenerateProductItem(product_id=None, app_id="a")]), "product_list[0].product_id", "required"),  # type: ignore[arg-type]
    ("empty open account", lambda wx: wx.open_account.bind(open_account=""), "open_account", "minLength"),
    ("missing unionid", lambda wx: wx.open_account.get_customize_info(unionid=None), "unionid", "required"),  # type: ignore[arg-type]
    ("unknown commission status", lambda wx: wx.order.search(commission_status=m.CommissionStatus("SETTLED_MAYBE")), "commission_status", "enum"),
]  # fmt: skip
_BLOCKED = {"pageSize 201", "page 0", "windows out of order", "limit 201 (normal orders)", "unknown commission status"}


@pytest.mark.parametrize(
    ("case", "call", "field", "rule"),
    [
        pytest.param(*case, marks=needs_orders) if case[0] in _BLOCKED else pytest.param(*case)
        for case in INVALID
    ],
    ids=[case[0] for case in INVALID],
)
async def test_limits_are_refused_before_sending(
    case: str, call: Callable[[WeChatUnionClient], Awaitable[Any]], field: str, rule: str
) -> None:
    async with promoter() as sb:
        with pytest.raises(RequestValidationError) as refused:
            await call(sb.wechat)
        assert (refused.value.field, refused.value.rule) == (field, rule), str(refused.value)
        assert field in str(refused.value)
        assert sum((await requests(sb)).values()) == 0  # nothing reached the sandbox, not even a token request
