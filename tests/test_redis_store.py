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


async def start_together(ready: list[Path], go: Path, procs: list[subprocess.Popen[str]]) -> None:
    """Wait until every worker is ready (imports done, connected), then release them at once."""
    while not all(r.exists() for r in ready):
        assert all(p.poll() is None for p in procs), "a worker died before it was ready"
        await asyncio.sleep(0.02)
    go.write_text(str(time.time() + 0.3))


async def collect(procs: list[subprocess.Popen[str]], timeout: float = 120) -> list[dict[str, Any]]:
    results = []
    for proc in procs:
        stdout, stderr = await asyncio.to_thread(proc.communicate, timeout=timeout)
        assert proc.returncode == 0, stderr[-2000:]
        results.append(json.loads(stdout.strip().splitlines()[-1]))
    return results


async def test_fleet_of_8_workers_gets_one_token_issuance_per_expiry(
    sandbox: SandboxServer, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    workers, forced = 8, 3
    stop = tmp_path / "stop"
    progress = [tmp_path / f"worker-{i}.rounds" for i in range(workers)]
    common = ["--sandbox", sandbox.url, "--redis", redis_url, "--prefix", prefix, "--calls", "500"]
    procs = [
        spawn("calls", *common, "--progress-file", str(progress[i]), "--stop-file", str(stop), "--duration", "150")
        for i in range(workers)
    ]

    def rounds() -> list[int]:
        return [int(p.read_text() or 0) if p.exists() else 0 for p in progress]

    async def until_each_worker_did(target: list[int]) -> None:
        while any(done < want for done, want in zip(rounds(), target, strict=True)):
            assert all(proc.poll() is None for proc in procs), "a worker died"
            await asyncio.sleep(0.05)

    # Each forced expiry waits until every worker finished two whole rounds after the previous
    # one, so no call is in flight across two expiries (a call refreshes and retries once).
    await until_each_worker_did([1] * workers)
    for _ in range(forced):
        await sandbox.admin.expire_tokens(DEFAULT_APPID)
        await until_each_worker_did([n + 2 for n in rounds()])
    stop.touch()
    results = await collect(procs)
    counters = await sandbox.admin.counters()
    issuances = counters["token_issuances"][DEFAULT_APPID]
    calls = sum(r["ok"] for r in results)
    failures = {k: v for r in results for k, v in r["errors"].items()}
    fetches = sum(r["fetches"] for r in results)
    print(f"\nfleet: {workers} workers x 500 concurrent calls, {calls} calls ok, {failures} failed, "
          f"{forced} forced expiries, {issuances} token issuances, {fetches} token fetches fleet-wide")  # fmt: skip
    assert failures == {}
    assert calls >= workers * 500 * (1 + 2 * forced)
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


async def test_compare_and_expire_across_4_processes(
    sandbox: SandboxServer, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    common = ["--sandbox", sandbox.url, "--redis", redis_url, "--prefix", prefix, "--near-cache", "120"]
    ready = [tmp_path / f"ready-{i}" for i in range(4)]
    go = tmp_path / "go"
    # Each worker warms up (one call: token 1 is fetched once and cached), says it is ready, waits.
    procs = [
        spawn("calls", *common, "--warmup", "1", "--calls", "125", "--ready-file", str(r), "--go-file", str(go))
        for r in ready
    ]
    while not all(r.exists() for r in ready):
        assert all(p.poll() is None for p in procs), "a worker died"
        await asyncio.sleep(0.02)
    await sandbox.admin.expire_tokens(DEFAULT_APPID)  # every worker now holds a stale token 1
    before = (await sandbox.admin.counters())["requests"]["promotion_list"]
    go.write_text(str(time.time()))
    results = await collect(procs)
    counters = await sandbox.admin.counters()
    requests = counters["requests"]["promotion_list"] - before
    print(f"\ncompare-and-expire: 500 concurrent calls in 4 processes on a stale token -> {requests} requests, "
          f"{counters['token_issuances'][DEFAULT_APPID] - 1} refresh")  # fmt: skip
    assert all(r["ok"] == 125 and r["errors"] == {} for r in results)
    assert counters["token_issuances"][DEFAULT_APPID] == 2
    assert requests == 1000  # each call failed once with 42001 and was retried once


async def test_fleet_rate_limiter_holds_4_processes_to_the_rate(redis_url: str, prefix: str, tmp_path: Path) -> None:
    rate, window = 100.0, 5.0
    ready = [tmp_path / f"ready-{i}" for i in range(4)]
    go = tmp_path / "go"
    common = ["--redis", redis_url, "--prefix", prefix, "--rate", str(rate), "--window", str(window)]
    procs = [spawn("rate", *common, "--calls", "20", "--ready-file", str(r), "--go-file", str(go)) for r in ready]
    await start_together(ready, go, procs)
    results = await collect(procs)
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


async def test_a_slow_refresh_keeps_its_lease(redis_url: str, prefix: str) -> None:
    """The holder renews its lease while the token endpoint is slower than the lease."""
    from .loopback import LoopbackServer, json_answer, wechat_ok

    async with LoopbackServer() as server:
        server.route("/cgi-bin/token", json_answer({"access_token": "tok-slow-0123", "expires_in": 7200}, delay=1.5))
        server.route("/union/promoter/promotion/list", wechat_ok(total=0, promotionSourceList=[]))
        redises = [connect(redis_url), connect(redis_url)]
        clients = [
            WeChatUnionClient(
                DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=server.url, token_source="classic",
                token_store=RedisTokenStore(r, prefix=prefix, lock_lease=1.0, lock_wait=5.0),
            )
            for r in redises
        ]  # fmt: skip
        await asyncio.gather(*(c.promotion.list(start=0, limit=1) for c in clients))
        for c, r in zip(clients, redises, strict=True):
            await c.aclose()
            await r.aclose()
        assert server.count("/cgi-bin/token") == 1
