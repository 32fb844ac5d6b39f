"""One orders export: every order of a pay-time window, page by page, into a CSV or JSON-lines
file, resumable (see promosdk.orders)."""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from .._errors import PromoSDKError
from .._generated.wechat_union.models import CommissionStatus, OrderSearchResponse, UnionOrder
from .._pagination import Page, Paginator
from ..batch import BatchInputError, error_json
from ..wechat import WeChatUnionClient
from .progress import PageDone, export_progress
from .rows import Format, decode_rows, encode_header, encode_rows, format_for, order_rows
from .state import ExportFile, ExportState, ExportStateError
from .summary import ExportSummary
from .window import parse_time, window_text

if TYPE_CHECKING:  # rich is the [cli] extra: only the progress bar needs it
    from rich.console import Console

__all__ = ["ORDERS_MAX", "PAGE_SIZE", "RELATIVE_TIMES", "OrdersExport"]

#: order/search's documented maximum page size, the default: the fewest requests.
PAGE_SIZE = 200
#: The most orders one export walks (the paginator's bound when the vendor's totalNum is larger).
ORDERS_MAX = 10_000_000
#: Window bounds that mean another second on every run: a resume with the same word keeps the
#: bound its export started with.
RELATIVE_TIMES = frozenset({"now", "today"})


