"""``promosdk demo`` (what ``make demo`` runs): the batch job end to end on the embedded sandbox.

1. starts :class:`~promosdk.sandbox.SandboxServer` in this process on a free loopback port, seeded
   with ``plans`` invitation links: about 95 % seeded plans (70 % effective, 15 % expired, 15 % not
   yet in force; 10 % of the reviews reject) and 5 % unknown links (not seeded: 202002), with a short
   ``review_delay`` so that applications are decided during the run;
2. seeds existing promotion spots (a few named in the spots file, a few to be renamed by it, 16
   unrelated ones so that listing takes two pages) and writes a spots file of ``spots`` entries;
3. writes the inputs (JSONL, some lines with their own customer codes) and runs
   :class:`~promosdk.batch.BatchRun` with both clients at ``concurrency`` 200;
4. runs the promoter money flow (:func:`_money_flow`):
   a spot, a share link for a pool product, a simulated purchase through it (admin), the order
   found by order/search with the spot and the amount in fen, its settlement; the custom-component
   flavour (open_product link -> purchase -> search_normal_order), the open account and its
   customize info (carried into the order), parse_tag, and a spot deleted; and what
   ``promosdk orders export`` runs (:class:`~promosdk.orders.OrdersExport`) writes ``orders.csv``,
   whose row of that order must show the spot and the amounts in fen. Its SDK calls are counted
   with the batch's (``summary.stats``, its time added to ``summary.wall_time``; the export's own
   order/search pages are neither), so the "Calls per endpoint" table is the whole demo's;
5. prints the summary and checks the result: the run completed, one line per input, every
   endpoint of the operation tables exercised (``batch.ENDPOINTS``, token operations aside; by the
   demo and as seen by the sandbox), no duplicate write (sandbox effect
   counters: apply_target and campaign inserts at most once per key, applyCallBack rows equal to the
   customers of each plan), the expected outcome mix, and the money flow's checks.

``run_demo`` returns a :class:`DemoResult`; its ``ok`` is False when any check failed.
"""

from __future__ import annotations

import asyncio
import random
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import orjson
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from ._errors import PromoSDKError
from ._generated.wechat_union import models as wx_models
from .batch import ENDPOINTS, BatchOptions, BatchRun, BatchSummary, CallStats, read_inputs, read_spots
from .sandbox import AdminClient, PlanSeed, SandboxConfig, SandboxServer, make_plan_seeds
from .sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID, DEFAULT_APPKEY, DEFAULT_OPENID
from .sandbox.plans import PLAN_EFFECTIVE, PLAN_INVALID, PLAN_NOT_IN_FORCE
from .waiqin import WaiqinClient
from .wechat import WeChatUnionClient

__all__ = ["DEMO_CUSTOMERS", "DemoResult", "DemoSetup", "MoneyFlow", "build_setup", "run_demo"]

DEMO_CUSTOMERS = ("C001", "C002")
UNKNOWN_SHARE = 0.05
#: The money flow's spot, the share link's customizeInfo, and the buyer's open-account parameter.
MONEY_SPOT = "money-flow"
MONEY_LINK_INFO = "demo-campaign-1"
MONEY_BUYER = ("demo-buyer-unionid", "member-0042")
MONEY_OPEN_ACCOUNT = "wxdemoopenaccount01"


@attrs.frozen
class DemoSetup:
    """What the demo seeds and feeds the batch."""

    seeds: tuple[PlanSeed, ...]
    inputs: tuple[dict[str, Any], ...]
    unknown_urls: tuple[str, ...]
    existing_spots: tuple[str, ...]
    spot_lines: tuple[str, ...]


