"""WeChat access_token lifecycle: fetch, cache, single-flight refresh, compare-and-expire.

The cache sits behind :class:`TokenStore` (get / set / compare-and-delete / lock), so a shared store
(promosdk.redis_store.RedisTokenStore) can serve a fleet of processes without touching the client.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from attrs import evolve, frozen

from . import _constants as C
from ._errors import AccessTokenError, BadResponseError, PromoSDKError
from ._redact import forget_secret, register_secret

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

__all__ = [
    "CachedToken",
    "InMemoryTokenStore",
    "TokenFetcher",
    "TokenManager",
    "TokenStore",
]

logger = logging.getLogger(C.LOGGER_NAME)


@frozen(repr=False)
class CachedToken:
    """A token with its absolute expiry and the moment it should be refreshed (epoch seconds)."""

    value: str
    expires_at: float
    refresh_at: float

    def __repr__(self) -> str:
        return f"CachedToken(value='***', expires_at={self.expires_at:.0f}, refresh_at={self.refresh_at:.0f})"

    @classmethod
    def issued(cls, value: str, expires_in: float, now: float | None = None) -> CachedToken:
        now = time.time() if now is None else now
        # Refresh ahead of expiry, but never in the first half of a (short, test) lifetime.
        lead = min(C.TOKEN_REFRESH_MARGIN, expires_in / 2)
        return cls(value=value, expires_at=now + expires_in, refresh_at=now + expires_in - lead)

    def fresh(self, now: float) -> bool:
        return now < self.refresh_at


@runtime_checkable
class TokenStore(Protocol):
    """Where tokens live. Keys are per app; implementations must be safe under concurrency."""

    async def get(self, key: str) -> CachedToken | None: ...

    async def set(self, key: str, token: CachedToken) -> None: ...

    async def compare_and_delete(self, key: str, value: str) -> bool:
        """Delete the token only if it is still ``value``; True when deleted."""
        ...

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """Mutual exclusion for refreshing ``key`` (process-local or fleet-wide)."""
        ...


class InMemoryTokenStore:
    """The default store: a dict and one asyncio.Lock per key (single process)."""

    def __init__(self) -> None:
        self._tokens: dict[str, CachedToken] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    def __repr__(self) -> str:
        return f"InMemoryTokenStore(keys={len(self._tokens)})"

    async def get(self, key: str) -> CachedToken | None:
        return self._tokens.get(key)

    async def set(self, key: str, token: CachedToken) -> None:
        self._tokens[key] = token

    async def compare_and_delete(self, key: str, value: str) -> bool:
        current = self._tokens.get(key)
        if current is not None and current.value == value:
            del self._tokens[key]
            return True
        return False

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        async with lock:
            yield


class TokenFetcher(Protocol):
    """Obtains a token from its source; ``force`` asks for a brand-new one."""

    async def __call__(self, *, force: bool) -> tuple[str, float]: ...


UserTokenCallable = Callable[[], Awaitable[str | tuple[str, float]]]


class TokenManager:
    """Hands out valid tokens; any number of concurrent callers cause at most one fetch."""

    def __init__(self, key: str, store: TokenStore, fetch: TokenFetcher, *, can_force: bool) -> None:
        self.key = key
        self.store = store
        self._fetch = fetch
        self._can_force = can_force
        self._last_failed: str | None = None
        self._last_force = -float("inf")
        self.fetch_count = 0
        self._inflight: asyncio.Future[str] | None = None
        self._registered: collections.deque[str] = collections.deque()
        # Fast path without awaiting the store when it is the in-memory one.
        self._local = store if isinstance(store, InMemoryTokenStore) else None

    def __repr__(self) -> str:
        return f"TokenManager(key={self.key!r}, store={self.store!r}, fetches={self.fetch_count})"

    def peek(self) -> str | None:
        """The cached token if it is fresh and held in memory (no await): the per-call fast path."""
        if self._local is None:
            return None
        cached = self._local._tokens.get(self.key)
        if cached is not None and time.time() < cached.refresh_at:
            return cached.value
        return None

    async def get(self) -> str:
        now = time.time()
        if self._local is not None:
            cached = self._local._tokens.get(self.key)
        else:
            cached = await self.store.get(self.key)
        if cached is not None and cached.fresh(now):
            return cached.value
        # In-process single flight: concurrent callers share one refresh task. It is shielded, so a
        # cancelled caller does not cancel the refresh the others are waiting for.
        task = self._inflight
        if task is None:
            task = self._inflight = asyncio.ensure_future(self._refresh_locked())
            task.add_done_callback(self._refresh_done)
        return await asyncio.shield(task)

    def _refresh_done(self, task: asyncio.Future[str]) -> None:
        if self._inflight is task:
            self._inflight = None
        if not task.cancelled():
            task.exception()  # retrieved here, so an unawaited failure is never reported as lost

    async def _refresh_locked(self) -> str:
        async with self.store.lock(self.key):
            # Double-checked: whoever held the lock before us (maybe another process) may have
            # refreshed already.
            cached = await self.store.get(self.key)
            if cached is not None and cached.fresh(time.time()):
                return cached.value
            try:
                token = await self._refresh(stale=cached)
            except PromoSDKError as error:
                now = time.time()
                safety = min(C.TOKEN_EXPIRY_SAFETY, (cached.expires_at - cached.refresh_at) / 4) if cached else 0.0
                if cached is None or now >= cached.expires_at - safety:
                    raise
                # An early refresh failed but the current token is still valid: keep using it and
                # try again a little later instead of failing calls that would have succeeded.
                retry_in = min(C.TOKEN_REFRESH_RETRY, (cached.expires_at - now) / 4)
                logger.warning(
                    "refreshing the access_token for %s failed (%s); the current one stays valid %.0f s more",
                    self.key,
                    type(error).__name__,
                    cached.expires_at - now,
                )
                await self.store.set(self.key, evolve(cached, refresh_at=now + retry_in))
                return cached.value
            await self.store.set(self.key, token)
            return token.value

    async def invalidate(self, failed: str) -> bool:
        """Compare-and-expire: drop the cached token only if it is still the one that failed."""
        self._last_failed = failed
        return await self.store.compare_and_delete(self.key, failed)

    async def _refresh(self, stale: CachedToken | None) -> CachedToken:
        value, expires_in = await self._call_fetch(force=False)
        if value == self._last_failed and self._can_force:
            # The source handed back the very token the API just rejected: ask for a new one,
            # at most once per FORCE_REFRESH_MIN_INTERVAL (WeChat limits force_refresh).
            now = time.monotonic()
            if now - self._last_force < C.FORCE_REFRESH_MIN_INTERVAL:
                raise AccessTokenError(
                    40001,
                    "the token source keeps returning a rejected token and force_refresh was used "
                    f"less than {C.FORCE_REFRESH_MIN_INTERVAL:.0f} s ago",
                    operation="stable_token",
                )
            self._last_force = now
            logger.info("access_token for %s rejected but re-issued unchanged; forcing a refresh", self.key)
            value, expires_in = await self._call_fetch(force=True)
        self._remember(value)
        return CachedToken.issued(value, expires_in)

    def _remember(self, value: str) -> None:
        """Redact this token from now on; forget the oldest beyond a few (keeps the pattern small)."""
        if value in self._registered:
            return
        register_secret(value)
        self._registered.append(value)
        if len(self._registered) > C.TOKENS_REMEMBERED:
            forget_secret(self._registered.popleft())

    async def _call_fetch(self, *, force: bool) -> tuple[str, float]:
        self.fetch_count += 1
        value, expires_in = await self._fetch(force=force)
        if not isinstance(value, str) or not value:
            raise BadResponseError(
                "the token source returned no access_token", operation="token", status=200, content_type="", body=b""
            )
        return value, float(expires_in)


def user_token_fetcher(source: UserTokenCallable, default_ttl: float = 7200.0) -> TokenFetcher:
    """Adapt a user's ``async () -> token | (token, expires_in)`` (a central token service)."""

    async def fetch(*, force: bool) -> tuple[str, float]:
        result = await source()
        if isinstance(result, tuple):
            return result[0], float(result[1])
        return result, default_ttl

    return fetch
