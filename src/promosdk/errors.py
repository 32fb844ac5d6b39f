"""Every exception promosdk raises, in one public module (all of them are also in ``promosdk``).

The bases are written by hand (promosdk._errors), one class per documented error code is generated
from the specs (promosdk._generated.errors); both report ``promosdk.errors`` as their module, so
tracebacks, reprs of classes and pickles of classes name this path. Static checkers name the
defining module (mypy's ``reveal_type`` shows ``promosdk._generated.errors.PlanNotFoundError``, the
same class).

    PromoSDKError
    ├── RequestValidationError (ValueError)   bad input, raised before anything is sent
    ├── APIConnectionError                    the request may not have reached the server
    │   └── APITimeoutError (TimeoutError)
    ├── HTTPStatusError                       a non-2xx answer
    ├── BadResponseError                      a 2xx answer that is not the documented JSON
    │   └── PaginationError                   a paged listing that does not end
    ├── AmbiguousWriteError                   a write may or may not have happened
    ├── ClientClosedError (RuntimeError)
    ├── WrongEventLoopError (RuntimeError)
    ├── StoreUnavailableError                 the shared token store / rate limiter is down
    └── APIError                              the vendor answered with an error code
        ├── AccessTokenError, RateLimitError (RateLimitExceeded), ServerBusyError, WaiqinAPIError
        └── one class per documented code: PlanNotFoundError, DuplicatePromotionNameError, ...

The batch runner's own errors live in ``promosdk.batch``; ``RateLimitExceeded`` (the fleet rate
limiter's) is loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    AccessTokenError,
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadResponseError,
    ClientClosedError,
    HTTPStatusError,
    PaginationError,
    PromoSDKError,
    RateLimitError,
    RequestValidationError,
    ServerBusyError,
    StoreUnavailableError,
    WaiqinAPIError,
    WrongEventLoopError,
)
from ._generated.errors import (
    AccessTokenExpiredError,
    AlreadyAppliedError,
    ApiUnauthorizedError,
    ApplyReasonTooLongError,
    DailyQuotaExceededError,
    DuplicatePromotionNameError,
    InvalidAccessTokenError,
    InvalidAppIdError,
    InvalidCredentialError,
    NotAppliedError,
    PlanExpiredError,
    PlanNotFoundError,
    PromotionLimitReachedError,
    SystemBusyError,
    TooFrequentError,
    WaiqinRequestFailedError,
)

if TYPE_CHECKING:
    from ._ratelimit import RateLimitExceeded

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccessTokenError",
    "AccessTokenExpiredError",
    "AlreadyAppliedError",
    "AmbiguousWriteError",
    "ApiUnauthorizedError",
    "ApplyReasonTooLongError",
    "BadResponseError",
    "ClientClosedError",
    "DailyQuotaExceededError",
    "DuplicatePromotionNameError",
    "HTTPStatusError",
    "InvalidAccessTokenError",
    "InvalidAppIdError",
    "InvalidCredentialError",
    "NotAppliedError",
    "PaginationError",
    "PlanExpiredError",
    "PlanNotFoundError",
    "PromoSDKError",
    "PromotionLimitReachedError",
    "RateLimitError",
    "RateLimitExceeded",
    "RequestValidationError",
    "ServerBusyError",
    "StoreUnavailableError",
    "SystemBusyError",
    "TooFrequentError",
    "WaiqinAPIError",
    "WaiqinRequestFailedError",
    "WrongEventLoopError",
]

_LAZY = {"RateLimitExceeded": "._ratelimit"}  # imports asyncio: not paid by `import promosdk`


def _publish(cls: type[Any]) -> type[Any]:
    cls.__module__ = __name__
    return cls


# Every class of __all__ (tests/test_typed_surface.py checks that every generated one is listed).
for _name in __all__:
    if _name not in _LAZY:
        _publish(globals()[_name])


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = _publish(getattr(importlib.import_module(module, "promosdk"), name))
    globals()[name] = value
    return value
