"""Hostile token sources and the tokens a client holds, against real loopback servers.

- ``expires_in`` outside any sane range (-1, 0, 2**62, ...) is clamped into 60..7200 s, never a
  token storm nor an expiry Redis refuses; a lifetime that is not a number is a BadResponseError.
- Every token a client holds is registered for redaction, however it got it (fetched, read from a
  shared store, served from the near cache), and forgotten per holder.
- Store keys are bound to the credential (an HMAC fingerprint of appid + secret) and escape the appid.

Run with ``-s`` to see the counts printed.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import math
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

import promosdk._auth
from promosdk import (
    APIError,
    BadResponseError,
    CachedToken,
    InMemoryTokenStore,
    TokenStore,
    WeChatUnionClient,
)
from promosdk._auth import TOKEN_MAX_LIFETIME, TOKEN_MIN_LIFETIME, wechat_token_key
from promosdk._redact import redact
from tests.loopback import Answer, LoopbackServer, Recorded, json_answer, wechat_error, wechat_ok

from .redis_support import shared_redis_url

APPID = "wxhostiletoken0001"
SECRET = "hostile-token-test-secret-0001"
STABLE = "/cgi-bin/stable_token"
LIST = "/union/promoter/promotion/list"
LIST_OK = wechat_ok(total=0, promotionMaxCnt=100, promotionSourceList=[])


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with shared_redis_url() as url:
        yield url


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[TokenStore]:
    """The in-process store, and a RedisTokenStore on a real redis-server (a fresh prefix)."""
    if request.param == "memory":
        yield InMemoryTokenStore()
        return
    from promosdk.redis_store import RedisTokenStore, connect

    redis = connect(request.getfixturevalue("redis_url"))
    yield RedisTokenStore(redis, prefix=f"promosdk-hostile-{uuid.uuid4().hex[:8]}:")
    await redis.aclose()


def unique(label: str) -> str:
    return f"{label}-{uuid.uuid4().hex}"


class _ShiftedTime:
    """Stands in for the ``time`` module inside promosdk._auth: real time plus an offset."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def monotonic(self) -> float:
        return time.monotonic() + self.offset


# ---------------------------------------------------------------------------- expires_in


@pytest.mark.parametrize("expires_in", [-1, 0, 1, 59, -(2**63), 2**62, 2**63 - 1])
async def test_hostile_expires_in_makes_one_token_request(store: TokenStore, expires_in: int) -> None:
    token = unique("hostile-lifetime")
    async with LoopbackServer() as server:
        server.route(STABLE, json_answer({"access_token": token, "expires_in": expires_in}))
        server.route(LIST, LIST_OK)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as wx:
            for _ in range(50):
                await wx.promotion.list(start=0, limit=1)
            await asyncio.gather(*(wx.promotion.list(start=0, limit=1) for _ in range(200)))
            cached = await store.get(wx.tokens.key)
        print(f"\n[hostile] expires_in={expires_in} ({type(store).__name__}): 250 calls, "
              f"{server.count(STABLE)} token request(s), {server.count(LIST)} API requests")  # fmt: skip
        assert server.count(STABLE) == 1
        assert server.count(LIST) == 250
        assert cached is not None and cached.value == token
        lifetime = cached.expires_at - time.time()
        assert TOKEN_MIN_LIFETIME - 60 < lifetime <= TOKEN_MAX_LIFETIME
        if type(store).__name__ == "RedisTokenStore":
            ttl_ms = await store._redis.pttl(store._token_key(wx.tokens.key))  # type: ignore[attr-defined]
            assert 0 < ttl_ms <= TOKEN_MAX_LIFETIME * 1000


