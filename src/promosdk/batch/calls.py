"""Counting the batch's calls per endpoint (by operation id, ``endpoints.ENDPOINTS``), and its retry
settings (the client's one retry layer)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import attrs

from .._base_client import BaseClient
from .._errors import AmbiguousWriteError, PromoSDKError
from .endpoints import ENDPOINTS
from .errors import is_transient

__all__ = ["ENDPOINTS", "CallStats", "Caller", "EndpointStats", "ResendBudget", "with_batch_retries"]

T = TypeVar("T")
C = TypeVar("C", bound=BaseClient)


@attrs.define
class EndpointStats:
    calls: int = 0
    errors: int = 0
    seconds: float = 0.0
    error_types: Counter[str] = attrs.field(factory=Counter)

    def to_json(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "errors": self.errors,
            "avg_ms": round(1000 * self.seconds / self.calls, 2) if self.calls else None,
            "error_types": dict(self.error_types),
        }


class CallStats:
    """Counts the SDK calls of a run per endpoint (calls, failures by class, time spent)."""

    def __init__(self) -> None:
        self.endpoints: dict[str, EndpointStats] = {name: EndpointStats() for name in ENDPOINTS}

    async def call(self, endpoint: str, awaitable: Awaitable[T]) -> T:
        stats = self.endpoints.get(endpoint)
        if stats is None:
            stats = self.endpoints[endpoint] = EndpointStats()
        stats.calls += 1
        started = time.perf_counter()
        try:
            return await awaitable
        except PromoSDKError as exc:
            stats.errors += 1
            stats.error_types[type(exc).__name__] += 1
            raise
        finally:
            stats.seconds += time.perf_counter() - started

    @property
    def total_calls(self) -> int:
        return sum(s.calls for s in self.endpoints.values())

    def exercised(self) -> list[str]:
        return [name for name in ENDPOINTS if self.endpoints[name].calls > 0]


class Caller:
    """Calls through CallStats. It never retries: each call has the client's one retry layer."""

    def __init__(self, stats: CallStats) -> None:
        self.stats = stats

    async def call(self, endpoint: str, factory: Callable[[], Awaitable[T]]) -> T:
        return await self.stats.call(endpoint, factory())


def with_batch_retries(client: C, retries: int | None, backoff: float | None) -> C:
    """``client`` with the batch's retry settings, through ``with_options`` (None keeps the client's)."""
    changes: dict[str, Any] = {}
    if retries is not None:
        changes["max_retries"] = retries
    if backoff is not None:
        changes["retry_policy"] = attrs.evolve(client.options.retry_policy, base=backoff)
    return client.with_options(**changes) if changes else client


class ResendBudget:
    """The re-sends of one reconciled write step, paid from its client's retry budget.

    The write goes out one attempt per send (a ``max_retries=0`` copy); after a transient failure
    the caller reads back whether it landed, and only if not asks :meth:`spend` for another send.
    That is one of the client's retries: at most ``max_retries`` per step, each paid from the
    client's retry quota (a fail-fast verdict is final), spaced by its retry policy, and none that
    would start past the client's deadline counted from the step's first send.
    """

    def __init__(self, client: BaseClient) -> None:
        self.client = client
        self.used = 0
        deadline = client.options.deadline
        self.deadline = asyncio.get_running_loop().time() + deadline if deadline is not None else None

    async def spend(self, error: PromoSDKError) -> bool:
        options, metrics = self.client.options, self.client.metrics
        if self.used >= options.max_retries or not is_transient(error):
            return False
        cause = error.cause if isinstance(error, AmbiguousWriteError) else error
        priced = cause if isinstance(cause, PromoSDKError) else error
        delay = options.retry_policy.delay(self.used + 1, getattr(priced, "retry_after", None))
        if self.deadline is not None and asyncio.get_running_loop().time() + delay >= self.deadline:
            return False
        if not self.client.retry_quota.acquire(priced):
            metrics.quota_exhausted += 1
            return False
        self.used += 1
        metrics.retries += 1
        await asyncio.sleep(delay)
        return True
