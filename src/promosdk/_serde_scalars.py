"""Scalar structure hooks and type predicates shared by the cattrs converter and the fast decoders."""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from typing import Any, Union

import attrs

from ._enums import OpenIntEnum, OpenStrEnum
from ._json_limits import in_range
from ._public import UnsetList
from ._redact import redacted_excerpt

_INT_TEXT = re.compile(r"\s*[-+]?\d+\s*")


def structure_int(value: Any, _: Any) -> int:
    kind = type(value)
    if kind is int:
        return value  # type: ignore[no-any-return]  # orjson reads only 64-bit ints as int
    if kind is str:
        # "128": the vendors send some numbers as strings.
        if (value.isascii() and value.isdigit()) or _INT_TEXT.fullmatch(value):
            if len(value) > 40 and len(value.strip().lstrip("+-").lstrip("0")) > 20:
                raise ValueError(f"integer of {len(value.strip())} digits is beyond 64 bits")
            return in_range(int(value))
        raise TypeError(f"expected an integer, got {describe(value)}")
    if isinstance(value, bool):
        raise TypeError(f"expected an integer, got a boolean ({value!r})")
    if isinstance(value, int):
        return in_range(int(value))
    if isinstance(value, float):
        if value.is_integer():
            return in_range(int(value))
        raise ValueError(f"expected an integer, got {value!r} (would lose the fraction)")
    raise TypeError(f"expected an integer, got {describe(value)}")


def structure_str(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"expected a string, got {describe(value)}")


# "¥0.20", "￥12", "¥1,000.00", "¥-0.30", "-¥0.30": a yuan amount with at most two decimals (the
# fen), ASCII digits only (full-width or other scripts' digits are refused), thousands optionally grouped.
_YUAN = re.compile(
    r"(?P<before>-?)[\u00a5\uffe5]?(?P<after>-?)"
    r"(?P<whole>[0-9]{1,15}|[0-9]{1,3}(?:,[0-9]{3}){1,4})(?:\.(?P<cents>[0-9]{1,2}))?"
)
#: What a yuan-string money field holds while the amount is not known yet.
PENDING_AMOUNTS = frozenset({"-", ""})


def structure_yuan(value: Any, _: Any) -> str | None:
    """A yuan-string money field (x-money: yuan-string): kept as sent, checked to parse."""
    if value is None:
        return None
    if type(value) is not str:
        raise TypeError(f"expected a yuan amount string such as '¥0.20', got {describe(value)}")
    if value not in PENDING_AMOUNTS:
        match = _YUAN.fullmatch(value)
        if match is None or (match["before"] and match["after"]):
            raise ValueError(f"expected a yuan amount such as '¥0.20' or '-', got {describe(value)}")
    return value


def yuan_to_fen(value: str | None) -> int | None:
    """``"¥0.20"`` -> 20 fen, exactly; ``"-"``, ``""`` and None (pending, absent) -> None."""
    if value is None or value in PENDING_AMOUNTS:
        return None
    match = _YUAN.fullmatch(value)
    if match is None:
        raise ValueError(f"not a yuan amount: {describe(value)}")
    if match["before"] and match["after"]:
        raise ValueError(f"not a yuan amount (two signs): {describe(value)}")
    fen = int(match["whole"].replace(",", "")) * 100 + int((match["cents"] or "").ljust(2, "0"))
    return -fen if match["before"] or match["after"] else fen


def structure_optional_str(value: Any, _: Any) -> str | None:
    if value is None or type(value) is str:
        return value
    return structure_str(value, str)


def structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1) and isinstance(value, int):
        return bool(value)
    if value in ("true", "false"):
        return bool(value == "true")
    raise TypeError(f"expected a boolean, got {describe(value)}")


def structure_int_enum(value: Any, cls: type[OpenIntEnum]) -> OpenIntEnum:
    return cls(structure_int(value, int))


def structure_str_enum(value: Any, cls: type[OpenStrEnum]) -> OpenStrEnum:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {describe(value)}")
    return cls(value)


def structure_any(value: Any, _: Any) -> Any:
    return value


def describe(value: Any) -> str:
    kind = {dict: "an object", list: "an array", type(None): "null"}.get(type(value))
    # Redacted before the cut: a secret straddling it would otherwise show up to the cut.
    return kind or redacted_excerpt(f"{type(value).__name__} {value!r}", 80, marker="")


def is_optional(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin not in (Union, types.UnionType):
        return False
    args = typing.get_args(tp)
    return len(args) == 2 and type(None) in args


def optional_inner(tp: Any) -> Any:
    return next(a for a in typing.get_args(tp) if a is not type(None))


def is_list(tp: Any) -> bool:
    return typing.get_origin(tp) is list


def empty_list_default(a: attrs.Attribute[Any]) -> bool:
    """A list field defaulting to an empty UnsetList (the spec does not require it)."""
    return getattr(a.default, "factory", None) is UnsetList


def or_empty_list(handler: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def structure_list(value: Any, tp: Any) -> Any:
        return UnsetList() if value is None or value == "" else handler(value, tp)

    return structure_list
