"""Paging against hostile servers: every path that lists promotion spots ends, with a bounded number
of requests, as the right result or a PaginationError (issue 10).

The paths: ``promotion.iter_list`` / ``paginate``, ``promosdk wechat promotion-list --all`` (a
subprocess), the batch's spot listing (``ensure_spots``) and the ``promotion/add`` / ``upd``
reconcilers. The servers (real HTTP on loopback, tests.loopback): one ignoring ``start`` (always the
same page), one whose ``total`` grows with every page, one inventing new spots forever. Each has a
safety valve (an empty page after VALVE requests) so that a client without the bound ends too,
and fails the request-count assertions instead of hanging the suite.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

from promosdk import (
    AmbiguousWriteError,
    BadResponseError,
    PaginationError,
    PromoSDKError,
    RetryPolicy,
    WeChatUnionClient,
)
from promosdk._generated.wechat_union.models import PreviousPromotionInfo, PromotionInfo
from promosdk._pagination import MAX_ITEMS
from promosdk.batch import CallStats, SpotSpec, ensure_spots
from promosdk.sandbox.config import DEFAULT_APPID
from tests.loopback import (
    DROP,
    Answer,
    LoopbackServer,
    Recorded,
    stable_token_handler,
    wechat_error,
    wechat_ok,
)
from tests.test_cli import run_cli, sandbox_env

LIST = "/union/promoter/promotion/list"
ADD = "/union/promoter/promotion/add"
UPD = "/union/promoter/promotion/upd"
STABLE = "/cgi-bin/stable_token"
SECRET = "hostile-paging-secret-0123456789"
#: After this many list requests every server answers an empty page (a client without bounds ends).
VALVE = 2_000
FAST: dict[str, Any] = {"retry_policy": RetryPolicy(base=0.001, cap=0.01)}


def spot(i: int) -> dict[str, str]:
    return {"promotionSourceName": f"spot-{i}", "promotionSourcePid": f"pid_{i}"}


Server = Callable[[Recorded], Answer]


def ignores_start(total: int | None, page: int = 20) -> Server:
    """Always the first page, whatever ``start`` says."""
    served = [0]

    def handler(record: Recorded) -> Answer:
        served[0] += 1
        extra = {} if total is None else {"total": total}
        if served[0] > VALVE:
            return wechat_ok(promotionSourceList=[], promotionMaxCnt=100, **extra)
        return wechat_ok(promotionSourceList=[spot(i) for i in range(page)], promotionMaxCnt=100, **extra)

    return handler


def growing_total(capacity: int | None) -> Server:
    """Honest pages, but ``total`` always says two more pages remain (and new spots keep coming)."""

    def handler(record: Recorded) -> Answer:
        start, limit = int(record.query["start"]), int(record.query["limit"])
        extra = {} if capacity is None else {"promotionMaxCnt": capacity}
        if start >= VALVE * limit:
            return wechat_ok(promotionSourceList=[], total=start, **extra)
        items = [spot(i) for i in range(start, start + limit)]
        return wechat_ok(promotionSourceList=items, total=start + 3 * limit, **extra)

    return handler


def endless(record: Recorded) -> Answer:
    """New spots on every page forever, under a total and a promotionMaxCnt that bound nothing."""
    start, limit = int(record.query["start"]), int(record.query["limit"])
    huge = {"total": 10**9, "promotionMaxCnt": 10**9}
    if start >= VALVE * limit:
        return wechat_ok(promotionSourceList=[], **huge)
    return wechat_ok(promotionSourceList=[spot(i) for i in range(start, start + limit)], **huge)


@asynccontextmanager
async def hostile(list_handler: Server, **options: Any) -> AsyncIterator[tuple[LoopbackServer, WeChatUnionClient]]:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["hostile-token-0001"]))
        server.route(LIST, list_handler)
        async with WeChatUnionClient(DEFAULT_APPID, SECRET, base_url=server.url, **{**FAST, **options}) as client:
            yield server, client


# ---------------------------------------------------------------------------------------- iter_list


async def test_a_server_ignoring_start_costs_two_requests_and_raises() -> None:
    async with hostile(ignores_start(total=45)) as (server, client):
        seen: list[str] = []
        with pytest.raises(PaginationError) as caught:
            async for s in client.promotion.iter_list(page_size=20):
                seen.append(s.promotion_source_pid or "")
        # the first page, then its repeat: no new spot while total says 45 exist
        assert server.count(LIST) == 2
        assert seen == [f"pid_{i}" for i in range(20)]  # each PID once, the repeat yields nothing
        error = caught.value
        assert isinstance(error, BadResponseError) and isinstance(error, PromoSDKError)
        assert error.pages == 2 and error.items == 20 and error.total == 45
        assert "no progress" in error.message and error.operation == "promotion.list"
        assert [r.query["start"] for r in server.hits(LIST)] == ["0", "20"]
        print(f"\nrequests against a list ignoring start (total 45): {server.count(LIST)}")


async def test_a_server_ignoring_start_without_total_is_a_bad_response_naming_total() -> None:
    # promotion/list always sends total (a required field, docs/spec-decisions.md): a listing
    # without it cannot be bounded by it and is refused, whatever the paging does.
    async with hostile(ignores_start(total=None)) as (server, client):
        with pytest.raises(BadResponseError, match="total: required field is missing"):
            _ = [s async for s in client.promotion.iter_list(page_size=20)]
        assert server.count(LIST) >= 1


async def test_a_growing_total_is_bounded_by_promotion_max_cnt() -> None:
    async with hostile(growing_total(capacity=100)) as (server, client):
        with pytest.raises(PaginationError, match="did not end within 6 pages") as caught:
            _ = [s async for s in client.promotion.iter_list(page_size=20)]
        # promotionMaxCnt 100 in pages of 20: five pages, plus one spare
        assert server.count(LIST) == 6
        assert caught.value.items == 120


async def test_a_lying_total_without_capacity_is_a_bad_response_naming_promotion_max_cnt() -> None:
    # promotionMaxCnt is required too: a page without it is refused before any paging decision.
    async with hostile(growing_total(capacity=None)) as (_server, client):
        with pytest.raises(BadResponseError, match="promotionMaxCnt: required field is missing"):
            _ = [s async for s in client.promotion.iter_list(page_size=20)]


async def test_endless_new_items_stop_at_the_hard_cap() -> None:
    async with hostile(endless) as (server, client):
        with pytest.raises(PaginationError) as caught:
            _ = [s async for s in client.promotion.iter_list(page_size=100)]
        assert caught.value.items == MAX_ITEMS
        assert server.count(LIST) == MAX_ITEMS // 100
        smaller = client.promotion.paginate(page_size=10, max_items=35)
        server.clear()
        with pytest.raises(PaginationError):
            _ = [s async for s in smaller]
        assert server.count(LIST) == 4 and smaller.requests == 4  # ceil(35 / 10) pages


async def test_overlapping_pages_yield_each_spot_once() -> None:
    # A spot inserted at the front while listing shifts the next page by one: one repeat, no loss.
    def handler(record: Recorded) -> Answer:
        start, limit = int(record.query["start"]), int(record.query["limit"])
        spots = [spot(i) for i in range(25)]
        if start > 0:
            spots = [spot(99), *spots]
        return wechat_ok(promotionSourceList=spots[start : start + limit], total=len(spots), promotionMaxCnt=100)

    async with hostile(handler) as (server, client):
        pids = [s.promotion_source_pid async for s in client.promotion.iter_list(page_size=10)]
        # the spot inserted behind the walk is not seen (offset paging); the shifted one is not doubled
        assert pids == [f"pid_{i}" for i in range(25)]
        assert server.count(LIST) == 3


# ---------------------------------------------------------------------------------------- CLI --all


async def test_cli_promotion_list_all_ends_with_one_error_line() -> None:
    async with hostile(ignores_start(total=45)) as (server, _client):
        result = await run_cli("wechat", "promotion-list", "--all", env=sandbox_env(server.url))
        assert result.code == 7, result.stderr  # BadResponseError's exit code
        lines = result.stderr.strip().splitlines()
        assert lines[-1].startswith("error: PaginationError: promotion.list: the server made no progress"), result.stderr
        assert result.stdout == b""
        assert server.count(LIST) == 2


async def test_cli_promotion_list_all_against_endless_items_is_bounded() -> None:
    async with hostile(growing_total(capacity=100)) as (server, _client):
        result = await run_cli("wechat", "promotion-list", "--all", "--limit", "50", env=sandbox_env(server.url))
        assert result.code == 7, result.stderr
        assert "PaginationError" in result.stderr
        # the first page declares total 150 (more than promotionMaxCnt 100): 3 pages of 50, plus one
        assert server.count(LIST) == 4


# ---------------------------------------------------------------------------------------- batch spots


async def test_batch_spot_listing_ends_with_pagination_error() -> None:
    async with hostile(ignores_start(total=45)) as (server, client):
        server.route(ADD, wechat_ok(pid="pid_new"))
        stats = CallStats()
        with pytest.raises(PaginationError):
            await ensure_spots(client, [SpotSpec("wanted")], stats=stats)
        assert server.count(LIST) == 2 and stats.endpoints["promotion.list"].calls == 2
        assert server.count(ADD) == 0  # nothing is written on a listing that did not end


async def test_batch_spot_listing_of_a_growing_total_is_bounded() -> None:
    async with hostile(growing_total(capacity=100)) as (server, client):
        with pytest.raises(PaginationError):
            await ensure_spots(client, [SpotSpec("wanted")])
        assert server.count(LIST) == 6  # pages of 20 (the batch's size) up to promotionMaxCnt, plus one


# ---------------------------------------------------------------------------------------- reconcilers


async def test_add_reconciler_against_a_list_ignoring_start_stays_ambiguous() -> None:
    # The add lands but its answer is lost; the retry says 14007; the look-up lists a server
    # repeating its first page (100 spots, not ours, total 150): the write is reported ambiguous.
    async with hostile(ignores_start(total=150, page=100)) as (server, client):
        server.queue(ADD, DROP)
        server.route(ADD, wechat_error(14007, "duplicate promotion source name"))
        with pytest.raises(AmbiguousWriteError) as caught:
            await client.promotion.add(promotion_source_name="mine")
        assert isinstance(caught.value.cause, PaginationError)
        assert server.count(ADD) == 2 and server.count(LIST) == 2


async def test_add_reconciler_against_endless_items_is_bounded() -> None:
    async with hostile(endless) as (server, client):
        server.queue(ADD, DROP)
        server.route(ADD, wechat_error(14007, "duplicate promotion source name"))
        with pytest.raises(AmbiguousWriteError) as caught:
            await client.promotion.add(promotion_source_name="mine")
        assert isinstance(caught.value.cause, PaginationError)
        assert server.count(LIST) == MAX_ITEMS // 100


async def test_add_reconciler_still_finds_its_spot_on_the_first_page() -> None:
    # Ignoring start is harmless when the spot is on the page it keeps sending.
    async with hostile(ignores_start(total=150, page=100)) as (server, client):
        server.queue(ADD, DROP)
        server.route(ADD, wechat_error(14007, "duplicate promotion source name"))
        added = await client.promotion.add(promotion_source_name="spot-7")
        assert added.pid == "pid_7" and server.count(LIST) == 1


async def test_upd_reconciler_against_a_list_ignoring_start_stays_ambiguous() -> None:
    async with hostile(ignores_start(total=150, page=100)) as (server, client):
        server.queue(UPD, DROP)
        server.route(UPD, wechat_error(40097, "previousPromotionInfo does not match"))
        with pytest.raises(AmbiguousWriteError) as caught:
            await client.promotion.upd(
                previous_promotion_info=PreviousPromotionInfo(promotion_source_pid="pid_x", promotion_source_name="a"),
                promotion_info=PromotionInfo(promotion_source_name="b"),
            )
        assert isinstance(caught.value.cause, PaginationError)
        assert server.count(LIST) == 2
