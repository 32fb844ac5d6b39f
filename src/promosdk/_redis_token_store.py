"""RedisTokenStore: one WeChat access_token per app and credential, shared by a fleet through Redis."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import secrets
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson
import redis.asyncio as aioredis
from redis.exceptions import ResponseError

from . import _constants as C
from ._auth import TOKEN_MAX_LIFETIME, CachedToken, InMemoryTokenStore
from ._errors import StoreUnavailableError
from ._redis_guard import Guard, OnError, StoreSlowError
from ._redis_scripts import ACQUIRE_LOCK, COMPARE_AND_DELETE_TOKEN, RELEASE_LOCK, RENEW_LOCK

logger = logging.getLogger(C.LOGGER_NAME)

# A stored token claiming to live longer than this is not one a client wrote (clock skew allowed).
_LONGEST_STORED = TOKEN_MAX_LIFETIME + C.TOKEN_REFRESH_MARGIN

def _decode_token(raw: Any) -> CachedToken | None:
    """The token in a stored value, or None for anything a client did not write."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    value, expires_at, refresh_at = data.get("v"), _finite(data.get("e")), _finite(data.get("r"))
    if not isinstance(value, str) or not value or expires_at is None or refresh_at is None:
        return None
    if refresh_at > expires_at or expires_at > time.time() + _LONGEST_STORED:
        return None
    return CachedToken(value=value, expires_at=expires_at, refresh_at=refresh_at)


def _finite(number: object) -> float | None:
    if isinstance(number, bool) or not isinstance(number, int | float):
        return None
    try:
        result = float(number)
    except OverflowError:
        return None
    return result if math.isfinite(result) else None


