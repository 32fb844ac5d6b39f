"""The exit code of every error class: one table, shown by ``--help`` (the epilog) and listed in the
docstring of promosdk.cli."""

from __future__ import annotations

import click

from .._errors import (
    AccessTokenError,
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    BadResponseError,
    HTTPStatusError,
    PromoSDKError,
    RateLimitError,
    RequestValidationError,
    ServerBusyError,
    WaiqinAPIError,
)
from .._generated.errors import (
    AlreadyAppliedError,
    ApiUnauthorizedError,
    ApplyReasonTooLongError,
    DuplicatePromotionNameError,
    InvalidAppIdError,
    NotAppliedError,
    PlanExpiredError,
    PlanNotFoundError,
    PromotionLimitReachedError,
)
from ..batch import BatchInputError, OutageError, RetryLaterError

__all__ = ["CODE_BY_CLASS", "EXIT_CODES", "EXIT_INTERRUPTED", "EXIT_RETRY_LATER", "epilog", "exit_code_for"]

EXIT_INTERRUPTED = 130
EXIT_RETRY_LATER = 75  # EX_TEMPFAIL

#: (exit code, exception classes, meaning) — the table of the module docstring and of ``--help``.
EXIT_CODES: tuple[tuple[int, tuple[type[BaseException], ...], str], ...] = (
    (1, (PromoSDKError, Exception), "any other failure"),
    (
        2,
        (RequestValidationError, BatchInputError, click.UsageError),
        "usage error / invalid input, nothing sent",
    ),
    (3, (APIError,), "other vendor error code (APIError)"),
    (4, (AccessTokenError, InvalidAppIdError, ApiUnauthorizedError), "credentials / authorisation"),
    (5, (RateLimitError, ServerBusyError), "throttled or busy (45009/45011/-1)"),
    (6, (APIConnectionError, OutageError), "connection failed or timed out; batch: outage, stopped"),
    (7, (HTTPStatusError, BadResponseError), "unexpected HTTP status or body"),
    (8, (WaiqinAPIError,), "waiqin365 return_code != 0"),
    (9, (AmbiguousWriteError,), "a write may or may not have happened"),
    (10, (PlanNotFoundError,), "no such targeted plan (202002)"),
    (11, (PlanExpiredError,), "targeted plan expired (202001)"),
    (12, (AlreadyAppliedError,), "already applied (202004)"),
    (13, (NotAppliedError,), "not applied (202005)"),
    (14, (ApplyReasonTooLongError,), "apply reason too long (202006)"),
    (15, (PromotionLimitReachedError,), "promotion spot limit reached (14005)"),
    (16, (DuplicatePromotionNameError,), "duplicate promotion spot name (14007)"),
    (EXIT_RETRY_LATER, (RetryLaterError,), "batch: some inputs failed transiently; re-run to retry them"),
    (EXIT_INTERRUPTED, (KeyboardInterrupt,), "interrupted; batch: re-run to resume"),
)
CODE_BY_CLASS: dict[type[BaseException], int] = {
    cls: code for code, classes, _ in EXIT_CODES for cls in classes
}


def exit_code_for(error: BaseException) -> int:
    """The exit code of ``error``: that of the nearest class in its MRO listed in EXIT_CODES."""
    for cls in type(error).__mro__:
        code = CODE_BY_CLASS.get(cls)
        if code is not None:
            return code
    return 1


def epilog() -> str:
    rows = [
        f"  {code:<4} {', '.join(c.__name__ for c in classes)}: {meaning}"
        for code, classes, meaning in EXIT_CODES
    ]
    return (
        "\b\nExit codes (the most specific class of the error wins):\n  0    success (batch: every input has its result line, whatever its outcome)\n"
        + "\n".join(rows)
    )
