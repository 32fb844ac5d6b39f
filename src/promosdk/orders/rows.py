"""One export row per order line, and the two file formats (CSV, JSON lines) it is written in.

Amounts are in fen beside the vendor's raw strings: ``price`` "¥0.20" -> ``price_fen`` 20,
``commission`` "-" (pending) -> ``commission_fen`` empty (JSON null); ``estimated_commission_fen``
is the vendor's integer. Times are Unix seconds, ``pay_time_beijing`` the same moment as text.
CSV cells of absent values are empty (read back as None); a text cell a spreadsheet would run as a
formula (``=``, ``+``, ``-``, ``@``...) is written behind a ``'``. JSON keeps ints as ints and absent
values as null.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import orjson

from .._generated.wechat_union.models import OrderProduct, UnionOrder
from ..signing import BEIJING

__all__ = [
    "COLUMNS",
    "FORMATS",
    "INT_COLUMNS",
    "Format",
    "decode_rows",
    "encode_header",
    "encode_rows",
    "format_for",
    "order_rows",
]

Format = Literal["csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl")
_SUFFIXES: dict[str, Format] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}

#: The columns of a row, in file order (CSV header; JSON keys).
COLUMNS: tuple[str, ...] = (
    "order_id",
    "line",
    "pay_time",
    "pay_time_beijing",
    "commission_status",
    "promotion_pid",
    "promotion_name",
    "customize_info",
    "product_id",
    "sku_id",
    "title",
    "product_cnt",
    "price",
    "price_fen",
    "ratio",
    "commission",
    "commission_fen",
    "estimated_commission_fen",
    "commission_status_update_time",
    "profit_sharding_suc_time",
    "confirm_receipt_time",
    "shop_name",
    "shop_appid",
    "custom_user_id",
)
#: Columns holding integers (read back from CSV as int, empty as None).
INT_COLUMNS: frozenset[str] = frozenset(
    {
        "line",
        "pay_time",
        "product_cnt",
        "price_fen",
        "ratio",
        "commission_fen",
        "estimated_commission_fen",
        "commission_status_update_time",
        "profit_sharding_suc_time",
        "confirm_receipt_time",
    }
)


def format_for(path: Path, explicit: str | None = None) -> Format:
    """The format named, else the one of the file's suffix (ValueError when neither says)."""
    if explicit is not None:
        if explicit not in FORMATS:
            raise ValueError(f"unknown format {explicit!r}; use csv or jsonl")
        return "csv" if explicit == "csv" else "jsonl"
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise ValueError(
            f"cannot tell the format of {path.name!r} from its suffix: name it .csv or .jsonl, or give --format"
        )
    return found


def _fen(line: OrderProduct, name: Literal["price_fen", "commission_fen"]) -> int | None:
    try:
        return line.price_fen if name == "price_fen" else line.commission_fen
    except ValueError:  # not a yuan text the decoder knows: the raw string stays in its column
        return None


def _beijing(ts: int) -> str:
    try:
        return dt.datetime.fromtimestamp(ts, BEIJING).strftime("%Y-%m-%d %H:%M:%S")
    except (OverflowError, OSError, ValueError):
        return ""


def order_rows(order: UnionOrder) -> list[dict[str, Any]]:
    """The rows of one order, one per line (``line`` counts from 1). An order without lines has none."""
    rows = []
    for index, line in enumerate(order.product_list or (), start=1):
        spot = line.promotion_info
        # The samples put customizeInfo on the line, the vendor's table on the order: either one.
        customize_info = line.customize_info if line.customize_info is not None else order.customize_info
        rows.append(
            {
                "order_id": order.order_id,
                "line": index,
                "pay_time": order.pay_time,
                "pay_time_beijing": _beijing(order.pay_time),
                "commission_status": str(line.commission_status),
                "promotion_pid": spot.promotion_source_pid,
                "promotion_name": spot.promotion_source_name,
                "customize_info": customize_info,
                "product_id": line.product_id,
                "sku_id": line.sku_id,
                "title": line.title,
                "product_cnt": line.product_cnt,
                "price": line.price,
                "price_fen": _fen(line, "price_fen"),
                "ratio": line.ratio,
                "commission": line.commission,
                "commission_fen": _fen(line, "commission_fen"),
                "estimated_commission_fen": line.estimated_commission,
                "commission_status_update_time": line.commission_status_update_time,
                "profit_sharding_suc_time": line.profit_sharding_suc_time,
                "confirm_receipt_time": order.confirm_receipt_time,
                "shop_name": order.shop_name,
                "shop_appid": order.shop_appid,
                "custom_user_id": order.custom_user_id,
            }
        )
    return rows


def encode_header(fmt: Format) -> bytes:
    """What a new file starts with: the CSV header line; nothing for JSON lines."""
    if fmt == "jsonl":
        return b""
    out = io.StringIO()
    csv.writer(out).writerow(COLUMNS)
    return out.getvalue().encode()


#: A CSV text cell starting with one of these is run as a formula by spreadsheets (=, +, -, @, TAB,
#: CR), or is our escape itself ('): it is written with a leading "'" (read back without it).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
#: The vendor's yuan strings ("-" while pending, "-¥0.30"): checked by the decoder, never escaped.
_MONEY_COLUMNS = frozenset({"price", "commission"})


def _csv_cell(column: str, value: Any) -> Any:
    if value is None:
        return ""
    if type(value) is str and value.startswith(_FORMULA_START) and column not in _MONEY_COLUMNS:
        return "'" + value  # customizeInfo, titles and names are other people's text
    return value


def encode_rows(rows: Iterable[Mapping[str, Any]], fmt: Format) -> bytes:
    if fmt == "jsonl":
        return b"".join(orjson.dumps({c: row.get(c) for c in COLUMNS}) + b"\n" for row in rows)
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([_csv_cell(c, row.get(c)) for c in COLUMNS])
    return out.getvalue().encode()


def _typed(row: Mapping[str, str]) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for column in COLUMNS:
        cell = row.get(column)
        if cell is None or cell == "":
            typed[column] = None  # CSV writes None as an empty cell (and cannot tell "" apart)
        elif column in INT_COLUMNS:
            typed[column] = int(cell)
        elif cell.startswith("'") and column not in _MONEY_COLUMNS:
            typed[column] = cell[1:]  # the formula escape of _csv_cell
        else:
            typed[column] = cell
    return typed


def decode_rows(data: bytes, fmt: Format) -> Iterator[dict[str, Any]]:
    """The rows of a file this module wrote (ValueError on a row it cannot read)."""
    if fmt == "jsonl":
        for number, line in enumerate(data.splitlines(), start=1):
            if line.strip():
                try:
                    row = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise ValueError(f"line {number} is not JSON ({exc})") from None
                if not isinstance(row, dict) or "order_id" not in row:
                    raise ValueError(f"line {number} is not an order row")
                yield row
        return
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    if reader.fieldnames is not None and tuple(reader.fieldnames) != COLUMNS:
        raise ValueError("its CSV header is not the one of an orders export")
    for row in reader:
        try:
            yield _typed(row)
        except ValueError:
            raise ValueError(f"row {reader.line_num} has a non-integer amount or time") from None
