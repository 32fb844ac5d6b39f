"""A hostile server against the transport and the attempt loop (issue 10): real loopback servers
written here (tests.loopback, aiohttp.web, raw asyncio sockets), no mocks of aiohttp.

Pinned: redirects are never followed (nothing is re-sent, a 3xx is an HTTPStatusError with its
Location redacted); the answer cap counts decoded bytes, whatever the encoding or framing, and
memory stays near the cap; options that would disable a bound are refused at construction; a
write cut by aclose() after it left is ambiguous; a second event loop gets a clear error; an
answer that is not HTTP is a typed, retry-aware error.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from promosdk import HTTPStatusError, RetryPolicy, WaiqinClient, WeChatUnionClient
from tests.loopback import Answer, LoopbackServer, stable_token_handler, waiqin_echo_handler, wechat_ok

APPID = "wxhostile000000001"
SECRET = "hostile-app-secret-value"
OPENID = "hostile-openid"
APPKEY = "hostile-appkey-0123456"
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
ADD = "/union/promoter/promotion/add"
LIST = "/union/promoter/promotion/list"
WQ = "/api/bcwin/v1/"
FAST = RetryPolicy(base=0.001, cap=0.002, rng=random.Random(10))


@asynccontextmanager
async def _two_servers() -> AsyncIterator[tuple[LoopbackServer, LoopbackServer]]:
    """The vendor's server and a foreign one a redirect points to (it must never be contacted)."""
    async with LoopbackServer() as vendor, LoopbackServer() as foreign:
        foreign.route(STABLE, stable_token_handler(["foreign-token-0123456789"]))
        foreign.route(PLAN_INFO, wechat_ok(targetPlanInfo={"planId": "foreign-plan"}))
        foreign.route(WQ, waiqin_echo_handler(), prefix=True)
        yield vendor, foreign


def _redirect(status: int, target: str) -> Answer:
    return Answer(
        status=status, body=b"moved elsewhere", content_type="text/plain", headers={"Location": target}
    )


# ---------------------------------------------------------------------------- 1. redirects


@pytest.mark.parametrize("status", [307, 308])
async def test_token_endpoint_redirect_is_not_followed_and_nothing_is_cached(status: int) -> None:
    async with _two_servers() as (vendor, foreign):
        host = foreign.url.removeprefix("http://")
        target = f"http://user:{SECRET}@{host}{STABLE}?secret={SECRET}&access_token=tok#frag"
        vendor.route(STABLE, _redirect(status, target))
        async with WeChatUnionClient(APPID, SECRET, base_url=vendor.url, max_retries=3, retry_policy=FAST) as client:
            with pytest.raises(HTTPStatusError) as caught:
                await client.access_token()
            error = caught.value
            assert error.status == status
            assert error.body == b"moved elsewhere"
            assert error.operation == "stable_token"
            assert error.location == f"{foreign.url}{STABLE}"  # no credentials, query or fragment
            for text in (str(error), repr(error), error.location):
                assert SECRET not in text and "access_token=tok" not in text
            assert client.tokens.peek() is None
            assert await client.tokens.store.get(client.tokens.key) is None
            with pytest.raises(HTTPStatusError):  # the next call asks the vendor again, never the foreign token
                await client.target.plan_info(plan_invitation_url="u")
        assert foreign.count() == 0
        assert vendor.count(STABLE) == 2  # one per call: a redirect is never retried
        assert vendor.count(PLAN_INFO) == 0


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_redirect_on_a_read_is_an_http_status_error_and_not_retried(status: int) -> None:
    async with _two_servers() as (vendor, foreign):
        vendor.route(STABLE, stable_token_handler(["vendor-token-0123456789"]))
        vendor.route(PLAN_INFO, _redirect(status, f"{foreign.url}{PLAN_INFO}?access_token=vendor-token-0123456789"))
        async with WeChatUnionClient(APPID, SECRET, base_url=vendor.url, max_retries=3, retry_policy=FAST) as client:
            with pytest.raises(HTTPStatusError) as caught:
                await client.target.plan_info(plan_invitation_url="u")
        assert caught.value.status == status
        assert caught.value.location == f"{foreign.url}{PLAN_INFO}"
        assert "vendor-token-0123456789" not in str(caught.value)
        assert foreign.count() == 0  # the foreign body never counts as the vendor's answer
        assert vendor.count(PLAN_INFO) == 1


async def test_redirect_on_a_signed_waiqin_write_is_not_followed() -> None:
    async with _two_servers() as (vendor, foreign):
        vendor.route(WQ, _redirect(307, f"{foreign.url}{WQ}apply_callback/x"), prefix=True)
        async with WaiqinClient(OPENID, APPKEY, base_url=vendor.url, max_retries=3, retry_policy=FAST) as client:
            with pytest.raises(HTTPStatusError) as caught:
                await client.bc.apply_callback(
                    campaign_source_code="s",
                    campaign_code="c",
                    cm_names="n",
                    registered_time="2026-01-02 10:00:00",
                    merchant_information="m",
                )
        assert caught.value.status == 307
        assert foreign.count() == 0
        assert vendor.count(WQ, prefix=True) == 1


def test_relative_and_unparsable_locations_are_redacted() -> None:
    from multidict import CIMultiDict, CIMultiDictProxy

    from promosdk._base_client import _redacted_location
    from promosdk._transport import HTTPAnswer

    def location(value: str) -> str | None:
        return _redacted_location(HTTPAnswer(302, CIMultiDictProxy(CIMultiDict({"Location": value})), b""))

    assert location("/cgi-bin/token?secret=abc#x") == "/cgi-bin/token"
    assert location("//u:p@evil.example/x?y=1") == "//evil.example/x"
    assert "zz-secret" not in (location("http://evil/p;secret=zz-secret") or "")
    assert location("http://[bad/x?secret=abc") == "(unparsable)"
    assert _redacted_location(HTTPAnswer(302, CIMultiDictProxy(CIMultiDict()), b"")) is None
