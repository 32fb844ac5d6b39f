"""Secrets never leak: a run exercising tokens, retries and every kind of failure, with DEBUG logging
captured, and servers that echo secrets back (URLs with access_token/secret in the query, waiqin paths
with the digest, error messages quoting keys). No client-side log record, exception str/repr, formatted
traceback or client repr may contain the app secret, an issued access_token, the appkey or a digest.
Also: the DEBUG log has one line per attempt (operation, path, status, elapsed ms, attempt)."""

from __future__ import annotations

import logging
import re
import socket
import traceback
from collections.abc import Awaitable
from typing import Any

import pytest

from promosdk import PromoSDKError, RetryPolicy, WaiqinClient, WeChatUnionClient
from promosdk._generated.wechat_union import models
from promosdk._redact import forget_secret, redact, register_secret
from tests.bodies import apply_status_ok, plan_info_ok, waiqin_ok, wechat_success_handler
from tests.loopback import (
    DROP,
    HANG,
    Answer,
    LoopbackServer,
    Recorded,
    html,
    json_answer,
    waiqin_echo_handler,
    waiqin_path_parts,
    wechat_error,
)

APPID = "wxsecretstest00001"
SECRET = "APPSECRET-0f1e2d3c4b5a69788796a5b4"
APPKEY = "WAIQIN-APPKEY-77aa88bb99cc00dd"
OPENID = "secrets-openid"
TOKEN = "/cgi-bin/token"
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
APPLY_TARGET = "/union/promoter/target/apply_target"
APPLY_STATUS = "/union/promoter/target/apply_status"
ADD = "/union/promoter/promotion/add"
LIST = "/union/promoter/promotion/list"
WQ = "/api/bcwin/v1/"
WQ_QUERY = WQ + "queryCampaign/"
WQ_CALLBACK = WQ + "applyCallBack/"
WQ_ADD = WQ + "addOrUpdateCampaign/"
GARBAGE = Answer(raw=b"this is not HTTP at all\r\n\r\n")  # aiohttp's error text then quotes the full URL
FAST = RetryPolicy(base=0.001)
SERVER_LOGGERS = ("aiohttp.server", "aiohttp.access", "aiohttp.web")  # the test servers' own logs


