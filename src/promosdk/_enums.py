"""Open enums: known members are strict, unknown server values are kept instead of failing.

A vendor may add an enum value at any time (a new plan state, a new campaign status). Failing a
whole response over one unknown value would break every caller, so ``Enum(value)`` of an unknown
value returns a cached pseudo-member named ``UNKNOWN_<value>`` whose ``.value`` is the raw value.
Request validation still rejects unknown values (see promosdk._validation).
"""

from __future__ import annotations

import enum
from typing import Any, ClassVar, Self, TypeVar, cast

__all__ = ["OpenIntEnum", "OpenStrEnum", "is_known_member"]

_E = TypeVar("_E", bound=enum.Enum)


class OpenIntEnum(enum.IntEnum):
    _unknown_members_: ClassVar[dict[Any, Any]]

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        return _pseudo_member(cls, int, value)


class OpenStrEnum(enum.StrEnum):
    _unknown_members_: ClassVar[dict[Any, Any]]

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        return _pseudo_member(cls, str, value)


def _pseudo_member(cls: type[_E], base: Any, value: Any) -> _E:
    cache: dict[Any, Any] = cls.__dict__.get("_unknown_members_") or {}
    if "_unknown_members_" not in cls.__dict__:
        type.__setattr__(cls, "_unknown_members_", cache)
    member = cache.get(value)
    if member is None:
        member = base.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        cache[value] = member
    return cast(_E, member)


def is_known_member(member: enum.Enum) -> bool:
    """True for a declared member, False for a pseudo-member made from an unknown value."""
    return member._name_ in type(member).__members__
