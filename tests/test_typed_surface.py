"""The typed surface (issue 12): required response fields, lists never None, natural argument types,
flat arguments, wire export and public import paths. Real HTTP on loopback servers and the sandbox."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import sys
import traceback
import types
import typing
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
import yaml

import promosdk
import promosdk.errors
import promosdk.models
from codegen.generate import PACKAGES, SPEC_DIR
from promosdk import (
    BadResponseError,
    PlanNotFoundError,
    RequestValidationError,
    WaiqinClient,
    WaiqinRequestFailedError,
    WeChatUnionClient,
)
from promosdk._generated import errors as generated_errors
from promosdk._public import UnsetList
from promosdk._serde import DecodeError, structure, structure_reference, unstructure
from promosdk.models import (
    Campaign,
    EventStatus,
    PlanInfoResponse,
    PlanStatus,
    PreviousPromotionInfo,
    PromotionInfo,
    PromotionListResponse,
    QueryCampaignResponse,
)
from promosdk.testing import sandbox
from tests.bodies import (
    league_ex_info,
    omit,
    plan_info_ok,
    product_info,
    promotion_list_ok,
    target_plan_info,
    waiqin_ok,
)
from tests.loopback import (
    LoopbackServer,
    json_answer,
    stable_token_handler,
    waiqin_echo_handler,
    wechat_error,
    wechat_ok,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPECS = {name: yaml.safe_load((SPEC_DIR / name).read_text(encoding="utf-8")) for _package, name in PACKAGES}
MODELS = [getattr(promosdk.models, name) for name in promosdk.models.__all__]
ATTRS_MODELS = [cls for cls in MODELS if attrs.has(cls)]

APPID = "wxtypedsurface00001"
SECRET = "typed-surface-secret-0123456789"
OPENID = "typed-surface-openid"
APPKEY = "typed-surface-appkey-0123"
PLAN_INFO = "/union/promoter/target/plan_info"
LIST = "/union/promoter/promotion/list"
UPD = "/union/promoter/promotion/upd"
WQ = "/api/bcwin/v1/"


def fixture(name: str) -> Any:
    return orjson.loads((FIXTURES / name).read_bytes())


@asynccontextmanager
async def wechat() -> AsyncIterator[tuple[LoopbackServer, WeChatUnionClient]]:
    async with LoopbackServer() as server:
        server.route("/cgi-bin/stable_token", stable_token_handler(["typed-surface-token-0001"]))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            yield server, client


@asynccontextmanager
async def waiqin(payload: dict[str, Any] | None = None) -> AsyncIterator[tuple[LoopbackServer, WaiqinClient]]:
    async with LoopbackServer() as server:
        server.route(WQ, waiqin_echo_handler(payload), prefix=True)
        async with WaiqinClient(OPENID, APPKEY, base_url=server.url, max_retries=0) as client:
            yield server, client


def sent(server: LoopbackServer, prefix: str = WQ) -> Any:
    return server.hits(prefix, prefix=True)[-1].json()


def response_schemas() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every object schema reachable from an operation's answer."""
    for spec_name, spec in SPECS.items():
        schemas = spec["components"]["schemas"]
        queue = [
            op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
            for item in spec["paths"].values()
            for op in item.values()
        ]
        seen: set[str] = set()
        while queue:
            name = queue.pop()
            if name in seen:
                continue
            seen.add(name)
            if schemas[name].get("type") == "object":
                yield spec_name, name, schemas[name]
            text = orjson.dumps(schemas[name].get("properties", {})).decode()
            queue += [ref.split('"', 1)[0] for ref in text.split("#/components/schemas/")[1:]]


