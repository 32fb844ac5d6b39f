"""The exception hierarchy: the hand-written roots; the error categories and codes are generated.

    PromoSDKError
    ├── RequestValidationError (ValueError)   bad input, raised before anything is sent
    ├── APIConnectionError                    the request may not have reached the server
    │   └── APITimeoutError (asyncio.TimeoutError)
    ├── HTTPStatusError                       a non-2xx answer (a 3xx is never followed)
    ├── BadResponseError                      a 2xx answer that is not the documented JSON
    │   └── PaginationError                   a paged listing that does not end
    ├── AmbiguousWriteError                   a write may or may not have happened
    ├── ClientClosedError (RuntimeError)      the client was closed before or during the call
    ├── WrongEventLoopError (RuntimeError)    the client is used in a second event loop
    ├── StoreUnavailableError                 the shared token store / rate limiter is down
    ├── RateLimitExceeded                     our own (local or fleet) rate budget refused the call
    └── APIError                              the vendor answered with an error code
        ├── WaiqinAPIError                    waiqin return_code != 0 (family base, x-error-base)
        └── one base per error category (promosdk._generated.errors, from x-error-categories):
            AccessTokenError (token), ServerBusyError (retryable), RateLimitError (rate_limit)
            └── QuotaError (quota), AuthorizationError (auth), InvalidRequestError (client);
            each documented code's class derives from its category's base: PlanNotFoundError, ...

The category bases are importable from here too (re-exported at the end of this module).
"""

from __future__ import annotations

from typing import Any, ClassVar

from ._redact import redact, redacted_excerpt

# The hand-written classes only (promosdk.errors adds the generated ones).
__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AmbiguousWriteError",
    "BadResponseError",
    "ClientClosedError",
    "HTTPStatusError",
    "PaginationError",
    "PromoSDKError",
    "RateLimitExceeded",
    "RequestValidationError",
    "StoreUnavailableError",
    "WaiqinAPIError",
    "WrongEventLoopError",
]

EXCERPT_CHARS = 200


def excerpt(body: bytes, limit: int = EXCERPT_CHARS) -> str:
    # Redacted, then cut: a secret straddling the cut is hidden whole.
    return redacted_excerpt(body, limit)


class PromoSDKError(Exception):
    """Root of every exception promosdk raises."""

    def __init__(self, message: str) -> None:
        self.message = redact(message)
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses' __init__ take other arguments than ``args``: rebuild from the attributes
        # (pickling across processes, e.g. multiprocessing or a task queue) without calling it.
        return (_restore_error, (type(self), self.args, dict(self.__dict__)))


def _restore_error(cls: type[PromoSDKError], args: tuple[Any, ...], state: dict[str, Any]) -> PromoSDKError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class RequestValidationError(PromoSDKError, ValueError):
    """An argument breaks a rule of the spec; nothing was sent."""

    def __init__(self, field: str, rule: str, detail: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"{field}: {detail} [{rule}]")


class APIConnectionError(PromoSDKError):
    """The connection failed or broke (reset, refused, DNS); the request may not have been sent."""

    def __init__(self, message: str, *, operation: str | None = None, sent: bool = True) -> None:
        self.operation = operation
        #: False only when the request surely never reached the server (connect failure).
        self.sent = sent
        super().__init__(message)


class APITimeoutError(APIConnectionError, TimeoutError):  # TimeoutError is asyncio.TimeoutError
    """No (complete) answer within the configured timeout or deadline."""


class HTTPStatusError(PromoSDKError):
    """The server answered with a non-2xx HTTP status.

    The message and ``location`` are redacted; ``body`` keeps the raw bytes, unredacted, for
    debugging (print it only where secrets may be shown).
    """

    def __init__(
        self,
        status: int,
        *,
        operation: str | None,
        body: bytes,
        content_type: str,
        retry_after: float | None = None,
        location: str | None = None,
    ) -> None:
        self.status = status
        self.operation = operation
        self.body = body
        self.content_type = content_type
        self.retry_after = retry_after
        #: A redirect's target, redacted (no query, fragment or credentials); it was not followed.
        self.location = location
        redirect = f" redirect to {location!r}, not followed" if location is not None else ""
        super().__init__(
            f"{operation}: HTTP {status}{redirect} ({content_type or 'no content type'}): {excerpt(body)!r}"
        )


class BadResponseError(PromoSDKError):
    """The answer is not the documented JSON (HTML page, truncated body, wrong types).

    ``body`` keeps the raw bytes for debugging; the message shows only a redacted excerpt, and
    ``reason`` (which may quote server values) is redacted too.
    """

    def __init__(
        self, reason: str, *, operation: str | None, status: int, content_type: str, body: bytes
    ) -> None:
        self.reason = redact(reason)
        self.operation = operation
        self.status = status
        self.content_type = content_type
        self.body = body
        super().__init__(
            f"{operation}: {self.reason} (HTTP {status}, {content_type or 'no content type'}, "
            f"{len(body)} bytes): {excerpt(body)!r}"
        )


