"""Chaos batch: 10,000 mixed calls at concurrency 500 with ~20% of requests faulted.

Every call must end as a success or a typed promosdk error (no hang, no bare exception), the
sandbox's effect counters must show no duplicate write, and the same clients must then serve
clean calls. The figures printed here are quoted in docs/reliability.md.

Timing comes from the machine: before the storm, a clean burst of the same 100 calls the test
ends with is timed, and the client's timeout, the latency fault (twice the timeout, so that it
times out), the call deadline and the storm's own bound are scaled from it (never below the
values the figures were measured with: 0.5 s timeout, 1 s latency, 10 s deadline).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import pytest

from promosdk import AmbiguousWriteError, PromoSDKError, RetryPolicy, WaiqinClient, WeChatUnionClient
from promosdk.sandbox import PlanSeed, SandboxConfig, make_plan_seeds
from promosdk.testing import sandbox

# A hang guard only: the storm's own bound is derived from the machine in the test.
pytestmark = pytest.mark.timeout(900)

FAULT_KINDS: list[dict[str, Any]] = [
    {"kind": "reset_before"},
    {"kind": "reset_after"},
    {"kind": "http_500"},
    {"kind": "http_502"},
    {"kind": "http_503"},
    {"kind": "busy"},
    {"kind": "too_frequent"},
    {"kind": "latency"},  # delay: twice the client's timeout (set in the test)
    {"kind": "truncated"},
    {"kind": "html", "status": 200},
]
# Ten independent rules of 2.2% each fault about 20% of requests (1 - 0.978**10).
PER_RULE = 0.022
#: The options the figures were measured with, on the 2-core development machine.
MIN_TIMEOUT = 0.5
MIN_DEADLINE = 10.0
MIN_STORM_BOUND = 180.0
#: A clean burst must fit this many times into the per-attempt timeout.
TIMEOUT_MARGIN = 10
#: The storm makes about 12,000 requests, 120 bursts' worth; its bound allows ten times that.
STORM_BURSTS = 120
STORM_MARGIN = 10


def client_options(timeout: float) -> dict[str, Any]:
    return {
        "timeout": timeout,
        "max_retries": 4,
        "retry_policy": RetryPolicy(base=0.02, cap=0.3, rng=random.Random(7)),
        "deadline": max(MIN_DEADLINE, 20 * timeout),
    }


def clean_burst(wx: WeChatUnionClient, wq: WaiqinClient, url: str) -> Awaitable[list[Any]]:
    """The 100 clean calls the test ends with (50 plan_info, 50 queryCampaign, concurrently)."""
    return asyncio.gather(
        *(wx.target.plan_info(plan_invitation_url=url) for _ in range(50)),
        *(wq.bc.query_campaign(activity_source_code="chaos-1") for _ in range(50)),
    )


def campaign_args(source: str) -> dict[str, Any]:
    return {
        "source_code": source, "code": source, "name": f"campaign {source}", "type_code": "bc",
        "event_status": 1, "start_date": "2026-12-01", "end_date": "2026-12-31",
        "register_url": "https://example.invalid/r", "event_information": "chaos",
    }  # fmt: skip


def build_workload(
    wx: WeChatUnionClient, wq: WaiqinClient, plans: list[PlanSeed], rng: random.Random
) -> list[tuple[str, Callable[[], Awaitable[Any]], str]]:
    sources = [f"chaos-{i}" for i in range(200)]
    work: list[tuple[str, Callable[[], Awaitable[Any]], str]] = []

    def add(kind: str, factory: Callable[[], Awaitable[Any]], key: str = "") -> None:
        work.append((kind, factory, key))

    for _ in range(2500):
        url = rng.choice(plans).invitation_url if rng.random() > 0.05 else f"https://unknown.invalid/{rng.random()}"
        add("plan_info", partial(wx.target.plan_info, plan_invitation_url=url))
    for plan in plans:
        add("apply_target", partial(wx.target.apply_target, plan_id=plan.plan_id, apply_reason="chaos"), plan.plan_id)
    for _ in range(2500):
        plan = rng.choice(plans)
        add("apply_status", partial(wx.target.apply_status, plan_id=plan.plan_id))
    for i in range(90):
        name = f"channel-{i}"
        add("promotion_add", partial(wx.promotion.add, promotion_source_name=name), name)
    for _ in range(1610):
        start = rng.randrange(0, 90)
        add("promotion_list", partial(wx.promotion.list, start=start, limit=20))
    for _ in range(1000):
        source = rng.choice(sources)
        add("add_or_update_campaign", partial(wq.bc.add_or_update_campaign, **campaign_args(source)), source)
    for i in range(500):
        source = rng.choice(sources)
        callback = partial(
            wq.bc.apply_callback,
            campaign_source_code=source,
            campaign_code=source,
            cm_codes=f"C{i}",
            registered_time="2026-12-02 10:00:00",
            merchant_information="chaos",
        )
        add("apply_callback", callback, source)
    for _ in range(1500):
        source = rng.choice(sources)
        add("query_campaign", partial(wq.bc.query_campaign, activity_source_code=source))
    rng.shuffle(work)
    return work


async def test_chaos_batch_nothing_lost_nothing_duplicated() -> None:
    rng = random.Random(20261126)
    config = SandboxConfig(plans=make_plan_seeds(300, effective=1, expired=0, not_in_force=0, rng_seed=3))
    async with sandbox(config) as sb:
        # Campaigns exist before the storm, so applyCallBack has something to attach to.
        for i in range(200):
            await sb.waiqin.bc.add_or_update_campaign(**campaign_args(f"chaos-{i}"))
        # The machine's pace: the slowest of three clean bursts (default options, nothing faulted).
        plan = sb.plans[0]
        bursts: list[float] = []
        for _ in range(3):
            began = time.monotonic()
            await clean_burst(sb.wechat, sb.waiqin, plan.invitation_url)
            bursts.append(time.monotonic() - began)
        burst = max(bursts)
        timeout = max(MIN_TIMEOUT, TIMEOUT_MARGIN * burst)
        storm_bound = max(MIN_STORM_BOUND, STORM_MARGIN * STORM_BURSTS * burst)
        # The storm's clients: copies sharing the session, tokens, metrics and retry quota.
        options = client_options(timeout)
        wx, wq = sb.wechat.with_options(**options), sb.waiqin.with_options(**options)
        baseline = await sb.admin.counters()
        work = build_workload(wx, wq, list(sb.plans), rng)
        assert len(work) == 10_000
        latency = {"delay": 2 * timeout}  # past the client's timeout
        rules = [
            {"route": "*", "probability": PER_RULE, **kind, **(latency if kind["kind"] == "latency" else {})}
            for kind in FAULT_KINDS
        ]
        await sb.admin.set_faults(rules, seed=11)

        semaphore = asyncio.Semaphore(500)
        outcomes: list[tuple[str, str, Any]] = []

        async def run(kind: str, factory: Callable[[], Awaitable[Any]], key: str) -> None:
            async with semaphore:
                try:
                    outcomes.append((kind, key, await factory()))
                except Exception as exc:  # every failure is examined below
                    outcomes.append((kind, key, exc))

        started = time.monotonic()
        async with asyncio.timeout(storm_bound):  # a hang fails the test instead of the suite
            await asyncio.gather(*(run(*item) for item in work))
        elapsed = time.monotonic() - started
        await sb.admin.clear_faults()
        counters = await sb.admin.counters()

        # 1. every call ended, as a result or a typed error
        assert len(outcomes) == 10_000
        bare = [o for o in outcomes if isinstance(o[2], Exception) and not isinstance(o[2], PromoSDKError)]
        assert bare == [], bare[:5]
        errors = Counter(type(o[2]).__name__ for o in outcomes if isinstance(o[2], PromoSDKError))

        # 2. no duplicate writes
        spots = counters["effects"]["promotion_add"]
        applications = counters["effects"]["apply_target"]
        inserts = counters["effects"]["campaign_insert"]
        assert all(n == 1 for n in spots.values()), spots
        assert all(n == 1 for n in applications.values()), applications
        assert all(n == 1 for n in inserts.values()), inserts
        assert len(inserts) == 200
        # applyCallBack is not idempotent: rows never exceed what the client reported as done or
        # as possibly done (AmbiguousWriteError); it is never blindly retried.
        rows = counters["effects"]["apply_callback_rows"]
        done: Counter[str] = Counter()
        maybe: Counter[str] = Counter()
        for kind, key, result in outcomes:
            if kind == "apply_callback":
                if not isinstance(result, Exception):
                    done[key] += 1
                elif isinstance(result, AmbiguousWriteError):
                    maybe[key] += 1
        for key, n in rows.items():
            before = baseline["effects"]["apply_callback_rows"].get(key, 0)
            assert done[key] <= n - before <= done[key] + maybe[key], (key, n, done[key], maybe[key])

        # 3. every spot the client reported as added is really there, under the PID it returned
        listing = {s.promotion_source_name: s.promotion_source_pid async for s in wx.promotion.iter_list(page_size=100)}
        for kind, key, result in outcomes:
            if kind == "promotion_add" and not isinstance(result, Exception):
                assert listing[key] == result.pid

        # 4. the same clients serve clean calls afterwards
        clean = await clean_burst(wx, wq, plan.invitation_url)
        assert len(clean) == 100

        faults = sum(counters["faults_injected"].values())
        requests = sum(counters["requests"].values()) - sum(baseline["requests"].values())
        wx_m, wq_m = sb.wechat.metrics, sb.waiqin.metrics
        print(
            f"\nchaos: clean burst {burst * 1000:.0f} ms -> timeout {timeout:.2f} s, latency fault "
            f"{2 * timeout:.2f} s, deadline {options['deadline']:.1f} s, storm bound {storm_bound:.0f} s; "
            f"retry quota after the storm {wx.retry_quota.level}/{wx.retry_quota.capacity}"
            f"\nchaos: 10000 calls in {elapsed:.1f} s; {requests} requests, {faults} faults injected "
            f"({100 * faults / requests:.1f}%) {dict(counters['faults_injected'])}; "
            f"retries {wx_m.retries + wq_m.retries}, token refreshes {wx_m.token_refreshes}, "
            f"reconciled writes {wx_m.reconciled + wq_m.reconciled}, ambiguous attempts "
            f"{wx_m.ambiguous + wq_m.ambiguous}; successes {10000 - sum(errors.values())}, typed errors "
            f"{dict(errors)}; duplicate spots 0, double applications 0, duplicate campaign rows 0"
        )
        assert 0.15 <= faults / requests <= 0.25
