"""The in-process token bucket (the fleet one is in tests/test_redis_store.py)."""

from __future__ import annotations

import asyncio
import time

import pytest

from promosdk import LocalRateLimiter, Rate, RateLimitExceeded


async def test_waits_for_a_slot_and_holds_the_rate() -> None:
    limiter = LocalRateLimiter({"plan_info": Rate(20, per=1.0, burst=1)})
    started = time.monotonic()
    for _ in range(6):
        await limiter.acquire("plan_info")
    elapsed = time.monotonic() - started
    assert 0.2 <= elapsed < 1.0  # 1 immediately, then one every 50 ms


async def test_unlimited_operations_and_wildcard() -> None:
    limiter = LocalRateLimiter({"*": Rate(1, per=60)}, mode="raise")
    await limiter.acquire("anything")
    with pytest.raises(RateLimitExceeded) as err:
        await limiter.acquire("something else")  # the wildcard bucket is shared
    assert err.value.wait > 0 and err.value.retryable is False
    await LocalRateLimiter({"plan_info": Rate(1, per=60)}).acquire("apply_status")  # no limit for it


async def test_raise_mode_and_max_wait_give_the_slot_back() -> None:
    limiter = LocalRateLimiter({"op": Rate(1, per=1.0, burst=1)}, max_wait=0.01)
    await limiter.acquire("op")
    with pytest.raises(RateLimitExceeded):
        await limiter.acquire("op")
    await asyncio.sleep(1.05)
    await limiter.acquire("op")  # the refused call did not keep a reservation


async def test_a_cancelled_waiter_returns_its_reservation() -> None:
    limiter = LocalRateLimiter({"op": Rate(2, per=1.0, burst=1)})
    await limiter.acquire("op")
    waiter = asyncio.create_task(limiter.acquire("op"))
    await asyncio.sleep(0.05)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    started = time.monotonic()
    await limiter.acquire("op")
    assert time.monotonic() - started < 0.6  # next slot, not the one after the cancelled reservation
