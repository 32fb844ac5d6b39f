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

try:
    import redis.asyncio as aioredis
except ImportError as exc:  # pragma: no cover - depends on the optional extra
    raise ImportError("promosdk.redis_store needs the redis extra: pip install 'promosdk[redis]'") from exc

from ._redis_guard import StoreSlowError
from ._redis_rate import FleetRateLimiter
from ._redis_token_store import RedisTokenStore

__all__ = ["FleetRateLimiter", "RedisTokenStore", "connect"]

# Their public home, as before the split (class reprs, tracebacks).
for _public in (FleetRateLimiter, RedisTokenStore, StoreSlowError):
    _public.__module__ = __name__
del _public


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
