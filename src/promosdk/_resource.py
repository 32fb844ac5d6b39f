"""Base of the generated resource classes: they build a request model and hand it to the client.

:func:`paginate` walks any operation with ``x-pagination`` (``OperationSpec.pagination``) through
the one bounded paginator (promosdk._pagination): ``iter_*``/``paginate`` methods and the
reconcilers (promosdk._reconcile) use it, nobody writes a paging loop.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Awaitable, Callable, Hashable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from attrs import frozen
from multidict import CIMultiDict, CIMultiDictProxy

from ._errors import RequestValidationError
from ._pagination import MAX_ITEMS, Page, Paginator
from ._redact import redact, redacting

if TYPE_CHECKING:
    from ._operation import OperationSpec, Pagination

__all__ = ["BaseResource", "RawResponse", "coerce_enum", "paginate", "paginator"]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


class _Requester(Protocol):
    def _request(self, operation: OperationSpec, request: Any, *, raw: bool) -> Awaitable[Any]: ...


@frozen(repr=False)
class RawResponse(Generic[T]):
    """The HTTP answer of one call, for debugging: status, headers, body bytes and the parsed result.

    The attributes hold what the server sent, unchanged; ``repr()``/``str()`` redact registered
    secrets and secret-bearing URL parts (a server may echo the access_token into the body).

    A *reconciled* call (an ambiguous write whose retry was answered by an error proving that the
    first attempt landed, see promosdk._reconcile) has ``reconciled=True``: no HTTP answer carries
    its result, so ``status`` is None, ``headers`` and ``content`` are empty, and ``parsed`` is the
    result the reconciliation built (errcode 0, and e.g. the PID found in the listing).
    """

    status: int | None
    headers: CIMultiDictProxy[str]
    content: bytes
    parsed: T
    operation: str
    attempts: int = 1
    reconciled: bool = False

    @classmethod
    def for_reconciled(cls, parsed: T, *, operation: str, attempts: int) -> RawResponse[T]:
        """The raw response of a reconciled call (see the class docstring)."""
        return cls(
            status=None,
            headers=CIMultiDictProxy(CIMultiDict()),
            content=b"",
            parsed=parsed,
            operation=operation,
            attempts=attempts,
            reconciled=True,
        )

    def parse(self) -> T:
        return self.parsed

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    @redacting
    def __repr__(self) -> str:
        # The body is redacted as text before it is printed as bytes: in a bytes repr a non-ASCII
        # or quoted secret is escaped and would no longer match. surrogateescape keeps other bytes.
        content = redact(self.content.decode("utf-8", errors="surrogateescape"))
        printed = content.encode("utf-8", errors="surrogateescape")
        headers = ", ".join(f"{key!r}: {value!r}" for key, value in self.headers.items())
        reconciled = "reconciled=True, " if self.reconciled else ""
        return (
            f"RawResponse(status={self.status!r}, operation={self.operation!r}, attempts={self.attempts!r}, "
            f"{reconciled}headers={{{headers}}}, content={printed!r}, parsed={self.parsed!r})"
        )


class BaseResource:
    """Holds the client; generated subclasses add one async method per operation."""

    _operations: ClassVar[Mapping[str, OperationSpec]]

    def __init__(self, client: _Requester) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    # Plain functions returning the client's coroutine: one coroutine frame less per call.
    def _call(self, operation: str, request: Any) -> Awaitable[Any]:
        return self._client._request(self._operations[operation], request, raw=False)

    def _call_raw(self, operation: str, request: Any) -> Awaitable[Any]:
        return self._client._request(self._operations[operation], request, raw=True)


def paginate(
    client: _Requester,
    operation: OperationSpec,
    *,
    page_size: int | None = None,
    max_items: int = MAX_ITEMS,
    fixed: Mapping[str, Any] | None = None,
) -> Paginator[Any, Any]:
    """The paginator over ``operation`` (which has ``pagination``), every page requested through
    ``client`` with the request fields ``fixed`` plus the page's offset (or number) and size."""
    paging = _paging(operation)
    extra = dict(fixed or {})

    pages_asked = itertools.count(paging.first)  # page numbers go by pages asked, not items seen

    def fetch(start: int, limit: int) -> Awaitable[Any]:
        # A server may serve fewer than ``limit`` a page (a cap of its own): numbering pages by
        # items seen would then ask for the same page again.
        position = start if paging.style == "offset" else next(pages_asked)
        request = operation.request_model(**extra, **{paging.offset: position, paging.limit: limit})
        return client._request(operation, request, raw=False)

    return paginator(operation, fetch, page_size=page_size, max_items=max_items)


def paginator(
    operation: OperationSpec,
    fetch: Callable[[int, int], Awaitable[Any]],
    *,
    page_size: int | None = None,
    max_items: int = MAX_ITEMS,
) -> Paginator[Any, Any]:
    """The paginator over ``operation``'s pages as ``fetch(start, limit)`` obtains them.

    ``page_size`` defaults to the spec's default page size (else 20); items are told apart by the
    spec's ``key`` fields (else by their whole wire form).
    """
    paging = _paging(operation)
    size = page_size if page_size is not None else paging.default_page_size or DEFAULT_PAGE_SIZE

    def to_page(answer: Any, start: int) -> Page[Any, Any]:
        return Page(
            items=tuple(getattr(answer, paging.items) or ()),
            start=start,
            total=getattr(answer, paging.total) if paging.total else None,
            capacity=getattr(answer, paging.capacity) if paging.capacity else None,
            raw=answer,
        )

    return Paginator(fetch, to_page, _item_key(paging), page_size=size, operation=operation.id, max_items=max_items)


def _paging(operation: OperationSpec) -> Pagination:
    if operation.pagination is None:
        raise TypeError(f"{operation.id} is not a paged list (no x-pagination)")
    return operation.pagination


DEFAULT_PAGE_SIZE = 20


def _item_key(paging: Pagination) -> Any:
    def key(item: Any) -> Hashable:
        # The first identifying field that is set (a spot is its PID; without one, its name).
        for name in paging.key:
            value = getattr(item, name, None)
            if value is not None and value != "":
                return (name, value)
        from ._serde import dumps

        return dumps(item)  # no identifying field: the item as the server sent it

    return key


def coerce_enum(enum_cls: type[E], value: object, wire: str) -> Any:
    """Accept a member or its raw value; unknown values become pseudo-members that validation rejects."""
    if value is None or isinstance(value, enum_cls):
        return value
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise RequestValidationError(wire, "enum", f"must be one of {[m.value for m in enum_cls]}")
    try:
        return enum_cls(value)
    except ValueError:
        raise RequestValidationError(wire, "enum", f"must be one of {[m.value for m in enum_cls]}") from None