class OrdersExport:
    """Export the orders of ``since`` .. ``until`` (Unix seconds, or the texts of
    :func:`promosdk.orders.parse_time`; both inclusive) to ``output``.

    ``status`` keeps only orders whose lines are in that commission state; ``fmt`` is ``csv`` or
    ``jsonl`` (default: from the output's suffix); ``restart`` overwrites an earlier export in
    ``output`` instead of resuming it.
    """

    def __init__(
        self,
        wechat: WeChatUnionClient,
        output: str | os.PathLike[str],
        *,
        since: int | str,
        until: int | str,
        status: CommissionStatus | str | None = None,
        fmt: Format | None = None,
        page_size: int = PAGE_SIZE,
        restart: bool = False,
        console: Console | None = None,
        progress: bool = True,
    ) -> None:
        self.wechat = wechat
        self.output = Path(output)
        self.format = format_for(self.output, fmt)
        self._since_text = since if isinstance(since, str) else None
        self._until_text = until if isinstance(until, str) else None
        since_ts = parse_time(since) if isinstance(since, str) else since
        until_ts = parse_time(until, end=True) if isinstance(until, str) else until
        if since_ts > until_ts:
            raise ValueError(f"the window ends before it starts ({window_text(since_ts, until_ts)})")
        if not 1 <= page_size <= PAGE_SIZE:
            raise ValueError(f"page_size must be within 1..{PAGE_SIZE}")
        self.wanted = ExportState(
            since=since_ts,
            until=until_ts,
            status=str(status) if status is not None else None,
            format=self.format,
            page_size=page_size,
        )
        self.restart = restart
        self.console = console
        self.show_progress = progress
        self.file = ExportFile(self.output)
        self.summary = ExportSummary(
            output=str(self.output),
            state_file=str(self.file.state_path),
            window=window_text(since_ts, until_ts),
            status_filter=self.wanted.status,
        )
        self._seen: set[str] = set()

    def _relative_match(self, saved: ExportState | None) -> ExportState:
        """The window to ask for: a bound given as ``now``/``today`` keeps the saved one (resume)."""
        if saved is None:
            return self.wanted
        since = saved.since if self._since_text in RELATIVE_TIMES else self.wanted.since
        until = saved.until if self._until_text in RELATIVE_TIMES else self.wanted.until
        return ExportState(
            since=since, until=until, status=self.wanted.status, format=self.format,
            page_size=self.wanted.page_size,
        )  # fmt: skip

    async def run(self) -> ExportSummary:
        """Run to the end; on a failure or cancellation the output holds every complete page and the
        summary describes it (a re-run resumes)."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        summary = self.summary
        state: ExportState | None = None
        try:
            wanted = self._relative_match(self.file.peek_state() if not self.restart else None)
            state, data = self.file.open(wanted, header=encode_header(self.format), restart=self.restart)
            summary.window = window_text(state.since, state.until)
            summary.dropped_bytes = self.file.dropped_bytes
            try:
                for row in decode_rows(data, self.format):
                    self._seen.add(str(row["order_id"]))
                    summary.add_row(row, written=False)
            except ValueError as exc:
                raise ExportStateError(f"{self.output}: {exc}; pass --restart to export again") from None
            summary.total_orders = state.total
            if state.complete:
                summary.complete = summary.already_complete = True
                return summary
            with export_progress(self.console, enabled=self.show_progress) as page_done:
                page_done(summary.orders, state.total, summary.rows, 0)
                first_page = await self._resume_page(state)
                walk = await self._walk(state, page_done, first_page=first_page, catch_up=False)
                covered = (first_page - 1) * state.page_size + len(walk.listed)
                if walk.repeated or (state.total is not None and covered < state.total):
                    # The listing moved under the walk (offset paging: an order came in, or left a
                    # --status filter): one more walk from page 1 adds what was missed, each once.
                    walk = await self._walk(state, page_done, first_page=1, catch_up=True)
                    covered = len(walk.listed)
            summary.short_by = max((state.total or 0) - covered, 0)
            state.complete = True
            self.file.save(state)
            summary.complete = True
            return summary
        except asyncio.CancelledError:
            summary.interrupted = True
            raise
        except BatchInputError:
            raise
        except PromoSDKError as exc:
            summary.aborted = error_json(exc)
            raise
        finally:
            self.file.remove_if_unused(state)
            self.file.close()
            summary.wall_time = loop.time() - started

    def _search(self, state: ExportState, page: int, page_size: int) -> Awaitable[OrderSearchResponse]:
        return self.wechat.order.search(
            page=page,
            page_size=page_size,
            start_timestamp=state.since,
            end_timestamp=state.until,
            commission_status=state.status,
        )

    async def _resume_page(self, state: ExportState) -> int:
        """The page to continue from: after the last page written if the vendor still lists it as
        it was (one request to check), else 1 (orders came in or left before it)."""
        if state.next_page <= 1 or not state.last_page_ids:
            return state.next_page
        probe = await self._search(state, state.next_page - 1, state.page_size)
        self.summary.pages += 1
        if [order.order_id for order in probe.order_list or ()] == state.last_page_ids:
            return state.next_page
        self.summary.listing_moved = True
        return 1

    async def _walk(
        self, state: ExportState, page_done: PageDone, *, first_page: int, catch_up: bool
    ) -> _Walk:
        """Pages from ``first_page`` to the end through the client's bounded Paginator (as
        ``order.paginate_search``): it stops on the vendor's totalNum and never loops. Each page's
        new orders are appended, then the state saved (the page to read next, and this page's ids)."""
        skipped = (first_page - 1) * state.page_size

        numbers = itertools.count(first_page)  # by pages asked: a server may serve fewer than asked

        def fetch(start: int, limit: int) -> Awaitable[OrderSearchResponse]:
            return self._search(state, next(numbers), limit)

        def to_page(answer: OrderSearchResponse, start: int) -> Page[UnionOrder, OrderSearchResponse]:
            # The paginator counts from where this walk starts: the orders before it are not its own.
            return Page(
                items=tuple(answer.order_list or ()),
                start=start,
                total=max(answer.total_num - skipped, 0),
                capacity=None,
                raw=answer,
            )

        pages = Paginator(
            fetch, to_page, lambda order: order.order_id, page_size=state.page_size,
            operation="order.search", max_items=ORDERS_MAX,
        )  # fmt: skip
        walk = _Walk()
        summary = self.summary
        walked = 0
        async for page in pages.pages():
            walked += 1
            summary.pages += 1
            if catch_up:
                summary.catch_up_pages += 1
            fresh: list[UnionOrder] = []
            for order in page.items:
                order_id = order.order_id
                if order_id in walk.listed or (first_page > 1 and order_id in self._seen):
                    walk.repeated += 1  # listed twice by this walk, or written before its first page
                walk.listed.add(order_id)
                if order_id in self._seen:
                    if not catch_up:  # a catch-up walk lists the written orders again by design
                        summary.duplicates_skipped += 1
                    continue
                self._seen.add(order_id)
                fresh.append(order)
            rows = [row for order in fresh for row in order_rows(order)]
            state.total = summary.total_orders = page.raw.total_num
            state.next_page = first_page + walked
            state.last_page_ids = [order.order_id for order in page.items]
            self.file.append(encode_rows(rows, self.format), state)
            for row in rows:
                summary.add_row(row, written=True)
            page_done(summary.orders, state.total, summary.rows, summary.pages)
        return walk


@attrs.define
class _Walk:
    #: The distinct orders the walk's pages listed.
    listed: set[str] = attrs.field(factory=set)
    #: Orders listed twice by the walk, or already written before its first page: the listing moved.
    repeated: int = 0
