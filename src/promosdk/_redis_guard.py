"""Bounds every Redis command by ``op_timeout`` and turns failures into StoreUnavailableError."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable
from typing import Any, Literal, TypeVar

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from . import _constants as C
from ._errors import StoreUnavailableError

logger = logging.getLogger(C.LOGGER_NAME)
T = TypeVar("T")
OnError = Literal["raise", "local"]


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


class Guard:
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
