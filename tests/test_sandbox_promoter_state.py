"""The sandbox's promoter money flow (issue 13) tested on its state modules, in pure Python.

Catalogue paging and filters, share material bound to live spots, spot deletion, simulated
purchases, settlement by admin and by clock, order searches, open accounts and customize info.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from promosdk.sandbox import SandboxConfig, SandboxState
from promosdk.sandbox.errors import AdminError, WeChatError
from promosdk.sandbox.wechat.order_search import NormalOrderQuery, OrderQuery, search, search_normal
from promosdk.sandbox.wechat.orders import CANCELED, PENDING, SUCCESS, Order, yuan_string
from promosdk.sandbox.wechat.product_query import ProductQuery, page_json
from promosdk.sandbox.wechat.products import Product
from promosdk.sandbox.wechat.promoter_state import PromoterStates, promoter_states

APPID = "wxsandbox0000000001"
OTHER = "wxsandbox0000000002"
T0 = 1_800_000_000.0
BASE = "http://127.0.0.1:1"
DAY = 86400


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


def make_state(seed: int = 0) -> tuple[SandboxState, PromoterStates, list[str]]:
    config = SandboxConfig(apps={APPID: "s1", OTHER: "s2"}, fault_seed=seed, clock=Clock())
    state = SandboxState(config)
    pids = state.seed(spots={APPID: ["spot A", "spot B"], OTHER: ["other"]})["spots"]
    return state, promoter_states(state), [*pids[APPID], *pids[OTHER]]


def q(**params: str) -> ProductQuery:
    return ProductQuery.from_query(params)


def stocked(g: PromoterStates, *, open_component: bool = False) -> Product:
    return next(p for p in g.product.pool(open_component=open_component) if p.total_stock > 0)


def link_url(g: PromoterStates, pid: str, product: Product, info: str | None = None) -> str:
    item: dict[str, str] = {"productId": product.product_id, "appId": product.shop.app_id}
    if info is not None:
        item["customizeInfo"] = info
    if product.open_component:
        share = g.share.generate_open(APPID, pid, [item], base_url=BASE, get_short_url=True, get_info=False)
    else:
        share = g.share.generate(APPID, pid, [item], base_url=BASE)
    return str(share[0]["shareInfo"]["promotionUrl"])


def errcode(exc: pytest.ExceptionInfo[WeChatError]) -> int:
    return exc.value.errcode


# ---------------------------------------------------------------------------------------- catalogue


def test_catalogue_is_seeded_deterministically_and_pages_span_three_pages() -> None:
    _, g, _ = make_state()
    _, same, _ = make_state()
    _, other, _ = make_state(seed=7)
    pool = g.product.pool()
    assert len(pool) == 120 and len(g.product.pool(selected=True)) == 30
    assert len(g.product.pool(open_component=True)) == 15
    assert [p.to_json() for p in pool] == [p.to_json() for p in same.product.pool()]
    assert [p.shop.app_id for p in pool] != [p.shop.app_id for p in other.product.pool()]
    assert len(g.product.category_list()) == 6
    sizes: list[int] = []
    seen: set[str] = set()
    for offset in range(0, 200, 50):
        page = page_json(pool, q(**{"from": str(offset), "limit": "50"}))
        assert page["total"] == 120
        sizes.append(len(page["productList"]))
        seen.update(item["productId"] for item in page["productList"])
    assert sizes == [50, 50, 20, 0] and len(seen) == 120
    first = pool[0].to_json()
    assert first["product"]["skus"][0]["productSkuInfo"]["stockInfo"]["stockNum"] == 20000
    assert any(p.total_stock == 0 for p in pool)
    for p in pool:
        league = p.to_json()["leagueExInfo"]
        assert league["commissionValue"] == p.min_price * league["commissionRatio"] // 10000
        assert p.min_price == min(s.sale_price for s in p.skus)


def test_product_filters() -> None:
    _, g, _ = make_state()
    pool = g.product.pool()
    top = g.product.categories[0].cat_id

    def ids(**params: str) -> set[str]:
        return {i["productId"] for i in page_json(pool, q(limit="50", **params))["productList"]}

    in_top = {p.product_id for p in pool if p.categories[0].cat_id == top}
    assert in_top and len(ids(categoryId=top)) == min(len(in_top), 50)
    other_top = g.product.categories[1].cat_id
    assert ids(categoryId=top, category=other_top) == ids(categoryId=top)  # categoryId wins
    assert not ids(noCategory=top) & in_top
    assert all(g.product.products[i].coupon is not None for i in ids(hasCoupon="1"))
    shop = g.product.shops[0].app_id
    assert all(g.product.products[i].shop.app_id == shop for i in ids(shopAppIds=shop))
    assert all(g.product.products[i].commission_ratio >= 5000 for i in ids(minCommissionRatio="5000"))
    same_city = ids(shippingMethods='{"express":0,"sameCity":1,"pickup":0}')
    assert same_city and all(g.product.products[i].shop.shipping["sameCity"] for i in same_city)
    shenzhen = ids(addressList='[{"addressInfo":{"provinceName":"广东省","cityName":"深圳市"}}]')
    assert shenzhen and all(g.product.products[i].shop is g.product.shops[0] for i in shenzhen)
    assert ids(productId=f"{pool[3].product_id},{pool[5].product_id}") == {
        pool[3].product_id,
        pool[5].product_id,
    }
    for bad in (
        {"limit": "51"},
        {"limit": "0"},
        {"shippingMethods": "{nope"},
        {"minCommissionRatio": "10001"},
    ):
        with pytest.raises(WeChatError) as exc:
            ProductQuery.from_query(bad)
        assert errcode(exc) == 40097


# ---------------------------------------------------------------------------------------- share


def test_generate_binds_material_to_a_live_spot_of_the_caller() -> None:
    _, g, (pid_a, _pid_b, pid_other) = make_state()
    product = stocked(g)
    item = {"productId": product.product_id, "appId": product.shop.app_id, "customizeInfo": "x" * 80}
    material = g.share.generate(APPID, pid_a, [item], base_url=BASE)[0]
    assert material["pid"] == pid_a and material["productInfo"]["productId"] == product.product_id
    share = material["shareInfo"]
    assert share["promotionUrl"].startswith(f"{BASE}/_sandbox/s/")
    assert (
        share["path"].startswith("plugin-private://") and f"productId={product.product_id}" in share["path"]
    )
    assert g.share.generate(APPID, pid_a, [item], base_url=BASE)[0] == material  # deterministic
    refused = [
        (APPID, "no-such-pid", [item]),
        (APPID, pid_other, [item]),  # another promoter's spot
        (APPID, pid_a, []),
        (APPID, pid_a, [{**item, "appId": "wxwrong"}]),
        (APPID, pid_a, [{**item, "customizeInfo": "x" * 81}]),
        (APPID, pid_a, [{**item, "productId": stocked(g, open_component=True).product_id}]),
    ]
    for appid, pid, items in refused:
        with pytest.raises(WeChatError) as exc:
            g.share.generate(appid, pid, items, base_url=BASE)
        assert errcode(exc) == 40097


def test_a_deleted_spot_cannot_be_used_again() -> None:
    state, g, (pid_a, pid_b, _) = make_state()
    product = stocked(g)
    url = link_url(g, pid_a, product)
    with pytest.raises(WeChatError) as exc:
        g.spot_deletions.delete(APPID, pid_a, "wrong name", T0)
    assert errcode(exc) == 40097
    g.spot_deletions.delete(APPID, pid_a, "spot A", T0)
    assert [s.pid for s in state.spots(APPID)] == [pid_b]
    with pytest.raises(WeChatError) as exc:
        g.spot_deletions.delete(APPID, pid_a, "spot A", T0)  # a second delete: gone
    assert errcode(exc) == 40097
    item = {"productId": product.product_id, "appId": product.shop.app_id}
    with pytest.raises(WeChatError) as exc:
        g.share.generate(APPID, pid_a, [item], base_url=BASE)
    assert errcode(exc) == 40097
    with pytest.raises(AdminError) as admin_exc:
        g.order.purchase(promotion_url=url)
    assert admin_exc.value.status == 409
    reborn = state.promotion.add(APPID, "spot A")  # the name is free again, under a new PID
    assert reborn.pid != pid_a


def test_parse_tag_resolves_generated_tags() -> None:
    _, g, (pid_a, _, _) = make_state()
    product = stocked(g)
    item = {"productId": product.product_id, "appId": product.shop.app_id}
    tag = g.share.generate(APPID, pid_a, [item], base_url=BASE)[0]["shareInfo"]["promotionTag"]
    parsed = g.share.parse_tags(APPID, [tag, "#小程序://nope/x/y"])
    assert parsed[0] == {"productId": product.product_id, "source": 1, "productAppid": product.shop.app_id}
    assert parsed[1]["errcode"] == 37027
    with pytest.raises(WeChatError) as exc:
        g.share.parse_tags(APPID, ["#小程序://nope/x/y"])
    assert errcode(exc) == 37027
    with pytest.raises(WeChatError) as exc:
        g.share.parse_tags(APPID, [tag] * 11)
    assert errcode(exc) == 40097
    g.share.tag_quota = 5  # 3 tags parsed so far today
    assert len(g.share.parse_tags(APPID, [tag, tag])) == 2
    with pytest.raises(WeChatError) as exc:
        g.share.parse_tags(APPID, [tag])
    assert errcode(exc) == 201001
    assert g.share.parse_tags(OTHER, [tag])[0]["productId"] == product.product_id  # a quota per promoter


# ---------------------------------------------------------------------------------------- orders


def test_yuan_strings() -> None:
    assert [yuan_string(f) for f in (20, 0, 100, 990, 1234, -20)] == [
        "¥0.20", "¥0", "¥1.00", "¥9.90", "¥12.34", "¥-0.20",
    ]  # fmt: skip


def test_purchase_makes_a_pending_order_attributed_to_the_spot() -> None:
    _, g, (pid_a, _, _) = make_state()
    g.open_account.bind(APPID, "wxopen")
    g.open_account.add_customize_info(APPID, "union-1", "user-7")
    product = stocked(g)
    sku = next(s for s in product.skus if s.stock >= 2)
    stock_before, sold_before = sku.stock, product.sold
    url = link_url(g, pid_a, product, info="campaign-42")
    order = g.order.purchase(
        promotion_url=url, sku_id=sku.sku_id, quantity=2, unionid="union-1", nickname="Li"
    )
    assert len(order.order_id) == 16 and order.status == PENDING
    assert sku.stock == stock_before - 2 and product.sold == sold_before + 2
    wire = g.order.info(APPID, [order.order_id])[0]
    line = wire["productList"][0]
    price = sku.sale_price * 2
    assert line["price"] == yuan_string(price) and line["commission"] == "-"
    assert line["estimatedCommission"] == price * product.commission_ratio // 10000
    assert line["ratio"] == product.commission_ratio and line["commissionStatus"] == "SETTLEMENT_PENDING"
    assert line["promotionInfo"] == {"promotionSourcePid": pid_a, "promotionSourceName": "spot A"}
    assert line["customizeInfo"] == wire["customizeInfo"] == "campaign-42"
    assert wire["customUserId"] == "user-7" and wire["userNickName"] == "Li" and wire["payTime"] == int(T0)
    assert wire["confirmReceiptTime"] == 0 and "profitShardingSucTime" not in line
    direct = g.order.purchase(pid=pid_a, product_id=product.product_id, customize_info="direct")
    assert direct.customize_info == "direct" and direct.pid == pid_a
    for bad, status in (({"promotion_url": f"{BASE}/_sandbox/s/unknown"}, 404), ({}, 400)):
        with pytest.raises(AdminError) as exc:
            g.order.purchase(**bad)  # type: ignore[arg-type]
        assert exc.value.status == status
    empty = next(p for p in g.product.pool() if p.total_stock == 0)
    with pytest.raises(AdminError) as exc:
        g.order.purchase(pid=pid_a, product_id=empty.product_id)
    assert exc.value.status == 409


def test_settlement_by_clock_and_by_admin() -> None:
    state, g, (pid_a, _, _) = make_state()
    clock = state.config.clock
    assert isinstance(clock, Clock)
    product = next(p for p in g.product.pool() if p.total_stock > 3 and p.commission_ratio)
    url = link_url(g, pid_a, product)
    by_clock, by_admin, canceled = (g.order.purchase(promotion_url=url) for _ in range(3))
    g.order.settle(by_admin.order_id)
    g.order.cancel(canceled.order_id)
    for done in (by_admin, canceled):
        with pytest.raises(AdminError) as exc:
            g.order.settle(done.order_id)
        assert exc.value.status == 409
    clock.now = T0 + 10 * DAY - 1  # confirmed after 3 days, not yet settled (7 more)
    line = g.order.info(APPID, [by_clock.order_id])[0]
    assert line["confirmReceiptTime"] == int(T0) + 3 * DAY and line["productList"][0]["commission"] == "-"
    clock.now = T0 + 30 * DAY
    wire = {
        o["orderId"]: o
        for o in g.order.info(APPID, [by_clock.order_id, by_admin.order_id, canceled.order_id])
    }
    settled = wire[by_clock.order_id]["productList"][0]
    assert settled["commissionStatus"] == SUCCESS
    assert settled["commission"] == yuan_string(by_clock.estimated_commission) != "-"
    assert (
        settled["profitShardingSucTime"] == settled["commissionStatusUpdateTime"] == str(int(T0) + 10 * DAY)
    )
    assert wire[by_admin.order_id]["productList"][0]["profitShardingSucTime"] == str(int(T0))
    assert wire[canceled.order_id]["productList"][0]["commission"] == "¥0"
    assert wire[canceled.order_id]["productList"][0]["commissionStatus"] == CANCELED
    g.order.timings.settle_after = None  # only the admin settles now
    later = g.order.purchase(promotion_url=url)
    clock.now += 365 * DAY
    assert g.order.info(APPID, [later.order_id])[0]["productList"][0]["commissionStatus"] == PENDING


def many_orders(state: SandboxState, g: PromoterStates, pid: str, n: int) -> list[Order]:
    clock = state.config.clock
    assert isinstance(clock, Clock)
    product = next(p for p in g.product.pool() if p.total_stock > n)
    url = link_url(g, pid, product)
    orders = []
    for i in range(n):
        clock.now = T0 + i * 60 - (i % 3) * 30  # pay times not in purchase order
        orders.append(g.order.purchase(promotion_url=url))
    g.order.timings.confirm_after = None
    return orders


def walk(g: PromoterStates, **params: str) -> tuple[list[str], int, int]:
    """Every page of order/search until an empty page: ids, totalNum, pages fetched."""
    ids: list[str] = []
    for page in range(1, 1000):
        answer = search(g.order, APPID, OrderQuery.from_query({**params, "page": str(page)}))
        if not answer["orderList"]:
            return ids, answer["totalNum"], page
        ids += [o["orderId"] for o in answer["orderList"]]
    raise AssertionError("order/search never ran out of pages")


def test_order_search_pages_filters_and_never_loops() -> None:
    state, g, (pid_a, _, pid_other) = make_state()
    orders = many_orders(state, g, pid_a, 25)
    g.order.purchase(pid=pid_other, product_id=orders[0].product.product_id)  # another promoter's
    ids, total, pages = walk(g, pageSize="10")
    assert total == 25 and len(ids) == 25 == len(set(ids)) and pages == 4
    assert ids == [o.order_id for o in sorted(orders, key=lambda o: (o.pay_time, o.order_id), reverse=True)]
    assert search(g.order, APPID, OrderQuery.from_query({}))["pageSize"] == 10
    start, end = int(T0) + 300, int(T0) + 900
    window, total, _ = walk(g, startTimestamp=str(start), endTimestamp=str(end))
    assert set(window) == {o.order_id for o in orders if start <= o.pay_time <= end} and total == len(window)
    state.advance_clock(60)  # after every purchase
    g.order.settle(orders[4].order_id)
    g.order.cancel(orders[7].order_id)
    assert walk(g, commissionStatus="SETTLEMENT_SUCCESS")[0] == [orders[4].order_id]
    assert walk(g, commissionStatus="SETTLEMENT_CANCELED")[0] == [orders[7].order_id]
    assert len(walk(g, commissionStatus="SETTLEMENT_PENDING")[0]) == 23
    updated = walk(g, sortByCommissionUpdateTime="1", startCommissionUpdateTime=str(int(state.now())))[0]
    assert set(updated) == {orders[4].order_id, orders[7].order_id}
    for bad in (
        {"pageSize": "201"},
        {"page": "0"},
        {"commissionStatus": "NOPE"},
        {"startTimestamp": "9", "endTimestamp": "1"},
    ):
        with pytest.raises(WeChatError) as exc:
            OrderQuery.from_query(bad)
        assert errcode(exc) == 40097


def test_order_info_by_ids() -> None:
    state, g, (pid_a, _, pid_other) = make_state()
    orders = many_orders(state, g, pid_a, 3)
    foreign = g.order.purchase(pid=pid_other, product_id=orders[0].product.product_id)
    wanted = [orders[2].order_id, "0000000000000000", orders[0].order_id, foreign.order_id]
    assert [o["orderId"] for o in g.order.info(APPID, wanted)] == [orders[2].order_id, orders[0].order_id]
    for bad in ([], ["1"] * 201, [1], "1", [""]):
        with pytest.raises(WeChatError) as exc:
            g.order.info(APPID, bad)
        assert errcode(exc) == 40097


def test_custom_component_purchases_are_normal_orders() -> None:
    _, g, (pid_a, _, _) = make_state()
    product = stocked(g, open_component=True)
    order = g.order.purchase(promotion_url=link_url(g, pid_a, product), quantity=1)
    assert order.normal and len(order.order_id) == 19
    assert g.order.info(APPID, [order.order_id]) == []
    page = search_normal(g.order, APPID, NormalOrderQuery.from_query({"offset": "0", "limit": "10"}))
    assert page["total"] == 1
    line = page["orderList"][0]["productList"][0]
    assert (
        line["commissionStatus"] == "COMMISSION_SHOP_WAIT_DEDUCTION"
        and line["promotionInfo"]["promotionSourcePid"] == pid_a
    )
    g.order.settle(order.order_id)

    def total(**params: str) -> int:
        return int(search_normal(g.order, APPID, NormalOrderQuery.from_query(params))["total"])

    assert total(commissionStatus="COMMISSION_SHOP_FINISH_DEDUCTION") == 1
    assert total(commissionStatus="COMMISSION_SHOP_WAIT_DEDUCTION,COMMISSION_PAY_CANCEL") == 0
    assert total(outOrderIdList=f"x,{order.out_order_id}") == 1 and total(tradeNo="nope") == 0
    assert total(offset="1") == 1  # total counts every match; the page is empty
    with pytest.raises(WeChatError):
        NormalOrderQuery.from_query({"limit": "201"})


# ---------------------------------------------------------------------------------------- open accounts


def test_open_account_bind_is_idempotent_and_changes_are_limited() -> None:
    state, g, _ = make_state()
    accounts = g.open_account
    assert accounts.get(APPID) is None
    assert accounts.bind(APPID, "wxA") is True
    assert accounts.bind(APPID, "wxA") is False  # already bound to the same: success, no change spent
    assert accounts.bind(APPID, "wxB") and accounts.bind(APPID, "wxA")  # two changes a year
    with pytest.raises(WeChatError) as exc:
        accounts.bind(APPID, "wxB")
    assert errcode(exc) == 25508 and accounts.get(APPID) == "wxA"
    clock = state.config.clock
    assert isinstance(clock, Clock)
    clock.now += 366 * DAY
    assert accounts.bind(APPID, "wxB") is True
    accounts.other_subject_accounts.add("wxForeign")
    for bad, code in (("", 200002), ("  ", 200002), (None, 200002), ("wxForeign", 25504)):
        with pytest.raises(WeChatError) as exc:
            accounts.bind(OTHER, bad)
        assert errcode(exc) == code
    assert accounts.get(OTHER) is None


def test_customize_info() -> None:
    _, g, _ = make_state()
    accounts = g.open_account
    with pytest.raises(WeChatError) as exc:
        accounts.add_customize_info(APPID, "u1", "info")
    assert errcode(exc) == 25505  # no open account bound
    accounts.bind(APPID, "wxA")
    assert accounts.get_customize_info(APPID, "u1") is None
    accounts.add_customize_info(APPID, "u1", "x" * 80)
    accounts.add_customize_info(APPID, "u1", "replaced")
    assert accounts.get_customize_info(APPID, "u1") == "replaced"
    calls: list[Mapping[str, object]] = [
        {"unionid": "u1", "info": "x" * 81},
        {"unionid": "", "info": "a"},
        {"unionid": "u1", "info": ""},
    ]
    for call in calls:
        with pytest.raises(WeChatError) as exc:
            accounts.add_customize_info(APPID, call["unionid"], call["info"])
        assert errcode(exc) == 200002
    accounts.customize_info_cap = 1
    with pytest.raises(WeChatError) as exc:
        accounts.add_customize_info(APPID, "u2", "info")
    assert errcode(exc) == 25509
    accounts.delete_customize_info(APPID, "u1")
    assert accounts.get_customize_info(APPID, "u1") is None
    with pytest.raises(WeChatError) as exc:
        accounts.delete_customize_info(APPID, "u1")
    assert errcode(exc) == 25510


def test_reset_rebuilds_the_promoter_groups() -> None:
    state, g, (pid_a, _, _) = make_state()
    g.order.purchase(pid=pid_a, product_id=stocked(g).product_id)
    state.reset()
    fresh = promoter_states(state)
    assert fresh is not g and fresh.order.orders == {} and promoter_states(state) is fresh
