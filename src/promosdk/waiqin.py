"""WaiqinClient: the waiqin365 open API, bC campaigns, with request signing."""

from __future__ import annotations

import re
import ssl
from typing import Any

import aiohttp

from . import _constants as C
from ._base_client import AttemptState
from ._errors import APIError, BadResponseError, PromoSDKError, WaiqinAPIError
from ._generated.errors import ERROR_CLASSES
from ._generated.waiqin_bc.client import GeneratedClient
from ._operation import OperationSpec
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


class WaiqinClient(GeneratedClient):
    """Async client of the waiqin365 open API (bC campaigns).

    Every request body is serialised once, signed (md5 of ``body|appkey|timestamp``) and sent as
    exactly those bytes. ``base_url`` is per tenant, so it is required.
    """

    # The group bc, its binding and with_raw_response are generated from the spec (GeneratedClient).

    def __init__(
        self,
        openid: str,
        appkey: str,
        *,
        base_url: str,
        session: aiohttp.ClientSession | None = None,
        timeout: float | aiohttp.ClientTimeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        connection_limit: int = C.DEFAULT_CONNECTION_LIMIT,
        rate_limiter: RateLimiter | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        check_credential("openid", openid)
        check_credential("appkey", appkey)
        if not openid or not appkey:
            raise ValueError("openid and appkey are required")
        if not base_url:
            raise ValueError("base_url is required: waiqin365 tenants live on different clouds")
        self._openid = checked_openid(openid)
        self._appkey = appkey
        super().__init__(
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

    def __repr__(self) -> str:
        return f"WaiqinClient(openid={self._openid!r}, base_url={self._base_url!r})"

    @property
    def openid(self) -> str:
        return self._openid

    def _prepare(self, operation: OperationSpec, request: Any) -> tuple[bytes, str]:
        # One msg_id per call (kept across retries, so a server could de-duplicate them).
        return dumps(request), new_msg_id()

    async def _attempt(
        self,
        operation: OperationSpec,
        prepared: tuple[bytes, str],
        state: AttemptState,
        timeout: aiohttp.ClientTimeout,
    ) -> tuple[HTTPAnswer, Any]:
        body, msg_id = prepared
        timestamp = waiqin_timestamp()
        digest = waiqin_digest(body, self._appkey, timestamp)
        url = f"{self._base_url}{operation.path}/{self._openid}/{timestamp}/{digest}/{msg_id}"
        state.sent = True
        try:
            return await self._exchange(operation, url, body, msg_id, timeout)
        except PromoSDKError as error:
            # The server may quote the digest back outside the URL path (which redact() covers).
            _hide(error, digest)
            raise

    async def _exchange(
        self, operation: OperationSpec, url: str, body: bytes, msg_id: str, timeout: aiohttp.ClientTimeout
    ) -> tuple[HTTPAnswer, Any]:
        answer = await self._transport.send(
            operation.method, url, operation=operation.name, body=body, timeout=timeout
        )
        data = self._json_object(answer, operation)
        echoed = data.get("msg_id")
        if echoed is not None and echoed != msg_id:
            raise BadResponseError(
                f"msg_id {echoed!r} does not echo the request's {msg_id!r}",
                operation=operation.name,
                status=answer.status,
                content_type=answer.content_type,
                body=answer.body,
            )
        if "return_code" not in data:
            raise BadResponseError(
                "the answer has no return_code",
                operation=operation.name,
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
        return answer, self._structure(data, answer, operation)


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
