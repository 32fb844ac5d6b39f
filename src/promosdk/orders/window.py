"""The pay-time window of an export: ``--since`` / ``--until`` as Unix seconds, both inclusive.

Accepted forms (naive times are Beijing time, UTC+8, the vendor's; an explicit offset or ``Z`` is
honoured):

* a date, ``2026-11-01`` (also ``2026/11/01``, ``20261101``): from its first second when it starts
  the window, to its last second (23:59:59) when it ends it;
* a date and time, ``2026-11-01 08:30``, ``2026-11-01T08:30:00``, ``2026-11-01T00:30:00Z``,
  ``2026-11-01T08:30:00+08:00``: that second;
* Unix seconds, ``1793462400``;
* ``now``, and ``today`` (a date: today in Beijing).
"""

from __future__ import annotations

import datetime as dt
import re
import time

from ..signing import BEIJING

__all__ = ["parse_time", "window_text"]

_DATE = re.compile(r"(\d{4})[-/]?(\d{2})[-/]?(\d{2})")
_UNIX = re.compile(r"\d{9,11}")


def _day(text: str) -> dt.date | None:
    if text == "today":
        return dt.datetime.now(BEIJING).date()
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def parse_time(text: str, *, end: bool = False) -> int:
    """Unix seconds of ``text`` (see the module docstring); a date is its first second, or its last
    when ``end``. ValueError names the accepted forms."""
    value = text.strip()
    try:
        if value == "now":
            return int(time.time())
        if _UNIX.fullmatch(value):
            return int(value)
        day = _day(value)
        if day is not None:
            start = dt.datetime.combine(day, dt.time(), BEIJING)
            return int(start.timestamp()) + (86400 - 1 if end else 0)
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        pass
    else:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=BEIJING)
        return int(moment.timestamp())
    raise ValueError(
        f"{text!r} is not a time: use a date (2026-11-01), a date and time in Beijing time "
        "(2026-11-01 08:30), ISO 8601 with an offset (2026-11-01T00:30:00Z), Unix seconds, now or today"
    )


def window_text(since: int, until: int) -> str:
    """``2026-11-01 00:00:00 .. 2026-11-30 23:59:59`` (Beijing time)."""

    def show(ts: int) -> str:
        return dt.datetime.fromtimestamp(ts, BEIJING).strftime("%Y-%m-%d %H:%M:%S")

    return f"{show(since)} .. {show(until)} (Beijing time)"
