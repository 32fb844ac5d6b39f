"""The cyclic GC is paused while an answer is decoded (promosdk._serde.with_gc_paused), and left as
the application had it afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson
import pytest

from promosdk import WeChatUnionClient
from promosdk._serde import DecodeError, loads
from promosdk.models import PlanInfoResponse
from tests.bodies import plan_info_ok, product_info
from tests.loopback import LoopbackServer, json_answer, stable_token_handler

APPID = "wxgcpause000000001"
SECRET = "gc-pause-app-secret"
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
PRODUCTS = 2_000


def _big_answer() -> dict[str, Any]:
    return plan_info_ok(products=[product_info(str(i)) for i in range(PRODUCTS)])


@contextmanager
def _collections() -> Iterator[list[int]]:
    """Count the cyclic GC's collections (any generation) while the block runs."""
    started: list[int] = []

    def callback(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.collect()
    gc.callbacks.append(callback)
    try:
        yield started
    finally:
        gc.callbacks.remove(callback)


@contextmanager
def _gc_disabled_by_the_application() -> Iterator[None]:
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def test_a_large_answer_is_decoded_without_collections() -> None:
    # Parsed JSON and the typed answer: tens of thousands of tracked objects alive at once, which
    # with the GC running would mean a young collection every 700 of them (dozens here).
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["gc-pause-token-01"]))
        server.route(PLAN_INFO, json_answer(_big_answer()))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            await client.access_token()
            with _collections() as during:
                answer = await client.target.plan_info(plan_invitation_url="u")
            assert len(answer.product_list_info) == PRODUCTS
            tracked = len(gc.get_referents(*answer.product_list_info))  # a floor of what was built
            assert tracked > 700 * 5
            assert len(during) <= 3, during  # what the request itself may cause, not the decode
            assert gc.isenabled()


def test_loads_pauses_the_gc_and_enables_it_again() -> None:
    body = orjson.dumps(_big_answer())
    with _collections() as during:
        decoded = loads(body, PlanInfoResponse)
    assert len(decoded.product_list_info) == PRODUCTS
    assert during == []
    assert gc.isenabled()


def test_a_failing_decode_enables_the_gc_again() -> None:
    body = orjson.dumps(plan_info_ok(products=[product_info("1", productDetailInfo=["not", "an", "object"])]))
    with pytest.raises(DecodeError):
        loads(body, PlanInfoResponse)
    assert gc.isenabled()


async def test_a_gc_the_application_disabled_stays_disabled() -> None:
    body = orjson.dumps(_big_answer())
    with _gc_disabled_by_the_application():
        loads(body, PlanInfoResponse)
        assert not gc.isenabled()
        async with LoopbackServer() as server:
            server.route(STABLE, stable_token_handler(["gc-pause-token-02"]))
            server.route(PLAN_INFO, json_answer(_big_answer()))
            async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
                await client.target.plan_info(plan_invitation_url="u")
        assert not gc.isenabled()
