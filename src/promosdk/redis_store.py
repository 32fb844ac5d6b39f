"""Fleet-wide state on Redis: one WeChat access_token and one rate budget for many processes.

Install with ``pip install 'promosdk[redis]'``.

- :class:`RedisTokenStore` keeps the token (value, expiry, refresh time) under one key per app and
  credential (see :func:`promosdk._auth.wechat_token_key`) with a TTL, so a read is one round trip.
  A refresh runs under a distributed lock (``SET NX PX`` with a random owner, released by a Lua
  compare-and-delete, bounded by a lease so a crashed holder cannot block the fleet): one process
  calls WeChat, the others wait with backoff and then read the new token. Compare-and-expire is a
  Lua script: a token is deleted only if it is still the one that failed, so a burst of 42001s
  across the fleet causes one refresh.
- :class:`FleetRateLimiter` is a token bucket in a Lua script (Redis's clock, so every machine
  agrees), consulted by the client before each attempt.

Keys: ``<prefix>token:<key>``, ``<prefix>lock:<key>`` and ``<prefix>rate:<scope>:<op>`` (three
namespaces, so no token key can be another's lock; the scope is percent-encoded like the appid in
token keys, so no scope can name another's bucket). A value the store cannot read (another type, not
JSON, wrong fields, an impossible expiry, a lock without a lease) counts as absent and the next
refresh overwrites it, type included.

Every operation is bounded by ``op_timeout``. A *slow* answer (a timeout, the pool exhausted: often
this process's own event loop lagging) is not an outage: a caller that knows a still-valid token (read
or stored by this process) is served it, and only a caller that must wait for Redis (no valid token,
a refresh) retries timed-out operations, for up to ``lock_wait``. A *dead* Redis (connection refused
or reset, an error reply) fails at once: ``on_error="raise"`` raises
:class:`promosdk.StoreUnavailableError`, ``on_error="local"`` falls back to an in-process store /
limiter (logged once per minute) so calls go on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import orjson

from . import _constants as C
from ._auth import TOKEN_MAX_LIFETIME, CachedToken, InMemoryTokenStore
from ._errors import StoreUnavailableError
from ._ratelimit import LocalRateLimiter, Rate, RateLimitExceeded, pick_rate

try:
    import redis.asyncio as aioredis
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import RedisError, ResponseError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ImportError as exc:  # pragma: no cover - depends on the optional extra
    raise ImportError("promosdk.redis_store needs the redis extra: pip install 'promosdk[redis]'") from exc

__all__ = ["FleetRateLimiter", "RedisTokenStore", "connect"]

logger = logging.getLogger(C.LOGGER_NAME)
T = TypeVar("T")
OnError = Literal["raise", "local"]

# Deletes the failed token, or a value no client can read (another type, not a token); keeps any
# other readable token.
_COMPARE_AND_DELETE_TOKEN = """
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind == 'none' then
  return 0
end
if kind == 'string' then
  local ok, token = pcall(cjson.decode, redis.call('GET', KEYS[1]))
  if ok and type(token) == 'table' and type(token['v']) == 'string' and token['v'] ~= ARGV[1] then
    return 0
  end
end
redis.call('DEL', KEYS[1])
return 1
"""

# Takes the lock if free; also if this owner already holds it (an earlier attempt landed but its
# answer was lost), or if what sits at the key cannot be a lock (another type, or no lease).
_ACQUIRE_LOCK = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 1
end
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind == 'string' then
  if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return 1
  end
  if redis.call('PTTL', KEYS[1]) ~= -1 then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
"""

_RENEW_LOCK = """
if redis.pcall('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""

_RELEASE_LOCK = """
if redis.pcall('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""

# Token bucket. ARGV: tokens per millisecond, capacity, longest acceptable wait (ms).
# Returns {granted (1/0), wait in ms}. A granted call with a wait has reserved a future slot.
# A value of another type at the key is replaced (it would otherwise fail every call).
_TOKEN_BUCKET = """
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind ~= 'hash' and kind ~= 'none' then
  redis.call('DEL', KEYS[1])
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local max_wait = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1]) or capacity
local ts = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
local wait = 0
if tokens < 1 then
  wait = math.ceil((1 - tokens) / rate)
end
local granted = 0
if wait <= max_wait then
  tokens = tokens - 1
  granted = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + math.ceil(max_wait) + 1000)
return {granted, wait}
"""

# A stored token claiming to live longer than this is not one a client wrote (clock skew allowed).
_LONGEST_STORED = TOKEN_MAX_LIFETIME + C.TOKEN_REFRESH_MARGIN


def connect(url: str, *, op_timeout: float = 2.0, max_connections: int = 32) -> aioredis.Redis:
    """A redis.asyncio client with bounded timeouts and a blocking pool (never hang on a dead Redis).

    The pool is blocking so that thousands of concurrent callers queue for a connection instead of
    failing with "Too many connections".
    """
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        timeout=op_timeout,
        socket_timeout=op_timeout,
        socket_connect_timeout=op_timeout,
    )
    return aioredis.Redis(connection_pool=pool)


