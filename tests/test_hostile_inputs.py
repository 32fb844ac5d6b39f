"""Hostile inputs (issue 10): what a server sends and what a caller passes must fit what the client
can handle and send. Real loopback servers written here (tests.loopback), no mocks of aiohttp.

Pinned:
- the decoder and the CLI's output agree on one limit (orjson's: 254 nested arrays/objects per
  JSON document, integers within 64 bits): beyond it the client raises BadResponseError naming the
  wire path and the CLI prints one error line; within it everything decodes, prints and reprs;
- waiqin requests carry exactly the four signed path segments after the operation, whatever the
  openid was (a hostile one is refused at construction);
- wrong nested model classes, unsendable ``extra`` values and blank or control-character names are
  RequestValidationErrors naming the field, and nothing reaches the server.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
import pytest

from promosdk import BadResponseError, RequestValidationError, WaiqinClient, WeChatUnionClient
from promosdk._generated.wechat_union.models import PreviousPromotionInfo, PromotionInfo
from promosdk._json_limits import JSON_INT_MAX, JSON_INT_MIN, JSON_MAX_DEPTH
from promosdk._serde import unstructure
from tests.bodies import target_plan_info, waiqin_ok, wechat_success_handler
from tests.loopback import (
    Answer,
    LoopbackServer,
    stable_token_handler,
    waiqin_echo_handler,
    waiqin_path_parts,
)
from tests.test_cli import one_error_line, run_cli, sandbox_env

APPID = "wxhostileinputs0001"
SECRET = "hostile-inputs-secret-value"
APPKEY = "hostile-inputs-appkey-0123"
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
WQ = "/api/bcwin/v1/"
PLAN_URL = "https://invite.test/plan"
EXIT_BAD_RESPONSE = 7


def nested_object(levels: int) -> bytes:
    """``levels`` nested JSON objects around 1, as raw bytes (orjson could not write the deep ones)."""
    return b'{"a":' * levels + b"1" + b"}" * levels


def plan_info_body(target_plan_info: bytes) -> bytes:
    return b'{"errcode":0,"errmsg":"ok","targetPlanInfo":' + target_plan_info + b"}"


def target_plan(*members: bytes) -> bytes:
    """A complete targetPlanInfo (plan "p", tests.bodies) with raw ``"key":value`` members replacing
    or adding fields: raw bytes, for values orjson cannot write (beyond 64 bits, nested too deep)."""
    keys = {member.split(b":", 1)[0].strip(b'"').decode() for member in members}
    plan = {key: value for key, value in target_plan_info(planId="p").items() if key not in keys}
    return orjson.dumps(plan)[:-1] + b"".join(b"," + member for member in members) + b"}"


#: The root object is level 1 and targetPlanInfo level 2: an unknown field "deep" of targetPlanInfo
#: holding this many nested objects reaches exactly the limit.
AT_LIMIT = JSON_MAX_DEPTH - 2


@asynccontextmanager
async def wechat_answering(body: bytes) -> AsyncIterator[tuple[LoopbackServer, WeChatUnionClient]]:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["hostile-inputs-token-0123456789"]))
        server.route(PLAN_INFO, Answer(body=body))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            yield server, client


def cli_env(url: str) -> dict[str, str]:
    return sandbox_env(url, PROMOSDK_WECHAT_APPID=APPID, PROMOSDK_WECHAT_SECRET=SECRET)


# ---------------------------------------------------------------------------------------- the limits


def test_the_limits_are_orjsons() -> None:
    """If an orjson upgrade moves its limits, this fails: the decoder's limits are orjson's."""

    def nest(levels: int) -> Any:
        value: Any = 1
        for _ in range(levels):
            value = [value]
        return value

    orjson.dumps(nest(JSON_MAX_DEPTH))
    with pytest.raises(orjson.JSONEncodeError):
        orjson.dumps(nest(JSON_MAX_DEPTH + 1))
    assert orjson.dumps([JSON_INT_MIN, JSON_INT_MAX])
    for beyond in (JSON_INT_MIN - 1, JSON_INT_MAX + 1):
        with pytest.raises(orjson.JSONEncodeError):
            orjson.dumps(beyond)
    assert (JSON_INT_MIN, JSON_INT_MAX) == (-(2**63), 2**64 - 1)  # signed and unsigned 64-bit


# ---------------------------------------------------------------------------------------- big integers


async def test_integer_beyond_64_bits_in_a_known_int_field_is_a_bad_response_naming_the_path() -> None:
    for value in (b"1180591620717411303424", b'"1180591620717411303424"', b"18446744073709551616"):
        body = plan_info_body(target_plan(b'"planStartTime":' + value))
        async with wechat_answering(body) as (_, client):
            with pytest.raises(BadResponseError) as caught:
                await client.target.plan_info(plan_invitation_url=PLAN_URL)
        assert "targetPlanInfo.planStartTime" in caught.value.reason, caught.value.reason
        assert "64 bits" in caught.value.reason


async def test_integers_at_the_64_bit_bounds_decode() -> None:
    for value in (JSON_INT_MAX, JSON_INT_MIN):
        body = plan_info_body(target_plan(b'"planStartTime":%d' % value))
        async with wechat_answering(body) as (_, client):
            info = await client.target.plan_info(plan_invitation_url=PLAN_URL)
        assert info.target_plan_info is not None and info.target_plan_info.plan_start_time == value


async def test_integer_beyond_64_bits_in_an_unknown_field_is_kept_as_the_float_orjson_reads() -> None:
    body = plan_info_body(target_plan(b'"futureCounter":1180591620717411303424'))
    async with wechat_answering(body) as (_, client):
        info = await client.target.plan_info(plan_invitation_url=PLAN_URL)
    assert info.target_plan_info is not None
    assert info.target_plan_info.extra == {"futureCounter": float(2**70)}
    assert orjson.loads(orjson.dumps(unstructure(info)))["targetPlanInfo"]["futureCounter"] == float(2**70)


# ---------------------------------------------------------------------------------------- deep nesting


async def test_nesting_beyond_the_limit_in_extra_is_a_bad_response_naming_the_path() -> None:
    for levels in (AT_LIMIT + 1, 300, 1000):
        body = plan_info_body(target_plan(b'"deep":' + nested_object(levels)))
        async with wechat_answering(body) as (_, client):
            with pytest.raises(BadResponseError) as caught:
                await client.target.plan_info(plan_invitation_url=PLAN_URL)
        reason = caught.value.reason
        assert "targetPlanInfo.deep.a" in reason and f"deeper than {JSON_MAX_DEPTH}" in reason, reason


async def test_nesting_at_the_limit_decodes_prints_and_reprs() -> None:
    body = plan_info_body(target_plan(b'"deep":' + nested_object(AT_LIMIT)))
    async with wechat_answering(body) as (_, client):
        info = await client.target.plan_info(plan_invitation_url=PLAN_URL)
    assert orjson.loads(orjson.dumps(unstructure(info), option=orjson.OPT_INDENT_2)) == orjson.loads(body)
    assert "plan_id='p'" in repr(info)  # repr of a decoded model never raises (RecursionError before)


async def test_nesting_in_a_json_string_document_counts_from_its_own_root() -> None:
    """waiqin's response_data is a JSON document in a string: its own nesting is limited alike."""
    deep = b'[{"activity_code":"c","deep":' + nested_object(JSON_MAX_DEPTH) + b"}]"
    fits = b'[{"activity_code":"c","deep":' + nested_object(JSON_MAX_DEPTH - 2) + b"}]"
    async with LoopbackServer() as server:
        answers = iter([deep, fits])
        server.route(
            WQ,
            lambda record: waiqin_echo_handler(waiqin_ok(response_data=next(answers).decode()))(record),
            prefix=True,
        )
        async with WaiqinClient("hostile-openid", APPKEY, base_url=server.url, max_retries=0) as client:
            with pytest.raises(BadResponseError) as caught:
                await client.bc.query_campaign()
            assert "response_data" in caught.value.reason and "[0].deep.a" in caught.value.reason
            campaigns = await client.bc.query_campaign()
    assert campaigns[0].activity_code == "c"
    assert orjson.dumps(unstructure(campaigns[0])) and repr(campaigns)


