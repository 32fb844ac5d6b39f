"""WaiqinClient end to end: signing checked by a server that recomputes the digest from the raw bytes it
received, msg_id echo, return_code forms, typed results and errors. Real HTTP on loopback."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import orjson
import pytest

import promosdk
from promosdk import (
    BadResponseError,
    RawResponse,
    WaiqinAPIError,
    WaiqinClient,
    WaiqinRequestFailedError,
)
from promosdk._generated.waiqin_bc import models
from promosdk.sandbox import SandboxConfig
from promosdk.signing import waiqin_digest, waiqin_timestamp
from promosdk.testing import sandbox
from tests.bodies import waiqin_ok
from tests.loopback import (
    Answer,
    LoopbackServer,
    Recorded,
    json_answer,
    waiqin_echo_handler,
    waiqin_path_parts,
)

OPENID = "tenant-openid-01"
APPKEY = "tenant-appkey-secret-0123"
PREFIX = "/api/bcwin/v1/"
ADD = PREFIX + "addOrUpdateCampaign/"
CALLBACK = PREFIX + "applyCallBack/"
QUERY = PREFIX + "queryCampaign/"
BEIJING = dt.timezone(dt.timedelta(hours=8))

CAMPAIGN: dict[str, Any] = {
    "source_code": "SRC-1",
    "code": "C-1",
    "name": "春节促销活动",
    "type_code": "T1",
    "event_status": 1,
    "start_date": "2026-01-01",
    "end_date": "2026-01-31",
    "register_url": "https://reg.test/1",
    "event_information": "全场满100减20 限时三天",
}


def _md5(raw: bytes, appkey: str, timestamp: str) -> str:
    """The vendor's digest, computed here independently of promosdk."""
    return hashlib.md5(raw + b"|" + appkey.encode("utf-8") + b"|" + timestamp.encode("ascii")).hexdigest()


def verifying_handler(appkey: str, ok: dict[str, Any] | None = None) -> Any:
    """A waiqin endpoint that recomputes md5(raw_body|appkey|timestamp) over the bytes it received."""
    success = ok if ok is not None else {"return_code": 0, "return_msg": ""}

    def handler(record: Recorded) -> Answer:
        parts = waiqin_path_parts(record.path)
        payload: dict[str, Any] = {"msg_id": parts["msg_id"]}
        if parts["openid"] != OPENID:
            payload.update(return_code=1, return_msg="unknown openid")
        elif _md5(record.body, appkey, parts["timestamp"]) != parts["digest"]:
            payload.update(return_code=1, return_msg="digest mismatch")
        else:
            payload.update(success)
        return json_answer(payload, content_type="application/json;charset=UTF-8")

    return handler


@asynccontextmanager
async def _loopback(appkey: str = APPKEY, **options: Any) -> AsyncIterator[tuple[LoopbackServer, WaiqinClient]]:
    async with LoopbackServer() as server:
        server.route(PREFIX, verifying_handler(APPKEY), prefix=True)
        async with WaiqinClient(OPENID, appkey, base_url=server.url, **options) as client:
            yield server, client


# ---------------------------------------------------------------------------- signing


def test_waiqin_digest_known_answer() -> None:
    body = b'{"source_code":"S1","name":"\xe6\x98\xa5\xe8\x8a\x82"}'
    expected = hashlib.md5(body + b"|my-appkey|20260102030405").hexdigest()
    assert waiqin_digest(body, "my-appkey", "20260102030405") == expected
    assert waiqin_digest(body.decode("utf-8"), "my-appkey", "20260102030405") == expected  # str body, UTF-8
    assert re.fullmatch(r"[0-9a-f]{32}", expected)
    # a fixed vector: md5("{}|k|20260101000000")
    assert waiqin_digest(b"{}", "k", "20260101000000") == hashlib.md5(b"{}|k|20260101000000").hexdigest()
    # every input matters
    assert waiqin_digest(b"{} ", "k", "20260101000000") != waiqin_digest(b"{}", "k", "20260101000000")
    assert waiqin_digest(b"{}", "k2", "20260101000000") != waiqin_digest(b"{}", "k", "20260101000000")
    assert waiqin_digest(b"{}", "k", "20260101000001") != waiqin_digest(b"{}", "k", "20260101000000")
    # a Chinese appkey is hashed as UTF-8 too
    assert waiqin_digest(b"x", "密钥", "20260101000000") == hashlib.md5("x|密钥|20260101000000".encode()).hexdigest()