def build_setup(plans: int, spots: int, seed: int = 0) -> DemoSetup:
    """Plan seeds, input lines, pre-existing spots and spots-file lines (deterministic given ``seed``)."""
    if plans < 1 or spots < 2:
        raise ValueError("the demo needs at least 1 plan and 2 spots")
    n_unknown = max(1, round(plans * UNKNOWN_SHARE)) if plans >= 2 else 0
    seeds = make_plan_seeds(
        plans - n_unknown, effective=0.7, expired=0.15, not_in_force=0.15, reject_ratio=0.1, rng_seed=seed
    )
    unknown = tuple(
        f"https://sandbox.promosdk.invalid/union/plan/invite?code=unknown-{seed}-{i:05d}"
        for i in range(n_unknown)
    )
    urls = [s.invitation_url for s in seeds] + list(unknown)
    rng = random.Random(f"promosdk-demo:{seed}")
    rng.shuffle(urls)
    inputs: list[dict[str, Any]] = []
    for i, url in enumerate(urls):
        line: dict[str, Any] = {"url": url}
        if i % 4 == 3:  # some inputs name their own customers; the others use the default ones
            line["customers"] = f"C{100 + i % 50:03d},C{200 + i % 7:03d}"
        inputs.append(line)
    renames = max(1, min(3, spots // 5))
    kept = min(3, spots // 5)
    plain = [f"channel-{i:02d}" for i in range(1, spots - renames + 1)]
    legacy = [f"legacy-{i:02d}" for i in range(1, renames + 1)]
    lines = plain + [f"{old} => channel-{spots - renames + k:02d}" for k, old in enumerate(legacy, 1)]
    # Enough unrelated spots that listing them takes more than one page (20 per page).
    retired = [f"retired-{i:02d}" for i in range(1, 17)]
    existing = plain[:kept] + legacy + retired
    return DemoSetup(
        seeds=tuple(seeds),
        inputs=tuple(inputs),
        unknown_urls=unknown,
        existing_spots=tuple(existing),
        spot_lines=tuple(lines),
    )


@attrs.define
class MoneyFlow:
    """What the money flow did: its checks, and the order it followed (fen amounts)."""

    checks: list[tuple[str, bool, str]] = attrs.field(factory=list)
    order: dict[str, Any] = attrs.field(factory=dict)
    #: The orders export's row of that order (typed), and where the file is.
    export_row: dict[str, Any] = attrs.field(factory=dict)
    export_file: str = ""
    seconds: float = 0.0
    export_seconds: float = 0.0

    def check(self, name: str, passed: bool, detail: str) -> None:
        self.checks.append((f"money flow: {name}", passed, detail))

    def line(self) -> str:
        o = self.order
        if "commission_fen" not in o:
            return "money flow: incomplete (see the checks)"
        return (
            f"money flow: spot {o['spot']} -> share link -> order {o['order_id']} "
            f"({o['quantity']} x {o['unit_fen']} = {o['price_fen']} fen) -> settled, commission "
            f"{o['commission_fen']} fen -> orders export row"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "order": self.order,
            "seconds": round(self.seconds, 3),
            "orders_export": {"file": self.export_file, "row": self.export_row, "seconds": round(self.export_seconds, 3)},
        }


@attrs.define
class DemoResult:
    summary: BatchSummary
    setup: DemoSetup
    money: MoneyFlow = attrs.field(factory=MoneyFlow)
    checks: list[tuple[str, bool, str]] = attrs.field(factory=list)
    sandbox_requests: dict[str, int] = attrs.field(factory=dict)
    sandbox_url: str = ""
    workdir: str = ""
    total_time: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(passed for _, passed, _ in self.checks)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checks": [
                {"check": name, "ok": passed, "detail": detail} for name, passed, detail in self.checks
            ],
            "sandbox_url": self.sandbox_url,
            "sandbox_requests": self.sandbox_requests,
            "workdir": self.workdir,
            "total_time_s": round(self.total_time, 3),
            "batch": self.summary.to_json(),
            "money_flow": self.money.to_json(),
        }

    def render(self, console: Console) -> None:
        self.summary.render(console)
        table = Table(title="Demo checks", title_justify="left")
        table.add_column("check")
        table.add_column("result")
        table.add_column("detail")
        for name, passed, detail in self.checks:
            table.add_row(name, "[green]ok[/green]" if passed else "[red]FAILED[/red]", detail)
        console.print(table)
        console.print(self.money.line())
        s = self.summary
        verdict = "[bold green]demo OK[/bold green]" if self.ok else "[bold red]demo FAILED[/bold red]"
        console.print(
            f"{verdict}: {s.processed} plans, {s.total_calls} calls in {s.wall_time:.2f} s "
            f"({s.throughput:.0f} calls/s); {len(s.stats.exercised())}/{len(ENDPOINTS)} endpoints; "
            f"demo total {self.total_time:.2f} s"
        )


async def run_demo(
    *,
    plans: int = 1000,
    spots: int = 20,
    concurrency: int = 200,
    review_delay: float = 0.2,
    poll_interval: float = 0.25,
    poll_deadline: float = 30.0,
    seed: int = 0,
    workdir: str | Path | None = None,
    console: Console | None = None,
    progress: bool = True,
) -> DemoResult:
    """Run the demo (see the module docstring); ``console`` gets the header line and the progress bar."""
    started = time.perf_counter()
    console = console if console is not None else Console(stderr=True)
    setup = build_setup(plans, spots, seed)
    config = SandboxConfig(plans=setup.seeds, review_delay=review_delay, fault_seed=seed)
    with tempfile.TemporaryDirectory(prefix="promosdk-demo-") as tmp:
        base = Path(workdir) if workdir is not None else Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        inputs_path, spots_path, output = base / "plans.jsonl", base / "spots.txt", base / "results.jsonl"
        inputs_path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in setup.inputs))
        spots_path.write_text("".join(f"{line}\n" for line in setup.spot_lines), encoding="utf-8")
        output.unlink(missing_ok=True)  # a fresh sandbox: a previous run's results do not apply
        async with SandboxServer(config) as server:
            await server.admin.seed(spots={DEFAULT_APPID: list(setup.existing_spots)})
            kinds = Counter(s.plan_status for s in setup.seeds)
            console.print(
                Panel.fit(
                    f"sandbox [bold]{server.url}[/bold] (in-process) · {plans} plan links: "
                    f"{kinds[PLAN_EFFECTIVE]} effective, {kinds[PLAN_INVALID]} expired, "
                    f"{kinds[PLAN_NOT_IN_FORCE]} not yet in force, {len(setup.unknown_urls)} unknown · "
                    f"review delay {review_delay:g} s\n"
                    f"{len(setup.spot_lines)} spots ({len(setup.existing_spots)} exist already) · "
                    f"concurrency {concurrency} · files in {base}",
                    title="promosdk demo",
                )
            )
            limit = max(256, concurrency + 16)
            async with (
                WeChatUnionClient(
                    DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=server.url, connection_limit=limit
                ) as wechat,
                WaiqinClient(
                    DEFAULT_OPENID, DEFAULT_APPKEY, base_url=server.url, connection_limit=limit
                ) as waiqin,
            ):
                run = BatchRun(
                    wechat,
                    waiqin,
                    read_inputs(inputs_path),
                    output,
                    spots=read_spots(spots_path),
                    options=BatchOptions(
                        concurrency=concurrency,
                        poll_deadline=poll_deadline,
                        poll_interval=poll_interval,
                        customers=DEMO_CUSTOMERS,
                        type_code="WXUNION_DEMO",
                    ),
                    console=console,
                    progress=progress,
                )
                summary = await run.run()
                money = await _money_flow(wechat, server.admin, server.url, summary.stats, base / "orders.csv")
                # its calls are in summary.stats (the export's pages are not): calls/s stays honest
                summary.wall_time += money.seconds - money.export_seconds
            counters = server.state.counters()
        result = DemoResult(
            summary=summary,
            setup=setup,
            money=money,
            sandbox_requests=dict(counters["requests"]),
            sandbox_url=server.url,
            workdir=str(base) if workdir is not None else "(temporary, removed)",
        )
        result.checks = _checks(result, output, counters["effects"]) + money.checks
    result.total_time = time.perf_counter() - started
    return result