def is_optional(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in typing.get_args(tp)


# ---------------------------------------------------------------- required response fields


def test_required_response_fields_are_non_optional_without_a_default() -> None:
    checked = 0
    for _spec, name, schema in response_schemas():
        cls = getattr(promosdk.models, name)
        attrs.resolve_types(cls)
        by_wire = {f.metadata.get("wire"): f for f in attrs.fields(cls)}
        for wire in schema.get("required", []):
            f = by_wire[wire]
            assert f.default is attrs.NOTHING and not is_optional(f.type), f"{name}.{wire}"
            checked += 1
        for wire in schema.get("x-required-pending", []):
            assert wire in schema["properties"] and wire not in schema.get("required", []), f"{name}.{wire}"
    assert checked >= 6  # pid, access_token, return_code (x2), productId, commissionRatio, planId, spot name


def test_every_response_decision_is_recorded_in_spec_decisions() -> None:
    rows = (ROOT / "docs" / "spec-decisions.md").read_text(encoding="utf-8").splitlines()
    for _spec, name, schema in response_schemas():
        for wire in [*schema.get("required", []), *schema.get("x-required-pending", [])]:
            pending = wire in schema.get("x-required-pending", [])
            row = next((r for r in rows if f"`{name}." in r and (f"`{name}.{wire}`" in r or f"`{wire}`" in r)), "")
            assert row.startswith("| ") and ("**pending**" in row) == pending, f"{name}.{wire}: {row!r}"


@pytest.mark.parametrize(
    ("body", "cls", "path"),
    [
        (plan_info_ok(products=[omit(product_info(), "productId")]), PlanInfoResponse, "productListInfo[0].productId"),
        (plan_info_ok(products=[product_info("1", leagueExInfo=omit(league_ex_info(), "commissionRatio"))]), PlanInfoResponse, "productListInfo[0].leagueExInfo.commissionRatio"),
        (promotion_list_ok([{"promotionSourcePid": "p"}], total=1), PromotionListResponse, "promotionSourceList[0].promotionSourceName"),
        ({"msg_id": "m", "return_msg": ""}, QueryCampaignResponse, "return_code"),
    ],
    ids=["product id", "commission ratio", "spot name", "return_code"],
)  # fmt: skip
def test_a_missing_required_field_is_a_decode_error_at_its_wire_path(body: Any, cls: type[Any], path: str) -> None:
    for decode in (structure, structure_reference):  # the fast decoder gives up; both report the same
        with pytest.raises(DecodeError) as caught:
            decode(body, cls)
        assert caught.value.problems == [(path, "required field is missing")]
    with pytest.raises(DecodeError) as null:
        structure(orjson.loads(orjson.dumps(body).replace(b'"promotionSourcePid":"p"', b'"promotionSourceName":null')), cls)
    assert null.value.problems[0][0] == path  # null is not a value either


async def test_a_success_answer_missing_a_required_field_is_a_bad_response_naming_it() -> None:
    async with wechat() as (server, client):
        commission_without_ratio = omit(league_ex_info(), "commissionRatio")
        server.route(PLAN_INFO, json_answer(plan_info_ok(products=[product_info("1", leagueExInfo=commission_without_ratio)])))
        with pytest.raises(BadResponseError) as caught:
            await client.target.plan_info(plan_invitation_url="u")
        assert "productListInfo[0].leagueExInfo.commissionRatio: required field is missing" in caught.value.reason
        server.route(LIST, json_answer(promotion_list_ok([{"promotionSourcePid": "pid_1"}], total=1)))
        with pytest.raises(BadResponseError) as listed:
            await client.promotion.list()
        assert "promotionSourceList[0].promotionSourceName: required field is missing" in str(listed.value)


async def test_error_answers_are_raised_before_decoding_so_required_fields_bind_only_successes() -> None:
    async with wechat() as (server, client):
        # Neither answer carries the fields a success requires: the error code decides.
        server.route(PLAN_INFO, json_answer({"errcode": 202002, "errmsg": "no such plan", "productListInfo": [{}]}))
        with pytest.raises(PlanNotFoundError):
            await client.target.plan_info(plan_invitation_url="u")
        server.route(LIST, wechat_error(48001, "api unauthorized"))
        with pytest.raises(promosdk.ApiUnauthorizedError):
            await client.promotion.list()
    async with waiqin({"return_code": 1, "return_msg": "campaign not found"}) as (_server, wq):
        with pytest.raises(WaiqinRequestFailedError):
            await wq.bc.query_campaign(activity_code="nowhere")


# ---------------------------------------------------------------- lists are never None


def test_every_list_field_is_a_list_with_an_empty_default() -> None:
    lists = 0
    for cls in ATTRS_MODELS:
        attrs.resolve_types(cls)
        for f in attrs.fields(cls):
            if typing.get_origin(f.type) is list or (is_optional(f.type) and "list[" in str(f.type)):
                assert typing.get_origin(f.type) is list, f"{cls.__name__}.{f.name} is {f.type}"
                if f.default is not attrs.NOTHING:
                    assert f.default.factory is UnsetList, f"{cls.__name__}.{f.name}"
                lists += 1
    assert lists >= 25
    plan = structure(target_plan_info(), promosdk.models.TargetPlanInfo)
    assert PlanInfoResponse(target_plan_info=plan).product_list_info == [] and Campaign().registered_customer == []


@pytest.mark.parametrize("absent", [{}, {"promotionSourceList": None}, {"promotionSourceList": ""}], ids=["absent", "null", "empty string"])
def test_an_absent_list_decodes_empty_and_is_left_out_when_written_back(absent: dict[str, Any]) -> None:
    for decode in (structure, structure_reference):
        page = decode({"total": 0, "promotionMaxCnt": 100, **absent}, PromotionListResponse)
        assert page.promotion_source_list == [] and type(page.promotion_source_list) is UnsetList
        assert unstructure(page) == {"total": 0, "promotionMaxCnt": 100}
    kept = structure({"total": 0, "promotionMaxCnt": 100, "promotionSourceList": []}, PromotionListResponse)
    assert unstructure(kept) == {"total": 0, "promotionMaxCnt": 100, "promotionSourceList": []}  # a list the server sent stays
    spot = {"promotionSourceName": "n", "promotionSourcePid": "p"}
    kept.promotion_source_list.append(structure(spot, promosdk.models.PromotionSource))
    assert unstructure(kept)["promotionSourceList"] == [spot]


@pytest.mark.parametrize("raw", [None, "", "[]"])
def test_query_campaign_response_data_is_a_list_in_every_empty_form(raw: str | None) -> None:
    body: dict[str, Any] = waiqin_ok(msg_id="m")
    if raw is not None:
        body["response_data"] = raw
    for decode in (structure, structure_reference):
        assert decode(body, QueryCampaignResponse).response_data == []


def test_a_list_left_at_its_default_still_pickles_and_round_trips() -> None:
    info = structure(fixture("wechat_union/plan_info.response.json"), PlanInfoResponse)
    again = pickle.loads(pickle.dumps(info))
    assert again == info and unstructure(again) == fixture("wechat_union/plan_info.response.json")
    unset = pickle.loads(pickle.dumps(UnsetList()))
    assert type(unset) is UnsetList and unset == []


# ---------------------------------------------------------------- natural argument types


async def test_dates_times_sequences_and_enums_are_converted_to_the_wire_form() -> None:
    async with waiqin() as (server, wq):
        await wq.bc.add_or_update_campaign(
            source_code="S", code="C", name="N", type_code="T", event_status=EventStatus.SUSPENDED,
            start_date=dt.date(2026, 1, 1), end_date=dt.datetime(2026, 1, 31, 20, 0, tzinfo=dt.UTC),
            register_url="https://r.test", event_information="i", dept_id=["D1", "D2"], dept_code=("X",),
        )  # fmt: skip
        body = sent(server)
        assert body["event_status"] == "2" and body["start_date"] == "2026-01-01"
        assert body["end_date"] == "2026-02-01"  # 20:00 UTC is the next day in Beijing
        assert body["dept_id"] == "D1,D2" and body["dept_code"] == "X" and "dept_name" not in body
        await wq.bc.apply_callback(
            campaign_source_code="S", campaign_code="C", cm_codes=["C1", "C2"], merchant_information="m",
            registered_time=dt.datetime(2026, 1, 2, 2, 30, 15, 999_999, tzinfo=dt.UTC),
        )  # fmt: skip
        body = sent(server)
        assert body["registered_time"] == "2026-01-02 10:30:15" and body["cm_codes"] == "C1,C2"
        eastern = dt.timezone(dt.timedelta(hours=-5))
        await wq.bc.query_campaign(
            after_create_time=dt.datetime(2026, 1, 1, 9, 0),  # naive: Beijing time already
            before_create_time=dt.datetime(2026, 1, 1, 9, 0, tzinfo=eastern),
        )
        body = sent(server)
        assert body["after_create_time"] == "2026-01-01 09:00:00"
        assert body["before_create_time"] == "2026-01-01 22:00:00"


async def test_wire_strings_stay_accepted_unchanged() -> None:
    async with waiqin() as (server, wq):
        await wq.bc.apply_callback(
            campaign_source_code="S", campaign_code="C", cm_ids="1,2,3", merchant_information="m",
            registered_time="2026-01-02 10:00:00",
        )  # fmt: skip
        assert sent(server)["cm_ids"] == "1,2,3" and sent(server)["registered_time"] == "2026-01-02 10:00:00"
        await wq.bc.add_or_update_campaign(
            source_code="S", code="C", name="N", type_code="T", event_status=3, start_date="2026-01-01",
            end_date="2026-01-02", register_url="https://r.test", event_information="i",
        )  # fmt: skip
        assert sent(server)["event_status"] == "3" and sent(server)["end_date"] == "2026-01-02"


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        ({"registered_time": dt.date(2026, 1, 2)}, "registered_time", "type"),
        ({"registered_time": 1767319200}, "registered_time", "type"),
        ({"cm_codes": ["C1", "C,2"]}, "cm_codes[1]", "separator"),
        ({"cm_codes": ["C1", 2]}, "cm_codes[1]", "type"),
        ({"cm_codes": ["C1", " "]}, "cm_codes[1]", "blank"),
        ({"cm_codes": {"C1"}}, "cm_codes", "type"),
        ({"cm_codes": b"C1"}, "cm_codes", "type"),
        ({"cm_codes": []}, "cm_ids|cm_codes|cm_names", "one-of-required"),  # an empty list is no list
    ],
    ids=["date for a time", "epoch int", "separator inside", "int item", "blank item", "set", "bytes", "empty"],
)
async def test_bad_natural_values_are_validation_errors_and_nothing_is_sent(kwargs: dict[str, Any], field: str, rule: str) -> None:
    arguments: dict[str, Any] = {
        "campaign_source_code": "S", "campaign_code": "C", "merchant_information": "m",
        "registered_time": "2026-01-02 10:00:00", **kwargs,
    }  # fmt: skip
    async with waiqin() as (server, wq):
        with pytest.raises(RequestValidationError) as caught:
            await wq.bc.apply_callback(**arguments)
        assert (caught.value.field, caught.value.rule) == (field, rule)
        assert server.count() == 0


