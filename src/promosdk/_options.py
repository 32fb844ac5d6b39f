"""Client options and their checks, at construction and in with_options; credentials from the environment.

aiohttp reads ``timeout=0`` (or a negative one) as "no timeout at all", so a silent server would
hang a call forever; a retry count of ``True`` or ``2.5`` would be used as a number. Each option is
refused here with a ValueError naming it, before a client exists (and before it registers a secret).
"""

from __future__ import annotations

import math
import numbers
import os

import aiohttp
import yarl
from attrs import define, field, frozen

from . import _constants as C
from ._retry import RetryChecker, RetryPolicy
from ._transport import DEFAULT_TIMEOUT

__all__ = [
    "ENV_WAIQIN_APPKEY",
    "ENV_WAIQIN_BASE_URL",
    "ENV_WAIQIN_OPENID",
    "ENV_WECHAT_APPID",
    "ENV_WECHAT_BASE_URL",
    "ENV_WECHAT_SECRET",
    "ClientMetrics",
    "ClientOptions",
    "as_timeout",
    "check_base_url",
    "check_connection_limit",
    "check_deadline",
    "check_max_retries",
    "from_env",
    "required",
]

#: What the clients read when an argument is omitted (the CLI and the sandbox's exports use them too).
ENV_WECHAT_APPID = "PROMOSDK_WECHAT_APPID"
ENV_WECHAT_SECRET = "PROMOSDK_WECHAT_SECRET"
ENV_WECHAT_BASE_URL = "PROMOSDK_WECHAT_BASE_URL"
ENV_WAIQIN_OPENID = "PROMOSDK_WAIQIN_OPENID"
ENV_WAIQIN_APPKEY = "PROMOSDK_WAIQIN_APPKEY"
ENV_WAIQIN_BASE_URL = "PROMOSDK_WAIQIN_BASE_URL"


@frozen
class ClientOptions:
    """Per-client settings; ``with_options`` makes a copy with some of them overridden."""

    timeout: aiohttp.ClientTimeout = DEFAULT_TIMEOUT
    max_retries: int = C.DEFAULT_MAX_RETRIES
    #: The backoff between attempts.
    retry_policy: RetryPolicy = field(factory=RetryPolicy)
    #: What is retried (transient failures; ambiguous writes only when reconcilable).
    retry_checker: RetryChecker = field(factory=RetryChecker)
    #: Bound on the whole call, retries and backoff included (seconds); None = no bound.
    deadline: float | None = None
    #: Retry ambiguous writes that have a reconciler (apply_target, promotion add/upd) and
    #: reconcile the answer; False raises AmbiguousWriteError at the first ambiguous failure.
    reconcile_writes: bool = True


@define
class ClientMetrics:
    """Counters of one client (shared with its with_options copies)."""

    calls: int = 0
    attempts: int = 0
    failed_attempts: int = 0
    retries: int = 0
    #: Calls re-sent once because their auth step renewed rejected credentials (WeChat: the token).
    token_refreshes: int = 0
    reconciled: int = 0
    ambiguous: int = 0
    quota_exhausted: int = 0


def from_env(value: str | None, variable: str) -> str | None:
    """``value`` if given (even empty: an explicit argument wins), else the environment's (unset or empty: None)."""
    if value is not None:
        return value
    return os.environ.get(variable) or None


def required(value: str | None, argument: str, variable: str, *, unless: str = "") -> str:
    """``value``, or a ValueError naming the argument and the environment variable that were both missing."""
    if not value:
        condition = f" unless {unless}" if unless else ""
        raise ValueError(f"{argument} is required{condition}: pass {argument}=... or set {variable}")
    return value


_TIMEOUT_FIELDS = ("total", "connect", "sock_read", "sock_connect")


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive, finite number of seconds, not {value!r}")
    return float(value)


def _count(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, not {value!r}")
    return value


def as_timeout(value: object) -> aiohttp.ClientTimeout:
    """A number of seconds (the total; connecting gets at most the default) or a ClientTimeout."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, aiohttp.ClientTimeout):
        for name in _TIMEOUT_FIELDS:
            set_to = getattr(value, name)
            if set_to is not None:  # a field left None is the caller's explicit "no bound"
                _seconds(f"timeout.{name}", set_to)
        if value.total is None and value.sock_read is None:  # connect bounds alone let a silent server hang the call
            raise ValueError("timeout: a ClientTimeout must set total or sock_read (otherwise nothing bounds the answer)")
        return value
    seconds = _seconds("timeout", value)
    return aiohttp.ClientTimeout(total=seconds, sock_connect=min(seconds, C.DEFAULT_TIMEOUT_CONNECT))


def check_deadline(value: object) -> float | None:
    return None if value is None else _seconds("deadline", value)


def check_max_retries(value: object) -> int:
    return _count("max_retries", value, 0)  # zero retries is a valid choice


def check_connection_limit(value: object) -> int:
    return _count("connection_limit", value, 1)


def check_base_url(value: object) -> str:
    """An http(s) URL with a host, no query or fragment (operation paths are appended to it)."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"base_url must be an http(s) URL, not {value!r}")
    try:
        url = yarl.URL(value)
    except (TypeError, ValueError):
        raise ValueError(f"base_url is not a valid URL: {value!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, like https://api.example.com, not {value!r}")
    if "?" in value or "#" in value:
        raise ValueError(f"base_url must not have a query or fragment: {value!r}")
    return value.rstrip("/")