# ---------------------------------------------------------------------------------------- the CLI


async def test_cli_prints_one_error_line_for_answers_beyond_the_limits() -> None:
    for target in (
        target_plan(b'"deep":' + nested_object(300)),
        target_plan(b'"planStartTime":1180591620717411303424'),
    ):
        async with LoopbackServer() as server:
            server.route(STABLE, stable_token_handler(["hostile-inputs-token-0123456789"]))
            server.route(PLAN_INFO, Answer(body=plan_info_body(target)))
            result = await run_cli("wechat", "--max-retries", "0", "plan-info", PLAN_URL, env=cli_env(server.url))
        assert result.code == EXIT_BAD_RESPONSE, result.stderr
        line = one_error_line(result, "BadResponseError")
        assert "targetPlanInfo." in line and "Traceback" not in result.stderr
        assert SECRET not in result.stderr


async def test_cli_prints_answers_within_the_limits() -> None:
    target = target_plan(b'"futureCounter":1180591620717411303424', b'"deep":' + nested_object(AT_LIMIT))
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["hostile-inputs-token-0123456789"]))
        server.route(PLAN_INFO, Answer(body=plan_info_body(target)))
        result = await run_cli("wechat", "plan-info", PLAN_URL, env=cli_env(server.url))
    assert result.code == 0, result.stderr
    printed = result.json()["targetPlanInfo"]
    assert printed["futureCounter"] == float(2**70) and printed["planId"] == "p"


