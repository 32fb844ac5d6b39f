"""Open enums: strict for known members, unknown server values kept as pseudo-members."""

from __future__ import annotations

import pytest

from promosdk._enums import OpenIntEnum, OpenStrEnum, is_known_member
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


# ---------------------------------------------------------------- bounded pseudo-member cache


def test_unknown_values_cache_is_bounded_in_count_and_memory() -> None:
    """200,000 answers with distinct unknown values: the cache keeps at most UNKNOWN_CACHE_SIZE
    pseudo-members per enum, so memory stays flat (it grew by ~74 MiB before the bound)."""
    import gc
    import tracemalloc

    from promosdk._enums import UNKNOWN_CACHE_SIZE, unknown_cache_size

    class Probe(OpenIntEnum):
        ONE = 1

    class ProbeText(OpenStrEnum):
        ONE = "one"

    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(200_000):
            Probe(1_000 + i)
            ProbeText(f"value-{i}")
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert unknown_cache_size(Probe) == UNKNOWN_CACHE_SIZE
    assert unknown_cache_size(ProbeText) == UNKNOWN_CACHE_SIZE
    assert grown < 4 * 2**20, f"{grown / 2**20:.1f} MiB kept for 2 x 200,000 unknown values"


def test_evicted_unknown_values_still_decode_equal_and_typed() -> None:
    from promosdk._enums import UNKNOWN_CACHE_SIZE

    class Probe(OpenIntEnum):
        ONE = 1

    first = Probe(7_000_000)
    for i in range(UNKNOWN_CACHE_SIZE + 10):  # pushes 7_000_000 out of the LRU
        Probe(i + 2)
    again = Probe(7_000_000)
    assert again == first and hash(again) == hash(first) and int(again) == 7_000_000
    assert type(again) is Probe and again.name == "UNKNOWN_7000000" and not is_known_member(again)
    recent = Probe(UNKNOWN_CACHE_SIZE + 11)
    assert Probe(UNKNOWN_CACHE_SIZE + 11) is recent  # recently used values keep their identity


def test_long_unknown_strings_are_never_cached() -> None:
    from promosdk._enums import UNKNOWN_CACHE_MAX_LENGTH, unknown_cache_size

    class ProbeText(OpenStrEnum):
        ONE = "one"

    long_value = "x" * (UNKNOWN_CACHE_MAX_LENGTH + 1)
    member = ProbeText(long_value)
    assert member == long_value and type(member) is ProbeText and not is_known_member(member)
    assert unknown_cache_size(ProbeText) == 0
    assert ProbeText("y" * UNKNOWN_CACHE_MAX_LENGTH) is ProbeText("y" * UNKNOWN_CACHE_MAX_LENGTH)


def test_decoded_unknown_enum_values_are_typed() -> None:
    from promosdk._generated.wechat_union.models import TargetPlanInfo
    from promosdk._serde import structure
    from tests.bodies import target_plan_info

    decoded = structure(target_plan_info(planId="p", planStatus=123_456), TargetPlanInfo)
    assert isinstance(decoded.plan_status, PlanStatus) and decoded.plan_status == 123_456
