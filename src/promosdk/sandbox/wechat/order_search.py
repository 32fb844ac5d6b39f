"""order/search (page/pageSize) and order/search_normal_order (offset/limit), parsed by wire name.

order/search: ``pageSize`` defaults to 10 and may not exceed 200 (40097 beyond, as the vendor
refuses); the pay-time window (startTimestamp/endTimestamp) and the commission-update window
(start/endCommissionUpdateTime) are inclusive and apply whenever given; ``sortByCommissionUpdateTime=1``
sorts by commissionStatusUpdateTime instead of payTime, newest first, ties by orderId; an order
matches ``commissionStatus`` when its line does. A page past the end is empty (``totalNum`` still
counts every match), so a paginator stops and never loops.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .orders import NORMAL_STATUS, Order, OrderState
from .query_args import int_arg, invalid_args, list_arg
from .spec_limits import PAGE_SIZE_MAX

__all__ = ["PAGE_SIZE_DEFAULT", "PAGE_SIZE_MAX", "NormalOrderQuery", "OrderQuery", "search", "search_normal"]

PAGE_SIZE_DEFAULT = 10
_SETTLEMENT = {"SETTLEMENT_PENDING", "SETTLEMENT_SUCCESS", "SETTLEMENT_CANCELED"}
_NORMAL = {
    "COMMISSION_SHOP_WAIT_DEDUCTION",
    "COMMISSION_PAY_SUCCESS",
    "COMMISSION_PAY_CANCEL",
    "COMMISSION_SHOP_FINISH_DEDUCTION",
    "COMMISSION_SHOP_DEDUCTION_NOT_ENOUGH_MONEY",
}


def _in(value: int, start: int | None, end: int | None) -> bool:
    return (start is None or value >= start) and (end is None or value <= end)


def _sort_key(by_update_time: bool) -> Callable[[Order], tuple[int, str]]:
    """Orders by status update or by payment time, the order id breaking ties."""
    if by_update_time:
        return lambda o: (o.status_update_time, o.order_id)
    return lambda o: (o.pay_time, o.order_id)


def _window(query: Mapping[str, str], start: str, end: str) -> tuple[int | None, int | None]:
    lo, hi = int_arg(query, start), int_arg(query, end)
    if lo is not None and hi is not None and lo > hi:
        raise invalid_args()
    return lo, hi


@attrs.frozen(kw_only=True)
class OrderQuery:
    page: int = 1
    page_size: int = PAGE_SIZE_DEFAULT
    pay_window: tuple[int | None, int | None] = (None, None)
    update_window: tuple[int | None, int | None] = (None, None)
    commission_status: str | None = None
    by_update_time: bool = False

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> OrderQuery:
        page = int_arg(query, "page", 1)
        size = int_arg(query, "pageSize", PAGE_SIZE_DEFAULT)
        status = query.get("commissionStatus") or None
        flag = query.get("sortByCommissionUpdateTime") or "0"
        if page is None or page < 1 or size is None or not 1 <= size <= PAGE_SIZE_MAX:
            raise invalid_args()
        if (status is not None and status not in _SETTLEMENT) or flag not in ("0", "1", "true", "false"):
            raise invalid_args()
        return cls(
            page=page,
            page_size=size,
            pay_window=_window(query, "startTimestamp", "endTimestamp"),
            update_window=_window(query, "startCommissionUpdateTime", "endCommissionUpdateTime"),
            commission_status=status,
            by_update_time=flag in ("1", "true"),
        )

    def matches(self, o: Order) -> bool:
        return (
            _in(o.pay_time, *self.pay_window)
            and _in(o.status_update_time, *self.update_window)
            and (self.commission_status is None or o.status == self.commission_status)
        )


def search(orders: OrderState, appid: str, q: OrderQuery) -> dict[str, Any]:
    found = [o for o in orders.of(appid, normal=False) if q.matches(o)]
    found.sort(key=_sort_key(q.by_update_time), reverse=True)
    start = (q.page - 1) * q.page_size
    return {
        "errcode": 0,
        "errmsg": "ok",
        "orderList": [o.to_json() for o in found[start : start + q.page_size]],
        "totalNum": len(found),
        "pageSize": q.page_size,
    }


@attrs.frozen(kw_only=True)
class NormalOrderQuery:
    offset: int = 0
    limit: int = PAGE_SIZE_DEFAULT
    query: str | None = None
    order_ids: tuple[str, ...] = ()
    out_order_ids: tuple[str, ...] = ()
    transaction_ids: tuple[str, ...] = ()
    pay_window: tuple[int | None, int | None] = (None, None)
    update_window: tuple[int | None, int | None] = (None, None)
    statuses: tuple[str, ...] = ()
    by_update_time: bool = False
    ascending: bool = False

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> NormalOrderQuery:
        offset = int_arg(query, "offset", 0)
        limit = int_arg(query, "limit", PAGE_SIZE_DEFAULT)
        statuses = list_arg(query, "commissionStatus")
        sort_by = query.get("sortBy") or "SORT_BY_PAY_TIME"
        sort_order = query.get("sortOrder") or "SORT_ORDER_DESC"
        if offset is None or limit is None or not 1 <= limit <= PAGE_SIZE_MAX:
            raise invalid_args()
        if not set(statuses) <= _NORMAL or sort_by not in ("SORT_BY_PAY_TIME", "SORT_BY_STATUS_UPDATE_TIME"):
            raise invalid_args()
        if sort_order not in ("SORT_ORDER_DESC", "SORT_ORDER_ASC"):
            raise invalid_args()
        return cls(
            offset=offset,
            limit=limit,
            query=query.get("query") or None,
            order_ids=list_arg(query, "orderId"),
            out_order_ids=list_arg(query, "outOrderId") + list_arg(query, "outOrderIdList"),
            transaction_ids=list_arg(query, "tradeNo") + list_arg(query, "transactionIdList"),
            pay_window=_window(query, "startPayTime", "endPayTime"),
            update_window=_window(query, "startStatusUpdateTime", "endStatusUpdateTime"),
            statuses=statuses,
            by_update_time=sort_by == "SORT_BY_STATUS_UPDATE_TIME",
            ascending=sort_order == "SORT_ORDER_ASC",
        )

    def matches(self, o: Order) -> bool:
        return (
            (self.query is None or self.query in o.product.title or self.query == o.order_id)
            and (not self.order_ids or o.order_id in self.order_ids)
            and (not self.out_order_ids or o.out_order_id in self.out_order_ids)
            and (not self.transaction_ids or o.transaction_id in self.transaction_ids)
            and _in(o.pay_time, *self.pay_window)
            and _in(o.status_update_time, *self.update_window)
            and (not self.statuses or NORMAL_STATUS[o.status] in self.statuses)
        )


def search_normal(orders: OrderState, appid: str, q: NormalOrderQuery) -> dict[str, Any]:
    found = [o for o in orders.of(appid, normal=True) if q.matches(o)]
    found.sort(key=_sort_key(q.by_update_time), reverse=not q.ascending)
    return {
        "errcode": 0,
        "errmsg": "ok",
        "total": len(found),
        "orderList": [o.to_normal_json() for o in found[q.offset : q.offset + q.limit]],
    }
