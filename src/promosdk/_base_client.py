"""What both clients share: options, the attempt loop with retries, decoding and logging."""

from __future__ import annotations

import asyncio
import copy
import datetime
import email.utils
import logging
import re
import ssl
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ClassVar, Self

import aiohttp
import orjson
import yarl
from attrs import define, evolve, field

from . import _constants as C
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
from ._options import as_timeout, check_base_url, check_connection_limit, check_deadline, check_max_retries
from ._ratelimit import RateLimiter
from ._redact import redact
from ._resource import RawResponse
from ._retry import RetryPolicy, RetryQuota, is_ambiguous, is_retryable
from ._serde import DecodeError, structure
from ._transport import DEFAULT_TIMEOUT, HTTPAnswer, Transport
from ._validation import validate

__all__ = ["BaseClient", "ClientMetrics", "ClientOptions"]

logger = logging.getLogger(C.LOGGER_NAME)
#: (client, request, error) -> the result if the error proves an earlier attempt landed, else None.
Reconciler = Callable[[Any, Any, "APIError"], Awaitable[Any]]
_CODE_TEXT = re.compile(r"-?[0-9]{1,18}", re.ASCII)


@define(frozen=True)
class ClientOptions:
    """Per-client settings; ``with_options`` makes a copy with some of them overridden."""

    timeout: aiohttp.ClientTimeout = DEFAULT_TIMEOUT
    max_retries: int = C.DEFAULT_MAX_RETRIES
    retry_policy: RetryPolicy = field(factory=RetryPolicy)
    #: Bound on the whole call, retries and backoff included (seconds); None = no bound.
    deadline: float | None = None
    #: Retry ambiguous writes that have a reconciler (apply_target, promotion add/upd) and
    #: reconcile the answer; False raises AmbiguousWriteError at the first ambiguous failure.
    reconcile_writes: bool = True


@define
class ClientMetrics:
    """Counters of one client (shared with its with_options copies)."""

    calls: int = 0
    attempts: int = 0
    failed_attempts: int = 0
    retries: int = 0
    token_refreshes: int = 0
    reconciled: int = 0
    ambiguous: int = 0
    quota_exhausted: int = 0


class AttemptState:
    """Facts about the attempt in flight that error handling needs (never printed)."""

    __slots__ = ("sent", "token")

    def __init__(self) -> None:
        self.token: str | None = None
        #: True once the request is handed to the transport (it may reach the server from then on).
        self.sent = False


