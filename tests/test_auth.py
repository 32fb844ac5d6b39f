"""access_token lifecycle, counted at the server: single-flight fetches, compare-and-expire refreshes,
force_refresh limits, the classic and user-callable token sources, pluggable stores.

Run with ``-s`` to see the measured counts printed."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

import promosdk._auth
from promosdk import (
    AccessTokenError,
    AccessTokenExpiredError,
    CachedToken,
    InMemoryTokenStore,
    InvalidCredentialError,
    StoreUnavailableError,
    TokenStore,
    WeChatUnionClient,
)
from promosdk.testing import sandbox
from tests.bodies import apply_status_ok, plan_info_ok
from tests.loopback import (
    Answer,
    LoopbackServer,
    Recorded,
    json_answer,
    stable_token_handler,
    wechat_error,
    wechat_ok,
)

APPID = "wxauthtest00000001"
SECRET = "auth-test-app-secret-xyz"
STABLE = "/cgi-bin/stable_token"
CLASSIC = "/cgi-bin/token"
PLAN_INFO = "/union/promoter/target/plan_info"
APPLY_STATUS = "/union/promoter/target/apply_status"


def accept_only(*good: str, code: int = 42001) -> Any:
    """An API endpoint accepting only the given tokens, answering ``code`` for any other."""

    def handler(record: Recorded) -> Answer:
        if record.query.get("access_token") in good:
            return json_answer(plan_info_ok("p"))
        return wechat_error(code, "access_token rejected")

    return handler


# ---------------------------------------------------------------------------- single flight


async def test_1000_concurrent_calls_on_a_cold_client_make_one_token_request() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, json_answer({"access_token": "cold-token-0001", "expires_in": 7200}, delay=0.05))
        server.route(PLAN_INFO, accept_only("cold-token-0001"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as client:
            results = await asyncio.gather(*(client.target.plan_info(plan_invitation_url=f"u{i}") for i in range(1000)))
        token_requests = server.count(STABLE)
        api_requests = server.count(PLAN_INFO)
        print(f"\n[token] 1000 concurrent cold calls: token requests={token_requests}, API requests={api_requests}")
        assert len(results) == 1000
        assert token_requests == 1
        assert api_requests == 1000


async def test_1000_concurrent_calls_against_the_sandbox_mint_one_token() -> None:
    async with sandbox() as sb:
        plan = sb.plans[0]
        await asyncio.gather(*(sb.wechat.target.plan_info(plan_invitation_url=plan.invitation_url) for _ in range(1000)))
        counters = await sb.admin.counters()
        print(
            f"\n[token] sandbox, 1000 concurrent cold calls: stable_token requests={counters['requests']['token.stable_token']}, "
            f"tokens minted={counters['token_issuances'][sb.wechat.appid]}, plan_info={counters['requests']['target.plan_info']}"
        )
        assert counters["requests"]["token.stable_token"] == 1
        assert counters["token_issuances"][sb.wechat.appid] == 1
        assert counters["requests"]["target.plan_info"] == 1000


# ---------------------------------------------------------------------------- compare-and-expire


async def test_200_concurrent_42001_cause_one_refresh_and_one_retry_each() -> None:
    async with LoopbackServer() as server:
        server.route(
            STABLE,
            lambda r: json_answer(
                {"access_token": f"burst-token-{server.count(STABLE)}", "expires_in": 7200}, delay=0.02
            ),
        )
        # burst-token-1 (the first issued) has expired; burst-token-2 is good
        server.route(PLAN_INFO, accept_only("burst-token-2", code=42001))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as client:
            raws = await asyncio.gather(
                *(client.with_raw_response.target.plan_info(plan_invitation_url=f"u{i}") for i in range(200))
            )
        hits = server.hits(PLAN_INFO)
        stale = sum(1 for r in hits if r.query["access_token"] == "burst-token-1")
        fresh = sum(1 for r in hits if r.query["access_token"] == "burst-token-2")
        token_requests = server.count(STABLE)
        print(
            f"\n[token] 200 concurrent calls failing 42001: token requests={token_requests} "
            f"(1 initial + {token_requests - 1} refresh), API hits={len(hits)} ({stale} failed, {fresh} succeeded)"
        )
        assert token_requests == 2
        assert stale == 200 and fresh == 200 and len(hits) == 400
        assert [raw.attempts for raw in raws] == [2] * 200


async def test_sandbox_expired_token_burst_refreshes_once() -> None:
    async with sandbox() as sb:
        wx, url = sb.wechat, sb.plans[0].invitation_url
        await wx.target.plan_info(plan_invitation_url=url)
        assert await sb.admin.expire_tokens(wx.appid) == 1
        await asyncio.gather(*(wx.target.plan_info(plan_invitation_url=url) for _ in range(200)))
        counters = await sb.admin.counters()
        print(
            f"\n[token] sandbox, 200 concurrent calls after expiry: stable_token requests="
            f"{counters['requests']['token.stable_token']}, tokens minted={counters['token_issuances'][wx.appid]}, "
            f"plan_info={counters['requests']['target.plan_info']}"
        )
        assert counters["requests"]["token.stable_token"] == 2
        assert counters["token_issuances"][wx.appid] == 2
        assert counters["requests"]["target.plan_info"] == 1 + 200 + 200


async def test_always_40001_fails_after_exactly_one_retry() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, lambda r: json_answer({"access_token": f"never-good-{server.count(STABLE):04d}"}))
        server.route(PLAN_INFO, wechat_error(40001, "invalid credential"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as client:
            for call in range(1, 6):
                with pytest.raises(AccessTokenError) as caught:
                    await client.target.plan_info(plan_invitation_url="u")
                assert type(caught.value) is InvalidCredentialError
                assert caught.value.code == 40001
                assert server.count(PLAN_INFO) == 2 * call  # one try, one retry, never a loop
        print(f"\n[token] always 40001: 5 calls -> API hits={server.count(PLAN_INFO)}, token requests={server.count(STABLE)}")
        assert server.count(STABLE) == 6


async def test_concurrent_always_40001_does_not_storm_the_token_endpoint() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, lambda r: json_answer({"access_token": f"storm-token-{server.count(STABLE):04d}"}))
        server.route(PLAN_INFO, wechat_error(40001, "invalid credential"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as client:
            results = await asyncio.gather(
                *(client.target.plan_info(plan_invitation_url="u") for _ in range(100)), return_exceptions=True
            )
        assert all(isinstance(r, InvalidCredentialError) for r in results)
        assert server.count(PLAN_INFO) == 200
        # 1 initial fetch, then 1 refresh for the token the whole burst shared (the retries all fail
        # with the refreshed token but no call refreshes twice)
        assert server.count(STABLE) == 2


# ---------------------------------------------------------------------------- stable_token force_refresh


class _ShiftedTime:
    """Stands in for the ``time`` module inside promosdk._auth: real time plus an offset."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def monotonic(self) -> float:
        return time.monotonic() + self.offset


