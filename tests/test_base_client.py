"""The attempt loop in promosdk._base_client: what is ambiguous, what is retried, what the deadline covers.

Each test here pins a behaviour found by review: failures before the request left are never
ambiguous, a failed reconciliation stays an AmbiguousWriteError, the deadline covers the rate
limiter and the connection pool, malformed error codes are typed, a closing client fails calls
with ClientClosedError.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable

import pytest

import promosdk._auth
from promosdk import (
    AmbiguousWriteError,
    APITimeoutError,
    BadResponseError,
    ClientClosedError,
    HTTPStatusError,
    LocalRateLimiter,
    Rate,
    RetryPolicy,
    WaiqinClient,
    WeChatUnionClient,
)
from promosdk._auth import TOKEN_MIN_LIFETIME
from promosdk._redact import redact, registered_secret_count
from promosdk.signing import waiqin_digest

from .bodies import promotion_list_ok, promotion_source, waiqin_ok
from .loopback import (
    DROP,
    LoopbackServer,
    html,
    json_answer,
    stable_token_handler,
    waiqin_echo_handler,
    waiqin_path_parts,
    wechat_ok,
)

TOKEN = "/cgi-bin/stable_token"
APPLY = "/union/promoter/target/apply_target"
ADD = "/union/promoter/promotion/add"
LIST = "/union/promoter/promotion/list"
FAST = RetryPolicy(base=0.001, cap=0.002, rng=random.Random(3))


def client(server: LoopbackServer, **options: object) -> WeChatUnionClient:
    return WeChatUnionClient("wxbase", "base-secret-value", base_url=server.url, retry_policy=FAST, **options)  # type: ignore[arg-type]


async def test_a_failed_token_fetch_is_not_an_ambiguous_write() -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, html(502))
        server.route(APPLY, wechat_ok())
        async with client(server) as wx:
            with pytest.raises(HTTPStatusError) as err:
                await wx.target.apply_target(plan_id="P1", apply_reason="r")
        assert err.value.operation == "token.stable_token"
        assert server.count(APPLY) == 0
        assert server.count(TOKEN) == 3  # the token fetch's own retries only, not multiplied


async def test_a_failed_reconciliation_stays_ambiguous() -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, stable_token_handler(["tok-reconcile-1"]))
        server.queue(ADD, DROP, json_answer({"errcode": 14007, "errmsg": "duplicate"}))
        server.route(LIST, html(502))
        async with client(server) as wx:
            with pytest.raises(AmbiguousWriteError) as err:
                await wx.promotion.add(promotion_source_name="spot")
        assert err.value.operation == "promotion.add"
        assert isinstance(err.value.cause, HTTPStatusError) and err.value.cause.operation == "promotion.list"


@pytest.mark.parametrize("code", ["²", "--1", "1" * 30, "1.0", True, 1.5, None, [0]])
async def test_malformed_error_codes_are_bad_responses(code: object) -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, stable_token_handler(["tok-code-1"]))
        server.route(LIST, json_answer({**promotion_list_ok(), "errcode": code, "errmsg": "?"}))
        async with client(server, max_retries=0) as wx:
            if code is None:  # an explicit null errcode is treated as absent: success
                await wx.promotion.list(start=0, limit=1)
                return
            with pytest.raises(BadResponseError):
                await wx.promotion.list(start=0, limit=1)


async def test_deadline_covers_the_connection_pool_gate() -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, stable_token_handler(["tok-deadline-1"]))
        server.route(LIST, json_answer(promotion_list_ok()))
        server.queue(LIST, json_answer(promotion_list_ok(), delay=2.0))
        async with client(server, connection_limit=1) as wx:
            await wx.access_token()
            slow = asyncio.create_task(wx.promotion.list(start=0, limit=1))
            await asyncio.sleep(0.1)
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await wx.with_options(deadline=0.5).promotion.list(start=0, limit=1)
            assert time.monotonic() - started < 1.0
            await slow


async def test_deadline_covers_the_rate_limiter_and_a_waiting_write_is_not_ambiguous() -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, stable_token_handler(["tok-limit-1"]))
        server.route(APPLY, wechat_ok())
        limiter = LocalRateLimiter({"apply_target": Rate(1, per=10)}, max_wait=60)
        async with client(server, rate_limiter=limiter, deadline=0.4) as wx:
            await wx.target.apply_target(plan_id="P1", apply_reason="r")
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as err:
                await wx.target.apply_target(plan_id="P2", apply_reason="r")
            assert time.monotonic() - started < 0.9
            assert err.value.sent is False  # it never left: not an AmbiguousWriteError
        assert server.count(APPLY) == 1


async def test_calls_queued_for_a_connection_fail_with_client_closed_error() -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, stable_token_handler(["tok-close-1"]))
        server.route(LIST, json_answer(promotion_list_ok(), delay=1.0))
        wx = client(server, connection_limit=1, max_retries=0)
        await wx.access_token()
        tasks = [asyncio.create_task(wx.promotion.list(start=0, limit=1)) for _ in range(3)]
        await asyncio.sleep(0.2)
        await wx.aclose()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(r, ClientClosedError) for r in results), results


class ShiftedClock:
    """Stands in for the ``time`` module inside promosdk._auth: real time plus an offset the test moves."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def monotonic(self) -> float:
        return time.monotonic() + self.offset


