"""The converter against the repaired seed examples, its type rules, and a round-trip property."""

from __future__ import annotations

import enum
import json
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promosdk._enums import OpenIntEnum, OpenStrEnum, is_known_member
from promosdk._generated.waiqin_bc import models as wq
from promosdk._generated.wechat_union import models as wx
from promosdk._serde import DecodeError, dumps, loads, structure, unstructure
from tests.bodies import plan_info_ok, product_info, target_plan_info, waiqin_ok

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_plan_info_example_decodes_with_concrete_values() -> None:
    info = loads(fixture("wechat_union/plan_info.response.json"), wx.PlanInfoResponse)
    plan = info.target_plan_info
    assert plan is not None
    assert plan.plan_id == "1964112935262240768"
    assert plan.plan_status is wx.PlanStatus.EFFECTIVE
    assert plan.plan_name == "TEST Orientation Program CR"
    assert plan.plan_start_time == 1629216000
    assert plan.ext_info is not None and plan.ext_info.biz_basic_info is not None
    assert plan.ext_info.biz_basic_info.appid == "wxb825f130c284597f"
    assert info.product_list_info is not None
    product = info.product_list_info[0]
    assert product.commission_ratio == 700
    assert product.league_ex_info is not None
    assert product.league_ex_info.commission_ratio == 700
    assert product.league_ex_info.has_commission is wx.HasCommission.YES
    assert product.league_ex_info.ban_bizuin == 0
    detail = product.product_detail_info
    assert detail is not None
    assert detail.total_stock_num == 128 and type(detail.total_stock_num) is int
    assert detail.total_sold_num == 2
    assert detail.listing_time == 1626181943
    assert detail.category is not None and [c.cat_id for c in detail.category] == ["1208", "1224", "1227"]
    assert detail.sku_list is not None and detail.sku_list.sku_info is not None
    assert detail.sku_list.sku_info[0].price == 110
    assert detail.sku_id_list is not None and detail.sku_id_list.sku_ids == ["77255098"]
    assert product.coupon_info is not None and product.coupon_info.has_coupon is wx.HasCoupon.NO


def test_apply_status_example() -> None:
    status = loads(fixture("wechat_union/apply_status.response.json"), wx.ApplyStatusResponse)
    assert status.data is not None
    assert status.data.promoter_status is wx.PromoterStatus.PENDING_AUDIT
    assert status.data.apply_reason == "causes"
    assert status.data.remove_time == 0


def test_promotion_examples() -> None:
    page = loads(fixture("wechat_union/promotion_list.response.json"), wx.PromotionListResponse)
    assert page.total == 91 and page.promotion_max_cnt == 100
    assert page.promotion_source_list is not None
    assert page.promotion_source_list[0].pid_id == "3457"
    assert page.promotion_source_list[0].status == "1"
    added = loads(fixture("wechat_union/promotion_add.response.json"), wx.PromotionAddResponse)
    assert added.pid == "oUkIc71zinc2mtlfC7K-NfGJxxNE_328751529"
    upd = loads(fixture("wechat_union/promotion_upd.request.json"), wx.PromotionUpdRequest)
    assert upd.previous_promotion_info.promotion_source_pid == "oUnIc49z"
    assert upd.promotion_info.promotion_source_name == "upd after22"
    assert loads(fixture("wechat_union/apply_target.response.json"), wx.ErrcodeResponse).errcode == 0
    req = loads(fixture("wechat_union/apply_target.request.json"), wx.ApplyTargetRequest)
    assert req.plan_id == "123LKAJSDLKJSADLKwqij21dsdsdsd312joewq="


def test_waiqin_examples() -> None:
    added = loads(fixture("waiqin_bc/add_or_update_campaign.response.json"), wq.WaiqinResponse)
    assert added.return_code == 0 and added.msg_id == "X000001"
    query = loads(fixture("waiqin_bc/query_campaign.response.json"), wq.QueryCampaignResponse)
    assert query.return_code == 0  # sent as the string "0"
    assert query.response_data is not None and len(query.response_data) == 1
    campaign = query.response_data[0]
    assert campaign.event_status is None  # "" placeholder
    assert campaign.registered_customer is not None
    assert campaign.registered_customer[0].merchant_information == ""


