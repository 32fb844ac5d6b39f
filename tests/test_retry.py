"""Retries under injected faults, deterministic: seeded jitter and a recording stand-in for asyncio.sleep.

Full jitter: the wait before retry n (1-based) is uniform in [0, min(8, 0.5 * 2**(n-1))]; the expected
schedule is recomputed here from the same seed. Faults come from tests.loopback (real HTTP)."""

from __future__ import annotations

import asyncio
import logging
import random
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

import promosdk._base_client
from promosdk import (
    AlreadyAppliedError,
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadResponseError,
    DailyQuotaExceededError,
    HTTPStatusError,
    PromoSDKError,
    RetryPolicy,
    RetryQuota,
    SystemBusyError,
    TooFrequentError,
    WaiqinClient,
    WeChatUnionClient,
)
from promosdk._generated.wechat_union import models
from tests.bodies import plan_info_ok, waiqin_ok, wechat_success
from tests.loopback import (
    DROP,
    HANG,
    Answer,
    LoopbackServer,
    html,
    json_answer,
    stable_token_handler,
    waiqin_echo_handler,
    wechat_error,
)

APPID = "wxretrytest0000001"
SECRET = "retry-test-app-secret"
OPENID = "retry-openid"
APPKEY = "retry-appkey-0123456"
SEED = 20260101
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
APPLY_TARGET = "/union/promoter/target/apply_target"
APPLY_STATUS = "/union/promoter/target/apply_status"
ADD = "/union/promoter/promotion/add"
UPD = "/union/promoter/promotion/upd"
LIST = "/union/promoter/promotion/list"
WQ = "/api/bcwin/v1/"
WQ_ADD = WQ + "addOrUpdateCampaign/"
WQ_CALLBACK = WQ + "applyCallBack/"
WQ_QUERY = WQ + "queryCampaign/"

_real_sleep = asyncio.sleep


