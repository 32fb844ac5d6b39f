"""promosdk: a typed asyncio client for the WeChat Mini Program Union promoter API and waiqin365 bC campaigns.

The exceptions are imported eagerly (cheap, and what error handlers need); the clients and the rest
load on first use (PEP 562), so that ``import promosdk`` in a CLI or a cold start does not pay for
aiohttp until a client is actually used.
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
from ._public import to_dict, to_json

if TYPE_CHECKING:
    from ._auth import CachedToken, InMemoryTokenStore, TokenStore
    from ._base_client import ClientOptions
    from ._ratelimit import LocalRateLimiter, Rate, RateLimiter, RateLimitExceeded
    from ._resource import RawResponse
    from ._retry import RetryPolicy, RetryQuota
    from .waiqin import WaiqinClient
    from .wechat import WeChatUnionClient

_LAZY: dict[str, str] = {
    "CachedToken": "._auth",
    "InMemoryTokenStore": "._auth",
    "TokenStore": "._auth",
    "ClientOptions": "._base_client",
    "LocalRateLimiter": "._ratelimit",
    "Rate": "._ratelimit",
    "RateLimiter": "._ratelimit",
    "RateLimitExceeded": "._ratelimit",
    "RawResponse": "._resource",
    "RetryPolicy": "._retry",
    "RetryQuota": "._retry",
    "WaiqinClient": ".waiqin",
    "WeChatUnionClient": ".wechat",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'promosdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

__version__ = "0.1.0"

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
    "CachedToken",
    "ClientClosedError",
    "ClientOptions",
    "DailyQuotaExceededError",
    "DuplicatePromotionNameError",
    "HTTPStatusError",
    "InMemoryTokenStore",
    "InvalidAccessTokenError",
    "InvalidAppIdError",
    "InvalidCredentialError",
    "LocalRateLimiter",
    "NotAppliedError",
    "PaginationError",
    "PlanExpiredError",
    "PlanNotFoundError",
    "PromoSDKError",
    "PromotionLimitReachedError",
    "Rate",
    "RateLimitError",
    "RateLimitExceeded",
    "RateLimiter",
    "RawResponse",
    "RequestValidationError",
    "RetryPolicy",
    "RetryQuota",
    "ServerBusyError",
    "StoreUnavailableError",
    "SystemBusyError",
    "TokenStore",
    "TooFrequentError",
    "WaiqinAPIError",
    "WaiqinClient",
    "WaiqinRequestFailedError",
    "WeChatUnionClient",
    "WrongEventLoopError",
    "to_dict",
    "to_json",
]