# ---------------------------------------------------------------------------------------- waiqin paths


async def test_every_waiqin_request_has_exactly_the_four_signed_segments_after_the_operation() -> None:
    campaign: dict[str, Any] = {
        "source_code": "S", "code": "C", "name": "n", "type_code": "T", "event_status": 1,
        "start_date": "2026-01-01", "end_date": "2026-01-02", "register_url": "https://r.test",
        "event_information": "i",
    }  # fmt: skip
    async with LoopbackServer() as server:
        server.route(WQ, waiqin_echo_handler(waiqin_ok(response_data="[]")), prefix=True)
        for openid in ("a", "Tenant_01-x", "0123456789", "x" * 128):
            async with WaiqinClient(openid, APPKEY, base_url=server.url + "/", max_retries=0) as client:
                await client.bc.add_or_update_campaign(**campaign)
                await client.bc.apply_callback(
                    campaign_source_code="S", campaign_code="C", cm_ids="1",
                    registered_time="2026-01-01 10:00:00", merchant_information="m",
                )  # fmt: skip
                await client.bc.query_campaign()
            sent = server.requests[-3:]
            assert [waiqin_path_parts(r.path)["operation"] for r in sent] == [
                "addOrUpdateCampaign", "applyCallBack", "queryCampaign",
            ]  # fmt: skip
            for record in sent:
                assert record.path_qs == record.path  # nothing moved into a query string
                parts = waiqin_path_parts(record.path)  # exactly /api/bcwin/v1/{op}/{4 segments}
                assert parts["openid"] == openid
                assert parts["timestamp"].isdigit() and len(parts["timestamp"]) == 14
                assert len(parts["digest"]) == 32 and parts["msg_id"]


# ---------------------------------------------------------------------------------------- requests


def _upd(previous: Any, new: Any) -> Any:
    return lambda wx: wx.promotion.upd(previous_promotion_info=previous, promotion_info=new)


class _Opaque:
    pass


UNSENDABLE: list[tuple[str, Any, str]] = [
    ("object", _Opaque(), "x"),
    ("set", {1, 2}, "x"),
    ("bytes", b"raw", "x"),
    ("nan", math.nan, "x"),
    ("infinity", math.inf, "x"),
    ("int beyond 64 bits", 2**70, "x"),
    ("nested object", {"inner": [1, _Opaque()]}, "x.inner[1]"),
    ("lone surrogate", "\ud800", "x"),
    ("non-str key", {1: "v"}, "x"),
    # Filled in below: JSON_MAX_DEPTH nested lists, two levels below the body's root.
    ("too deep", None, "x" + "[0]" * 7 + "..."),
]


