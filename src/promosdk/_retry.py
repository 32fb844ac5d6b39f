"""Retries as small parts: a checker (may this failure be retried?), a backoff, and a retry quota."""

from __future__ import annotations

import random
import threading
from typing import TYPE_CHECKING

from attrs import define, field

from . import _constants as C
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadResponseError,
    ClientClosedError,
    HTTPStatusError,
    PromoSDKError,
)

if TYPE_CHECKING:
    from ._operation import OperationSpec

__all__ = ["RetryPolicy", "RetryQuota", "is_ambiguous", "is_retryable"]

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


def is_ambiguous(error: PromoSDKError) -> bool:
    """True when the request may have been processed although we got no usable answer."""
    if isinstance(error, APIConnectionError | ClientClosedError):
        return error.sent
    if isinstance(error, HTTPStatusError):
        return error.status >= 500
    return isinstance(error, BadResponseError)


def is_retryable(error: PromoSDKError, operation: OperationSpec) -> bool:
    """The checker: transient failures of reads; of writes, only those that surely did not land."""
    if isinstance(error, APIError):
        # -1 (busy) and 45011 (too frequent) are refusals: nothing was done, safe for writes too.
        return error.retryable
    if isinstance(error, APIConnectionError | HTTPStatusError | BadResponseError):
        if isinstance(error, HTTPStatusError) and error.status not in RETRYABLE_STATUS:
            return False
        if not is_ambiguous(error) or (isinstance(error, HTTPStatusError) and error.status == 429):
            return True
        return operation.safe_to_retry
    return False


@define
class RetryPolicy:
    """Exponential backoff with full jitter; honours Retry-After (the count is the client's max_retries)."""

    base: float = C.BACKOFF_BASE
    cap: float = C.BACKOFF_CAP
    rng: random.Random = field(factory=random.Random, repr=False)

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based)."""
        ceiling = min(self.cap, self.base * (2 ** (retry_number - 1)))
        delay = self.rng.uniform(0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, C.RETRY_AFTER_CAP))
        return delay


class RetryQuota:
    """A token bucket shared by one client: each retry costs, each success refunds a little.

    During an outage the bucket empties and calls fail fast with their last error instead of
    multiplying the load on a struggling server.
    """

    def __init__(self, capacity: int = C.RETRY_QUOTA_CAPACITY) -> None:
        self.capacity = capacity
        self._level = capacity
        self._lock = threading.Lock()

    @property
    def level(self) -> int:
        return self._level

    def acquire(self, error: PromoSDKError) -> bool:
        cost = C.RETRY_TIMEOUT_COST if isinstance(error, APITimeoutError) else C.RETRY_COST
        with self._lock:
            if self._level < cost:
                return False
            self._level -= cost
            return True

    def release_success(self) -> None:
        if self._level < self.capacity:
            with self._lock:
                self._level = min(self.capacity, self._level + C.RETRY_SUCCESS_REFUND)

    def __repr__(self) -> str:
        return f"RetryQuota({self._level}/{self.capacity})"