class StoreSlowError(StoreUnavailableError):
    """Redis did not answer within ``op_timeout`` (or no pooled connection came free): maybe only
    this process's event loop was busy."""


def _is_slow(exc: BaseException) -> bool:
    if isinstance(exc, TimeoutError | RedisTimeoutError):
        return True
    # The blocking pool's own timeout (every connection busy) is reported as a ConnectionError.
    return isinstance(exc, RedisConnectionError) and "No connection available" in str(exc)


def _retrieve(task: asyncio.Future[Any]) -> None:
    """An abandoned command's outcome is collected here, so it is never reported as lost."""
    if not task.cancelled():
        task.exception()


class _Guard:
    """Bounds every Redis call and turns failures into StoreUnavailableError (logged sparingly)."""

    def __init__(self, op_timeout: float, what: str) -> None:
        self.op_timeout = op_timeout
        self.what = what
        self._last_warning: dict[str, float] = {}

    async def __call__(self, awaitable: Awaitable[T]) -> T:
        # The command runs in a task of its own, waited for with asyncio.wait rather than inside
        # asyncio.timeout: an answer that came while the loop was busy is taken even when the timer
        # fires in the same loop iteration (a lagging loop is not a slow Redis), and redis-py's own
        # retries cannot swallow our cancellation (nested timeouts on Python 3.11).
        task = asyncio.ensure_future(awaitable)
        try:
            done, _ = await asyncio.wait((task,), timeout=self.op_timeout)
        except asyncio.CancelledError:
            task.cancel()
            task.add_done_callback(_retrieve)
            raise
        if not done:
            # Given one more op_timeout before it is cancelled: a late answer then still returns
            # its connection to the pool, instead of every slow moment costing a reconnection.
            cancel = asyncio.get_running_loop().call_later(self.op_timeout, task.cancel)
            task.add_done_callback(lambda t: cancel.cancel())
            task.add_done_callback(_retrieve)
            raise StoreSlowError(f"{self.what}: Redis did not answer within {self.op_timeout:g} s")
        try:
            return task.result()
        except (RedisError, OSError, TimeoutError) as exc:
            if _is_slow(exc):
                raise StoreSlowError(
                    f"{self.what}: Redis did not answer within {self.op_timeout:g} s ({type(exc).__name__})"
                ) from None
            raise StoreUnavailableError(f"{self.what}: Redis unavailable ({type(exc).__name__}: {exc})") from None

    async def patiently(self, operation: Callable[[], Awaitable[T]], patience: float) -> T:
        """Run ``operation`` (one attempt per op_timeout), retrying slow attempts for ``patience`` s."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + patience
        while True:
            try:
                return await self(operation())
            except StoreSlowError:
                if loop.time() + self.op_timeout > give_up:
                    raise

    def warn(self, what: str, message: str) -> None:
        now = time.monotonic()
        if now - self._last_warning.get(what, -math.inf) >= 60:
            self._last_warning[what] = now
            logger.warning("%s", message)

    def warn_fallback(self, error: StoreUnavailableError) -> None:
        self.warn("fallback", f"{error.message}; falling back to in-process state")


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
        self._guard = _Guard(op_timeout, "token store")
        self._fallback = InMemoryTokenStore()
        self._cad = redis.register_script(_COMPARE_AND_DELETE_TOKEN)
        self._take = redis.register_script(_ACQUIRE_LOCK)
        self._release = redis.register_script(_RELEASE_LOCK)
        self._renew = redis.register_script(_RENEW_LOCK)
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
        self._guard = _Guard(op_timeout, "rate limiter")
        self._bucket = redis.register_script(_TOKEN_BUCKET)
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