def _deep_list(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = [value]
    return value


REQUESTS: list[tuple[str, Any, str, str]] = [
    (
        "PromotionInfo where PreviousPromotionInfo is expected",
        _upd(PromotionInfo(promotion_source_name="old"), PromotionInfo(promotion_source_name="new")),
        "previous_promotion_info",
        "type",
    ),
    (
        "PreviousPromotionInfo where PromotionInfo is expected",
        _upd(
            PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="old"),
            PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="new"),
        ),
        "promotion_info",
        "type",
    ),
    (
        "extra is not a dict",
        _upd(
            PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="old"),
            PromotionInfo(promotion_source_name="new", extra=[("k", "v")]),  # type: ignore[arg-type]
        ),
        "promotion_info.extra",
        "type",
    ),
    (
        "extra repeats a declared field",
        _upd(
            PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="old"),
            PromotionInfo(promotion_source_name="new", extra={"promotionSourceName": "x" * 500}),
        ),
        "promotion_info.extra.promotionSourceName",
        "extra",
    ),
    *[
        (
            f"extra holds {case}",
            _upd(
                PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="old"),
                PromotionInfo(
                    promotion_source_name="new",
                    extra={"x": value if value is not None else _deep_list(JSON_MAX_DEPTH)},
                ),
            ),
            f"promotion_info.extra.{where}",
            "json",
        )
        for case, value, where in UNSENDABLE
    ],
    *[
        (f"add name {label}", lambda wx, n=name: wx.promotion.add(promotion_source_name=n), "promotion_source_name", rule)
        for label, name, rule in [
            ("spaces", "   ", "blank"),
            ("ideographic space", "\u3000", "blank"),
            ("zero-width space", "\u200b", "blank"),
            ("newline", "spot\nname", "control"),
            ("tab", "spot\tname", "control"),
            ("NUL", "spot\x00", "control"),
            ("DEL", "spot\x7f", "control"),
            ("C1 NEL", "spot\x85", "control"),
            ("line separator", "spot\u2028", "control"),
        ]
    ],
    (
        "upd new name with a tab",
        _upd(PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="old"), PromotionInfo(promotion_source_name=" \t ")),
        "promotion_info.promotion_source_name",
        "control",
    ),
    (
        "upd old name blank",
        _upd(PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="  "), PromotionInfo(promotion_source_name="new")),
        "previous_promotion_info.promotion_source_name",
        "blank",
    ),
    ("list start beyond 64 bits", lambda wx: wx.promotion.list(start=2**70, limit=10), "start", "range"),
]


@pytest.mark.parametrize(("case", "call", "field", "rule"), REQUESTS, ids=[r[0] for r in REQUESTS])
async def test_unsendable_requests_are_refused_naming_the_field_before_anything_is_sent(
    case: str, call: Any, field: str, rule: str
) -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["hostile-inputs-token-0123456789"]))
        server.route("/union/", wechat_success_handler(), prefix=True)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as wx:
            with pytest.raises(RequestValidationError) as caught:
                await call(wx)
        assert (caught.value.field, caught.value.rule) == (field, rule), str(caught.value)
        assert server.requests == [], f"{case}: the server saw {server.requests}"


async def test_sendable_extra_values_reach_the_server_as_sent() -> None:
    extra = {"n": None, "b": True, "i": JSON_INT_MAX, "f": 1.5, "s": "文本\n", "l": [1, [2]], "d": {"k": "v"}}
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["hostile-inputs-token-0123456789"]))
        server.route("/union/", wechat_success_handler(), prefix=True)
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url) as wx:
            await wx.promotion.upd(
                previous_promotion_info=PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="old"),
                promotion_info=PromotionInfo(promotion_source_name="new", extra=extra),
            )
        sent = [r for r in server.requests if r.path.startswith("/union/")]
    assert sent[0].json()["promotionInfo"] == {**extra, "promotionSourceName": "new"}
