"""Open enums: known members are strict, unknown server values are kept instead of failing.

A vendor may add an enum value at any time (a new plan state, a new campaign status). Failing a
whole response over one unknown value would break every caller, so ``Enum(value)`` of an unknown
value returns a pseudo-member named ``UNKNOWN_<value>`` whose ``.value`` is the raw value.
Request validation still rejects unknown values (see promosdk._validation).

Pseudo-members are cached per enum class in a bounded LRU (``UNKNOWN_CACHE_SIZE`` values; values
longer than ``UNKNOWN_CACHE_MAX_LENGTH`` characters are never cached): a server sending endless
distinct values cannot grow memory. A value that fell out of the cache still decodes to a
pseudo-member of the same class, equal (and hashing equal) to the earlier one; only identity
(``is``) is not kept for it.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from typing import Any, ClassVar, Self, TypeVar, cast

__all__ = [
    "UNKNOWN_CACHE_MAX_LENGTH",
    "UNKNOWN_CACHE_SIZE",
    "OpenIntEnum",
    "OpenStrEnum",
    "is_known_member",
    "unknown_cache_size",
]

_E = TypeVar("_E", bound=enum.Enum)

#: Pseudo-members kept per enum class (least recently used ones are dropped first).
UNKNOWN_CACHE_SIZE = 1024
#: Longer unknown string values get a fresh, uncached pseudo-member each time.
UNKNOWN_CACHE_MAX_LENGTH = 64


class OpenIntEnum(enum.IntEnum):
    _unknown_members_: ClassVar[Callable[[Any], Any]]

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        return _pseudo_member(cls, int, value)


class OpenStrEnum(enum.StrEnum):
    _unknown_members_: ClassVar[Callable[[Any], Any]]

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        return _pseudo_member(cls, str, value)


def _pseudo_member(cls: type[_E], base: Any, value: Any) -> _E:
    if base is str and len(value) > UNKNOWN_CACHE_MAX_LENGTH:
        return _new_pseudo_member(cls, base, value)
    cached = cls.__dict__.get("_unknown_members_")
    if cached is None:
        # One C-implemented, thread-safe LRU per enum class, made on the first unknown value.
        cached = functools.lru_cache(maxsize=UNKNOWN_CACHE_SIZE, typed=True)(
            functools.partial(_new_pseudo_member, cls, base)
        )
        type.__setattr__(cls, "_unknown_members_", cached)
    return cast(_E, cached(value))


def _new_pseudo_member(cls: type[_E], base: Any, value: Any) -> _E:
    member = base.__new__(cls, value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    return cast(_E, member)


def unknown_cache_size(cls: type[enum.Enum]) -> int:
    """How many pseudo-members ``cls`` keeps now (for tests and diagnostics)."""
    cached = cls.__dict__.get("_unknown_members_")
    return 0 if cached is None else int(cached.cache_info().currsize)


def is_known_member(member: enum.Enum) -> bool:
    """True for a declared member, False for a pseudo-member made from an unknown value."""
    return member._name_ in type(member).__members__