async def test_a_clamped_lifetime_refreshes_once_per_half_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _ShiftedTime()
    monkeypatch.setattr(promosdk._auth, "time", clock)
    async with LoopbackServer() as server:
        server.route(STABLE, lambda r: json_answer({"access_token": f"negative-life-{server.count(STABLE)}", "expires_in": -1}))
        server.route(LIST, LIST_OK)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as wx:
            await wx.promotion.list(start=0, limit=1)
            clock.offset += TOKEN_MIN_LIFETIME / 2 - 1  # refreshed from half the (clamped) lifetime
            for _ in range(20):
                await wx.promotion.list(start=0, limit=1)
            assert server.count(STABLE) == 1
            clock.offset += 2
            for _ in range(20):
                await wx.promotion.list(start=0, limit=1)
            assert server.count(STABLE) == 2


@pytest.mark.parametrize("expires_in", [1.5, True, "soon", [7200], {"s": 7200}])
async def test_expires_in_that_is_not_a_number_is_a_bad_response(expires_in: Any) -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, json_answer({"access_token": unique("nan-life"), "expires_in": expires_in}))
        server.route(LIST, LIST_OK)
        store = InMemoryTokenStore()
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store, max_retries=0) as wx:
            with pytest.raises(BadResponseError, match="expires_in"):
                await wx.promotion.list(start=0, limit=1)
        assert server.count(LIST) == 0
        assert await store.get(wx.tokens.key) is None


@pytest.mark.parametrize("lifetime", [math.nan, "7200", True, None, b"7200"])
async def test_user_callable_lifetime_that_is_not_a_number_is_a_bad_response(lifetime: Any) -> None:
    async def source() -> tuple[str, float]:
        return unique("callable-nan-life"), lifetime

    async with LoopbackServer() as server:
        server.route(LIST, LIST_OK)
        async with WeChatUnionClient(APPID, base_url=server.url, token_source=source) as wx:
            with pytest.raises(BadResponseError, match="expires_in"):
                await wx.promotion.list(start=0, limit=1)
        assert server.count(LIST) == 0


@pytest.mark.parametrize("lifetime", [-5.0, 0.0, 1e-9, math.inf, 1e300, 10**400])
async def test_user_callable_lifetime_is_clamped(lifetime: float) -> None:
    calls: list[int] = []

    async def source() -> tuple[str, float]:
        calls.append(1)
        return "callable-clamped-token", lifetime

    async with LoopbackServer() as server:
        server.route(LIST, LIST_OK)
        async with WeChatUnionClient(APPID, base_url=server.url, token_source=source) as wx:
            for _ in range(30):
                await wx.promotion.list(start=0, limit=1)
            cached = await wx.tokens.store.get(wx.tokens.key)
        assert len(calls) == 1
        assert cached is not None and TOKEN_MIN_LIFETIME - 60 < cached.expires_at - time.time() <= TOKEN_MAX_LIFETIME


# ---------------------------------------------------------------------------- redaction of held tokens


def echoing(token: str) -> Any:
    """An API endpoint that echoes the token it was sent in a non-token error (48001)."""

    def handler(record: Recorded) -> Answer:
        return wechat_error(48001, f"api unauthorized for token {record.query.get('access_token')} ({token[:4]})")

    return handler


async def test_a_token_only_read_from_the_store_is_redacted_when_echoed(store: TokenStore) -> None:
    token = unique("store-read-token")
    key = wechat_token_key(APPID, SECRET)
    # Written by another process of the fleet: this one never fetched (nor registered) it.
    await store.set(key, CachedToken.issued(token, 7200))
    if type(store).__name__ == "RedisTokenStore":
        store._near.clear()  # type: ignore[attr-defined]  # as in a process that only reads Redis
    assert redact(token) == token
    async with LoopbackServer() as server:
        server.route(LIST, echoing(token))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as wx:
            with pytest.raises(APIError) as caught:
                await wx.promotion.list(start=0, limit=1)
            assert server.count(STABLE) == 0  # the token came from the store only
            assert server.hits(LIST)[0].query["access_token"] == token
            shown = f"{caught.value} {caught.value!r} {caught.value.args}"
            assert token not in shown
            assert "***" in shown
            # the near cache path (a second call within near_cache_ttl) is covered too
            with pytest.raises(APIError) as again:
                await wx.promotion.list(start=0, limit=1)
            assert token not in f"{again.value} {again.value!r}"


