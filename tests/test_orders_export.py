"""promosdk.orders and ``promosdk orders export``: purchases made through the sandbox's admin API
come out as rows with their fen amounts, spot and customizeInfo; pages, filters, both formats, the
summary, and resume after a fault (no duplicates, nothing lost)."""

from __future__ import annotations

import asyncio
import datetime as dt
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

from promosdk import HTTPStatusError
from promosdk._serde import structure
from promosdk.models import GenerateProductItem, OrderSearchResponse
from promosdk.orders import (
    COLUMNS,
    ExportStateError,
    OrdersExport,
    decode_rows,
    encode_rows,
    order_rows,
    parse_time,
    state_path,
)
from promosdk.orders.rows import encode_header
from promosdk.orders.summary import ExportSummary
from promosdk.sandbox import SandboxConfig
from promosdk.sandbox.faults import FaultInjector, FaultRule
from promosdk.sandbox.wechat.orders import Order
from promosdk.sandbox.wechat.products import Product
from promosdk.sandbox.wechat.promoter_state import promoter_states
from promosdk.signing import BEIJING
from promosdk.testing import SandboxHandle, sandbox

from .test_cli import run_cli, sandbox_env

FIXTURES = Path(__file__).parent / "fixtures" / "wechat_union"


NO_RETRIES: dict[str, Any] = {"max_retries": 0}
SINCE = "2020-01-01"
PENDING = "SETTLEMENT_PENDING"


# ---------------------------------------------------------------------------------------- helpers


@attrs.frozen
class Flow:
    """The purchases of :func:`money_flow`: order ids in purchase order, spots by name."""

    order_ids: tuple[str, ...]
    pids: dict[str, str]


def _products(sb: SandboxHandle) -> list[Product]:
    """Three catalogue products in stock with a commission, the first the fixture-like 7000000."""
    pool = promoter_states(sb.state).product.pool()
    chosen = [p for p in pool if p.total_stock > 100 and p.commission_ratio > 0][:3]
    assert chosen[0].product_id == "7000000"
    return chosen


async def money_flow(sb: SandboxHandle, purchases: int = 9) -> Flow:
    """Two spots, share links generated through the client, ``purchases`` purchases through the
    links (admin API), the first order settled, the second canceled."""
    wx = sb.wechat
    spot_a = await wx.promotion.add(promotion_source_name="channel A")
    spot_b = await wx.promotion.add(promotion_source_name="channel B")
    assert spot_a.pid and spot_b.pid
    products = _products(sb)
    links_a = await wx.product.generate(
        pid=spot_a.pid,
        product_list=[
            GenerateProductItem(product_id=p.product_id, app_id=p.shop.app_id, customize_info="camp-A")
            for p in products
        ],
    )
    links_b = await wx.product.generate(
        pid=spot_b.pid,
        product_list=[GenerateProductItem(product_id=products[0].product_id, app_id=products[0].shop.app_id)],
    )
    urls = [m.share_info.promotion_url for m in links_a.materials if m.share_info] + [
        m.share_info.promotion_url for m in links_b.materials if m.share_info
    ]
    assert len(urls) == 4
    ids = [
        await sb.admin.purchase(promotion_url=urls[i % 4], quantity=1 + i % 3, unionid=f"buyer-{i}")
        for i in range(purchases)
    ]
    await sb.admin.settle_order(ids[0])
    await sb.admin.cancel_order(ids[1])
    return Flow(order_ids=tuple(ids), pids={"channel A": spot_a.pid, "channel B": spot_b.pid})


def sandbox_orders(sb: SandboxHandle) -> dict[str, Order]:
    return dict(promoter_states(sb.state).order.orders)


def expected_row(order: Order) -> dict[str, Any]:
    """The row of a one-line sandbox order, from the sandbox's own record of the purchase."""
    commission = {"SETTLEMENT_PENDING": None, "SETTLEMENT_SUCCESS": order.estimated_commission}.get(
        order.status, 0
    )
    return {
        "order_id": order.order_id,
        "line": 1,
        "pay_time": order.pay_time,
        "commission_status": order.status,
        "promotion_pid": order.pid,
        "promotion_name": order.spot_name,
        "customize_info": order.customize_info,
        "product_id": order.product.product_id,
        "product_cnt": order.quantity,
        "price_fen": order.price_fen,
        "ratio": order.ratio,
        "commission_fen": commission,
        "estimated_commission_fen": order.estimated_commission,
    }


