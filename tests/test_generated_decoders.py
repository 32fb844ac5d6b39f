"""The generated decoders (_generated/<package>/decoders.py) agree with the cattrs converter, the reference.

Wire documents are drawn from each response model's own field types, in the forms a server sends:
ints as strings, 0/1 for booleans, "" and null for absent, unknown enum values, JSON in strings,
yuan amounts, unknown fields with nested values. ``plain`` documents hold only values the
reference accepts: the generated decoder must decode every one itself (no fallback) to the same
model, down to the exact types (an enum is not its int, an UnsetList is not a list) and the
``extra`` of every object. ``hostile`` documents mix in wrong types, missing required fields and
malformed strings: whenever the reference refuses one, the generated decoder gives up too, so that
``structure`` answers with the reference's DecodeError and its wire paths.
"""

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

from promosdk import _registry
from promosdk._fast_decode import fast_decoder, no_fast_path
from promosdk._generated.waiqin_bc import decoders as wq_decoders
from promosdk._generated.waiqin_bc import models as wq
from promosdk._generated.wechat_union import decoders as wx_decoders
from promosdk._generated.wechat_union import models as wx
from promosdk._public import UnsetList
from promosdk._serde import DecodeError, structure, structure_reference, unstructure
from tests.bodies import plan_info_ok, product_info

FIXTURES = Path(__file__).parent / "fixtures"
DECODERS: dict[type[Any], Any] = {**wx_decoders.DECODERS, **wq_decoders.DECODERS}
MODELS = [
    obj
    for module in (wx, wq)
    for name in module.__all__
    if isinstance(obj := getattr(module, name), type) and attrs.has(obj)
]
RESPONSE_MODELS = sorted({op.response_model for op in _registry.OPERATIONS.values()}, key=lambda c: c.__name__)


def _hints(cls: type[Any]) -> dict[str, Any]:
    module = wx if cls.__name__ in wx.__all__ else wq
    return typing.get_type_hints(cls, globalns=vars(module))


def _optional_inner(tp: Any) -> Any | None:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        return next(a for a in args if a is not type(None))
    return None


# ---------------------------------------------------------------- wire documents

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6)
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
INTS = (
    st.integers(-(2**63), 2**64 - 1)
    | st.integers(0, 10**12).map(str)
    | st.sampled_from([" 12 ", "+5", "-3", "007", "18446744073709551615", 3.0, -0.0])
)
YUAN = st.sampled_from(["¥0.20", "￥12", "-1.5", "¥-0.30", "-", "", "0", "¥1"])
#: Values no typed field accepts as they are, or only some.
HOSTILE = st.sampled_from(
    ["", None, "x", " ", "1.5", 1.5, True, False, [], {}, [1], {"a": 1}, -1, 2, "true", "9" * 25, float(2**70)]
)


class Wire:
    """Draws a wire document for a model: ``plain`` ones hold only values the reference accepts."""

    def __init__(self, data: st.DataObject, plain: bool) -> None:
        self.data = data
        self.plain = plain

    def draw(self, strategy: st.SearchStrategy[Any]) -> Any:
        return self.data.draw(strategy)

    def hostile(self) -> bool:
        """Whether to put a hostile value here (never in plain documents)."""
        return not self.plain and self.draw(st.integers(0, 9)) == 0

    def document(self, cls: type[Any], depth: int = 0) -> dict[str, Any]:
        hints = _hints(cls)
        fields = [a for a in attrs.fields(cls) if not a.metadata.get("extra")]
        known = {a.metadata["wire"] for a in fields}
        doc: dict[str, Any] = {}
        for a in fields:
            required = a.default is attrs.NOTHING
            if self.draw(st.integers(0, 4)) == 0 and (not required or self.hostile()):
                continue  # absent (for a required field: hostile)
            doc[a.metadata["wire"]] = self.field(a, hints[a.name], depth)
        if self.draw(st.integers(0, 3)) == 0:
            unknown = st.text(min_size=1, max_size=6).filter(lambda key: key not in known)
            doc.update(self.draw(st.dictionaries(unknown, JSON_VALUES, min_size=1, max_size=2)))
        return doc

    def field(self, a: attrs.Attribute[Any], tp: Any, depth: int) -> Any:
        inner = _optional_inner(tp)
        unset_list = getattr(a.default, "factory", None) is UnsetList
        if self.hostile():
            return self.draw(HOSTILE)
        if (inner is not None or unset_list) and self.draw(st.integers(0, 5)) == 0:
            return self.draw(st.sampled_from([None, ""]))  # absent, as the vendors write it
        tp = tp if inner is None else inner
        if a.metadata.get("money") == "yuan-string":
            return self.draw(YUAN)
        if a.metadata.get("json_string"):
            value = self.typed(tp, depth)
            if not self.plain and self.draw(st.integers(0, 5)) == 0:
                return self.draw(st.sampled_from([value, "{", "null", "[1]", orjson.dumps(value).decode() + " x"]))
            return orjson.dumps(value).decode()
        return self.typed(tp, depth)

    def typed(self, tp: Any, depth: int) -> Any:
        if self.hostile():
            return self.draw(HOSTILE)
        origin = typing.get_origin(tp)
        if tp is str:
            return self.draw(st.text(max_size=8) | st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6))
        if tp is int:
            return self.draw(INTS)
        if tp is bool:
            return self.draw(st.sampled_from([True, False, 0, 1, "true", "false"]))
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            values = [m.value for m in tp]
            if issubclass(tp, int):
                unknown: st.SearchStrategy[Any] = st.integers(-(2**31), 2**31).filter(lambda v: v not in values)
                return self.draw(st.sampled_from(values) | st.sampled_from(values).map(str) | unknown)
            return self.draw(st.sampled_from(values) | st.text(max_size=6))
        if attrs.has(tp):
            return self.document(tp, depth + 1)
        if origin is list:
            (item,) = typing.get_args(tp)
            return [self.typed(item, depth + 1) for _ in range(self.draw(st.integers(0, 3 if depth < 3 else 1)))]
        if origin is dict:
            return self.draw(st.dictionaries(st.text(max_size=5), JSON_VALUES, max_size=3))
        if tp is Any:
            return self.draw(JSON_VALUES)
        raise AssertionError(f"no wire strategy for {tp!r}")


