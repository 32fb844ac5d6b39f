"""WeChatUnionClient end to end: every endpoint's happy path, every documented error code, raw responses,
per-call options and user-supplied sessions. Real HTTP on loopback (the sandbox, or tests.loopback)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest

import promosdk
from promosdk import (
    AccessTokenError,
    AlreadyAppliedError,
    APIError,
    APITimeoutError,
    ApiUnauthorizedError,
    ApplyReasonTooLongError,
    DailyQuotaExceededError,
    DuplicatePromotionNameError,
    HTTPStatusError,
    InvalidAccessTokenError,
    InvalidAppIdError,
    NotAppliedError,
    PlanExpiredError,
    PlanNotFoundError,
    PromotionLimitReachedError,
    RateLimitError,
    RawResponse,
    ServerBusyError,
    SystemBusyError,
    TooFrequentError,
    WeChatUnionClient,
)
from promosdk._generated.wechat_union import models
from promosdk.sandbox import PlanSeed, SandboxConfig
from promosdk.testing import SandboxHandle, sandbox
from tests.bodies import apply_status_ok, plan_info_ok
from tests.loopback import (
    HANG,
    Answer,
    LoopbackServer,
    Recorded,
    html,
    json_answer,
    stable_token_handler,
    wechat_error,
    wechat_ok,
)

APPID = "wxloopback00000001"
SECRET = "loopback-app-secret-0123456789"
PLAN_INFO = "/union/promoter/target/plan_info"
APPLY_TARGET = "/union/promoter/target/apply_target"
APPLY_STATUS = "/union/promoter/target/apply_status"
ADD = "/union/promoter/promotion/add"
UPD = "/union/promoter/promotion/upd"
LIST = "/union/promoter/promotion/list"
STABLE = "/cgi-bin/stable_token"
DAY = 86400


def _plans() -> list[PlanSeed]:
    now = int(time.time())
    return [
        PlanSeed(
            plan_id="plan-ok",
            invitation_url="https://invite.test/ok",
            plan_name="定向计划 OK",
            start_time=now - DAY,
            end_time=now + 30 * DAY,
            product_count=3,
        ),
        PlanSeed(
            plan_id="plan-expired",
            invitation_url="https://invite.test/expired",
            plan_status=2,
            start_time=now - 60 * DAY,
            end_time=now - DAY,
        ),
    ]


@asynccontextmanager
async def _sandbox(config: SandboxConfig | None = None) -> AsyncIterator[SandboxHandle]:
    async with sandbox(config, plans=_plans()) as sb:
        yield sb


@asynccontextmanager
async def _loopback(**options: Any) -> AsyncIterator[tuple[LoopbackServer, WeChatUnionClient]]:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["loopback-token-000001"]))
        client = WeChatUnionClient(APPID, SECRET, base_url=server.url, **options)
        async with client:
            yield server, client


# ---------------------------------------------------------------------------- happy paths (sandbox)


async def test_plan_info_returns_typed_plan_and_products() -> None:
    async with _sandbox() as sb:
        info = await sb.wechat.target.plan_info(plan_invitation_url="https://invite.test/ok")
        assert isinstance(info, models.PlanInfoResponse)
        plan = info.target_plan_info
        assert isinstance(plan, models.TargetPlanInfo)
        assert plan.plan_id == "plan-ok"
        assert plan.plan_name == "定向计划 OK"
        assert plan.plan_status is models.PlanStatus.EFFECTIVE
        assert isinstance(plan.plan_end_time, int)
        assert plan.ext_info is not None and plan.ext_info.biz_basic_info is not None
        assert plan.ext_info.biz_basic_info.nickname == "沙盒小店"
        products = info.product_list_info
        assert products is not None and len(products) == 3
        for product in products:
            assert isinstance(product, models.ProductInfo)
            assert product.plan_id == "plan-ok"
            assert isinstance(product.commission_ratio, int)
            assert product.league_ex_info is not None
            assert product.league_ex_info.has_commission is models.HasCommission.YES
            detail = product.product_detail_info
            assert detail is not None
            # sent as strings on the wire ("totalStockNum": "123"), decoded as ints
            assert isinstance(detail.total_stock_num, int)
            assert detail.category and all(isinstance(c, models.Category) for c in detail.category)
        # the second product carries a coupon, decoded into nested models
        coupon = products[1].coupon_info
        assert coupon is not None and coupon.has_coupon is models.HasCoupon.YES
        assert coupon.coupon_detail is not None and coupon.coupon_detail.valid_info is not None
        assert coupon.coupon_detail.valid_info.valid_type is models.ValidType(2)


async def test_apply_target_then_apply_status() -> None:
    async with _sandbox() as sb:
        before = await sb.wechat.target.apply_status(plan_id="plan-ok")
        assert before.data is not None
        assert before.data.promoter_status is models.PromoterStatus.NOT_REGISTERED
        applied = await sb.wechat.target.apply_target(plan_id="plan-ok", apply_reason="我们有很多粉丝")
        assert isinstance(applied, models.ErrcodeResponse)
        assert applied.errcode == 0
        status = await sb.wechat.target.apply_status(plan_id="plan-ok")
        assert isinstance(status, models.ApplyStatusResponse)
        assert status.data is not None
        assert status.data.plan_id == "plan-ok"
        assert isinstance(status.data.promoter_status, models.PromoterStatus)
        assert status.data.promoter_status is models.PromoterStatus.PENDING_AUDIT
        assert status.data.apply_reason == "我们有很多粉丝"
        assert isinstance(status.data.apply_time, int) and status.data.apply_time > 0
        await sb.admin.review(sb.wechat.appid, "plan-ok", "agree")
        agreed = await sb.wechat.target.apply_status(plan_id="plan-ok")
        assert agreed.data is not None and agreed.data.promoter_status is models.PromoterStatus.AGREED
        counters = await sb.admin.counters()
        assert counters["effects"]["apply_target"] == {f"{sb.wechat.appid}/plan-ok": 1}


async def test_promotion_add_upd_list() -> None:
    async with _sandbox() as sb:
        added = await sb.wechat.promotion.add(promotion_source_name="首页横幅")
        assert isinstance(added, models.PromotionAddResponse)
        assert added.pid
        upd = await sb.wechat.promotion.upd(
            previous_promotion_info=models.PreviousPromotionInfo(
                promotion_source_pid=added.pid, promotion_source_name="首页横幅"
            ),
            promotion_info=models.PromotionInfo(promotion_source_name="首页横幅二"),
        )
        assert isinstance(upd, models.ErrcodeResponse) and upd.errcode == 0
        page = await sb.wechat.promotion.list(start=0, limit=20)
        assert isinstance(page, models.PromotionListResponse)
        assert page.total == 1
        assert page.promotion_max_cnt == 100
        assert page.promotion_source_list is not None
        [spot] = page.promotion_source_list
        assert isinstance(spot, models.PromotionSource)
        assert spot.promotion_source_pid == added.pid
        assert spot.promotion_source_name == "首页横幅二"
        assert [s.name for s in sb.state.spots(sb.wechat.appid)] == ["首页横幅二"]


async def test_iter_list_walks_every_page() -> None:
    names = [f"spot-{i:02d}" for i in range(47)]
    async with _sandbox() as sb:
        await sb.admin.seed(spots={sb.wechat.appid: names})
        seen = [spot.promotion_source_name async for spot in sb.wechat.promotion.iter_list(page_size=10)]
        assert seen == names
        counters = await sb.admin.counters()
        # 47 spots in pages of 10: five list calls, and no extra call after the last page
        assert counters["requests"]["promotion.list"] == 5


async def test_iter_list_of_nothing_makes_one_call() -> None:
    async with _sandbox() as sb:
        assert [s async for s in sb.wechat.promotion.iter_list()] == []
        counters = await sb.admin.counters()
        assert counters["requests"]["promotion.list"] == 1


async def test_iter_list_pages_on_loopback_send_start_and_limit() -> None:
    async with _loopback() as (server, client):
        spots = [{"promotionSourceName": f"s{i}", "promotionSourcePid": f"pid_{i}"} for i in range(5)]

        def page(record: Recorded) -> Answer:
            query = record.query
            start, limit = int(query["start"]), int(query["limit"])
            return wechat_ok(total=5, promotionMaxCnt=100, promotionSourceList=spots[start : start + limit])

        server.route(LIST, page)
        pids = [s.promotion_source_pid async for s in client.promotion.iter_list(page_size=2)]
        assert pids == [f"pid_{i}" for i in range(5)]
        assert [(r.query["start"], r.query["limit"]) for r in server.hits(LIST)] == [
            ("0", "2"),
            ("2", "2"),
            ("4", "2"),
        ]


async def test_paginate_pages_carry_items_total_position_and_the_raw_page() -> None:
    async with _loopback() as (server, client):
        spots = [{"promotionSourceName": f"s{i}", "promotionSourcePid": f"pid_{i}"} for i in range(5)]

        def page(record: Recorded) -> Answer:
            start, limit = int(record.query["start"]), int(record.query["limit"])
            return wechat_ok(total=5, promotionMaxCnt=100, promotionSourceList=spots[start : start + limit])

        server.route(LIST, page)
        paginator = client.promotion.paginate(page_size=2)
        pages = [p async for p in paginator.pages()]
        assert [(p.start, p.end, p.total, p.capacity) for p in pages] == [(0, 2, 5, 100), (2, 4, 5, 100), (4, 5, 5, 100)]
        assert [s.promotion_source_pid for p in pages for s in p.items] == [f"pid_{i}" for i in range(5)]
        assert all(p.new_items == p.items for p in pages)
        assert all(isinstance(p.raw, models.PromotionListResponse) for p in pages)
        assert pages[0].raw.total == 5 and paginator.requests == 3 == server.count(LIST)
        with pytest.raises(RuntimeError, match="once"):
            _ = [p async for p in paginator.pages()]


# ---------------------------------------------------------------------------- documented error codes (sandbox)


async def test_plan_errors_from_sandbox() -> None:
    async with _sandbox(SandboxConfig(unapplied_answer="202005", apply_reason_max_len=10)) as sb:
        wx = sb.wechat
        with pytest.raises(PlanNotFoundError) as not_found:
            await wx.target.plan_info(plan_invitation_url="https://invite.test/nope")
        assert not_found.value.code == 202002 and not_found.value.operation == "target.plan_info"
        with pytest.raises(PlanNotFoundError):
            await wx.target.apply_target(plan_id="no-such-plan", apply_reason="x")
        with pytest.raises(PlanExpiredError) as expired:
            await wx.target.apply_target(plan_id="plan-expired", apply_reason="x")
        assert expired.value.code == 202001
        with pytest.raises(PlanExpiredError):
            await wx.target.apply_status(plan_id="plan-expired")
        with pytest.raises(NotAppliedError) as not_applied:
            await wx.target.apply_status(plan_id="plan-ok")
        assert not_applied.value.code == 202005
        with pytest.raises(ApplyReasonTooLongError) as too_long:
            await wx.target.apply_target(plan_id="plan-ok", apply_reason="理" * 11)
        assert too_long.value.code == 202006
        await wx.target.apply_target(plan_id="plan-ok", apply_reason="理由")
        with pytest.raises(AlreadyAppliedError) as again:
            await wx.target.apply_target(plan_id="plan-ok", apply_reason="理由")
        assert again.value.code == 202004
        assert isinstance(again.value, APIError) and not isinstance(again.value, AccessTokenError)
        assert again.value.message  # the server's errmsg


async def test_promotion_errors_from_sandbox() -> None:
    async with _sandbox(SandboxConfig(promotion_max_cnt=2)) as sb:
        wx = sb.wechat
        first = await wx.promotion.add(promotion_source_name="a")
        with pytest.raises(DuplicatePromotionNameError) as dup:
            await wx.promotion.add(promotion_source_name="a")
        assert dup.value.code == 14007 and dup.value.operation == "promotion.add"
        await wx.promotion.add(promotion_source_name="b")
        with pytest.raises(PromotionLimitReachedError) as limit:
            await wx.promotion.add(promotion_source_name="c")
        assert limit.value.code == 14005
        assert first.pid is not None
        with pytest.raises(DuplicatePromotionNameError):
            await wx.promotion.upd(
                previous_promotion_info=models.PreviousPromotionInfo(
                    promotion_source_pid=first.pid, promotion_source_name="a"
                ),
                promotion_info=models.PromotionInfo(promotion_source_name="b"),
            )
        # nothing was created by the refused calls
        assert sorted(s.name for s in sb.state.spots(wx.appid)) == ["a", "b"]


# ---------------------------------------------------------------------------- error codes the sandbox cannot script


@pytest.mark.parametrize(
    ("code", "cls", "bases"),
    [
        (-1, SystemBusyError, (ServerBusyError,)),
        (40013, InvalidAppIdError, ()),
        (45009, DailyQuotaExceededError, (RateLimitError,)),
        (45011, TooFrequentError, (RateLimitError,)),
        (48001, ApiUnauthorizedError, ()),
        (202001, PlanExpiredError, ()),
    ],
)
async def test_error_code_maps_to_class(code: int, cls: type[APIError], bases: tuple[type[APIError], ...]) -> None:
    async with _loopback(max_retries=0) as (server, client):
        server.route(APPLY_STATUS, wechat_error(code, f"message for {code}"))
        with pytest.raises(APIError) as caught:
            await client.target.apply_status(plan_id="p")
        error = caught.value
        assert type(error) is cls
        assert all(isinstance(error, base) for base in bases)
        assert error.code == code
        assert error.message == f"message for {code}"
        assert error.operation == "target.apply_status"
        assert str(code) in str(error)
        assert server.count(APPLY_STATUS) == 1
        # every exception is importable from promosdk
        assert getattr(promosdk, cls.__name__) is cls


async def test_40014_is_an_access_token_error_after_one_refresh() -> None:
    async with _loopback() as (server, client):
        server.route(STABLE, stable_token_handler(["token-aaaaaa", "token-bbbbbb", "token-cccccc"]))
        server.route(PLAN_INFO, wechat_error(40014, "invalid access_token"))
        with pytest.raises(InvalidAccessTokenError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert isinstance(caught.value, AccessTokenError)
        assert caught.value.code == 40014
        assert [r.query["access_token"] for r in server.hits(PLAN_INFO)] == ["token-aaaaaa", "token-bbbbbb"]
        assert server.count(STABLE) == 2


async def test_unknown_code_is_plain_api_error() -> None:
    async with _loopback() as (server, client):
        server.route(PLAN_INFO, wechat_error(987654, "brand new error"))
        with pytest.raises(APIError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert type(caught.value) is APIError
        assert caught.value.code == 987654
        assert caught.value.message == "brand new error"
        assert caught.value.operation == "target.plan_info"
        assert server.count(PLAN_INFO) == 1  # unknown codes are not retried


async def test_errcode_sent_as_string_still_maps() -> None:
    async with _loopback() as (server, client):
        server.route(PLAN_INFO, json_answer({"errcode": "202002", "errmsg": "plan not found"}))
        with pytest.raises(PlanNotFoundError):
            await client.target.plan_info(plan_invitation_url="u")


async def test_json_served_as_text_plain_decodes() -> None:
    async with _loopback() as (server, client):
        server.route(
            APPLY_STATUS,
            json_answer(
                apply_status_ok(planId="p", promoterStatus=2, joinTime="1700000000"),
                content_type="text/plain",
            ),
        )
        status = await client.target.apply_status(plan_id="p")
        assert status.data is not None
        assert status.data.promoter_status is models.PromoterStatus.AGREED
        assert status.data.join_time == 1700000000
        # an error served as text/plain is still an error
        server.route(APPLY_STATUS, wechat_error(202005, "not applied", content_type="text/plain; charset=utf-8"))
        with pytest.raises(NotAppliedError):
            await client.target.apply_status(plan_id="p")


async def test_requests_on_the_wire() -> None:
    """Wire names, query vs body, access_token in the query, exactly the JSON bytes expected."""
    async with _loopback() as (server, client):
        server.route(APPLY_TARGET, wechat_ok())
        server.route(UPD, wechat_ok())
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        await client.target.apply_target(plan_id="P1", apply_reason="原因")
        await client.promotion.upd(
            previous_promotion_info=models.PreviousPromotionInfo(promotion_source_pid="pid1", promotion_source_name="旧"),
            promotion_info=models.PromotionInfo(promotion_source_name="新"),
        )
        await client.target.plan_info(plan_invitation_url="https://x.test/?a=1&b=2")
        [token_req] = server.hits(STABLE)
        assert token_req.method == "POST"
        token_body = token_req.json()
        # force_refresh=false is WeChat's default: sent as false or left out
        assert token_body.pop("force_refresh", False) is False
        assert token_body == {"grant_type": "client_credential", "appid": APPID, "secret": SECRET}
        [apply] = server.hits(APPLY_TARGET)
        assert apply.method == "POST"
        assert apply.query == {"access_token": "loopback-token-000001"}
        assert apply.headers["Content-Type"].startswith("application/json")
        assert apply.json() == {"planId": "P1", "applyReason": "原因"}
        assert "原因".encode() in apply.body  # UTF-8, not \u escapes
        [upd] = server.hits(UPD)
        assert upd.json() == {
            "previousPromotionInfo": {"promotionSourcePid": "pid1", "promotionSourceName": "旧"},
            "promotionInfo": {"promotionSourceName": "新"},
        }
        [info] = server.hits(PLAN_INFO)
        assert info.method == "GET"
        assert info.query == {"planInvitationUrl": "https://x.test/?a=1&b=2", "access_token": "loopback-token-000001"}
        assert info.body == b""


# ---------------------------------------------------------------------------- raw responses, options, sessions


async def test_with_raw_response_gives_status_headers_and_body_bytes() -> None:
    async with _loopback() as (server, client):
        body = b'{"errcode":0,"errmsg":"ok","pid":"pid_42"}'
        server.route(ADD, Answer(status=200, body=body, headers={"X-Request-Id": "req-7"}))
        raw = await client.with_raw_response.promotion.add(promotion_source_name="n")
        assert isinstance(raw, RawResponse)
        assert raw.status == 200
        assert raw.headers["X-Request-Id"] == "req-7"
        assert raw.headers["Content-Type"].startswith("application/json")
        assert raw.content == body
        assert raw.text == body.decode()
        assert isinstance(raw.parsed, models.PromotionAddResponse)
        assert raw.parse().pid == "pid_42"
        assert raw.operation == "promotion.add"
        assert raw.attempts == 1
        # a raw call that was retried says so
        server.queue(PLAN_INFO, html(503))
        server.route(PLAN_INFO, json_answer(plan_info_ok("p")))
        raw_info = await client.with_options(retry_policy=promosdk.RetryPolicy(base=0.001)).with_raw_response.target.plan_info(
            plan_invitation_url="u"
        )
        assert raw_info.attempts == 2
        assert raw_info.parsed.target_plan_info is not None
        assert raw_info.parsed.target_plan_info.plan_id == "p"


async def test_with_options_overrides_per_call_and_shares_the_session() -> None:
    async with _loopback(timeout=5.0) as (server, client):
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        await client.target.plan_info(plan_invitation_url="warm")  # token + one keep-alive connection

        # max_retries=0: a 503 is raised at once, where the client itself would retry it
        server.queue(PLAN_INFO, html(503))
        strict = client.with_options(max_retries=0)
        with pytest.raises(HTTPStatusError) as caught:
            await strict.target.plan_info(plan_invitation_url="u")
        assert caught.value.status == 503
        assert server.count(PLAN_INFO) == 2
        assert strict.options.max_retries == 0
        assert client.options.max_retries == 2  # the original is unchanged
        server.queue(PLAN_INFO, html(503))
        await client.with_options(retry_policy=promosdk.RetryPolicy(base=0.001)).target.plan_info(
            plan_invitation_url="u"
        )
        assert server.count(PLAN_INFO) == 4  # the 503 was retried by the default options

        # timeout: the copy gives up after 0.3 s, where the client would wait 5 s
        server.queue(PLAN_INFO, HANG)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.with_options(timeout=0.3, max_retries=0).target.plan_info(plan_invitation_url="slow")
        elapsed = time.monotonic() - started
        assert 0.25 <= elapsed < 1.5, elapsed
        assert client.options.timeout.total == 5.0

        # the copies share the session: no second token request, same keep-alive connection
        fast = client.with_options(max_retries=1)
        await fast.target.plan_info(plan_invitation_url="a")
        await fast.aclose()  # closing a copy does not close the shared session
        await client.target.plan_info(plan_invitation_url="b")
        assert server.count(STABLE) == 1
        peers = [r.peer for r in server.hits(PLAN_INFO)[-2:]]
        assert peers[0] == peers[1]
        assert fast.retry_quota is client.retry_quota


async def test_user_supplied_session_is_used_and_not_closed() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["session-token-01"]))
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        session = aiohttp.ClientSession(headers={"X-Users-Session": "yes"})
        try:
            async with WeChatUnionClient(APPID, SECRET, base_url=server.url, session=session) as client:
                await client.target.plan_info(plan_invitation_url="u")
            assert not session.closed
            assert all(r.headers.get("X-Users-Session") == "yes" for r in server.requests)
            assert server.count(PLAN_INFO) == 1
            # the session still works for its owner after the client is closed
            async with session.get(server.url + "/other") as resp:
                assert resp.status == 404
        finally:
            await session.close()


async def test_owned_session_is_closed_by_aclose() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["owned-token-001"]))
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        client = WeChatUnionClient(APPID, SECRET, base_url=server.url)
        await client.target.plan_info(plan_invitation_url="u")
        await client.aclose()
        with pytest.raises((RuntimeError, promosdk.APIConnectionError)):
            await client.target.plan_info(plan_invitation_url="u")
        assert server.count(PLAN_INFO) == 1


async def test_concurrent_mixed_calls_against_sandbox() -> None:
    async with _sandbox() as sb:
        wx = sb.wechat
        results = await asyncio.gather(
            *(wx.target.plan_info(plan_invitation_url="https://invite.test/ok") for _ in range(50)),
            *(wx.promotion.add(promotion_source_name=f"n{i}") for i in range(30)),
        )
        assert len(results) == 80
        assert len(sb.state.spots(wx.appid)) == 30
        counters = await sb.admin.counters()
        assert counters["token_issuances"][wx.appid] == 1
