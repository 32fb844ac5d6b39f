"""promosdk: a typed asyncio client for the WeChat Mini Program Union promoter API and waiqin365 bC campaigns."""

from __future__ import annotations

from ._errors import (
    AccessTokenError,
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadResponseError,
    HTTPStatusError,
    PromoSDKError,
    RateLimitError,
    RequestValidationError,
    ServerBusyError,
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
    "DailyQuotaExceededError",
    "DuplicatePromotionNameError",
    "HTTPStatusError",
    "InvalidAccessTokenError",
    "InvalidAppIdError",
    "InvalidCredentialError",
    "NotAppliedError",
    "PlanExpiredError",
    "PlanNotFoundError",
    "PromoSDKError",
    "PromotionLimitReachedError",
    "RateLimitError",
    "RequestValidationError",
    "ServerBusyError",
    "SystemBusyError",
    "TooFrequentError",
    "WaiqinAPIError",
    "WaiqinRequestFailedError",
]
