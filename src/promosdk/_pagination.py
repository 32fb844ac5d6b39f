"""One paginator for offset-paged lists (``start`` + ``limit``), bounded whatever the server sends.

    pages = Paginator(fetch, to_page, key, page_size=20, operation="promotion.list")
    async for item in pages:          # every distinct item, across pages
        ...
    async for page in pages.pages():  # or page by page (a Page: items, start, total, raw answer)
        ...

It ends the listing on the first of:

- the page's ``total`` says nothing remains (``start + len(items) >= total``): no extra request;
- a page that adds nothing new (empty, or only items already seen, e.g. a server that ignores
  ``start`` and repeats its first page): the listing ends there, unless ``total`` still says more
  remain than were seen, which raises :class:`PaginationError` (silently returning a short listing
  would hide lost items);
- the page budget is spent: ``ceil(bound / page_size) + 1`` pages, where ``bound`` is the largest
  count the first page declares (``capacity`` such as promotionMaxCnt, or ``total``), never more
  than ``max_items`` (default :data:`MAX_ITEMS`). Needing one more page raises
  :class:`PaginationError` (a server whose totals grow with each page, or that invents new items
  forever), so a hostile server costs a few requests, not an endless loop.

Items are deduplicated by ``key`` (a page overlapping an earlier one yields only the new items).
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Sequence
from typing import Generic, TypeVar

from attrs import evolve, field, frozen

from ._errors import PaginationError

__all__ = ["MAX_ITEMS", "Page", "Paginator"]

T = TypeVar("T")
R = TypeVar("R")

#: The most items one listing may hold when the server declares no bound of its own (100 times
#: the documented promotionMaxCnt of 100); the page budget is derived from it and the page size.
MAX_ITEMS = 10_000
#: One page beyond the declared bound: room for an item added while listing, or a closing empty page.
SPARE_PAGES = 1


@frozen
class Page(Generic[T, R]):
    """One page as the server sent it."""

    #: The items of this page, in order, as received (duplicates of earlier pages included).
    items: tuple[T, ...]
    #: The offset this page was requested at.
    start: int
    #: The server's count of all items, if it sent one.
    total: int | None
    #: The most items the list can hold, if the server says (WeChat: promotionMaxCnt).
    capacity: int | None
    #: The decoded answer the page came from.
    raw: R
    #: The items not seen on an earlier page (filled in by the Paginator).
    new_items: tuple[T, ...] = field(default=(), repr=False)

    @property
    def end(self) -> int:
        """The offset of the next page."""
        return self.start + len(self.items)


class Paginator(Generic[T, R]):
    """Walk an offset-paged list once (see the module docstring for when it stops and raises)."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[R]],
        to_page: Callable[[R, int], Page[T, R]],
        key: Callable[[T], Hashable],
        *,
        page_size: int,
        operation: str,
        max_items: int = MAX_ITEMS,
    ) -> None:
        if max_items < 1:
            raise ValueError("max_items must be >= 1")
        self._fetch = fetch
        self._to_page = to_page
        self._key = key
        self.page_size = page_size
        self.operation = operation
        self.max_items = max_items
        #: Pages requested so far.
        self.requests = 0
        #: The last page received (for figures the caller wants, e.g. its capacity).
        self.last_page: Page[T, R] | None = None
        self._seen: set[Hashable] = set()
        self._started = False

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.new_items:
                yield item

    def _fresh(self, items: Sequence[T]) -> tuple[T, ...]:
        fresh: list[T] = []
        for item in items:
            key = self._key(item)
            if key not in self._seen:
                self._seen.add(key)
                fresh.append(item)
        return tuple(fresh)

    async def pages(self) -> AsyncIterator[Page[T, R]]:
        """Every page, in order, each with its ``new_items`` (iterating the paginator yields those)."""
        if self._started:
            raise RuntimeError("a Paginator walks its list once; make a new one")
        self._started = True
        start = 0
        budget: int | None = None
        while True:
            page = self._to_page(await self._fetch(start, self.page_size), start)
            self.requests += 1
            page = evolve(page, new_items=self._fresh(page.items))
            self.last_page = page
            if budget is None:
                budget = self._budget(page)
            yield page
            if not page.new_items:
                if page.total is not None and len(self._seen) < page.total:
                    raise self._error(
                        f"the server made no progress at start={start} (a page with no new item) while "
                        f"its total says {page.total} items exist",
                        page,
                    )
                return
            if page.total is not None and page.end >= page.total:
                return
            if len(self._seen) >= self.max_items or self.requests >= budget:
                raise self._error(
                    f"the listing did not end within {budget} pages of {self.page_size} "
                    f"(declared total {page.total}, capacity {page.capacity}, at most {self.max_items} items)",
                    page,
                )
            start = page.end

    def _budget(self, first: Page[T, R]) -> int:
        declared = [n for n in (first.capacity, first.total) if n is not None and n >= 0]
        bound = min(max(declared), self.max_items) if declared else self.max_items
        # A first page shorter than asked while more remain: the server's own page size rules.
        served = len(first.items)
        size = served if 0 < served < self.page_size and first.total is not None and served < first.total else self.page_size
        return math.ceil(bound / max(size, 1)) + SPARE_PAGES

    def _error(self, reason: str, page: Page[T, R]) -> PaginationError:
        return PaginationError(
            reason, operation=self.operation, pages=self.requests, items=len(self._seen), total=page.total
        )

