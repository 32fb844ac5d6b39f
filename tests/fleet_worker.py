"""One worker process of the fleet tests: many concurrent calls sharing Redis state.

Run as ``python -m tests.fleet_worker MODE --sandbox URL --redis URL ...``; prints one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

import orjson

from promosdk import APIError, PromoSDKError, Rate, WeChatUnionClient
from promosdk._auth import wechat_token_key
from promosdk.redis_store import FleetRateLimiter, RedisTokenStore, connect
from promosdk.sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID


async def gate(args: argparse.Namespace) -> None:
    """Announce readiness, then wait for the go file; it holds the shared start time."""
    if args.ready_file:
        Path(args.ready_file).write_text("ready")
    if args.go_file:
        go = Path(args.go_file)
        while not go.exists() or not go.read_text():
            await asyncio.sleep(0.01)
        args.start_at = float(go.read_text())
    if args.start_at:
        await asyncio.sleep(max(0.0, args.start_at - time.time()))


def build_store(args: argparse.Namespace) -> RedisTokenStore:
    return RedisTokenStore(
        connect(args.redis, op_timeout=args.op_timeout),
        prefix=args.prefix,
        lock_lease=args.lease,
        lock_wait=args.lease + 10,
        op_timeout=args.op_timeout,
        on_error=args.on_error,
        near_cache_ttl=args.near_cache,
    )


async def calls(args: argparse.Namespace) -> dict[str, Any]:
    store = build_store(args)
    async with WeChatUnionClient(
        DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=args.sandbox, token_store=store, max_retries=4
    ) as wx:
        for _ in range(args.warmup):
            await wx.promotion.list(start=0, limit=1)
        await gate(args)
        ok = 0
        errors: dict[str, int] = {}

        async def one() -> None:
            nonlocal ok
            try:
                await wx.promotion.list(start=0, limit=1)
                ok += 1
            except PromoSDKError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1

        started = time.monotonic()
        stop_at = (args.start_at or time.time()) + args.duration
        rounds = 0
        progress = Path(args.progress_file) if args.progress_file else None
        stop_file = Path(args.stop_file) if args.stop_file else None
        parent = os.getppid()
        while True:
            if stop_file is not None:
                # Runs until told to stop (no time limit to guess): or until the test process is gone.
                if stop_file.exists() or os.getppid() != parent or (args.duration and time.time() > stop_at):
                    break
            elif rounds >= args.rounds and time.time() >= stop_at:
                break
            await asyncio.gather(*(one() for _ in range(args.calls)))
            rounds += 1
            if progress is not None:
                progress.write_text(str(rounds))
        return {
            "ok": ok,
            "errors": errors,
            "fetches": wx.tokens.fetch_count,
            "slow_reads_served": store.slow_reads_served,
            "elapsed": time.monotonic() - started,
            "rounds": rounds,
        }


async def hold_lock(args: argparse.Namespace) -> dict[str, Any]:
    """Take the refresh lock, announce it, and hang until killed."""
    store = build_store(args)
    async with store.lock(wechat_token_key(DEFAULT_APPID, DEFAULT_APP_SECRET)):
        print(orjson.dumps({"holding": True}).decode(), flush=True)
        await asyncio.sleep(3600)
    return {}


async def rate(args: argparse.Namespace) -> dict[str, Any]:
    redis = connect(args.redis)
    limiter = FleetRateLimiter(
        redis, {"*": Rate(args.rate, per=1.0, burst=args.burst)}, scope="fleet-test", prefix=args.prefix, max_wait=60
    )
    await limiter.acquire("warm-up")  # no limit configured: just connects
    await gate(args)
    stop_at = args.start_at + args.window
    granted: list[float] = []

    async def loop() -> None:
        while True:
            await limiter.acquire("plan_info")
            now = time.time()
            if now >= stop_at:
                return
            granted.append(now)

    await asyncio.gather(*(loop() for _ in range(args.calls)))
    await redis.aclose()
    return {"granted": len(granted), "first": min(granted, default=0), "last": max(granted, default=0)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["calls", "hold-lock", "rate"])
    parser.add_argument("--sandbox", default="")
    parser.add_argument("--redis", required=True)
    parser.add_argument("--prefix", default="promosdk-test:")
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--duration", type=float, default=0.0)
    parser.add_argument("--progress-file", default="")
    parser.add_argument("--ready-file", default="")
    parser.add_argument("--go-file", default="")
    parser.add_argument("--warmup", type=int, default=0)
    parser.add_argument("--near-cache", type=float, default=1.0)
    parser.add_argument("--stop-file", default="")
    parser.add_argument("--lease", type=float, default=30.0)
    parser.add_argument("--op-timeout", type=float, default=2.0)
    parser.add_argument("--on-error", choices=["raise", "local"], default="raise")
    parser.add_argument("--start-at", type=float, default=0.0)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--burst", type=float, default=1.0)
    parser.add_argument("--window", type=float, default=5.0)
    args = parser.parse_args()
    runner = {"calls": calls, "hold-lock": hold_lock, "rate": rate}[args.mode]
    try:
        result = asyncio.run(runner(args))
    except APIError as exc:
        result = {"fatal": repr(exc)}
    print(orjson.dumps(result).decode(), flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