async def test_enum_arguments_take_members_or_values_and_refuse_the_rest() -> None:
    async with waiqin() as (server, wq):
        common: dict[str, Any] = {
            "source_code": "S", "code": "C", "name": "N", "type_code": "T", "start_date": "2026-01-01",
            "end_date": "2026-01-02", "register_url": "https://r.test", "event_information": "i",
        }  # fmt: skip
        for value in (EventStatus.ONLINE, 1):
            await wq.bc.add_or_update_campaign(event_status=value, **common)
            assert sent(server)["event_status"] == "1"
        bad: Any
        for bad in (7, "1", True, 1.0):
            with pytest.raises(RequestValidationError) as caught:
                await wq.bc.add_or_update_campaign(event_status=bad, **common)
            assert caught.value.field == "event_status"
        assert server.count() == 2


# ---------------------------------------------------------------- flat arguments


async def test_upd_takes_flat_arguments_or_models_and_sends_the_same_body() -> None:
    async with wechat() as (server, client):
        server.route(UPD, wechat_ok())
        await client.promotion.upd(promotion_source_pid="pid_1", promotion_source_name="old", new_promotion_source_name="new")
        await client.promotion.upd(
            previous_promotion_info=PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="old"),
            promotion_info=PromotionInfo(promotion_source_name="new"),
        )
        await client.with_raw_response.promotion.upd(
            promotion_source_pid="pid_1", promotion_source_name="old", new_promotion_source_name="new"
        )
        flat, model, raw = (r.body for r in server.hits(UPD))
        assert flat == model == raw
        assert orjson.loads(flat) == {
            "previousPromotionInfo": {"promotionSourcePid": "pid_1", "promotionSourceName": "old"},
            "promotionInfo": {"promotionSourceName": "new"},
        }


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        ({"promotion_source_pid": "p", "promotion_source_name": "old"}, "new_promotion_source_name", "required"),
        ({}, "promotion_source_pid", "required"),
        (
            {"promotion_source_pid": "p", "previous_promotion_info": PreviousPromotionInfo(promotion_source_pid="p", promotion_source_name="o"), "new_promotion_source_name": "n"},
            "promotion_source_pid", "flat-or-model",
        ),
        ({"promotion_source_pid": "p", "promotion_source_name": "", "new_promotion_source_name": "n"}, "previous_promotion_info.promotion_source_name", "minLength"),
    ],
    ids=["missing new name", "nothing", "both forms", "empty name"],
)  # fmt: skip
async def test_upd_flat_form_errors_name_the_argument(kwargs: dict[str, Any], field: str, rule: str) -> None:
    async with wechat() as (server, client):
        with pytest.raises(RequestValidationError) as caught:
            await client.promotion.upd(**kwargs)
        assert (caught.value.field, caught.value.rule) == (field, rule)
        assert server.count(UPD) == 0