def test_waiqin_timestamp_is_beijing_time() -> None:
    moment = dt.datetime(2026, 1, 1, 17, 30, 5, tzinfo=dt.UTC)
    assert waiqin_timestamp(moment) == "20260102013005"
    with pytest.raises(ValueError):
        waiqin_timestamp(dt.datetime(2026, 1, 1))  # naive


async def test_server_recomputes_digest_and_accepts_the_clients_requests() -> None:
    async with _loopback() as (server, client):
        result = await client.bc.add_or_update_campaign(**CAMPAIGN)
        assert isinstance(result, models.WaiqinResponse)
        assert result.return_code == 0
        await client.bc.apply_callback(
            campaign_source_code="SRC-1",
            campaign_code="C-1",
            cm_codes="客户1,客户2",
            registered_time="2026-01-02 10:00:00",
            merchant_information="商户 张三的小店",
        )
        await client.bc.query_campaign(activity_code="C-1")
        assert server.count(PREFIX, prefix=True) == 3
        for record in server.requests:
            parts = waiqin_path_parts(record.path)
            assert record.method == "POST"
            assert parts["openid"] == OPENID
            assert parts["digest"] == _md5(record.body, APPKEY, parts["timestamp"])
            assert record.headers["Content-Type"].startswith("application/json")
        # the Chinese text went out as raw UTF-8 (the bytes that were signed), not \\u escapes
        add_body = server.requests[0].body
        assert "春节促销活动".encode() in add_body
        assert orjson.loads(add_body) == {**CAMPAIGN, "event_status": "1"}  # VARCHAR on the wire
        assert "商户 张三的小店".encode() in server.requests[1].body


async def test_tampered_or_wrongly_keyed_requests_are_rejected() -> None:
    async with _loopback() as (server, client):
        await client.bc.add_or_update_campaign(**CAMPAIGN)
        good = server.requests[0]
        # replay the client's exact signed path with one byte of the body changed
        tampered = good.body.replace(b"SRC-1", b"SRC-2")
        async with aiohttp.ClientSession() as session:
            async with session.post(
                server.url + good.path, data=tampered, headers={"Content-Type": "application/json"}
            ) as resp:
                answer = orjson.loads(await resp.read())
            assert answer["return_code"] == 1 and answer["return_msg"] == "digest mismatch"
            async with session.post(
                server.url + good.path, data=good.body, headers={"Content-Type": "application/json"}
            ) as resp:
                assert orjson.loads(await resp.read())["return_code"] == 0  # the untouched bytes verify
    async with _loopback(appkey="not-the-tenants-appkey") as (server, client):
        with pytest.raises(WaiqinRequestFailedError) as caught:
            await client.bc.add_or_update_campaign(**CAMPAIGN)
        assert caught.value.message == "digest mismatch"


async def test_timestamp_is_14_digits_of_beijing_time() -> None:
    async with _loopback() as (server, client):
        before = dt.datetime.now(BEIJING).replace(microsecond=0, tzinfo=None)
        await client.bc.query_campaign()
        after = dt.datetime.now(BEIJING).replace(tzinfo=None)
        stamp = waiqin_path_parts(server.requests[0].path)["timestamp"]
        assert re.fullmatch(r"\d{14}", stamp)
        sent = dt.datetime.strptime(stamp, "%Y%m%d%H%M%S")
        assert before <= sent <= after
        # and not UTC: Beijing is 8 hours ahead
        utc_now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        assert abs((sent - utc_now).total_seconds() - 8 * 3600) < 60


async def test_msg_id_unique_per_call_and_echo_checked() -> None:
    async with _loopback() as (server, client):
        for _ in range(20):
            await client.bc.query_campaign()
        ids = [waiqin_path_parts(r.path)["msg_id"] for r in server.requests]
        assert len(set(ids)) == 20
        assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)
        # the answer echoes someone else's msg_id: refused
        server.queue(QUERY, json_answer(waiqin_ok(msg_id="0" * 32, response_data="[]")))
        with pytest.raises(BadResponseError) as caught:
            await client.with_options(max_retries=0).bc.query_campaign()
        assert "msg_id" in str(caught.value)
        assert caught.value.status == 200


