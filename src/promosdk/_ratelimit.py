"""Client-side rate budgets: consulted before every attempt so the vendor's quota is never hit.

``LocalRateLimiter`` is a token bucket for one process; ``promosdk.redis_store.FleetRateLimiter``
shares the bucket across every process of a fleet through Redis.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Literal, Protocol, runtime_checkable

from attrs import frozen

from ._errors import RateLimitExceeded

__all__ = ["LocalRateLimiter", "Rate", "RateLimitExceeded", "RateLimiter"]

WILDCARD = "*"


@frozen
class Rate:
    """``calls`` per ``per`` seconds, with a bucket of ``burst`` (default: one second's worth, at least 1)."""

    calls: float
    per: float = 1.0
    burst: float | None = None

    @property
    def per_second(self) -> float:
        return self.calls / self.per

    @property
    def capacity(self) -> float:
        return self.burst if self.burst is not None else max(1.0, self.per_second)


@runtime_checkable
class RateLimiter(Protocol):
    async def acquire(self, operation: str) -> None:
        """Return when a call of ``operation`` (its id, ``group.name``) may be sent, or raise RateLimitExceeded."""
        ...


def pick_rate(limits: Mapping[str, Rate], operation: str) -> tuple[str, Rate] | None:
    """The limit of ``operation`` (its id ``group.name``) and the bucket key it is counted under.

    Limits are keyed by operation id (``"target.plan_info"``); the name alone (``"plan_info"``, the
    key before the registry) is still accepted, and ``"*"`` is one bucket shared by every operation
    without a limit of its own.
    """
    if operation in limits:
        return operation, limits[operation]
    _group, dot, name = operation.rpartition(".")
    if dot and name in limits:
        return name, limits[name]
    if WILDCARD in limits:
        return WILDCARD, limits[WILDCARD]
    return None


class LocalRateLimiter:
    """Per-operation (or ``"*"``) token buckets in this process, keyed by operation id (see :func:`pick_rate`)."""

    def __init__(
        self, limits: Mapping[str, Rate], *, mode: Literal["wait", "raise"] = "wait", max_wait: float = 30.0
    ) -> None:
        self.limits = dict(limits)
        self.mode = mode
        self.max_wait = max_wait
        self._buckets: dict[str, tuple[float, float]] = {}

    def __repr__(self) -> str:
        return f"LocalRateLimiter({self.limits!r}, mode={self.mode!r})"

    def _take(self, key: str, rate: Rate) -> float:
        """Take a token if there is one (0.0) or reserve the next and return the wait."""
        now = time.monotonic()
        tokens, stamp = self._buckets.get(key, (rate.capacity, now))
        tokens = min(rate.capacity, tokens + (now - stamp) * rate.per_second)
        tokens -= 1.0
        self._buckets[key] = (tokens, now)
        return 0.0 if tokens >= 0 else -tokens / rate.per_second

    async def acquire(self, operation: str) -> None:
        picked = pick_rate(self.limits, operation)
        if picked is None:
            return
        key, rate = picked
        wait = self._take(key, rate)
        if wait <= 0:
            return
        if self.mode == "raise" or wait > self.max_wait:
            # Give back the reservation we will not use.
            tokens, stamp = self._buckets[key]
            self._buckets[key] = (tokens + 1.0, stamp)
            raise RateLimitExceeded(operation, wait)
        try:
            await asyncio.sleep(wait)
        except asyncio.CancelledError:
            # The caller gave up before its slot: give the reservation back.
            tokens, stamp = self._buckets[key]
            self._buckets[key] = (min(rate.capacity, tokens + 1.0), stamp)
            raise
