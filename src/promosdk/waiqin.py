"""WaiqinClient: the waiqin365 open API, bC campaigns, with request signing."""

from __future__ import annotations

import re
import ssl
from typing import Any

import aiohttp

from . import _constants as C
from ._auth_steps import AttemptState, Outgoing
from ._errors import APIError, BadResponseError, PromoSDKError, WaiqinAPIError
from ._generated.errors import ERROR_CLASSES
from ._generated.waiqin_bc.client import GeneratedClient
from ._operation import OperationSpec
from ._options import ENV_WAIQIN_APPKEY, ENV_WAIQIN_BASE_URL, ENV_WAIQIN_OPENID, from_env, required
from ._ratelimit import RateLimiter
from ._redact import REDACTED, SecretRegistrations, check_credential
from ._retry import RetryPolicy
from ._serde import dumps
from ._transport import HTTPAnswer
from .signing import new_msg_id, waiqin_digest, waiqin_timestamp

__all__ = ["WaiqinClient"]

WAIQIN_ERRORS = ERROR_CLASSES["waiqin"]
#: The characters waiqin365 issues in an openid. The openid is a URL path segment that the server
#: reads as it is: anything else ("/", "..", "?", "#", "%", whitespace) could change the operation
#: or drop the signature from the path, so it is refused rather than escaped.
OPENID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,128}", re.ASCII)
#: How many of a client's latest request digests stay registered for redaction: a server may echo a
#: digest in any later text (a body, a Location); older ones are forgotten, so memory is bounded.
DIGESTS_KEPT = 1024


#: What every attempt starts from: the operation's URL (encoded), the signed body and the call's msg_id.
WaiqinPrepared = tuple[str, bytes, str]


class WaiqinSignature:
    """waiqin's auth step: each attempt is signed anew.

    The path gets four segments after the operation: the openid, the timestamp of this attempt
    (Beijing time), the digest (md5 of ``body|appkey|timestamp``) and the call's msg_id (one per
    call, kept across retries, so a server could de-duplicate them). The server may quote the
    digest back outside the URL path (which redact() covers): :meth:`scrub` hides it there.
    """

    __slots__ = ("_appkey", "_digests", "_openid")

    def __init__(self, openid: str, appkey: str) -> None:
        self._openid = openid
        self._appkey = appkey
        self._digests = SecretRegistrations(keep_last=DIGESTS_KEPT)

    def forget_digests(self) -> None:
        """The client's aclose(): its digests are no longer redacted."""
        self._digests.release()

    def authorize(self, operation: OperationSpec, prepared: WaiqinPrepared, state: AttemptState) -> Outgoing:
        url, body, msg_id = prepared
        timestamp = waiqin_timestamp()
        digest = state.credential = waiqin_digest(body, self._appkey, timestamp)
        self._digests.add(digest)  # registered before it is sent: an echo anywhere is redacted
        # Every segment is URL-safe as it is (openid checked, digits, hex): the URL stays encoded.
        return f"{url}/{self._openid}/{timestamp}/{digest}/{msg_id}", body

    async def recover(self, error: PromoSDKError, state: AttemptState) -> bool:
        return False  # a refused signature is not renewed by signing again

    def scrub(self, error: PromoSDKError, state: AttemptState) -> None:
        if state.credential is not None:
            _hide(error, state.credential)