def read_rows(path: Path) -> list[dict[str, Any]]:
    return list(decode_rows(path.read_bytes(), "csv" if path.suffix == ".csv" else "jsonl"))


def seed_faulting_request(n: int, rule: FaultRule) -> int:
    """A fault seed with which ``rule`` (probability < 1, times=1) fires on the n-th request of its
    route and on no other: found with the sandbox's own injector, so no magic number."""
    for seed in range(10_000):
        injector = FaultInjector(seed)
        injector.configure([rule], seed)
        fired = [injector.pick(rule.route) is not None for _ in range(n + 5)]
        if fired == [i == n - 1 for i in range(n + 5)]:
            return seed
    raise AssertionError(f"no seed faults request {n}")


async def until_after_now(sb: SandboxHandle) -> str:
    """A window end past the sandbox clock's now (Unix seconds): every order made so far is in."""
    return str(int(await sb.admin.health()) + 60)


async def search_requests(sb: SandboxHandle) -> int:
    return int((await sb.admin.counters())["requests"].get("order.search", 0))


# ---------------------------------------------------------------------------------------- in-process units


def test_parse_time_accepts_dates_times_and_unix_seconds() -> None:
    day = int(dt.datetime(2026, 11, 1, tzinfo=BEIJING).timestamp())
    assert parse_time("2026-11-01") == day == parse_time("2026/11/01") == parse_time("20261101")
    assert parse_time("2026-11-01", end=True) == day + 86399  # a date ends at its last second
    assert parse_time("2026-11-01 08:30") == day + 8 * 3600 + 1800  # naive: Beijing time
    assert parse_time("2026-11-01T00:30:00Z") == day + 8 * 3600 + 1800
    assert parse_time("2026-11-01T08:30:00+08:00") == day + 8 * 3600 + 1800
    assert parse_time(str(day)) == day
    today = dt.datetime.now(BEIJING).date()
    assert parse_time("today") == int(dt.datetime.combine(today, dt.time(), BEIJING).timestamp())
    assert abs(parse_time("now") - time.time()) < 5
    for bad in ("yesterday", "2026-13-01", "11/01/2026", ""):
        with pytest.raises(ValueError, match="is not a time"):
            parse_time(bad)


def test_rows_of_the_vendor_sample_in_both_formats() -> None:
    """The reference's order/search page: ¥ strings to fen, "-" to None, spots and statuses."""
    page = structure(
        orjson.loads((FIXTURES / "order_search.response.json").read_bytes()), OrderSearchResponse
    )
    rows = [row for order in page.order_list for row in order_rows(order)]
    assert len(rows) == 10
    first, pending = rows[0], rows[1]
    assert (first["price"], first["price_fen"], first["commission"], first["commission_fen"]) == (
        "¥0.20", 20, "¥0", 0,
    )  # fmt: skip
    assert first["commission_status"] == "SETTLEMENT_CANCELED" and first["customize_info"] == "customizeInfo"
    assert first["promotion_pid"] == "oqt8u5E4_3XcsaMicK_E2gNyvBfM_1290469201"
    assert first["pay_time"] == 1612355317 and first["pay_time_beijing"] == "2021-02-03 20:28:37"
    assert (pending["commission"], pending["commission_fen"]) == ("-", None)
    assert (rows[2]["price"], rows[2]["price_fen"], rows[2]["ratio"]) == ("¥1.00", 100, 500)
    summary = ExportSummary()
    for row in rows:
        summary.add_row(row, written=True)
    cells = {
        (t.pid.rsplit("_", 1)[1], t.status): (t.lines, t.price_fen, t.commission_fen)
        for t in summary.spots.values()
    }
    assert cells == {
        ("1290469201", "SETTLEMENT_PENDING"): (6, 280, 0),
        ("1290469201", "SETTLEMENT_CANCELED"): (1, 20, 0),
        ("1497740816", "SETTLEMENT_PENDING"): (3, 1190, 0),
    }
    # Both formats read back as written (an empty CSV cell is None, like a JSON null).
    for fmt in ("csv", "jsonl"):
        assert list(decode_rows(encode_header(fmt) + encode_rows(rows, fmt), fmt)) == rows
    with pytest.raises(ValueError, match="header"):
        list(decode_rows(b"a,b\r\n1,2\r\n", "csv"))


# ---------------------------------------------------------------------------------------- against the sandbox


