"""Fleet-wide token and rate budget on a real redis-server, with real worker processes.

Each worker (tests/fleet_worker.py) is a separate Python process with its own client, sharing
the token and the rate buckets through Redis; the sandbox's counters count WeChat token issuances.
"""

from __future__ import annotations

import asyncio
import contextlib
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
from urllib.parse import urlsplit

import pytest
import redis.asyncio as aioredis

from promosdk import InvalidCredentialError, Rate, RateLimitExceeded, StoreUnavailableError, WeChatUnionClient
from promosdk.redis_store import FleetRateLimiter, RedisTokenStore, connect
from promosdk.sandbox import SandboxConfig, SandboxServer
from promosdk.sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID

from .loopback import LoopbackServer, json_answer, wechat_ok
from .redis_support import redis_round_trip_seconds, redis_server, shared_redis_url, worker_start_seconds

ROOT = Path(__file__).resolve().parent.parent
# Time budgets scale with what this machine takes, now, to start one worker process (PACE seconds),
# not fixed numbers: the same tests pass on a loaded or five times slower machine.
PACE = worker_start_seconds()
pytestmark = pytest.mark.timeout(max(300.0, 300 * PACE))

STABLE = "/cgi-bin/stable_token"
LIST = "/union/promoter/promotion/list"
LIST_OK = wechat_ok(total=0, promotionMaxCnt=100, promotionSourceList=[])
APPID = "wxcorruptstore0001"
SECRET = "corrupt-store-test-secret"
FUTURE = time.time() + 3600


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
    # Far enough ahead that every worker (polling the go file) has read it before the start.
    go.write_text(str(time.time() + 0.3 + PACE))


async def collect(procs: list[subprocess.Popen[str]], timeout: float = 120 * max(1.0, PACE)) -> list[dict[str, Any]]:
    results = []
    for proc in procs:
        stdout, stderr = await asyncio.to_thread(proc.communicate, timeout=timeout)
        assert proc.returncode == 0, stderr[-2000:]
        results.append(json.loads(stdout.strip().splitlines()[-1]))
    return results


