"""The batch's errors, and how it classifies any error: fatal (stop the run), transient (a re-run
retries the input) or final (the input's outcome)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._errors import AmbiguousWriteError, APIError, HTTPStatusError, PromoSDKError
from .._redact import redact
from .._retry import is_retryable
from .endpoints import api_operations

__all__ = [
    "FATAL_CATEGORIES",
    "MAX_REPORTED_PROBLEMS",
    "BatchError",
    "BatchInputError",
    "NotConfirmedError",
    "OutageError",
    "RetryLaterError",
    "ReviewPendingError",
    "category_of",
    "error_code",
    "error_json",
    "is_fatal",
    "is_final",
    "is_transient",
]

#: A read (any): for it the runtime's retry checker answers only "is this failure transient?".
_A_READ = next(op for op in api_operations() if not op.write)
#: Error categories (x-error-categories) that stop a run: every remaining input would fail the same.
FATAL_CATEGORIES = frozenset({"token", "auth", "quota"})
#: Bad lines of an input or spots file described in a BatchInputError (the others are counted).
MAX_REPORTED_PROBLEMS = 20


class BatchInputError(PromoSDKError, ValueError):
    """A malformed input, spots or output file; nothing was sent.

    A file with bad lines is refused after reading all of it: ``problems`` holds one
    ``file:line: what is wrong`` text per bad line (the first :data:`MAX_REPORTED_PROBLEMS`),
    ``bad_lines`` their number and ``headline`` the one-line summary; the message lists them all.
    For a problem of the whole file (unreadable, no header) ``problems`` is empty.
    """

    def __init__(self, message: str, *, problems: Sequence[str] = (), bad_lines: int = 0) -> None:
        super().__init__(message)
        self.headline = self.message.partition("\n")[0]
        self.problems = tuple(redact(problem) for problem in problems)
        self.bad_lines = bad_lines

    @classmethod
    def for_bad_lines(cls, file: object, problems: Sequence[str], bad_lines: int) -> BatchInputError:
        """The error of a file with ``bad_lines`` bad lines, the first of them described by ``problems``."""
        if bad_lines == 1:
            return cls(problems[0], problems=problems, bad_lines=1)
        listed = "" if bad_lines <= len(problems) else f", the first {len(problems)} listed"
        headline = f"{file}: {bad_lines} bad lines{listed}; nothing was sent"
        return cls("\n".join([headline, *problems]), problems=problems, bad_lines=bad_lines)


class BatchError(PromoSDKError):
    """A batch step could not finish although every call answered (see the subclasses)."""


class ReviewPendingError(BatchError):
    """The application was still pending when the poll deadline passed."""


class RetryLaterError(BatchError):
    """Every input has a line, but some failed transiently (outage, timeout, review pending)."""


class OutageError(BatchError):
    """Too many inputs in a row failed transiently: the run stopped (re-run it to resume)."""


class NotConfirmedError(BatchError):
    """queryCampaign does not show what the batch wrote (campaign or registered customers)."""


def category_of(error: BaseException) -> str | None:
    """The error category of a vendor error (the spec's ``x-error-categories``): the category
    declared by the nearest class of its MRO, so a new code's class answers through its base."""
    if not isinstance(error, APIError):
        return None
    for cls in type(error).__mro__:
        category = cls.__dict__.get("category")
        if isinstance(category, str):
            return category
    return None


def is_fatal(error: BaseException) -> bool:
    """Errors that would fail every remaining input: the run stops instead of writing them
    (categories token and auth: the credentials; quota: nothing more today)."""
    return category_of(error) in FATAL_CATEGORIES


def is_transient(error: BaseException) -> bool:
    """Failures worth another try later (the request was refused, lost or answered garbage).

    The runtime's checker decides (what the client would retry on a read); an ambiguous write is
    transient too: a re-run reads back whether it landed before writing again.
    """
    if isinstance(error, AmbiguousWriteError):
        return True
    return isinstance(error, PromoSDKError) and is_retryable(error, _A_READ) and not is_fatal(error)


def is_final(error: BaseException) -> bool:
    """An outcome a re-run would not change (not found, expired, a refused input...)."""
    return not (is_transient(error) or isinstance(error, ReviewPendingError))


def error_code(error: BaseException) -> int | None:
    """The vendor code of an APIError, the HTTP status of an HTTPStatusError, else None."""
    if isinstance(error, APIError):
        return error.code
    if isinstance(error, HTTPStatusError):
        return error.status
    return None


def error_json(error: BaseException) -> dict[str, Any]:
    message = error.message if isinstance(error, PromoSDKError) else redact(str(error))
    if isinstance(error, APIError) and error.operation:
        message = f"{error.operation}: {message}"
    return {"type": type(error).__name__, "code": error_code(error), "message": " ".join(message.split())}
