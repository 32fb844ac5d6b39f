"""Orders export: every order of a pay-time window, one row per order line, resumable.

``promosdk orders export --since 2026-11-01 --until 2026-11-30 -o orders.csv`` (see
``promosdk orders export --help``) or, from Python::

    from promosdk.orders import OrdersExport

    async with WeChatUnionClient(appid, secret) as wechat:
        summary = await OrdersExport(wechat, "orders.jsonl", since="2026-11-01", until="2026-11-30").run()

How it walks
------------
``order/search`` page by page (``page``/``pageSize``, 200 a page by default, the documented
maximum) with the window as ``startTimestamp``/``endTimestamp`` (inclusive Unix seconds; dates and
naive times are Beijing time, see :mod:`promosdk.orders.window`) and ``commissionStatus`` when
given, through the client's bounded paginator: it stops on the vendor's ``totalNum`` and never
loops. Each order is written once (by ``orderId``), even when a later page lists it again.
order/search pages by offset, so orders that enter or leave the listing (a purchase inside the
window, a commission settling under a ``--status`` filter) shift the pages after them. A resumed
run therefore reads the last page it wrote again (one request) and continues after it only if it
lists the same orders; otherwise it walks from page 1. Within a walk, an order listed twice (or
fewer orders listed than the vendor's ``totalNum``) means the listing moved: one more walk from
page 1 adds what was missed (``catch_up_pages``); what is still missing is reported
(``short_by``). An order leaving a filtered listing during a walk can still hide another one: the
vendor offers no snapshot.

Rows (:mod:`promosdk.orders.rows`)
----------------------------------
One row per order line: order id, line number, pay time (Unix seconds and Beijing text),
commission status, the spot (``promotionInfo`` pid and name), ``customizeInfo``, the product and
SKU, quantity, ``price`` and ``commission`` as the vendor sends them ("¥0.20", "-" while pending)
beside ``price_fen`` / ``commission_fen`` (integers; empty/null while pending), the ratio (1/10,000),
``estimated_commission_fen``, status and settlement times, shop and ``customUserId``. The values
are those of the moment the page was read: a later settlement shows in a new export
(``restart``).

Resume (:mod:`promosdk.orders.state`)
-------------------------------------
``orders.csv.state.json`` beside the output records the export (window, status, format, page
size), the page to read next, the ids of the last page read and the output's size after the last
complete page. A run stopped by an error or Ctrl-C leaves complete pages only; the same command
again cuts off any unfinished page and continues from the next page (see above), skipping orders
already in the file. A finished export
answers a re-run without a request. ``--until now`` (or ``today``) is resumable: the resumed run
keeps the bound the export started with. A file with another export, or without a state file, is
refused (nothing sent) unless ``restart`` is given.

Summary (:mod:`promosdk.orders.summary`)
----------------------------------------
Over every row of the file (kept ones included): per spot and commission status, the orders,
lines, amount paid, estimated and actual commission (fen in JSON; yuan in the table).
"""

from __future__ import annotations

from .export import ORDERS_MAX, PAGE_SIZE, RELATIVE_TIMES, OrdersExport
from .rows import COLUMNS, FORMATS, Format, decode_rows, encode_rows, format_for, order_rows
from .state import STATE_SUFFIX, ExportFile, ExportState, ExportStateError, state_path
from .summary import ExportSummary, SpotTotals, yuan
from .window import parse_time, window_text

__all__ = [
    "COLUMNS",
    "FORMATS",
    "ORDERS_MAX",
    "PAGE_SIZE",
    "RELATIVE_TIMES",
    "STATE_SUFFIX",
    "ExportFile",
    "ExportState",
    "ExportStateError",
    "ExportSummary",
    "Format",
    "OrdersExport",
    "SpotTotals",
    "decode_rows",
    "encode_rows",
    "format_for",
    "order_rows",
    "parse_time",
    "state_path",
    "window_text",
    "yuan",
]