class RedisTokenStore:
    """A TokenStore shared by every process that points at the same Redis (see module docstring)."""

    def __init__(
        self,
        redis: aioredis.Redis,
        *,
        prefix: str = "promosdk:",
        lock_lease: float = 30.0,
        lock_wait: float = 45.0,
        op_timeout: float = 2.0,
        on_error: OnError = "raise",
        near_cache_ttl: float = 1.0,
    ) -> None:
        if lock_wait <= lock_lease:
            raise ValueError("lock_wait must exceed lock_lease, or waiters give up before a dead holder's lease ends")
        self._redis = redis
        self.prefix = prefix
        self.lock_lease = lock_lease
        self.lock_wait = lock_wait
        self.on_error = on_error
        self._guard = Guard(op_timeout, "token store")
        self._fallback = InMemoryTokenStore()
        self._cad = redis.register_script(COMPARE_AND_DELETE_TOKEN)
        self._take = redis.register_script(ACQUIRE_LOCK)
        self._release = redis.register_script(RELEASE_LOCK)
        self._renew = redis.register_script(RENEW_LOCK)
        self._local_locks: dict[str, asyncio.Lock] = {}
        # A token read from Redis is reused in-process for near_cache_ttl seconds, and concurrent
        # reads share one round trip: thousands of calls a second cost a few Redis reads. A token
        # rejected by WeChat is dropped from the near cache at once (compare_and_delete). Past its
        # TTL an entry still says which token this process knows valid when a read is slow.
        self.near_cache_ttl = near_cache_ttl
        self._near: dict[str, tuple[float, CachedToken | None]] = {}
        self._reads: dict[str, asyncio.Future[CachedToken | None]] = {}
        self.redis_reads = 0
        #: reads that timed out and were answered with the token known valid in process
        self.slow_reads_served = 0

    def __repr__(self) -> str:
        return f"RedisTokenStore(prefix={self.prefix!r}, on_error={self.on_error!r})"

    def _token_key(self, key: str) -> str:
        return f"{self.prefix}token:{key}"

    def _lock_key(self, key: str) -> str:
        return f"{self.prefix}lock:{key}"

    def _fallback_or_raise(self, error: StoreUnavailableError) -> None:
        if self.on_error == "raise":
            raise error
        self._guard.warn_fallback(error)

    def _known_valid(self, key: str) -> CachedToken | None:
        near = self._near.get(key)
        token = near[1] if near is not None else None
        return token if token is not None and token.usable(time.time()) else None

    async def get(self, key: str) -> CachedToken | None:
        near = self._near.get(key)
        if near is not None and time.monotonic() - near[0] < self.near_cache_ttl:
            return near[1]
        pending = self._reads.get(key)
        if pending is None:
            pending = self._reads[key] = asyncio.ensure_future(self._read(key))
            pending.add_done_callback(lambda f: (self._reads.pop(key, None), f.cancelled() or f.exception()))
        return await asyncio.shield(pending)

    async def _get_string(self, key: str) -> Any:
        try:
            return await self._redis.get(self._token_key(key))
        except ResponseError as exc:
            if str(exc).startswith("WRONGTYPE"):
                return None  # a hash, list...: unreadable, so absent; the refresh's SET replaces it
            raise

    async def _read(self, key: str) -> CachedToken | None:
        self.redis_reads += 1
        known = self._known_valid(key)
        try:
            if known is not None:
                raw = await self._guard(self._get_string(key))
            else:
                # Nothing valid to serve meanwhile: this caller has to wait for Redis anyway.
                raw = await self._guard.patiently(lambda: self._get_string(key), self.lock_wait)
        except StoreSlowError as error:
            if known is None:
                self._fallback_or_raise(error)
                return await self._fallback.get(key)
            self.slow_reads_served += 1
            self._guard.warn("slow", f"{error.message}; serving the token this process knows valid")
            self._near[key] = (time.monotonic(), known)  # the next calls need not wait for Redis either
            return known
        except StoreUnavailableError as error:
            self._fallback_or_raise(error)
            return known or await self._fallback.get(key)
        token = None if raw is None else _decode_token(raw)
        self._near[key] = (time.monotonic(), token)
        return token

    async def set(self, key: str, token: CachedToken) -> None:
        ttl_ms = int(min(max(token.expires_at - time.time(), 0.001), _LONGEST_STORED) * 1000)
        payload = orjson.dumps({"v": token.value, "e": token.expires_at, "r": token.refresh_at})
        await self._fallback.set(key, token)
        self._near[key] = (time.monotonic(), token)
        try:
            # SET replaces whatever is at the key, whatever its type.
            await self._guard.patiently(
                lambda: self._redis.set(self._token_key(key), payload, px=max(1, ttl_ms)), self.lock_wait
            )
        except StoreUnavailableError as error:
            self._fallback_or_raise(error)

    async def compare_and_delete(self, key: str, value: str) -> bool:
        local = await self._fallback.compare_and_delete(key, value)
        near = self._near.get(key)
        if near is not None and (near[1] is None or near[1].value == value):
            del self._near[key]
        try:
            deleted = await self._guard(self._cad(keys=[self._token_key(key)], args=[value]))
        except StoreUnavailableError as error:
            self._fallback_or_raise(error)
            return local
        return bool(deleted)

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        local = self._local_locks.get(key)
        if local is None:
            local = self._local_locks[key] = asyncio.Lock()
        async with local:
            lock_key = self._lock_key(key)
            owner = secrets.token_hex(16)
            try:
                await self._acquire(lock_key, owner)
            except StoreUnavailableError as error:
                self._fallback_or_raise(error)
                yield  # the local lock still serialises this process
                return
            # Whatever we cached may be stale now that we hold the lock: the double-check must read Redis.
            self._near.pop(key, None)
            # While we hold it, keep extending the lease (owner-checked), so that a slow refresh does
            # not let a second process in; a crashed holder stops renewing and its lease runs out.
            renewer = asyncio.ensure_future(self._keep_renewing(lock_key, owner))
            try:
                yield
            finally:
                renewer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await renewer
                with contextlib.suppress(StoreUnavailableError):
                    # If this fails the lease ends the lock anyway.
                    await self._guard(self._release(keys=[lock_key], args=[owner]))

    async def _keep_renewing(self, lock_key: str, owner: str) -> None:
        lease_ms = int(self.lock_lease * 1000)
        while True:
            await asyncio.sleep(self.lock_lease / 3)
            try:
                if not await self._guard(self._renew(keys=[lock_key], args=[owner, lease_ms])):
                    logger.warning("token store: lost the refresh lock %s (lease ran out)", lock_key)
                    return
            except StoreSlowError:
                continue  # try again: the lease still has two thirds to run
            except StoreUnavailableError:
                return  # Redis is gone: the lease will end the lock

    async def _acquire(self, lock_key: str, owner: str) -> None:
        loop = asyncio.get_running_loop()
        give_up = loop.time() + self.lock_wait
        delay = 0.005
        lease_ms = int(self.lock_lease * 1000)
        while True:
            try:
                # Re-entrant for this owner: an attempt that landed although its answer timed out
                # is recognised by the next one.
                if await self._guard(self._take(keys=[lock_key], args=[owner, lease_ms])):
                    return
            except StoreSlowError:
                if loop.time() >= give_up:
                    with contextlib.suppress(StoreUnavailableError):
                        await self._guard(self._release(keys=[lock_key], args=[owner]))
                    raise
                continue
            except StoreUnavailableError:
                # The attempt may have been applied although its answer was lost: remove our lock if so.
                with contextlib.suppress(StoreUnavailableError):
                    await self._guard(self._release(keys=[lock_key], args=[owner]))
                raise
            if loop.time() >= give_up:
                raise StoreUnavailableError(
                    f"token store: the refresh lock was not released within {self.lock_wait:.0f} s"
                )
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.1)

