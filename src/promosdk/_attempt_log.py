"""What the attempt loop logs (logger ``promosdk``).

INFO: one line per failed attempt, saying what follows it: a retry and its delay, a re-send with
renewed credentials, or the call's failure and why. DEBUG: one line per attempt of a request, with
its status or error class, its time and its number. Lines carry class names only, never error
texts, which may quote the server.

The DEBUG line of a failed attempt has the attribute :data:`FAILED_ATTEMPT` set (``extra``): a
handler that shows both levels can drop it, since the INFO line says the same and what followed
(``promosdk -vv`` does).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import _constants as C

if TYPE_CHECKING:
    from ._errors import PromoSDKError
    from ._operation import OperationSpec

__all__ = ["FAILED_ATTEMPT", "AttemptLog", "log_request", "log_retry"]

logger = logging.getLogger(C.LOGGER_NAME)
#: The LogRecord attribute, True on the DEBUG line of a failed attempt.
FAILED_ATTEMPT = "promosdk_failed_attempt"
_FAILED = {FAILED_ATTEMPT: True}


class AttemptLog:
    """A failed attempt, as logged at INFO (built only when INFO is enabled)."""

    __slots__ = ("attempt", "elapsed_ms", "error", "operation")

    def __init__(
        self, operation: OperationSpec, attempt: int, error: PromoSDKError, started: float, ended: float
    ) -> None:
        self.operation = operation
        self.attempt = attempt
        self.error = error
        self.elapsed_ms = (ended - started) * 1000

    @classmethod
    def failed_attempt(
        cls, operation: OperationSpec, attempt: int, error: PromoSDKError, started: float, ended: float
    ) -> AttemptLog:
        """Log the attempt's request line (DEBUG); the returned log says what follows it (INFO)."""
        log_request(operation, attempt, started, ended, f"error={type(error).__name__}", failed=True)
        return cls(operation, attempt, error, started, ended)

    def _emit(self, outcome: str, *args: object) -> None:
        logger.info(
            "%s attempt=%d error=%s elapsed_ms=%.1f: " + outcome,
            self.operation.id,
            self.attempt,
            type(self.error).__name__,
            self.elapsed_ms,
            *args,
        )

    def retried(self, delay: float | None, what: str) -> None:
        if delay is None:
            self._emit("%s", what)
        else:
            self._emit("%s in %.2f s", what, delay)

    def failed(self, why: str, raised: PromoSDKError) -> None:
        if raised is self.error:
            self._emit("the call failed (%s)", why)
        else:
            self._emit("the call failed (%s), raising %s", why, type(raised).__name__)


def log_retry(log: AttemptLog | None, delay: float | None, what: str) -> None:
    """``what`` follows the failed attempt (after ``delay`` seconds; None: at once)."""
    if log is not None:
        log.retried(delay, what)


def log_request(
    operation: OperationSpec, attempt: int, started: float, ended: float, outcome: int | str, *, failed: bool = False
) -> None:
    """One attempt of a request (DEBUG); ``outcome`` is the HTTP status or ``error=<class>``."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s %s %s elapsed_ms=%.1f attempt=%d",
            operation.id,
            operation.method,
            operation.path,
            outcome if isinstance(outcome, str) else f"status={outcome}",
            (ended - started) * 1000,
            attempt,
            extra=_FAILED if failed else None,
        )