async def test_fleet_of_8_workers_gets_one_token_issuance_per_expiry(
    sandbox: SandboxServer, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    await run_fleet(sandbox, redis_url, prefix, tmp_path, op_timeout=2.0)


async def test_fleet_with_an_op_timeout_below_its_loop_lag_fails_no_call(
    sandbox: SandboxServer, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    """The same fleet with op_timeout a few Redis round trips (the workers' loops lag far more under
    500 concurrent calls): what a machine many times slower does to the default 2 s. Before the
    fix about a thousand calls failed with StoreUnavailableError here."""
    tight = min(0.05, max(0.005, 5 * redis_round_trip_seconds(redis_url)))
    await run_fleet(sandbox, redis_url, prefix, tmp_path, op_timeout=tight)


async def run_fleet(sandbox: SandboxServer, redis_url: str, prefix: str, tmp_path: Path, *, op_timeout: float) -> None:
    workers, forced = 8, 3
    stop = tmp_path / "stop"
    progress = [tmp_path / f"worker-{i}.rounds" for i in range(workers)]
    common = ["--sandbox", sandbox.url, "--redis", redis_url, "--prefix", prefix, "--calls", "500"]
    common += ["--op-timeout", str(op_timeout)]
    # No time limit to guess: the workers run until the stop file appears (or this process is gone).
    procs = [spawn("calls", *common, "--progress-file", str(progress[i]), "--stop-file", str(stop)) for i in range(workers)]

    def rounds() -> list[int]:
        return [int(p.read_text() or 0) if p.exists() else 0 for p in progress]

    async def until_each_worker_did(target: list[int]) -> None:
        while any(done < want for done, want in zip(rounds(), target, strict=True)):
            assert all(proc.poll() is None for proc in procs), "a worker died"
            await asyncio.sleep(0.05)

    # Each forced expiry waits until every worker finished two whole rounds after the previous
    # one, so no call is in flight across two expiries (a call refreshes and retries once).
    started = time.monotonic()
    await until_each_worker_did([1] * workers)
    first_round = time.monotonic() - started  # worker start-up included: this machine's pace, now
    for _ in range(forced):
        await sandbox.admin.expire_tokens(DEFAULT_APPID)
        await until_each_worker_did([n + 2 for n in rounds()])
    stop.touch()
    results = await collect(procs, timeout=60 + 10 * first_round)
    counters = await sandbox.admin.counters()
    issuances = counters["token_issuances"][DEFAULT_APPID]
    calls = sum(r["ok"] for r in results)
    failures = {k: v for r in results for k, v in r["errors"].items()}
    fetches = sum(r["fetches"] for r in results)
    slow = sum(r.get("slow_reads_served", 0) for r in results)
    print(f"\nfleet (op_timeout {op_timeout:g} s): {workers} workers x 500 concurrent calls, {calls} calls ok, {failures} failed, "
          f"{forced} forced expiries, {issuances} token issuances, {fetches} token fetches fleet-wide, "
          f"{slow} slow Redis reads served the known token, {time.monotonic() - started:.1f} s "
          f"(first round {first_round:.1f} s, worker start {PACE:.2f} s)")  # fmt: skip
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
    # The lease ended the dead holder's lock: the workers' start-up and calls take a few PACEs.
    assert waited < lease + max(20.0, 20 * PACE)


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
    before = (await sandbox.admin.counters())["requests"]["promotion.list"]
    go.write_text(str(time.time()))
    results = await collect(procs)
    counters = await sandbox.admin.counters()
    requests = counters["requests"]["promotion.list"] - before
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
                timeout=max(10.0, 10 * PACE),
            )
            elapsed = time.monotonic() - started
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    print(f"\nredis down ({on_error}): {len(outcomes) - len(errors)} ok, {len(errors)} errors in {elapsed:.2f} s")
    if on_error == "raise":
        assert len(errors) == 50 and all(isinstance(e, StoreUnavailableError) for e in errors)
        assert "redis" in str(errors[0]).lower()
    else:
        assert errors == []
    # A dead Redis (connection refused) fails or falls back at once, not after retries.
    assert elapsed < max(5.0, 5 * PACE)


async def test_a_slow_refresh_keeps_its_lease(redis_url: str, prefix: str) -> None:
    """The holder renews its lease while the token endpoint is slower than the lease."""
    lease = max(1.0, PACE)  # renewed every lease/3: longer than this machine's hiccups
    async with LoopbackServer() as server:
        server.route("/cgi-bin/token", json_answer({"access_token": "tok-slow-0123", "expires_in": 7200}, delay=1.5 * lease))
        server.route(LIST, LIST_OK)
        redises = [connect(redis_url), connect(redis_url)]
        clients = [
            WeChatUnionClient(
                DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=server.url, token_source="classic",
                token_store=RedisTokenStore(r, prefix=prefix, lock_lease=lease, lock_wait=5.0 * lease),
            )
            for r in redises
        ]  # fmt: skip
        await asyncio.gather(*(c.promotion.list(start=0, limit=1) for c in clients))
        for c, r in zip(clients, redises, strict=True):
            await c.aclose()
            await r.aclose()
        assert server.count("/cgi-bin/token") == 1


# ---------------------------------------------------------------------------- tokens bound to the credential


def as_bytes(value: bytes | str) -> bytes:
    return value if isinstance(value, bytes) else value.encode()


async def test_a_wrong_secret_is_not_served_the_fleets_token(sandbox: SandboxServer, redis_url: str, prefix: str) -> None:
    """Two processes of one appid, one with a wrong secret, on one Redis: they share nothing."""
    redises = [connect(redis_url), connect(redis_url)]
    right_store, wrong_store = (RedisTokenStore(r, prefix=prefix) for r in redises)
    async with (
        WeChatUnionClient(DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=sandbox.url, token_store=right_store) as right,
        WeChatUnionClient(DEFAULT_APPID, "not-the-app-secret-0", base_url=sandbox.url, token_store=wrong_store) as wrong,
    ):
        await asyncio.gather(*(right.promotion.list(start=0, limit=1) for _ in range(20)))
        for _ in range(3):
            with pytest.raises(InvalidCredentialError):
                await wrong.promotion.list(start=0, limit=1)
        await right.promotion.list(start=0, limit=1)  # the fleet's token is still in place
    counters = await sandbox.admin.counters()
    assert counters["token_issuances"][DEFAULT_APPID] == 1
    assert counters["requests"]["promotion.list"] == 21  # the wrong client never called the API
    stored = [(as_bytes(key), await redises[0].dump(key)) for key in await redises[0].keys(f"{prefix}*")]
    assert stored and all(DEFAULT_APP_SECRET.encode() not in key + (value or b"") for key, value in stored)
    for r in redises:
        await r.aclose()


async def test_an_appid_ending_in_lock_cannot_block_another_apps_refresh(redis_url: str, prefix: str) -> None:
    """Before: the token of app ``X:lock`` sat at app X's lock key for 7200 s, so X could not refresh."""
    async with LoopbackServer() as server:
        server.route(STABLE, lambda r: json_answer({"access_token": f"tok-of-{r.json()['appid']}-000", "expires_in": 7200}))
        server.route(LIST, LIST_OK)
        redis = connect(redis_url)
        lease = max(1.0, PACE)

        def client(appid: str) -> WeChatUnionClient:
            store = RedisTokenStore(redis, prefix=prefix, lock_lease=lease, lock_wait=2 * lease)
            return WeChatUnionClient(appid, "same-secret-0123", base_url=server.url, token_store=store)

        async with client("wxvictim:lock") as squatter, client("wxvictim") as victim:
            await squatter.promotion.list(start=0, limit=1)
            await victim.promotion.list(start=0, limit=1)  # needs the refresh lock
            assert squatter.tokens.key != victim.tokens.key
        keys = sorted(as_bytes(k).decode() for k in await redis.keys(f"{prefix}*"))
        await redis.aclose()
    assert [r.query["access_token"] for r in server.hits(LIST)] == ["tok-of-wxvictim:lock-000", "tok-of-wxvictim-000"]
    assert len(keys) == 2 and all(k.startswith(f"{prefix}token:wechat:access_token:wxvictim") for k in keys)
    assert any("wxvictim%3Alock:" in k for k in keys)


# ---------------------------------------------------------------------------- corrupt values heal




def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


# Values a client cannot have written, as strings at the token key...
GARBAGE_STRINGS: dict[str, bytes] = {
    "number": b"5",
    "json-string": b'"tok-garbage-123"',
    "empty-object": b"{}",
    "array": b"[1, 2]",
    "null": b"null",
    "not-utf8": b"\xff\xfe\x00garbage",
    "not-json": b"v=tok&e=1",
    "value-a-number": _json({"v": 12345678, "e": FUTURE, "r": FUTURE - 60}),
    "value-a-list": _json({"v": ["tok-garbage-123"], "e": FUTURE, "r": FUTURE - 60}),
    "value-empty": _json({"v": "", "e": FUTURE, "r": FUTURE - 60}),
    "expiry-a-string": _json({"v": "tok-garbage-123", "e": "later", "r": FUTURE}),
    "expiry-missing": _json({"v": "tok-garbage-123"}),
    "expiry-absurd": _json({"v": "tok-garbage-123", "e": 1e300, "r": 1e300}),
    "refresh-after-expiry": _json({"v": "tok-garbage-123", "e": FUTURE, "r": FUTURE + 60}),
    "expiry-a-bool": _json({"v": "tok-garbage-123", "e": True, "r": True}),
}
# ... and values of other Redis types.
GARBAGE_TYPES = ["hash", "list", "set", "zset", "stream"]


async def write_garbage(redis: Any, key: str, kind: str) -> None:
    await redis.delete(key)
    if kind in GARBAGE_STRINGS:
        await redis.set(key, GARBAGE_STRINGS[kind])
    elif kind == "hash":
        await redis.hset(key, mapping={"v": "tok-garbage-123", "e": str(FUTURE)})
    elif kind == "list":
        await redis.rpush(key, "tok-garbage-123", "x")
    elif kind == "set":
        await redis.sadd(key, "tok-garbage-123")
    elif kind == "zset":
        await redis.zadd(key, {"tok-garbage-123": 1.0})
    elif kind == "stream":
        await redis.xadd(key, {"v": "tok-garbage-123"})
    else:  # pragma: no cover
        raise AssertionError(kind)


def good_only(*good: str) -> Any:
    def handler(record: Any) -> Any:
        if record.query.get("access_token") in good:
            return LIST_OK
        return json_answer({"errcode": 40001, "errmsg": "invalid credential"})

    return handler


async def assert_holds_token(redis: Any, key: str, value: str) -> None:
    assert await redis.type(key) == b"string"
    assert json.loads(await redis.get(key))["v"] == value
    assert 0 < await redis.pttl(key) <= 7500 * 1000


@pytest.mark.parametrize("kind", [*GARBAGE_STRINGS, *GARBAGE_TYPES])
async def test_garbage_under_the_token_key_is_absent_and_replaced(redis_url: str, prefix: str, kind: str) -> None:
    redis = connect(redis_url)
    store = RedisTokenStore(redis, prefix=prefix)
    async with LoopbackServer() as server:
        server.route(STABLE, json_answer({"access_token": "tok-healed-0001", "expires_in": 7200}))
        server.route(LIST, good_only("tok-healed-0001"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as wx:
            key = store._token_key(wx.tokens.key)
            await write_garbage(redis, key, kind)
            for _ in range(5):
                await wx.promotion.list(start=0, limit=1)
            await asyncio.gather(*(wx.promotion.list(start=0, limit=1) for _ in range(100)))
            # a second process (no near cache of its own) finds the healed value
            other = RedisTokenStore(redis, prefix=prefix)
            async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=other) as wx2:
                await wx2.promotion.list(start=0, limit=1)
        assert server.count(STABLE) == 1
        assert server.count(LIST) == 106
        await assert_holds_token(redis, key, "tok-healed-0001")
    await redis.aclose()


@pytest.mark.parametrize("kind", ["hash", "list", "number", "value-a-number"])
async def test_garbage_written_mid_run_heals_on_the_next_refresh(redis_url: str, prefix: str, kind: str) -> None:
    """Garbage lands while the client runs: found by the next read, or met by compare-and-expire."""
    redis = connect(redis_url)
    store = RedisTokenStore(redis, prefix=prefix, near_cache_ttl=3600.0)
    tokens = iter(["tok-midrun-0001", "tok-midrun-0002", "tok-midrun-0003"])
    async with LoopbackServer() as server:
        server.route(STABLE, lambda r: json_answer({"access_token": next(tokens), "expires_in": 7200}))
        server.route(LIST, good_only("tok-midrun-0001", "tok-midrun-0002"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as wx:
            await wx.promotion.list(start=0, limit=1)
            key = store._token_key(wx.tokens.key)
            await write_garbage(redis, key, kind)
            store._near.clear()  # the near cache ran out: the next call reads the garbage
            await wx.promotion.list(start=0, limit=1)  # absent, so refreshed
            await assert_holds_token(redis, key, "tok-midrun-0002")
            # Now the held token (near cache) is rejected while garbage sits at the key.
            await write_garbage(redis, key, kind)
            server.route(LIST, good_only("tok-midrun-0003"))
            await wx.promotion.list(start=0, limit=1)
            await assert_holds_token(redis, key, "tok-midrun-0003")
        assert server.count(STABLE) == 3
        assert [r.query["access_token"] for r in server.hits(LIST)] == [
            "tok-midrun-0001",
            "tok-midrun-0002",
            "tok-midrun-0002",
            "tok-midrun-0003",
        ]
    await redis.aclose()


@pytest.mark.parametrize("kind", ["string-without-lease", "hash", "list"])
async def test_garbage_under_the_lock_key_does_not_block_refreshes(redis_url: str, prefix: str, kind: str) -> None:
    redis = connect(redis_url)
    lease = max(1.0, PACE)
    store = RedisTokenStore(redis, prefix=prefix, lock_lease=lease, lock_wait=2 * lease)
    async with LoopbackServer() as server:
        server.route(STABLE, json_answer({"access_token": "tok-lock-heal-01", "expires_in": 7200}))
        server.route(LIST, LIST_OK)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as wx:
            lock_key = store._lock_key(wx.tokens.key)
            if kind == "string-without-lease":
                await redis.set(lock_key, "someone-who-never-lets-go")
            else:
                await write_garbage(redis, lock_key, kind)
            started = time.monotonic()
            await wx.promotion.list(start=0, limit=1)
            took = time.monotonic() - started
        assert await redis.exists(lock_key) == 0  # taken over, then released
    await redis.aclose()
    assert server.count(STABLE) == 1
    assert took < lease  # not a wait for a lease that does not exist


async def test_rate_bucket_key_holding_another_type_is_replaced(redis_url: str, prefix: str) -> None:
    redis = connect(redis_url)
    limiter = FleetRateLimiter(redis, {"*": Rate(1000, per=1.0, burst=10)}, scope="garbage", prefix=prefix)
    await redis.set(f"{prefix}rate:garbage:*", "not a bucket")
    for _ in range(5):
        await limiter.acquire("plan_info")
    assert await redis.type(f"{prefix}rate:garbage:*") == b"hash"
    await redis.aclose()


# ---------------------------------------------------------------------------- a busy event loop


def stalling_redis(url: str, op_timeout: float) -> tuple[aioredis.Redis, dict[str, int]]:
    """A Redis client whose event loop is blocked right after every other token-store command (GET,
    SET, EVALSHA) is sent, for twice op_timeout: what a busy loop does to a call waiting for Redis'
    answer (which arrives meanwhile)."""
    counts = {"sent": 0, "stalls": 0}

    class StallingConnection(aioredis.Connection):
        async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
            await super().send_packed_command(command, check_health)
            packed = b"".join(command) if isinstance(command, list) else bytes(command)
            if not any(name in packed[:40] for name in (b"GET", b"SET", b"EVALSHA")):
                return  # the connection's handshake
            counts["sent"] += 1
            if counts["sent"] % 2 == 0:
                counts["stalls"] += 1
                time.sleep(2 * op_timeout)  # blocks the loop: no callback, no timer runs meanwhile

    pool = aioredis.BlockingConnectionPool.from_url(
        url, connection_class=StallingConnection, timeout=op_timeout, socket_timeout=op_timeout
    )
    return aioredis.Redis(connection_pool=pool), counts


class SlowRedis:
    """Redis behind a loopback TCP proxy that holds every answer back for ``delay`` seconds while
    ``delay`` is set: a slow Redis (or network), seen from a loop that is not busy at all."""

    def __init__(self, url: str) -> None:
        parsed = urlsplit(url)
        self._upstream = (parsed.hostname or "127.0.0.1", parsed.port or 6379)
        self.delay = 0.0
        self.held = 0
        self._writers: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> SlowRedis:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.url = f"redis://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/0"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.close()
        for writer in self._writers:
            writer.close()
        await self._server.wait_closed()

    async def _serve(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(*self._upstream)
        self._writers += [client_writer, upstream_writer]

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter, *, answers: bool) -> None:
            with contextlib.suppress(OSError):
                while data := await source.read(65536):
                    if answers and self.delay:
                        self.held += 1
                        await asyncio.sleep(self.delay)
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(
            pipe(client_reader, upstream_writer, answers=False), pipe(upstream_reader, client_writer, answers=True)
        )


def sandbox_calls(wx: WeChatUnionClient, errors: list[BaseException]) -> Any:
    async def calls(n: int) -> int:
        outcomes = await asyncio.gather(*(wx.promotion.list(start=0, limit=1) for _ in range(n)), return_exceptions=True)
        errors.extend(o for o in outcomes if isinstance(o, BaseException))
        return sum(1 for o in outcomes if not isinstance(o, BaseException))

    return calls


async def test_loop_stalls_longer_than_op_timeout_fail_no_call(sandbox: SandboxServer, redis_url: str, prefix: str) -> None:
    """Every other Redis command is followed by a loop stall of twice op_timeout, Redis' answer
    arriving meanwhile: no call fails (before this fix about a quarter of them did), a forced expiry costs one
    refresh."""
    # op_timeout far above a normal round trip here, so only the stalls can make a command late.
    op_timeout = max(0.2, 50 * redis_round_trip_seconds(redis_url))
    redis, counts = stalling_redis(redis_url, op_timeout)
    store = RedisTokenStore(
        redis, prefix=prefix, op_timeout=op_timeout, near_cache_ttl=0.0, lock_lease=20 * op_timeout, lock_wait=40 * op_timeout
    )
    errors: list[BaseException] = []
    async with WeChatUnionClient(DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=sandbox.url, token_store=store) as wx:
        calls = sandbox_calls(wx, errors)
        ok = await calls(20)
        for _ in range(10):
            ok += await calls(20)
        await sandbox.admin.expire_tokens(DEFAULT_APPID)
        for _ in range(10):
            ok += await calls(20)
        fetches = wx.tokens.fetch_count
    await redis.aclose()
    print(f"\nloop stalls of {2 * op_timeout:.2f} s (op_timeout {op_timeout:.2f} s) after every other Redis command: "
          f"{counts['stalls']} stalls, {ok} calls ok, {len(errors)} failed, {store.slow_reads_served} slow reads "
          f"served the known token, {fetches} token fetches")  # fmt: skip
    assert errors == []
    assert ok == 21 * 20
    assert counts["stalls"] >= 10
    assert fetches == 2  # the first token, and one refresh after the forced expiry


async def test_a_slow_redis_serves_the_known_token_and_only_a_refresh_waits(
    sandbox: SandboxServer, redis_url: str, prefix: str
) -> None:
    """Redis answers after twice op_timeout: calls are served the token known valid in process. Then
    the token expires while Redis flaps between slow and fast: the refresh waits for Redis
    (retrying timed-out operations) and nothing fails."""
    op_timeout = max(0.2, 50 * redis_round_trip_seconds(redis_url))
    errors: list[BaseException] = []
    async with SlowRedis(redis_url) as slow:
        redis = connect(slow.url, op_timeout=op_timeout)
        store = RedisTokenStore(
            redis, prefix=prefix, op_timeout=op_timeout, near_cache_ttl=0.0,
            lock_lease=20 * op_timeout, lock_wait=60 * op_timeout,
        )  # fmt: skip
        async with WeChatUnionClient(DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=sandbox.url, token_store=store) as wx:
            calls = sandbox_calls(wx, errors)
            ok = await calls(20)
            slow.delay = 2 * op_timeout
            for _ in range(5):
                ok += await calls(20)
            served_while_slow = store.slow_reads_served

            async def flap() -> None:
                while True:
                    slow.delay = 2 * op_timeout
                    await asyncio.sleep(3 * op_timeout)
                    slow.delay = 0.0
                    await asyncio.sleep(3 * op_timeout)

            flapping = asyncio.ensure_future(flap())
            await sandbox.admin.expire_tokens(DEFAULT_APPID)
            for _ in range(5):
                ok += await calls(20)
            flapping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await flapping
            fetches = wx.tokens.fetch_count
        await redis.aclose()
    print(f"\nslow Redis (answers held {2 * op_timeout:.2f} s, op_timeout {op_timeout:.2f} s): {ok} calls ok, "
          f"{len(errors)} failed, {served_while_slow} slow reads served the known token, {slow.held} answers held, "
          f"{fetches} token fetches")  # fmt: skip
    assert errors == []
    assert ok == 11 * 20
    assert served_while_slow >= 5
    assert fetches == 2
