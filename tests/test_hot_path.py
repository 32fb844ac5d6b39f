"""The per-call shortcuts of the send path change nothing on the wire or in the outcome.

The owned session keeps no cookies; the connection-slot gate hands slots over in order and
survives cancellation; an answer read in one piece is still held to the size cap.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

from promosdk import BadResponseError, WaiqinClient, WeChatUnionClient
from promosdk._transport import _Slots
from tests.bodies import promotion_list_ok
from tests.loopback import Answer, LoopbackServer, json_answer, stable_token_handler

APPID = "wxhotpath000000001"
SECRET = "hot-path-app-secret"
STABLE = "/cgi-bin/stable_token"
LIST = "/union/promoter/promotion/list"

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
