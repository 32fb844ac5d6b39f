"""The promoter samples of the reference and of SKIT's unit tests (tests/fixtures/wechat_union/, see
tests/fixtures/wechat_union/SOURCES.md) decode into the typed models with their values:
yuan strings kept and read as fen, pending commissions None, stock and ratios as ints, open enums;
unknown fields survive in ``extra``; malformed money is refused naming its wire path."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, TypeVar

import orjson
import pytest

from promosdk import BadResponseError, WeChatUnionClient
from promosdk._enums import is_known_member
from promosdk._generated.wechat_union import models as m
from promosdk._serde import DecodeError, loads, structure, unstructure
from tests.loopback import LoopbackServer, json_answer, stable_token_handler

FIXTURES = Path(__file__).parent / "fixtures" / "wechat_union"
T = TypeVar("T")

#: Every promoter sample of issue 13 and the model it is an instance of.
SAMPLES: dict[str, type[Any]] = {
    "promotion_delete.request.json": m.PromotionDeleteRequest,
    "product_category.response.json": m.ProductCategoryResponse,
    "product_list.response.json": m.ProductListResponse,
    "product_select.response.json": m.ProductListResponse,
    "product_generate.request.json": m.ProductGenerateRequest,
    "product_generate.response.json": m.ProductGenerateResponse,
    "product_parse_tag.request.json": m.ParseTagRequest,
    "product_parse_tag.response.json": m.ParseTagResponse,
    "open_account_bind.request.json": m.OpenAccountBindRequest,
    "open_account_bind.response.json": m.ErrcodeResponse,
    "open_account_get.response.json": m.OpenAccountGetResponse,
    "open_account_add_customize_info.request.json": m.AddCustomizeInfoRequest,
    "open_account_delete_customize_info.request.json": m.DeleteCustomizeInfoRequest,
    "open_account_get_customize_info.response.json": m.GetCustomizeInfoResponse,
    "open_product_list.response.json": m.OpenProductListResponse,
    "open_product_generate.request.json": m.OpenProductGenerateRequest,
    "open_product_generate.response.json": m.OpenProductGenerateResponse,
    "order_info.request.json": m.OrderInfoRequest,
    "order_info.response.json": m.OrderInfoResponse,
    "order_search.response.json": m.OrderSearchResponse,
    "order_search_normal_order.response.json": m.NormalOrderSearchResponse,
}
#: The sample sends commissionStatusUpdateTime as a number where the spec types it a string
#: (x-wire-type: string), and statusUpdateTime null: re-encoding changes both.
NOT_ROUND_TRIPPED = {"order_search_normal_order.response.json"}


def sample(name: str, cls: type[T]) -> T:
    return loads((FIXTURES / name).read_bytes(), cls)


def wire(name: str) -> Any:
    return orjson.loads((FIXTURES / name).read_bytes())


def test_every_promoter_sample_is_listed_and_round_trips() -> None:
    older = {"apply_status", "apply_target", "plan_info", "promotion_add", "promotion_list", "promotion_upd"}
    on_disk = {p.name for p in FIXTURES.glob("*.json") if p.name.split(".")[0] not in older}
    assert on_disk == set(SAMPLES)
    for name, cls in SAMPLES.items():
        decoded = sample(name, cls)
        assert isinstance(decoded, cls)
        if name not in NOT_ROUND_TRIPPED:
            assert unstructure(decoded) == wire(name), name


def test_product_category() -> None:
    cats = sample("product_category.response.json", m.ProductCategoryResponse)
    assert cats.product_cats[0] == m.Category(cat_id="1234", name="家纺")
    assert [(c.cat_id, c.name) for c in cats.product_cats[1:]] == [("1235", "家具"), ("1236", "母婴")]
    assert cats.errcode == 0 and cats.errmsg is None


@pytest.mark.parametrize("name", ["product_list.response.json", "product_select.response.json"])
def test_product_list_and_select(name: str) -> None:
    page = sample(name, m.ProductListResponse)
    assert page.total == 100 and len(page.product_list) == 2
    first, second = page.product_list
    assert first.product_id == "7554942" and first.product.status == 5
    info = first.product.info
    assert info.title == "新增商品并保存case_UpProduct" and info.min_price == 2000 and info.total_stock_num == 0
    assert [c.cat_id for c in info.category] == ["1247", "1267", "1270"] and info.brand == ""
    assert info.head_img[0].endswith("&appid=wx678687fa5226e237")  # &amp; repaired
    assert first.product.skus == []
    league = first.league_ex_info
    assert league.has_commission is m.HasCommission.YES and league.commission_ratio == 8000
    assert league.commission_value == 1600
    assert first.shop_info.name == "猪腩肉小商店" and first.shop_info.app_id is None
    assert first.coupon_info is None
    if name == "product_list.response.json":
        assert info.express_info is not None and info.express_info.template_id == "37927"
    else:
        assert info.express_info is None
    assert second.product_id == "6565746" and second.product.info.total_stock_num == 39995
    assert second.product.info.brand is None and second.product.info.detail is not None
    assert second.product.info.detail.detail_img == []
    sku = second.product.skus[0]
    assert sku.sku_id == "11913889" and sku.status == 5
    assert sku.product_sku_info.stock_info.stock_num == 20000 and type(sku.product_sku_info.stock_info.stock_num) is int
    assert sku.product_sku_info.sale_price == 100 and sku.product_sku_info.sku_code == ""
    assert (second.league_ex_info.commission_ratio, second.league_ex_info.commission_value) == (3300, 33)
    assert second.shop_info.name == "沅沅小可爱"


def test_product_generate() -> None:
    request = sample("product_generate.request.json", m.ProductGenerateRequest)
    assert request.pid == "oUnIc49zinb1mtlfB5K-NfGJxxNE_341161518"
    assert request.product_list == [m.GenerateProductItem(product_id="14495788", app_id="wxb82530c28")]
    answer = sample("product_generate.response.json", m.ProductGenerateResponse)
    [material] = answer.materials  # the wire's "list"
    assert material.pid == "oUkIc71zinc2mtlfC7K-NfGJxxNE_328751529"
    product = material.product_info
    assert (product.product_id, product.title, product.sub_title) == ("14495674", "洗衣液", "")
    assert product.min_price == 12300 and product.shop_name == "猪腩肉小商店"
    share = material.share_info
    assert share is not None and share.app_id == "wxb825f130c284597f"
    assert share.promotion_url == "https://mmbizurl.cn/s/017btcGpB"
    assert share.path.startswith("plugin-private://wx34345ae5855f892d/")
    assert share.wxa_code is not None and share.wxa_code.startswith("data:image/jpeg;base64,")
    assert share.promotion_wording is not None and "开抢啦" in share.promotion_wording
    assert share.coupon_promotion_url is None


def test_product_parse_tag() -> None:
    request = sample("product_parse_tag.request.json", m.ParseTagRequest)
    assert len(request.tag_list) == 1 and request.tag_list[0].startswith("#小程序://")
    [tag] = sample("product_parse_tag.response.json", m.ParseTagResponse).tag_list
    assert tag.product_id == "523480" and tag.source is m.ProductSource.MINI_SHOP
    assert tag.product_appid == "wx645f5f855bf419" and tag.errcode is None


def test_open_account_samples() -> None:
    assert sample("open_account_bind.request.json", m.OpenAccountBindRequest).open_account == "APPID"
    assert sample("open_account_bind.response.json", m.ErrcodeResponse).errcode == 0
    assert sample("open_account_get.response.json", m.OpenAccountGetResponse).open_account == "APPID"
    added = sample("open_account_add_customize_info.request.json", m.AddCustomizeInfoRequest)
    assert (added.unionid, added.customize_info) == ("UNIONID", "customizeInfo")
    assert sample("open_account_delete_customize_info.request.json", m.DeleteCustomizeInfoRequest).unionid == "UNIONID"
    got = sample("open_account_get_customize_info.response.json", m.GetCustomizeInfoResponse)
    assert got.customize_info == "customizeInfo"


def test_open_product_list_and_generate() -> None:
    page = sample("open_product_list.response.json", m.OpenProductListResponse)
    assert page.total == 59
    item = page.product_list[0]
    assert item.product.product_id == "411668902"
    info = item.product.info
    assert info.min_price == 1 and info.total_stock_num == 100 and info.brand_id == "2100000000"
    assert info.path == "pages/productDetail/productDetail?productId=1625192914000"
    assert info.detail is not None and info.detail.detail_img == []  # the sample sends "detail": {}
    sku = item.product.skus[0]
    assert sku.sku_id == "350377364"
    assert sku.product_sku_info.stock_num == 100 and type(sku.product_sku_info.stock_num) is int  # from "100"
    assert item.shop_info.app_id == "wx539e0b4872f196d1" and item.shop_info.username == "gh_6e10896a3e3c"
    request = sample("open_product_generate.request.json", m.OpenProductGenerateRequest)
    assert request.product_list[0].product_id == "14495788" and request.get_short_url is None
    [material] = sample("open_product_generate.response.json", m.OpenProductGenerateResponse).materials
    assert material.pid == "oJtf15NzExNvQ8UnT9SNOWQpyOpw_466373468"
    assert material.product_info.product_id == "413063159" and material.product_info.total_stock_num == 100
    assert material.product_info.title is None  # getInfo was not set
    share = material.share_info
    assert share is not None and share.username == "gh_760d082de91f"
    assert share.promotion_url == "https://mmbizurl.cn/u/Kr1xRsV"
    assert share.promotion_tag is not None and share.promotion_tag.startswith("#小程序://测试商品精品商城/")
    assert share.code is None


def test_order_info() -> None:
    request = sample("order_info.request.json", m.OrderInfoRequest)
    assert request.order_id_list == ["1952315038682581", "1952881854014581"]
    [order] = sample("order_info.response.json", m.OrderInfoResponse).order_list
    assert order.order_id == "1952315038682581" and order.pay_time == 1612355317
    assert order.shop_name == "xxx小商店" and order.confirm_receipt_time is None
    [line] = order.product_list
    assert line.product_id == "4085505" and line.sku_id is None and line.estimated_commission is None
    assert line.price == "¥0.20" and line.price_fen == 20  # the raw wire string kept beside the fen
    assert line.ratio == 9000 and line.category_str == "11"
    assert line.commission_status is m.CommissionStatus.SETTLEMENT_CANCELED
    assert line.commission == "¥0" and line.commission_fen == 0
    assert line.promotion_info.promotion_source_pid == "oqt8u5E4_3XcsaMicK_E2gNyvBfM_1290469201"
    assert line.customize_info == "customizeInfo"


def test_order_search_amounts_per_spot_and_status() -> None:
    page = sample("order_search.response.json", m.OrderSearchResponse)
    assert page.total_num == 133 and page.page_size == 10 and len(page.order_list) == 10
    pay_times = [o.pay_time for o in page.order_list]
    assert pay_times == sorted(pay_times, reverse=True) and (pay_times[0], pay_times[-1]) == (1612355317, 1611576663)
    lines = [line for o in page.order_list for line in o.product_list]
    assert len(lines) == 10
    pending = lines[1]
    assert pending.commission == "-" and pending.commission_fen is None  # not known yet
    assert pending.commission_status is m.CommissionStatus.SETTLEMENT_PENDING
    assert (lines[2].price, lines[2].price_fen, lines[2].ratio) == ("¥1.00", 100, 500)
    assert (lines[7].price, lines[7].price_fen, lines[7].ratio) == ("¥9.90", 990, 200)
    statuses = [line.commission_status for line in lines]
    assert statuses.count(m.CommissionStatus.SETTLEMENT_PENDING) == 9
    assert statuses.count(m.CommissionStatus.SETTLEMENT_CANCELED) == 1
    assert all(is_known_member(s) for s in statuses)
    assert sum(line.price_fen or 0 for line in lines) == 1490
    cells: dict[tuple[str, str], list[int]] = {}
    for line in lines:
        spot = line.promotion_info.promotion_source_pid.rsplit("_", 1)[1]
        cells.setdefault((spot, line.commission_status.value), []).append(line.price_fen or 0)
    assert {key: (len(v), sum(v)) for key, v in cells.items()} == {
        ("1290469201", "SETTLEMENT_PENDING"): (6, 280),
        ("1290469201", "SETTLEMENT_CANCELED"): (1, 20),
        ("1497740816", "SETTLEMENT_PENDING"): (3, 1190),
    }
    assert [line.customize_info is not None for line in lines] == [True] + [False] * 9


def test_order_search_normal_order() -> None:
    page = sample("order_search_normal_order.response.json", m.NormalOrderSearchResponse)
    assert page.total == 1
    [order] = page.order_list
    info = order.order_info
    assert (info.order_id, info.out_order_id, info.transaction_id) == ("2010887254486876164", "1000010000100200", "893921061043139")
    assert (info.pay_time, info.create_time, info.order_price, info.freight, info.status) == (1629450566, 1629450491, 28, 0, 20)
    assert info.status_update_time is None and info.additional_remarks == ""
    assert info.shop_info is not None and info.shop_info.appid == "wx539e0b4872f1"
    assert info.path == "/pages/commercePlace/index"
    [line] = order.product_list
    assert (line.product_id, line.sku_id) == ("411622998", "350263118") and isinstance(line.head_img, str)
    assert (line.sale_price, line.real_price, line.product_cnt, line.ratio, line.commission_value) == (10, 9, 2, 9000, 14)
    assert line.commission_status is m.NormalOrderCommissionStatus.SHOP_WAIT_DEDUCTION
    assert line.commission_status_update_time == 1629450992
    assert line.promotion_info is not None and line.promotion_info.promotion_source_name == "这里"


def test_unknown_fields_and_unknown_enum_values_are_kept() -> None:
    body = wire("order_info.response.json")
    body["orderList"][0]["productList"][0]["brandNewField"] = {"x": [1, 2]}
    body["orderList"][0]["newOrderField"] = "kept"
    body["orderList"][0]["productList"][0]["commissionStatus"] = "SETTLEMENT_FROZEN"
    body["traceId"] = "t-1"
    decoded = structure(body, m.OrderInfoResponse)
    order = decoded.order_list[0]
    assert decoded.extra == {"traceId": "t-1"} and order.extra == {"newOrderField": "kept"}
    line = order.product_list[0]
    assert line.extra == {"brandNewField": {"x": [1, 2]}}
    assert line.commission_status.value == "SETTLEMENT_FROZEN" and not is_known_member(line.commission_status)
    assert unstructure(decoded) == body
    page = wire("product_list.response.json")
    page["productList"][1]["product"]["skus"][0]["productSkuInfo"]["stockInfo"]["lockedNum"] = 3
    sku = structure(page, m.ProductListResponse).product_list[1].product.skus[0]
    assert sku.product_sku_info.stock_info.extra == {"lockedNum": 3}


@pytest.mark.parametrize(
    "price", ["￥12.34", "¥-0.20", "-¥0.20", "12", "¥1", "¥1,000.00"],
    ids=["fullwidth-yuan", "negative", "sign-first", "bare", "whole-yuan", "grouped"],
)
def test_yuan_forms_read_as_fen(price: str) -> None:
    body = wire("order_info.response.json")
    body["orderList"][0]["productList"][0]["price"] = price
    line = structure(body, m.OrderInfoResponse).order_list[0].product_list[0]
    assert line.price == price and line.price_fen == {
        "￥12.34": 1234, "¥-0.20": -20, "-¥0.20": -20, "12": 1200, "¥1": 100, "¥1,000.00": 100_000
    }[price]  # fmt: skip


MALFORMED = [
    ("price", "¥0.2.0"), ("price", "abc"), ("price", 12), ("commission", "¥0.205"), ("commission", "¥1,00"),
    ("commission", "¥\uff11\uff12"), ("commission", "-¥-1"),
]  # fmt: skip


@pytest.mark.parametrize(("field", "value"), MALFORMED, ids=[f"{f}={v!r}" for f, v in MALFORMED])
def test_malformed_money_names_its_wire_path(field: str, value: object) -> None:
    body = copy.deepcopy(wire("order_search.response.json"))
    body["orderList"][3]["productList"][0][field] = value
    path = f"orderList[3].productList[0].{field}"
    with pytest.raises(DecodeError) as err:
        structure(body, m.OrderSearchResponse)
    assert err.value.problems[0][0] == path and path in str(err.value)


@pytest.mark.parametrize("value", ["¥0.2.0", "abc", 12], ids=["two-dots", "letters", "a-number"])
async def test_malformed_money_from_the_server_is_a_bad_response(value: object) -> None:
    body = wire("order_info.response.json")
    body["orderList"][0]["productList"][0]["price"] = value
    async with LoopbackServer() as server:
        server.route("/cgi-bin/stable_token", stable_token_handler(["loopback-token-0001"]))
        server.route("/union/promoter/order/info", json_answer(body))
        async with WeChatUnionClient("wxloopback00000001", "loopback-app-secret-0123456789", base_url=server.url, max_retries=0) as wx:
            with pytest.raises(BadResponseError) as err:
                await wx.order.info(order_id_list=["1952315038682581"])
    assert "orderList[0].productList[0].price" in str(err.value) and err.value.operation == "order.info"
    assert server.count("/union/promoter/order/info") == 1