async def test_held_tokens_are_forgotten_per_holder() -> None:
    token = unique("shared-held-token")
    store = InMemoryTokenStore()
    key = wechat_token_key(APPID, SECRET)
    await store.set(key, CachedToken.issued(token, 7200))
    async with LoopbackServer() as server:
        server.route(LIST, LIST_OK)
        async with (
            WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as first,
            WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as second,
        ):
            await first.promotion.list(start=0, limit=1)
            await second.promotion.list(start=0, limit=1)
            assert token not in redact(f"echo {token}")
            first.tokens.forget_tokens()
            assert token not in redact(f"echo {token}")  # the second client still holds it
            second.tokens.forget_tokens()
            assert redact(f"echo {token}") == f"echo {token}"
            # held again as soon as it is handed out again
            await first.promotion.list(start=0, limit=1)
            assert token not in redact(f"echo {token}")
            first.tokens.forget_tokens()


async def test_a_fetched_token_is_redacted_before_its_first_use() -> None:
    token = unique("fetched-echoed-token")
    async with LoopbackServer() as server:
        server.route(STABLE, json_answer({"access_token": token, "expires_in": 7200}))
        server.route(LIST, echoing(token))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as wx:
            with pytest.raises(APIError) as caught:
                await wx.promotion.list(start=0, limit=1)
        assert token not in f"{caught.value} {caught.value!r}"


# ---------------------------------------------------------------------------- keys


def test_store_keys_are_bound_to_the_credential() -> None:
    one, two = wechat_token_key(APPID, "secret-number-one"), wechat_token_key(APPID, "secret-number-two")
    assert one != two
    assert "secret-number-one" not in one and "secret-number-two" not in two
    fingerprint = hmac.new(b"secret-number-one", b"promosdk/wechat-token-key/v1\x00" + APPID.encode(), hashlib.sha256)
    assert one == f"wechat:access_token:{APPID}:{fingerprint.hexdigest()[:24]}"
    # the fingerprint does not depend on the appid alone, nor the secret alone
    assert wechat_token_key("wxotherapp", "secret-number-one") != one.replace(APPID, "wxotherapp")
    assert wechat_token_key(APPID, None) == f"wechat:access_token:{APPID}:external"


@pytest.mark.parametrize("appid", ["wxa:lock", "wxa:b:c", "wx%3Aa", "wx a", "wx\na", "wx/..", "wx中文", "wx*"])
def test_appids_are_escaped_in_keys(appid: str) -> None:
    key = wechat_token_key(appid, SECRET)
    assert key.count(":") == 3  # wechat, access_token, appid, fingerprint: no appid adds a field
    assert all(c.isascii() and c.isprintable() and c != " " for c in key)
    others = {wechat_token_key(a, SECRET) for a in ("wxa", "wxa:lock", "wxa:b:c", "wx%3Aa", "wx:a", "wx%253Aa")}
    assert len(others) == 6


async def test_two_clients_of_one_appid_with_different_secrets_do_not_share_a_token(store: TokenStore) -> None:
    good_token = unique("right-secret-token")

    def token_endpoint(record: Recorded) -> Answer:
        if record.json()["secret"] == SECRET:
            return json_answer({"access_token": good_token, "expires_in": 7200})
        return wechat_error(40125, "invalid appsecret")

    async with LoopbackServer() as server:
        server.route(STABLE, token_endpoint)
        server.route(LIST, LIST_OK)
        async with (
            WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as right,
            WeChatUnionClient(APPID, "a-wrong-secret-guess", base_url=server.url, token_store=store) as wrong,
        ):
            await right.promotion.list(start=0, limit=1)
            with pytest.raises(APIError) as caught:
                await wrong.promotion.list(start=0, limit=1)
            assert caught.value.code == 40125
            assert right.tokens.key != wrong.tokens.key
        assert [r.query["access_token"] for r in server.hits(LIST)] == [good_token]
        assert [r.json()["secret"] for r in server.hits(STABLE)] == [SECRET, "a-wrong-secret-guess"]