async def test_every_order_across_pages_in_csv_and_jsonl(tmp_path: Path) -> None:
    async with sandbox(plans=1) as sb:
        flow = await money_flow(sb, purchases=9)
        orders = sandbox_orders(sb)
        until = await until_after_now(sb)
        csv_summary = await OrdersExport(
            sb.wechat, tmp_path / "orders.csv", page_size=2, since=SINCE, until=until
        ).run()
        assert await search_requests(sb) == 5  # ceil(9 / 2): it stops on totalNum, no extra page
        jsonl_summary = await OrdersExport(
            sb.wechat, tmp_path / "orders.jsonl", page_size=200, since=SINCE, until=until
        ).run()
        assert await search_requests(sb) == 6  # one page of 200

    for path, summary in ((tmp_path / "orders.csv", csv_summary), (tmp_path / "orders.jsonl", jsonl_summary)):
        rows = read_rows(path)
        assert (
            summary.complete
            and summary.rows == summary.orders == len(rows) == 9
            and summary.total_orders == 9
        )
        assert Counter(r["order_id"] for r in rows) == Counter(flow.order_ids)  # each order once
        for row in rows:
            assert {k: row[k] for k in expected_row(orders[row["order_id"]])} == expected_row(
                orders[row["order_id"]]
            )
            assert row["price"] == f"¥{row['price_fen'] // 100}.{row['price_fen'] % 100:02d}"
        by_id = {r["order_id"]: r for r in rows}
        # Concrete amounts: 7000000's first SKU is 24.80 yuan at a 11 % commission (the seeded catalogue).
        settled, canceled = by_id[flow.order_ids[0]], by_id[flow.order_ids[1]]
        assert (settled["product_id"], settled["product_cnt"], settled["price"], settled["price_fen"]) == (
            "7000000", 1, "¥24.80", 2480,
        )  # fmt: skip
        assert (settled["ratio"], settled["estimated_commission_fen"]) == (1100, 272)
        assert (settled["commission_status"], settled["commission"], settled["commission_fen"]) == (
            "SETTLEMENT_SUCCESS", "¥2.72", 272,
        )  # fmt: skip
        assert (canceled["commission_status"], canceled["commission"], canceled["commission_fen"]) == (
            "SETTLEMENT_CANCELED", "¥0", 0,
        )  # fmt: skip
        pending = by_id[flow.order_ids[2]]
        assert (pending["commission"], pending["commission_fen"]) == ("-", None)
        assert settled["customize_info"] == "camp-A" and settled["promotion_name"] == "channel A"
        spot_b_rows = [r for r in rows if r["promotion_pid"] == flow.pids["channel B"]]
        assert len(spot_b_rows) == 2 and all(
            r["customize_info"] is None for r in spot_b_rows
        )  # no customizeInfo
        # The summary: per spot and status, the sums of the sandbox's own figures.
        expected: dict[tuple[str, str], tuple[int, int, int]] = {}
        for order in orders.values():
            lines, paid, estimated = expected.get((order.pid, order.status), (0, 0, 0))
            expected[(order.pid, order.status)] = (
                lines + 1,
                paid + order.price_fen,
                estimated + order.estimated_commission,
            )
        assert {
            key: (t.lines, t.price_fen, t.estimated_commission_fen) for key, t in summary.spots.items()
        } == expected
        totals = summary.to_json()["totals"]
        assert totals["commission_fen"] == 272 and totals["price_fen"] == sum(
            o.price_fen for o in orders.values()
        )
    # JSON lines keep numbers as numbers and absent values as null.
    line = orjson.loads((tmp_path / "orders.jsonl").read_bytes().splitlines()[0])
    assert list(line) == list(COLUMNS) and isinstance(line["price_fen"], int)
    assert (tmp_path / "orders.csv").read_bytes().startswith(b"order_id,line,pay_time,")