@pytest.mark.parametrize("return_code", [0, "0"])
async def test_return_code_int_or_string_succeeds(return_code: object) -> None:
    campaigns = [{"activity_source_code": "S", "activity_code": "C", "event_status": "2", "activity_name": "活动"}]
    async with _loopback() as (server, client):
        server.route(
            QUERY,
            waiqin_echo_handler({"return_code": return_code, "return_msg": "", "response_data": orjson.dumps(campaigns).decode()}),
            prefix=True,
        )
        server.route(ADD, waiqin_echo_handler(waiqin_ok(return_code=return_code)), prefix=True)
        [campaign] = await client.bc.query_campaign(activity_code="C")
        assert isinstance(campaign, models.Campaign)
        assert campaign.event_status is models.EventStatus.SUSPENDED
        assert campaign.activity_name == "活动"
        result = await client.bc.add_or_update_campaign(**CAMPAIGN)
        assert result.return_code == 0


@pytest.mark.parametrize("response_data", [None, "", "[]", "missing"])
async def test_query_campaign_empty_forms(response_data: str | None) -> None:
    payload: dict[str, Any] = waiqin_ok()
    if response_data != "missing":
        payload["response_data"] = response_data
    async with _loopback() as (server, client):
        server.route(QUERY, waiqin_echo_handler(payload), prefix=True)
        assert await client.bc.query_campaign() == []


@pytest.mark.parametrize(
    ("return_code", "cls"),
    [(1, WaiqinRequestFailedError), ("1", WaiqinRequestFailedError), (500, WaiqinAPIError), (-3, WaiqinAPIError)],
)
async def test_nonzero_return_code_raises_waiqin_error(return_code: object, cls: type[WaiqinAPIError]) -> None:
    async with _loopback() as (server, client):
        server.route(CALLBACK, waiqin_echo_handler({"return_code": return_code, "return_msg": "客户不存在"}), prefix=True)
        with pytest.raises(WaiqinAPIError) as caught:
            await client.bc.apply_callback(
                campaign_source_code="S",
                campaign_code="C",
                cm_ids="1",
                registered_time="2026-01-02 10:00:00",
                merchant_information="m",
            )
        error = caught.value
        assert type(error) is cls
        assert isinstance(error, promosdk.APIError)
        assert error.code == int(str(return_code))
        assert error.message == "客户不存在"
        assert error.operation == "bc.apply_callback"
        [record] = server.requests
        assert error.msg_id == waiqin_path_parts(record.path)["msg_id"]


async def test_answer_without_return_code_or_with_a_bad_one_is_bad_response() -> None:
    async with _loopback(max_retries=0) as (server, client):
        server.queue(QUERY, json_answer({"return_msg": "?"}))
        with pytest.raises(BadResponseError):
            await client.bc.query_campaign()
        server.queue(QUERY, json_answer({"return_code": "zero"}))
        with pytest.raises(BadResponseError) as caught:
            await client.bc.query_campaign()
        assert "return_code" in str(caught.value)
        server.queue(QUERY, json_answer({"return_code": 0, "response_data": "{not json"}))
        with pytest.raises(BadResponseError) as bad_data:
            await client.bc.query_campaign()
        assert "response_data" in str(bad_data.value)


async def test_with_raw_response_for_waiqin() -> None:
    async with _loopback() as (_server, client):
        raw = await client.with_raw_response.bc.query_campaign()
        assert isinstance(raw, RawResponse)
        assert raw.status == 200
        assert raw.headers["Content-Type"].startswith("application/json")
        assert orjson.loads(raw.content)["return_code"] == 0
        assert raw.parsed == []


def test_base_url_and_credentials_are_required() -> None:
    with pytest.raises(ValueError):
        WaiqinClient(OPENID, APPKEY, base_url="")
    with pytest.raises(ValueError):
        WaiqinClient("", APPKEY, base_url="http://x.test")
    with pytest.raises(ValueError):
        WaiqinClient(OPENID, "", base_url="http://x.test")