def _checks(
    result: DemoResult, output: Path, effects: dict[str, dict[str, int]]
) -> list[tuple[str, bool, str]]:
    summary, setup = result.summary, result.setup
    checks: list[tuple[str, bool, str]] = []
    checks.append(
        ("batch completed", summary.complete, f"{summary.processed}/{summary.pending} inputs processed")
    )

    lines = [orjson.loads(raw) for raw in output.read_bytes().splitlines() if raw.strip()]
    urls = Counter(str(line["url"]) for line in lines)
    dups = sum(n - 1 for n in urls.values())
    checks.append(
        (
            "one result line per input",
            len(urls) == len(setup.inputs) and dups == 0,
            f"{len(lines)} lines, {len(urls)} distinct URLs, {dups} duplicates",
        )
    )

    called = summary.stats.exercised()
    every = f"{len(ENDPOINTS)}/{len(ENDPOINTS)}"
    missing = [name for name in ENDPOINTS if name not in called]
    checks.append(
        (
            f"all {len(ENDPOINTS)} endpoints called",
            not missing,
            "missing: " + ", ".join(missing) if missing else every,
        )
    )
    unseen = [name for name in ENDPOINTS if result.sandbox_requests.get(name, 0) == 0]
    checks.append(
        (
            f"sandbox saw all {len(ENDPOINTS)} routes",
            not unseen,
            "unseen: " + ", ".join(unseen) if unseen else every,
        )
    )

    applies = effects.get("apply_target", {})
    inserts = effects.get("campaign_insert", {})
    checks.append(
        (
            "no duplicate apply_target",
            max(applies.values(), default=0) <= 1,
            f"{len(applies)} applications, max {max(applies.values(), default=0)} per plan",
        )
    )
    checks.append(
        (
            "no duplicate campaign insert",
            max(inserts.values(), default=0) <= 1,
            f"{len(inserts)} campaigns, max {max(inserts.values(), default=0)} per plan",
        )
    )
    customers = {str(line["url"]): line.get("customers") for line in setup.inputs}
    rows = effects.get("apply_callback_rows", {})
    wrong = 0
    agreed = 0
    for line in lines:
        if line.get("status") == "agreed" and line.get("ok"):
            agreed += 1
            wanted = customers.get(str(line["url"]))
            expected = len(str(wanted).split(",")) if wanted else len(DEMO_CUSTOMERS)
            if rows.get(str(line["plan_id"]), 0) != expected:
                wrong += 1
    checks.append(
        ("applyCallBack rows = customers", wrong == 0, f"{agreed} agreed plans, {wrong} mismatched")
    )
    per_customer = effects.get("apply_callback_customer", {})
    checks.append(
        (
            "no customer registered twice",
            max(per_customer.values(), default=0) <= 1,
            f"{len(per_customer)} registrations, max {max(per_customer.values(), default=0)} per customer",
        )
    )

    statuses = Counter(str(line.get("status")) for line in lines)
    not_found = statuses.get("not_found", 0)
    checks.append(
        (
            "outcome mix",
            agreed > 0 and not_found == len(setup.unknown_urls),
            ", ".join(f"{k} {v}" for k, v in statuses.most_common()),
        )
    )
    return checks


