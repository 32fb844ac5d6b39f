"""Argument conversion for the generated client methods, before the request model is built.

Methods take natural Python values and convert them to the wire form the request models hold:

- ``datetime.date`` for a date field (``x-format: date``) -> ``"yyyy-mm-dd"``;
- ``datetime.datetime`` for a time field (``x-format: datetime``) -> ``"yyyy-MM-dd HH:mm:ss"`` in
  Beijing time (UTC+8): an aware datetime is converted to Beijing time, a naive one is taken to be
  Beijing time already; fractions of a second are dropped (the wire has none);
- an aware ``datetime.datetime`` for a Unix-time field (``x-format: unix-time``) -> integer seconds
  (a naive one is refused: it names no instant);
- a sequence of strings for a field the wire carries joined (``x-separator``, e.g. ``cm_codes``);
- an enum member or its plain value (``1`` for ``EventStatus.ONLINE``);
- any sequence for an array field (kept as a list).

A string in the wire format is always accepted unchanged (and checked by promosdk._validation like
any other). A value of the wrong kind is a RequestValidationError naming the argument; nothing is sent.
The helpers return ``Any``: they feed a model constructor whose argument types the method's own
signature already guarantees.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from ._enums import OpenIntEnum
from ._errors import RequestValidationError
from ._public import UnsetList

__all__ = ["BEIJING", "as_date", "as_datetime", "as_enum", "as_joined", "as_list", "as_unix_time", "nested"]

#: waiqin365's wall clock: China Standard Time, UTC+8 all year (no daylight saving).
BEIJING = _dt.timezone(_dt.timedelta(hours=8), "Asia/Shanghai")

E = TypeVar("E", bound=enum.Enum)


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


def as_date(value: object, name: str) -> Any:
    """A ``datetime.date`` as ``yyyy-mm-dd``; a datetime gives its (Beijing) calendar date."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, _dt.datetime):
        value = _beijing(value, name).date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise RequestValidationError(name, "type", f"must be a datetime.date or a 'yyyy-mm-dd' string, not {_kind(value)}")


def as_datetime(value: object, name: str) -> Any:
    """A ``datetime.datetime`` as ``yyyy-MM-dd HH:mm:ss`` in Beijing time."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, _dt.datetime):
        t = _beijing(value, name)
        return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    if isinstance(value, _dt.date):
        raise RequestValidationError(
            name, "type", "must be a datetime.datetime (a date has no time of day) or a 'yyyy-MM-dd HH:mm:ss' string"
        )
    raise RequestValidationError(
        name, "type", f"must be a datetime.datetime or a 'yyyy-MM-dd HH:mm:ss' string, not {_kind(value)}"
    )


def as_unix_time(value: object, name: str) -> Any:
    """An aware ``datetime.datetime`` as integer Unix seconds (fractions dropped); ints pass."""
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise RequestValidationError(name, "type", "must be an aware datetime.datetime (a naive one names no instant)")
        return int(value.timestamp() // 1)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise RequestValidationError(name, "type", f"must be Unix seconds (int) or an aware datetime.datetime, not {_kind(value)}")


def _beijing(value: _dt.datetime, name: str) -> _dt.datetime:
    if value.utcoffset() is None:
        return value  # naive: already Beijing time
    try:
        return value.astimezone(BEIJING)
    except (OverflowError, ValueError):
        raise RequestValidationError(name, "range", f"{value.isoformat()} has no Beijing time") from None


def as_joined(value: object, name: str, separator: str) -> Any:
    """A sequence of strings joined by ``separator``; an empty sequence is the field left out."""
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, Sequence) or isinstance(value, bytes | bytearray):
        raise RequestValidationError(
            name, "type", f"must be a sequence of strings or a {separator!r}-separated string, not {_kind(value)}"
        )
    items: list[str] = []
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise RequestValidationError(f"{name}[{index}]", "type", f"must be a string, not {_kind(item)}")
        if not item.strip():
            raise RequestValidationError(f"{name}[{index}]", "blank", "must not be empty or blank")
        if separator in item:
            raise RequestValidationError(
                f"{name}[{index}]", "separator", f"must not contain {separator!r}: the server would split it"
            )
        items.append(item)
    return separator.join(items) if items else None


def as_list(value: object, name: str) -> Any:
    """Any sequence (not a string) as a list; ``None`` is the field left out."""
    if value is None:
        return UnsetList()
    if isinstance(value, list):
        return value
    if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
        return list(value)
    raise RequestValidationError(name, "type", f"must be a sequence (a list), not {_kind(value)}")


def as_enum(enum_cls: type[E], value: object, name: str) -> Any:
    """A member, or its plain value (``1``, not the string ``"1"``, for an integer enum)."""
    if value is None or isinstance(value, enum_cls):
        return value
    allowed = [m.value for m in enum_cls]
    if isinstance(value, bool) or not isinstance(value, int | str) or (
        isinstance(value, str) and issubclass(enum_cls, OpenIntEnum)
    ):
        raise RequestValidationError(name, "enum", f"must be one of {allowed}")
    try:
        return enum_cls(value)
    except ValueError:
        raise RequestValidationError(name, "enum", f"must be one of {allowed}") from None


def nested(
    cls: type[Any],
    model: object,
    model_arg: str,
    flat: Mapping[str, tuple[str, object]],
    required: frozenset[str],
) -> Any:
    """The nested request model of a method with flat arguments.

    ``model``: the model passed as ``model_arg`` (or None); ``flat``: {model field: (flat argument
    name, value)}. Either the model or its flat arguments, not both; the model is built from the
    flat arguments, every ``required`` field among them being given.
    """
    given = [arg for arg, value in flat.values() if value is not None]
    if model is not None:
        if given:
            raise RequestValidationError(
                given[0], "flat-or-model", f"pass either {model_arg}= or {', '.join(a for a, _ in flat.values())}, not both"
            )
        return model
    for field, (arg, value) in flat.items():
        if value is None and field in required:
            raise RequestValidationError(arg, "required", f"is required (or pass {model_arg}={cls.__name__}(...))")
    return cls(**{field: value for field, (_arg, value) in flat.items() if value is not None})