class SleepRecorder:
    """Stands in for the ``asyncio`` module inside promosdk._base_client: ``sleep`` records and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def sleep(self, delay: float, result: Any = None) -> Any:
        self.delays.append(delay)
        await _real_sleep(0)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> SleepRecorder:
    recorder = SleepRecorder()
    monkeypatch.setattr(promosdk._base_client, "asyncio", recorder)
    return recorder


def expected_schedule(seed: int, retries: int) -> list[float]:
    rng = random.Random(seed)
    return [rng.uniform(0, min(8.0, 0.5 * 2**i)) for i in range(retries)]


def assert_full_jitter(delays: list[float]) -> None:
    for i, delay in enumerate(delays):
        assert 0.0 <= delay <= min(8.0, 0.5 * 2**i), (i, delay)


def _policy(seed: int = SEED) -> RetryPolicy:
    return RetryPolicy(rng=random.Random(seed))


@asynccontextmanager
async def _wechat(max_retries: int = 2, **options: Any) -> AsyncIterator[tuple[LoopbackServer, WeChatUnionClient]]:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["retry-token-0001"]))
        for path in (PLAN_INFO, APPLY_TARGET, APPLY_STATUS, ADD, UPD, LIST):
            server.route(path, json_answer(wechat_success(path)))
        options.setdefault("retry_policy", _policy())
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=max_retries, **options) as client:
            yield server, client


@asynccontextmanager
async def _waiqin(max_retries: int = 2, **options: Any) -> AsyncIterator[tuple[LoopbackServer, WaiqinClient]]:
    async with LoopbackServer() as server:
        server.route(WQ, waiqin_echo_handler(waiqin_ok(response_data="[]")), prefix=True)
        options.setdefault("retry_policy", _policy())
        async with WaiqinClient(OPENID, APPKEY, base_url=server.url, max_retries=max_retries, **options) as client:
            yield server, client


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---------------------------------------------------------------------------- the backoff itself


def test_policy_delays_are_full_jitter_within_the_capped_exponential_bound() -> None:
    for seed in range(200):
        policy = _policy(seed)
        delays = [policy.delay(n) for n in range(1, 11)]
        assert delays == expected_schedule(seed, 10)
        assert_full_jitter(delays)
    # the whole range is used (full jitter, not "equal jitter" or a fixed step)
    policy = _policy(1)
    firsts = [policy.delay(1) for _ in range(2000)]
    assert min(firsts) < 0.02 and max(firsts) > 0.48
    sixths = [policy.delay(6) for _ in range(2000)]
    assert max(sixths) <= 8.0 and max(sixths) > 7.5


def test_policy_honours_retry_after() -> None:
    policy = _policy()
    assert policy.delay(1, retry_after=3.0) == 3.0
    assert policy.delay(1, retry_after=0.0) <= 0.5


# ---------------------------------------------------------------------------- transient faults on reads


@pytest.mark.parametrize(
    "faults",
    [
        pytest.param([html(503), html(503)], id="503x2"),
        pytest.param([html(502), html(503), html(500)], id="502-503-500"),
        pytest.param([wechat_error(-1, "system busy")] * 3, id="errcode-1x3"),
        pytest.param([wechat_error(45011, "too frequent"), wechat_error(-1, "busy")], id="45011,-1"),
        pytest.param([html(429), html(504)], id="429-504"),
        pytest.param([Answer(body=b'{"errcode":0,"errm'), html(200)], id="truncated,html-200"),
    ],
)
async def test_read_retried_on_schedule(sleeps: SleepRecorder, faults: list[Answer]) -> None:
    async with _wechat(max_retries=3) as (server, client):
        server.queue(PLAN_INFO, *faults)
        info = await client.target.plan_info(plan_invitation_url="u")
        assert isinstance(info, models.PlanInfoResponse)
        assert server.count(PLAN_INFO) == len(faults) + 1
        assert sleeps.delays == expected_schedule(SEED, len(faults))
        assert_full_jitter(sleeps.delays)


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (html(503), HTTPStatusError),
        (html(502), HTTPStatusError),
        (wechat_error(-1, "busy"), SystemBusyError),
        (wechat_error(45011, "too frequent"), TooFrequentError),
    ],
)
async def test_read_gives_up_after_max_retries(
    sleeps: SleepRecorder, fault: Answer, error: type[PromoSDKError]
) -> None:
    async with _wechat(max_retries=6) as (server, client):
        server.route(APPLY_STATUS, fault)
        with pytest.raises(error):
            await client.target.apply_status(plan_id="p")
        assert server.count(APPLY_STATUS) == 7
        assert sleeps.delays == expected_schedule(SEED, 6)
        assert_full_jitter(sleeps.delays)  # the 5th and 6th waits are capped at 8 s


async def test_connection_reset_on_a_post_read_is_retried(sleeps: SleepRecorder) -> None:
    async with _waiqin(max_retries=2) as (server, client):
        server.queue(WQ_QUERY, DROP, DROP)
        assert await client.bc.query_campaign() == []
        assert server.count(WQ_QUERY, prefix=True) == 3
        assert sleeps.delays == expected_schedule(SEED, 2)


async def test_connection_reset_forever_on_a_get_read(sleeps: SleepRecorder) -> None:
    async with _wechat(max_retries=2) as (server, client):
        server.route(PLAN_INFO, DROP)
        with pytest.raises(APIConnectionError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert caught.value.sent
        assert sleeps.delays == expected_schedule(SEED, 2)
        # aiohttp itself resends an idempotent GET once on a dropped connection, so each of our 3
        # attempts may reach the server twice
        assert 3 <= server.count(PLAN_INFO) <= 6


async def test_read_timeout_is_retried(sleeps: SleepRecorder) -> None:
    async with _wechat(max_retries=2, timeout=0.2) as (server, client):
        server.queue(LIST, HANG)
        await client.promotion.list(start=0, limit=10)
        assert server.count(LIST) == 2
        assert len(sleeps.delays) == 1


@pytest.mark.parametrize(
    ("status", "header", "wait"),
    [(503, "3", 3.0), (429, "2", 2.0), (503, "1.5", 1.5)],
)
async def test_retry_after_is_honoured(sleeps: SleepRecorder, status: int, header: str, wait: float) -> None:
    async with _wechat() as (server, client):
        server.queue(PLAN_INFO, html(status, headers={"Retry-After": header}))
        await client.target.plan_info(plan_invitation_url="u")
        assert sleeps.delays == [wait]  # the jitter alone would be at most 0.5 s
        assert server.count(PLAN_INFO) == 2


async def test_429_is_retried_even_for_a_write(sleeps: SleepRecorder) -> None:
    async with _wechat() as (server, client):
        server.queue(APPLY_TARGET, html(429, headers={"Retry-After": "1"}))
        await client.target.apply_target(plan_id="p", apply_reason="r")
        assert server.count(APPLY_TARGET) == 2
        assert sleeps.delays == [1.0]


async def test_45009_is_never_retried(sleeps: SleepRecorder) -> None:
    async with _wechat(max_retries=5) as (server, client):
        server.route(PLAN_INFO, wechat_error(45009, "reach max api daily quota limit"))
        with pytest.raises(DailyQuotaExceededError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert caught.value.code == 45009
        assert server.count(PLAN_INFO) == 1
        assert sleeps.delays == []


@pytest.mark.parametrize("code", [202002, 48001, 40013, 123456])
async def test_client_errors_are_not_retried(sleeps: SleepRecorder, code: int) -> None:
    async with _wechat(max_retries=5) as (server, client):
        server.route(APPLY_STATUS, wechat_error(code))
        with pytest.raises(APIError):
            await client.target.apply_status(plan_id="p")
        assert server.count(APPLY_STATUS) == 1
        assert sleeps.delays == []


async def test_http_4xx_is_not_retried(sleeps: SleepRecorder) -> None:
    async with _wechat(max_retries=5) as (server, client):
        server.route(PLAN_INFO, html(404))
        with pytest.raises(HTTPStatusError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert caught.value.status == 404
        assert server.count(PLAN_INFO) == 1
        assert sleeps.delays == []


# ---------------------------------------------------------------------------- writes


WriteCall = Callable[[WeChatUnionClient], Awaitable[Any]]

WECHAT_WRITES: list[tuple[str, str, WriteCall]] = [
    ("apply_target", APPLY_TARGET, lambda c: c.target.apply_target(plan_id="p", apply_reason="r")),
    ("promotion.add", ADD, lambda c: c.promotion.add(promotion_source_name="n")),
    (
        "promotion.upd",
        UPD,
        lambda c: c.promotion.upd(
            previous_promotion_info=models.PreviousPromotionInfo(promotion_source_pid="pid", promotion_source_name="a"),
            promotion_info=models.PromotionInfo(promotion_source_name="b"),
        ),
    ),
]
AMBIGUOUS: list[tuple[str, Answer, type[PromoSDKError]]] = [
    ("reset-after-send", DROP, APIConnectionError),
    ("http-500", html(500), HTTPStatusError),
    ("http-502", html(502), HTTPStatusError),
    ("http-503", html(503), HTTPStatusError),
    ("html-200", html(200), BadResponseError),
    ("truncated", Answer(body=b'{"errcode":0,"pi'), BadResponseError),
]


def assert_raised_as(error: BaseException, expected: type[PromoSDKError]) -> None:
    """An ambiguous write failure is raised, as is or as an AmbiguousWriteError around it."""
    if isinstance(error, AmbiguousWriteError):
        assert "may have been applied" in str(error)
        error = error.cause
    assert isinstance(error, expected), repr(error)


@pytest.mark.parametrize(("fault_id", "fault", "error"), AMBIGUOUS, ids=[a[0] for a in AMBIGUOUS])
@pytest.mark.parametrize(("name", "path", "call"), WECHAT_WRITES, ids=[w[0] for w in WECHAT_WRITES])
async def test_wechat_write_not_resent_blindly_after_ambiguous_failure(
    sleeps: SleepRecorder,
    name: str,
    path: str,
    call: WriteCall,
    fault_id: str,
    fault: Answer,
    error: type[PromoSDKError],
) -> None:
    """Without reconciliation (reconcile_writes=False) an ambiguous write failure is raised at once."""
    async with _wechat(max_retries=3) as (server, client):
        plain = client.with_options(reconcile_writes=False)
        server.queue(path, fault)
        with pytest.raises(PromoSDKError) as caught:
            await call(plain)
        assert_raised_as(caught.value, error)
        assert server.count(path) == 1, f"{name} was resent after {fault_id}"
        assert sleeps.delays == []
        await call(plain)  # the next call is fine
        assert server.count(path) == 2


@pytest.mark.parametrize(("fault_id", "fault", "error"), AMBIGUOUS, ids=[a[0] for a in AMBIGUOUS])
async def test_wechat_write_retry_after_ambiguous_failure_is_reconciled(
    sleeps: SleepRecorder, fault_id: str, fault: Answer, error: type[PromoSDKError]
) -> None:
    """By default an ambiguous apply_target is retried, and "already applied" on the retry means it landed."""
    async with _wechat(max_retries=3) as (server, client):
        server.queue(APPLY_TARGET, fault, wechat_error(202004, "promoter has already applied for the plan"))
        result = await client.target.apply_target(plan_id="p", apply_reason="r")
        assert isinstance(result, models.ErrcodeResponse) and result.errcode == 0
        assert server.count(APPLY_TARGET) == 2
        assert sleeps.delays == expected_schedule(SEED, 1)
        # the same answer to a first attempt is an error: nothing says an earlier attempt landed
        server.queue(APPLY_TARGET, wechat_error(202004, "promoter has already applied for the plan"))
        with pytest.raises(AlreadyAppliedError):
            await client.target.apply_target(plan_id="p", apply_reason="r")
        assert server.count(APPLY_TARGET) == 3


@pytest.mark.parametrize(
    "refusal", [wechat_error(-1, "system busy"), wechat_error(45011, "too frequent")], ids=["-1", "45011"]
)
@pytest.mark.parametrize(("name", "path", "call"), WECHAT_WRITES, ids=[w[0] for w in WECHAT_WRITES])
async def test_wechat_write_retried_after_a_refusal(
    sleeps: SleepRecorder, name: str, path: str, call: WriteCall, refusal: Answer
) -> None:
    async with _wechat(max_retries=3) as (server, client):
        server.queue(path, refusal, refusal)
        await call(client)
        assert server.count(path) == 3
        assert sleeps.delays == expected_schedule(SEED, 2)


async def test_wechat_write_retried_when_it_cannot_connect(sleeps: SleepRecorder) -> None:
    async def token() -> str:
        return "connect-test-token"

    port = _closed_port()
    async with WeChatUnionClient(
        APPID, base_url=f"http://127.0.0.1:{port}", token_source=token, max_retries=2, retry_policy=_policy()
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.promotion.add(promotion_source_name="n")
    assert caught.value.sent is False
    assert sleeps.delays == expected_schedule(SEED, 2)


@pytest.mark.parametrize(("fault_id", "fault", "error"), AMBIGUOUS, ids=[a[0] for a in AMBIGUOUS])
async def test_apply_callback_not_retried_after_ambiguous_failure(
    sleeps: SleepRecorder, fault_id: str, fault: Answer, error: type[PromoSDKError]
) -> None:
    async with _waiqin(max_retries=3) as (server, client):
        server.queue(WQ_CALLBACK, fault)
        with pytest.raises(PromoSDKError) as caught:
            await client.bc.apply_callback(
                campaign_source_code="s",
                campaign_code="c",
                cm_ids="1",
                registered_time="2026-01-01 00:00:00",
                merchant_information="m",
            )
        assert_raised_as(caught.value, error)
        assert server.count(WQ_CALLBACK, prefix=True) == 1
        assert sleeps.delays == []


async def test_apply_callback_retried_when_it_cannot_connect(sleeps: SleepRecorder) -> None:
    port = _closed_port()
    async with WaiqinClient(
        OPENID, APPKEY, base_url=f"http://127.0.0.1:{port}", max_retries=3, retry_policy=_policy()
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.bc.apply_callback(
                campaign_source_code="s",
                campaign_code="c",
                cm_ids="1",
                registered_time="2026-01-01 00:00:00",
                merchant_information="m",
            )
    assert caught.value.sent is False
    assert sleeps.delays == expected_schedule(SEED, 3)


@pytest.mark.parametrize("fault", [DROP, html(503), html(502)], ids=["reset", "503", "502"])
async def test_add_or_update_campaign_upsert_is_retried(sleeps: SleepRecorder, fault: Answer) -> None:
    """addOrUpdateCampaign upserts by source_code, so an ambiguous failure is safe to retry."""
    async with _waiqin() as (server, client):
        server.queue(WQ_ADD, fault)
        await client.bc.add_or_update_campaign(
            source_code="s",
            code="c",
            name="n",
            type_code="t",
            event_status=1,
            start_date="2026-01-01",
            end_date="2026-01-02",
            register_url="u",
            event_information="i",
        )
        assert server.count(WQ_ADD, prefix=True) == 2
        assert len(sleeps.delays) == 1


async def test_write_timeout_is_not_resent_blindly(sleeps: SleepRecorder) -> None:
    async with _wechat(max_retries=3, timeout=0.2) as (server, client):
        server.queue(ADD, HANG)
        with pytest.raises(PromoSDKError) as caught:
            await client.with_options(reconcile_writes=False).promotion.add(promotion_source_name="n")
        assert_raised_as(caught.value, APITimeoutError)
        assert server.count(ADD) == 1
        assert sleeps.delays == []


@pytest.mark.parametrize("fault", [html(500), html(503), Answer(body=b"<html>")], ids=["500", "503", "html"])
async def test_reads_retried_after_ambiguous_failures(sleeps: SleepRecorder, fault: Answer) -> None:
    async with _wechat() as (server, client):
        server.queue(APPLY_STATUS, fault, fault)
        await client.target.apply_status(plan_id="p")
        assert len(sleeps.delays) == 2
        assert server.hits(APPLY_STATUS)[-1].query["planId"] == "p"


# ---------------------------------------------------------------------------- the retry quota


def test_retry_quota_bucket() -> None:
    quota = RetryQuota(capacity=12)
    busy = HTTPStatusError(503, operation="x", body=b"", content_type="")
    timeout = APITimeoutError("x: timed out", operation="x")
    assert quota.acquire(busy) and quota.level == 7
    assert quota.acquire(busy) and quota.level == 2
    assert not quota.acquire(busy) and quota.level == 2
    for _ in range(3):
        quota.release_success()
    assert quota.level == 5 and quota.acquire(busy) and quota.level == 0
    for _ in range(20):
        quota.release_success()
    assert quota.level == 12  # never above capacity
    assert quota.acquire(timeout) and quota.level == 2  # a timeout costs more
    assert not quota.acquire(timeout)


async def test_retry_quota_drains_then_fails_fast(sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture) -> None:
    async with _wechat(max_retries=2) as (server, client):
        server.route(PLAN_INFO, html(503))
        quota = client.retry_quota
        start = quota.level
        calls = 0
        while quota.level >= 5:
            before = quota.level
            with pytest.raises(HTTPStatusError):
                await client.target.plan_info(plan_invitation_url="u")
            calls += 1
            assert before - quota.level == 10  # two retries at 5 each
        assert calls == start // 10
        assert server.count(PLAN_INFO) == 3 * calls
        retries_so_far = len(sleeps.delays)

        # empty: the next call fails after one attempt, with the server's error, and no wait
        with caplog.at_level(logging.WARNING, logger="promosdk"), pytest.raises(HTTPStatusError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert caught.value.status == 503
        assert server.count(PLAN_INFO) == 3 * calls + 1
        assert len(sleeps.delays) == retries_so_far
        assert any("retry quota exhausted" in r.getMessage() for r in caplog.records)

        # the quota is shared by copies made with with_options
        with pytest.raises(HTTPStatusError):
            await client.with_options(max_retries=5).target.plan_info(plan_invitation_url="u")
        assert server.count(PLAN_INFO) == 3 * calls + 2

        # successes refund it: after five, one retry is affordable again
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        for _ in range(5):
            await client.target.plan_info(plan_invitation_url="u")
        server.queue(PLAN_INFO, html(503))
        await client.target.plan_info(plan_invitation_url="u")
        assert len(sleeps.delays) == retries_so_far + 1
