"""WeChat access_token lifecycle: fetch, cache, single-flight refresh, compare-and-expire.

The cache sits behind :class:`TokenStore` (get / set / compare-and-delete / lock), so a shared store
(promosdk.redis_store.RedisTokenStore) can serve a fleet of processes without touching the client.

What the manager promises, whatever the token source or the store does:

- Every token it hands out is registered for redaction (fetched, read from a shared store or served
  from a near cache), and forgotten by :meth:`TokenManager.forget_tokens` or when it ages out.
- A source's ``expires_in`` is clamped into [``TOKEN_MIN_LIFETIME``, ``TOKEN_MAX_LIFETIME``]; a
  lifetime that is not a number is a :class:`BadResponseError`.
- A token the API rejected is not taken from the store again by this manager (the store may be down
  or slow to delete it, or a read may have started before the delete): the next call refreshes
  under the lock, where a fresh read decides.
- A refresh that fails (source or store) while the current token is still valid keeps that token.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import hmac
import logging
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable
from urllib.parse import quote

from attrs import evolve, frozen

from . import _constants as C
from ._errors import AccessTokenError, BadResponseError, PromoSDKError, StoreUnavailableError
from ._redact import forget_secret, register_secret

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

__all__ = [
    "TOKEN_MAX_LIFETIME",
    "TOKEN_MIN_LIFETIME",
    "CachedToken",
    "InMemoryTokenStore",
    "TokenFetcher",
    "TokenManager",
    "TokenStore",
    "wechat_token_key",
]

logger = logging.getLogger(C.LOGGER_NAME)

#: Lifetimes a token source may claim (s). WeChat tokens live 7200 s. Below the minimum a broken or
#: hostile source (-1, 0, 1e-9) would make every call fetch; above the maximum the store would keep
#: a dead token for ever (and Redis refuses absurd expiries). A clamped-up token that is in fact
#: dead is rejected by the API and replaced once (compare-and-expire), so neither end storms.
TOKEN_MIN_LIFETIME = 60.0
TOKEN_MAX_LIFETIME = 7200.0
DEFAULT_TOKEN_LIFETIME = 7200.0

_KEY_DOMAIN = b"promosdk/wechat-token-key/v1\x00"
_FINGERPRINT_HEX = 24  # 96 bits: no collisions between an app's secrets, yet fewer bits than a secret


def wechat_token_key(appid: str, secret: str | None) -> str:
    """The store key of an app's token, bound to the credential that obtains it.

    ``wechat:access_token:<appid, percent-encoded>:<fingerprint>``. The fingerprint is
    HMAC-SHA256 keyed with the app secret over the appid, truncated to 96 bits: clients of one appid
    with different secrets never share a token, and the key holds nothing that reveals or verifies
    the secret (a WeChat AppSecret has 128 random bits; 96 of HMAC leave 2**32 secrets per key).
    Tokens from a user callable (no secret) live under ``...:<appid>:external``: shared by the
    processes that use a central token service for that app, never by secret holders.
    The appid is percent-encoded (``:``, ``%``, spaces, non-ASCII...) so no appid can name another
    app's key or lock.
    """
    app = quote(appid, safe="")
    if secret is None:
        return f"wechat:access_token:{app}:external"
    digest = hmac.new(secret.encode(), _KEY_DOMAIN + appid.encode(), hashlib.sha256).hexdigest()
    return f"wechat:access_token:{app}:{digest[:_FINGERPRINT_HEX]}"


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

    def usable(self, now: float) -> bool:
        """Still valid with a safety margin (possibly in its refresh window)."""
        safety = min(C.TOKEN_EXPIRY_SAFETY, (self.expires_at - self.refresh_at) / 4)
        return now < self.expires_at - safety


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


def _source_error(reason: str) -> BadResponseError:
    return BadResponseError(reason, operation="token", status=200, content_type="", body=b"")


def sane_lifetime(expires_in: object) -> float:
    """``expires_in`` clamped into [TOKEN_MIN_LIFETIME, TOKEN_MAX_LIFETIME]; not a number: BadResponseError."""
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float):
        raise _source_error(f"the token source returned an expires_in that is not a number ({type(expires_in).__name__})")
    if isinstance(expires_in, float) and math.isnan(expires_in):
        raise _source_error("the token source returned an expires_in that is not a number (NaN)")
    # Compared before float(): an int beyond float's range must clamp, not overflow.
    clamped = float(min(max(expires_in, TOKEN_MIN_LIFETIME), TOKEN_MAX_LIFETIME))
    if clamped != expires_in:
        shown = f"{expires_in:.6g}" if isinstance(expires_in, float) or abs(expires_in) < 2**53 else "huge"
        logger.warning(
            "the token source said expires_in=%s s; using %.0f s (the sane range is %.0f..%.0f s)",
            shown,
            clamped,
            TOKEN_MIN_LIFETIME,
            TOKEN_MAX_LIFETIME,
        )
    return clamped


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
        # The last token the API rejected: not served from the store again (its delete may have
        # failed, or a read that started before it may return it); the next get refreshes instead.
        self._rejected: str | None = None
        self._invalidations: dict[str, asyncio.Future[bool]] = {}
        self._expired: str | None = None  # the last token compare-and-deleted in the store
        self._registered: collections.deque[str] = collections.deque()
        self._held: str | None = None  # the last token handed out (an identity check on the hot path)
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
            value = cached.value
            return value if value is self._held else self._hold(value)
        return None

    async def get(self) -> str:
        now = time.time()
        if self._local is not None:
            cached = self._local._tokens.get(self.key)
        else:
            cached = await self.store.get(self.key)
        if cached is not None and cached.fresh(now) and cached.value != self._rejected:
            value = cached.value
            return value if value is self._held else self._hold(value)
        # In-process single flight: concurrent callers share one refresh task. It is shielded, so a
        # cancelled caller does not cancel the refresh the others are waiting for.
        task = self._inflight
        if task is None:
            seen = cached if cached is not None and cached.value != self._rejected else None
            task = self._inflight = asyncio.ensure_future(self._refresh_locked(seen))
            task.add_done_callback(self._refresh_done)
        value = await asyncio.shield(task)
        return value if value is self._held else self._hold(value)

    def _refresh_done(self, task: asyncio.Future[str]) -> None:
        if self._inflight is task:
            self._inflight = None
        if not task.cancelled():
            task.exception()  # retrieved here, so an unawaited failure is never reported as lost

    async def _refresh_locked(self, seen: CachedToken | None) -> str:
        try:
            async with self.store.lock(self.key):
                # Double-checked: whoever held the lock before us (maybe another process) may have
                # refreshed already.
                cached = await self.store.get(self.key)
                if cached is not None and cached.value == self._rejected:
                    cached = None
                if cached is not None and cached.fresh(time.time()):
                    return cached.value
                seen = cached
                return await self._refresh_or_keep(cached)
        except StoreUnavailableError as error:
            # The store failed (the lock, a read): a token still valid stays in use.
            if seen is None or not seen.usable(time.time()):
                raise
            self._warn_kept(seen, error)
            return seen.value

    async def _refresh_or_keep(self, cached: CachedToken | None) -> str:
        try:
            token = await self._refresh()
        except PromoSDKError as error:
            now = time.time()
            if cached is None or not cached.usable(now):
                raise
            # An early refresh failed but the current token is still valid: keep using it and
            # try again a little later instead of failing calls that would have succeeded.
            self._warn_kept(cached, error)
            retry_in = min(C.TOKEN_REFRESH_RETRY, (cached.expires_at - now) / 4)
            with contextlib.suppress(StoreUnavailableError):
                await self.store.set(self.key, evolve(cached, refresh_at=now + retry_in))
            return cached.value
        try:
            await self.store.set(self.key, token)
        except StoreUnavailableError as error:
            # The token is good; only the fleet will not see it (its processes fetch their own).
            logger.warning("could not store the new access_token for %s (%s); using it anyway", self.key, error)
        else:
            self._rejected = None
        return token.value

    def _warn_kept(self, token: CachedToken, error: PromoSDKError) -> None:
        logger.warning(
            "refreshing the access_token for %s failed (%s); the current one stays valid %.0f s more",
            self.key,
            type(error).__name__,
            token.expires_at - time.time(),
        )

    async def invalidate(self, failed: str) -> bool:
        """Compare-and-expire: drop the cached token only if it is still the one that failed.

        A burst of rejections of one token costs one store round trip (the calls in flight when
        it failed share it; later ones find it done). A store that cannot be reached does not fail
        the call: the token is not served again by this manager anyway.
        """
        self._last_failed = self._rejected = failed
        if failed == self._expired:
            return False
        pending = self._invalidations.get(failed)
        if pending is None:
            pending = self._invalidations[failed] = asyncio.ensure_future(self._compare_and_delete(failed))
            pending.add_done_callback(lambda f: self._invalidations.pop(failed, None))
        return await asyncio.shield(pending)

    async def _compare_and_delete(self, failed: str) -> bool:
        try:
            deleted = await self.store.compare_and_delete(self.key, failed)
        except StoreUnavailableError as error:
            logger.warning("could not expire the rejected access_token of %s in the store (%s)", self.key, error)
            return False
        self._expired = failed
        return deleted

    async def _refresh(self) -> CachedToken:
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
                    operation="token.stable_token",
                )
            self._last_force = now
            logger.info("access_token for %s rejected but re-issued unchanged; forcing a refresh", self.key)
            value, expires_in = await self._call_fetch(force=True)
        return CachedToken.issued(value, expires_in)

    def _hold(self, value: str) -> str:
        """Redact this token from now on, however it was obtained; forget the oldest beyond a few."""
        self._held = value
        if value not in self._registered:
            register_secret(value)
            self._registered.append(value)
            if len(self._registered) > C.TOKENS_REMEMBERED:
                forget_secret(self._registered.popleft())
        return value

    def forget_tokens(self) -> None:
        """Stop redacting the tokens this manager registered (the client is closed)."""
        while self._registered:
            forget_secret(self._registered.popleft())
        self._held = None

    async def _call_fetch(self, *, force: bool) -> tuple[str, float]:
        self.fetch_count += 1
        value, expires_in = await self._fetch(force=force)
        if not isinstance(value, str) or not value:
            raise _source_error("the token source returned no access_token")
        # Registered at once: the token may be echoed by the very next answer.
        self._hold(value)
        return value, sane_lifetime(expires_in)


def user_token_fetcher(source: UserTokenCallable, default_ttl: float = DEFAULT_TOKEN_LIFETIME) -> TokenFetcher:
    """Adapt a user's ``async () -> token | (token, expires_in)`` (a central token service)."""

    async def fetch(*, force: bool) -> tuple[str, float]:
        result = await source()
        if isinstance(result, tuple):
            if len(result) != 2:
                raise _source_error("the token callable returned a tuple that is not (token, expires_in)")
            return result[0], result[1]  # checked by the manager
        return result, default_ttl

    return fetch
