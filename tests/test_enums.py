"""Open enums: strict for known members, unknown server values kept as pseudo-members."""

from __future__ import annotations

import pytest

from promosdk._enums import is_known_member
from promosdk.models import EventStatus, GrantType, PlanStatus, PromoterStatus


def test_known_members_and_unknown_values() -> None:
    assert PlanStatus(1) is PlanStatus.EFFECTIVE and is_known_member(PlanStatus.EFFECTIVE)
    unknown = PromoterStatus(42)
    assert unknown.name == "UNKNOWN_42" and unknown.value == 42 and unknown == 42
    assert PromoterStatus(42) is unknown  # cached: identity is stable
    assert not is_known_member(unknown)
    assert unknown not in list(PromoterStatus)  # iteration shows only declared members
    other = GrantType("other")
    assert str(other.value) == "other" and not is_known_member(other)


def test_wrong_types_are_still_refused() -> None:
    with pytest.raises(ValueError):
        EventStatus("1")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        GrantType(3)  # type: ignore[arg-type]