async def test_status_and_pay_time_filters(tmp_path: Path) -> None:
    async with sandbox(plans=1) as sb:
        await sb.admin.set_order_timings(confirm_after=None)  # only the admin settles
        early = await money_flow(sb, purchases=4)
        await sb.admin.advance_clock(3 * 86400)
        cut = int(await sb.admin.health())
        await sb.admin.advance_clock(86400)
        products = _products(sb)
        late = [
            await sb.admin.purchase(pid=early.pids["channel B"], product_id=products[1].product_id),
            await sb.admin.purchase(pid=early.pids["channel B"], product_id=products[2].product_id),
        ]
        end = int(await sb.admin.health()) + 60
        settled = await OrdersExport(
            sb.wechat,
            tmp_path / "settled.jsonl",
            since="2020-01-01",
            until=str(end),
            status="SETTLEMENT_SUCCESS",
        ).run()
        after_cut = await OrdersExport(sb.wechat, tmp_path / "late.csv", since=str(cut), until=str(end)).run()
        before_cut = await OrdersExport(
            sb.wechat, tmp_path / "early.csv", since="2020-01-01", until=str(cut)
        ).run()
    assert [r["order_id"] for r in read_rows(tmp_path / "settled.jsonl")] == [early.order_ids[0]]
    assert settled.status_filter == "SETTLEMENT_SUCCESS" and settled.total_orders == 1
    assert sorted(r["order_id"] for r in read_rows(tmp_path / "late.csv")) == sorted(late)
    assert all(r["customize_info"] is None for r in read_rows(tmp_path / "late.csv"))  # bought without a link
    assert sorted(r["order_id"] for r in read_rows(tmp_path / "early.csv")) == sorted(early.order_ids)
    assert (after_cut.rows, before_cut.rows) == (2, 4)


async def test_a_fault_on_page_3_then_a_rerun_completes_without_duplicates(tmp_path: Path) -> None:
    rule = FaultRule(kind="http_503", route="order.search", probability=0.5, times=1)
    output = tmp_path / "orders.csv"
    async with sandbox(plans=1, wechat_options=NO_RETRIES) as sb:
        flow = await money_flow(sb, purchases=9)
        await sb.admin.set_faults([rule], seed=seed_faulting_request(3, rule))
        until = await until_after_now(sb)
        first = OrdersExport(sb.wechat, output, page_size=2, since=SINCE, until=until)
        with pytest.raises(HTTPStatusError):
            await first.run()
        assert first.summary.aborted is not None and first.summary.aborted["code"] == 503
        assert not first.summary.complete and first.summary.rows == 4  # pages 1 and 2, whole
        assert len(read_rows(output)) == 4
        saved = orjson.loads(state_path(output).read_bytes())
        assert (saved["next_page"], saved["complete"], saved["bytes"]) == (3, False, output.stat().st_size)
        assert await search_requests(sb) == 3

        second = await OrdersExport(sb.wechat, output, page_size=2, since=SINCE, until=until).run()
        # Page 2 again (is the listing as it was?), then pages 3, 4 and 5.
        assert await search_requests(sb) == 3 + 4
        assert second.complete and second.resumed_rows == 4 and second.written_rows == 5
        assert (second.pages, second.catch_up_pages, second.duplicates_skipped) == (4, 0, 0)
        rows = read_rows(output)
        assert Counter(r["order_id"] for r in rows) == Counter(flow.order_ids)  # all 9, each once
        assert second.rows == 9 and sum(t.lines for t in second.spots.values()) == 9

        third = await OrdersExport(sb.wechat, output, page_size=2, since=SINCE, until=until).run()
        assert third.already_complete and third.rows == 9 and third.pages == 0
        assert await search_requests(sb) == 7  # a finished export asks for nothing


async def test_an_unfinished_page_is_cut_off_and_read_again(tmp_path: Path) -> None:
    rule = FaultRule(kind="http_502", route="order.search", probability=0.5, times=1)
    output = tmp_path / "orders.jsonl"
    async with sandbox(plans=1, wechat_options=NO_RETRIES) as sb:
        flow = await money_flow(sb, purchases=6)
        await sb.admin.set_faults([rule], seed=seed_faulting_request(2, rule))
        until = await until_after_now(sb)
        with pytest.raises(HTTPStatusError):
            await OrdersExport(sb.wechat, output, page_size=2, since=SINCE, until=until).run()
        kept = output.read_bytes()
        with output.open("ab") as f:  # a page written but its state not saved, cut mid-row
            f.write(kept + b'{"order_id": "1234", "line": 1, "pay_t')
        again = await OrdersExport(sb.wechat, output, page_size=2, since=SINCE, until=until).run()
    assert again.dropped_bytes > len(kept) and again.complete
    assert Counter(r["order_id"] for r in read_rows(output)) == Counter(flow.order_ids)