async def _money_flow(
    wx: WeChatUnionClient, admin: AdminClient, url: str, stats: CallStats, export_to: Path
) -> MoneyFlow:
    """Spot -> share link -> purchase -> order/search -> settlement, and the promoter's other
    endpoints once each; every SDK call counted in ``stats``. Fails as a check, never raises."""
    flow = MoneyFlow()
    started = time.perf_counter()
    try:
        await _money_steps(wx, admin, url, stats, flow, export_to)
    except (PromoSDKError, LookupError, ValueError) as exc:
        flow.check("completed", False, f"{type(exc).__name__}: {exc}")
    flow.seconds = time.perf_counter() - started
    return flow


async def _money_steps(
    wx: WeChatUnionClient, admin: AdminClient, url: str, stats: CallStats, flow: MoneyFlow, export_to: Path
) -> None:
    m, call = wx_models, stats.call
    pid = (await call("promotion.add", wx.promotion.add(promotion_source_name=MONEY_SPOT))).pid
    cats = (await call("product.category", wx.product.category())).product_cats
    page = await call("product.list", wx.product.list(category_id=cats[0].cat_id, min_commission_ratio=1, limit=50))
    await call("product.select", wx.product.select(limit=5))
    skus = [(p, s) for p in page.product_list for s in p.product.skus if s.product_sku_info.stock_info.stock_num >= 2]
    if not skus:
        raise LookupError(f"no product of category {cats[0].cat_id} in stock")
    product, sku = skus[0]
    item = m.GenerateProductItem(
        product_id=product.product_id, app_id=product.shop_info.app_id or "", customize_info=MONEY_LINK_INFO
    )
    [material] = (await call("product.generate", wx.product.generate(pid=pid, product_list=[item]))).materials
    share = material.share_info
    if share is None or share.promotion_tag is None:
        raise LookupError("product.generate answered no share material")
    tags = await call("product.parse_tag", wx.product.parse_tag(tag_list=[share.promotion_tag]))
    flow.check(
        "share link bound to the spot",
        material.pid == pid and share.promotion_url.startswith(url) and tags.tag_list[0].product_id == product.product_id,
        f"{share.promotion_url.removeprefix(url)} -> product {product.product_id}",
    )

    unionid, member = MONEY_BUYER
    await call("open_account.bind", wx.open_account.bind(open_account=MONEY_OPEN_ACCOUNT))
    bound = (await call("open_account.get", wx.open_account.get())).open_account
    await call("open_account.add_customize_info", wx.open_account.add_customize_info(unionid=unionid, customize_info=member))
    info = (await call("open_account.get_customize_info", wx.open_account.get_customize_info(unionid=unionid))).customize_info
    flow.check("open account", bound == MONEY_OPEN_ACCOUNT and info == member, f"{bound}, buyer parameter {info!r}")

    quantity, unit = 2, sku.product_sku_info.sale_price
    order_id = await admin.purchase(promotion_url=share.promotion_url, sku_id=sku.sku_id, quantity=quantity, unionid=unionid)
    now = int(await admin.health())  # the sandbox clock, which stamped payTime
    window = await call("order.search", wx.order.search(start_timestamp=now - 3600, end_timestamp=now + 3600, page_size=50))
    matching = [o for o in window.order_list if o.order_id == order_id]
    if not matching:
        raise LookupError(f"order {order_id} not in the pay-time window of order.search")
    order = matching[0]
    line = order.product_list[0]
    spot, price = line.promotion_info, unit * quantity
    expected = price * product.league_ex_info.commission_ratio // 10000
    flow.order = {"order_id": order_id, "spot": spot.promotion_source_name, "pid": spot.promotion_source_pid,
                  "quantity": quantity, "unit_fen": unit, "price_fen": line.price_fen, "price": line.price}  # fmt: skip
    flow.check(
        "purchase found by order.search",
        spot.promotion_source_pid == pid and line.price_fen == price and line.commission_fen is None
        and line.estimated_commission == expected and line.customize_info == MONEY_LINK_INFO
        and order.custom_user_id == member,
        f"order {order_id}, spot {spot.promotion_source_name}: {line.price} = {line.price_fen} fen, pending",
    )  # fmt: skip

    await admin.settle_order(order_id)
    settled = (await call("order.info", wx.order.info(order_id_list=[order_id]))).order_list[0].product_list[0]
    success = await call("order.search", wx.order.search(commission_status=m.CommissionStatus.SETTLEMENT_SUCCESS))
    flow.order.update(commission_fen=settled.commission_fen, commission=settled.commission)
    flow.check(
        "settled",
        settled.commission_status is m.CommissionStatus.SETTLEMENT_SUCCESS and settled.commission_fen == expected
        and order_id in {o.order_id for o in success.order_list},
        f"commission {settled.commission} = {settled.commission_fen} fen ({settled.ratio / 100:g} % of {price})",
    )  # fmt: skip
    await _orders_export(wx, flow, export_to, since=now - 3600, until=now + 3600)

    [open_item] = (await call("open_product.list", wx.open_product.list(limit=1))).product_list
    wanted = m.GenerateProductItem(product_id=open_item.product.product_id, app_id=open_item.shop_info.app_id or "")
    generated = await call("open_product.generate", wx.open_product.generate(pid=pid, product_list=[wanted], get_short_url=True))
    open_share = generated.materials[0].share_info
    if open_share is None or open_share.promotion_url is None:
        raise LookupError("open_product.generate answered no short link")
    link = open_share.promotion_url
    normal_id = await admin.purchase(promotion_url=link)
    found = await call("order.search_normal_order", wx.order.search_normal_order(order_id=normal_id))
    normal = found.order_list[0].product_list[0]
    flow.check(
        "custom-component order",
        found.total == 1 and normal.commission_status is m.NormalOrderCommissionStatus.SHOP_WAIT_DEDUCTION
        and normal.promotion_info is not None and normal.promotion_info.promotion_source_pid == pid,
        f"order {normal_id}: {normal.real_price} fen, {normal.commission_status.value}",
    )  # fmt: skip

    await call("open_account.delete_customize_info", wx.open_account.delete_customize_info(unionid=unionid))
    left = (await call("open_account.get_customize_info", wx.open_account.get_customize_info(unionid=unionid))).customize_info
    await call("promotion.delete", wx.promotion.delete(promotion_source_pid=pid, promotion_source_name=MONEY_SPOT))
    spots = await call("promotion.list", wx.promotion.list(limit=100))
    listed = [s.promotion_source_pid for s in spots.promotion_source_list]
    flow.check(
        "clean-up", left is None and pid not in listed, "buyer parameter and spot deleted"
    )


