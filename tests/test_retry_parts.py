"""Retries as parts (promosdk._retry): the checker, the backoff and the quota, combined once into the
client's ``retries``; the quota's refund rule; overriding one part with ``with_options``; the auth
steps the attempt loop calls; what the loop logs. Real HTTP on loopback servers (tests.loopback).
"""

from __future__ import annotations

import hashlib
import logging
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from promosdk import (
    AlreadyAppliedError,
    APITimeoutError,
    HTTPStatusError,
    PlanNotFoundError,
    PromoSDKError,
    RetryPolicy,
    RetryQuota,
    SystemBusyError,
    WaiqinClient,
    WeChatUnionClient,
)
from promosdk import _constants as C
from promosdk._attempt_log import FAILED_ATTEMPT
from promosdk._errors import APIConnectionError, BadResponseError
from promosdk._generated.wechat_union.operations import OPERATIONS
from promosdk._operation import OperationSpec
from promosdk._retry import (
    NO_RETRIES_LEFT,
    NOT_RETRYABLE,
    PAST_DEADLINE,
    QUOTA_EXHAUSTED,
    Retries,
    RetryChecker,
    is_retryable,
)
from promosdk.batch.errors import is_transient
from tests.bodies import plan_info_ok, waiqin_ok
from tests.loopback import (
    DROP,
    HANG,
    LoopbackServer,
    html,
    json_answer,
    stable_token_handler,
    waiqin_echo_handler,
    waiqin_path_parts,
    wechat_error,
    wechat_ok,
)

STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
APPLY_TARGET = "/union/promoter/target/apply_target"
WQ = "/api/bcwin/v1/"
WQ_QUERY = WQ + "queryCampaign/"
APPKEY = "parts-appkey-0123456"


def fast(seed: int = 7) -> RetryPolicy:
    return RetryPolicy(base=0.001, cap=0.002, rng=random.Random(seed))


def op(name: str) -> OperationSpec:
    return next(o for o in OPERATIONS.values() if o.name == name or o.name.endswith("." + name))


BUSY = HTTPStatusError(503, operation="x", body=b"", content_type="")
NOT_FOUND = HTTPStatusError(404, operation="x", body=b"", content_type="")
TIMED_OUT = APITimeoutError("x: timed out", operation="x")


@asynccontextmanager
async def wechat(**options: Any) -> AsyncIterator[tuple[LoopbackServer, WeChatUnionClient]]:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["parts-token-0001", "parts-token-0002"]))
        server.route(PLAN_INFO, json_answer(plan_info_ok("p")))
        server.route(APPLY_TARGET, wechat_ok())
        options.setdefault("retry_policy", fast())
        async with WeChatUnionClient("wxparts00000001", "parts-app-secret", base_url=server.url, **options) as wx:
            await wx.access_token()
            yield server, wx


