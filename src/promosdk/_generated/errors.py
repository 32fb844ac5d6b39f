# generated from spec/*.openapi.yaml (x-error-categories, x-error-codes) by codegen — do not edit
"""The error classes: one base per error category, one class per documented code, on promosdk._errors."""

from __future__ import annotations

from promosdk._errors import APIError, WaiqinAPIError
from promosdk._public import publish


class AccessTokenError(APIError):
    """The access_token is invalid or expired: the client renews it (compare-and-expire) and re-sends the call once. (category token)"""

    category = 'token'
    retryable = False
    refresh_token = True


class ServerBusyError(APIError):
    """The vendor is busy: retried with backoff. (category retryable)"""

    category = 'retryable'
    retryable = True
    refresh_token = False


class RateLimitError(APIError):
    """The vendor's frequency limit was hit: retried with backoff. (category rate_limit)"""

    category = 'rate_limit'
    retryable = True
    refresh_token = False


class QuotaError(RateLimitError):
    """A quota of the vendor is used up (a RateLimitError): not retried, later calls fail the same way. (category quota)"""

    category = 'quota'
    retryable = False
    refresh_token = False


class AuthorizationError(APIError):
    """The app's credentials or permissions are refused: not retried, no call can succeed until they are fixed. (category auth)"""

    category = 'auth'
    retryable = False
    refresh_token = False


class InvalidRequestError(APIError):
    """The vendor refused the request itself (no such plan, a duplicate name, a limit reached): not retried. (category client)"""

    category = 'client'
    retryable = False
    refresh_token = False


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


class InvalidAppIdError(AuthorizationError):
    """The appid is not valid. (code 40013, wechat_union.openapi.yaml)"""

    default_code = 40013
    category = 'auth'
    retryable = False
    refresh_token = False


class DailyQuotaExceededError(QuotaError):
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


class ApiUnauthorizedError(AuthorizationError):
    """The app is not authorised to call this API. (code 48001, wechat_union.openapi.yaml)"""

    default_code = 48001
    category = 'auth'
    retryable = False
    refresh_token = False


class PlanExpiredError(InvalidRequestError):
    """The targeted plan has expired. (code 202001, wechat_union.openapi.yaml)"""

    default_code = 202001
    category = 'client'
    retryable = False
    refresh_token = False


class PlanNotFoundError(InvalidRequestError):
    """There is no such targeted plan. (code 202002, wechat_union.openapi.yaml)"""

    default_code = 202002
    category = 'client'
    retryable = False
    refresh_token = False


class AlreadyAppliedError(InvalidRequestError):
    """The promoter has already applied to this targeted plan. (code 202004, wechat_union.openapi.yaml)"""

    default_code = 202004
    category = 'client'
    retryable = False
    refresh_token = False


class NotAppliedError(InvalidRequestError):
    """The promoter has not applied to this targeted plan. (code 202005, wechat_union.openapi.yaml)"""

    default_code = 202005
    category = 'client'
    retryable = False
    refresh_token = False


class ApplyReasonTooLongError(InvalidRequestError):
    """The application reason exceeds the length limit. (code 202006, wechat_union.openapi.yaml)"""

    default_code = 202006
    category = 'client'
    retryable = False
    refresh_token = False


class PromotionLimitReachedError(InvalidRequestError):
    """The number of promotion spots has reached its upper limit (promotionMaxCnt). (code 14005, wechat_union.openapi.yaml)"""

    default_code = 14005
    category = 'client'
    retryable = False
    refresh_token = False


class DuplicatePromotionNameError(InvalidRequestError):
    """A promotion spot with this name already exists. (code 14007, wechat_union.openapi.yaml)"""

    default_code = 14007
    category = 'client'
    retryable = False
    refresh_token = False


class TagNotFoundError(InvalidRequestError):
    """The promotion #tag does not exist. (code 37027, wechat_union.openapi.yaml)"""

    default_code = 37027
    category = 'client'
    retryable = False
    refresh_token = False


class TagQueryLimitError(QuotaError):
    """Tag look-ups exceeded their limit (查询超过上限); the batch size (10) is checked before sending, so this is the call quota. (code 201001, wechat_union.openapi.yaml)"""

    default_code = 201001
    category = 'quota'
    retryable = False
    refresh_token = False