async def test_flat_rename_against_the_sandbox() -> None:
    async with sandbox(plans=1) as sb:
        added = await sb.wechat.promotion.add(promotion_source_name="flat A")
        await sb.wechat.promotion.upd(
            promotion_source_pid=added.pid, promotion_source_name="flat A", new_promotion_source_name="flat B"
        )
        names = [spot.promotion_source_name async for spot in sb.wechat.promotion.iter_list()]
        assert names == ["flat B"]


# ---------------------------------------------------------------- to_dict / to_json


def test_to_dict_and_to_json_give_the_wire_form_by_default() -> None:
    body = fixture("wechat_union/plan_info.response.json")
    info = structure(body, PlanInfoResponse)
    assert promosdk.to_dict(info) == body
    assert orjson.loads(promosdk.to_json(info)) == body
    assert promosdk.to_json(info, indent=True).startswith('{\n  "errcode": 0')
    assert structure(orjson.loads(promosdk.to_json(info)), PlanInfoResponse) == info
    query = structure(fixture("waiqin_bc/query_campaign.response.json"), QueryCampaignResponse)
    assert orjson.loads(promosdk.to_json(query.response_data)) == orjson.loads(body_of(query))
    assert "response_data" in promosdk.to_dict(query) and isinstance(promosdk.to_dict(query)["response_data"], str)