async def test_a_listing_that_moved_is_walked_again_from_page_1(tmp_path: Path) -> None:
    """Settling an order already written shifts a --status SETTLEMENT_PENDING listing: the resumed
    run sees its last page changed and walks from page 1, so the order that moved up is not lost."""
    rule = FaultRule(kind="http_503", route="order.search", probability=0.5, times=1)
    output = tmp_path / "pending.csv"
    async with sandbox(plans=1, wechat_options=NO_RETRIES) as sb:
        flow = await money_flow(sb, purchases=8)  # 6 pending after the settle and the cancel
        await sb.admin.set_faults([rule], seed=seed_faulting_request(2, rule))
        until = await until_after_now(sb)
        with pytest.raises(HTTPStatusError):
            await OrdersExport(sb.wechat, output, since=SINCE, until=until, page_size=2, status=PENDING).run()
        first_page = [r["order_id"] for r in read_rows(output)]
        assert len(first_page) == 2
        await sb.admin.settle_order(first_page[0])  # leaves the pending listing: the pages shift
        again = await OrdersExport(
            sb.wechat, output, since=SINCE, until=until, page_size=2, status=PENDING
        ).run()
    assert again.listing_moved and again.complete and again.short_by == 0
    pending = set(flow.order_ids[2:])
    written = [r["order_id"] for r in read_rows(output)]
    assert len(written) == len(set(written)) == 6 and set(written) == pending


async def test_other_exports_and_unknown_files_are_refused(tmp_path: Path) -> None:
    output = tmp_path / "orders.csv"
    async with sandbox(plans=1) as sb:
        await money_flow(sb, purchases=3)
        until = str(int(await sb.admin.health()) + 60)
        output.write_text("something else\n")
        with pytest.raises(ExportStateError, match="has no export state"):
            await OrdersExport(sb.wechat, output, since="2020-01-01", until=until).run()
        assert output.read_text() == "something else\n" and await search_requests(sb) == 0
        await OrdersExport(sb.wechat, output, since="2020-01-01", until=until, restart=True).run()
        assert len(read_rows(output)) == 3
        with pytest.raises(ExportStateError, match="holds another export"):
            await OrdersExport(sb.wechat, output, since="2021-01-01", until=until).run()
        with pytest.raises(ValueError, match="ends before it starts"):
            OrdersExport(sb.wechat, output, since="2026-02-01", until="2026-01-01")
        with pytest.raises(ValueError, match="cannot tell the format"):
            OrdersExport(sb.wechat, tmp_path / "orders.txt", since="2020-01-01", until=until)
    # A first page that fails leaves no file behind (nothing was exported).
    fresh = tmp_path / "never.csv"
    async with sandbox(plans=1, wechat_options=NO_RETRIES) as sb:
        await sb.admin.set_faults([{"route": "order.search", "kind": "http_503", "probability": 1.0}])
        with pytest.raises(HTTPStatusError):
            await OrdersExport(sb.wechat, fresh, since="2020-01-01", until="now").run()
    assert not fresh.exists() and not state_path(fresh).exists()


async def test_until_now_keeps_the_bound_the_export_started_with(tmp_path: Path) -> None:
    rule = FaultRule(kind="http_503", route="order.search", probability=0.5, times=1)
    output = tmp_path / "orders.csv"
    async with sandbox(plans=1, wechat_options=NO_RETRIES) as sb:
        flow = await money_flow(sb, purchases=5)
        await sb.admin.set_faults([rule], seed=seed_faulting_request(2, rule))
        with pytest.raises(HTTPStatusError):
            await OrdersExport(sb.wechat, output, since=SINCE, until="now", page_size=2).run()
        saved = orjson.loads(state_path(output).read_bytes())
        saved["until"] += 30  # as if the first run had started 30 s later than this one does
        state_path(output).write_bytes(orjson.dumps(saved))
        again = await OrdersExport(sb.wechat, output, since=SINCE, until="now", page_size=2).run()
        assert again.complete and again.resumed_rows == 2
        assert orjson.loads(state_path(output).read_bytes())["until"] == saved["until"]
        # A fixed bound is compared as given: another window is another export.
        with pytest.raises(ExportStateError, match="holds another export"):
            await OrdersExport(sb.wechat, output, since=SINCE, until=str(saved["until"] - 1)).run()
    assert Counter(r["order_id"] for r in read_rows(output)) == Counter(flow.order_ids)


# ---------------------------------------------------------------------------------------- the command


