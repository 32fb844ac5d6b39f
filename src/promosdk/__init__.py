"""promosdk: a typed asyncio client for the WeChat Mini Program Union promoter API and waiqin365 bC campaigns."""

from __future__ import annotations

from ._auth import CachedToken, InMemoryTokenStore, TokenStore
from ._base_client import ClientOptions
from ._errors import (
    AccessTokenError,
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadResponseError,
    ClientClosedError,
    HTTPStatusError,
    PromoSDKError,
    RateLimitError,
    RequestValidationError,
    ServerBusyError,
    StoreUnavailableError,
    WaiqinAPIError,
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
from ._ratelimit import LocalRateLimiter, Rate, RateLimiter, RateLimitExceeded
from ._resource import RawResponse
from ._retry import RetryPolicy, RetryQuota
from .waiqin import WaiqinClient
from .wechat import WeChatUnionClient

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
]
