"""``python -m benchmarks [--quick] [--output DIR] [--skip NAME ...]`` — what ``make bench`` runs.

Runs the benchmarks against a replay server in a separate process, writes ``benchmarks.md``
(and ``throughput.png``) to ``--output`` (default ``docs/``) and prints a short summary. Timing
decides nothing here: the goals are reported as met or not, the exit status is 0 either way.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ._common import ROOT, ReplayServer, raise_fd_limit
from .ablation import AblationResult, run_ablation
from .chart import CHART_NAME, render_chart
from .clients import HTTPX, PROMOSDK, RAW
from .decode import DecodeResult, cases, run_decode
from .gc_share import GCShareResult, run_gc_share
from .importtime import ImportResult, run_importtime
from .memory import MemoryResult, run_memory_child
from .readme import readme_table
from .redis_overhead import RedisOverheadResult, run_redis_overhead
from .redis_overhead import render as render_redis
from .redis_overhead import summary as redis_summary
from .report import Results, render_markdown, summary_lines
from .report_sections import environment
from .singleflight import SingleFlightResult, run_singleflight
from .throughput import ThroughputResult, run_throughput

BENCHMARKS = ("throughput", "ablation", "gc", "decode", "singleflight", "memory", "import", "redis")
ENDPOINTS = ("promotion/list", "plan_info", "product/list")


@dataclass(frozen=True)
class Plan:
    concurrencies: tuple[int, ...]
    repeats: int
    #: fewer repeats at these concurrencies
    repeats_at: dict[int, int]
    #: httpx+pydantic is 10-40x slower than the others: fewer repeats show it
    httpx_repeats: int
    #: the first window of each client (opening its connections), then between windows
    first_warmup_s: float
    warmup_s: float
    window_s: float
    ablation_endpoints: tuple[str, ...]
    ablation_concurrencies: tuple[int, ...]
    ablation_repeats: int
    ablation_window_s: float
    gc_endpoints: tuple[str, ...]
    gc_concurrency: int
    gc_repeats: int
    decode_sizes: tuple[int, ...]
    decode_repeats: int
    decode_target_s: float
    singleflight_calls: int
    #: (client, calls, delay s, pool size, gate)
    memory_runs: tuple[tuple[str, int, float, int, int], ...]
    import_runs: int
    redis_repeats: int = 5
    redis_window_s: float = 0.6


FULL = Plan(
    concurrencies=(1, 100, 1000),
    repeats=5,
    repeats_at={1000: 3},
    httpx_repeats=3,
    first_warmup_s=0.3,
    warmup_s=0.05,
    window_s=0.3,
    ablation_endpoints=("promotion/list", "plan_info"),
    ablation_concurrencies=(100,),
    ablation_repeats=5,
    ablation_window_s=0.2,
    gc_endpoints=("product/list",),
    gc_concurrency=100,
    gc_repeats=3,
    decode_sizes=(10, 100, 1000),
    decode_repeats=5,
    decode_target_s=0.03,
    singleflight_calls=10_000,
    memory_runs=(
        ("promosdk", 10_000, 0.1, 256, 0),
        ("raw aiohttp", 10_000, 0.1, 256, 0),
    ),
    import_runs=15,
    redis_window_s=0.4,
)

QUICK = Plan(
    concurrencies=(1, 50),
    repeats=1,
    repeats_at={},
    httpx_repeats=1,
    first_warmup_s=0.1,
    warmup_s=0.05,
    window_s=0.2,
    ablation_endpoints=("promotion/list",),
    ablation_concurrencies=(50,),
    ablation_repeats=1,
    ablation_window_s=0.15,
    gc_endpoints=("product/list",),
    gc_concurrency=50,
    gc_repeats=1,
    decode_sizes=(10, 100),
    decode_repeats=2,
    decode_target_s=0.01,
    singleflight_calls=500,
    memory_runs=(("promosdk", 1_000, 0.2, 256, 0), ("raw aiohttp", 1_000, 0.2, 256, 0)),
    import_runs=2,
    redis_repeats=1,
    redis_window_s=0.2,
)


_STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _STARTED:6.1f} s] {message}", flush=True)


async def _network_benchmarks(
    server: ReplayServer, plan: Plan, skip: set[str]
) -> tuple[ThroughputResult | None, AblationResult | None, GCShareResult | None, SingleFlightResult | None]:
    throughput = ablation = gc_share = singleflight = None
    if "throughput" not in skip:
        log("throughput ...")
        throughput = await run_throughput(
            server,
            concurrencies=plan.concurrencies,
            endpoints=ENDPOINTS,
            repeats=plan.repeats,
            repeats_of={HTTPX: plan.httpx_repeats},
            repeats_at=plan.repeats_at,
            first_warmup_s=plan.first_warmup_s,
            warmup_s=plan.warmup_s,
            window_s=plan.window_s,
            log=log,
        )
    if "ablation" not in skip:
        log("tuned floor ablation ...")
        ablation = await run_ablation(
            server,
            endpoints=plan.ablation_endpoints,
            concurrencies=plan.ablation_concurrencies,
            repeats=plan.ablation_repeats,
            first_warmup_s=plan.first_warmup_s,
            warmup_s=plan.warmup_s,
            window_s=plan.ablation_window_s,
            log=log,
        )
    if "gc" not in skip:
        log("the GC's share of the CPU per call ...")
        gc_share = await run_gc_share(
            server,
            endpoints=plan.gc_endpoints,
            concurrency=plan.gc_concurrency,
            repeats=plan.gc_repeats,
            first_warmup_s=plan.first_warmup_s,
            warmup_s=plan.warmup_s,
            window_s=plan.ablation_window_s,
        )
        for e in plan.gc_endpoints:
            log(
                f"  {e}: GC per call promosdk {gc_share.gc_us(PROMOSDK, e):+.0f} µs, raw {gc_share.gc_us(RAW, e):+.0f} µs"
            )
    if "singleflight" not in skip:
        log("token single-flight ...")
        singleflight = await run_singleflight(server, plan.singleflight_calls)
        log(
            f"  {singleflight.token_requests} token request(s) for {singleflight.calls:,} calls, "
            f"{singleflight.wall_s:.2f} s"
        )
    return throughput, ablation, gc_share, singleflight


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a fast reduced run (the smoke test uses it)")
    parser.add_argument(
        "--output", type=Path, default=ROOT / "docs", help="where benchmarks.md goes (default docs/)"
    )
    parser.add_argument("--skip", action="append", choices=BENCHMARKS, default=[], help="skip a benchmark")
    parser.add_argument(
        "--readme-table", action="store_true", help="also print the README's performance table from this run"
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    skip = set(args.skip)
    raise_fd_limit()
    started = time.perf_counter()
    load_before = os.getloadavg()

    throughput: ThroughputResult | None = None
    ablation: AblationResult | None = None
    gc_share: GCShareResult | None = None
    singleflight: SingleFlightResult | None = None
    decode: DecodeResult | None = None
    memory: list[MemoryResult] = []
    imports: ImportResult | None = None
    redis_result: RedisOverheadResult | None = None

    with ReplayServer() as server:
        log(f"replay server {server.url} (pid {server.pid})")
        throughput, ablation, gc_share, singleflight = asyncio.run(_network_benchmarks(server, plan, skip))
        if "memory" not in skip:
            log("memory ...")
            for client, calls, delay, pool, gate in plan.memory_runs:
                result = run_memory_child(server.url, client, calls, delay, pool, gate)
                memory.append(result)
                gated = f", gated {gate}" if gate else ""
                log(
                    f"  {client} {calls:,} calls on {pool:,} connections{gated}: +{result.growth_mb:.1f} MB "
                    f"(held at once {result.max_held_by_server:,})"
                )
        if "redis" not in skip:
            log("redis token store overhead ...")
            redis_result = run_redis_overhead(
                server, repeats=plan.redis_repeats, window_s=plan.redis_window_s
            )
            log(f"  {redis_summary(redis_result)}")
    if "decode" not in skip:
        log("decode ...")
        decode = run_decode(
            cases(plan.decode_sizes), repeats=plan.decode_repeats, target_s=plan.decode_target_s, log=log
        )
    if "import" not in skip:
        log("import time ...")
        imports = run_importtime(plan.import_runs, log=log)

    results = Results(
        quick=args.quick,
        wall_s=time.perf_counter() - started,
        env=environment(load_before),
        throughput=throughput,
        ablation=ablation,
        gc_share=gc_share,
        decode=decode,
        singleflight=singleflight,
        memory=memory,
        imports=imports,
    )
    args.output.mkdir(parents=True, exist_ok=True)
    if throughput is not None:
        render_chart(throughput, args.output / CHART_NAME)
    extra = [render_redis(redis_result)] if redis_result is not None else []
    markdown = render_markdown(results, extra_sections=extra)
    (args.output / "benchmarks.md").write_text(markdown, encoding="utf-8")
    log("")
    log("summary")
    for line in summary_lines(results):
        log(f"  {line}")
    if redis_result is not None:
        log(f"  {redis_summary(redis_result)}")
    if args.readme_table:
        print("\nREADME performance table:\n" + "\n".join(readme_table(results, redis_result)), flush=True)
    log(f"results: {args.output / 'benchmarks.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
