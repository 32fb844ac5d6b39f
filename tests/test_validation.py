"""Input validation before sending: every rule derived from the specs raises RequestValidationError
(also a ValueError) naming the field and the rule, and the server sees no request at all (not even a
token request). Valid boundary values do reach the server, so each rule is shown to be exact."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

from promosdk import RequestValidationError, WaiqinClient, WeChatUnionClient
from promosdk._generated.waiqin_bc.models import EventStatus
from promosdk._generated.wechat_union.models import PreviousPromotionInfo, PromotionInfo
from tests.bodies import waiqin_ok, wechat_success_handler
from tests.loopback import LoopbackServer, stable_token_handler, waiqin_echo_handler

Clients = tuple[WeChatUnionClient, WaiqinClient]
Call = Callable[[Clients], Awaitable[Any]]

CAMPAIGN: dict[str, Any] = {
    "source_code": "SRC",
    "code": "C",
    "name": "活动",
    "type_code": "T",
    "event_status": 1,
    "start_date": "2026-01-01",
    "end_date": "2026-01-31",
    "register_url": "https://r.test",
    "event_information": "info",
}
CALLBACK: dict[str, Any] = {
    "campaign_source_code": "SRC",
    "campaign_code": "C",
    "cm_ids": "1,2",
    "registered_time": "2026-01-02 10:00:00",
    "merchant_information": "m",
}


@asynccontextmanager
async def _clients() -> AsyncIterator[tuple[LoopbackServer, Clients]]:
    async with LoopbackServer() as server:
        server.route("/cgi-bin/stable_token", stable_token_handler(["validation-token-1"]))
        server.route("/union/", wechat_success_handler(), prefix=True)
        server.route("/api/bcwin/v1/", waiqin_echo_handler(waiqin_ok(response_data="[]")), prefix=True)
        async with (
            WeChatUnionClient("wxvalidation000001", "validation-secret", base_url=server.url) as wx,
            WaiqinClient("validation-openid", "validation-appkey", base_url=server.url) as wq,
        ):
            yield server, (wx, wq)


def campaign(**changes: Any) -> Call:
    return lambda c: c[1].bc.add_or_update_campaign(**{**CAMPAIGN, **changes})


def callback(**changes: Any) -> Call:
    return lambda c: c[1].bc.apply_callback(**{**CALLBACK, **changes})


def query(**filters: Any) -> Call:
    return lambda c: c[1].bc.query_campaign(**filters)


def upd(pid: Any = "pid_1", previous: Any = "旧名", new: Any = "新名") -> Call:
    return lambda c: c[0].promotion.upd(
        previous_promotion_info=PreviousPromotionInfo(promotion_source_pid=pid, promotion_source_name=previous),
        promotion_info=PromotionInfo(promotion_source_name=new),
    )


BAD: list[tuple[str, Call, str, str]] = [
    # ---- WeChat: required / empty strings
    ("plan_info None", lambda c: c[0].target.plan_info(plan_invitation_url=None), "plan_invitation_url", "required"),  # type: ignore[arg-type]
    ("plan_info empty", lambda c: c[0].target.plan_info(plan_invitation_url=""), "plan_invitation_url", "minLength"),
    ("apply_target plan_id empty", lambda c: c[0].target.apply_target(plan_id="", apply_reason="r"), "plan_id", "minLength"),
    ("apply_target reason empty", lambda c: c[0].target.apply_target(plan_id="p", apply_reason=""), "apply_reason", "minLength"),
    ("apply_target reason None", lambda c: c[0].target.apply_target(plan_id="p", apply_reason=None), "apply_reason", "required"),  # type: ignore[arg-type]
    ("apply_status plan_id empty", lambda c: c[0].target.apply_status(plan_id=""), "plan_id", "minLength"),
    # ---- WeChat: promotion names, 1-20 characters
    ("add name empty", lambda c: c[0].promotion.add(promotion_source_name=""), "promotion_source_name", "minLength"),
    ("add name 21", lambda c: c[0].promotion.add(promotion_source_name="x" * 21), "promotion_source_name", "maxLength"),
    ("add name 21 Chinese", lambda c: c[0].promotion.add(promotion_source_name="推" * 21), "promotion_source_name", "maxLength"),
    ("upd previous name 21", upd(previous="y" * 21), "previous_promotion_info.promotion_source_name", "maxLength"),
    ("upd new name empty", upd(new=""), "promotion_info.promotion_source_name", "minLength"),
    ("upd new name 21", upd(new="名" * 21), "promotion_info.promotion_source_name", "maxLength"),
    ("upd pid empty", upd(pid=""), "previous_promotion_info.promotion_source_pid", "minLength"),
    ("upd pid int", upd(pid=7), "previous_promotion_info.promotion_source_pid", "type"),
    (
        "upd dict instead of model",
        lambda c: c[0].promotion.upd(  # type: ignore[call-overload]
            previous_promotion_info={"promotionSourcePid": "p", "promotionSourceName": "a"},
            promotion_info=PromotionInfo(promotion_source_name="b"),
        ),
        "previous_promotion_info",
        "type",
    ),
    # ---- WeChat: paging bounds
    ("list start -1", lambda c: c[0].promotion.list(start=-1, limit=10), "start", "minimum"),
    ("list limit 0", lambda c: c[0].promotion.list(start=0, limit=0), "limit", "minimum"),
    ("list limit 101", lambda c: c[0].promotion.list(start=0, limit=101), "limit", "maximum"),
    ("iter_list page_size 0", lambda c: anext(c[0].promotion.iter_list(page_size=0)), "limit", "minimum"),
    ("list limit str", lambda c: c[0].promotion.list(start=0, limit="10"), "limit", "type"),  # type: ignore[arg-type]
    ("list start bool", lambda c: c[0].promotion.list(start=True, limit=10), "start", "type"),
    # ---- WeChat: wrong types
    ("plan_id int", lambda c: c[0].target.apply_status(plan_id=123), "plan_id", "type"),  # type: ignore[arg-type]
    ("plan_info url bytes", lambda c: c[0].target.plan_info(plan_invitation_url=b"u"), "plan_invitation_url", "type"),  # type: ignore[arg-type]
    # ---- waiqin addOrUpdateCampaign: required, VARCHAR(100), enums, dates
    ("campaign source_code None", campaign(source_code=None), "source_code", "required"),
    ("campaign source_code empty", campaign(source_code=""), "source_code", "minLength"),
    ("campaign event_information empty", campaign(event_information=""), "event_information", "minLength"),
    ("campaign source_code 101", campaign(source_code="s" * 101), "source_code", "maxLength"),
    ("campaign code 101", campaign(code="c" * 101), "code", "maxLength"),
    ("campaign name 101 Chinese", campaign(name="名" * 101), "name", "maxLength"),
    ("campaign type_code 101", campaign(type_code="t" * 101), "type_code", "maxLength"),
    ("campaign register_url 101", campaign(register_url="u" * 101), "register_url", "maxLength"),
    ("campaign dept_id 101", campaign(dept_id="1" * 101), "dept_id", "maxLength"),
    ("campaign dept_code 101", campaign(dept_code="1" * 101), "dept_code", "maxLength"),
    ("campaign dept_name 101", campaign(dept_name="1" * 101), "dept_name", "maxLength"),
    ("campaign dept_source_code 101", campaign(dept_source_code="1" * 101), "dept_source_code", "maxLength"),
    ("campaign event_status 0", campaign(event_status=0), "event_status", "enum"),
    ("campaign event_status 4", campaign(event_status=4), "event_status", "enum"),
    ("campaign event_status '1'", campaign(event_status="1"), "event_status", "enum"),
    ("campaign event_status True", campaign(event_status=True), "event_status", "enum"),
    ("campaign event_status None", campaign(event_status=None), "event_status", "required"),
    ("campaign start 2026-02-30", campaign(start_date="2026-02-30"), "start_date", "format"),
    ("campaign start 2027-02-29", campaign(start_date="2027-02-29"), "start_date", "format"),
    ("campaign start slashes", campaign(start_date="2026/01/01"), "start_date", "format"),
    ("campaign start short", campaign(start_date="2026-1-5"), "start_date", "format"),
    ("campaign end with time", campaign(end_date="2026-01-31 00:00:00"), "end_date", "format"),
    ("campaign end 2026-13-01", campaign(end_date="2026-13-01"), "end_date", "format"),
    ("campaign end before start", campaign(start_date="2026-02-01", end_date="2026-01-31"), "end_date", "date-order"),
    ("campaign name int", campaign(name=12345), "name", "type"),
    ("campaign start date int", campaign(start_date=20260101), "start_date", "type"),  # a datetime.date is converted (issue 12)
    # ---- waiqin applyCallBack
    ("callback time date only", callback(registered_time="2026-01-02"), "registered_time", "format"),
    ("callback time T", callback(registered_time="2026-01-02T10:00:00"), "registered_time", "format"),
    ("callback time 25h", callback(registered_time="2026-01-02 25:00:00"), "registered_time", "format"),
    ("callback time 2026-02-30", callback(registered_time="2026-02-30 10:00:00"), "registered_time", "format"),
    ("callback time date only object", callback(registered_time=dt.date(2026, 1, 2)), "registered_time", "type"),  # a datetime is converted (issue 12)
    ("callback no customers", callback(cm_ids=None), "cm_ids|cm_codes|cm_names", "one-of-required"),
    ("callback empty customers", callback(cm_ids="", cm_codes="", cm_names=""), "cm_ids|cm_codes|cm_names", "one-of-required"),
    ("callback source 101", callback(campaign_source_code="s" * 101), "campaign_source_code", "maxLength"),
    ("callback code empty", callback(campaign_code=""), "campaign_code", "minLength"),
    ("callback merchant empty", callback(merchant_information=""), "merchant_information", "minLength"),
    ("callback cm_ids int", callback(cm_ids=12), "cm_ids", "type"),
    # ---- waiqin queryCampaign
    ("query before_create date only", query(before_create_time="2026-01-01"), "before_create_time", "format"),
    ("query after_create words", query(after_create_time="yesterday"), "after_create_time", "format"),
    ("query before_modify slashes", query(before_modify_time="2026/01/01 10:00:00"), "before_modify_time", "format"),
    ("query after_modify 24h", query(after_modify_time="2026-01-01 24:00:00"), "after_modify_time", "format"),
    ("query activity_code 33", query(activity_code="a" * 33), "activity_code", "maxLength"),
    ("query source_code int", query(activity_source_code=5), "activity_source_code", "type"),
    # ---- blank and control characters (names and other one-line strings; TEXT fields allow TAB/LF/CR)
    ("add name spaces", lambda c: c[0].promotion.add(promotion_source_name="   "), "promotion_source_name", "blank"),
    ("add name newline", lambda c: c[0].promotion.add(promotion_source_name="a\nb"), "promotion_source_name", "control"),
    ("add name ESC", lambda c: c[0].promotion.add(promotion_source_name="\x1b[31m"), "promotion_source_name", "control"),
    ("upd new name C1", upd(new="a\x9b"), "promotion_info.promotion_source_name", "control"),
    ("upd pid newline", upd(pid="pid\n"), "previous_promotion_info.promotion_source_pid", "control"),
    ("plan_id blank", lambda c: c[0].target.apply_status(plan_id=" \u3000 "), "plan_id", "blank"),
    ("plan url newline", lambda c: c[0].target.plan_info(plan_invitation_url="https://x.test/\r\nX: y"), "plan_invitation_url", "control"),
    ("apply reason NUL", lambda c: c[0].target.apply_target(plan_id="p", apply_reason="why\x00"), "apply_reason", "control"),
    ("apply reason blank", lambda c: c[0].target.apply_target(plan_id="p", apply_reason="\n\t "), "apply_reason", "blank"),
    ("campaign name tab", campaign(name="活动\t"), "name", "control"),
    ("campaign code blank", campaign(code="\u200b"), "code", "blank"),
    ("campaign information DEL", campaign(event_information="info\x7f"), "event_information", "control"),
    ("callback cm_codes newline", callback(cm_ids=None, cm_codes="K1\nK2"), "cm_codes", "control"),
    ("callback merchant bell", callback(merchant_information="m\x07"), "merchant_information", "control"),
    ("query code line separator", query(activity_code="a\u2028"), "activity_code", "control"),
]


@pytest.mark.parametrize(("case", "call", "field", "rule"), BAD, ids=[b[0] for b in BAD])
async def test_bad_input_raises_and_sends_nothing(case: str, call: Call, field: str, rule: str) -> None:
    async with _clients() as (server, clients):
        with pytest.raises(RequestValidationError) as caught:
            await call(clients)
        error = caught.value
        assert isinstance(error, ValueError)
        assert error.field == field
        assert error.rule == rule
        assert field in str(error) and rule in str(error)
        assert server.requests == [], f"{case}: the server saw {server.requests}"


GOOD: list[tuple[str, Call]] = [
    ("add name 1", lambda c: c[0].promotion.add(promotion_source_name="x")),
    ("add name 20", lambda c: c[0].promotion.add(promotion_source_name="x" * 20)),
    ("add name 20 Chinese", lambda c: c[0].promotion.add(promotion_source_name="推广位名称推广位名称推广位名称推广位名称")),
    ("upd names 20", upd(previous="旧" * 20, new="新" * 20)),
    ("list limit 1", lambda c: c[0].promotion.list(start=0, limit=1)),
    ("list limit 100", lambda c: c[0].promotion.list(start=0, limit=100)),
    ("list defaults", lambda c: c[0].promotion.list()),
    ("campaign 100 everywhere", campaign(source_code="s" * 100, name="名" * 100, register_url="u" * 100, dept_id="1" * 100)),
    ("campaign event_status enum", campaign(event_status=EventStatus.ENDED)),
    ("campaign event_status 3", campaign(event_status=3)),
    ("campaign same day", campaign(start_date="2026-03-01", end_date="2026-03-01")),
    ("campaign leap day", campaign(start_date="2028-02-29", end_date="2028-03-01")),
    ("callback names only", callback(cm_ids=None, cm_names="张三")),
    ("callback codes only", callback(cm_ids=None, cm_codes="K1")),
    ("callback end of day", callback(registered_time="2026-12-31 23:59:59")),
    ("add name inner spaces", lambda c: c[0].promotion.add(promotion_source_name="推广 位 1")),
    ("apply reason on lines", lambda c: c[0].target.apply_target(plan_id="p", apply_reason="line 1\r\n\tline 2")),
    ("campaign information on lines", campaign(event_information="第一行\n第二行\t完")),
    ("callback merchant on lines", callback(merchant_information='{\n  "k": "v"\n}')),
    ("query no filters", query()),
    ("query all filters", query(
        activity_source_code="s" * 32,
        activity_code="c",
        activity_type_code="t",
        before_create_time="2026-01-02 00:00:00",
        after_create_time="2026-01-01 00:00:00",
        before_modify_time="2026-01-02 00:00:00",
        after_modify_time="2026-01-01 00:00:00",
    )),
]


@pytest.mark.parametrize(("case", "call"), GOOD, ids=[g[0] for g in GOOD])
async def test_valid_boundary_input_is_sent(case: str, call: Call) -> None:
    async with _clients() as (server, clients):
        await call(clients)
        api = [r for r in server.requests if not r.path.startswith("/cgi-bin/")]
        assert len(api) == 1, case


def test_validation_error_is_a_value_error_and_promosdk_error() -> None:
    from promosdk import PromoSDKError

    error = RequestValidationError("limit", "maximum", "must be <= 100, is 101")
    assert isinstance(error, ValueError) and isinstance(error, PromoSDKError)
    assert str(error) == "limit: must be <= 100, is 101 [maximum]"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"after_create_time": "2026-02-01 00:00:00", "before_create_time": "2026-01-01 00:00:00"},
        {"after_modify_time": "2026-02-01 00:00:00", "before_modify_time": "2026-01-01 00:00:00"},
        {"after_create_time": "٢٠٢٦-01-01 00:00:00"},
    ],
)
async def test_query_windows_must_be_ordered_and_ascii(kwargs: dict[str, str]) -> None:
    from promosdk import RequestValidationError, WaiqinClient

    async with WaiqinClient("openid-v", "appkey-validation", base_url="http://127.0.0.1:9") as wq:
        with pytest.raises(RequestValidationError):
            await wq.bc.query_campaign(**kwargs)


async def test_blank_customer_lists_do_not_satisfy_one_of_required() -> None:
    from promosdk import RequestValidationError, WaiqinClient

    async with WaiqinClient("openid-v", "appkey-validation", base_url="http://127.0.0.1:9") as wq:
        with pytest.raises(RequestValidationError, match="one-of-required"):
            await wq.bc.apply_callback(
                campaign_source_code="s", campaign_code="c", cm_codes="   ", cm_names="",
                registered_time="2026-01-02 10:00:00", merchant_information="m",
            )  # fmt: skip


def test_multiline_fields_are_request_fields_of_the_spec() -> None:
    """A spec rename must not silently make a free-text field one-line (or the reverse)."""
    from promosdk._generated.waiqin_bc.operations import OPERATIONS as WAIQIN
    from promosdk._generated.wechat_union.operations import OPERATIONS as WECHAT
    from promosdk._operation import OperationSpec
    from promosdk._validation import MULTILINE_FIELDS, RULES

    operations: list[OperationSpec] = [*WECHAT.values(), *WAIQIN.values()]
    request_strings = {
        rule.wire for op in operations for rule in RULES[op.request_model].fields if rule.kind == "str"
    }
    assert request_strings >= MULTILINE_FIELDS


def test_lists_of_models_are_checked_element_by_element() -> None:
    """No request has a list of models yet; the rule is ready for one (checked on a spec model)."""
    from promosdk._generated.waiqin_bc.models import Campaign, Customer, Dept
    from promosdk._validation import validate

    validate(Campaign(belong_dept=[Dept(name="销售一部")]))
    with pytest.raises(RequestValidationError) as caught:
        validate(Campaign(belong_dept=[Dept(name="ok"), Customer(name="x")]))  # type: ignore[list-item]
    assert (caught.value.field, caught.value.rule) == ("belong_dept[1]", "type")
    with pytest.raises(RequestValidationError) as caught:
        validate(Campaign(belong_dept=[Dept(name="a\nb")]))
    assert (caught.value.field, caught.value.rule) == ("belong_dept[0].name", "control")
    with pytest.raises(RequestValidationError) as caught:
        validate(Campaign(belong_dept=[Dept(extra={"k": {1, 2}})]))
    assert (caught.value.field, caught.value.rule) == ("belong_dept[0].extra.k", "json")


def test_top_level_extra_is_checked_like_nested_extra() -> None:
    from promosdk._generated.wechat_union.models import PromotionAddRequest
    from promosdk._validation import validate

    validate(PromotionAddRequest(promotion_source_name="n", extra={"future": [1, {"k": None}]}))
    with pytest.raises(RequestValidationError) as caught:
        validate(PromotionAddRequest(promotion_source_name="n", extra={"future": float("nan")}))
    assert (caught.value.field, caught.value.rule) == ("extra.future", "json")
    with pytest.raises(RequestValidationError) as caught:
        validate(PromotionAddRequest(promotion_source_name="n", extra={"promotionSourceName": "bypass"}))
    assert (caught.value.field, caught.value.rule) == ("extra.promotionSourceName", "extra")