@pytest.mark.parametrize("raw", [None, "", "[]"])
def test_response_data_empty_forms(raw: Any) -> None:
    body: dict[str, Any] = {"msg_id": "m", "return_code": "0", "return_msg": ""}
    if raw is not None:
        body["response_data"] = raw
    decoded = structure(body, wq.QueryCampaignResponse)
    assert decoded.response_data in (None, [])
    assert structure(waiqin_ok(msg_id="m"), wq.QueryCampaignResponse).response_data == []  # never None


def test_unknown_fields_survive_round_trip() -> None:
    original = json.loads(fixture("wechat_union/plan_info.response.json"))
    decoded = structure(original, wx.PlanInfoResponse)
    assert decoded.product_list_info is not None
    detail = decoded.product_list_info[0].product_detail_info
    assert detail is not None
    assert "appidForMedia" not in detail.extra  # declared field
    original["productListInfo"][0]["leagueExInfo"]["brandNewField"] = {"x": [1, 2]}
    decoded = structure(original, wx.PlanInfoResponse)
    assert decoded.product_list_info is not None and decoded.product_list_info[0].league_ex_info is not None
    assert decoded.product_list_info[0].league_ex_info.extra == {"brandNewField": {"x": [1, 2]}}
    assert unstructure(decoded) == original


@pytest.mark.parametrize(
    ("value", "expected"),
    [(5, 5), ("128", 128), (" -3 ", -3), (7.0, 7)],
)
def test_int_accepts_numbers_and_numeric_strings(value: Any, expected: int) -> None:
    assert structure({"restNum": value}, wx.CouponDetail).rest_num == expected


@pytest.mark.parametrize("value", [True, False, 1.9, "1.5", "abc", [1], {"a": 1}])
def test_int_rejects_bools_lossy_floats_and_junk(value: Any) -> None:
    with pytest.raises(DecodeError) as err:
        structure({"restNum": value}, wx.CouponDetail)
    assert err.value.problems[0][0] == "restNum"


def test_enum_known_member_and_unknown_value_kept() -> None:
    assert structure(target_plan_info(planStatus="1"), wx.TargetPlanInfo).plan_status is wx.PlanStatus.EFFECTIVE
    unknown = structure(target_plan_info(planStatus=7), wx.TargetPlanInfo).plan_status
    assert unknown is not None and unknown.value == 7 and not is_known_member(unknown)
    assert unstructure(structure(target_plan_info(planStatus=7), wx.TargetPlanInfo)) == target_plan_info(planStatus=7)
    with pytest.raises(DecodeError):
        structure(target_plan_info(planStatus=True), wx.TargetPlanInfo)


def test_error_names_the_wire_path() -> None:
    body = json.loads(fixture("wechat_union/plan_info.response.json"))
    body["productListInfo"][0]["leagueExInfo"]["commissionRatio"] = "seven"
    with pytest.raises(DecodeError) as err:
        structure(body, wx.PlanInfoResponse)
    assert err.value.problems[0][0] == "productListInfo[0].leagueExInfo.commissionRatio"
    assert "productListInfo[0].leagueExInfo.commissionRatio" in str(err.value)


def test_request_serialisation_omits_unset_optionals_and_sends_wire_strings() -> None:
    request = wq.AddOrUpdateCampaignRequest(
        source_code="s", code="c", name="n", type_code="t", event_status=wq.EventStatus.ONLINE,
        start_date="2026-01-01", end_date="2026-01-31", register_url="u", event_information="i",
    )  # fmt: skip
    wire = orjson.loads(dumps(request))
    assert wire["event_status"] == "1"
    assert "dept_id" not in wire
    assert set(wire) == {
        "source_code", "code", "name", "type_code", "event_status",
        "start_date", "end_date", "register_url", "event_information",
    }  # fmt: skip


