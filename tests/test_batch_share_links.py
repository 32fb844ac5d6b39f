"""The batch's optional share-links step (``--share-links SPOT``): agreed plans get share links of
their products under the spot in their result line; off by default; resumable; and a purchase
through such a link shows up in ``orders export`` with the spot and the plan's customizeInfo."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

from promosdk.batch import BatchInputError, BatchOptions, BatchRun, PlanInput, SpotSpec
from promosdk.orders import OrdersExport, decode_rows
from promosdk.sandbox import PlanSeed, SandboxConfig
from promosdk.sandbox.plans import build_products
from promosdk.sandbox.wechat.products import Product
from promosdk.sandbox.wechat.promoter_state import promoter_states
from promosdk.testing import SandboxHandle, sandbox

from .test_cli import run_cli, sandbox_env

DAY = 86400
SPOT = "channel A"
CONFIG = SandboxConfig(review_delay=0.0)
FAST: dict[str, Any] = {"poll_interval": 0.02, "poll_deadline": 10, "preflight": False}


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def catalogue_plan(plan_id: str, products: Sequence[Product], *, review: str = "agree") -> PlanSeed:
    """A targeted plan of one catalogue shop whose products are catalogue products (the products a
    default sandbox plan lists are not in the catalogue, so product.generate refuses them)."""
    now = int(time.time())
    base = PlanSeed(
        plan_id=plan_id,
        invitation_url=f"https://invite.test/share-{plan_id}",
        shop_appid=products[0].shop.app_id,
        product_count=len(products),
        start_time=now - DAY,
        end_time=now + 30 * DAY,
        review_outcome="agree" if review == "agree" else "reject",
    )
    raw = build_products(base)
    for item, product in zip(raw, products, strict=True):
        item["productId"] = product.product_id
    return attrs.evolve(base, products=tuple(raw))


def shop_products(sb: SandboxHandle, shop: int, n: int) -> list[Product]:
    catalogue = promoter_states(sb.state).product
    found = [p for p in catalogue.pool() if p.shop is catalogue.shops[shop] and p.total_stock > 50]
    return found[:n]


async def seed_plans(sb: SandboxHandle) -> dict[str, PlanSeed]:
    """Two agreed plans (2 products of shop 0, 1 of shop 1) and a rejected one."""
    plans = {
        "agreed-2": catalogue_plan("81001", shop_products(sb, 0, 2)),
        "agreed-1": catalogue_plan("81002", shop_products(sb, 1, 1)),
        "rejected": catalogue_plan("81003", shop_products(sb, 2, 1), review="reject"),
    }
    await sb.admin.seed(plans=list(plans.values()))
    return plans


def inputs(plans: dict[str, PlanSeed]) -> list[PlanInput]:
    return [PlanInput(p.invitation_url) for p in plans.values()]


async def spot_pid(sb: SandboxHandle, name: str) -> str:
    spots = (await sb.wechat.promotion.list(start=0, limit=100)).promotion_source_list
    return next(s.promotion_source_pid for s in spots if s.promotion_source_name == name)


async def test_agreed_plans_get_share_links_of_their_products(tmp_path: Path) -> None:
    output = tmp_path / "results.jsonl"
    async with sandbox(CONFIG, plans=[]) as sb:
        plans = await seed_plans(sb)
        options = BatchOptions(share_spot=SPOT, share_customize_info="plan-{plan_id}", **FAST)
        run = BatchRun(sb.wechat, sb.waiqin, inputs(plans), output, spots=[SpotSpec(SPOT)], options=options)
        summary = await run.run()
        pid = await spot_pid(sb, SPOT)
        links = promoter_states(sb.state).share.links
    assert summary.complete and summary.ok == 3 and summary.share_pid == pid and summary.share_links == 3
    assert summary.stats.endpoints["product.generate"].calls == 2  # one per agreed plan
    by_plan = {line["plan_id"]: line for line in read_lines(output)}
    assert "share_links" not in by_plan["81003"] and by_plan["81003"]["status"] == "rejected"
    for key in ("agreed-2", "agreed-1"):
        plan = plans[key]
        line = by_plan[plan.plan_id]
        assert (line["status"], line["step"], line["ok"]) == ("agreed", "done", True)
        wanted = [p["productId"] for p in plan.products or ()]
        assert [link["product_id"] for link in line["share_links"]] == wanted
        for link in line["share_links"]:
            assert link["pid"] == pid and link["app_id"] == plan.shop_appid  # the plan's shop
            assert link["customize_info"] == f"plan-{plan.plan_id}"
            assert link["promotion_url"].startswith(f"{sb.url}/_sandbox/s/")
            assert link["path"].startswith("plugin-private://") and link["title"]
            # The sandbox made exactly this link, bound to the spot, for this product.
            made = links[link["promotion_url"].rsplit("/", 1)[1]]
            assert (made.pid, made.product_id, made.customize_info) == (
                pid,
                link["product_id"],
                link["customize_info"],
            )


async def test_off_by_default_and_a_rerun_with_it_adds_links_to_old_lines(tmp_path: Path) -> None:
    output = tmp_path / "results.jsonl"
    async with sandbox(CONFIG, plans=[]) as sb:
        plans = await seed_plans(sb)
        plain = await BatchRun(
            sb.wechat, sb.waiqin, inputs(plans), output, spots=[SpotSpec(SPOT)], options=BatchOptions(**FAST)
        ).run()
        assert (
            plain.ok == 3 and plain.stats.endpoints["product.generate"].calls == 0 and plain.share_pid is None
        )
        assert all("share_links" not in line for line in read_lines(output))

        options = BatchOptions(share_spot=SPOT, **FAST)
        again = await BatchRun(sb.wechat, sb.waiqin, inputs(plans), output, options=options).run()
        # The two agreed lines are done again (now with links); the rejected one is kept.
        assert (again.retried, again.skipped, again.processed, again.share_links) == (2, 1, 2, 3)
        lines = read_lines(output)
        assert len(lines) == 3 and len({line["url"] for line in lines}) == 3
        assert sorted(len(line.get("share_links", [])) for line in lines) == [0, 1, 2]
        assert all(link["customize_info"] is None for line in lines for link in line.get("share_links", []))
        effects = (await sb.admin.counters())["effects"]
        assert max(effects["apply_target"].values()) == 1  # nothing was written twice
        assert max(effects["campaign_insert"].values()) == 1

        third = await BatchRun(sb.wechat, sb.waiqin, inputs(plans), output, options=options).run()
        assert third.skipped == 3 and third.total_calls == 0


async def test_a_transient_generate_failure_is_retried_by_the_next_run(tmp_path: Path) -> None:
    output = tmp_path / "results.jsonl"
    async with sandbox(CONFIG, plans=[]) as sb:
        plans = await seed_plans(sb)
        await sb.admin.set_faults([{"route": "product.generate", "kind": "http_503", "probability": 1.0}])
        options = BatchOptions(share_spot=SPOT, step_retries=0, **FAST)
        first = await BatchRun(
            sb.wechat, sb.waiqin, inputs(plans), output, spots=[SpotSpec(SPOT)], options=options
        ).run()
        failed = [line for line in read_lines(output) if not line["ok"]]
        assert first.retry_later == 2 and len(failed) == 2
        assert all(
            (line["step"], line["status"], line["final"], line["error"]["code"])
            == ("share", "agreed", False, 503)
            for line in failed
        )
        await sb.admin.clear_faults()
        second = await BatchRun(sb.wechat, sb.waiqin, inputs(plans), output, options=options).run()
        assert second.retried == 2 and second.ok == 2 and second.share_links == 3
        assert all(line["ok"] and line["final"] for line in read_lines(output))
        effects = (await sb.admin.counters())["effects"]
        assert max(effects["apply_target"].values()) == 1


async def test_products_the_vendor_refuses_and_a_plan_without_a_shop_appid_end_the_input(
    tmp_path: Path,
) -> None:
    output = tmp_path / "results.jsonl"
    async with sandbox(CONFIG, plans=[]) as sb:
        now = int(time.time())
        foreign = PlanSeed(  # its shop (extInfo) is not the shop that sells its products: refused
            plan_id="82001",
            invitation_url="https://invite.test/foreign",
            start_time=now - DAY,
            end_time=now + DAY,
            ext_info={"bizBasicInfo": {"nickname": "another shop", "appid": "wxforeignshop0001"}},
        )
        products = shop_products(sb, 0, 1)
        bare = catalogue_plan("82002", products)
        raw = [dict(item) for item in bare.products or ()]
        for item in raw:
            item["productDetailInfo"] = {
                k: v for k, v in item["productDetailInfo"].items() if k != "appidForMedia"
            }
        no_appid = attrs.evolve(bare, products=tuple(raw), ext_info={"bizBasicInfo": {"nickname": "shop"}})
        await sb.admin.seed(plans=[foreign, no_appid])
        options = BatchOptions(share_spot=SPOT, **FAST)
        summary = await BatchRun(
            sb.wechat, sb.waiqin, [PlanInput(foreign.invitation_url), PlanInput(no_appid.invitation_url)],
            output, spots=[SpotSpec(SPOT)], options=options,
        ).run()  # fmt: skip
    assert summary.failed == 2 and summary.retry_later == 0
    by_plan = {line["plan_id"]: line for line in read_lines(output)}
    refused, missing = by_plan["82001"], by_plan["82002"]
    assert (refused["step"], refused["ok"], refused["final"], refused["error"]["code"]) == (
        "share",
        False,
        True,
        40097,
    )
    assert (missing["step"], missing["error"]["type"]) == ("share", "BatchError")
    assert "no shop AppID" in missing["error"]["message"]


async def test_an_unknown_share_spot_stops_the_run_before_any_line(tmp_path: Path) -> None:
    output = tmp_path / "results.jsonl"
    async with sandbox(CONFIG, plans=[]) as sb:
        plans = await seed_plans(sb)
        run = BatchRun(
            sb.wechat, sb.waiqin, inputs(plans), output, options=BatchOptions(share_spot="nowhere", **FAST)
        )
        with pytest.raises(BatchInputError, match="no promotion spot named 'nowhere'"):
            await run.run()
        assert not output.exists()
        assert (await sb.admin.counters())["requests"]["target.plan_info"] == 0
        # A spot given by its PID works as well as by its name.
        await BatchRun(
            sb.wechat,
            sb.waiqin,
            inputs(plans)[:1],
            output,
            spots=[SpotSpec(SPOT)],
            options=BatchOptions(**FAST),
        ).run()
        pid = await spot_pid(sb, SPOT)
        by_pid = await BatchRun(
            sb.wechat, sb.waiqin, inputs(plans)[:1], output, options=BatchOptions(share_spot=pid, **FAST)
        ).run()
        assert by_pid.share_pid == pid and by_pid.share_links == 2


async def test_a_purchase_through_a_batch_link_shows_up_in_orders_export(tmp_path: Path) -> None:
    """The money flow end to end: batch --share-links, a buyer through one of the links, the
    order in orders export with the spot and the plan's customizeInfo, and its amount."""
    output, orders = tmp_path / "results.jsonl", tmp_path / "orders.jsonl"
    async with sandbox(CONFIG, plans=[]) as sb:
        plans = await seed_plans(sb)
        options = BatchOptions(share_spot=SPOT, share_customize_info="plan-{plan_id}", **FAST)
        await BatchRun(
            sb.wechat, sb.waiqin, inputs(plans), output, spots=[SpotSpec(SPOT)], options=options
        ).run()
        link = next(line for line in read_lines(output) if line["plan_id"] == "81001")["share_links"][1]
        order_id = await sb.admin.purchase(promotion_url=link["promotion_url"], quantity=2)
        order = promoter_states(sb.state).order.orders[order_id]
        until = str(int(await sb.admin.health()) + 60)
        summary = await OrdersExport(sb.wechat, orders, since="2020-01-01", until=until).run()
    (row,) = decode_rows(orders.read_bytes(), "jsonl")
    assert (row["order_id"], row["product_id"], row["product_cnt"]) == (order_id, link["product_id"], 2)
    assert (row["promotion_pid"], row["promotion_name"], row["customize_info"]) == (
        link["pid"],
        SPOT,
        "plan-81001",
    )
    assert row["price_fen"] == order.price_fen == 2 * order.sku.sale_price
    assert row["estimated_commission_fen"] == order.price_fen * order.ratio // 10000
    assert summary.spots[(link["pid"], "SETTLEMENT_PENDING")].price_fen == order.price_fen


