"""Fleet-wide token and rate budget on a real redis-server, with real worker processes.

Each worker (tests/fleet_worker.py) is a separate Python process with its own client, sharing
the token and the rate buckets through Redis; the sandbox's counters count WeChat token issuances.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from promosdk import Rate, RateLimitExceeded, StoreUnavailableError, WeChatUnionClient
from promosdk.redis_store import FleetRateLimiter, RedisTokenStore, connect
from promosdk.sandbox import SandboxConfig, SandboxServer
from promosdk.sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID

from .redis_support import redis_server, shared_redis_url

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with shared_redis_url() as url:
        yield url


@pytest.fixture
def prefix() -> str:
    return f"promosdk-test-{uuid.uuid4().hex[:8]}:"


@pytest.fixture
async def sandbox() -> AsyncIterator[SandboxServer]:
    async with SandboxServer(SandboxConfig(token_ttl=600.0)) as server:
        yield server


def spawn(mode: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.fleet_worker", mode, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


async def collect(procs: list[subprocess.Popen[str]], timeout: float = 120) -> list[dict[str, Any]]:
    results = []
    for proc in procs:
        stdout, stderr = await asyncio.to_thread(proc.communicate, timeout=timeout)
        assert proc.returncode == 0, stderr[-2000:]
        results.append(json.loads(stdout.strip().splitlines()[-1]))
    return results


async def test_fleet_of_8_workers_gets_one_token_issuance_per_expiry(
    sandbox: SandboxServer, redis_url: str, prefix: str
) -> None:
    start_at = time.time() + 2.5  # let 8 interpreters import before the synchronised start
    common = ["--sandbox", sandbox.url, "--redis", redis_url, "--prefix", prefix, "--start-at", str(start_at)]
    procs = [spawn("calls", *common, "--calls", "500", "--duration", "6") for _ in range(8)]
    forced = 3
    for k in range(forced):
        await asyncio.sleep(max(0.0, start_at + 1.5 * (k + 1) - time.time()))
        await sandbox.admin.expire_tokens(DEFAULT_APPID)
    results = await collect(procs)
    counters = await sandbox.admin.counters()
    issuances = counters["token_issuances"][DEFAULT_APPID]
    calls = sum(r["ok"] for r in results)
    failures = {k: v for r in results for k, v in r["errors"].items()}
    fetches = sum(r["fetches"] for r in results)
    print(f"\nfleet: 8 workers, {calls} calls ok, {failures} failed, {forced} forced expiries, "
          f"{issuances} token issuances, {fetches} token fetches fleet-wide")  # fmt: skip
    assert failures == {}
    assert all(r["rounds"] >= 2 for r in results)
    assert calls >= 8 * 500 * 2
    assert issuances == 1 + forced
    assert fetches == 1 + forced


async def test_worker_killed_while_holding_the_refresh_lock(
    sandbox: SandboxServer, redis_url: str, prefix: str
) -> None:
    lease = 2.0
    holder = spawn("hold-lock", "--redis", redis_url, "--prefix", prefix, "--lease", str(lease))
    assert holder.stdout is not None
    line = await asyncio.wait_for(asyncio.to_thread(holder.stdout.readline), 30)
    assert json.loads(line) == {"holding": True}
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    killed_at = time.monotonic()
    common = ["--sandbox", sandbox.url, "--redis", redis_url, "--prefix", prefix, "--lease", str(lease)]
    procs = [spawn("calls", *common, "--calls", "200") for _ in range(3)]
    results = await collect(procs)
    waited = time.monotonic() - killed_at
    counters = await sandbox.admin.counters()
    print(f"\nkilled holder: 3 workers finished {sum(r['ok'] for r in results)} calls {waited:.2f} s after the kill")
    assert all(r["ok"] == 200 and r["errors"] == {} for r in results)
    assert counters["token_issuances"][DEFAULT_APPID] == 1
    assert waited < lease + 20


async def test_compare_and_expire_across_4_processes(sandbox: SandboxServer, redis_url: str, prefix: str) -> None:
    common = ["--sandbox", sandbox.url, "--redis", redis_url, "--prefix", prefix]
    await collect([spawn("calls", *common, "--calls", "1")])  # puts token 1 into Redis
    await sandbox.admin.expire_tokens(DEFAULT_APPID)  # now every holder of token 1 gets 42001
    before = (await sandbox.admin.counters())["requests"]["promotion_list"]
    start_at = str(time.time() + 2.0)
    results = await collect([spawn("calls", *common, "--calls", "125", "--start-at", start_at) for _ in range(4)])
    counters = await sandbox.admin.counters()
    requests = counters["requests"]["promotion_list"] - before
    print(f"\ncompare-and-expire: 500 calls on a stale token -> {requests} requests, "
          f"{counters['token_issuances'][DEFAULT_APPID] - 1} refresh")  # fmt: skip
    assert all(r["ok"] == 125 for r in results)
    assert counters["token_issuances"][DEFAULT_APPID] == 2
    assert requests == 1000  # each call failed once with 42001 and was retried once


async def test_fleet_rate_limiter_holds_4_processes_to_the_rate(redis_url: str, prefix: str) -> None:
    rate, window = 100.0, 5.0
    start_at = time.time() + 2.5
    common = ["--redis", redis_url, "--prefix", prefix, "--rate", str(rate), "--window", str(window)]
    results = await collect([spawn("rate", *common, "--calls", "20", "--start-at", str(start_at)) for _ in range(4)])
    granted = sum(r["granted"] for r in results)
    expected = rate * window
    print(f"\nfleet rate limiter: {granted} calls granted in {window} s at {rate}/s across 4 processes "
          f"(expected {expected:.0f}, error {100 * (granted - expected) / expected:+.1f}%)")  # fmt: skip
    assert abs(granted - expected) <= 0.10 * expected


async def test_rate_limiter_raise_mode(redis_url: str, prefix: str) -> None:
    redis = connect(redis_url)
    limiter = FleetRateLimiter(redis, {"plan_info": Rate(1, per=60)}, scope="t", prefix=prefix, mode="raise")
    await limiter.acquire("plan_info")
    with pytest.raises(RateLimitExceeded):
        await limiter.acquire("plan_info")
    await limiter.acquire("apply_status")  # no limit configured for it
    await redis.aclose()


@pytest.mark.parametrize("on_error", ["raise", "local"])
async def test_redis_stopped_mid_run(sandbox: SandboxServer, on_error: str, prefix: str) -> None:
    with redis_server() as (url, proc):
        store = RedisTokenStore(
            connect(url, op_timeout=0.5), prefix=prefix, op_timeout=0.5, on_error=on_error, near_cache_ttl=0.2  # type: ignore[arg-type]
        )
        async with WeChatUnionClient(
            DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=sandbox.url, token_store=store
        ) as wx:
            await asyncio.gather(*(wx.promotion.list(start=0, limit=1) for _ in range(50)))
            proc.send_signal(signal.SIGKILL)
            proc.wait(5)
            await asyncio.sleep(0.3)  # past the near cache: the next reads must go to Redis
            started = time.monotonic()
            outcomes = await asyncio.wait_for(
                asyncio.gather(*(wx.promotion.list(start=0, limit=1) for _ in range(50)), return_exceptions=True),
                timeout=10,
            )
            elapsed = time.monotonic() - started
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    print(f"\nredis down ({on_error}): {len(outcomes) - len(errors)} ok, {len(errors)} errors in {elapsed:.2f} s")
    if on_error == "raise":
        assert len(errors) == 50 and all(isinstance(e, StoreUnavailableError) for e in errors)
        assert "redis" in str(errors[0]).lower()
    else:
        assert errors == []
    assert elapsed < 5