def body_of(query: QueryCampaignResponse) -> str:
    return str(unstructure(query)["response_data"])


def test_to_dict_with_python_names_has_every_attribute() -> None:
    info = structure(fixture("wechat_union/plan_info.response.json"), PlanInfoResponse)
    plain = promosdk.to_dict(info, wire_names=False)
    assert plain["target_plan_info"]["plan_status"] == 1 and plain["target_plan_info"]["plan_id"] == "1964112935262240768"
    product = plain["product_list_info"][0]
    assert product["league_ex_info"]["commission_ratio"] == 700 and product["product_detail_info"]["total_stock_num"] == 128
    assert product["product_detail_info"]["brand"] is None  # every attribute, unset ones as None
    assert "extra" not in plain  # only when non-empty
    assert orjson.loads(promosdk.to_json(info, wire_names=False)) == plain
    info.extra["newTopLevel"] = [1]
    assert promosdk.to_dict(info, wire_names=False)["extra"] == {"newTopLevel": [1]}


def test_to_dict_refuses_what_is_not_a_model() -> None:
    with pytest.raises(TypeError, match="promosdk model"):
        promosdk.to_dict({"a": 1})
    assert promosdk.to_dict is promosdk._public.to_dict and "to_json" in promosdk.__all__


# ---------------------------------------------------------------- public import paths


