# generated from spec/*.openapi.yaml (x-error-codes) by codegen — do not edit
"""One exception class per documented error code, on the bases of promosdk._errors."""

from __future__ import annotations

from promosdk._errors import (
    AccessTokenError,
    APIError,
    RateLimitError,
    ServerBusyError,
    WaiqinAPIError,
)
from promosdk._public import publish


class SystemBusyError(ServerBusyError):
    """System busy; retry later. (code -1, wechat_union.openapi.yaml)"""

    default_code = -1
    category = 'retryable'
    retryable = True
    refresh_token = False


class InvalidCredentialError(AccessTokenError):
    """The access_token is invalid or not the latest (or the app secret is wrong). (code 40001, wechat_union.openapi.yaml)"""

    default_code = 40001
    category = 'token'
    retryable = False
    refresh_token = True


class InvalidAccessTokenError(AccessTokenError):
    """The access_token is not valid. (code 40014, wechat_union.openapi.yaml)"""

    default_code = 40014
    category = 'token'
    retryable = False
    refresh_token = True


class AccessTokenExpiredError(AccessTokenError):
    """The access_token has expired. (code 42001, wechat_union.openapi.yaml)"""

    default_code = 42001
    category = 'token'
    retryable = False
    refresh_token = True


class InvalidAppIdError(APIError):
    """The appid is not valid. (code 40013, wechat_union.openapi.yaml)"""

    default_code = 40013
    category = 'auth'
    retryable = False
    refresh_token = False


class DailyQuotaExceededError(RateLimitError):
    """The daily call quota of this API is used up. (code 45009, wechat_union.openapi.yaml)"""

    default_code = 45009
    category = 'quota'
    retryable = False
    refresh_token = False


class TooFrequentError(RateLimitError):
    """API calls are too frequent; slow down. (code 45011, wechat_union.openapi.yaml)"""

    default_code = 45011
    category = 'rate_limit'
    retryable = True
    refresh_token = False


class ApiUnauthorizedError(APIError):
    """The app is not authorised to call this API. (code 48001, wechat_union.openapi.yaml)"""

    default_code = 48001
    category = 'auth'
    retryable = False
    refresh_token = False


class PlanExpiredError(APIError):
    """The targeted plan has expired. (code 202001, wechat_union.openapi.yaml)"""

    default_code = 202001
    category = 'client'
    retryable = False
    refresh_token = False


class PlanNotFoundError(APIError):
    """There is no such targeted plan. (code 202002, wechat_union.openapi.yaml)"""

    default_code = 202002
    category = 'client'
    retryable = False
    refresh_token = False


class AlreadyAppliedError(APIError):
    """The promoter has already applied to this targeted plan. (code 202004, wechat_union.openapi.yaml)"""

    default_code = 202004
    category = 'client'
    retryable = False
    refresh_token = False


class NotAppliedError(APIError):
    """The promoter has not applied to this targeted plan. (code 202005, wechat_union.openapi.yaml)"""

    default_code = 202005
    category = 'client'
    retryable = False
    refresh_token = False


class ApplyReasonTooLongError(APIError):
    """The application reason exceeds the length limit. (code 202006, wechat_union.openapi.yaml)"""

    default_code = 202006
    category = 'client'
    retryable = False
    refresh_token = False


class PromotionLimitReachedError(APIError):
    """The number of promotion spots has reached its upper limit (promotionMaxCnt). (code 14005, wechat_union.openapi.yaml)"""

    default_code = 14005
    category = 'client'
    retryable = False
    refresh_token = False


class DuplicatePromotionNameError(APIError):
    """A promotion spot with this name already exists. (code 14007, wechat_union.openapi.yaml)"""

    default_code = 14007
    category = 'client'
    retryable = False
    refresh_token = False


class WaiqinRequestFailedError(WaiqinAPIError):
    """The request failed (return_code 1); return_msg says why. (code 1, waiqin_bc.openapi.yaml)"""

    default_code = 1
    category = 'client'
    retryable = False
    refresh_token = False


ERROR_CLASSES: dict[str, dict[int, type[APIError]]] = {
    'wechat': {
        -1: SystemBusyError,
        40001: InvalidCredentialError,
        40014: InvalidAccessTokenError,
        42001: AccessTokenExpiredError,
        40013: InvalidAppIdError,
        45009: DailyQuotaExceededError,
        45011: TooFrequentError,
        48001: ApiUnauthorizedError,
        202001: PlanExpiredError,
        202002: PlanNotFoundError,
        202004: AlreadyAppliedError,
        202005: NotAppliedError,
        202006: ApplyReasonTooLongError,
        14005: PromotionLimitReachedError,
        14007: DuplicatePromotionNameError,
    },
    'waiqin': {
        1: WaiqinRequestFailedError,
    },
}

__all__ = [
    "SystemBusyError",
    "InvalidCredentialError",
    "InvalidAccessTokenError",
    "AccessTokenExpiredError",
    "InvalidAppIdError",
    "DailyQuotaExceededError",
    "TooFrequentError",
    "ApiUnauthorizedError",
    "PlanExpiredError",
    "PlanNotFoundError",
    "AlreadyAppliedError",
    "NotAppliedError",
    "ApplyReasonTooLongError",
    "PromotionLimitReachedError",
    "DuplicatePromotionNameError",
    "WaiqinRequestFailedError",
    "ERROR_CLASSES",
]


# Reprs, tracebacks and pickles name the public module, which re-exports every class.
publish(globals(), 'promosdk.errors')
