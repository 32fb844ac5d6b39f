"""The per-model shortcuts of a call's preparation give what the reference paths give.

* Query encoders (promosdk._query): for every GET request model of every spec, the string written
  from the attributes equals the converter's (``unstructure`` + yarl's quoting), byte for byte.
* Field checks (promosdk._validation): the short accepting test of an int or a one-line ASCII
  string accepts exactly what the full check accepts, and anything else reaches the full check,
  which raises the same error it always did.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promosdk import RequestValidationError
from promosdk import _validation as validation
from promosdk._generated.waiqin_bc.operations import OPERATIONS as WAIQIN_OPERATIONS
from promosdk._generated.wechat_union.operations import OPERATIONS as WECHAT_OPERATIONS
from promosdk._operation import FieldRule
from promosdk._query import query_encoder, reference_query, request_query
from promosdk.models import (
    CommissionStatus,
    PlanInfoRequest,
    ProductListRequest,
    PromotionListRequest,
    ShippingMethods,
)
from tests.test_serde import model_strategy

GET_MODELS = sorted(
    {op.request_model for ops in (WECHAT_OPERATIONS, WAIQIN_OPERATIONS) for op in ops.values() if op.in_query},
    key=lambda cls: cls.__name__,
)


def test_every_get_model_is_swept() -> None:
    assert len(GET_MODELS) >= 11
    assert {PlanInfoRequest, PromotionListRequest, ProductListRequest} <= set(GET_MODELS)


def test_the_benchmarked_models_take_the_fast_encoder() -> None:
    for cls in (PlanInfoRequest, PromotionListRequest, ProductListRequest):
        assert query_encoder(cls) is not reference_query, cls


@pytest.mark.parametrize("cls", GET_MODELS, ids=lambda cls: cls.__name__)
def test_fast_encoder_writes_the_reference_query(cls: type[Any]) -> None:
    encode = query_encoder(cls)
    without_extra = model_strategy(cls).map(lambda r: attrs.evolve(r, extra={}))

    @settings(max_examples=150, deadline=None)
    @given(st.one_of(without_extra, without_extra, model_strategy(cls)))
    def sweep(request: Any) -> None:
        assert encode(request) == reference_query(request)

    sweep()


def test_concrete_queries() -> None:
    encode = query_encoder(PromotionListRequest)
    assert encode(PromotionListRequest(start=0, limit=20)) == "start=0&limit=20"
    assert encode(PromotionListRequest(start=-1, limit=20, extra={"x": "a b"})) == "x=a+b&start=-1&limit=20"
    plan = query_encoder(PlanInfoRequest)
    url = "https://mp.weixin.qq.com/p?planId=MT%3D&x=中 文"
    assert plan(PlanInfoRequest(plan_invitation_url=url)) == (
        "planInvitationUrl=https://mp.weixin.qq.com/p?planId%3DMT%253D%26x%3D%E4%B8%AD+%E6%96%87"
    )
    products = query_encoder(ProductListRequest)
    assert products(ProductListRequest(offset=0, limit=20)) == "from=0&limit=20"
    # JSON in a string: the converter writes it (the fast path hands over, same bytes).
    methods = ProductListRequest(offset=0, limit=5, shipping_methods=ShippingMethods(express=True))
    assert products(methods) == reference_query(methods)
    assert "shippingMethods=" in products(methods)


def test_request_query_builds_each_models_encoder_once() -> None:
    first = PromotionListRequest(start=0, limit=20)
    second = PlanInfoRequest(plan_invitation_url="https://mp.weixin.qq.com/p?a=b")
    assert request_query(first) == reference_query(first) == "start=0&limit=20"
    assert request_query(second) == reference_query(second)
    import promosdk._query as query_module

    cached = query_module._ENCODERS[PromotionListRequest]
    assert request_query(PromotionListRequest(start=5, limit=1)) == "start=5&limit=1"
    assert query_module._ENCODERS[PromotionListRequest] is cached


def test_an_enum_value_is_written_as_its_value() -> None:
    from promosdk.models import OrderSearchRequest

    request = OrderSearchRequest(page=1, page_size=10, commission_status=CommissionStatus.SETTLEMENT_PENDING)
    assert query_encoder(OrderSearchRequest)(request) == reference_query(request)
    assert "commissionStatus=SETTLEMENT_PENDING" in reference_query(request)
    unknown = attrs.evolve(request, commission_status=CommissionStatus("NEW_STATE"))
    assert query_encoder(OrderSearchRequest)(unknown) == reference_query(unknown)


# ---------------------------------------------------------------- field checks


@attrs.define
class Holder:
    value: Any


class Small(enum.IntEnum):
    ONE = 1


def outcome(check: validation.Check, value: Any) -> str | None:
    try:
        check(Holder(value), "req.", 1)
    except RequestValidationError as exc:
        return str(exc)
    return None


INT_RULES = [
    FieldRule(wire="n", kind="int"),
    FieldRule(wire="n", kind="int", required=True, minimum=0, maximum=200),
    FieldRule(wire="n", kind="int", minimum=-5),
]
STR_RULES = [
    FieldRule(wire="s", kind="str"),
    FieldRule(wire="s", kind="str", required=True, min_length=1, max_length=8),
    FieldRule(wire="s", kind="str", multiline=True, max_length=20),
]
INTS = (
    st.integers(-(2**65), 2**65)
    | st.integers(-10, 210)
    | st.sampled_from([True, False, None, Small.ONE, 1.0, "1", 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1])
)
STRINGS = (
    st.text(max_size=12)
    | st.text(st.sampled_from("ab \t\n\r\x00\x7f\u200b\u3164é"), max_size=10)
    | st.sampled_from(["", " ", "\ud800", "a" * 9, None, 5, b"x"])
)


@pytest.mark.parametrize("rule", INT_RULES + STR_RULES, ids=repr)
def test_short_check_accepts_and_refuses_what_the_full_check_does(rule: FieldRule) -> None:
    fast = validation._field_check("value", rule, Any)
    full = validation._full_field_check("value", rule, Any)
    assert fast is not full  # the short test is in use for these kinds

    @settings(max_examples=300, deadline=None)
    @given(INTS if rule.kind == "int" else STRINGS)
    def sweep(value: Any) -> None:
        assert outcome(fast, value) == outcome(full, value)

    sweep()