# ---------------------------------------------------------------- comparing results


def shape(value: Any) -> Any:
    """``value`` with the exact type of everything in it (== alone takes 1 for True, [] for UnsetList())."""
    kind = type(value)
    if attrs.has(kind):
        return kind, tuple((a.name, shape(getattr(value, a.name))) for a in attrs.fields(kind))
    if kind in (list, UnsetList, tuple):
        return kind, tuple(shape(item) for item in value)
    if kind is dict:
        return kind, tuple((key, shape(item)) for key, item in value.items())
    if isinstance(value, enum.Enum):
        return kind, value.name, value.value
    return kind, value


def generated(doc: Any, cls: type[Any]) -> Any:
    """The generated decoder alone: its model, or ("gave up", exception type)."""
    try:
        return DECODERS[cls](doc, 1)
    except Exception as exc:
        return ("gave up", type(exc).__name__)


def reference(doc: Any, cls: type[Any]) -> Any:
    try:
        return structure_reference(doc, cls)
    except DecodeError as exc:
        return ("error", exc.problems)


def assert_agree(doc: Any, cls: type[Any], *, must_decode: bool) -> None:
    fast, ref = generated(doc, cls), reference(doc, cls)
    if must_decode:
        assert not isinstance(fast, tuple), (fast, ref, doc)
    if isinstance(ref, tuple):
        # The reference refuses it: the generated decoder gave up, and structure() reports as the reference.
        assert isinstance(fast, tuple) and fast[0] == "gave up", (fast, ref, doc)
        with pytest.raises(DecodeError) as caught:
            structure(doc, cls)
        assert caught.value.problems == ref[1]
        return
    if not isinstance(fast, tuple):
        assert fast == ref
        assert shape(fast) == shape(ref)
        assert unstructure(fast) == unstructure(ref)
    assert shape(structure(doc, cls)) == shape(ref)


# ---------------------------------------------------------------- properties


def test_every_model_of_both_specs_has_a_generated_decoder() -> None:
    assert set(MODELS) == set(DECODERS)
    assert set(RESPONSE_MODELS) <= set(DECODERS) and len(RESPONSE_MODELS) >= 15
    for cls in MODELS:
        assert fast_decoder(cls) is DECODERS[cls], cls


def test_a_class_no_package_generates_has_no_fast_path_and_decodes_by_the_reference() -> None:
    @attrs.define(kw_only=True)
    class Local:
        name: str | None = attrs.field(default=None, metadata={"wire": "nAme"})
        extra: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})

    assert fast_decoder(Local) is no_fast_path
    assert structure({"nAme": 5, "other": [1]}, Local) == Local(name="5", extra={"other": [1]})