HOSTILE_OPENIDS = [
    "../applyCallBack/x",  # would turn the operation into another one
    "a/b",
    "..",
    ".",
    "a?b=c",  # would move the signature into the query string
    "a#x",  # would drop the signature (a fragment is not sent)
    "a\nb",  # a newline, silently removed by URL parsing
    "a\rb",
    "a\tb",
    "a b",
    " a",
    "a\x00",
    "%2e%2e",
    "a%2Fb",
    "a;b",
    "a@b",
    "a.b",
    "é",
    "\uff41",  # a fullwidth letter: not ASCII
    "x" * 129,
]


@pytest.mark.parametrize("openid", HOSTILE_OPENIDS, ids=[repr(o)[:24] for o in HOSTILE_OPENIDS])
def test_openid_that_is_not_one_safe_path_segment_is_refused(openid: str) -> None:
    with pytest.raises(ValueError, match="openid") as caught:
        WaiqinClient(openid, APPKEY, base_url="http://x.test")
    assert APPKEY not in str(caught.value)


def test_openid_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError, match="openid"):
        WaiqinClient(b"tenant-openid", APPKEY, base_url="http://x.test")  # type: ignore[arg-type]


@pytest.mark.parametrize("openid", ["a", "Tenant_01-x", "0123456789", "x" * 128])
def test_safe_openids_are_accepted(openid: str) -> None:
    assert WaiqinClient(openid, APPKEY, base_url="http://x.test").openid == openid


# ---------------------------------------------------------------------------- against the sandbox


async def test_sandbox_campaign_round_trip() -> None:
    async with sandbox() as sb:
        wq = sb.waiqin
        created = await wq.bc.add_or_update_campaign(**CAMPAIGN, dept_code="D01")
        assert created.return_code == 0
        updated = await wq.bc.add_or_update_campaign(**{**CAMPAIGN, "event_status": models.EventStatus.ENDED})
        assert updated.return_code == 0
        await wq.bc.apply_callback(
            campaign_source_code="SRC-1",
            campaign_code="C-1",
            cm_codes="K1,K2",
            registered_time="2026-01-02 10:00:00",
            merchant_information="商户信息",
        )
        campaigns = await wq.bc.query_campaign(activity_source_code="SRC-1")
        assert isinstance(campaigns, list)
        [campaign] = campaigns
        assert isinstance(campaign, models.Campaign)
        assert campaign.activity_source_code == "SRC-1"
        assert campaign.activity_code == "C-1"
        assert campaign.activity_name == "春节促销活动"
        assert campaign.event_status is models.EventStatus.ENDED
        assert campaign.start_date == "2026-01-01"
        assert campaign.belong_dept and campaign.belong_dept[0].code == "D01"
        assert campaign.registered_customer is not None
        assert sorted(c.code or "" for c in campaign.registered_customer) == ["K1", "K2"]
        assert all(isinstance(c, models.RegisteredCustomer) for c in campaign.registered_customer)
        assert await wq.bc.query_campaign(activity_source_code="nothing-here") == []
        counters = await sb.admin.counters()
        assert counters["effects"]["campaign_insert"] == {"SRC-1": 1}
        assert counters["effects"]["campaign_update"] == {"SRC-1": 1}
        assert counters["effects"]["apply_callback_rows"] == {"SRC-1": 2}


async def test_sandbox_failures_are_waiqin_errors() -> None:
    async with sandbox(SandboxConfig(waiqin_tenants={"sandbox-openid": "the-real-appkey"})) as sb:
        # the sandbox client was built with the real key; a client with a wrong one is refused
        async with WaiqinClient("sandbox-openid", "a-wrong-appkey", base_url=sb.url) as wrong:
            with pytest.raises(WaiqinRequestFailedError) as caught:
                await wrong.bc.query_campaign()
            assert caught.value.code == 1 and caught.value.message == "digest mismatch"
            assert caught.value.msg_id and re.fullmatch(r"[0-9a-f]{32}", caught.value.msg_id)
        with pytest.raises(WaiqinRequestFailedError) as not_found:
            await sb.waiqin.bc.apply_callback(
                campaign_source_code="missing",
                campaign_code="C",
                cm_ids="1",
                registered_time="2026-01-02 10:00:00",
                merchant_information="m",
            )
        assert not_found.value.message == "campaign not found"