async def test_force_refresh_only_when_the_failed_token_comes_back_and_not_twice_in_30s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = _ShiftedTime()
    monkeypatch.setattr(promosdk._auth, "time", clock)
    state: dict[str, Any] = {"current": "stable-token-1", "forced": 0}
    good: set[str] = set()

    def stable(record: Recorded) -> Answer:
        body = record.json()
        assert body["grant_type"] == "client_credential" and body["appid"] == APPID and body["secret"] == SECRET
        if body.get("force_refresh") is True:
            state["forced"] += 1
            state["current"] = f"forced-token-{state['forced']}"
            good.clear()
            good.add(str(state["current"]))
        return json_answer({"access_token": state["current"], "expires_in": 7200})

    def api(record: Recorded) -> Answer:
        if record.query["access_token"] in good:
            return json_answer(apply_status_ok())
        return wechat_error(40001, "invalid credential, access_token is invalid or not latest")

    def forces() -> list[bool]:
        return [bool(r.json().get("force_refresh", False)) for r in server.hits(STABLE)]

    async with LoopbackServer() as server:
        server.route(STABLE, stable)
        server.route(APPLY_STATUS, api)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as client:
            # the normal fetch hands back the token that just failed -> one force_refresh, then success
            await client.target.apply_status(plan_id="p")
            assert forces() == [False, False, True]
            assert [r.query["access_token"] for r in server.hits(APPLY_STATUS)] == ["stable-token-1", "forced-token-1"]

            # 10 s later the forced token is rejected too and comes back unchanged: no second force
            clock.offset += 10
            good.clear()
            with pytest.raises(AccessTokenError):
                await client.target.apply_status(plan_id="p")
            assert forces() == [False, False, True, False]

            # once 30 s have passed since the force, it may be used again
            clock.offset += 21
            await client.target.apply_status(plan_id="p")
            assert forces() == [False, False, True, False, False, True]
            assert server.hits(APPLY_STATUS)[-1].query["access_token"] == "forced-token-2"
        print(f"\n[token] force_refresh sequence at the server: {forces()}")