async def test_a_failed_early_refresh_keeps_the_still_valid_token(monkeypatch: pytest.MonkeyPatch) -> None:
    # The shortest lifetime a source may claim (shorter ones are clamped up to it): the refresh
    # window is its second half. The test's clock crosses refresh_at without waiting.
    lifetime = TOKEN_MIN_LIFETIME
    clock = ShiftedClock()
    monkeypatch.setattr(promosdk._auth, "time", clock)
    state = {"up": True}
    async with LoopbackServer() as server:

        def token(_record: object) -> object:
            if state["up"]:
                return json_answer({"access_token": "tok-early-1", "expires_in": lifetime})  # refresh after half
            return json_answer({"errcode": -1, "errmsg": "system busy"})

        server.route(TOKEN, token)  # type: ignore[arg-type]
        server.route(LIST, json_answer(promotion_list_ok()))
        async with client(server) as wx:
            await wx.promotion.list(start=0, limit=1)
            state["up"] = False
            clock.offset += lifetime / 2 + 1  # past refresh_at, lifetime/2 - 1 s before expiry
            await wx.promotion.list(start=0, limit=1)
            tokens_asked = server.count(TOKEN)
            assert tokens_asked > 1  # the early refresh was tried (and failed)
            await wx.promotion.list(start=0, limit=1)  # the failed refresh is not retried at once
            assert server.count(TOKEN) == tokens_asked
            assert {r.query["access_token"] for r in server.hits(LIST)} == {"tok-early-1"}


async def test_a_forced_refresh_is_never_resent() -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, stable_token_handler(["tok-same"]))
        server.route(LIST, json_answer({"errcode": 40001, "errmsg": "invalid credential"}))
        async with client(server) as wx:
            await wx.access_token()
            server.queue(TOKEN, json_answer({"access_token": "tok-same", "expires_in": 7200}), DROP)
            with pytest.raises(Exception):  # noqa: B017 - whichever error; the count is the point
                await wx.promotion.list(start=0, limit=1)
        forced = [r for r in server.hits(TOKEN) if r.json().get("force_refresh") is True]
        assert len(forced) == 1


async def test_answers_larger_than_the_cap_are_refused() -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, stable_token_handler(["tok-cap-1"]))
        server.route(LIST, json_answer(promotion_list_ok([promotion_source("x" * 5000)])))
        async with client(server, max_retries=0) as wx:
            await wx.promotion.list(start=0, limit=1)
            wx._transport.max_body = 1000
            with pytest.raises(BadResponseError, match="larger than 1000 bytes"):
                await wx.promotion.list(start=0, limit=1)


def test_retry_after_as_seconds_or_http_date() -> None:
    import email.utils

    from multidict import CIMultiDict, CIMultiDictProxy

    from promosdk._answer_headers import retry_after_seconds as _retry_after
    from promosdk._transport import HTTPAnswer

    def answer(value: str) -> HTTPAnswer:
        return HTTPAnswer(503, CIMultiDictProxy(CIMultiDict({"Retry-After": value})), b"")

    assert _retry_after(answer("7")) == 7.0
    in_20_s = email.utils.formatdate(time.time() + 20, usegmt=True)
    delay = _retry_after(answer(in_20_s))
    assert delay is not None and 15 < delay <= 20
    assert _retry_after(answer("soon")) is None
    assert RetryPolicy(rng=random.Random(1)).delay(1, retry_after=30.0) == 30.0  # honoured past the 8 s cap


# ---------------------------------------------------------------------------- constructors


ENV_NAMES = (
    "PROMOSDK_WECHAT_APPID",
    "PROMOSDK_WECHAT_SECRET",
    "PROMOSDK_WECHAT_BASE_URL",
    "PROMOSDK_WAIQIN_OPENID",
    "PROMOSDK_WAIQIN_APPKEY",
    "PROMOSDK_WAIQIN_BASE_URL",
)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