async def test_cli_batch_share_links(tmp_path: Path) -> None:
    links, output, spots = tmp_path / "links.jsonl", tmp_path / "results.jsonl", tmp_path / "spots.txt"
    async with sandbox(CONFIG, plans=[]) as sb:
        plans = await seed_plans(sb)
        links.write_text(
            "".join(orjson.dumps({"url": p.invitation_url}).decode() + "\n" for p in plans.values())
        )
        spots.write_text(f"{SPOT}\n")
        env = sandbox_env(sb.url)
        common = [str(links), "-o", str(output), "--poll-interval", "0.05"]
        usage = await run_cli("batch", *common, "--share-customize-info", "x", env=env)
        assert usage.code == 2 and "--share-customize-info needs --share-links" in usage.stderr
        done = await run_cli(
            "batch", *common, "--spots", str(spots), "--share-links", SPOT,
            "--share-customize-info", "plan-{plan_id}", "--json-summary", "-", env=env,
        )  # fmt: skip
        assert done.code == 0, done.stderr
        assert done.json()["share_links"] == 3 and done.json()["calls"]["product.generate"]["calls"] == 2
        lines = read_lines(output)
        assert sorted(len(line.get("share_links", [])) for line in lines) == [0, 1, 2]
        assert "share links written" in done.stderr