def _echo_url(status: int) -> Any:
    """An HTML error page quoting the request line, query string (access_token, secret) included."""

    def handler(record: Recorded) -> Answer:
        return html(status, f"<html><body><h1>{status}</h1><p>{record.method} {record.path_qs}</p></body></html>")

    return handler


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Run:
    """Collects every exception of the run."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    async def fails(self, call: Awaitable[Any]) -> BaseException:
        try:
            await call
        except PromoSDKError as exc:
            self.errors.append(exc)
            return exc
        raise AssertionError("the call was expected to fail")


def _texts_of(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    texts += [str(a) for a in error.args]
    for name in ("message", "reason"):
        value = getattr(error, name, None)
        if isinstance(value, str):
            texts.append(value)
    return texts


async def test_no_secret_in_logs_errors_tracebacks_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    run = Run()
    issued: list[str] = []

    def classic_token(record: Recorded) -> Answer:
        token = f"ACCESS-TOKEN-{len(issued):03d}-{'x' * 20}"
        issued.append(token)
        return json_answer({"access_token": token, "expires_in": 7200})

    async with LoopbackServer() as server:
        server.route(TOKEN, classic_token)
        server.route("/union/", wechat_success_handler(), prefix=True)
        server.route(WQ, waiqin_echo_handler(waiqin_ok(response_data="[]")), prefix=True)
        wx = WeChatUnionClient(
            APPID,
            SECRET,
            base_url=server.url,
            token_source="classic",  # the secret travels in the URL query
            retry_policy=FAST,
            timeout=2.0,
        )
        wq = WaiqinClient(OPENID, APPKEY, base_url=server.url, retry_policy=FAST, timeout=2.0)
        async with wx, wq:
            # tokens: a rejected token is refreshed (42001), the retry succeeds
            server.queue(PLAN_INFO, wechat_error(42001, "access_token expired"))
            await wx.target.plan_info(plan_invitation_url="u")
            # retries through HTML error pages that quote the URL with the access_token
            echo_503 = _echo_url(503)
            server.route(
                APPLY_STATUS,
                lambda r: echo_503(r) if server.count(APPLY_STATUS) <= 2 else json_answer(apply_status_ok(planId="p")),
            )
            await wx.target.apply_status(plan_id="p")
            assert server.count(APPLY_STATUS) == 3
            server.route(APPLY_STATUS, _echo_url(503))
            await run.fails(wx.target.apply_status(plan_id="p"))
            server.route(PLAN_INFO, _echo_url(404))
            await run.fails(wx.target.plan_info(plan_invitation_url="u"))
            # a 200 HTML page quoting the URL: BadResponseError with an excerpt
            server.route(PLAN_INFO, lambda r: Answer(body=f"<html>{r.path_qs}</html>".encode(), content_type="text/html"))
            await run.fails(wx.target.plan_info(plan_invitation_url="u"))
            # aiohttp errors whose text embeds the whole URL (access_token in the query)
            server.route(LIST, GARBAGE)
            await run.fails(wx.promotion.list(start=0, limit=5))
            server.route(ADD, GARBAGE)
            await run.fails(wx.promotion.add(promotion_source_name="n"))
            await run.fails(wx.with_options(reconcile_writes=False).promotion.add(promotion_source_name="n"))
            # connection dropped after the request was sent (a write: raised, maybe wrapped)
            server.route(APPLY_TARGET, DROP)
            await run.fails(wx.with_options(reconcile_writes=False).target.apply_target(plan_id="p", apply_reason="r"))
            # error messages quoting the token and the secret back
            server.route(
                APPLY_TARGET,
                lambda r: wechat_error(45009, f"quota reached for {r.query.get('access_token')} / {SECRET}"),
            )
            await run.fails(wx.target.apply_target(plan_id="p", apply_reason="r"))
            # a timeout
            server.route(APPLY_STATUS, HANG)
            await run.fails(wx.with_options(timeout=0.2, max_retries=0).target.apply_status(plan_id="p"))
            # the token endpoint itself failing: garbage (its URL has secret= in the query), then an echo
            server.route(TOKEN, GARBAGE)
            fresh = WeChatUnionClient(APPID, SECRET, base_url=server.url, token_source="classic", max_retries=1, retry_policy=FAST)
            async with fresh:
                await run.fails(fresh.target.plan_info(plan_invitation_url="u"))
                server.route(TOKEN, lambda r: wechat_error(40001, f"invalid credential, appsecret is wrong: {r.query.get('secret')}"))
                await run.fails(fresh.target.plan_info(plan_invitation_url="u"))
                server.route(TOKEN, _echo_url(500))
                await run.fails(fresh.target.plan_info(plan_invitation_url="u"))
            stable = WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0, retry_policy=FAST)
            async with stable:
                server.route(STABLE, lambda r: wechat_error(40001, f"bad secret {r.json().get('secret')}"))
                await run.fails(stable.target.plan_info(plan_invitation_url="u"))
                server.route(STABLE, lambda r: Answer(body=b"<pre>" + r.body + b"</pre>", content_type="text/html"))
                await run.fails(stable.target.plan_info(plan_invitation_url="u"))
            # connection refused
            refused = WeChatUnionClient(
                APPID, SECRET, base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=1, retry_policy=FAST
            )
            async with refused:
                await run.fails(refused.target.plan_info(plan_invitation_url="u"))

            # waiqin: signed calls, retries, paths with the digest quoted back, the appkey quoted back
            await wq.bc.query_campaign()
            server.queue(WQ_QUERY, html(503))
            await wq.bc.query_campaign()
            server.route(WQ_QUERY, _echo_url(404), prefix=True)
            await run.fails(wq.bc.query_campaign())
            server.route(WQ_QUERY, GARBAGE, prefix=True)
            await run.fails(wq.bc.query_campaign())
            server.route(
                WQ_CALLBACK,
                lambda r: json_answer(
                    {
                        "msg_id": waiqin_path_parts(r.path)["msg_id"],
                        "return_code": 1,
                        "return_msg": f"digest mismatch for appkey {APPKEY}",
                    }
                ),
                prefix=True,
            )
            await run.fails(
                wq.bc.apply_callback(
                    campaign_source_code="s",
                    campaign_code="c",
                    cm_ids="1",
                    registered_time="2026-01-02 10:00:00",
                    merchant_information="m",
                )
            )
            # the digest quoted back on its own, not inside a path
            server.route(
                WQ_CALLBACK,
                lambda r: json_answer(
                    {
                        "msg_id": waiqin_path_parts(r.path)["msg_id"],
                        "return_code": 1,
                        "return_msg": f"signature {waiqin_path_parts(r.path)['digest']} does not match",
                    }
                ),
                prefix=True,
            )
            await run.fails(
                wq.bc.apply_callback(
                    campaign_source_code="s",
                    campaign_code="c",
                    cm_ids="1",
                    registered_time="2026-01-02 10:00:00",
                    merchant_information="m",
                )
            )
            server.route(
                WQ_QUERY, lambda r: html(401, f"bad digest {waiqin_path_parts(r.path)['digest']}"), prefix=True
            )
            await run.fails(wq.bc.query_campaign())
            server.route(WQ_ADD, DROP, prefix=True)
            server.queue(WQ_ADD, GARBAGE)
            await run.fails(
                wq.with_options(max_retries=1).bc.add_or_update_campaign(
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
            )
            reprs = [
                repr(wx),
                str(wx),
                repr(wq),
                str(wq),
                repr(wx.tokens),
                repr(wx.tokens.store),
                repr(wx.options),
                repr(wq.options),
                repr(wx.with_options(timeout=1.0)),
                repr(wq.with_options(max_retries=0)),
                repr(wx.target),
                repr(wq.bc),
                repr(wx.retry_quota),
                repr(wx.metrics),
            ]

    digests = [waiqin_path_parts(r.path)["digest"] for r in server.requests if r.path.startswith(WQ)]
    secrets = {"app secret": [SECRET], "access_token": issued, "appkey": [APPKEY], "digest": digests}
    # the servers did see them: the check below would catch a leak
    assert len(issued) >= 2 and len(digests) >= 6
    assert any(SECRET in r.path_qs for r in server.requests)
    assert any(issued[0] in r.path_qs for r in server.requests)

    client_records = [r for r in caplog.records if not r.name.startswith(SERVER_LOGGERS)]
    assert any(r.name == "promosdk" and r.levelno == logging.DEBUG for r in client_records)
    log_texts = [r.getMessage() for r in client_records]
    formatter = logging.Formatter()
    log_texts += [formatter.formatException(r.exc_info) for r in client_records if r.exc_info]
    error_texts = [text for error in run.errors for text in _texts_of(error)]
    assert len(run.errors) >= 15

    # the redaction left a visible marker where a secret was
    assert any("***" in text for text in error_texts)
    leaks = [
        (kind, where, text[:300])
        for where, texts in (("log", log_texts), ("error", error_texts), ("repr", reprs))
        for text in texts
        for kind, values in secrets.items()
        for value in values
        if value in text
    ]
    assert leaks == []


async def test_debug_log_has_one_line_per_attempt(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="promosdk")
    async with LoopbackServer() as server:
        server.route(STABLE, json_answer({"access_token": "debug-log-token-0001", "expires_in": 7200}))
        server.queue(PLAN_INFO, html(503), wechat_error(-1, "busy"))
        server.route(PLAN_INFO, json_answer(plan_info_ok("p")))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, retry_policy=FAST) as wx:
            info = await wx.target.plan_info(plan_invitation_url="u")
            assert isinstance(info, models.PlanInfoResponse)
        async with WaiqinClient(OPENID, APPKEY, base_url=server.url) as wq:
            server.route(WQ, waiqin_echo_handler(waiqin_ok(response_data="[]")), prefix=True)
            await wq.bc.query_campaign()
    line = re.compile(
        r"(?P<op>\w+) (?P<method>GET|POST) (?P<path>/\S+) (?P<outcome>status=\d{3}|error=\w+) "
        r"elapsed_ms=(?P<ms>\d+(\.\d+)?) attempt=(?P<attempt>\d+)"
    )
    attempts = []
    for record in caplog.records:
        if record.name != "promosdk" or record.levelno != logging.DEBUG:
            continue
        match = line.search(record.getMessage())
        if match:
            attempts.append(match.groupdict())
    summary = [(a["op"], a["method"], a["path"], a["outcome"], a["attempt"]) for a in attempts]
    assert summary == [
        ("stable_token", "POST", "/cgi-bin/stable_token", "status=200", "1"),
        ("plan_info", "GET", PLAN_INFO, "error=HTTPStatusError", "1"),
        ("plan_info", "GET", PLAN_INFO, "error=SystemBusyError", "2"),
        ("plan_info", "GET", PLAN_INFO, "status=200", "3"),
        ("query_campaign", "POST", "/api/bcwin/v1/queryCampaign", "status=200", "1"),
    ]
    assert all(float(a["ms"]) >= 0 for a in attempts)


async def test_no_debug_lines_when_debug_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="promosdk")
    async with LoopbackServer() as server:
        server.route(STABLE, json_answer({"access_token": "quiet-token-000001"}))
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as wx:
            await wx.target.plan_info(plan_invitation_url="u")
    assert [r for r in caplog.records if r.name == "promosdk" and r.levelno == logging.DEBUG] == []


def test_redact_hides_secret_bearing_url_parts_even_when_not_registered() -> None:
    # short values are never registered (too likely to appear by chance), the URL patterns still apply
    url = "GET http://h.test/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3c&x=1"
    assert redact(url) == "GET http://h.test/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=***&x=1"
    text = "400, message='Bad status line', url='http://h.test/union/promoter/promotion/list?access_token=tk1&start=0'"
    assert redact(text) == "400, message='Bad status line', url='http://h.test/union/promoter/promotion/list?access_token=***&start=0'"
    digest, msg_id = "0123456789abcdef" * 2, "fedcba9876543210" * 2
    path = f"POST /api/bcwin/v1/queryCampaign/openid-1/20260102030405/{digest}/{msg_id}"
    assert redact(path) == f"POST /api/bcwin/v1/queryCampaign/openid-1/20260102030405/***/{msg_id}"
    assert redact("APPKEY=k&digest=abc") == "APPKEY=***&digest=***"


def test_registered_secrets_are_redacted_until_forgotten() -> None:
    value = "registered-secret-value-1234"
    assert redact(f"x {value} y") == f"x {value} y"
    register_secret(value)
    try:
        assert redact(f"x {value} y") == "x *** y"
    finally:
        forget_secret(value)
    assert redact(f"x {value} y") == f"x {value} y"


def test_credential_fields_are_left_out_of_model_reprs() -> None:
    from promosdk.models import AccessTokenResponse, GrantType, StableTokenRequest, TokenRequest

    request = StableTokenRequest(grant_type=GrantType.CLIENT_CREDENTIAL, appid="wxrepr", secret="repr-secret-1")
    classic = TokenRequest(grant_type=GrantType.CLIENT_CREDENTIAL, appid="wxrepr", secret="repr-secret-1")
    answer = AccessTokenResponse(access_token="repr-token-123", expires_in=7200)
    for obj in (request, classic, answer):
        assert "repr-secret-1" not in repr(obj) and "repr-token-123" not in repr(obj)
    assert "wxrepr" in repr(request)  # the rest of the repr is still useful
