"""The exit code of every error: one table, shown by ``--help`` (the epilog) and listed in the
docstring of promosdk.cli.

Vendor codes map through their **category** (the spec's ``x-error-categories``: ``token``,
``auth``, ``quota``, ``rate_limit``, ``retryable``, ``client``): a class of a new error code gets
the exit code of its category's base class without an edit here. The rows list PromoSDKError
branches and category bases (found in the class tree, so generated bases show up by themselves),
plus the documented codes that had their own exit code before the registry (10-16).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import click

from .. import _errors
from .._errors import (
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    BadResponseError,
    HTTPStatusError,
    PromoSDKError,
    RequestValidationError,
    WaiqinAPIError,
)
from .._generated import errors as _generated_errors
from .._generated.errors import (
    AlreadyAppliedError,
    ApplyReasonTooLongError,
    DuplicatePromotionNameError,
    NotAppliedError,
    PlanExpiredError,
    PlanNotFoundError,
    PromotionLimitReachedError,
)
from ..batch import BatchInputError, OutageError, RetryLaterError

__all__ = [
    "CATEGORY_EXIT_CODES",
    "CODE_BY_CLASS",
    "EXIT_CODES",
    "EXIT_INTERRUPTED",
    "EXIT_RETRY_LATER",
    "category_bases",
    "epilog",
    "exit_code_for",
]

EXIT_INTERRUPTED = 130
EXIT_RETRY_LATER = 75  # EX_TEMPFAIL
EXIT_CREDENTIALS = 4
EXIT_THROTTLED = 5

#: The exit code of each error category; ``client`` (and a category not listed) is 3, APIError's.
CATEGORY_EXIT_CODES: Mapping[str, int] = {
    "token": EXIT_CREDENTIALS,
    "auth": EXIT_CREDENTIALS,
    "quota": EXIT_THROTTLED,
    "rate_limit": EXIT_THROTTLED,
    "retryable": EXIT_THROTTLED,
}


def _api_error_classes(modules: Iterable[object]) -> list[type[APIError]]:
    found: dict[type[APIError], None] = {}
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, APIError):
                found[value] = None
    return list(found)


def category_bases(
    category: str, modules: Iterable[object] = (_errors, _generated_errors)
) -> tuple[type[APIError], ...]:
    """The topmost classes declaring ``category`` (its base class, or its codes' classes while the
    category has no base of its own), in definition order."""
    declaring = [c for c in _api_error_classes(modules) if c.__dict__.get("category") == category]
    return tuple(c for c in declaring if not any(b is not c and issubclass(c, b) for b in declaring))


def _category_rows() -> list[tuple[int, tuple[type[BaseException], ...], str]]:
    rows: list[tuple[int, tuple[type[BaseException], ...], str]] = []
    for code, meaning in (
        (EXIT_CREDENTIALS, "credentials / authorisation"),
        (EXIT_THROTTLED, "throttled or busy"),
    ):
        names = [name for name, c in CATEGORY_EXIT_CODES.items() if c == code]
        classes = tuple(cls for name in names for cls in category_bases(name))
        rows.append((code, classes, f"{meaning} (categories {', '.join(names)})"))
    return rows


#: (exit code, exception classes, meaning) — the table of the module docstring and of ``--help``.
EXIT_CODES: tuple[tuple[int, tuple[type[BaseException], ...], str], ...] = (
    (1, (PromoSDKError, Exception), "any other failure"),
    (
        2,
        (RequestValidationError, BatchInputError, click.UsageError),
        "usage error / invalid input, nothing sent",
    ),
    (3, (APIError,), "other vendor error code (APIError; category client)"),
    *_category_rows(),
    (6, (APIConnectionError, OutageError), "connection failed or timed out; batch: outage, stopped"),
    (7, (HTTPStatusError, BadResponseError), "unexpected HTTP status or body"),
    (8, (WaiqinAPIError,), "waiqin365 return_code != 0"),
    (9, (AmbiguousWriteError,), "a write may or may not have happened"),
    # Documented codes with an exit code of their own since before the registry.
    (10, (PlanNotFoundError,), "no such targeted plan (202002)"),
    (11, (PlanExpiredError,), "targeted plan expired (202001)"),
    (12, (AlreadyAppliedError,), "already applied (202004)"),
    (13, (NotAppliedError,), "not applied (202005)"),
    (14, (ApplyReasonTooLongError,), "apply reason too long (202006)"),
    (15, (PromotionLimitReachedError,), "promotion spot limit reached (14005)"),
    (16, (DuplicatePromotionNameError,), "duplicate promotion spot name (14007)"),
    (EXIT_RETRY_LATER, (RetryLaterError,), "batch, orders export: a transient failure; re-run to retry (resumes where it stopped)"),
    (EXIT_INTERRUPTED, (KeyboardInterrupt,), "interrupted; batch, orders export: re-run to resume"),
)
CODE_BY_CLASS: dict[type[BaseException], int] = {
    cls: code for code, classes, _ in EXIT_CODES for cls in classes
}


def exit_code_for(error: BaseException) -> int:
    """The exit code of ``error``: that of the nearest class in its MRO listed in EXIT_CODES or
    declaring a category of CATEGORY_EXIT_CODES."""
    for cls in type(error).__mro__:
        code = CODE_BY_CLASS.get(cls)
        if code is None and issubclass(cls, APIError) and "category" in cls.__dict__:
            code = CATEGORY_EXIT_CODES.get(cls.__dict__["category"])
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