class BaseClient:
    _family: str

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
        # Every bound is checked here, not at the first call (aiohttp reads timeout=0 as "none").
        self._base_url = check_base_url(base_url)
        options = ClientOptions(
            timeout=as_timeout(timeout),
            max_retries=check_max_retries(max_retries),
            retry_policy=retry_policy if retry_policy is not None else RetryPolicy(),
            deadline=check_deadline(deadline),
        )
        connection_limit = check_connection_limit(connection_limit)
        if session is not None and ssl_context is not None:
            raise ValueError("pass ssl_context or your own session (configure TLS on it), not both")
        self._transport = Transport(session, connection_limit, ssl_context)
        self._options = options
        self._retry_quota = RetryQuota()
        self._rate_limiter = rate_limiter
        self._metrics = ClientMetrics()
        self._is_copy = False
        self._bind_resources()

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
    def retry_quota(self) -> RetryQuota:
        return self._retry_quota

    @property
    def metrics(self) -> ClientMetrics:
        return self._metrics

    #: Per write operation: given the request and the API error answering a retry of an ambiguous
    #: attempt, return the result if that error proves the first attempt landed, else None.
    _reconcilers: ClassVar[Mapping[str, Reconciler]] = {}

    def with_options(
        self,
        *,
        timeout: float | aiohttp.ClientTimeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        retry_policy: RetryPolicy | None = None,
        reconcile_writes: bool | None = None,
    ) -> Self:
        """A copy sharing the session, tokens and retry quota, with some options overridden."""
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = as_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = check_max_retries(max_retries)
        if deadline is not None:
            changes["deadline"] = check_deadline(deadline)
        if retry_policy is not None:
            changes["retry_policy"] = retry_policy
        if reconcile_writes is not None:
            changes["reconcile_writes"] = reconcile_writes
        clone = copy.copy(self)
        clone._options = evolve(self._options, **changes)
        clone._is_copy = True
        clone._bind_resources()
        return clone

    # ------------------------------------------------------------------ the call

    async def _request(self, operation: OperationSpec, request: Any, *, raw: bool) -> Any:
        validate(request)
        if not self._transport.closed:  # a closed client says so; else refuse a second loop first
            self._transport.check_loop(operation.name)  # (before the token, limiter and their locks)
        prepared = self._prepare(operation, request)
        options = self._options
        loop = asyncio.get_running_loop()
        deadline = loop.time() + options.deadline if options.deadline is not None else None
        attempt = 0
        retries = 0
        token_refreshed = False
        maybe_landed = False  # an earlier attempt of this write may have been applied
        metrics = self._metrics
        metrics.calls += 1
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            attempt += 1
            metrics.attempts += 1
            state = AttemptState()
            started = loop.time() if debug else 0.0
            try:
                if deadline is None:
                    if self._rate_limiter is not None:
                        await self._rate_limiter.acquire(operation.id)
                    answer, parsed = await self._attempt(operation, prepared, state, options.timeout)
                else:
                    # The deadline covers everything: rate limiter, token, connection slot, request.
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        raise APITimeoutError(
                            f"{operation.name}: the call's deadline passed", operation=operation.name, sent=False
                        )
                    try:
                        async with asyncio.timeout(remaining):
                            if self._rate_limiter is not None:
                                await self._rate_limiter.acquire(operation.id)
                            timeout = self._attempt_timeout(options.timeout, remaining)
                            answer, parsed = await self._attempt(operation, prepared, state, timeout)
                    except TimeoutError:
                        raise APITimeoutError(
                            f"{operation.name}: the call's deadline passed", operation=operation.name, sent=state.sent
                        ) from None
            except PromoSDKError as error:
                if debug:
                    self._log_attempt(operation, attempt, started, loop.time(), error=error)
                metrics.failed_attempts += 1
                if not state.sent:
                    # It failed before the request left (the token fetch, which retries on its own,
                    # the rate limiter, the deadline): nothing of this attempt can have landed.
                    if maybe_landed:
                        raise self._ambiguous(operation, error) from error
                    raise
                if isinstance(error, ClientClosedError):
                    # Closed under the call: never retried. A write that may have left is ambiguous,
                    # so that a caller retrying on ClientClosedError cannot duplicate it.
                    if error.sent and operation.write and not operation.idempotent:
                        metrics.ambiguous += 1
                        maybe_landed = True
                    if maybe_landed:
                        raise self._ambiguous(operation, error) from error
                    raise
                if getattr(error, "refresh_token", False) and state.token is not None and not token_refreshed:
                    # Compare-and-expire the token that failed, then retry once with a fresh one.
                    token_refreshed = True
                    metrics.token_refreshes += 1
                    await self._on_token_rejected(state.token)
                    continue
                reconciler = self._reconcilers.get(operation.name) if options.reconcile_writes else None
                if maybe_landed and reconciler is not None and isinstance(error, APIError):
                    try:
                        reconciled = await reconciler(self, request, error)
                    except PromoSDKError as lookup_error:
                        # The look-up failed: we still do not know whether the write landed.
                        raise self._ambiguous(operation, lookup_error) from lookup_error
                    if reconciled is not None:
                        metrics.reconciled += 1
                        logger.info(
                            "%s: reconciled [%s]: an earlier ambiguous attempt had landed", operation.name, error.code
                        )
                        return self._reconciled_result(operation, reconciled, raw, attempt)
                unsafe_write = operation.write and not operation.idempotent
                if unsafe_write and is_ambiguous(error):
                    maybe_landed = True
                    metrics.ambiguous += 1
                retry_ok = is_retryable(error, operation) or (
                    reconciler is not None and unsafe_write and is_ambiguous(error)
                )
                give_up = retries >= options.max_retries or not retry_ok
                delay = 0.0
                if not give_up:
                    delay = options.retry_policy.delay(retries + 1, getattr(error, "retry_after", None))
                    give_up = deadline is not None and loop.time() + delay >= deadline
                if not give_up and not self._retry_quota.acquire(error):
                    metrics.quota_exhausted += 1
                    logger.warning("%s: retry quota exhausted; failing fast", operation.name)
                    give_up = True
                if give_up:
                    if maybe_landed:
                        raise self._ambiguous(operation, error) from error
                    raise
                retries += 1
                metrics.retries += 1
                await asyncio.sleep(delay)
                continue
            self._retry_quota.release_success()
            if debug:
                self._log_attempt(operation, attempt, started, loop.time(), status=answer.status)
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
                    operation=operation.name,
                    attempts=attempt,
                )
            return result

    def _reconciled_result(self, operation: OperationSpec, parsed: Any, raw: bool, attempt: int) -> Any:
        if not raw:
            return parsed
        # No HTTP answer carries a reconciled result: the raw response says reconciled, status None.
        return RawResponse.for_reconciled(parsed, operation=operation.name, attempts=attempt)

    @staticmethod
    def _attempt_timeout(timeout: aiohttp.ClientTimeout, remaining: float) -> aiohttp.ClientTimeout:
        if timeout.total is None or remaining < timeout.total:
            return aiohttp.ClientTimeout(total=remaining, sock_connect=timeout.sock_connect)
        return timeout

    @staticmethod
    def _ambiguous(operation: OperationSpec, error: PromoSDKError) -> AmbiguousWriteError:
        return AmbiguousWriteError(
            f"{operation.name}: the write may have been applied (no usable answer, last error: "
            f"{type(error).__name__}); check before repeating it",
            operation=operation.name,
            cause=error,
        )

    # ------------------------------------------------------------------ per family

    def _prepare(self, operation: OperationSpec, request: Any) -> Any:
        raise NotImplementedError

    async def _attempt(
        self, operation: OperationSpec, prepared: Any, state: AttemptState, timeout: aiohttp.ClientTimeout
    ) -> tuple[HTTPAnswer, Any]:
        raise NotImplementedError

    async def _on_token_rejected(self, token: str) -> None:
        return None

    # ------------------------------------------------------------------ shared decoding

    @staticmethod
    def _json_object(answer: HTTPAnswer, operation: OperationSpec) -> dict[str, Any]:
        if not 200 <= answer.status < 300:
            retry_after = _retry_after(answer)
            raise HTTPStatusError(
                answer.status,
                operation=operation.name,
                body=answer.body,
                content_type=answer.content_type,
                retry_after=retry_after,
                location=_redacted_location(answer) if 300 <= answer.status < 400 else None,
            )
        try:
            data = orjson.loads(answer.body)
        except orjson.JSONDecodeError:
            reason = "empty body" if not answer.body else "the body is not valid JSON"
            raise BadResponseError(
                reason,
                operation=operation.name,
                status=answer.status,
                content_type=answer.content_type,
                body=answer.body,
            ) from None
        if not isinstance(data, dict):
            raise BadResponseError(
                f"expected a JSON object, got {type(data).__name__}",
                operation=operation.name,
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
            f"{name} is not an integer: {value!r}"[:120],
            operation=operation.name,
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
                operation=operation.name,
                status=answer.status,
                content_type=answer.content_type,
                body=answer.body,
            ) from None

    @staticmethod
    def _api_error(cls: type[APIError], code: int, message: Any, operation: OperationSpec, data: Any) -> APIError:
        return cls(code, message if isinstance(message, str) else str(message), operation=operation.name, body=data)

    @staticmethod
    def _log_attempt(
        operation: OperationSpec,
        attempt: int,
        started: float,
        ended: float,
        *,
        status: int | None = None,
        error: PromoSDKError | None = None,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        outcome = f"status={status}" if error is None else f"error={type(error).__name__}"
        logger.debug(
            "%s %s %s %s elapsed_ms=%.1f attempt=%d",
            operation.name,
            operation.method,
            operation.path,
            outcome,
            (ended - started) * 1000,
            attempt,
        )


_LOCATION_CHARS = 300


def _redacted_location(answer: HTTPAnswer) -> str | None:
    """A redirect's Location without query, fragment or credentials (where secrets would travel)."""
    value = answer.headers.get("Location")
    if value is None:
        return None
    try:
        url = yarl.URL(value.strip())
        if url.absolute:
            url = url.with_user(None)
        text = str(url.with_query(None).with_fragment(None))
    except (TypeError, ValueError):
        return "(unparsable)"
    return redact(text[:_LOCATION_CHARS])


def _retry_after(answer: HTTPAnswer) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    value = answer.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())