@pytest.mark.parametrize("cls", RESPONSE_MODELS, ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_plain_documents_decode_by_the_generated_decoder_as_by_the_reference(cls: type[Any], data: st.DataObject) -> None:
    doc = orjson.loads(orjson.dumps(Wire(data, plain=True).document(cls)))
    assert_agree(doc, cls, must_decode=True)


@pytest.mark.parametrize("cls", RESPONSE_MODELS, ids=lambda c: c.__name__)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_hostile_documents_fail_both_ways_or_decode_the_same(cls: type[Any], data: st.DataObject) -> None:
    doc = orjson.loads(orjson.dumps(Wire(data, plain=False).document(cls)))
    assert_agree(doc, cls, must_decode=False)


@pytest.mark.parametrize("cls", [c for c in MODELS if c not in RESPONSE_MODELS], ids=lambda c: c.__name__)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_the_other_models_decode_plain_documents_the_same(cls: type[Any], data: st.DataObject) -> None:
    doc = orjson.loads(orjson.dumps(Wire(data, plain=True).document(cls)))
    assert_agree(doc, cls, must_decode=True)


# ---------------------------------------------------------------- fixtures and chosen cases


def _response_fixtures() -> list[tuple[str, type[Any]]]:
    """Every recorded answer and the response model of its operation (named after the operation)."""
    found = []
    for path in sorted(FIXTURES.glob("*/*.response.json")):
        stem = path.name.removesuffix(".response.json")
        family = "wechat" if path.parent.name == "wechat_union" else "waiqin"
        models = {
            op.response_model
            for op_id, op in _registry.OPERATIONS.items()
            if op.family == family and stem in (op_id.replace(".", "_"), op_id.split(".", 1)[1])
        }
        assert len(models) == 1, (path, models)
        found.append((f"{path.parent.name}/{path.name}", models.pop()))
    return found


RESPONSE_FIXTURES = _response_fixtures()


@pytest.mark.parametrize(("name", "cls"), RESPONSE_FIXTURES, ids=[name for name, _ in RESPONSE_FIXTURES])
def test_recorded_answers_decode_the_same_by_both_paths(name: str, cls: type[Any]) -> None:
    doc = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    assert_agree(doc, cls, must_decode=True)


def test_the_fixtures_cover_both_specs() -> None:
    names = [name for name, _ in RESPONSE_FIXTURES]
    assert any(n.startswith("wechat_union/plan_info") for n in names)
    assert any(n.startswith("waiqin_bc/query_campaign") for n in names)
    assert len(names) >= 20


def _plan_info(**product: Any) -> dict[str, Any]:
    return plan_info_ok(products=[product_info("37610006", **product)])


#: (what is wrong, document, the wire path the reference names)
INVALID: list[tuple[str, dict[str, Any], str]] = [
    ("required field missing", {"errcode": 0, "errmsg": "ok"}, ""),
    ("object where an int goes", _plan_info(commissionRatio={"x": 1}), "productListInfo[0].commissionRatio"),
    ("lossy float for an int", _plan_info(commissionRatio=1.5), "productListInfo[0].commissionRatio"),
    ("bool for an int", _plan_info(productStatus=True), "productListInfo[0].productStatus"),
    ("array for an object", _plan_info(leagueExInfo=[1]), "productListInfo[0].leagueExInfo"),
    ("object for an array", plan_info_ok(productListInfo={"a": 1}), "productListInfo"),
    ("int beyond 64 bits in a string", _plan_info(commissionRatio="9" * 25), "productListInfo[0].commissionRatio"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "doc", "path"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid_documents_make_the_generated_decoder_give_up_and_the_reference_report(
    what: str, doc: dict[str, Any], path: str
) -> None:
    assert generated(doc, wx.PlanInfoResponse)[0] == "gave up"
    with pytest.raises(DecodeError) as caught:
        structure(doc, wx.PlanInfoResponse)
    assert caught.value.problems == reference(doc, wx.PlanInfoResponse)[1]
    assert any(where.startswith(path) for where, _ in caught.value.problems), caught.value.problems


def test_money_and_json_strings_decode_by_the_generated_decoder() -> None:
    query = {"msg_id": "m", "return_code": "0", "return_msg": "ok", "response_data": '[{"activity_code": "A1", "x": [1]}]'}
    decoded = DECODERS[wq.QueryCampaignResponse](query, 1)
    assert decoded == structure_reference(query, wq.QueryCampaignResponse)
    assert decoded.response_data[0].activity_code == "A1" and decoded.response_data[0].extra == {"x": [1]}
    for bad in ('[{"activity_code": "A1"', "[1]", '"text"'):
        assert generated({**query, "response_data": bad}, wq.QueryCampaignResponse)[0] == "gave up"
        with pytest.raises(DecodeError):
            structure({**query, "response_data": bad}, wq.QueryCampaignResponse)
    order = json.loads((FIXTURES / "wechat_union" / "order_search.response.json").read_text(encoding="utf-8"))
    product = order["orderList"][0]["productList"][0]
    for price in ("¥0.20", "-", "", "￥12", "¥-0.30", None):
        product["price"] = price
        assert_agree(order, wx.OrderSearchResponse, must_decode=True)
    hostile: list[Any] = ["¥0.201", "abc", 20, ["¥1"]]
    for price in hostile:
        product["price"] = price
        assert generated(order, wx.OrderSearchResponse)[0] == "gave up"
        with pytest.raises(DecodeError) as caught:
            structure(order, wx.OrderSearchResponse)
        assert caught.value.problems[0][0] == "orderList[0].productList[0].price"
