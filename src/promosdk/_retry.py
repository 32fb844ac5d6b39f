"""Retries as parts, combined once (botocore's shape).

- :class:`RetryChecker`: may this failure of this operation be retried? The one classifier of what
  is transient (the batch asks :func:`is_retryable` too) and of what may have landed.
- :class:`RetryPolicy`: the backoff, how long to wait before retry n (full jitter, Retry-After).
- :class:`RetryQuota`: a token bucket shared by a client and its copies; a retry costs, a success
  refunds (what its call's retries took, or 1 for a success at the first attempt).
- :class:`Retries`: the three with the retry count, held by a client; :meth:`Retries.decide` is the
  verdict on one failed attempt.
"""

from __future__ import annotations

import logging
import random
import threading
from typing import TYPE_CHECKING

from attrs import define, field, frozen

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

__all__ = [
    "Retries",
    "RetryChecker",
    "RetryDecision",
    "RetryPolicy",
    "RetryQuota",
    "is_ambiguous",
    "is_retryable",
]

logger = logging.getLogger(C.LOGGER_NAME)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


def is_ambiguous(error: PromoSDKError) -> bool:
    """True when the request may have been processed although we got no usable answer."""
    if isinstance(error, APIConnectionError | ClientClosedError):
        return error.sent
    if isinstance(error, HTTPStatusError):
        return error.status >= 500
    return isinstance(error, BadResponseError)


def is_retryable(error: PromoSDKError, operation: OperationSpec) -> bool:
    """Transient failures of reads; of writes, only those that surely did not land."""
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


@frozen
class RetryChecker:
    """The checker: is a failure transient, and may it have landed?

    An unsafe write (neither a read nor idempotent) is retried after an ambiguous failure only when
    its operation is ``reconcilable`` (a retry's answer can tell whether the first attempt landed).
    Subclass it to change what is retried; the client consults nothing else.
    """

    def ambiguous(self, error: PromoSDKError) -> bool:
        return is_ambiguous(error)

    def retryable(self, error: PromoSDKError, operation: OperationSpec, *, reconcilable: bool = False) -> bool:
        if is_retryable(error, operation):
            return True
        return reconcilable and not operation.safe_to_retry and self.ambiguous(error)


@define
class RetryPolicy:
    """The backoff: exponential with full jitter; honours Retry-After (the count is the client's max_retries)."""

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
    """A token bucket shared by one client and its copies: each retry costs, each success refunds.

    During an outage the bucket empties and calls fail fast with their last error instead of
    multiplying the load on a struggling server. A call that succeeds after retries gives back what
    its retries took (they did their job); a success at the first attempt gives back
    ``RETRY_SUCCESS_REFUND``. A call that fails gives nothing back.
    """

    def __init__(self, capacity: int = C.RETRY_QUOTA_CAPACITY) -> None:
        self.capacity = capacity
        self._level = capacity
        self._lock = threading.Lock()

    @property
    def level(self) -> int:
        return self._level

    @staticmethod
    def cost_of(error: PromoSDKError) -> int:
        """What a retry after ``error`` costs (a timeout more: it held a connection the longest)."""
        return C.RETRY_TIMEOUT_COST if isinstance(error, APITimeoutError) else C.RETRY_COST

    def acquire(self, error: PromoSDKError) -> bool:
        """Take the cost of one retry after ``error``; False (nothing taken) when the bucket is too low."""
        cost = self.cost_of(error)
        with self._lock:
            if self._level < cost:
                return False
            self._level -= cost
            return True

    def release_success(self, taken: int = 0) -> None:
        """A call succeeded: refund ``taken`` (what its retries took), or the success refund if none."""
        if self._level < self.capacity:
            refund = taken if taken > 0 else C.RETRY_SUCCESS_REFUND
            with self._lock:
                self._level = min(self.capacity, self._level + refund)

    def __repr__(self) -> str:
        return f"RetryQuota({self._level}/{self.capacity})"


class RetryDecision:
    """The verdict on one failed attempt: wait ``delay`` seconds and retry (``cost`` taken from the
    quota), or give up (``delay`` None) for ``reason``."""

    __slots__ = ("cost", "delay", "reason")

    def __init__(self, delay: float | None, cost: int = 0, reason: str = "") -> None:
        self.delay = delay
        self.cost = cost
        self.reason = reason

    @property
    def quota_exhausted(self) -> bool:
        return self.reason == QUOTA_EXHAUSTED

    def __repr__(self) -> str:
        if self.delay is None:
            return f"RetryDecision(give up: {self.reason})"
        return f"RetryDecision(retry in {self.delay:.3f} s, cost {self.cost})"


NOT_RETRYABLE = "not retryable"
NO_RETRIES_LEFT = "no retries left"
PAST_DEADLINE = "the deadline would pass first"
QUOTA_EXHAUSTED = "the retry quota is exhausted"
_GIVE_UP = {
    reason: RetryDecision(None, reason=reason)
    for reason in (NOT_RETRYABLE, NO_RETRIES_LEFT, PAST_DEADLINE, QUOTA_EXHAUSTED)
}


@frozen
class Retries:
    """The retry parts combined once: the checker, the backoff, the quota and the retry count.

    A client holds one (``client.retries``); ``with_options`` builds a copy's from its overrides.
    """

    checker: RetryChecker
    backoff: RetryPolicy
    quota: RetryQuota
    max_retries: int

    def decide(
        self,
        error: PromoSDKError,
        operation: OperationSpec,
        retries_done: int,
        *,
        reconcilable: bool = False,
        time_left: float | None = None,
    ) -> RetryDecision:
        """Retry after ``error`` (the call has retried ``retries_done`` times, ``time_left`` seconds
        remain before its deadline)? Checked in order: the checker, the count, the backoff against
        the deadline, and last the quota, which is paid only for a retry that will happen."""
        if not self.checker.retryable(error, operation, reconcilable=reconcilable):
            return _GIVE_UP[NOT_RETRYABLE]
        if retries_done >= self.max_retries:
            return _GIVE_UP[NO_RETRIES_LEFT]
        delay = self.backoff.delay(retries_done + 1, getattr(error, "retry_after", None))
        if time_left is not None and delay >= time_left:
            return _GIVE_UP[PAST_DEADLINE]
        if not self.quota.acquire(error):
            logger.warning("%s: retry quota exhausted; failing fast", operation.id)
            return _GIVE_UP[QUOTA_EXHAUSTED]
        return RetryDecision(delay, self.quota.cost_of(error))