def part_used(quota: RetryQuota, cost: int) -> None:
    for _ in range(cost // C.RETRY_COST):
        assert quota.acquire(BUSY)


# ---------------------------------------------------------------------------- the quota's refund rule


def test_a_success_refunds_what_its_retries_took_or_one() -> None:
    quota = RetryQuota(capacity=100)
    part_used(quota, 40)
    assert quota.level == 60
    quota.release_success(0)  # a success at the first attempt
    assert quota.level == 61
    quota.release_success(C.RETRY_COST + C.RETRY_TIMEOUT_COST)  # a success after a busy and a timed-out retry
    assert quota.level == 61 + 15
    quota.release_success(1000)
    assert quota.level == 100  # never above capacity
    assert RetryQuota.cost_of(TIMED_OUT) == C.RETRY_TIMEOUT_COST and RetryQuota.cost_of(BUSY) == C.RETRY_COST


async def test_a_call_that_succeeds_after_retries_gets_its_cost_back() -> None:
    async with wechat(max_retries=3) as (server, wx):
        quota = RetryQuota(capacity=100)
        part_used(quota, 50)
        client = wx.with_options(retry_quota=quota)
        server.queue(PLAN_INFO, html(503), wechat_error(-1, "busy"))
        await client.target.plan_info(plan_invitation_url="u")
        assert server.count(PLAN_INFO) == 3
        assert quota.level == 50  # two retries took 10, the success gave back 10 (not 1)

        await client.target.plan_info(plan_invitation_url="u")
        assert quota.level == 51  # no retries: the success refund

        server.route(PLAN_INFO, html(503))
        with pytest.raises(HTTPStatusError):
            await client.target.plan_info(plan_invitation_url="u")
        assert quota.level == 51 - 3 * C.RETRY_COST  # a call that fails gives nothing back
        assert wx.retry_quota.level == wx.retry_quota.capacity  # the parent's quota was not touched


async def test_a_timed_out_retry_is_refunded_at_its_price() -> None:
    async with wechat(max_retries=2, timeout=1.0) as (server, wx):
        quota = RetryQuota(capacity=100)
        part_used(quota, 50)
        server.queue(PLAN_INFO, HANG)
        await wx.with_options(retry_quota=quota).target.plan_info(plan_invitation_url="u")
        assert quota.level == 50


async def test_a_reconciled_write_gets_its_cost_back() -> None:
    async with wechat(max_retries=3) as (server, wx):
        quota = RetryQuota(capacity=100)
        part_used(quota, 50)
        server.queue(APPLY_TARGET, DROP, wechat_error(AlreadyAppliedError.default_code, "already applied"))
        result = await wx.with_options(retry_quota=quota).target.apply_target(plan_id="p", apply_reason="r")
        assert result.errcode == 0 and wx.metrics.reconciled == 1
        assert quota.level == 50


async def test_a_re_send_with_a_renewed_token_costs_no_quota() -> None:
    async with wechat(max_retries=0) as (server, wx):
        quota = RetryQuota(capacity=100)
        part_used(quota, 50)
        server.queue(PLAN_INFO, wechat_error(42001, "access_token expired"))
        await wx.with_options(retry_quota=quota).target.plan_info(plan_invitation_url="u")
        assert server.count(PLAN_INFO) == 2 and wx.metrics.token_refreshes == 1
        assert quota.level == 51  # the re-send is not a retry: nothing taken, the success refund


# ---------------------------------------------------------------------------- one object, parts overridable


async def test_the_client_holds_its_parts_combined_once_and_copies_override_one_each() -> None:
    async with wechat(max_retries=2) as (_server, wx):
        parts = wx.retries
        assert isinstance(parts, Retries)
        assert parts.quota is wx.retry_quota and parts.backoff is wx.options.retry_policy
        assert parts.max_retries == 2 and parts.checker is wx.options.retry_checker
        assert wx.retries is parts  # built once, not per call

        copy = wx.with_options(max_retries=5)
        assert copy.retries.max_retries == 5 and copy.retries.quota is parts.quota  # the quota is shared
        assert copy.retries.backoff is parts.backoff and copy.retries.checker is parts.checker
        backoff = fast(11)
        assert wx.with_options(retry_policy=backoff).retries.backoff is backoff
        own = RetryQuota(capacity=10)
        assert wx.with_options(retry_quota=own).retry_quota is own
        checker = RetryChecker()
        assert wx.with_options(retry_checker=checker).retries.checker is checker
        assert wx.retries is parts  # the client itself is unchanged


class NothingIsTransient(RetryChecker):
    """A checker that retries nothing (a caller's own policy)."""

    def retryable(self, error: PromoSDKError, operation: OperationSpec, *, reconcilable: bool = False) -> bool:
        return False


async def test_a_checker_given_to_with_options_decides_alone() -> None:
    async with wechat(max_retries=3) as (server, wx):
        server.queue(PLAN_INFO, html(503), html(503))
        with pytest.raises(HTTPStatusError):
            await wx.with_options(retry_checker=NothingIsTransient()).target.plan_info(plan_invitation_url="u")
        assert server.count(PLAN_INFO) == 1
        await wx.target.plan_info(plan_invitation_url="u")  # the client's own checker retries the 503
        assert server.count(PLAN_INFO) == 3


# ---------------------------------------------------------------------------- the decision, part by part


def test_decide_checks_the_checker_the_count_the_deadline_then_the_quota() -> None:
    read = op("plan_info")
    quota = RetryQuota(capacity=100)
    retries = Retries(checker=RetryChecker(), backoff=RetryPolicy(rng=random.Random(5)), quota=quota, max_retries=2)
    expected = random.Random(5)

    assert retries.decide(NOT_FOUND, read, 0).reason == NOT_RETRYABLE
    assert retries.decide(BUSY, read, 2).reason == NO_RETRIES_LEFT
    assert quota.level == 100  # nothing paid for a retry that does not happen

    first = retries.decide(BUSY, read, 0)
    assert first.delay == expected.uniform(0, 0.5) and first.cost == C.RETRY_COST and quota.level == 95

    late = retries.decide(BUSY, read, 1, time_left=0.0)
    expected.uniform(0, 1.0)  # the backoff was drawn, then refused by the deadline
    assert late.delay is None and late.reason == PAST_DEADLINE and quota.level == 95

    drained = Retries(checker=RetryChecker(), backoff=fast(), quota=RetryQuota(capacity=4), max_retries=2)
    verdict = drained.decide(BUSY, read, 0)
    assert verdict.delay is None and verdict.reason == QUOTA_EXHAUSTED and verdict.quota_exhausted


def test_an_unsafe_write_is_retried_after_an_ambiguous_failure_only_when_reconcilable() -> None:
    write = op("apply_target")
    checker = RetryChecker()
    reset = APIConnectionError("x: reset", operation="x", sent=True)
    garbage = BadResponseError("not JSON", operation="x", status=200, content_type="", body=b"<html>")
    for error in (reset, garbage, HTTPStatusError(502, operation="x", body=b"", content_type="")):
        assert checker.ambiguous(error)
        assert not checker.retryable(error, write)
        assert checker.retryable(error, write, reconcilable=True)
        assert checker.retryable(error, op("plan_info"))  # a read is retried either way
    never_sent = APIConnectionError("x: refused", operation="x", sent=False)
    assert checker.retryable(never_sent, write) and not checker.ambiguous(never_sent)


def test_the_batch_classifies_transient_failures_with_the_runtimes_checker() -> None:
    read = op("plan_info")
    errors: list[PromoSDKError] = [
        BUSY,
        NOT_FOUND,
        TIMED_OUT,
        SystemBusyError(-1, "busy", operation="x"),
        PlanNotFoundError(202002, "no plan", operation="x"),
        APIConnectionError("x: reset", operation="x", sent=True),
        BadResponseError("not JSON", operation="x", status=200, content_type="", body=b""),
    ]
    for error in errors:
        assert is_transient(error) == RetryChecker().retryable(error, read) == is_retryable(error, read), error


# ---------------------------------------------------------------------------- auth steps


async def test_waiqin_signs_each_attempt_and_keeps_the_calls_msg_id() -> None:
    async with LoopbackServer() as server:
        server.route(WQ, waiqin_echo_handler(waiqin_ok(response_data="[]")), prefix=True)
        server.queue(WQ_QUERY, html(503), html(502))
        async with WaiqinClient("parts-openid", APPKEY, base_url=server.url, retry_policy=fast()) as wq:
            assert await wq.bc.query_campaign() == []
        hits = server.hits(WQ_QUERY, prefix=True)
        assert len(hits) == 3
        parts = [waiqin_path_parts(hit.path) for hit in hits]
        assert {p["msg_id"] for p in parts} == {parts[0]["msg_id"]}  # one per call
        for hit, segments in zip(hits, parts, strict=True):
            assert segments["openid"] == "parts-openid"
            signed = hit.body + b"|" + APPKEY.encode() + b"|" + segments["timestamp"].encode()
            assert segments["digest"] == hashlib.md5(signed).hexdigest()  # this attempt's own timestamp


async def test_the_wechat_token_goes_only_where_an_operation_needs_one() -> None:
    async with wechat() as (server, wx):
        await wx.target.plan_info(plan_invitation_url="u")
        [token_request] = server.hits(STABLE)
        assert "access_token" not in token_request.query
        assert server.hits(PLAN_INFO)[0].query["access_token"] == "parts-token-0001"


# ---------------------------------------------------------------------------- what the loop logs


def promosdk_lines(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "promosdk" and r.levelno == level]


async def test_retries_and_failures_are_logged_at_info_one_line_each(caplog: pytest.LogCaptureFixture) -> None:
    async with wechat(max_retries=2) as (server, wx):
        caplog.clear()
        caplog.set_level(logging.INFO, logger="promosdk")
        server.queue(PLAN_INFO, html(503))
        await wx.target.plan_info(plan_invitation_url="u")
        server.route(PLAN_INFO, wechat_error(202002, "plan not found"))
        with pytest.raises(PlanNotFoundError):
            await wx.target.plan_info(plan_invitation_url="u")
        server.route(PLAN_INFO, html(503))
        with pytest.raises(HTTPStatusError):
            await wx.target.plan_info(plan_invitation_url="u")
    info = promosdk_lines(caplog, logging.INFO)
    assert len(info) == 1 + 1 + 3, info
    assert "plan_info attempt=1 error=HTTPStatusError" in info[0] and "retry 1 of 2 in " in info[0]
    assert "attempt=1 error=PlanNotFoundError" in info[1] and "failed (not retryable)" in info[1]
    assert "retry 1 of 2" in info[2] and "retry 2 of 2" in info[3]
    assert "attempt=3 error=HTTPStatusError" in info[4] and "failed (no retries left)" in info[4]
    assert promosdk_lines(caplog, logging.DEBUG) == []


async def test_the_debug_line_of_a_failed_attempt_is_marked(caplog: pytest.LogCaptureFixture) -> None:
    async with wechat(max_retries=1) as (server, wx):
        caplog.clear()
        caplog.set_level(logging.DEBUG, logger="promosdk")
        server.queue(PLAN_INFO, html(503))
        await wx.target.plan_info(plan_invitation_url="u")
    debug = [r for r in caplog.records if r.name == "promosdk" and r.levelno == logging.DEBUG]
    assert [getattr(r, FAILED_ATTEMPT, False) for r in debug] == [True, False]
    assert "error=HTTPStatusError" in debug[0].getMessage() and "status=200" in debug[1].getMessage()