async def test_cli_export_stops_with_75_then_resumes_and_prints_the_summary(tmp_path: Path) -> None:
    rule = FaultRule(kind="http_503", route="order.search", probability=0.5, times=1)
    output = tmp_path / "orders.csv"
    async with sandbox(SandboxConfig(), plans=1) as sb:
        flow = await money_flow(sb, purchases=7)
        await sb.admin.set_faults([rule], seed=seed_faulting_request(2, rule))
        env = sandbox_env(sb.url)
        until = str(int(await sb.admin.health()) + 60)
        args = ["orders", "export", "--since", "2020-01-01", "--until", until, "-o", str(output),
                "--page-size", "3", "--max-retries", "0"]  # fmt: skip
        first = await run_cli(*args, env=env)
        assert first.code == 75, first.stderr
        last = first.stderr.strip().splitlines()[-1]
        assert last.startswith(
            "error: RetryLaterError: the export stopped on a transient failure (HTTPStatusError"
        )
        assert "3 rows in" in last and "run the same command again to resume" in last
        assert first.stdout == b""

        second = await run_cli(*args, "--json-summary", "-", env=env)
        assert second.code == 0, second.stderr
        summary = second.json()
        assert (summary["state"], summary["rows"], summary["resumed_rows"], summary["written_rows"]) == (
            "complete", 7, 3, 4,
        )  # fmt: skip
        assert summary["totals"]["commission_fen"] == 272
        assert Counter(r["order_id"] for r in read_rows(output)) == Counter(flow.order_ids)
        # The tables on stderr: commission per spot and status, with the spot's name and PID.
        assert "Commission per spot and status" in second.stderr
        assert "channel A" in second.stderr and flow.pids["channel A"] in second.stderr
        assert "¥2.72" in second.stderr and "SUCCESS" in second.stderr

        bad = await run_cli(
            "orders", "export", "--since", "soon", "--until", until, "-o", str(output), env=env
        )
        assert bad.code == 2 and "is not a time" in bad.stderr
        other = await run_cli(
            "orders", "export", "--since", "2021-01-01", "--until", until, "-o", str(output), env=env
        )
        assert other.code == 2 and other.stderr.strip().startswith("error: ExportStateError: ")
        assert "--restart" in other.stderr
        # First run: page 1 and the faulted page 2; second: page 1 again (the check), pages 2 and 3;
        # the refused runs: nothing.
        assert await search_requests(sb) == 2 + 3


async def _wait_for_pages(
    output: Path, pages: int, proc: asyncio.subprocess.Process, timeout: float = 60
) -> None:
    """Until the export's state says ``pages`` pages are written (polling the file, no fixed sleep)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        try:
            if orjson.loads(state_path(output).read_bytes())["next_page"] > pages:
                return
        except (FileNotFoundError, orjson.JSONDecodeError):
            pass
        assert proc.returncode is None, "the export ended too early"
        await asyncio.sleep(0.02)
    raise AssertionError(f"fewer than {pages} pages after {timeout} s")


async def test_cli_ctrl_c_keeps_whole_pages_and_the_same_command_resumes(tmp_path: Path) -> None:
    output = tmp_path / "orders.jsonl"
    async with sandbox(plans=1) as sb:
        flow = await money_flow(sb, purchases=12)
        # Slow pages, so that the export can be stopped in the middle.
        await sb.admin.set_faults(
            [{"route": "order.search", "kind": "latency", "probability": 1.0, "delay": 0.2}]
        )
        env = sandbox_env(sb.url)
        args = ["orders", "export", "--since", SINCE, "--until", await until_after_now(sb), "-o", str(output),
                "--page-size", "1"]  # fmt: skip
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "promosdk", *args, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        await _wait_for_pages(output, 3, proc)
        proc.send_signal(signal.SIGINT)
        _out, err = await asyncio.wait_for(proc.communicate(), 30)
        assert proc.returncode == 130, err.decode()
        last = err.decode().strip().splitlines()[-1]
        assert last.startswith("error: Interrupted: ") and "run the same command again to resume" in last
        kept = [r["order_id"] for r in read_rows(output)]
        assert 3 <= len(kept) < 12 and len(set(kept)) == len(kept)
        assert "Commission per spot and status" in err.decode()  # what the file holds so far

        await sb.admin.clear_faults()
        done = await run_cli(*args, env=env)
        assert done.code == 0, done.stderr
    assert Counter(r["order_id"] for r in read_rows(output)) == Counter(flow.order_ids)
