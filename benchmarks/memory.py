"""Memory: RSS growth of the client process with N calls in flight at once.

Each client is measured in a fresh child process (``python -m benchmarks.memory``; RSS seldom
shrinks, so earlier benchmarks would blur it): warm up (token, hooks, a few calls), ``gc.collect()``,
read VmRSS from /proc/self/status (baseline), make the replay server hold its answers ``delay``
seconds, start N calls at once, sample VmRSS every 20 ms until the last answer, and report the peak
minus the baseline. Two pool sizes: N connections (all N calls on the wire at once; the server
reports how many answers it held at the same time) and the default 256 (N - 256 calls wait in the
connection pool's queue, which is what ``asyncio.gather`` of N calls on a default client does);
and, for comparison, the N calls gated by an ``asyncio.Semaphore(256)`` around each call (what the
workers of ``promosdk.batch`` amount to: waiting calls have not entered the client yet).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from ._common import PATH_LIST, ROOT, admin_call, raise_fd_limit, rss_bytes
from .clients import make_client


@dataclass
class MemoryResult:
    client: str
    calls: int
    delay_s: float
    baseline_mb: float
    peak_mb: float
    growth_mb: float
    after_gc_mb: float
    pool_size: int
    #: Calls admitted at once by an asyncio.Semaphore around each call (0: none).
    gate: int
    max_held_by_server: int
    wall_s: float

    @property
    def kb_per_call(self) -> float:
        return self.growth_mb * 1024 / self.calls


async def measure(
    url: str, client_name: str, calls: int, delay: float, pool_size: int, gate: int = 0
) -> MemoryResult:
    client = make_client(client_name, url, pool_size=pool_size)
    await client.start()
    call = client.call("promotion/list")
    try:
        for _ in range(10):
            await call()
        gc.collect()
        baseline = rss_bytes()
        admin_call(url, "/_bench/reset", {})
        admin_call(url, "/_bench/config", {"delay": delay})
        done = 0

        semaphore = asyncio.Semaphore(gate) if gate else None

        async def one() -> None:
            nonlocal done
            if semaphore is None:
                await call()
            else:
                async with semaphore:
                    await call()
            done += 1

        t0 = time.perf_counter()
        tasks = [asyncio.create_task(one()) for _ in range(calls)]
        peak = rss_bytes()
        while done < calls:
            await asyncio.sleep(0.02)
            peak = max(peak, rss_bytes())
        await asyncio.gather(*tasks)
        counters = admin_call(url, "/_bench/counters")
        if counters.get(PATH_LIST, 0) != calls:
            raise RuntimeError(f"the server saw {counters.get(PATH_LIST)} calls, not {calls}")
        wall = time.perf_counter() - t0
        peak = max(peak, rss_bytes())
        del tasks
        gc.collect()
        after = rss_bytes()
    finally:
        admin_call(url, "/_bench/config", {"delay": 0.0})
        await client.close()
    mb = 1024 * 1024
    return MemoryResult(
        client=client_name,
        calls=calls,
        delay_s=delay,
        baseline_mb=baseline / mb,
        peak_mb=peak / mb,
        growth_mb=(peak - baseline) / mb,
        after_gc_mb=after / mb,
        pool_size=pool_size,
        gate=gate,
        max_held_by_server=int(counters.get("max_inflight", 0)),
        wall_s=wall,
    )


def run_memory_child(
    url: str,
    client_name: str,
    calls: int,
    delay: float,
    pool_size: int,
    gate: int = 0,
    timeout: float = 120.0,
) -> MemoryResult:
    """Run :func:`measure` in a fresh interpreter and return its result."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.memory",
            "--url",
            url,
            "--client",
            client_name,
            "--calls",
            str(calls),
            "--delay",
            str(delay),
            "--pool-size",
            str(pool_size),
            "--gate",
            str(gate),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"memory child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return MemoryResult(**data)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__)
    parser.add_argument("--url", required=True, help="the replay server")
    parser.add_argument("--client", default="promosdk")
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--delay", type=float, default=2.0)
    parser.add_argument("--pool-size", type=int, default=0, help="connections (0: as many as calls)")
    parser.add_argument("--gate", type=int, default=0, help="admit this many calls at once (0: no gate)")
    args = parser.parse_args(argv)
    raise_fd_limit()
    result = asyncio.run(
        measure(args.url, args.client, args.calls, args.delay, args.pool_size or args.calls, args.gate)
    )
    print(json.dumps(asdict(result)))


if __name__ == "__main__":
    main()