class WaiqinClient(GeneratedClient):
    """Async client of the waiqin365 open API (bC campaigns).

    Every request body is serialised once, signed (md5 of ``body|appkey|timestamp``) and sent as
    exactly those bytes. ``base_url`` is per tenant, so it is required (as an argument or as
    ``PROMOSDK_WAIQIN_BASE_URL``).
    """

    # The group bc, its binding and with_raw_response are generated from the spec (GeneratedClient).

    def __init__(
        self,
        openid: str | None = None,
        appkey: str | None = None,
        *,
        base_url: str | None = None,
        session: aiohttp.ClientSession | None = None,
        timeout: float | aiohttp.ClientTimeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        connection_limit: int = C.DEFAULT_CONNECTION_LIMIT,
        rate_limiter: RateLimiter | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """``openid``, ``appkey`` and ``base_url`` default to ``PROMOSDK_WAIQIN_OPENID``,
        ``PROMOSDK_WAIQIN_APPKEY`` and ``PROMOSDK_WAIQIN_BASE_URL``; an explicit argument wins."""
        openid = from_env(openid, ENV_WAIQIN_OPENID)
        appkey = from_env(appkey, ENV_WAIQIN_APPKEY)
        check_credential("openid", openid)
        check_credential("appkey", appkey)
        openid = required(openid, "openid", ENV_WAIQIN_OPENID)
        appkey = required(appkey, "appkey", ENV_WAIQIN_APPKEY)
        base_url = required(
            from_env(base_url, ENV_WAIQIN_BASE_URL),
            "base_url",
            ENV_WAIQIN_BASE_URL + " (waiqin365 tenants live on different clouds)",
        )
        self._openid = checked_openid(openid)
        self._auth = self._signature = WaiqinSignature(self._openid, appkey)
        super().__init__(  # checks every option
            base_url=base_url,
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            deadline=deadline,
            connection_limit=connection_limit,
            rate_limiter=rate_limiter,
            ssl_context=ssl_context,
        )
        # Registered last: a constructor that raised leaves nothing registered. Shared by copies.
        self._secrets = SecretRegistrations()
        self._secrets.add(appkey)

    async def aclose(self) -> None:
        """Close the client; its appkey is no longer redacted (unless another client holds it too).
        A ``with_options`` copy's aclose() closes nothing and forgets nothing."""
        try:
            await super().aclose()
        finally:
            if not self._is_copy:
                self._secrets.release()
                self._signature.forget_digests()

    def __repr__(self) -> str:
        return f"WaiqinClient(openid={self._openid!r}, base_url={self._base_url!r})"

    @property
    def openid(self) -> str:
        return self._openid

    def _prepare(self, operation: OperationSpec, request: Any) -> WaiqinPrepared:
        # One msg_id per call (kept across retries, so a server could de-duplicate them).
        return self._operation_url(operation), dumps(request), new_msg_id()

    def _decode(self, operation: OperationSpec, answer: HTTPAnswer, prepared: WaiqinPrepared) -> Any:
        msg_id = prepared[2]
        data = self._json_object(answer, operation)
        echoed = data.get("msg_id")
        if echoed is not None and echoed != msg_id:
            raise BadResponseError(
                f"msg_id {echoed!r} does not echo the request's {msg_id!r}",
                operation=operation.id,
                status=answer.status,
                content_type=answer.content_type,
                body=answer.body,
            )
        if "return_code" not in data:
            raise BadResponseError(
                "the answer has no return_code",
                operation=operation.id,
                status=answer.status,
                content_type=answer.content_type,
                body=answer.body,
            )
        code = self._code(data["return_code"], answer, operation, "return_code")
        if code != 0:
            cls: type[APIError] = WAIQIN_ERRORS.get(code, WaiqinAPIError)
            error = self._api_error(cls, code, data.get("return_msg", ""), operation, data)
            if isinstance(error, WaiqinAPIError):
                error.msg_id = msg_id
            raise error
        return self._structure(data, answer, operation)


def checked_openid(openid: object) -> str:
    """``openid`` if it is one safe path segment (ASCII letters, digits, ``-``, ``_``; 1-128 of them)."""
    if not isinstance(openid, str):
        raise TypeError(f"openid must be a str, not {type(openid).__name__}")
    if not OPENID_PATTERN.fullmatch(openid):
        raise ValueError(
            f"openid must be 1 to 128 ASCII letters, digits, '-' or '_' (it is a URL path segment), got {openid[:40]!r}"
        )
    return openid


def _hide(error: PromoSDKError, digest: str) -> None:
    """Replace this request's digest in an error's message (built from server text) by ``***``."""
    for name in ("message", "reason"):
        value = getattr(error, name, None)
        if isinstance(value, str) and digest in value:
            setattr(error, name, value.replace(digest, REDACTED))
    error.args = tuple(a.replace(digest, REDACTED) if isinstance(a, str) else a for a in error.args)