def test_every_model_and_enum_reports_promosdk_models_and_pickles_through_it() -> None:
    assert len(MODELS) >= 55
    for cls in MODELS:
        assert cls.__module__ == "promosdk.models" and cls.__qualname__ == cls.__name__, cls
        assert getattr(promosdk.models, cls.__name__) is cls
    assert repr(PlanInfoResponse) == "<class 'promosdk.models.PlanInfoResponse'>"
    assert pickle.loads(pickle.dumps(PlanStatus.EFFECTIVE)) is PlanStatus.EFFECTIVE
    unknown = structure(target_plan_info(planStatus=9), promosdk.models.TargetPlanInfo).plan_status
    assert pickle.loads(pickle.dumps(unknown)) == unknown


def test_every_exception_reports_promosdk_errors() -> None:
    generated = {n for n in generated_errors.__all__ if n != "ERROR_CLASSES"}
    assert generated <= set(promosdk.errors.__all__)
    for name in promosdk.errors.__all__:
        cls = getattr(promosdk.errors, name)
        assert cls.__module__ == "promosdk.errors", name
        assert issubclass(cls, promosdk.PromoSDKError)
        assert getattr(promosdk, name) is cls
    assert pickle.loads(pickle.dumps(PlanNotFoundError)) is PlanNotFoundError


async def test_a_traceback_names_the_public_error_class() -> None:
    async with wechat() as (server, client):
        server.route(PLAN_INFO, wechat_error(202002, "no such plan"))
        try:
            await client.target.plan_info(plan_invitation_url="u")
        except PlanNotFoundError:
            printed = traceback.format_exc()
    assert "promosdk.errors.PlanNotFoundError: target.plan_info: [202002] no such plan" in printed
    assert "_generated" not in printed.splitlines()[-1]


def test_the_public_modules_come_up_in_any_import_order() -> None:
    import subprocess

    body = plan_info_ok(products=[product_info("1", leagueExInfo=league_ex_info(commissionRatio=5))])
    for first in ("promosdk._generated.wechat_union.models", "promosdk.models", "promosdk._generated.errors", "promosdk.wechat"):
        code = (
            f"import {first}\n"
            "import promosdk.models as m, promosdk.errors as e\n"
            "assert m.PlanInfoResponse.__module__ == 'promosdk.models' and m.Campaign.__module__ == 'promosdk.models'\n"
            "assert e.PlanNotFoundError.__module__ == 'promosdk.errors' == e.PromoSDKError.__module__\n"
            "from promosdk._serde import structure\n"
            f"assert structure({body!r},"
            " m.PlanInfoResponse).product_list_info[0].league_ex_info.commission_ratio == 5\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        assert result.returncode == 0, (first, result.stderr)


# ---------------------------------------------------------------- the typecheck script runs


async def test_the_typecheck_user_script_runs_against_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.typecheck import usage

    async with sandbox(plans=3) as sb:
        for key, value in sb.env.items():
            monkeypatch.setenv(key, value)
        assert os.environ["PROMOSDK_SANDBOX_PLAN_URL"]
        lines = await usage.main()
    text = "\n".join(lines)
    assert "promosdk.errors.PlanNotFoundError 202002" in text
    assert "renamed: errcode 0" in text and "1 spots: channel A3" in text
    assert "registered ['C1', 'C2']" in text and "saved: return_code 0" in text
    assert "30 selected products" in text and "share link http://127.0.0.1" in text
    assert "0 orders by id" in text and "customize info vip" in text
