"""Per-call overhead of the Redis token store versus the in-memory store, measured in one run.

The same promosdk client calls promotion/list on the replay server at concurrency 100 with:
the in-memory store (the baseline), ``RedisTokenStore`` as shipped (1 s near cache), and
``RedisTokenStore(near_cache_ttl=0)`` (one Redis round trip per call). Repeats are interleaved;
the report gives medians of per-repeat ratios. Needs a ``redis-server`` binary (started privately on
a free loopback port); without one the benchmark is skipped and says so.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from promosdk import InMemoryTokenStore, TokenStore, WeChatUnionClient
from promosdk.redis_store import RedisTokenStore, connect

from ._common import APPID, SECRET, ReplayServer, median

VARIANTS = ("in-memory store", "Redis store (near cache 1 s)", "Redis store (no near cache)")


@dataclass
class RedisOverheadResult:
    skipped: str = ""
    concurrency: int = 100
    calls_per_s: dict[str, float] = field(default_factory=dict)
    cpu_us: dict[str, float] = field(default_factory=dict)
    cpu_ratio: dict[str, float] = field(
        default_factory=dict
    )  # store CPU / in-memory CPU (1.00 = no overhead)
    redis_reads_per_call: dict[str, float] = field(default_factory=dict)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_redis() -> tuple[subprocess.Popen[bytes], str, str] | None:
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    port = _free_port()
    workdir = tempfile.mkdtemp(prefix="promosdk-bench-redis-")
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            workdir,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, f"redis://127.0.0.1:{port}/0", workdir
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                return None
            time.sleep(0.05)


async def _measure(
    server_url: str, store: TokenStore, concurrency: int, window_s: float
) -> tuple[float, float, int]:
    async with WeChatUnionClient(APPID, SECRET, base_url=server_url, token_store=store) as wx:
        await wx.promotion.list(start=0, limit=20)  # token fetched, connections warm
        stop_at = 0.0
        calls = 0

        async def worker() -> None:
            nonlocal calls
            while time.perf_counter() < stop_at:
                await wx.promotion.list(start=0, limit=20)
                calls += 1

        cpu0, wall0 = time.process_time(), time.perf_counter()
        stop_at = wall0 + window_s
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        return calls / wall, cpu / calls * 1e6, calls


async def _run(
    server_url: str, redis_url: str, concurrency: int, repeats: int, window_s: float
) -> RedisOverheadResult:
    result = RedisOverheadResult(concurrency=concurrency)
    redis = connect(redis_url)
    factories: dict[str, Callable[[], TokenStore]] = {
        VARIANTS[0]: InMemoryTokenStore,
        VARIANTS[1]: lambda: RedisTokenStore(redis, prefix="bench:"),
        VARIANTS[2]: lambda: RedisTokenStore(redis, prefix="bench:", near_cache_ttl=0.0),
    }
    rates: dict[str, list[float]] = {v: [] for v in VARIANTS}
    cpus: dict[str, list[float]] = {v: [] for v in VARIANTS}
    ratios: dict[str, list[float]] = {v: [] for v in VARIANTS}
    reads: dict[str, list[float]] = {v: [] for v in VARIANTS}
    for repeat in range(repeats):
        order = VARIANTS[repeat % 3 :] + VARIANTS[: repeat % 3]
        measured: dict[str, float] = {}
        for variant in order:
            store = factories[variant]()
            rate, cpu, calls = await _measure(server_url, store, concurrency, window_s)
            rates[variant].append(rate)
            cpus[variant].append(cpu)
            measured[variant] = cpu
            if isinstance(store, RedisTokenStore):
                reads[variant].append(store.redis_reads / max(1, calls))
        for variant in VARIANTS:
            ratios[variant].append(measured[variant] / measured[VARIANTS[0]])
    await redis.aclose()
    for variant in VARIANTS:
        result.calls_per_s[variant] = median(rates[variant])
        result.cpu_us[variant] = median(cpus[variant])
        result.cpu_ratio[variant] = median(ratios[variant])
        if reads[variant]:
            result.redis_reads_per_call[variant] = median(reads[variant])
    return result


def run_redis_overhead(
    server: ReplayServer, *, repeats: int, window_s: float, concurrency: int = 100
) -> RedisOverheadResult:
    started = _start_redis()
    if started is None:
        return RedisOverheadResult(skipped="redis-server is not installed (bash .ci/run installs Debian's)")
    proc, url, workdir = started
    try:
        return asyncio.run(_run(server.url, url, concurrency, repeats, window_s))
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)


def render(result: RedisOverheadResult) -> str:
    lines = ["## 7. Redis token store overhead", ""]
    if result.skipped:
        return "\n".join([*lines, f"Skipped: {result.skipped}.", ""])
    lines += [
        f"promotion/list at concurrency {result.concurrency}, same client, only the token store differs; "
        "repeats interleaved, medians. *CPU ratio* = client CPU per call with that store / with the "
        "in-memory store (1.00 = no overhead).",
        "",
        "| token store | calls/s | client CPU µs/call | CPU ratio vs in-memory | Redis reads per call |",
        "| --- | --- | --- | --- | --- |",
    ]
    for variant in VARIANTS:
        reads = result.redis_reads_per_call.get(variant)
        lines.append(
            f"| {variant} | {result.calls_per_s[variant]:,.0f} | {result.cpu_us[variant]:.0f} | "
            f"{result.cpu_ratio[variant]:.2f} | {'—' if reads is None else f'{reads:.4f}'} |"
        )
    return "\n".join([*lines, ""])


def summary(result: RedisOverheadResult) -> str:
    if result.skipped:
        return f"redis store overhead: skipped ({result.skipped})"
    return "redis store CPU per call vs in-memory: " + ", ".join(
        f"{v} {result.cpu_ratio[v]:.2f}x" for v in VARIANTS[1:]
    )