class AmbiguousWriteError(PromoSDKError):
    """A non-idempotent write failed after it may have reached the server: it may have happened."""

    def __init__(self, message: str, *, operation: str, cause: BaseException) -> None:
        self.operation = operation
        self.cause = cause
        super().__init__(message)


class ClientClosedError(PromoSDKError, RuntimeError):
    """The client was closed (``aclose()`` / end of ``async with``) before or during the call.

    ``sent`` is False when the request surely never left. When it is True the request may have
    reached the server: a read or an idempotent write may simply be repeated, while a
    non-idempotent write cut this way is raised as an :class:`AmbiguousWriteError` whose
    ``cause`` is this error.
    """

    def __init__(self, message: str, *, sent: bool = False) -> None:
        #: True when the client was closed after the request was handed to the connection.
        self.sent = sent
        super().__init__(message)


class WrongEventLoopError(PromoSDKError, RuntimeError):
    """The client is used in an event loop other than the one it first ran in; nothing was sent.

    Its connections belong to that first loop (often one ``asyncio.run`` that has ended): create
    one client per event loop, inside it.
    """


class StoreUnavailableError(PromoSDKError):
    """The shared token store or rate limiter (Redis) is down or too slow; nothing was sent."""


class APIError(PromoSDKError):
    """The vendor answered with a non-zero error code.

    ``category`` is the code's error category (``x-error-categories``; "unknown" for a code no
    spec lists), ``retryable`` and ``refresh_token`` what the client does about it.
    """

    default_code: ClassVar[int | None] = None
    category: ClassVar[str] = "unknown"
    retryable: ClassVar[bool] = False
    refresh_token: ClassVar[bool] = False

    def __init__(
        self, code: int, message: str, *, operation: str | None = None, body: Any = None
    ) -> None:
        self.code = code
        self.operation = operation
        self.body = body
        super().__init__(message)
        self.args = (f"{operation}: [{code}] {self.message}",)

    def __str__(self) -> str:
        return f"{self.operation}: [{self.code}] {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, operation={self.operation!r})"


class WaiqinAPIError(APIError):
    """waiqin365 answered a non-zero return_code (the base of every waiqin error class)."""

    def __init__(
        self, code: int, message: str, *, operation: str | None = None, body: Any = None, msg_id: str | None = None
    ) -> None:
        self.msg_id = msg_id
        super().__init__(code, message, operation=operation, body=body)


class PaginationError(BadResponseError):
    """A paged listing did not end: the server repeated pages while its total said more items
    remained, or the listing needed more pages than its declared size allows (promotionMaxCnt or
    ``total``, at most ``promosdk._pagination.MAX_ITEMS`` items). Nothing is written; the items
    already received were yielded."""

    def __init__(self, reason: str, *, operation: str | None, pages: int, items: int, total: int | None) -> None:
        self.reason = redact(reason)
        self.operation = operation
        self.status = 200
        self.content_type = ""
        self.body = b""
        #: List requests made, distinct items received, and the last page's declared total.
        self.pages = pages
        self.items = items
        self.total = total
        PromoSDKError.__init__(self, f"{operation}: {reason} ({pages} pages requested, {items} distinct items)")


class RateLimitExceeded(PromoSDKError):
    """Our own rate budget (promosdk.LocalRateLimiter, or the fleet's FleetRateLimiter) is empty and
    waiting for the next slot would take longer than allowed; nothing was sent. Not a vendor error:
    no code. ``wait`` is the time to the next slot (seconds), ``operation`` the refused operation."""

    retryable: ClassVar[bool] = False

    def __init__(self, operation: str, wait: float) -> None:
        self.operation = operation
        self.wait = wait
        super().__init__(f"{operation}: client rate budget empty; next slot in {wait:.3f} s")


# The category bases are generated from the specs (x-error-categories) on the classes above; the
# runtime imports them from here too. Imported last: the generated module needs APIError.
from ._generated.errors import AccessTokenError as AccessTokenError  # noqa: E402
from ._generated.errors import AuthorizationError as AuthorizationError  # noqa: E402
from ._generated.errors import InvalidRequestError as InvalidRequestError  # noqa: E402
from ._generated.errors import QuotaError as QuotaError  # noqa: E402
from ._generated.errors import RateLimitError as RateLimitError  # noqa: E402
from ._generated.errors import ServerBusyError as ServerBusyError  # noqa: E402
