"""promosdk.sandbox exercised over loopback HTTP with a raw aiohttp client (no promosdk client code)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import re
import sys
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import orjson
import pytest

from promosdk.sandbox import (
    STATE_KEY,
    FaultKind,
    FaultRule,
    PlanSeed,
    SandboxAdminError,
    SandboxConfig,
    SandboxServer,
    SandboxState,
    create_app,
    make_plan_seeds,
)
from promosdk.signing import BEIJING, waiqin_digest, waiqin_timestamp

APPID = "wxsandbox0000000001"
SECRET = "sandbox-app-secret"
OPENID = "sandbox-openid"
APPKEY = "sandbox-appkey"
T0 = 1_800_000_000.0  # 2027-01-15, fixed so the fake clock is repeatable

DROPPED = (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _plans() -> list[PlanSeed]:
    day = 86400
    start, end = int(T0) - day, int(T0) + 30 * day
    return [
        PlanSeed(
            plan_id="1001",
            invitation_url="https://invite.test/ok",
            start_time=start,
            end_time=end,
            product_count=3,
        ),
        PlanSeed(
            plan_id="1002",
            invitation_url="https://invite.test/reject",
            start_time=start,
            end_time=end,
            review_outcome="reject",
        ),
        PlanSeed(
            plan_id="1003",
            invitation_url="https://invite.test/invalid",
            plan_status=2,
            start_time=start,
            end_time=end,
        ),
        PlanSeed(
            plan_id="1004", invitation_url="https://invite.test/past", start_time=start - day, end_time=start
        ),
        PlanSeed(
            plan_id="1005",
            invitation_url="https://invite.test/soon",
            plan_status=0,
            start_time=end,
            end_time=end + day,
        ),
    ]


@asynccontextmanager
async def running(clock: FakeClock, **overrides: Any) -> AsyncIterator[SandboxServer]:
    config = SandboxConfig(clock=clock, plans=_plans(), **overrides)
    async with SandboxServer(config) as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def sb(clock: FakeClock) -> AsyncIterator[SandboxServer]:
    async with running(clock) as server:
        yield server


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


# ------------------------------------------------------------------------------------ helpers


async def call(
    http: aiohttp.ClientSession,
    method: str,
    url: str,
    *,
    params: Mapping[str, str] | None = None,
    body: Any = None,
) -> dict[str, Any]:
    data = None if body is None else body if isinstance(body, bytes) else orjson.dumps(body)
    async with http.request(method, url, params=params, data=data) as resp:
        assert resp.status == 200
        decoded = orjson.loads(await resp.read())
    assert isinstance(decoded, dict)
    return decoded


async def stable_token(
    http: aiohttp.ClientSession, sb: SandboxServer, *, force_refresh: bool = False, **overrides: str
) -> dict[str, Any]:
    body = {
        "grant_type": "client_credential",
        "appid": APPID,
        "secret": SECRET,
        "force_refresh": force_refresh,
    }
    body.update(overrides)
    return await call(http, "POST", f"{sb.url}/cgi-bin/stable_token", body=body)


async def token(http: aiohttp.ClientSession, sb: SandboxServer) -> str:
    answer = await stable_token(http, sb)
    assert answer["errcode"] == 0
    return str(answer["access_token"])


async def wx(
    http: aiohttp.ClientSession,
    sb: SandboxServer,
    method: str,
    path: str,
    tok: str | None,
    *,
    params: Mapping[str, str] | None = None,
    body: Any = None,
) -> dict[str, Any]:
    query = dict(params or {})
    if tok is not None:
        query["access_token"] = tok
    return await call(http, method, f"{sb.url}/union/promoter/{path}", params=query, body=body)


def bj_timestamp(clock: FakeClock, offset: float = 0.0) -> str:
    return waiqin_timestamp(dt.datetime.fromtimestamp(clock.now + offset, BEIJING))


def bj_datetime(moment: float) -> str:
    return dt.datetime.fromtimestamp(moment, BEIJING).strftime("%Y-%m-%d %H:%M:%S")


def waiqin_url(
    sb: SandboxServer,
    clock: FakeClock,
    operation: str,
    raw: bytes,
    *,
    openid: str = OPENID,
    appkey: str = APPKEY,
    ts_offset: float = 0.0,
    digest: str | None = None,
    msg_id: str = "msg-1",
) -> str:
    ts = bj_timestamp(clock, ts_offset)
    sig = digest if digest is not None else waiqin_digest(raw, appkey, ts)
    return f"{sb.url}/api/bcwin/v1/{operation}/{openid}/{ts}/{sig}/{msg_id}"


async def wq(
    http: aiohttp.ClientSession,
    sb: SandboxServer,
    clock: FakeClock,
    operation: str,
    body: Any,
    **kw: Any,
) -> dict[str, Any]:
    raw = body if isinstance(body, bytes) else orjson.dumps(body)
    return await call(http, "POST", waiqin_url(sb, clock, operation, raw, **kw), body=raw)


def campaign(source_code: str = "SRC-1", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "source_code": source_code,
        "code": "C-" + source_code,
        "name": "春季新品推广活动",
        "type_code": "T1",
        "event_status": "1",
        "start_date": "2027-01-01",
        "end_date": "2027-02-01",
        "register_url": "https://example.test/register",
        "event_information": "满100减20,仅限门店",
    }
    body.update(overrides)
    return body


# ------------------------------------------------------------------------------------ tokens


async def test_stable_token_is_stable_and_renews_in_window(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    first = await stable_token(http, sb)
    assert first["errcode"] == 0 and first["errmsg"] == "ok"
    assert first["expires_in"] == 7200
    assert len(first["access_token"]) >= 100
    assert re.fullmatch(r"[A-Za-z0-9_-]+", first["access_token"])
    clock.advance(100)
    again = await stable_token(http, sb)
    assert again["access_token"] == first["access_token"]
    assert again["expires_in"] == 7100
    # Last 300 s of its life: a new token, the old one still works until its own expiry.
    clock.advance(7200 - 100 - 299)
    renewed = await stable_token(http, sb)
    assert renewed["access_token"] != first["access_token"]
    assert renewed["expires_in"] == 7200
    assert (await wx(http, sb, "GET", "promotion/list", first["access_token"]))["errcode"] == 0
    clock.advance(300)
    assert (await wx(http, sb, "GET", "promotion/list", first["access_token"]))["errcode"] == 42001
    assert (await wx(http, sb, "GET", "promotion/list", renewed["access_token"]))["errcode"] == 0
    counters = await sb.admin.counters()
    assert counters["token_issuances"] == {APPID: 2}
    assert counters["requests"]["token.stable_token"] == 3


async def test_force_refresh_invalidates_previous(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    old = await token(http, sb)
    fresh = await stable_token(http, sb, force_refresh=True)
    assert fresh["access_token"] != old
    answer = await wx(http, sb, "GET", "promotion/list", old)
    assert answer == {"errcode": 40001, "errmsg": "invalid credential, access_token is invalid or not latest"}
    assert (await wx(http, sb, "GET", "promotion/list", fresh["access_token"]))["errcode"] == 0
    assert (await stable_token(http, sb))["access_token"] == fresh["access_token"]
    assert (await sb.admin.counters())["token_issuances"][APPID] == 2


async def test_force_refresh_also_kills_a_renewed_token(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    old = await token(http, sb)
    clock.advance(7000)
    renewed = await token(http, sb)
    assert renewed != old
    fresh = (await stable_token(http, sb, force_refresh=True))["access_token"]
    for dead in (old, renewed):
        assert (await wx(http, sb, "GET", "promotion/list", dead))["errcode"] == 40001
    assert (await wx(http, sb, "GET", "promotion/list", fresh))["errcode"] == 0


async def test_classic_token_overlap(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    params = {"grant_type": "client_credential", "appid": APPID, "secret": SECRET}
    first = await call(http, "GET", f"{sb.url}/cgi-bin/token", params=params)
    second = await call(http, "GET", f"{sb.url}/cgi-bin/token", params=params)
    assert first["access_token"] != second["access_token"]
    assert second["expires_in"] == 7200
    clock.advance(299)
    assert (await wx(http, sb, "GET", "promotion/list", first["access_token"]))["errcode"] == 0
    clock.advance(2)
    assert (await wx(http, sb, "GET", "promotion/list", first["access_token"]))["errcode"] == 40001
    assert (await wx(http, sb, "GET", "promotion/list", second["access_token"]))["errcode"] == 0
    counters = await sb.admin.counters()
    assert counters["token_issuances"][APPID] == 2 and counters["requests"]["token.token"] == 2


async def test_token_endpoint_errors(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    assert (await stable_token(http, sb, appid="wxnope"))["errcode"] == 40013
    assert (await stable_token(http, sb, secret="wrong"))["errcode"] == 40001
    assert (await stable_token(http, sb, grant_type="password"))["errcode"] == 40002
    bad = await call(http, "POST", f"{sb.url}/cgi-bin/stable_token", body=b"not json")
    assert bad["errcode"] == 47001
    params = {"grant_type": "client_credential", "appid": APPID, "secret": "wrong"}
    assert (await call(http, "GET", f"{sb.url}/cgi-bin/token", params=params))["errcode"] == 40001
    assert (await sb.admin.counters())["token_issuances"] == {APPID: 0}


async def test_access_token_checks(sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock) -> None:
    invalid = {"errcode": 40001, "errmsg": "invalid credential, access_token is invalid or not latest"}
    assert await wx(http, sb, "GET", "promotion/list", None) == invalid
    assert await wx(http, sb, "GET", "promotion/list", "x" * 120) == invalid
    tok = await token(http, sb)
    clock.advance(7200)
    assert await wx(http, sb, "GET", "promotion/list", tok) == {
        "errcode": 42001,
        "errmsg": "access_token expired",
    }
    fresh = await token(http, sb)  # the dead stable token is replaced
    assert fresh != tok
    assert await sb.admin.expire_tokens(APPID) == 1
    assert (await wx(http, sb, "GET", "target/apply_status", fresh, params={"planId": "1001"}))[
        "errcode"
    ] == 42001
    assert (await wx(http, sb, "GET", "promotion/list", await token(http, sb)))["errcode"] == 0


async def test_json_content_type_is_configurable(clock: FakeClock, http: aiohttp.ClientSession) -> None:
    async with (
        running(clock, json_content_type="text/plain") as server,
        http.post(
            f"{server.url}/cgi-bin/stable_token",
            data=orjson.dumps({"grant_type": "client_credential", "appid": APPID, "secret": SECRET}),
        ) as resp,
    ):
        assert resp.headers["Content-Type"] == "text/plain"
        assert orjson.loads(await resp.read())["errcode"] == 0


# ------------------------------------------------------------------------------------ targeted plans


async def test_plan_info(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    tok = await token(http, sb)
    info = await wx(
        http, sb, "GET", "target/plan_info", tok, params={"planInvitationUrl": "https://invite.test/ok"}
    )
    assert info["errcode"] == 0 and info["errmsg"] == "ok"
    plan = info["targetPlanInfo"]
    assert plan["planId"] == "1001" and plan["planStatus"] == 1
    assert plan["extInfo"]["bizBasicInfo"]["appid"]
    assert len(info["productListInfo"]) == 3
    product = info["productListInfo"][0]
    detail = product["productDetailInfo"]
    assert isinstance(detail["totalStockNum"], str) and detail["totalStockNum"].isdigit()
    assert isinstance(detail["listingTime"], str) and isinstance(detail["totalSoldNum"], str)
    assert all(isinstance(c["catId"], str) for c in detail["category"])
    assert detail["skuList"]["minPrice"] == detail["skuList"]["skuInfo"][0]["price"]
    assert product["leagueExInfo"]["commissionRatio"] == product["commissionRatio"]
    assert info["productListInfo"][1]["couponInfo"]["hasCoupon"] == 1
    assert "couponDetail" in info["productListInfo"][1]["couponInfo"]
    # The body is precomputed once per plan.
    assert orjson.loads(sb.state.plans["1001"].info_body) == info
    missing = await wx(http, sb, "GET", "target/plan_info", tok, params={"planInvitationUrl": "https://nope"})
    assert missing["errcode"] == 202002


async def test_apply_target_error_codes(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    tok = await token(http, sb)

    async def apply(plan_id: str, reason: str = "我想推广") -> int:
        answer = await wx(
            http, sb, "POST", "target/apply_target", tok, body={"planId": plan_id, "applyReason": reason}
        )
        return int(answer["errcode"])

    assert await apply("9999") == 202002
    assert await apply("1003") == 202001  # planStatus 2
    assert await apply("1004") == 202001  # planEndTime in the past
    assert await apply("") == 40097
    assert await apply("1001", "") == 40097
    assert await apply("1001", "长" * 201) == 202006
    assert await apply("1001", "长" * 200) == 0
    assert await apply("1001") == 202004  # pending
    assert await apply("1005") == 0  # not yet in force still accepts applications
    assert (await sb.admin.counters())["effects"]["apply_target"] == {f"{APPID}/1001": 1, f"{APPID}/1005": 1}


async def test_apply_status_and_admin_review(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    tok = await token(http, sb)

    async def status(plan_id: str) -> dict[str, Any]:
        return await wx(http, sb, "GET", "target/apply_status", tok, params={"planId": plan_id})

    assert (await status("9999"))["errcode"] == 202002
    assert (await status("1003"))["errcode"] == 202001
    assert (await status("1004"))["errcode"] == 202001
    never = await status("1001")
    assert never["errcode"] == 0 and never["data"]["promoterStatus"] == 999
    body = {"planId": "1001", "applyReason": "reason"}
    assert (await wx(http, sb, "POST", "target/apply_target", tok, body=body))["errcode"] == 0
    pending = (await status("1001"))["data"]
    assert pending == {
        "planId": "1001",
        "promoterStatus": 1,
        "applyTime": int(T0),
        "joinTime": 0,
        "applyReason": "reason",
        "rejectTime": 0,
        "removeTime": 0,
    }
    clock.advance(10)
    rejected = await sb.admin.review(APPID, "1001", "reject")
    assert rejected["promoterStatus"] == 3 and rejected["rejectTime"] == int(T0) + 10
    assert (await status("1001"))["data"]["promoterStatus"] == 3
    with pytest.raises(SandboxAdminError) as err:
        await sb.admin.review(APPID, "1001", "agree")  # not pending any more
    assert err.value.status == 409
    # After a rejection the promoter may apply again.
    assert (await wx(http, sb, "POST", "target/apply_target", tok, body=body))["errcode"] == 0
    assert (await status("1001"))["data"]["promoterStatus"] == 1
    agreed = await sb.admin.review(APPID, "1001", "agree")
    assert agreed["promoterStatus"] == 2 and agreed["joinTime"] == int(T0) + 10
    assert (await wx(http, sb, "POST", "target/apply_target", tok, body=body))["errcode"] == 202004
    assert (await sb.admin.counters())["effects"]["apply_target"] == {f"{APPID}/1001": 2}


async def test_unapplied_answer_202005(clock: FakeClock, http: aiohttp.ClientSession) -> None:
    async with running(clock, unapplied_answer="202005") as server:
        tok = await token(http, server)
        answer = await wx(http, server, "GET", "target/apply_status", tok, params={"planId": "1001"})
        assert answer["errcode"] == 202005


async def test_review_delay_decides_lazily(clock: FakeClock, http: aiohttp.ClientSession) -> None:
    async with running(clock, review_delay=60.0) as server:
        tok = await token(http, server)
        for plan_id in ("1001", "1002"):
            body = {"planId": plan_id, "applyReason": "r"}
            assert (await wx(http, server, "POST", "target/apply_target", tok, body=body))["errcode"] == 0
        clock.advance(59)
        for plan_id in ("1001", "1002"):
            answer = await wx(http, server, "GET", "target/apply_status", tok, params={"planId": plan_id})
            assert answer["data"]["promoterStatus"] == 1
        clock.advance(100)
        ok = await wx(http, server, "GET", "target/apply_status", tok, params={"planId": "1001"})
        assert ok["data"]["promoterStatus"] == 2 and ok["data"]["joinTime"] == int(T0) + 60
        no = await wx(http, server, "GET", "target/apply_status", tok, params={"planId": "1002"})
        assert no["data"]["promoterStatus"] == 3 and no["data"]["rejectTime"] == int(T0) + 60


# ------------------------------------------------------------------------------------ promotion spots


PID_RE = re.compile(r"o[A-Za-z0-9_-]{27}_\d+")


async def test_promotion_add_limits_and_duplicates(clock: FakeClock, http: aiohttp.ClientSession) -> None:
    async with running(clock, promotion_max_cnt=3) as server:
        tok = await token(http, server)

        async def add(name: Any) -> dict[str, Any]:
            return await wx(http, server, "POST", "promotion/add", tok, body={"promotionSourceName": name})

        first = await add("推广位一")
        assert first["errcode"] == 0 and PID_RE.fullmatch(first["pid"])
        assert (await add("推广位一"))["errcode"] == 14007
        assert (await add(""))["errcode"] == 40097
        assert (await add("x" * 21))["errcode"] == 40097
        assert (await add(42))["errcode"] == 40097
        assert (await add("二" * 20))["errcode"] == 0
        assert (await add("third"))["errcode"] == 0
        assert (await add("fourth"))["errcode"] == 14005
        assert (await add("third"))["errcode"] == 14007  # duplicate is reported before the limit
        effects = (await server.admin.counters())["effects"]["promotion_add"]
        assert effects == {f"{APPID}/推广位一": 1, f"{APPID}/{'二' * 20}": 1, f"{APPID}/third": 1}


async def test_promotion_upd(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    tok = await token(http, sb)
    pid_a = (await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": "a"}))["pid"]
    await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": "b"})

    async def upd(pid: str, previous: str, new: str) -> dict[str, Any]:
        body = {
            "previousPromotionInfo": {"promotionSourcePid": pid, "promotionSourceName": previous},
            "promotionInfo": {"promotionSourceName": new},
        }
        return await wx(http, sb, "POST", "promotion/upd", tok, body=body)

    mismatch = {"errcode": 40097, "errmsg": "previousPromotionInfo does not match"}
    assert await upd(pid_a, "wrong", "c") == mismatch
    assert await upd("oUnknown_1", "a", "c") == mismatch
    assert (await upd(pid_a, "a", "b"))["errcode"] == 14007
    assert (await upd(pid_a, "a", "a"))["errcode"] == 0  # no-op
    assert (await upd(pid_a, "a", ""))["errcode"] == 40097
    assert (await upd(pid_a, "a", "新名字"))["errcode"] == 0
    assert await upd(pid_a, "a", "again") == mismatch  # the old name is stale now
    listed = await wx(http, sb, "GET", "promotion/list", tok, params={"start": "0", "limit": "10"})
    assert [s["promotionSourceName"] for s in listed["promotionSourceList"]] == ["新名字", "b"]
    assert (await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": "a"}))[
        "errcode"
    ] == 0
    assert (await sb.admin.counters())["effects"]["promotion_upd"] == {pid_a: 1}
    malformed = await wx(
        http, sb, "POST", "promotion/upd", tok, body={"promotionInfo": {"promotionSourceName": "x"}}
    )
    assert malformed["errcode"] == 40097


async def test_promotion_list_paging(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    tok = await token(http, sb)
    names = [f"spot-{i:02d}" for i in range(7)]
    pids = [
        (await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": n}))["pid"]
        for n in names
    ]
    page = await wx(http, sb, "GET", "promotion/list", tok, params={"start": "2", "limit": "3"})
    assert page["errcode"] == 0 and page["total"] == 7 and page["promotionMaxCnt"] == 100
    assert [s["promotionSourceName"] for s in page["promotionSourceList"]] == names[2:5]
    assert [s["promotionSourcePid"] for s in page["promotionSourceList"]] == pids[2:5]
    for spot in page["promotionSourceList"]:
        assert spot["status"] == "1" and spot["pidId"].isdigit()
    tail = await wx(http, sb, "GET", "promotion/list", tok, params={"start": "6", "limit": "20"})
    assert len(tail["promotionSourceList"]) == 1
    beyond = await wx(http, sb, "GET", "promotion/list", tok, params={"start": "50", "limit": "20"})
    assert beyond["promotionSourceList"] == [] and beyond["total"] == 7
    default = await wx(http, sb, "GET", "promotion/list", tok)
    assert len(default["promotionSourceList"]) == 7
    for bad in ({"start": "-1", "limit": "5"}, {"start": "0", "limit": "0"}, {"start": "x", "limit": "5"}):
        assert (await wx(http, sb, "GET", "promotion/list", tok, params=bad))["errcode"] == 40097


# ------------------------------------------------------------------------------------ waiqin


async def test_waiqin_signature_checks(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    body = campaign()
    ok = await wq(http, sb, clock, "addOrUpdateCampaign", body, msg_id="abc-123")
    assert ok == {"msg_id": "abc-123", "return_code": 0, "return_msg": ""}
    # The digest covers the bytes as sent: a differently serialised body with the same meaning fails.
    raw = json.dumps(body, ensure_ascii=False, indent=1).encode()
    other = json.dumps(body, ensure_ascii=True).encode()
    url = waiqin_url(sb, clock, "addOrUpdateCampaign", other, msg_id="m2")
    answer = await call(http, "POST", url, body=raw)
    assert answer == {"msg_id": "m2", "return_code": 1, "return_msg": "digest mismatch"}
    url = waiqin_url(sb, clock, "addOrUpdateCampaign", raw, msg_id="m3")
    assert (await call(http, "POST", url, body=raw))["return_code"] == 0
    wrong = await wq(http, sb, clock, "addOrUpdateCampaign", body, digest="0" * 32)
    assert wrong["return_code"] == 1 and wrong["return_msg"] == "digest mismatch"
    stale = await wq(http, sb, clock, "addOrUpdateCampaign", body, ts_offset=-301)
    assert stale["return_code"] == 1 and stale["return_msg"] == "timestamp expired"
    future = await wq(http, sb, clock, "addOrUpdateCampaign", body, ts_offset=301)
    assert future["return_msg"] == "timestamp expired"
    assert (await wq(http, sb, clock, "addOrUpdateCampaign", body, ts_offset=-299))["return_code"] == 0
    unknown = await wq(http, sb, clock, "addOrUpdateCampaign", body, openid="nobody")
    assert unknown["return_code"] == 1 and unknown["return_msg"] == "unknown openid"
    wrong_key = await wq(http, sb, clock, "addOrUpdateCampaign", body, appkey="other-key")
    assert wrong_key["return_msg"] == "digest mismatch"
    bad_ts = await call(
        http, "POST", f"{sb.url}/api/bcwin/v1/queryCampaign/{OPENID}/2027/{'0' * 32}/m", body=b"{}"
    )
    assert bad_ts["return_code"] == 1 and bad_ts["msg_id"] == "m"
    not_object = await wq(http, sb, clock, "queryCampaign", b"[]")
    assert not_object["return_code"] == 1
    not_json = await wq(http, sb, clock, "queryCampaign", b"{oops")
    assert not_json["return_code"] == 1
    stored = sb.state.campaigns(OPENID)
    assert len(stored) == 1 and stored[0].name == "春季新品推广活动"


async def test_waiqin_campaign_validation(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    missing = campaign()
    del missing["register_url"]
    answer = await wq(http, sb, clock, "addOrUpdateCampaign", missing)
    assert answer["return_code"] == 1 and "register_url" in answer["return_msg"]
    assert (await wq(http, sb, clock, "addOrUpdateCampaign", campaign(event_status="4")))["return_code"] == 1
    assert (await wq(http, sb, clock, "addOrUpdateCampaign", campaign(start_date="2027-13-01")))[
        "return_code"
    ] == 1
    assert (await wq(http, sb, clock, "addOrUpdateCampaign", campaign(start_date="2027/01/01")))[
        "return_code"
    ] == 1
    backwards = campaign(start_date="2027-03-01", end_date="2027-02-01")
    assert (await wq(http, sb, clock, "addOrUpdateCampaign", backwards))["return_code"] == 1
    assert (await wq(http, sb, clock, "addOrUpdateCampaign", campaign(event_status=2)))["return_code"] == 0
    assert sb.state.campaigns(OPENID)[0].event_status == "2"
    assert (await sb.admin.counters())["effects"]["campaign_insert"] == {"SRC-1": 1}


async def test_waiqin_upsert_and_query(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    empty = await wq(http, sb, clock, "queryCampaign", {}, msg_id="q0")
    assert empty == {"msg_id": "q0", "return_code": "0", "return_msg": "", "response_data": "[]"}
    t_first = clock.now
    await wq(http, sb, clock, "addOrUpdateCampaign", campaign("A", dept_name="华东区,华南区"))
    clock.advance(3600)
    t_second = clock.now
    await wq(http, sb, clock, "addOrUpdateCampaign", campaign("B", type_code="T2"))
    clock.advance(3600)
    t_update = clock.now
    updated = campaign("A", name="改名后的活动", event_status=3)
    assert (await wq(http, sb, clock, "addOrUpdateCampaign", updated))["return_code"] == 0
    counters = await sb.admin.counters()
    assert counters["effects"]["campaign_insert"] == {"A": 1, "B": 1}
    assert counters["effects"]["campaign_update"] == {"A": 1}

    async def query(**filters: str) -> list[dict[str, Any]]:
        answer = await wq(http, sb, clock, "queryCampaign", filters)
        assert answer["return_code"] == "0"
        assert isinstance(answer["response_data"], str)
        decoded = orjson.loads(answer["response_data"])
        assert isinstance(decoded, list)
        return decoded

    everything = await query()
    assert [c["activity_source_code"] for c in everything] == ["A", "B"]
    a = everything[0]
    assert a["activity_name"] == "改名后的活动" and a["event_status"] == "3" and a["activity_code"] == "C-A"
    assert a["belong_dept"] == [
        {"id": "", "code": "", "name": "华东区"},
        {"id": "", "code": "", "name": "华南区"},
    ]
    for key in ("override_customer", "invited_customer", "registered_customer"):
        assert a[key] == []
    assert set(a) >= {"activity_type_code", "activity_type_name", "start_date", "end_date", "register_url"}
    assert [c["activity_source_code"] for c in await query(activity_source_code="B")] == ["B"]
    assert [c["activity_source_code"] for c in await query(activity_code="C-A")] == ["A"]
    assert [c["activity_source_code"] for c in await query(activity_type_code="T2")] == ["B"]
    assert await query(activity_type_code="T2", activity_code="C-A") == []
    assert await query(activity_source_code="nope") == []
    after_first = bj_datetime(t_first + 1800)
    assert [c["activity_source_code"] for c in await query(after_create_time=after_first)] == ["B"]
    assert [c["activity_source_code"] for c in await query(before_create_time=bj_datetime(t_first))] == ["A"]
    assert [c["activity_source_code"] for c in await query(after_modify_time=bj_datetime(t_update))] == ["A"]
    assert [c["activity_source_code"] for c in await query(before_modify_time=bj_datetime(t_second))] == ["B"]
    bad = await wq(http, sb, clock, "queryCampaign", {"after_create_time": "2027-01-01"})
    assert bad["return_code"] == 1


async def test_waiqin_apply_callback_appends(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    await wq(http, sb, clock, "addOrUpdateCampaign", campaign("A"))
    callback = {
        "campaign_source_code": "A",
        "campaign_code": "C-A",
        "cm_ids": "",
        "cm_codes": "CM001,CM002",
        "cm_names": "ignored because codes win",
        "registered_time": "2027-01-15 10:00:00",
        "merchant_information": "张三的小店",
    }
    assert (await wq(http, sb, clock, "applyCallBack", callback))["return_code"] == 0
    assert (await wq(http, sb, clock, "applyCallBack", callback))["return_code"] == 0  # not idempotent
    answer = await wq(http, sb, clock, "queryCampaign", {"activity_source_code": "A"})
    rows = orjson.loads(answer["response_data"])[0]["registered_customer"]
    assert [r["code"] for r in rows] == ["CM001", "CM002", "CM001", "CM002"]
    assert rows[0] == {
        "id": "",
        "code": "CM001",
        "name": "",
        "source_code": "",
        "merchant_information": "张三的小店",
    }
    assert (await sb.admin.counters())["effects"]["apply_callback_rows"] == {"A": 4}
    unknown = await wq(http, sb, clock, "applyCallBack", {**callback, "campaign_source_code": "Z"})
    assert unknown["return_code"] == 1
    wrong_code = await wq(http, sb, clock, "applyCallBack", {**callback, "campaign_code": "C-B"})
    assert wrong_code["return_code"] == 1
    nobody = await wq(http, sb, clock, "applyCallBack", {**callback, "cm_codes": "", "cm_names": ""})
    assert nobody["return_code"] == 1 and "cm_ids" in nobody["return_msg"]
    bad_time = await wq(http, sb, clock, "applyCallBack", {**callback, "registered_time": "yesterday"})
    assert bad_time["return_code"] == 1
    assert (await sb.admin.counters())["effects"]["apply_callback_rows"] == {"A": 4}


async def test_waiqin_unknown_paths_answer_html(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    raw = b"{}"
    urls = [
        ("GET", waiqin_url(sb, clock, "queryCampaign", raw)),
        ("POST", waiqin_url(sb, clock, "deleteCampaign", raw)),
        ("POST", f"{sb.url}/api/bcwin/v1/queryCampaign/{OPENID}"),
        ("POST", f"{sb.url}/api/anything"),
    ]
    for method, url in urls:
        async with http.request(method, url, data=raw) as resp:
            assert resp.status == 404
            assert resp.content_type == "text/html"
            with pytest.raises(orjson.JSONDecodeError):
                orjson.loads(await resp.read())
    assert (await sb.admin.counters())["requests"]["bc.query_campaign"] == 0


# ------------------------------------------------------------------------------------ faults


async def test_fault_reset_before_changes_nothing(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    tok = await token(http, sb)
    await sb.admin.set_faults([FaultRule(route="promotion.add", kind="reset_before")])
    with pytest.raises(DROPPED):
        await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": "x"})
    assert sb.state.spots(APPID) == []
    counters = await sb.admin.counters()
    assert counters["effects"]["promotion_add"] == {}
    assert counters["faults_injected"]["reset_before"] == 1
    assert counters["requests"]["promotion.add"] == 1


async def test_fault_reset_after_applies_the_change(
    sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    tok = await token(http, sb)
    await sb.admin.set_faults([{"route": "promotion.add", "kind": "reset_after", "times": 1}])
    with pytest.raises(DROPPED):
        await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": "landed"})
    assert [s.name for s in sb.state.spots(APPID)] == ["landed"]
    retry = await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": "landed"})
    assert retry["errcode"] == 14007  # the retry learns the first attempt landed
    await sb.admin.set_faults([FaultRule(route="bc.add_or_update_campaign", kind="reset_after")])
    with pytest.raises(DROPPED):
        await wq(http, sb, clock, "addOrUpdateCampaign", campaign("R"))
    assert [c.source_code for c in sb.state.campaigns(OPENID)] == ["R"]
    counters = await sb.admin.counters()
    assert counters["effects"]["promotion_add"] == {f"{APPID}/landed": 1}
    assert counters["effects"]["campaign_insert"] == {"R": 1}
    assert counters["faults_injected"]["reset_after"] == 2


@pytest.mark.parametrize(("kind", "status"), [("http_500", 500), ("http_502", 502), ("http_503", 503)])
async def test_fault_http_5xx(
    sb: SandboxServer, http: aiohttp.ClientSession, kind: FaultKind, status: int
) -> None:
    tok = await token(http, sb)
    await sb.admin.set_faults([FaultRule(route="target.apply_target", kind=kind)])
    url = f"{sb.url}/union/promoter/target/apply_target"
    body = orjson.dumps({"planId": "1001", "applyReason": "r"})
    async with http.post(url, params={"access_token": tok}, data=body) as resp:
        assert resp.status == status
        assert resp.content_type == "text/html"
        with pytest.raises(orjson.JSONDecodeError):
            orjson.loads(await resp.read())
    assert sb.state.application(APPID, "1001") is None
    assert (await sb.admin.counters())["faults_injected"][kind] == 1


async def test_fault_refusals(sb: SandboxServer, http: aiohttp.ClientSession, clock: FakeClock) -> None:
    await sb.admin.set_faults([FaultRule(route="token.stable_token", kind="busy", times=1)])
    assert await stable_token(http, sb) == {"errcode": -1, "errmsg": "system busy"}
    assert (await sb.admin.counters())["token_issuances"][APPID] == 0
    tok = await token(http, sb)
    await sb.admin.set_faults([FaultRule(route="promotion.add", kind="quota")])
    answer = await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": "q"})
    assert answer["errcode"] == 45009
    await sb.admin.set_faults([FaultRule(route="promotion.add", kind="too_frequent")])
    answer = await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": "q"})
    assert answer["errcode"] == 45011
    assert sb.state.spots(APPID) == []
    await sb.admin.set_faults([FaultRule(route="bc.add_or_update_campaign", kind="busy")])
    busy = await wq(http, sb, clock, "addOrUpdateCampaign", campaign(), msg_id="b1")
    assert busy == {"msg_id": "b1", "return_code": 1, "return_msg": "system busy"}
    assert sb.state.campaigns(OPENID) == []
    injected = (await sb.admin.counters())["faults_injected"]
    assert (injected["busy"], injected["quota"], injected["too_frequent"]) == (2, 1, 1)


async def test_fault_latency(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    tok = await token(http, sb)
    await sb.admin.set_faults([FaultRule(route="promotion.list", kind="latency", delay=0.3)])
    started = time.perf_counter()
    answer = await wx(http, sb, "GET", "promotion/list", tok)
    assert time.perf_counter() - started >= 0.3
    assert answer["errcode"] == 0
    assert (await sb.admin.counters())["faults_injected"]["latency"] == 1


async def test_fault_truncated(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    tok = await token(http, sb)
    await sb.admin.set_faults([FaultRule(route="promotion.add", kind="truncated")])
    async with http.post(
        f"{sb.url}/union/promoter/promotion/add",
        params={"access_token": tok},
        data=orjson.dumps({"promotionSourceName": "half"}),
    ) as resp:
        assert resp.status == 200
        assert resp.content_type == "application/json"
        raw = await resp.read()
        assert int(resp.headers["Content-Length"]) == len(raw)
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(raw)
    assert raw.startswith(b'{"errcode":0')
    assert [s.name for s in sb.state.spots(APPID)] == ["half"]  # handled normally


@pytest.mark.parametrize("status", [None, 502])
async def test_fault_html(sb: SandboxServer, http: aiohttp.ClientSession, status: int | None) -> None:
    tok = await token(http, sb)
    await sb.admin.set_faults([FaultRule(route="target.plan_info", kind="html", status=status)])
    params = {"access_token": tok, "planInvitationUrl": "https://invite.test/ok"}
    async with http.get(f"{sb.url}/union/promoter/target/plan_info", params=params) as resp:
        assert resp.status == (status or 200)
        assert resp.content_type == "text/html"
        assert b"<html" in await resp.read()


async def test_fault_rules_match_routes_and_cap(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    tok = await token(http, sb)
    await sb.admin.set_faults([FaultRule(route="promotion.add", kind="busy", times=2)])
    assert (await wx(http, sb, "GET", "promotion/list", tok))["errcode"] == 0
    results = [
        (await wx(http, sb, "POST", "promotion/add", tok, body={"promotionSourceName": f"n{i}"}))["errcode"]
        for i in range(3)
    ]
    assert results == [-1, -1, 0]
    current = await sb.admin.get_faults()
    assert current["rules"] == [{"route": "promotion.add", "kind": "busy", "probability": 1.0, "times": 2}]
    await sb.admin.clear_faults()
    assert (await sb.admin.get_faults())["rules"] == []
    with pytest.raises(SandboxAdminError) as err:
        await sb.admin.set_faults([{"route": "nope", "kind": "busy"}])
    assert err.value.status == 400
    with pytest.raises(SandboxAdminError):
        await sb.admin.set_faults([{"kind": "explode"}])


async def test_faults_are_deterministic_for_a_seed(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    rules = [
        FaultRule(route="promotion.list", kind="http_503", probability=0.5),
        FaultRule(route="*", kind="busy", probability=0.3),
    ]

    async def run() -> list[str]:
        tok = await token(http, sb)
        await sb.admin.set_faults(rules, seed=1234)
        seen: list[str] = []
        for _ in range(40):
            async with http.get(
                f"{sb.url}/union/promoter/promotion/list", params={"access_token": tok}
            ) as resp:
                if resp.status == 503:
                    seen.append("503")
                else:
                    seen.append("busy" if orjson.loads(await resp.read())["errcode"] == -1 else "ok")
        return seen

    first = await run()
    await sb.admin.reset()
    second = await run()
    assert first == second
    # The documented algorithm: one Random per route seeded "seed:operation id", one draw per matching
    # rule until one fires.
    rng = random.Random("1234:promotion.list")
    expected = []
    for _ in range(40):
        if rng.random() < 0.5:
            expected.append("503")
        elif rng.random() < 0.3:
            expected.append("busy")
        else:
            expected.append("ok")
    assert first == expected
    assert {"503", "busy", "ok"} <= set(first)
    injected = (await sb.admin.counters())["faults_injected"]
    assert injected["http_503"] == first.count("503") and injected["busy"] == first.count("busy")


# ------------------------------------------------------------------------------------ admin & misc


async def test_admin_seed_reset_and_counters(sb: SandboxServer, http: aiohttp.ClientSession) -> None:
    extra = make_plan_seeds(4, rng_seed=7, now=T0)
    created = await sb.admin.seed(
        plans=extra,
        spots={"wxsecond": ["甲", "乙"]},
        apps={"wxsecond": "second-secret"},
        waiqin_tenants={"tenant-2": "key-2"},
    )
    assert created["plans"] == [p.plan_id for p in extra]
    assert len(created["spots"]["wxsecond"]) == 2
    second = await stable_token(http, sb, appid="wxsecond", secret="second-secret")
    listed = await wx(http, sb, "GET", "promotion/list", second["access_token"])
    assert [s["promotionSourcePid"] for s in listed["promotionSourceList"]] == created["spots"]["wxsecond"]
    # Spots are per promoter: the default app sees none.
    assert (await wx(http, sb, "GET", "promotion/list", await token(http, sb)))["total"] == 0
    effective = next(p for p in extra if p.plan_status == 1)
    info = await wx(
        http,
        sb,
        "GET",
        "target/plan_info",
        second["access_token"],
        params={"planInvitationUrl": effective.invitation_url},
    )
    assert info["targetPlanInfo"]["planId"] == effective.plan_id
    with pytest.raises(SandboxAdminError) as err:
        await sb.admin.seed(spots={"wxsecond": ["甲"]})
    assert err.value.status == 409
    with pytest.raises(SandboxAdminError):
        await sb.admin.seed(spots={"wxunknown": ["x"]})
    counters = await sb.admin.counters()
    assert counters["token_issuances"] == {APPID: 1, "wxsecond": 1}
    assert counters["effects"]["promotion_add"] == {}  # seeding is not a client effect
    await sb.admin.set_faults([FaultRule(kind="busy")])

    await sb.admin.reset()
    assert (await sb.admin.get_faults())["rules"] == []
    counters = await sb.admin.counters()
    assert counters["token_issuances"] == {APPID: 0}
    assert set(counters["requests"].values()) == {0}
    assert all(v == {} for v in counters["effects"].values())
    assert (await stable_token(http, sb, appid="wxsecond", secret="second-secret"))["errcode"] == 40013
    assert (await wx(http, sb, "GET", "promotion/list", second["access_token"]))["errcode"] == 40001
    assert set(sb.state.plans) == {p.plan_id for p in _plans()}  # config plans come back
    assert await sb.admin.advance_clock(60) == pytest.approx(T0 + 60)
    assert await sb.admin.health() == pytest.approx(T0 + 60)


def test_make_plan_seeds_is_deterministic() -> None:
    seeds = make_plan_seeds(10, rng_seed=3, now=T0)
    assert seeds == make_plan_seeds(10, rng_seed=3, now=T0)
    assert [s.plan_id for s in seeds] != [s.plan_id for s in make_plan_seeds(10, rng_seed=4, now=T0)]
    statuses = [s.plan_status for s in seeds]
    assert (statuses.count(1), statuses.count(2), statuses.count(0)) == (6, 2, 2)
    assert all(s.end_time < T0 for s in seeds if s.plan_status == 2)
    assert all(s.start_time > T0 for s in seeds if s.plan_status == 0)
    assert len({s.invitation_url for s in seeds}) == 10
    only = make_plan_seeds(3, effective=1, expired=0, not_in_force=0, now=T0)
    assert {s.plan_status for s in only} == {1}
    assert PlanSeed.from_json(orjson.loads(orjson.dumps(seeds[0].to_json()))) == seeds[0]
    with pytest.raises(ValueError):
        make_plan_seeds(2, effective=0, expired=0, not_in_force=0)


def test_create_app_exposes_state() -> None:
    app = create_app(SandboxConfig(plans=make_plan_seeds(2, now=T0)))
    state = app[STATE_KEY]
    assert isinstance(state, SandboxState)
    assert len(state.plans) == 2


async def test_many_concurrent_clients(sb: SandboxServer) -> None:
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        tok = await token(session, sb)
        params = {"access_token": tok, "planInvitationUrl": "https://invite.test/ok"}
        url = f"{sb.url}/union/promoter/target/plan_info"

        async def one() -> int:
            async with session.get(url, params=params) as resp:
                return int(orjson.loads(await resp.read())["errcode"])

        results = await asyncio.gather(*(one() for _ in range(1000)))
    assert results == [0] * 1000
    assert (await sb.admin.counters())["requests"]["target.plan_info"] == 1000


async def test_module_entry_point_serves() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "promosdk.sandbox",
        "--port",
        "0",
        "--plans",
        "2",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), timeout=15)).decode()
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert match, line
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"{match.group(0)}/_sandbox/health") as resp,
        ):
            assert resp.status == 200 and orjson.loads(await resp.read())["ok"] is True
    finally:
        proc.terminate()
        assert await asyncio.wait_for(proc.wait(), timeout=15) == 0