# ---------------------------------------------------------------- property: model -> wire -> model

JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def strategy_for(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return st.none() | strategy_for(inner[0], depth)
    if origin is list:
        (item,) = typing.get_args(tp)
        return st.lists(strategy_for(item, depth + 1), max_size=2 if depth < 3 else 0)
    if origin is dict:
        return st.dictionaries(st.text(max_size=5), JSON_VALUES, max_size=3)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if tp is str:
        return st.text(max_size=10)
    if tp is int:
        return st.integers(-(2**53), 2**53)
    if tp is bool:
        return st.booleans()
    if tp is Any:
        return JSON_VALUES
    if attrs.has(tp):
        return model_strategy(tp, depth + 1)
    raise AssertionError(f"no strategy for {tp!r}")


def model_strategy(cls: type[Any], depth: int = 0) -> st.SearchStrategy[Any]:
    attrs.resolve_types(cls)
    fields = attrs.fields(cls)
    wires = {f.metadata.get("wire") for f in fields}
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    for f in fields:
        if f.metadata.get("extra"):
            kwargs[f.name] = st.dictionaries(
                st.text(min_size=1, max_size=6).filter(lambda k: k not in wires), JSON_VALUES, max_size=2
            )
        elif f.metadata.get("money") == "yuan-string":
            kwargs[f.name] = YUAN_STRINGS if f.default is attrs.NOTHING else st.none() | YUAN_STRINGS
        else:
            kwargs[f.name] = strategy_for(f.type, depth)
    return st.builds(cls, **kwargs)


#: What an x-money yuan-string field holds on the wire: "¥0.20", "￥12", "¥-3.5", or "-" while pending.
YUAN_STRINGS = st.just("-") | st.builds(
    lambda mark, sign, whole, cents: f"{mark}{sign}{whole}{cents}",
    st.sampled_from(["", "¥", "￥"]), st.sampled_from(["", "-"]), st.integers(0, 10**9),
    st.sampled_from(["", ".5", ".05", ".20"]),
)  # fmt: skip


ALL_MODELS = [
    obj
    for module in (wx, wq)
    for obj in vars(module).values()
    if isinstance(obj, type) and attrs.has(obj) and obj.__name__ in module.__all__  # defined there (issue 12:
    # every model's __module__ is now its public home, promosdk.models)
]


def test_models_are_slotted_keyword_only_attrs_classes() -> None:
    assert len(ALL_MODELS) >= 50
    for cls in ALL_MODELS:
        assert "__slots__" in vars(cls), cls
        assert all(f.kw_only for f in attrs.fields(cls)), cls
        assert attrs.fields(cls)[-1].name == "extra"
    assert issubclass(wx.PlanStatus, OpenIntEnum) and issubclass(wx.GrantType, OpenStrEnum)


@pytest.mark.parametrize("cls", ALL_MODELS, ids=lambda c: c.__name__)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip_is_identity(cls: type[Any], data: st.DataObject) -> None:
    instance = data.draw(model_strategy(cls))
    wire = orjson.loads(dumps(instance))
    assert structure(wire, cls) == instance


# ---------------------------------------------------------------- fast decoders agree with the reference


def mutate(value: Any, data: st.DataObject, depth: int = 0) -> Any:
    """Replace some values anywhere in a wire document with hostile ones (wrong types, "", None)."""
    if isinstance(value, dict):
        out = {k: mutate(v, data, depth + 1) for k, v in value.items()}
        if out and data.draw(st.integers(0, 9)) == 0:
            out.pop(data.draw(st.sampled_from(sorted(out))))
        return out
    if isinstance(value, list):
        return [mutate(v, data, depth + 1) for v in value]
    if data.draw(st.integers(0, 7)) == 0:
        return data.draw(st.sampled_from(["", None, "12", "x", 1.5, 3.0, True, [], {}, -1, "1"]))
    return value


@pytest.mark.parametrize("cls", ALL_MODELS, ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fast_decoder_matches_the_reference_converter(cls: type[Any], data: st.DataObject) -> None:
    from promosdk._serde import structure_reference

    wire = mutate(orjson.loads(dumps(data.draw(model_strategy(cls)))), data)
    try:
        expected: Any = structure_reference(wire, cls)
    except DecodeError as exc:
        expected = ("error", exc.problems)
    try:
        actual: Any = structure(wire, cls)
    except DecodeError as exc:
        actual = ("error", exc.problems)
    assert actual == expected
    assert repr(actual) == repr(expected)  # also the exact types: an enum is not its int, True is not 1


# ---------------------------------------------------------------- limits: what orjson can write back


def _nest(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = [value]
    return value


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def _decode_both(doc: Any, cls: type[Any]) -> tuple[Any, Any]:
    from promosdk._serde import structure_reference

    results = []
    for decode in (structure, structure_reference):
        try:
            results.append(decode(doc, cls))
        except DecodeError as exc:
            results.append(("error", exc.problems))
    return results[0], results[1]


#: (position, model, document holding `_nest(n)` there, wire path of that value)
UNTYPED_POSITIONS: list[tuple[str, type[Any], Any, str]] = [
    ("unknown field at the root", wx.PlanInfoResponse, lambda n: plan_info_ok(deep=_nest(n)), "deep"),
    ("unknown field nested", wx.PlanInfoResponse, lambda n: plan_info_ok(targetPlanInfo=target_plan_info(deep=_nest(n))), "targetPlanInfo.deep"),
    ("dict of any", wx.PlanInfoResponse, lambda n: plan_info_ok(targetPlanInfo=target_plan_info(extInfo={"data": {"k": _nest(n)}})), "targetPlanInfo.extInfo.data.k"),
    ("list of any", wx.ProductDetail, lambda n: {"detailVideos": [_nest(n)]}, "detailVideos[0]"),
    ("unknown field in a list item", wx.PlanInfoResponse, lambda n: plan_info_ok(products=[product_info("p", deep=_nest(n))]), "productListInfo[0].deep"),
]  # fmt: skip


@pytest.mark.parametrize(("position", "cls", "make", "path"), UNTYPED_POSITIONS, ids=[p[0] for p in UNTYPED_POSITIONS])
def test_decoder_accepts_exactly_the_nesting_orjson_writes(position: str, cls: type[Any], make: Any, path: str) -> None:
    from promosdk._json_limits import JSON_MAX_DEPTH

    # the nest's levels that bring the document to the limit (from one level on, the nest is the
    # deepest branch: the answer's required objects are as deep as a one-level nest, or less)
    deepest = JSON_MAX_DEPTH - (_depth(make(1)) - 1)
    fits, too_deep = make(deepest), make(deepest + 1)
    assert _depth(fits) == JSON_MAX_DEPTH
    fast, reference = _decode_both(fits, cls)
    assert fast == reference and not isinstance(fast, tuple)
    assert orjson.loads(orjson.dumps(unstructure(fast))) == fits and repr(fast)
    fast, reference = _decode_both(too_deep, cls)
    assert fast == reference
    ((where, reason),) = fast[1]
    assert where.startswith(path) and f"deeper than {JSON_MAX_DEPTH}" in reason


def test_json_string_documents_have_their_own_nesting_limit() -> None:
    from promosdk._json_limits import JSON_MAX_DEPTH

    def response(levels: int) -> dict[str, Any]:
        return waiqin_ok(msg_id="m", response_data=orjson.dumps([{"deep": _nest(levels)}]).decode())

    fast, reference = _decode_both(response(JSON_MAX_DEPTH - 2), wq.QueryCampaignResponse)
    assert fast == reference and fast.response_data[0].extra["deep"] == _nest(JSON_MAX_DEPTH - 2)
    raw = waiqin_ok(msg_id="m", response_data='[{"deep":' + "[" * (JSON_MAX_DEPTH - 1) + "]" * (JSON_MAX_DEPTH - 1) + "}]")
    fast, reference = _decode_both(raw, wq.QueryCampaignResponse)
    assert fast == reference and fast[1][0][0] == "response_data" and "[0].deep" in fast[1][0][1]
    # Not string-encoded: the value nests inside the body's document and counts from its root.
    inline = waiqin_ok(msg_id="m", response_data=[{"deep": _nest(JSON_MAX_DEPTH - 2)}])
    fast, reference = _decode_both(inline, wq.QueryCampaignResponse)
    assert fast == reference and fast[1][0][0].startswith("response_data[0].deep")


@pytest.mark.parametrize(
    "value",
    # orjson reads a number beyond 64 bits as a float: floats and numeric strings are what a server can send.
    [float(2**70), float(-(2**64)), "18446744073709551616", " -9223372036854775809 ", "9" * 5000],
)
def test_known_int_fields_refuse_integers_beyond_64_bits(value: Any) -> None:
    fast, reference = _decode_both(plan_info_ok(targetPlanInfo=target_plan_info(planStartTime=value)), wx.PlanInfoResponse)
    assert fast == reference
    ((where, reason),) = fast[1]
    assert where == "targetPlanInfo.planStartTime" and "64 bits" in reason


@pytest.mark.parametrize("value", [2**64 - 1, -(2**63), "18446744073709551615", float(2**63)])
def test_known_int_fields_accept_integers_within_64_bits(value: Any) -> None:
    decoded = structure(plan_info_ok(targetPlanInfo=target_plan_info(planStartTime=value)), wx.PlanInfoResponse)
    assert decoded.target_plan_info is not None and decoded.target_plan_info.plan_start_time == int(value)
    orjson.dumps(unstructure(decoded))


# ---------------------------------------------------------------- required fields and list defaults (issue 12)


def _list_types(value: Any, path: str = "") -> dict[str, type[Any]]:
    """The exact type of every list attribute in a decoded model tree (repr cannot tell them apart)."""
    found: dict[str, type[Any]] = {}
    if attrs.has(type(value)):
        for f in attrs.fields(type(value)):
            item = getattr(value, f.name)
            if isinstance(item, list):
                found[f"{path}.{f.name}"] = type(item)
                for i, element in enumerate(item):
                    found.update(_list_types(element, f"{path}.{f.name}[{i}]"))
            else:
                found.update(_list_types(item, f"{path}.{f.name}"))
    return found


@pytest.mark.parametrize("empty", [None, "", "absent"])
def test_fast_decoder_and_reference_agree_on_empty_list_forms_down_to_the_list_type(empty: Any) -> None:
    from promosdk._public import UnsetList

    body = json.loads(fixture("wechat_union/plan_info.response.json"))
    detail = body["productListInfo"][0]["productDetailInfo"]
    for key in ("headImg", "param", "category"):
        if empty == "absent":
            del detail[key]
        else:
            detail[key] = empty
    fast, reference = _decode_both(body, wx.PlanInfoResponse)
    assert fast == reference and _list_types(fast) == _list_types(reference)
    types_ = _list_types(fast)
    assert types_[".product_list_info[0].product_detail_info.head_img"] is UnsetList
    assert types_[".product_list_info[0].product_detail_info.attr"] is list  # sent as []: kept on output
    written = unstructure(fast)["productListInfo"][0]["productDetailInfo"]
    assert "headImg" not in written and written["attr"] == []


def test_fast_decoder_and_reference_agree_on_missing_required_fields() -> None:
    body = json.loads(fixture("wechat_union/plan_info.response.json"))
    del body["productListInfo"][0]["productId"]
    body["productListInfo"][0]["leagueExInfo"].pop("commissionRatio")
    fast, reference = _decode_both(body, wx.PlanInfoResponse)
    assert fast == reference == (
        "error",
        [
            ("productListInfo[0].productId", "required field is missing"),
            ("productListInfo[0].leagueExInfo.commissionRatio", "required field is missing"),
        ],
    )
