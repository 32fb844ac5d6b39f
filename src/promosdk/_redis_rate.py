"""FleetRateLimiter: token buckets shared by a fleet, run as a Lua script on Redis's clock."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import quote

import redis.asyncio as aioredis

from ._errors import StoreUnavailableError
from ._ratelimit import LocalRateLimiter, Rate, RateLimitExceeded, pick_rate
from ._redis_guard import Guard, OnError
from ._redis_scripts import TOKEN_BUCKET


class FleetRateLimiter:
    """Token buckets shared by a fleet through Redis, per operation or for the whole app (``"*"``)."""

    def __init__(
        self,
        redis: aioredis.Redis,
        limits: Mapping[str, Rate],
        *,
        scope: str,
        prefix: str = "promosdk:",
        mode: Literal["wait", "raise"] = "wait",
        max_wait: float = 30.0,
        op_timeout: float = 2.0,
        on_error: OnError = "raise",
        fallback_share: float = 1.0,
    ) -> None:
        self._redis = redis
        self.limits = dict(limits)
        self.scope = scope
        # Percent-encoded like the appid in token keys: a scope holding ":" cannot name another
        # scope's bucket (``a:b`` + op ``c`` vs ``a`` + op ``b:c``).
        self._scope_key = quote(scope, safe="")
        self.prefix = prefix
        self.mode = mode
        self.max_wait = max_wait
        self.on_error = on_error
        self._guard = Guard(op_timeout, "rate limiter")
        self._bucket = redis.register_script(TOKEN_BUCKET)
        shared = {op: Rate(r.calls * fallback_share, r.per, r.burst) for op, r in self.limits.items()}
        self._fallback = LocalRateLimiter(shared, mode=mode, max_wait=max_wait)

    def __repr__(self) -> str:
        return f"FleetRateLimiter(scope={self.scope!r}, limits={self.limits!r}, mode={self.mode!r})"

    async def acquire(self, operation: str) -> None:
        picked = pick_rate(self.limits, operation)
        if picked is None:
            return
        key, rate = picked
        max_wait_ms = 0 if self.mode == "raise" else int(self.max_wait * 1000)
        args: list[Any] = [repr(rate.per_second / 1000.0), repr(rate.capacity), max_wait_ms]
        try:
            granted, wait_ms = await self._guard(
                self._bucket(keys=[f"{self.prefix}rate:{self._scope_key}:{key}"], args=args)
            )
        except StoreUnavailableError as error:
            if self.on_error == "raise":
                raise
            self._guard.warn_fallback(error)
            await self._fallback.acquire(operation)
            return
        if not granted:
            raise RateLimitExceeded(operation, int(wait_ms) / 1000.0)
        if wait_ms:
            await asyncio.sleep(int(wait_ms) / 1000.0)
