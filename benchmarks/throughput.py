"""Throughput and client CPU per call, at fixed concurrency, against the replay server.

One window: ``concurrency`` workers each calling in a loop on a client; after a warm-up (the
token, the connections, the decoders' hooks) a window is measured: completed calls, wall time,
``time.process_time()`` of this process (the client's CPU) and the server process's CPU (from
/proc, to show when the server is the bottleneck). Repeats are interleaved between the clients, in
a rotating order, so that a noisy moment hurts them alike; the medians are reported, and the ratios
vs a baseline (raw aiohttp as users write it, or the tuned floor) are medians of per-repeat ratios
(measured side by side). A client may take part in fewer repeats (``repeats_of``: httpx+pydantic,
20-40x slower, needs fewer to show it); its ratios pair its repeats with the baseline's first ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from ._common import ReplayServer, median
from .clients import CLIENT_NAMES, RAW, BenchClient, make_client


@dataclass
class Window:
    calls: int
    wall_s: float
    cpu_s: float
    server_cpu_s: float
    #: cyclic GC collections during the window, per generation (0, 1, 2: 2 = full)
    gc_collections: tuple[int, ...] = (0, 0, 0)

    @property
    def calls_per_s(self) -> float:
        return self.calls / self.wall_s

    @property
    def cpu_us_per_call(self) -> float:
        return self.cpu_s / self.calls * 1e6

    @property
    def server_util(self) -> float:
        return self.server_cpu_s / self.wall_s


@dataclass
class Point:
    client: str
    endpoint: str
    concurrency: int
    windows: list[Window] = field(default_factory=list)

    @property
    def calls_per_s(self) -> float:
        return median([w.calls_per_s for w in self.windows])

    @property
    def cpu_us_per_call(self) -> float:
        return median([w.cpu_us_per_call for w in self.windows])

    @property
    def server_util(self) -> float:
        return median([w.server_util for w in self.windows])


@dataclass
class ThroughputResult:
    concurrencies: list[int]
    endpoints: list[str]
    repeats: int
    window_s: float
    points: dict[tuple[str, str, int], Point]
    #: client -> the repeats it took part in
    repeats_of: dict[str, int] = field(default_factory=dict)
    #: (client, endpoint) -> the error a call raised: that client is not measured on that endpoint
    failures: dict[tuple[str, str], str] = field(default_factory=dict)
    #: concurrency -> its repeats, where fewer than ``repeats``
    repeats_at: dict[int, int] = field(default_factory=dict)

    def point(self, client: str, endpoint: str, concurrency: int) -> Point:
        return self.points[(client, endpoint, concurrency)]

    def ratio(
        self, client: str, endpoint: str, concurrency: int, *, cpu: bool = False, baseline: str = RAW
    ) -> float:
        """Median over repeats of client/baseline calls/s, or with ``cpu`` of baseline CPU per call /
        client CPU per call (> 1: the client is cheaper than the baseline)."""
        mine = self.point(client, endpoint, concurrency).windows
        base = self.point(baseline, endpoint, concurrency).windows
        # Repeat i of both (a client in fewer repeats pairs with the baseline's first ones).
        pairs = list(zip(mine, base, strict=False))
        if cpu:
            return median([b.cpu_us_per_call / m.cpu_us_per_call for m, b in pairs])
        return median([m.calls_per_s / b.calls_per_s for m, b in pairs])


async def measure_window(
    call: Callable[[], Awaitable[None]],
    concurrency: int,
    warmup_s: float,
    window_s: float,
    server_cpu: Callable[[], float],
    *,
    min_warm_calls: int = 0,
    max_warmup_s: float = 1.5,
    drain_s: float = 0.5,
) -> Window:
    """One window; the warm-up lasts ``warmup_s`` and at least until ``min_warm_calls`` calls are done
    (a fresh client's workers have each opened their connection), at most ``max_warmup_s``."""
    done = 0
    stop = False

    warm = asyncio.Event()
    if min_warm_calls <= 0:
        warm.set()

    async def worker() -> None:
        nonlocal done
        while not stop:
            try:
                await call()
            except BaseException:
                warm.set()  # a failing client does not get warm: end the warm-up, the failure is raised
                raise
            done += 1
            if done == min_warm_calls:
                warm.set()

    tasks = [asyncio.create_task(worker()) for _ in range(concurrency)]
    try:
        await asyncio.sleep(warmup_s)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(warm.wait(), max_warmup_s)
        g0 = [gen["collections"] for gen in gc.get_stats()]
        c0, t0, p0, s0 = done, time.perf_counter(), time.process_time(), server_cpu()
        await asyncio.sleep(window_s)
        c1, t1, p1, s1 = done, time.perf_counter(), time.process_time(), server_cpu()
        g1 = [gen["collections"] for gen in gc.get_stats()]
        stop = True
        # Let the calls in flight finish (the connections stay pooled for the next window), but a
        # slow client's queue is cut short: its drain is not measured, only waited for.
        finished, _ = await asyncio.wait(tasks, timeout=drain_s)
        for task in finished:
            task.result()  # a call that failed fails the window
    finally:
        stop = True
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    if c1 == c0:
        raise RuntimeError("no call completed in the window")
    return Window(
        calls=c1 - c0,
        wall_s=t1 - t0,
        cpu_s=p1 - p0,
        server_cpu_s=s1 - s0,
        gc_collections=tuple(b - a for a, b in zip(g0, g1, strict=True)),
    )


@dataclass(frozen=True)
class Variant:
    """One client configuration measured in a series: ``label`` names it in the results."""

    label: str
    client: str
    without: str | None = None
    #: the repeats it takes part in (None: all)
    repeats: int | None = None
    #: the cyclic GC paused during its windows (to measure what the GC takes)
    gc_paused: bool = False


async def interleaved(
    server: ReplayServer,
    variants: Sequence[Variant],
    endpoint: str,
    concurrency: int,
    *,
    repeats: int,
    first_warmup_s: float,
    warmup_s: float,
    window_s: float,
) -> tuple[dict[str, list[Window]], dict[str, str]]:
    """Windows of every variant on ``endpoint`` at ``concurrency``, repeats interleaved in rotating order.

    Each variant's client is started once and kept for all its windows (connections open, token
    fetched, hooks built: a long-lived client, as in an application); the first window of each
    warms up longer (``first_warmup_s``, and until as many calls as workers are done, at most 1.5 s:
    the pool's connections are open), the next ones only ramp their workers up again. Idle clients run nothing between their windows. Returns the
    windows by label, and the error of each variant whose start or calls failed (not measured)."""
    windows: dict[str, list[Window]] = {v.label: [] for v in variants}
    failures: dict[str, str] = {}
    clients: dict[str, BenchClient] = {}
    try:
        for v in variants:
            client = make_client(v.client, server.url, without=v.without)
            clients[v.label] = client
            try:
                await client.start()
            except Exception as exc:  # reported (and its goals not met), not fatal for the others
                failures[v.label] = f"{type(exc).__name__}: {exc}"[:300]
        for rep in range(repeats):
            shift = rep % len(variants)
            for v in [*variants[shift:], *variants[:shift]]:
                if v.label in failures or rep >= (v.repeats if v.repeats is not None else repeats):
                    continue
                first = not windows[v.label]
                if v.gc_paused:
                    gc.disable()
                try:
                    window = await measure_window(
                        clients[v.label].call(endpoint),
                        concurrency,
                        first_warmup_s if first else warmup_s,
                        window_s,
                        server.cpu_seconds,
                        min_warm_calls=concurrency if first else 0,
                    )
                except Exception as exc:
                    failures[v.label] = f"{type(exc).__name__}: {exc}"[:300]
                    continue
                finally:
                    gc.enable()
                windows[v.label].append(window)
    finally:
        for client in clients.values():
            with contextlib.suppress(Exception):
                await client.close()
    return windows, failures


async def run_throughput(
    server: ReplayServer,
    *,
    concurrencies: Sequence[int],
    endpoints: Sequence[str],
    repeats: int,
    first_warmup_s: float,
    warmup_s: float,
    window_s: float,
    clients: Sequence[str] = CLIENT_NAMES,
    repeats_of: dict[str, int] | None = None,
    repeats_at: dict[int, int] | None = None,
    log: Callable[[str], None] = print,
) -> ThroughputResult:
    """``repeats_of`` caps the repeats of a client, ``repeats_at`` those of a concurrency (at c=1,000
    each window also waits for 1,000 queued calls to drain: fewer repeats keep the run short)."""
    points = {(c, e, n): Point(c, e, n) for c in clients for e in endpoints for n in concurrencies}
    wanted = {name: min(repeats, (repeats_of or {}).get(name, repeats)) for name in clients}
    failures: dict[tuple[str, str], str] = {}
    for endpoint in endpoints:
        for concurrency in concurrencies:
            here = (repeats_at or {}).get(concurrency, repeats)
            variants = [Variant(name, name, repeats=min(here, wanted[name])) for name in clients]
            measured, failed = await interleaved(
                server,
                [v for v in variants if (v.client, endpoint) not in failures],
                endpoint,
                concurrency,
                repeats=here,
                first_warmup_s=first_warmup_s,
                warmup_s=warmup_s,
                window_s=window_s,
            )
            for name, windows in measured.items():
                points[(name, endpoint, concurrency)].windows.extend(windows)
            for name, error in failed.items():
                failures[(name, endpoint)] = error
                log(f"  {name} {endpoint} FAILED: {error}")
            summary = ", ".join(
                f"{name} {points[(name, endpoint, concurrency)].calls_per_s:,.0f}/s "
                f"{points[(name, endpoint, concurrency)].cpu_us_per_call:.0f}µs"
                for name in clients
                if points[(name, endpoint, concurrency)].windows
            )
            log(f"  throughput {endpoint} c={concurrency}: {summary}")
    return ThroughputResult(
        list(concurrencies),
        list(endpoints),
        repeats,
        window_s,
        points,
        wanted,
        failures,
        dict(repeats_at or {}),
    )
