"""``promosdk demo`` (what ``make demo`` runs): the batch job end to end on the embedded sandbox.

1. starts :class:`~promosdk.sandbox.SandboxServer` in this process on a free loopback port, seeded
   with ``plans`` invitation links: about 95 % seeded plans (70 % effective, 15 % expired, 15 % not
   yet in force; 10 % of the reviews reject) and 5 % unknown links (not seeded: 202002), with a short
   ``review_delay`` so that applications are decided during the run;
2. seeds existing promotion spots (a few named in the spots file, a few to be renamed by it, 16
   unrelated ones so that listing takes two pages) and writes a spots file of ``spots`` entries;
3. writes the inputs (JSONL, some lines with their own customer codes) and runs
   :class:`~promosdk.batch.BatchRun` with both clients at ``concurrency`` 200;
4. prints the summary and checks the result: the run completed, one line per input, every
   endpoint of the operation tables exercised (``batch.ENDPOINTS``, token operations aside; by the
   batch and as seen by the sandbox), no duplicate write (sandbox effect
   counters: apply_target and campaign inserts at most once per key, applyCallBack rows equal to the
   customers of each plan), and the expected outcome mix.

``run_demo`` returns a :class:`DemoResult`; its ``ok`` is False when any check failed.
"""

from __future__ import annotations

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

from .batch import ENDPOINTS, BatchOptions, BatchRun, BatchSummary, read_inputs, read_spots
from .sandbox import PlanSeed, SandboxConfig, SandboxServer, make_plan_seeds
from .sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID, DEFAULT_APPKEY, DEFAULT_OPENID
from .sandbox.plans import PLAN_EFFECTIVE, PLAN_INVALID, PLAN_NOT_IN_FORCE
from .waiqin import WaiqinClient
from .wechat import WeChatUnionClient

__all__ = ["DEMO_CUSTOMERS", "DemoResult", "DemoSetup", "build_setup", "run_demo"]

DEMO_CUSTOMERS = ("C001", "C002")
UNKNOWN_SHARE = 0.05


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
class DemoResult:
    summary: BatchSummary
    setup: DemoSetup
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
            counters = server.state.counters()
        result = DemoResult(
            summary=summary,
            setup=setup,
            sandbox_requests=dict(counters["requests"]),
            sandbox_url=server.url,
            workdir=str(base) if workdir is not None else "(temporary, removed)",
        )
        result.checks = _checks(result, output, counters["effects"])
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