async def _orders_export(wx: WeChatUnionClient, flow: MoneyFlow, output: Path, *, since: int, until: int) -> None:
    """What ``promosdk orders export --since .. --until .. -o orders.csv`` runs; checks the order's row."""
    from .orders import OrdersExport, decode_rows

    started = time.perf_counter()
    summary = await OrdersExport(wx, output, since=since, until=until, restart=True, progress=False).run()
    flow.export_seconds = time.perf_counter() - started
    o = flow.order
    data = await asyncio.to_thread(output.read_bytes)
    rows = [row for row in decode_rows(data, "csv") if row["order_id"] == o["order_id"]]
    flow.export_file = output.name
    flow.export_row = rows[0] if len(rows) == 1 else {}
    row = flow.export_row
    flow.check(
        "orders export row",
        summary.complete and row.get("promotion_pid") == o["pid"] and row.get("promotion_name") == o["spot"]
        and row.get("price_fen") == o["price_fen"] and row.get("commission_fen") == o["commission_fen"]
        and row.get("commission_status") == "SETTLEMENT_SUCCESS" and row.get("customize_info") == MONEY_LINK_INFO,
        f"{output.name}: {summary.rows} row(s); spot {row.get('promotion_name')}, {row.get('price_fen')} fen, "
        f"commission {row.get('commission_fen')} fen",
    )  # fmt: skip