async def test_a_different_token_after_failure_needs_no_force() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["plain-token-1", "plain-token-2"]))
        server.route(PLAN_INFO, accept_only("plain-token-2", code=40001))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as client:
            await client.target.plan_info(plan_invitation_url="u")
        assert [r.json().get("force_refresh", False) for r in server.hits(STABLE)] == [False, False]


# ---------------------------------------------------------------------------- other token sources


async def test_classic_token_source_uses_get_cgi_bin_token() -> None:
    async with LoopbackServer() as server:
        server.route(CLASSIC, stable_token_handler(["classic-token-1", "classic-token-2"]))
        server.route(PLAN_INFO, accept_only("classic-token-1", "classic-token-2"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_source="classic") as client:
            await asyncio.gather(*(client.target.plan_info(plan_invitation_url="u") for _ in range(50)))
        [token_request] = server.hits(CLASSIC)
        assert token_request.method == "GET"
        assert token_request.query == {"grant_type": "client_credential", "appid": APPID, "secret": SECRET}
        assert token_request.body == b""
        assert server.count(STABLE) == 0


async def test_classic_token_source_refreshes_on_42001() -> None:
    async with LoopbackServer() as server:
        server.route(CLASSIC, stable_token_handler(["classic-old-token", "classic-new-token"]))
        server.route(PLAN_INFO, accept_only("classic-new-token"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_source="classic") as client:
            await client.target.plan_info(plan_invitation_url="u")
        assert server.count(CLASSIC) == 2
        assert server.count(STABLE) == 0


async def test_classic_token_against_the_sandbox() -> None:
    async with sandbox(wechat_options={"token_source": "classic"}) as sb:
        await asyncio.gather(
            *(sb.wechat.target.plan_info(plan_invitation_url=sb.plans[0].invitation_url) for _ in range(20))
        )
        counters = await sb.admin.counters()
        assert counters["requests"]["token.token"] == 1
        assert counters["requests"]["token.stable_token"] == 0


async def test_user_async_callable_token_source() -> None:
    calls: list[int] = []

    async def central_token_service() -> str:
        calls.append(1)
        await asyncio.sleep(0.01)
        return f"central-token-{len(calls)}"

    async with LoopbackServer() as server:
        server.route(PLAN_INFO, accept_only("central-token-1", "central-token-2"))
        async with WeChatUnionClient(APPID, base_url=server.url, token_source=central_token_service) as client:
            await asyncio.gather(*(client.target.plan_info(plan_invitation_url="u") for _ in range(100)))
            assert len(calls) == 1
            # the service's token is rejected: the callable is asked again (once), never the WeChat endpoints
            server.route(PLAN_INFO, accept_only("central-token-2"))
            await asyncio.gather(*(client.target.plan_info(plan_invitation_url="u") for _ in range(20)))
            assert len(calls) == 2
        assert server.count(STABLE) == 0 and server.count(CLASSIC) == 0
        assert {r.query["access_token"] for r in server.hits(PLAN_INFO)} == {"central-token-1", "central-token-2"}


async def test_user_callable_may_return_token_and_lifetime(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _ShiftedTime()
    monkeypatch.setattr(promosdk._auth, "time", clock)
    calls: list[int] = []

    async def source() -> tuple[str, float]:
        calls.append(1)
        return f"short-lived-token-{len(calls)}", 600.0

    async with LoopbackServer() as server:
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        async with WeChatUnionClient(APPID, base_url=server.url, token_source=source) as client:
            await client.target.plan_info(plan_invitation_url="u")
            clock.offset += 299  # 600 s lifetime: refreshed from 300 s (half of it, as 300 s is the margin)
            await client.target.plan_info(plan_invitation_url="u")
            assert len(calls) == 1
            clock.offset += 2
            await client.target.plan_info(plan_invitation_url="u")
            assert len(calls) == 2
        assert [r.query["access_token"] for r in server.hits(PLAN_INFO)] == [
            "short-lived-token-1",
            "short-lived-token-1",
            "short-lived-token-2",
        ]


def test_secret_required_unless_a_callable_source() -> None:
    with pytest.raises(ValueError):
        WeChatUnionClient(APPID)
    with pytest.raises(ValueError):
        WeChatUnionClient("", SECRET)
    with pytest.raises(ValueError):
        WeChatUnionClient(APPID, SECRET, token_source="nonsense")  # type: ignore[arg-type]


async def test_token_is_refreshed_ahead_of_expiry(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _ShiftedTime()
    monkeypatch.setattr(promosdk._auth, "time", clock)
    async with LoopbackServer() as server:
        server.route(STABLE, lambda r: json_answer({"access_token": f"expiring-token-{server.count(STABLE)}", "expires_in": 7200}))
        server.route(PLAN_INFO, accept_only("expiring-token-1", "expiring-token-2"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as client:
            await client.target.plan_info(plan_invitation_url="u")
            clock.offset += 7200 - 300 - 2  # still outside the 5-minute refresh window
            await client.target.plan_info(plan_invitation_url="u")
            assert server.count(STABLE) == 1
            clock.offset += 4  # inside it, with the token still valid for ~298 s
            await client.target.plan_info(plan_invitation_url="u")
            assert server.count(STABLE) == 2
        assert [r.query["access_token"] for r in server.hits(PLAN_INFO)] == [
            "expiring-token-1",
            "expiring-token-1",
            "expiring-token-2",
        ]


def test_cached_token_refresh_point() -> None:
    token = CachedToken.issued("t" * 10, 7200, now=1000.0)
    assert token.expires_at == 8200.0
    assert token.refresh_at == 8200.0 - 300  # five minutes ahead, as WeChat rotates stable tokens
    assert token.fresh(7899.0) and not token.fresh(7900.0)
    assert "t" * 10 not in repr(token)


# ---------------------------------------------------------------------------- the store interface


class CountingStore:
    """A TokenStore written against the protocol only (as a Redis store would be)."""

    def __init__(self) -> None:
        self.tokens: dict[str, CachedToken] = {}
        self.locks: dict[str, asyncio.Lock] = {}
        self.calls: dict[str, int] = {"get": 0, "set": 0, "compare_and_delete": 0, "lock": 0}

    async def get(self, key: str) -> CachedToken | None:
        self.calls["get"] += 1
        return self.tokens.get(key)

    async def set(self, key: str, token: CachedToken) -> None:
        self.calls["set"] += 1
        self.tokens[key] = token

    async def compare_and_delete(self, key: str, value: str) -> bool:
        self.calls["compare_and_delete"] += 1
        current = self.tokens.get(key)
        if current is not None and current.value == value:
            del self.tokens[key]
            return True
        return False

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        self.calls["lock"] += 1
        async with self.locks.setdefault(key, asyncio.Lock()):
            yield


async def test_custom_store_shared_by_two_clients() -> None:
    store = CountingStore()
    assert isinstance(store, TokenStore)
    assert isinstance(InMemoryTokenStore(), TokenStore)
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["shared-token-1", "shared-token-2"]))
        server.route(PLAN_INFO, accept_only("shared-token-1"))
        async with (
            WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as first,
            WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as second,
        ):
            await asyncio.gather(
                *(first.target.plan_info(plan_invitation_url="u") for _ in range(20)),
                *(second.target.plan_info(plan_invitation_url="u") for _ in range(20)),
            )
            assert server.count(STABLE) == 1  # the second client found the first one's token in the store
            assert store.calls["set"] == 1
            [(key, cached)] = store.tokens.items()
            assert APPID in key and cached.value == "shared-token-1"

            # a rejection goes through compare_and_delete; the refreshed token lands in the store
            server.route(PLAN_INFO, accept_only("no-token-is-good"))
            with pytest.raises(AccessTokenExpiredError):
                await first.target.plan_info(plan_invitation_url="u")
            assert store.calls["compare_and_delete"] == 1
            assert store.tokens[key].value == "shared-token-2"
            server.route(PLAN_INFO, accept_only("shared-token-2"))
            await second.target.plan_info(plan_invitation_url="u")
            assert server.count(STABLE) == 2


# ---------------------------------------------------------------------------- a store that fails


LIST = "/union/promoter/promotion/list"
LIST_OK = wechat_ok(total=0, promotionMaxCnt=100, promotionSourceList=[])


def list_accepting_only(*good: str) -> Any:
    """promotion/list accepting only the given tokens (42001 for any other)."""

    def handler(record: Recorded) -> Answer:
        return LIST_OK if record.query.get("access_token") in good else wechat_error(42001, "access_token expired")

    return handler


class FailingStore(CountingStore):
    """A shared store whose operations can be made to fail, as a down or slow Redis would."""

    def __init__(self) -> None:
        super().__init__()
        self.failing: set[str] = set()

    def _maybe_fail(self, operation: str) -> None:
        if operation in self.failing:
            raise StoreUnavailableError(f"token store: {operation} failed (test)")

    async def get(self, key: str) -> CachedToken | None:
        self._maybe_fail("get")
        return await super().get(key)

    async def set(self, key: str, token: CachedToken) -> None:
        self._maybe_fail("set")
        await super().set(key, token)

    async def compare_and_delete(self, key: str, value: str) -> bool:
        self._maybe_fail("compare_and_delete")
        return await super().compare_and_delete(key, value)

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        self._maybe_fail("lock")
        async with super().lock(key):
            yield


async def test_concurrent_rejections_of_one_token_cost_one_compare_and_delete() -> None:
    store = CountingStore()
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["cad-token-0001", "cad-token-0002"]))
        server.route(LIST, list_accepting_only("cad-token-0002"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as client:
            await asyncio.gather(*(client.promotion.list(start=0, limit=1) for _ in range(200)))
        assert store.calls["compare_and_delete"] == 1
        assert server.count(STABLE) == 2 and server.count(LIST) == 400


async def test_a_rejected_token_the_store_cannot_delete_is_not_served_again() -> None:
    store = FailingStore()
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["undeletable-token-1", "undeletable-token-2"]))
        server.route(LIST, list_accepting_only("undeletable-token-2"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as client:
            store.failing.add("compare_and_delete")
            await asyncio.gather(*(client.promotion.list(start=0, limit=1) for _ in range(50)))
            await client.promotion.list(start=0, limit=1)
        assert server.count(STABLE) == 2
        assert [r.query["access_token"] for r in server.hits(LIST)].count("undeletable-token-1") == 50
        assert next(iter(store.tokens.values())).value == "undeletable-token-2"


async def test_a_new_token_the_store_cannot_save_is_still_used() -> None:
    store = FailingStore()
    store.failing.add("set")
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["unsaved-token-01"]))
        server.route(LIST, list_accepting_only("unsaved-token-01"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as client:
            await client.promotion.list(start=0, limit=1)
        assert server.count(LIST) == 1


async def test_a_store_failure_during_an_early_refresh_keeps_the_valid_token(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _ShiftedTime()
    monkeypatch.setattr(promosdk._auth, "time", clock)
    store = FailingStore()
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["early-lock-token-1", "early-lock-token-2"]))
        server.route(LIST, LIST_OK)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store) as client:
            await client.promotion.list(start=0, limit=1)
            clock.offset += 7200 - 100  # in the refresh window, still valid for 100 s
            store.failing.add("lock")
            await client.promotion.list(start=0, limit=1)
            assert server.hits(LIST)[-1].query["access_token"] == "early-lock-token-1"
            clock.offset += 100  # expired now: nothing valid to fall back on
            with pytest.raises(StoreUnavailableError):
                await client.promotion.list(start=0, limit=1)
            store.failing.clear()
            await client.promotion.list(start=0, limit=1)
            assert server.hits(LIST)[-1].query["access_token"] == "early-lock-token-2"


async def test_a_failed_early_refresh_keeps_the_valid_token_and_waits_before_trying_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same promise as tests/test_base_client.py's, at WeChat's real 7200 s lifetime (a lifetime
    below TOKEN_MIN_LIFETIME, as that test's 4 s, is clamped to it)."""
    clock = _ShiftedTime()
    monkeypatch.setattr(promosdk._auth, "time", clock)
    state = {"up": True}
    async with LoopbackServer() as server:

        def token(_record: Recorded) -> Answer:
            if state["up"]:
                return json_answer({"access_token": "early-fail-token-1", "expires_in": 7200})
            return wechat_error(-1, "system busy")

        server.route(STABLE, token)
        server.route(LIST, LIST_OK)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            await client.promotion.list(start=0, limit=1)
            state["up"] = False
            clock.offset += 7200 - 200  # past refresh_at, 200 s before expiry
            await client.promotion.list(start=0, limit=1)
            assert server.count(STABLE) == 2  # the refresh was tried, failed, the token kept
            await client.promotion.list(start=0, limit=1)
            assert server.count(STABLE) == 2  # not tried again at once
            assert {r.query["access_token"] for r in server.hits(LIST)} == {"early-fail-token-1"}