class InvalidParameterError(InvalidRequestError):
    """Parameter error. (code 200002, wechat_union.openapi.yaml)"""

    default_code = 200002
    category = 'client'
    retryable = False
    refresh_token = False


class OpenAccountParameterError(InvalidRequestError):
    """Parameter error (open-account family). (code 25510, wechat_union.openapi.yaml)"""

    default_code = 25510
    category = 'client'
    retryable = False
    refresh_token = False


class SubjectInfoError(InvalidRequestError):
    """Getting the subject (主体) information failed. (code 25503, wechat_union.openapi.yaml)"""

    default_code = 25503
    category = 'client'
    retryable = False
    refresh_token = False


class SubjectMismatchError(InvalidRequestError):
    """Subject check failed: the open platform account must belong to the promoter's own subject. (code 25504, wechat_union.openapi.yaml)"""

    default_code = 25504
    category = 'client'
    retryable = False
    refresh_token = False


class OpenAccountNotFoundError(InvalidRequestError):
    """The open platform account does not exist. (code 25505, wechat_union.openapi.yaml)"""

    default_code = 25505
    category = 'client'
    retryable = False
    refresh_token = False


class OpenAccountAbnormalError(InvalidRequestError):
    """The open platform account is abnormal. (code 25506, wechat_union.openapi.yaml)"""

    default_code = 25506
    category = 'client'
    retryable = False
    refresh_token = False


class OpenAccountStateError(InvalidRequestError):
    """The open platform account is abnormal (a second code with the same documented text). (code 25507, wechat_union.openapi.yaml)"""

    default_code = 25507
    category = 'client'
    retryable = False
    refresh_token = False


class OpenAccountVerificationError(InvalidRequestError):
    """Verification failed. (code 25508, wechat_union.openapi.yaml)"""

    default_code = 25508
    category = 'client'
    retryable = False
    refresh_token = False


class CustomizeInfoLimitError(InvalidRequestError):
    """The number of bound custom user parameters exceeds the limit. (code 25509, wechat_union.openapi.yaml)"""

    default_code = 25509
    category = 'client'
    retryable = False
    refresh_token = False


class WaiqinRequestFailedError(WaiqinAPIError, InvalidRequestError):
    """The request failed (return_code 1); return_msg says why. (code 1, waiqin_bc.openapi.yaml)"""

    default_code = 1
    category = 'client'
    retryable = False
    refresh_token = False


#: family (x-protocol) -> documented code -> its class.
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
        37027: TagNotFoundError,
        201001: TagQueryLimitError,
        200002: InvalidParameterError,
        25510: OpenAccountParameterError,
        25503: SubjectInfoError,
        25504: SubjectMismatchError,
        25505: OpenAccountNotFoundError,
        25506: OpenAccountAbnormalError,
        25507: OpenAccountStateError,
        25508: OpenAccountVerificationError,
        25509: CustomizeInfoLimitError,
    },
    'waiqin': {
        1: WaiqinRequestFailedError,
    },
}
#: family -> the class of a code its spec does not list.
FAMILY_BASES: dict[str, type[APIError]] = {'wechat': APIError, 'waiqin': WaiqinAPIError}
#: category -> its base class.
CATEGORY_CLASSES: dict[str, type[APIError]] = {'token': AccessTokenError, 'retryable': ServerBusyError, 'rate_limit': RateLimitError, 'quota': QuotaError, 'auth': AuthorizationError, 'client': InvalidRequestError}

# The classes only: promosdk.errors and promosdk export exactly these (and the hand-written ones).
__all__ = [
    "AccessTokenError",
    "ServerBusyError",
    "RateLimitError",
    "QuotaError",
    "AuthorizationError",
    "InvalidRequestError",
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
    "TagNotFoundError",
    "TagQueryLimitError",
    "InvalidParameterError",
    "OpenAccountParameterError",
    "SubjectInfoError",
    "SubjectMismatchError",
    "OpenAccountNotFoundError",
    "OpenAccountAbnormalError",
    "OpenAccountStateError",
    "OpenAccountVerificationError",
    "CustomizeInfoLimitError",
    "WaiqinRequestFailedError",
]


# Reprs, tracebacks and pickles name the public module, which re-exports every class.
publish(globals(), 'promosdk.errors')