async def test_wechat_client_reads_omitted_arguments_from_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    async with LoopbackServer() as server:
        server.route(TOKEN, stable_token_handler(["tok-env-0001"]))
        server.route(LIST, json_answer(promotion_list_ok()))
        clean_env.setenv("PROMOSDK_WECHAT_APPID", "wxfromenv")
        clean_env.setenv("PROMOSDK_WECHAT_SECRET", "secret-from-env-1")
        clean_env.setenv("PROMOSDK_WECHAT_BASE_URL", server.url)
        async with WeChatUnionClient() as wx:
            assert wx.appid == "wxfromenv" and wx.base_url == server.url
            await wx.promotion.list(start=0, limit=1)
        assert server.hits(TOKEN)[0].json()["secret"] == "secret-from-env-1"
        # explicit arguments win
        other = WeChatUnionClient("wxexplicit", "explicit-secret-1", base_url="https://api.example.com")
        assert other.appid == "wxexplicit" and other.base_url == "https://api.example.com"
        await other.aclose()


async def test_wechat_client_without_environment_uses_the_wechat_api(clean_env: pytest.MonkeyPatch) -> None:
    wx = WeChatUnionClient("wxdefault", "default-secret-1")
    assert wx.base_url == "https://api.weixin.qq.com"
    await wx.aclose()
    clean_env.setenv("PROMOSDK_WECHAT_SECRET", "unused-env-secret")

    async def token() -> str:
        return "central-token-0001"

    # a callable token source needs no secret: the environment's is not read
    central = WeChatUnionClient("wxcentral", token_source=token)
    assert central.tokens.key.endswith(":external")
    await central.aclose()


@pytest.mark.parametrize(
    ("make", "argument", "variable"),
    [
        (lambda: WeChatUnionClient(secret="s-123456"), "appid", "PROMOSDK_WECHAT_APPID"),
        (lambda: WeChatUnionClient("wx1"), "secret", "PROMOSDK_WECHAT_SECRET"),
        (lambda: WaiqinClient(appkey="k-123456", base_url="http://x.test"), "openid", "PROMOSDK_WAIQIN_OPENID"),
        (lambda: WaiqinClient("oid", base_url="http://x.test"), "appkey", "PROMOSDK_WAIQIN_APPKEY"),
        (lambda: WaiqinClient("oid", "k-123456"), "base_url", "PROMOSDK_WAIQIN_BASE_URL"),
    ],
    ids=["appid", "secret", "openid", "appkey", "waiqin-base_url"],
)
def test_a_missing_required_argument_names_it_and_its_variable(
    clean_env: pytest.MonkeyPatch, make: Callable[[], object], argument: str, variable: str
) -> None:
    with pytest.raises(ValueError, match=rf"^{argument} is required.*{variable}"):
        make()
    clean_env.setenv(variable, "")  # an empty variable counts as unset
    with pytest.raises(ValueError, match=variable):
        make()


async def test_waiqin_client_reads_omitted_arguments_from_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    async with LoopbackServer() as server:
        server.route("/api/bcwin/v1/", waiqin_echo_handler(waiqin_ok(response_data="[]")), prefix=True)
        clean_env.setenv("PROMOSDK_WAIQIN_OPENID", "openid-from-env")
        clean_env.setenv("PROMOSDK_WAIQIN_APPKEY", "appkey-from-env-1")
        clean_env.setenv("PROMOSDK_WAIQIN_BASE_URL", server.url)
        async with WaiqinClient() as wq:
            assert wq.openid == "openid-from-env" and wq.base_url == server.url
            assert await wq.bc.query_campaign() == []
        [hit] = server.hits("/api/bcwin/v1/queryCampaign/", prefix=True)
        parts = waiqin_path_parts(hit.path)
        assert parts["openid"] == "openid-from-env"
        assert parts["digest"] == waiqin_digest(hit.body, "appkey-from-env-1", parts["timestamp"])
        explicit = WaiqinClient("openid-explicit", "appkey-explicit", base_url="https://tenant.example.com")
        assert explicit.openid == "openid-explicit" and explicit.base_url == "https://tenant.example.com"
        await explicit.aclose()


REFUSED_OPTIONS: list[dict[str, object]] = [
    {"timeout": 0},
    {"deadline": -1.0},
    {"max_retries": -1},
    {"connection_limit": 0},
    {"base_url": "ftp://x.test"},
]


@pytest.mark.parametrize("options", REFUSED_OPTIONS, ids=lambda o: next(iter(o)))
def test_a_refused_option_registers_no_secret(clean_env: pytest.MonkeyPatch, options: dict[str, object]) -> None:
    before = registered_secret_count()
    secret, appkey = "refused-option-secret-1", "refused-option-appkey-1"
    with pytest.raises(ValueError, match=next(iter(options))):
        WeChatUnionClient("wxrefused", secret, **options)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=next(iter(options))):
        WaiqinClient("oid", appkey, **{"base_url": "http://x.test", **options})  # type: ignore[arg-type]
    assert registered_secret_count() == before
    assert redact(f"{secret} {appkey}") == f"{secret} {appkey}"
