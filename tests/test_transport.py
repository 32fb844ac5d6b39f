"""Transport and decoding over real loopback HTTP: bad responses become typed errors carrying status,
content type, an excerpt and the raw bytes; timeouts and per-call deadlines are kept."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from promosdk import (
    APIConnectionError,
    APITimeoutError,
    BadResponseError,
    HTTPStatusError,
    RetryPolicy,
    WaiqinClient,
    WeChatUnionClient,
)
from promosdk._generated.wechat_union import models
from tests.bodies import league_ex_info, plan_info_ok, product_info, promotion_list_ok, target_plan_info
from tests.loopback import (
    DROP,
    HANG,
    Answer,
    LoopbackServer,
    html,
    json_answer,
    stable_token_handler,
    waiqin_echo_handler,
)

APPID = "wxtransport0000001"
SECRET = "transport-app-secret"
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
APPLY_STATUS = "/union/promoter/target/apply_status"
LIST = "/union/promoter/promotion/list"
WQ = "/api/bcwin/v1/"
NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


@asynccontextmanager
async def _wechat(**options: Any) -> AsyncIterator[tuple[LoopbackServer, WeChatUnionClient]]:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["transport-token-01"]))
        options.setdefault("max_retries", 0)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, **options) as client:
            yield server, client


# ---------------------------------------------------------------------------- bad responses


async def test_html_502_page_is_an_http_status_error() -> None:
    async with _wechat() as (server, client):
        server.route(PLAN_INFO, html(502, NGINX_502))
        with pytest.raises(HTTPStatusError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        error = caught.value
        assert error.status == 502
        assert error.content_type.startswith("text/html")
        assert error.body == NGINX_502.encode()
        assert error.operation == "target.plan_info"
        assert "502" in str(error) and "Bad Gateway" in str(error)


async def test_html_page_with_200_is_a_bad_response() -> None:
    page = "<!DOCTYPE html><html><head><title>系统繁忙</title></head><body>" + "x" * 2000 + "</body></html>"
    async with _wechat() as (server, client):
        server.route(PLAN_INFO, Answer(status=200, body=page.encode(), content_type="text/html; charset=utf-8"))
        with pytest.raises(BadResponseError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        error = caught.value
        assert error.status == 200
        assert error.content_type == "text/html; charset=utf-8"
        assert error.body == page.encode()  # the raw bytes, whole
        assert error.operation == "target.plan_info"
        assert "not valid JSON" in error.reason
        text = str(error)
        assert "<!DOCTYPE html>" in text and "系统繁忙" in text  # a short excerpt...
        assert len(text) < 600  # ...not the whole page


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"errcode":0,"errmsg":"ok","targetPlanInfo":{"planId":"1', "not valid JSON"),
        (b"", "empty body"),
        (b'[{"errcode":0}]', "expected a JSON object, got list"),
        (b'"ok"', "expected a JSON object, got str"),
        (b"null", "expected a JSON object"),
        (b"\xff\xfe{}", "not valid JSON"),
    ],
    ids=["truncated", "empty", "array", "string", "null", "not-utf8"],
)
async def test_undecodable_bodies_are_bad_responses(body: bytes, reason: str) -> None:
    async with _wechat() as (server, client):
        server.route(PLAN_INFO, Answer(body=body))
        with pytest.raises(BadResponseError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert reason in str(caught.value)
        assert caught.value.body == body
        assert caught.value.status == 200


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda p: p["productListInfo"][0]["leagueExInfo"].update(commissionRatio="lots"), "productListInfo[0].leagueExInfo.commissionRatio"),
        (lambda p: p["productListInfo"][1].update(productStatus=[1]), "productListInfo[1].productStatus"),
        (lambda p: p["targetPlanInfo"].update(planEndTime=1.5), "targetPlanInfo.planEndTime"),
        (lambda p: p["targetPlanInfo"].update(extInfo=[]), "targetPlanInfo.extInfo"),
        (lambda p: p.update(productListInfo={"a": 1}), "productListInfo"),
        (lambda p: p["productListInfo"][0]["productDetailInfo"]["skuList"].update(skuInfo=[{"price": True}]), "productListInfo[0].productDetailInfo.skuList.skuInfo[0].price"),
    ],
    ids=["commissionRatio-str", "productStatus-list", "planEndTime-float", "extInfo-list", "productListInfo-object", "price-bool"],
)
async def test_wrong_types_name_the_wire_path(mutate: Any, path: str) -> None:
    payload = plan_info_ok(
        targetPlanInfo=target_plan_info(planId="p", planStatus=1, planEndTime=1700000000, extInfo={}),
        products=[
            product_info("1", leagueExInfo=league_ex_info(commissionRatio=500), productDetailInfo={"skuList": {"skuInfo": []}}),
            product_info("2", productStatus=1),
        ],
    )
    async with _wechat() as (server, client):
        server.route(PLAN_INFO, json_answer(payload))
        ok = await client.target.plan_info(plan_invitation_url="u")  # the pristine payload decodes
        assert ok.product_list_info is not None and ok.product_list_info[0].league_ex_info is not None
        assert ok.product_list_info[0].league_ex_info.commission_ratio == 500
        mutate(payload)
        server.route(PLAN_INFO, json_answer(payload))
        with pytest.raises(BadResponseError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert path in str(caught.value)
        assert caught.value.status == 200


async def test_non_integer_errcode_is_a_bad_response() -> None:
    async with _wechat() as (server, client):
        server.route(PLAN_INFO, json_answer({"errcode": "oops", "errmsg": "?"}))
        with pytest.raises(BadResponseError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert "errcode" in str(caught.value)


async def test_unknown_fields_are_kept_not_fatal() -> None:
    async with _wechat() as (server, client):
        server.route(PLAN_INFO, json_answer(plan_info_ok(targetPlanInfo=target_plan_info(planId="p", brandNew={"x": 1}), newTopLevel=[1, 2])))
        info = await client.target.plan_info(plan_invitation_url="u")
        assert info.extra == {"newTopLevel": [1, 2]}
        assert info.target_plan_info is not None and info.target_plan_info.extra == {"brandNew": {"x": 1}}


async def test_waiqin_non_json_answer_is_a_bad_response() -> None:
    async with LoopbackServer() as server:
        server.route(WQ, Answer(body=b"<html>gateway says hi</html>", content_type="text/html"), prefix=True)
        async with WaiqinClient("o", "appkey-123456", base_url=server.url, max_retries=0) as client:
            with pytest.raises(BadResponseError) as caught:
                await client.bc.query_campaign()
        assert caught.value.content_type == "text/html"
        assert b"gateway says hi" in caught.value.body


async def test_client_stays_usable_after_bad_responses() -> None:
    async with _wechat() as (server, client):
        server.queue(PLAN_INFO, Answer(body=b"[]"), html(502), Answer(raw=b"not http\r\n\r\n"), HANG)
        server.route(PLAN_INFO, json_answer(plan_info_ok("p")))
        strict = client.with_options(max_retries=0, timeout=0.2)
        for expected in (BadResponseError, HTTPStatusError, APIConnectionError, APITimeoutError):
            with pytest.raises(expected):
                await strict.target.plan_info(plan_invitation_url="u")
        info = await client.target.plan_info(plan_invitation_url="u")
        assert isinstance(info, models.PlanInfoResponse)


# ---------------------------------------------------------------------------- connection failures


async def test_connection_refused_is_a_connection_error_not_sent() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    async with WaiqinClient("o", "appkey-123456", base_url=f"http://127.0.0.1:{port}", max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.bc.query_campaign()
    assert caught.value.sent is False
    assert not isinstance(caught.value, APITimeoutError)


async def test_reset_after_send_is_a_connection_error_that_was_sent() -> None:
    async with LoopbackServer() as server:
        server.route(WQ, DROP, prefix=True)
        async with WaiqinClient("o", "appkey-123456", base_url=server.url, max_retries=0) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.bc.query_campaign()
        assert caught.value.sent is True
        assert server.count(WQ, prefix=True) == 1


# ---------------------------------------------------------------------------- timeouts and deadlines


async def test_server_that_never_answers_times_out_within_the_timeout() -> None:
    async with _wechat(timeout=0.5) as (server, client):
        server.route(PLAN_INFO, HANG)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        elapsed = time.monotonic() - started
        assert 0.45 <= elapsed < 0.5 + 0.5, elapsed
        assert isinstance(caught.value, asyncio.TimeoutError)
        assert isinstance(caught.value, TimeoutError)
        assert isinstance(caught.value, APIConnectionError)
        assert caught.value.operation == "target.plan_info"
        assert server.count(PLAN_INFO) == 1


async def test_timeout_can_be_caught_as_asyncio_timeout() -> None:
    async with _wechat(timeout=0.2) as (server, client):
        server.route(APPLY_STATUS, HANG)
        with pytest.raises(asyncio.TimeoutError):
            await client.target.apply_status(plan_id="p")


async def test_slow_but_in_time_answer_is_fine() -> None:
    async with _wechat(timeout=1.0) as (server, client):
        server.route(PLAN_INFO, json_answer({"errcode": 0, "targetPlanInfo": target_plan_info(planId="p")}, delay=0.3))
        info = await client.target.plan_info(plan_invitation_url="u")
        assert info.target_plan_info is not None


async def test_deadline_bounds_the_whole_call_including_retries() -> None:
    async with _wechat(timeout=0.4, max_retries=10, deadline=1.0, retry_policy=RetryPolicy(base=0.05)) as (server, client):
        server.route(PLAN_INFO, HANG)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.target.plan_info(plan_invitation_url="u")
        elapsed = time.monotonic() - started
        assert elapsed < 1.0 + 0.4, elapsed
        # it did retry within the deadline (a read), but stopped far short of 11 attempts
        assert 2 <= server.count(PLAN_INFO) <= 4


async def test_deadline_stops_retrying_when_the_backoff_would_pass_it() -> None:
    async with _wechat(max_retries=20, deadline=0.8, retry_policy=RetryPolicy(base=0.1, cap=0.3)) as (server, client):
        server.route(LIST, html(503))
        started = time.monotonic()
        with pytest.raises(HTTPStatusError):
            await client.promotion.list(start=0, limit=1)
        elapsed = time.monotonic() - started
        assert elapsed < 0.8 + 0.3, elapsed
        assert 2 <= server.count(LIST) < 21


async def test_deadline_refuses_a_retry_that_could_not_finish_in_time() -> None:
    # Each attempt takes ATTEMPT s; after the third, less than ATTEMPT is left before the deadline,
    # so the call ends with the server's error instead of a fourth attempt cut short by a timeout.
    attempt = 0.3
    policy = RetryPolicy(base=0.01, cap=0.01)
    async with _wechat(max_retries=20, deadline=3 * attempt + 0.25, retry_policy=policy) as (server, client):
        server.route(LIST, json_answer({"errcode": -1}, status=503, delay=attempt))
        with pytest.raises(HTTPStatusError):
            await client.promotion.list(start=0, limit=1)
        assert server.count(LIST) == 3


async def test_per_call_deadline_with_options() -> None:
    async with _wechat(timeout=5.0, max_retries=5) as (server, client):
        server.route(PLAN_INFO, HANG)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.with_options(deadline=0.4).target.plan_info(plan_invitation_url="u")
        assert time.monotonic() - started < 0.4 + 0.4
        assert client.options.deadline is None


async def test_token_fetch_counts_against_the_deadline() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, HANG)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, deadline=0.5, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.target.plan_info(plan_invitation_url="u")
            assert time.monotonic() - started < 0.5 + 0.5


# ---------------------------------------------------------------------------- the session


async def test_requests_reuse_one_keep_alive_connection() -> None:
    async with _wechat() as (server, client):
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        for _ in range(5):
            await client.target.plan_info(plan_invitation_url="u")
        peers = {r.peer for r in server.requests}
        assert len(peers) == 1


async def test_waiqin_body_is_sent_as_the_exact_signed_bytes() -> None:
    async with LoopbackServer() as server:
        server.route(WQ, waiqin_echo_handler(), prefix=True)
        async with WaiqinClient("o", "appkey-123456", base_url=server.url) as client:
            await client.bc.apply_callback(
                campaign_source_code="源",
                campaign_code="c",
                cm_names="张三,李四",
                registered_time="2026-01-02 10:00:00",
                merchant_information="商户",
            )
        [record] = server.requests
        assert record.body == (
            '{"campaign_source_code":"源","campaign_code":"c","registered_time":"2026-01-02 10:00:00",'
            '"merchant_information":"商户","cm_names":"张三,李四"}'
        ).encode()
        assert record.headers["Content-Length"] == str(len(record.body))


async def test_calling_a_closed_client_raises_client_closed_error() -> None:
    from promosdk import ClientClosedError
    from promosdk.testing import sandbox

    async with sandbox(plans=1) as sb:
        await sb.wechat.target.plan_info(plan_invitation_url=sb.plans[0].invitation_url)
        await sb.wechat.aclose()
        with pytest.raises(ClientClosedError):
            await sb.wechat.target.plan_info(plan_invitation_url=sb.plans[0].invitation_url)


@pytest.fixture
def self_signed_cert(tmp_path: Any) -> tuple[str, str]:
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a throwaway self-signed certificate")
    cert, key = str(tmp_path / "cert.pem"), str(tmp_path / "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1", "-keyout", key, "-out", cert],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_tls_verification_stays_on_unless_the_user_opts_out(self_signed_cert: tuple[str, str]) -> None:
    import ssl

    import aiohttp
    from aiohttp import web

    from promosdk import APIConnectionError, WeChatUnionClient

    async def token(request: web.Request) -> web.Response:
        return web.json_response({"access_token": "tls-token-0123456789", "expires_in": 7200})

    async def listing(request: web.Request) -> web.Response:
        return web.json_response(promotion_list_ok())

    app = web.Application()
    app.router.add_post("/cgi-bin/stable_token", token)
    app.router.add_get("/union/promoter/promotion/list", listing)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*self_signed_cert)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    url = f"https://127.0.0.1:{runner.addresses[0][1]}"
    try:
        async with WeChatUnionClient("wxtls", "tls-secret-value", base_url=url, max_retries=0) as verified:
            with pytest.raises(APIConnectionError) as err:
                await verified.promotion.list(start=0, limit=1)
            assert "certificate" in str(err.value).lower()
        # The caller's own SSL context (here: trusting this certificate) keeps verification on.
        trusted = ssl.create_default_context(cafile=self_signed_cert[0])
        async with WeChatUnionClient("wxtls", "tls-secret-value", base_url=url, ssl_context=trusted) as own_ca:
            assert (await own_ca.promotion.list(start=0, limit=1)).total == 0
        # Only an explicit choice of the caller's own session turns verification off.
        own = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False))
        async with own, WeChatUnionClient("wxtls", "tls-secret-value", base_url=url, session=own) as trusting:
            page = await trusting.promotion.list(start=0, limit=1)
            assert page.total == 0
    finally:
        await runner.cleanup()
