"""What both clients share: options, the attempt loop, decoding and logging.

One call: the request is validated and prepared once; each attempt goes through the rate limiter,
the family's auth step, the transport and the family's decoder; a failed attempt is classified
(before sending, closed, rejected credentials, ambiguous), maybe reconciled, and the client's
:class:`~promosdk._retry.Retries` decide whether to wait and try again.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import re
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ClassVar, NoReturn, Self

import aiohttp
import orjson
import yarl
from attrs import evolve

from . import _constants as C
from ._answer_headers import redacted_location, retry_after_seconds
from ._attempt_log import AttemptLog, log_request, log_retry
from ._auth_steps import AttemptState, AuthStep
from ._errors import (
    AmbiguousWriteError,
    APIError,
    APITimeoutError,
    BadResponseError,
    ClientClosedError,
    HTTPStatusError,
    PromoSDKError,
)
from ._operation import OperationSpec
from ._options import (
    ClientMetrics,
    ClientOptions,
    as_timeout,
    check_base_url,
    check_connection_limit,
    check_deadline,
    check_max_retries,
)
from ._ratelimit import RateLimiter
from ._redact import redacted_excerpt
from ._resource import RawResponse
from ._retry import Retries, RetryChecker, RetryPolicy, RetryQuota
from ._serde import DecodeError, structure, with_gc_paused
from ._transport import HTTPAnswer, Transport, encode_url
from ._validation import validate

__all__ = ["AttemptState", "BaseClient", "ClientMetrics", "ClientOptions", "Reconciler"]

logger = logging.getLogger(C.LOGGER_NAME)
#: (client, request, error) -> the result if the error proves an earlier attempt landed, else None.
Reconciler = Callable[[Any, Any, "APIError"], Awaitable[Any]]
_CODE_TEXT = re.compile(r"-?[0-9]{1,18}", re.ASCII)


class BaseClient:
    _family: str
    #: The family's auth step (set by the subclass before ``BaseClient.__init__``).
    _auth: AuthStep[Any]

    def __init__(
        self,
        *,
        base_url: str,
        session: aiohttp.ClientSession | None,
        timeout: float | aiohttp.ClientTimeout | None,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        deadline: float | None,
        connection_limit: int,
        rate_limiter: RateLimiter | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        # Every bound is checked here, not at the first call (aiohttp reads timeout=0 as "none"), and
        # before the subclass registers its secret: a refused option leaves nothing registered.
        self._base_url = check_base_url(base_url)
        #: Operation path -> base_url + path, percent-encoded once (see _operation_url).
        self._urls: dict[str, str] = {}
        self._urls_base = self._base_url
        self._options = ClientOptions(
            timeout=as_timeout(timeout),
            max_retries=check_max_retries(max_retries),
            retry_policy=retry_policy if retry_policy is not None else RetryPolicy(),
            deadline=check_deadline(deadline),
        )
        connection_limit = check_connection_limit(connection_limit)
        if session is not None and ssl_context is not None:
            raise ValueError("pass ssl_context or your own session (configure TLS on it), not both")
        self._transport = Transport(session, connection_limit, ssl_context)
        self._retries = self._compose_retries(self._options, RetryQuota())
        self._rate_limiter = rate_limiter
        self._metrics = ClientMetrics()
        self._is_copy = False
        self._bind_resources()

    @staticmethod
    def _compose_retries(options: ClientOptions, quota: RetryQuota) -> Retries:
        return Retries(
            checker=options.retry_checker, backoff=options.retry_policy, quota=quota, max_retries=options.max_retries
        )

    # ------------------------------------------------------------------ lifecycle

    def _bind_resources(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the session this client created (a user-supplied session stays open)."""
        if not self._is_copy:
            await self._transport.aclose()

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def options(self) -> ClientOptions:
        return self._options

    @property
    def retries(self) -> Retries:
        """The retry parts this client uses: checker, backoff (retry_policy), quota, max_retries."""
        return self._retries

    @property
    def retry_quota(self) -> RetryQuota:
        return self._retries.quota

    @property
    def metrics(self) -> ClientMetrics:
        return self._metrics

    def with_options(
        self,
        *,
        timeout: float | aiohttp.ClientTimeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        retry_policy: RetryPolicy | None = None,
        retry_checker: RetryChecker | None = None,
        retry_quota: RetryQuota | None = None,
        reconcile_writes: bool | None = None,
    ) -> Self:
        """A copy sharing the session, tokens and retry quota, with some options overridden.

        ``retry_policy`` (the backoff), ``retry_checker`` and ``retry_quota`` replace one part of
        the copy's retries each; a copy given its own quota no longer shares the client's.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = as_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = check_max_retries(max_retries)
        if deadline is not None:
            changes["deadline"] = check_deadline(deadline)
        if retry_policy is not None:
            changes["retry_policy"] = retry_policy
        if retry_checker is not None:
            changes["retry_checker"] = retry_checker
        if reconcile_writes is not None:
            changes["reconcile_writes"] = reconcile_writes
        clone = copy.copy(self)
        clone._options = evolve(self._options, **changes)
        clone._retries = self._compose_retries(clone._options, retry_quota or self._retries.quota)
        clone._is_copy = True
        clone._bind_resources()
        return clone

    # ------------------------------------------------------------------ the call

    async def _request(self, operation: OperationSpec, request: Any, *, raw: bool) -> Any:
        validate(request)
        loop = asyncio.get_running_loop()
        transport = self._transport
        if transport.loop is not loop and not transport.closed:  # a closed client says so; else
            transport.check_loop(operation.id)  # refuse a second loop first (before token, limiter, locks)
        prepared = self._prepare(operation, request)
        retries, metrics, options = self._retries, self._metrics, self._options
        deadline = loop.time() + options.deadline if options.deadline is not None else None
        timed = logger.isEnabledFor(logging.INFO)
        slowest = 0.0  # the longest send so far: a retry that needs as long must fit before the deadline
        attempt = retried = taken = 0  # taken: what this call's retries took from the quota
        reauthenticated = maybe_landed = False  # maybe_landed: an earlier attempt of this write may have landed
        metrics.calls += 1
        while True:
            attempt += 1
            metrics.attempts += 1
            state = AttemptState()
            started = loop.time() if timed else 0.0
            try:
                if deadline is None:
                    answer = await self._attempt(operation, prepared, state, options.timeout)
                else:
                    answer = await self._attempt_by(deadline, operation, prepared, state)
                parsed = with_gc_paused(self._decode, operation, answer, prepared)
            except PromoSDKError as error:
                self._auth.scrub(error, state)  # the server's text may quote this attempt's credential
                metrics.failed_attempts += 1
                log = AttemptLog.failed_attempt(operation, attempt, error, started, loop.time()) if timed else None
                if not state.sent or isinstance(error, ClientClosedError):
                    self._fail_unretried(operation, error, state, maybe_landed, log)
                if not reauthenticated and await self._auth.recover(error, state):
                    reauthenticated = True
                    metrics.token_refreshes += 1
                    log_retry(log, None, "credentials renewed, re-sent at once")
                    continue
                reconciler = self._reconciler(operation) if options.reconcile_writes else None
                if maybe_landed and reconciler is not None and isinstance(error, APIError):
                    reconciled = await self._reconcile(reconciler, operation, request, error, log)
                    if reconciled is not None:
                        retries.quota.release_success(taken)
                        return self._reconciled_result(operation, reconciled, raw, attempt)
                if not operation.safe_to_retry and retries.checker.ambiguous(error):
                    maybe_landed = True
                    metrics.ambiguous += 1
                time_left = None
                if deadline is not None:
                    slowest = max(slowest, time.monotonic() - state.sent_at)
                    time_left = deadline - loop.time() - slowest
                decision = retries.decide(
                    error, operation, retried, reconcilable=reconciler is not None, time_left=time_left
                )
                if decision.delay is None:
                    metrics.quota_exhausted += decision.quota_exhausted
                    self._fail(operation, error, maybe_landed, log, decision.reason)
                retried += 1
                taken += decision.cost
                metrics.retries += 1
                log_retry(log, decision.delay, f"retry {retried} of {retries.max_retries}")
                await asyncio.sleep(decision.delay)
                continue
            retries.quota.release_success(taken)
            if timed:
                log_request(operation, attempt, started, loop.time(), answer.status)
            return self._result(operation, answer, parsed, raw, attempt) if raw or operation.result_field else parsed

    async def _attempt(
        self, operation: OperationSpec, prepared: Any, state: AttemptState, timeout: aiohttp.ClientTimeout
    ) -> HTTPAnswer:
        """One attempt up to the answer: the rate limiter, the auth step, the send (the caller decodes)."""
        if self._rate_limiter is not None:
            await self._rate_limiter.acquire(operation.id)
        outgoing = self._auth.authorize(operation, prepared, state)
        url, body = outgoing if isinstance(outgoing, tuple) else await outgoing
        state.sent = True
        state.sent_at = time.monotonic()
        # The URL is encoded already (_operation_url, the families' queries): aiohttp quotes nothing.
        return await self._transport.send(
            operation.method, yarl.URL(url, encoded=True), operation=operation.id, body=body, timeout=timeout
        )

    async def _attempt_by(
        self, deadline: float, operation: OperationSpec, prepared: Any, state: AttemptState
    ) -> HTTPAnswer:
        """One attempt within the call's deadline, which covers everything: the rate limiter, the
        token, the connection slot, the request."""
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0:
            raise APITimeoutError(f"{operation.id}: the call's deadline passed", operation=operation.id, sent=False)
        try:
            async with asyncio.timeout(remaining):
                timeout = self._attempt_timeout(self._options.timeout, remaining)
                return await self._attempt(operation, prepared, state, timeout)
        except TimeoutError:
            raise APITimeoutError(
                f"{operation.id}: the call's deadline passed", operation=operation.id, sent=state.sent
            ) from None

    #: Per write operation id (``promotion.add``): given the request and the API error answering a
    #: retry of an ambiguous attempt, return the result if that error proves the first attempt landed,
    #: else None. The generated client bases fill it from x-reconcile (promosdk._reconcile).
    _reconcilers: ClassVar[Mapping[str, Reconciler]] = {}

    def _reconciler(self, operation: OperationSpec) -> Reconciler | None:
        """How to tell whether an ambiguous attempt of ``operation`` landed (None: it cannot be told)."""
        return self._reconcilers.get(operation.id)

    async def _reconcile(
        self,
        reconciler: Reconciler,
        operation: OperationSpec,
        request: Any,
        error: APIError,
        log: AttemptLog | None,
    ) -> Any:
        """The result an earlier ambiguous attempt produced, if ``error`` (a retry's answer) proves it landed."""
        try:
            reconciled = await reconciler(self, request, error)
        except PromoSDKError as lookup_error:
            # The look-up failed: we still do not know whether the write landed.
            self._fail(operation, lookup_error, True, log, "the look-up of an earlier attempt failed")
        if reconciled is not None:
            self._metrics.reconciled += 1
            logger.info("%s: reconciled [%s]: an earlier ambiguous attempt had landed", operation.id, error.code)
        return reconciled

    def _fail_unretried(
        self,
        operation: OperationSpec,
        error: PromoSDKError,
        state: AttemptState,
        maybe_landed: bool,
        log: AttemptLog | None,
    ) -> NoReturn:
        """End a call whose attempt is never retried: it failed before the request left (the token
        fetch, the rate limiter, the deadline: it cannot have landed), or the client was closed
        under it (a write that may have left is then ambiguous)."""
        if not state.sent:
            self._fail(operation, error, maybe_landed, log, "failed before sending")
        if isinstance(error, ClientClosedError) and error.sent and not operation.safe_to_retry:
            self._metrics.ambiguous += 1
            maybe_landed = True
        self._fail(operation, error, maybe_landed, log, "the client was closed")

    def _fail(
        self, operation: OperationSpec, error: PromoSDKError, maybe_landed: bool, log: AttemptLog | None, why: str
    ) -> NoReturn:
        """End the call, logging why at INFO: raise ``error``, or an AmbiguousWriteError caused by it
        when an attempt of this write may have landed."""
        if not maybe_landed:
            if log is not None:
                log.failed(why, error)
            raise error
        ambiguous = self._ambiguous(operation, error)
        if log is not None:
            log.failed(why, ambiguous)
        raise ambiguous from error

    def _result(self, operation: OperationSpec, answer: HTTPAnswer, parsed: Any, raw: bool, attempt: int) -> Any:
        result = parsed
        if operation.result_field is not None:
            result = getattr(parsed, operation.result_field)
            if result is None:
                result = []
        if raw:
            return RawResponse(
                status=answer.status,
                headers=answer.headers,
                content=answer.body,
                parsed=result,
                operation=operation.id,
                attempts=attempt,
            )
        return result

    def _reconciled_result(self, operation: OperationSpec, parsed: Any, raw: bool, attempt: int) -> Any:
        if not raw:
            return parsed
        # No HTTP answer carries a reconciled result: the raw response says reconciled, status None.
        return RawResponse.for_reconciled(parsed, operation=operation.id, attempts=attempt)

    @staticmethod
    def _attempt_timeout(timeout: aiohttp.ClientTimeout, remaining: float) -> aiohttp.ClientTimeout:
        if timeout.total is None or remaining < timeout.total:
            return aiohttp.ClientTimeout(total=remaining, sock_connect=timeout.sock_connect)
        return timeout

    @staticmethod
    def _ambiguous(operation: OperationSpec, error: PromoSDKError) -> AmbiguousWriteError:
        return AmbiguousWriteError(
            f"{operation.id}: the write may have been applied (no usable answer, last error: "
            f"{type(error).__name__}); check before repeating it",
            operation=operation.id,
            cause=error,
        )

    # ------------------------------------------------------------------ per family

    def _operation_url(self, operation: OperationSpec) -> str:
        """``base_url`` + the operation's path, percent-encoded once per client and path: a call
        appends only its query (or waiqin's signed segments) and aiohttp quotes nothing more."""
        url = self._urls.get(operation.path)
        if url is None or self._urls_base is not self._base_url:
            if self._urls_base is not self._base_url:  # a copy with another base URL: its own cache
                self._urls, self._urls_base = {}, self._base_url
            url = self._urls[operation.path] = encode_url(self._base_url + operation.path)
        return url

    def _prepare(self, operation: OperationSpec, request: Any) -> Any:
        """What every attempt of this call starts from (serialised once), for the auth step."""
        raise NotImplementedError

    def _decode(self, operation: OperationSpec, answer: HTTPAnswer, prepared: Any) -> Any:
        """The parsed result of a successful answer; raise the family's error for any other."""
        raise NotImplementedError

    # ------------------------------------------------------------------ shared decoding

    @staticmethod
    def _json_object(answer: HTTPAnswer, operation: OperationSpec) -> dict[str, Any]:
        if not 200 <= answer.status < 300:
            retry_after = retry_after_seconds(answer)
            raise HTTPStatusError(
                answer.status,
                operation=operation.id,
                body=answer.body,
                content_type=answer.content_type,
                retry_after=retry_after,
                location=redacted_location(answer) if 300 <= answer.status < 400 else None,
            )
        try:
            data = orjson.loads(answer.body)
        except orjson.JSONDecodeError:
            reason = "empty body" if not answer.body else "the body is not valid JSON"
            raise BadResponseError(
                reason,
                operation=operation.id,
                status=answer.status,
                content_type=answer.content_type,
                body=answer.body,
            ) from None
        if not isinstance(data, dict):
            raise BadResponseError(
                f"expected a JSON object, got {type(data).__name__}",
                operation=operation.id,
                status=answer.status,
                content_type=answer.content_type,
                body=answer.body,
            )
        return data

    @staticmethod
    def _code(value: Any, answer: HTTPAnswer, operation: OperationSpec, name: str) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and _CODE_TEXT.fullmatch(value.strip()):
            return int(value)
        raise BadResponseError(
            redacted_excerpt(f"{name} is not an integer: {value!r}", 120, marker=""),
            operation=operation.id,
            status=answer.status,
            content_type=answer.content_type,
            body=answer.body,
        )

    @staticmethod
    def _structure(data: dict[str, Any], answer: HTTPAnswer, operation: OperationSpec) -> Any:
        try:
            return structure(data, operation.response_model)
        except DecodeError as exc:
            raise BadResponseError(
                f"unexpected response shape: {exc}",
                operation=operation.id,
                status=answer.status,
                content_type=answer.content_type,
                body=answer.body,
            ) from None

    @staticmethod
    def _api_error(cls: type[APIError], code: int, message: Any, operation: OperationSpec, data: Any) -> APIError:
        return cls(code, message if isinstance(message, str) else str(message), operation=operation.id, body=data)
