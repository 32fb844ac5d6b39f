"""The per-call shortcuts of the send path change nothing on the wire or in the outcome.

URLs are percent-encoded by promosdk (once per client and operation, the query once per call, the
token once per token) and handed to aiohttp as pre-encoded ``yarl.URL``s: the server must receive
exactly the bytes aiohttp built from ``params=`` before. The owned session keeps no cookies; the
connection-slot gate hands slots over in order and survives cancellation; an answer read in one
piece is still held to the size cap.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest
import yarl
from hypothesis import given, settings
from hypothesis import strategies as st

from promosdk import BadResponseError, WaiqinClient, WeChatUnionClient
from promosdk._transport import (
    _quote_query_part_public,
    _Slots,
    encode_query,
    encode_url,
    quote_query_part,
)
from tests.bodies import plan_info_ok, promotion_list_ok
from tests.loopback import (
    Answer,
    LoopbackServer,
    json_answer,
    stable_token_handler,
    waiqin_echo_handler,
    wechat_ok,
)

APPID = "wxhotpath000000001"
SECRET = "hot-path-app-secret"
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
LIST = "/union/promoter/promotion/list"

#: Query values that need quoting, each in its own way (qs "+" for space, "%2B" for "+", ...).
AWKWARD = [
    "https://mp.weixin.qq.com/union/plan?planId=MTk2NDEx%3D%3D&x=1#frag",
    "a b+c&d=e;f",
    "100% ~tilde_-.",
    "中文 와 emoji \U0001f600",
    "/:@?!$'()*,",
    "",
]
# Text that survives request validation (one line, no control characters) and UTF-8 encoding.
query_text = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40)


# ---------------------------------------------------------------------------- encoding helpers


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(query_text, query_text), max_size=5))
def test_encode_query_is_the_query_aiohttp_builds_from_params(pairs: list[tuple[str, str]]) -> None:
    built = yarl.URL("http://h.example/p").extend_query(pairs)
    assert encode_query(pairs) == built.raw_query_string


@settings(max_examples=300, deadline=None)
@given(query_text)
def test_the_public_quoting_fallback_matches_the_compiled_quoter(value: str) -> None:
    assert _quote_query_part_public(value) == quote_query_part(value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/union/promoter/promotion/list",
        "https://api.example.com/tenant a/api/bcwin/v1/x",
        "https://пример.рф/путь/list",
        "http://h.example/a%2Fb/../c",
    ],
)
def test_encode_url_is_what_aiohttp_sends(url: str) -> None:
    pre_encoded = yarl.URL(encode_url(url), encoded=True)
    assert pre_encoded == yarl.URL(url)
    assert pre_encoded.raw_path_qs == yarl.URL(url).raw_path_qs
    assert pre_encoded.host_subcomponent == yarl.URL(url).host_subcomponent


# ---------------------------------------------------------------------------- the same bytes on the wire


@pytest.mark.parametrize("value", AWKWARD[:-1])
async def test_a_query_call_sends_what_aiohttp_built_from_params(value: str) -> None:
    token = "tok+/= 1"  # quoting needed in the token too
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([token]))
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            await client.target.plan_info(plan_invitation_url=value)
        async with aiohttp.ClientSession() as session:
            params = {"planInvitationUrl": value, "access_token": token}
            async with session.get(server.url + PLAN_INFO, params=params) as resp:
                await resp.read()
        sdk, raw = server.hits(PLAN_INFO)
    assert sdk.path_qs == raw.path_qs
    assert sdk.query == {"planInvitationUrl": value, "access_token": token}


async def test_a_body_call_gets_the_token_as_its_only_query() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["tok-body-1"]))
        server.route("/union/promoter/promotion/add", wechat_ok(pid="pid-1"))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            await client.promotion.add(promotion_source_name="spot")
        (hit,) = server.hits("/union/promoter/promotion/add")
    assert hit.path_qs == "/union/promoter/promotion/add?access_token=tok-body-1"
    assert hit.headers["Content-Type"] == "application/json"
    assert hit.json() == {"promotionSourceName": "spot"}


async def test_a_new_token_replaces_the_encoded_one() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["tok-first", "tok-second"]))
        server.route(LIST, json_answer(promotion_list_ok()))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            await client.promotion.list()
            await client.tokens.invalidate("tok-first")
            await client.promotion.list()
        first, second = server.hits(LIST)
    assert first.query["access_token"] == "tok-first"
    assert second.query["access_token"] == "tok-second"
    assert second.path_qs == f"{LIST}?start=0&limit=20&access_token=tok-second"


async def test_the_cached_url_follows_the_base_url() -> None:
    async with LoopbackServer() as first, LoopbackServer() as second:
        for server in (first, second):
            server.route(STABLE, stable_token_handler(["tok-base"]))
            server.route(LIST, json_answer(promotion_list_ok()))
        async with WeChatUnionClient(APPID, SECRET, base_url=first.url, max_retries=0) as client:
            await client.promotion.list()
            copy = client.with_options(max_retries=1)
            await copy.promotion.list()  # a copy shares the client's URLs
            copy._base_url = second.url  # no public way yet: what a with_options(base_url=...) would do
            await copy.promotion.list()
            await client.promotion.list()  # the original keeps its own
        assert first.count(LIST) == 3 and second.count(LIST) == 1


async def test_waiqin_signed_path_is_sent_as_built() -> None:
    async with LoopbackServer() as server:
        server.route("/api/bcwin/v1/", waiqin_echo_handler({"return_code": 0, "return_msg": ""}), prefix=True)
        async with WaiqinClient("open_id-1", "hot-path-appkey", base_url=server.url, max_retries=0) as client:
            await client.bc.query_campaign(activity_code="C-1")
        (hit,) = server.hits()
    segments = hit.path_qs.split("/")
    assert segments[:4] == ["", "api", "bcwin", "v1"] and len(segments) == 9 and "?" not in hit.path_qs
    assert segments[5] == "open_id-1" and segments[6].isdigit() and len(segments[7]) == 32


# ---------------------------------------------------------------------------- cookies


async def test_the_owned_session_keeps_no_cookies() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["tok-cookie"]))
        server.route(LIST, Answer(body=json_answer(promotion_list_ok()).body, headers={"Set-Cookie": "sid=abc; Path=/"}))
        # A host name: aiohttp's default jar ignores cookies from an IP address.
        base_url = server.url.replace("127.0.0.1", "localhost")
        async with WeChatUnionClient(APPID, SECRET, base_url=base_url, max_retries=0) as client:
            await client.promotion.list()
            await client.promotion.list()
        assert server.count(LIST) == 2 and all("Cookie" not in hit.headers for hit in server.hits())


async def test_a_user_session_keeps_its_own_cookie_jar() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["tok-cookie"]))
        server.route(LIST, Answer(body=json_answer(promotion_list_ok()).body, headers={"Set-Cookie": "sid=abc; Path=/"}))
        base_url = server.url.replace("127.0.0.1", "localhost")
        async with (
            aiohttp.ClientSession() as session,
            WeChatUnionClient(APPID, SECRET, base_url=base_url, session=session, max_retries=0) as client,
        ):
            await client.promotion.list()
            await client.promotion.list()
        assert server.hits(LIST)[-1].headers.get("Cookie") == "sid=abc"


# ---------------------------------------------------------------------------- the size cap


@pytest.mark.parametrize(("size", "refused"), [(64, False), (65, True)])
async def test_an_answer_in_one_piece_is_held_to_the_cap(size: int, refused: bool) -> None:
    head = b'{"errcode":0,"total":0,"promotionMaxCnt":0,"pad":"'
    body = head + b"x" * (size - len(head) - 2) + b'"}'
    assert len(body) == size
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["tok-cap"]))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            await client.access_token()
            server.route(LIST, Answer(body=body))
            client._transport.max_body = 64  # the one chunk is the whole body
            if refused:
                with pytest.raises(BadResponseError, match="larger than 64 bytes"):
                    await client.promotion.list()
            else:
                await client.promotion.list()


async def test_an_answer_in_many_pieces_is_read_whole() -> None:
    async def chunked(request: Any) -> aiohttp.web.StreamResponse:
        resp = aiohttp.web.StreamResponse(headers={"Content-Type": "application/json"})
        await resp.prepare(request)
        await resp.write(b'{"errcode":0,')
        await asyncio.sleep(0)
        await resp.write(b'"promotionSourceList":[],"total":0}')
        await resp.write_eof()
        return resp

    app = aiohttp.web.Application()
    app.router.add_get("/probe", chunked)
    runner = aiohttp.web.AppRunner(app)
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with WaiqinClient("open-1", "hot-path-appkey", base_url=f"http://127.0.0.1:{port}") as client:
            answer = await client._transport.send(
                "GET", f"http://127.0.0.1:{port}/probe", operation="probe", timeout=aiohttp.ClientTimeout(total=30)
            )
    finally:
        await runner.cleanup()
    assert answer.body == b'{"errcode":0,"promotionSourceList":[],"total":0}'
    assert answer.content_type == "application/json"


# ---------------------------------------------------------------------------- the slot gate


async def _holder(slots: _Slots, order: list[str], name: str, release: asyncio.Event) -> None:
    if slots.free > 0:
        slots.free -= 1
    else:
        await slots.wait()
    order.append(name)
    try:
        await release.wait()
    finally:
        slots.release()


async def test_slots_are_handed_over_in_order_and_never_overtaken() -> None:
    slots = _Slots(1)
    order: list[str] = []
    gates = {name: asyncio.Event() for name in "abcd"}
    tasks = {name: asyncio.create_task(_holder(slots, order, name, gates[name])) for name in "abc"}
    for _ in range(3):
        await asyncio.sleep(0)
    assert order == ["a"] and slots.free == 0
    gates["a"].set()
    await tasks["a"]
    # The slot went to b directly: a newcomer finds none free and queues behind c.
    assert slots.free == 0
    tasks["d"] = asyncio.create_task(_holder(slots, order, "d", gates["d"]))
    for name in "bcd":
        gates[name].set()
    await asyncio.gather(*tasks.values())
    assert order == ["a", "b", "c", "d"] and slots.free == 1


async def test_a_cancelled_waiter_gives_its_turn_to_the_next() -> None:
    slots = _Slots(1)
    order: list[str] = []
    gates = {name: asyncio.Event() for name in "abc"}
    tasks = {name: asyncio.create_task(_holder(slots, order, name, gates[name])) for name in "abc"}
    await asyncio.sleep(0)
    tasks["b"].cancel()
    gates["a"].set()
    gates["c"].set()
    await asyncio.gather(tasks["a"], tasks["c"])
    assert tasks["b"].cancelled() and order == ["a", "c"] and slots.free == 1


async def test_a_slot_handed_to_a_waiter_cancelled_before_it_ran_goes_on() -> None:
    slots = _Slots(1)
    order: list[str] = []
    gates = {name: asyncio.Event() for name in "abc"}
    tasks = {name: asyncio.create_task(_holder(slots, order, name, gates[name])) for name in "abc"}
    await asyncio.sleep(0)
    gates["a"].set()
    await asyncio.sleep(0)  # a releases: b's waiter gets the slot, b has not run yet
    tasks["b"].cancel()
    gates["c"].set()
    await asyncio.gather(tasks["a"], tasks["c"])
    assert tasks["b"].cancelled() and order == ["a", "c"] and slots.free == 1


async def test_a_connection_limit_of_one_serves_every_call() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["tok-limit"]))
        server.route(LIST, json_answer(promotion_list_ok()))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, connection_limit=1) as client:
            await asyncio.gather(*(client.promotion.list() for _ in range(20)))
            assert client._transport._slots is not None and client._transport._slots.free == 1
        assert server.count(LIST) == 20


# ---------------------------------------------------------------------------- errcode forms


@pytest.mark.parametrize(("errcode", "ok"), [(0, True), ("0", True), (None, True), (False, False), (0.0, False)])
async def test_errcode_zero_is_recognised_in_its_wire_forms_only(errcode: Any, ok: bool) -> None:
    """The no-call shortcut for an int 0 leaves the other forms to the full check (False == 0)."""
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["tok-errcode"]))
        page = {**promotion_list_ok(), "errcode": errcode}
        server.route(LIST, json_answer(page))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            if ok:
                await client.promotion.list()
            else:
                with pytest.raises(BadResponseError, match="errcode is not an integer"):
                    await client.promotion.list()
