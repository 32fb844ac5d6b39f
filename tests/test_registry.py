"""promosdk._registry: every operation of every family by its id ``group.name``, read from the specs."""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from codegen.generate import PACKAGES, SPEC_DIR, build
from promosdk import (
    APIError,
    DuplicatePromotionNameError,
    LocalRateLimiter,
    Rate,
    RateLimitExceeded,
    RetryPolicy,
    SystemBusyError,
    WaiqinClient,
    WeChatUnionClient,
    _registry,
)
from promosdk._generated import registry as generated_index
from promosdk._operation import Reconcile
from promosdk._ratelimit import pick_rate
from promosdk._reconcile import reconciler_for
from promosdk._resource import BaseResource
from promosdk.models import (
    ApplyTargetRequest,
    ErrcodeResponse,
    PreviousPromotionInfo,
    PromotionAddRequest,
    PromotionAddResponse,
    PromotionInfo,
    PromotionUpdRequest,
)
from tests.bodies import apply_status_ok
from tests.loopback import DROP, Answer, LoopbackServer, json_answer, wechat_error, wechat_ok
from tests.regenerate import regenerate

SPECS = {package: yaml.safe_load((SPEC_DIR / name).read_text(encoding="utf-8")) for package, name in PACKAGES}


def spec_ids() -> list[tuple[str, str]]:
    """(family, id) of every operation of every spec, in spec order."""
    found = []
    for spec in SPECS.values():
        for item in spec["paths"].values():
            for op in item.values():
                found.append((spec["x-protocol"], f"{op['x-group']}.{op.get('x-method-name', op['operationId'])}"))
    return found


# ---------------------------------------------------------------- ids and families


def test_every_spec_operation_is_in_the_registry_under_its_id_and_family() -> None:
    assert [(op.family, op_id) for op_id, op in _registry.OPERATIONS.items()] == spec_ids()
    assert _registry.FAMILIES == ("wechat", "waiqin") == tuple(generated_index.OPERATIONS)
    for op_id, op in _registry.OPERATIONS.items():
        assert op.id == op_id == f"{op.group}.{op.name}"
        assert _registry.operation(op_id) is op
        assert _registry.by_family(op.family)[op_id] is op
    assert _registry.operation("target.plan_info").name == "plan_info"
    assert _registry.operation("bc.query_campaign").family == "waiqin"


def test_family_is_one_word_everywhere() -> None:
    # The spec's x-protocol is the family of its operations, of its error classes and of its client.
    from promosdk import WaiqinClient, WeChatUnionClient
    from promosdk._generated.errors import ERROR_CLASSES

    protocols = {spec["x-protocol"] for spec in SPECS.values()}
    assert set(_registry.FAMILIES) == protocols == set(ERROR_CLASSES) == set(generated_index.PACKAGES)
    assert {op.family for op in _registry.OPERATIONS.values()} == protocols
    assert (WeChatUnionClient._family, WaiqinClient._family) == _registry.FAMILIES


def test_cli_names_and_public_groups() -> None:
    plan_info = _registry.operation("target.plan_info")
    assert (plan_info.cli_group, plan_info.cli_name) == ("target", "plan-info")
    assert _registry.operation("bc.add_or_update_campaign").cli_name == "add-or-update-campaign"
    internal = {op.id for op in _registry.operations() if op.internal}
    assert internal == {"token.stable_token", "token.token"}
    public = _registry.operations(internal=False)
    assert len(public) == len(_registry.OPERATIONS) - 2
    assert list(_registry.groups("wechat")) == ["target", "promotion", "product", "open_account", "open_product", "order"]
    assert [op.id for op in _registry.groups("waiqin")["bc"]] == [
        "bc.add_or_update_campaign", "bc.apply_callback", "bc.query_campaign",
    ]  # fmt: skip


def test_unknown_ids_and_families_say_what_exists() -> None:
    with pytest.raises(_registry.UnknownOperationError, match=r"did you mean promotion\.add"):
        _registry.operation("promotion.ad")
    with pytest.raises(KeyError, match="known: wechat, waiqin"):
        _registry.by_family("wechat_union")


def test_error_classes_by_family_and_code() -> None:
    import promosdk
    from promosdk import APIError, PlanNotFoundError, WaiqinRequestFailedError

    assert _registry.error_class("wechat", 202002) is PlanNotFoundError
    assert _registry.error_class("waiqin", 1) is WaiqinRequestFailedError
    assert _registry.error_class("wechat", 99999) is APIError
    assert _registry.error_class("waiqin", 99999) is promosdk.WaiqinAPIError
    assert _registry.CATEGORY_CLASSES["quota"] is promosdk.QuotaError
    assert _registry.CATEGORY_CLASSES["token"] is promosdk.AccessTokenError


# ---------------------------------------------------------------- rate-limit keys


def test_rate_limits_are_keyed_by_operation_id_and_still_accept_the_old_name() -> None:
    limits = {"target.plan_info": Rate(1), "apply_status": Rate(2), "*": Rate(3)}
    assert pick_rate(limits, "target.plan_info") == ("target.plan_info", Rate(1))
    assert pick_rate(limits, "target.apply_status") == ("apply_status", Rate(2))  # the pre-registry key
    assert pick_rate(limits, "promotion.add") == ("*", Rate(3))
    assert pick_rate({"plan_info": Rate(1)}, "promotion.list") is None


async def test_a_limit_keyed_by_id_refuses_that_operation_only() -> None:
    limiter = LocalRateLimiter({"promotion.add": Rate(1, per=60)}, mode="raise")
    await limiter.acquire("promotion.add")
    with pytest.raises(RateLimitExceeded):
        await limiter.acquire("promotion.add")
    await limiter.acquire("promotion.list")  # no limit of its own, no wildcard


# ---------------------------------------------------------------- x-reconcile: strategies as spec data

WECHAT = _registry.by_family("wechat")
LIST = "/union/promoter/promotion/list"
ADD = "/union/promoter/promotion/add"
UPD = "/union/promoter/promotion/upd"
APPLY_STATUS = "/union/promoter/target/apply_status"
APPID = "wx-registry-test"


async def _token() -> str:
    return "registry-test-token-0001"


@asynccontextmanager
async def wechat_server() -> AsyncIterator[tuple[LoopbackServer, WeChatUnionClient]]:
    async with LoopbackServer() as server:
        client = WeChatUnionClient(
            APPID, base_url=server.url, token_source=_token, retry_policy=RetryPolicy(base=0.001, cap=0.01)
        )
        async with client:
            yield server, client


def spots(*pairs: tuple[str, str]) -> Answer:
    return wechat_ok(
        total=len(pairs),
        promotionMaxCnt=100,
        promotionSourceList=[{"promotionSourcePid": pid, "promotionSourceName": name} for pid, name in pairs],
    )


def test_the_writes_reconcile_as_their_spec_says() -> None:
    assert WECHAT["target.apply_target"].reconcile == Reconcile(strategy="error-means-applied", codes=(202004,))
    add = WECHAT["promotion.add"].reconcile
    assert add is not None and (add.strategy, add.codes, add.via) == ("find-in-list", (14007,), "promotion.list")
    assert add.match == (("promotion_source_name", "promotion_source_name"),)
    assert add.result == (("pid", "promotion_source_pid"),)
    upd = WECHAT["promotion.upd"].reconcile
    assert upd is not None and upd.client_error and upd.strategy == "find-in-list"
    assert upd.match == (("promotion_source_pid", "previous_promotion_info.promotion_source_pid"),)
    assert upd.expect == (("promotion_source_name", "promotion_info.promotion_source_name"),)
    paging = WECHAT["promotion.list"].pagination
    assert paging is not None and (paging.offset, paging.limit, paging.items) == ("start", "limit", "promotion_source_list")
    assert (paging.max_page_size, paging.default_page_size, paging.capacity) == (100, 20, "promotion_max_cnt")
    # Every write without a strategy stays an AmbiguousWriteError after an ambiguous failure.
    delete = WECHAT["promotion.delete"].reconcile
    assert delete is not None and (delete.strategy, delete.client_error, delete.via) == ("absent-in-list", True, "promotion.list")
    bind = WECHAT["open_account.bind"].reconcile
    assert bind is not None and (bind.strategy, bind.via) == ("read-back", "open_account.get")
    assert bind.expect == (("open_account", "open_account"),)
    forget = WECHAT["open_account.delete_customize_info"].reconcile
    assert forget is not None and forget.strategy == "read-back" and forget.expect_absent == ("customize_info",)
    reconciled = {op.id for op in _registry.operations() if reconciler_for(op) is not None}
    assert reconciled == {
        "target.apply_target", "promotion.add", "promotion.upd", "promotion.delete",
        "open_account.bind", "open_account.delete_customize_info",
    }  # fmt: skip
    from promosdk import wechat

    assert set(wechat.WeChatUnionClient._reconcilers) == reconciled  # by operation id
    assert not [name for name in vars(wechat.WeChatUnionClient) if name.startswith("_reconcile_")]


async def test_find_in_list_returns_the_found_item_and_triggers_only_on_its_codes() -> None:
    add = WECHAT["promotion.add"]
    reconcile = reconciler_for(add)
    assert reconcile is not None
    request = PromotionAddRequest(promotion_source_name="mine")
    async with wechat_server() as (server, client):
        server.route(LIST, spots(("pid_1", "other"), ("", "mine"), ("pid_2", "mine")))
        other = APIError(14005, "limit reached", operation="add")
        assert await reconcile(client, request, other) is None  # not its trigger: nothing is read
        assert server.count(LIST) == 0
        found = await reconcile(client, request, DuplicatePromotionNameError(14007, "dup", operation="add"))
        assert isinstance(found, PromotionAddResponse) and found.pid == "pid_2" and found.errcode == 0
        [page] = server.hits(LIST)
        assert page.query["limit"] == "100" and page.query["start"] == "0"  # the spec's maximum page size


async def test_find_in_list_with_expect_needs_the_written_value() -> None:
    reconcile = reconciler_for(WECHAT["promotion.upd"])
    assert reconcile is not None
    request = PromotionUpdRequest(
        previous_promotion_info=PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="old"),
        promotion_info=PromotionInfo(promotion_source_name="new"),
    )
    undocumented = APIError(40097, "previousPromotionInfo does not match", operation="upd")
    async with wechat_server() as (server, client):
        server.queue(LIST, spots(("pid_1", "old")), spots(("pid_1", "new")))
        assert await reconcile(client, request, undocumented) is None  # not renamed: the error stands
        renamed = await reconcile(client, request, undocumented)
        assert isinstance(renamed, ErrcodeResponse) and renamed.errcode == 0
        busy = SystemBusyError(-1, "busy", operation="upd")
        assert await reconcile(client, request, busy) is None  # client-error only
        assert server.count(LIST) == 2


async def test_the_client_reconciles_an_ambiguous_rename_through_the_listing() -> None:
    async with wechat_server() as (server, client):
        server.queue(UPD, DROP, wechat_error(40097, "previousPromotionInfo does not match"))
        server.route(LIST, spots(("pid_9", "new")))
        result = await client.promotion.upd(
            promotion_source_pid="pid_9", promotion_source_name="old", new_promotion_source_name="new"
        )
        assert result.errcode == 0 and server.count(UPD) == 2 and server.count(LIST) == 1


async def test_read_back_and_absent_in_list_strategies() -> None:
    # No operation of today's specs uses them (issue 13's do); run them on copies of real operations.
    read_back = attrs.evolve(
        WECHAT["target.apply_target"],
        reconcile=Reconcile(
            strategy="read-back",
            client_error=True,
            via="target.apply_status",
            args=(("plan_id", "plan_id"),),
            expect=(("data.apply_reason", "apply_reason"),),
        ),
    )
    absent = attrs.evolve(
        WECHAT["promotion.upd"],
        reconcile=Reconcile(
            strategy="absent-in-list",
            client_error=True,
            via="promotion.list",
            match=(("promotion_source_pid", "previous_promotion_info.promotion_source_pid"),),
        ),
    )
    error = APIError(40097, "invalid args", operation="x")
    async with wechat_server() as (server, client):
        server.queue(
            APPLY_STATUS,
            json_answer(apply_status_ok(planId="P1", applyReason="other reason")),
            json_answer(apply_status_ok(planId="P1", applyReason="because")),
        )
        reconcile = reconciler_for(read_back)
        assert reconcile is not None
        request = ApplyTargetRequest(plan_id="P1", apply_reason="because")
        assert await reconcile(client, request, error) is None
        applied = await reconcile(client, request, error)
        assert isinstance(applied, ErrcodeResponse) and applied.errcode == 0
        assert [hit.query["planId"] for hit in server.hits(APPLY_STATUS)] == ["P1", "P1"]

        server.queue(LIST, spots(("pid_1", "a")), spots(("pid_2", "b")))
        reconcile = reconciler_for(absent)
        assert reconcile is not None
        gone = PromotionUpdRequest(
            previous_promotion_info=PreviousPromotionInfo(promotion_source_pid="pid_1", promotion_source_name="a"),
            promotion_info=PromotionInfo(promotion_source_name="b"),
        )
        assert await reconcile(client, gone, error) is None  # still listed
        assert isinstance(await reconcile(client, gone, error), ErrcodeResponse)


@pytest.mark.parametrize(
    ("where", "change", "message"),
    [
        ("add", {"match": {"promotionSourceNam": "promotionSourceName"}}, "PromotionSource has no field promotionSourceNam"),
        ("add", {"match": {"promotionSourceName": "nope"}}, "PromotionAddRequest has no field nope"),
        ("add", {"strategy": "guess"}, "strategy 'guess' is not one of"),
        ("add", {"trigger": [99999]}, r"trigger codes \[99999\] are not in x-error-codes"),
        ("add", {"trigger": "before-resend"}, "before-resend is not implemented"),
        ("add", {"via": "promotion.upd"}, "via promotion.upd is a write"),
        ("add", {"via": "target.plan_info"}, "via target.plan_info has no x-pagination"),
        ("add", {"result": {}}, "result must fill the required PromotionAddResponse.pid"),
        ("add", {"result": {"pid": "nope"}}, "PromotionSource has no field nope"),
        ("upd", {"via": None}, r"find-in-list needs \['via'\]"),
        ("upd", {"colour": "red"}, r"unknown keys \['colour'\]"),
    ],
    ids=["item field", "request field", "strategy", "undocumented code", "before-resend", "via a write",
         "via not paged", "required result", "result field", "no via", "unknown key"],
)  # fmt: skip
def test_codegen_refuses_reconcilers_that_cannot_work(
    tmp_path: Path, where: str, change: dict[str, Any], message: str
) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    path = spec_dir / "wechat_union.openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    rec = spec["paths"][f"/union/promoter/promotion/{where}"]["post"]["x-reconcile"]
    for key, value in change.items():
        if value is None:
            del rec[key]
        else:
            rec[key] = value
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(AssertionError, match=message):
        build(spec_dir)


# ---------------------------------------------------------------- generated groups and raw views


@pytest.mark.parametrize("family", _registry.FAMILIES)
async def test_every_group_is_a_client_attribute_with_a_raw_twin(family: str) -> None:
    client_cls = {"wechat": WeChatUnionClient, "waiqin": WaiqinClient}[family]
    kwargs: dict[str, Any] = {"token_source": _token} if family == "wechat" else {"appkey": "k" * 16}
    async with client_cls("id-1", base_url="http://127.0.0.1:9", **kwargs) as client:
        raw_view = client.with_raw_response
        for group, ops in _registry.groups(family).items():
            plain, raw = getattr(client, group), getattr(raw_view, group)
            for op in ops:
                signature = inspect.signature(getattr(plain, op.name))
                raw_signature = inspect.signature(getattr(raw, op.name))
                assert raw_signature.parameters == signature.parameters, op.id
                assert raw_signature.return_annotation == f"RawResponse[{signature.return_annotation}]", op.id
        # Exactly the registry's groups, both ways: nothing hand-listed.
        assert set(vars(raw_view)) == set(_registry.groups(family))
        assert {name for name in vars(client) if isinstance(getattr(client, name), BaseResource)} == set(
            _registry.groups(family)
        )


def test_the_hand_written_clients_declare_no_group() -> None:
    from promosdk import waiqin, wechat

    for module, cls in ((wechat, WeChatUnionClient), (waiqin, WaiqinClient)):
        assert not hasattr(module, "_RawView")
        assert "_bind_resources" not in vars(cls) and "with_raw_response" not in vars(cls)
    # The one hook used: promotion is bound to wechat's subclass, which adds the name ``paginate``.
    assert set(vars(WeChatUnionClient)["__annotations__"]) == {"promotion"}
    assert WeChatUnionClient._promotion_resource is wechat.PromotionResource
    from promosdk._generated.wechat_union.resources import PromotionResource as Generated

    assert issubclass(wechat.PromotionResource, Generated)
    # Paging is generated for every paged operation (issue 13); the subclass only adds ``paginate``.
    assert set(vars(wechat.PromotionResource)) - set(vars(Generated)) >= {"paginate"}
    assert {"iter_list", "paginate_list"} <= set(vars(Generated)) and "iter_list" not in vars(wechat.PromotionResource)
    from promosdk._generated.wechat_union import resources

    for resource_cls, name in ((resources.ProductResource, "list"), (resources.ProductResource, "select"),
                      (resources.OpenProductResource, "list"), (resources.OrderResource, "search"),
                      (resources.OrderResource, "search_normal_order")):  # fmt: skip
        assert {f"iter_{name}", f"paginate_{name}"} <= set(vars(resource_cls)), (resource_cls, name)


async def test_a_reconciled_raw_response_says_so() -> None:
    async with wechat_server() as (server, client):
        server.queue("/union/promoter/target/apply_target", DROP, wechat_error(202004, "already applied"))
        raw = await client.with_raw_response.target.apply_target(plan_id="P1", apply_reason="r")
        assert raw.reconciled is True and raw.status is None and raw.content == b"" and not raw.headers
        assert isinstance(raw.parsed, ErrcodeResponse) and raw.parsed.errcode == 0 and raw.attempts == 2
        assert "reconciled=True" in repr(raw)
        server.route("/union/promoter/target/apply_target", wechat_ok())
        plain = await client.with_raw_response.target.apply_target(plan_id="P2", apply_reason="r")
        assert plain.reconciled is False and plain.status == 200 and "reconciled" not in repr(plain)


# ---------------------------------------------------------------- error categories and exports


def test_every_category_is_a_generated_base_and_every_code_derives_from_its_category() -> None:
    import promosdk
    import promosdk.errors

    categories = {c["category"]: c for spec in SPECS.values() for c in spec.get("x-error-categories", [])}
    assert set(categories) >= {"token", "retryable", "rate_limit", "quota", "auth", "client"}
    for name, entry in categories.items():
        cls = getattr(promosdk, entry["class"])
        assert cls is getattr(promosdk.errors, entry["class"]) and issubclass(cls, APIError)
        assert cls.__dict__["category"] == name and cls.retryable == bool(entry.get("retryable"))
        assert cls.refresh_token == bool(entry.get("refresh-token"))
        assert issubclass(cls, getattr(promosdk, entry.get("base", "APIError")))
    for spec in SPECS.values():
        family_base = getattr(promosdk, spec.get("x-error-base", "APIError"))
        for entry in spec["x-error-codes"]:
            cls = _registry.error_class(spec["x-protocol"], entry["code"])
            assert issubclass(cls, getattr(promosdk, categories[entry["category"]]["class"]))
            assert issubclass(cls, family_base) and cls.category == entry["category"]
    # the names tests and the README use keep their meaning
    assert issubclass(promosdk.DailyQuotaExceededError, promosdk.QuotaError)
    assert issubclass(promosdk.QuotaError, promosdk.RateLimitError) and not promosdk.QuotaError.retryable
    assert issubclass(promosdk.TooFrequentError, promosdk.RateLimitError) and promosdk.TooFrequentError.retryable
    assert issubclass(promosdk.PlanNotFoundError, promosdk.InvalidRequestError)
    assert issubclass(promosdk.ApiUnauthorizedError, promosdk.AuthorizationError)
    assert issubclass(promosdk.WaiqinRequestFailedError, promosdk.WaiqinAPIError)
    from promosdk._errors import AccessTokenError, RateLimitError, ServerBusyError

    assert (AccessTokenError, RateLimitError, ServerBusyError) == (
        promosdk.AccessTokenError, promosdk.RateLimitError, promosdk.ServerBusyError,
    )  # fmt: skip


def test_the_exports_are_the_hand_written_roots_plus_the_generated_classes() -> None:
    import promosdk
    import promosdk.errors
    from promosdk import _errors
    from promosdk._generated import errors as generated

    assert promosdk.errors.__all__ == [*_errors.__all__, *generated.__all__]
    assert set(promosdk.errors.__all__) <= set(promosdk.__all__)
    assert len(promosdk.__all__) == len(set(promosdk.__all__))
    for name in promosdk.errors.__all__:
        assert getattr(promosdk, name) is getattr(promosdk.errors, name)


def test_a_local_rate_refusal_is_not_a_vendor_error() -> None:
    import promosdk

    refusal = RateLimitExceeded("promotion.add", 0.25)
    assert isinstance(refusal, promosdk.PromoSDKError) and not isinstance(refusal, APIError)
    assert not hasattr(refusal, "code") and refusal.retryable is False
    assert refusal.operation == "promotion.add" and refusal.wait == 0.25
    assert str(refusal) == "promotion.add: client rate budget empty; next slot in 0.250 s"


# ---------------------------------------------------------------- Done when (issue 11), codegen side
#
# A copy of the specs gets a new GET in an existing group (target.plan_detail, named by
# x-method-name), a new group with one POST (coupon.claim) and two new error codes (one in a new
# category, one in an existing one). The whole promosdk package is copied, its _generated/ is
# regenerated from the copy, and a fresh interpreter imports that copy: with no other edit, the
# client has both methods and their raw variants, and promosdk exports the new error classes on
# their category bases. Hooks for more checks (the CLI's commands, the sandbox's refusal to start):
# the module fixture ``regenerated_promosdk`` (the copy's root) and ``run_in_package(root, code)``.

NEW_OPERATIONS = ("target.plan_detail", "coupon.claim")
NEW_ERRORS = {"ProductNotFoundError": "NotFoundError", "ProductOfflineError": "InvalidRequestError"}
ROOT = Path(__file__).resolve().parent.parent


def extend_spec(spec_dir: Path) -> None:
    """Add NEW_OPERATIONS and NEW_ERRORS to the WeChat spec in ``spec_dir`` (spec text only)."""
    path = spec_dir / "wechat_union.openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["x-error-categories"].append(
        {"category": "not_found", "class": "NotFoundError", "description": "The thing asked for does not exist."}
    )
    spec["x-error-codes"] += [
        {"code": 299001, "name": "ProductNotFoundError", "category": "not_found", "description": "No such product."},
        {"code": 299002, "name": "ProductOfflineError", "category": "client", "description": "The product is offline."},
    ]
    spec["tags"].append({"name": "coupon", "description": "Products of the union pool."})
    schemas = spec["components"]["schemas"]
    schemas["PlanDetailResponse"] = {
        "type": "object",
        "required": ["planName"],
        "properties": {"errcode": {"type": "integer"}, "errmsg": {"type": "string"}, "planName": {"type": "string"}},
    }
    schemas["CouponClaimRequest"] = {
        "type": "object",
        "required": ["pid", "productIds"],
        "properties": {
            "pid": {"type": "string", "minLength": 1, "description": "The spot's PID."},
            "productIds": {"type": "array", "items": {"type": "string"}, "description": "Products to share."},
        },
    }
    schemas["CouponClaimResponse"] = {
        "type": "object",
        "properties": {"errcode": {"type": "integer"}, "errmsg": {"type": "string"}, "url": {"type": "string"}},
    }

    def ok(schema: str) -> dict[str, Any]:
        return {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}}

    spec["paths"]["/union/promoter/target/plan_detail"] = {
        "get": {
            "operationId": "target_plan_detail", "x-method-name": "plan_detail",
            "x-request-model": "PlanDetailRequest", "tags": ["target"], "x-group": "target",
            "x-auth": "access_token", "x-write": False, "summary": "More about a targeted plan.",
            "security": [{"accessToken": []}],
            "parameters": [{"name": "planId", "in": "query", "required": True, "description": "The plan.",
                            "schema": {"type": "string", "minLength": 1}}],
            "responses": ok("PlanDetailResponse"), "x-operation-errors": [202002],
        }
    }
    spec["paths"]["/union/promoter/coupon/claim"] = {
        "post": {
            "operationId": "coupon_claim", "x-method-name": "claim", "tags": ["coupon"],
            "x-group": "coupon", "x-auth": "access_token", "x-write": True, "x-idempotent": True,
            "summary": "Share links of products.", "security": [{"accessToken": []}],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/CouponClaimRequest"}}}},
            "responses": ok("CouponClaimResponse"), "x-operation-errors": [299001, 299002],
        }
    }  # fmt: skip
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _package_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and "_generated" not in p.relative_to(root).parts
    }


@pytest.fixture(scope="module")
def regenerated_promosdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The root of a copy of promosdk whose _generated/ comes from the extended spec copy."""
    tmp = tmp_path_factory.mktemp("done_when")
    spec_dir = tmp / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    extend_spec(spec_dir)
    package = tmp / "pkgroot" / "promosdk"
    shutil.copytree(ROOT / "src" / "promosdk", package, ignore=shutil.ignore_patterns("__pycache__"))
    regenerate(spec_dir, package / "_generated", docs=tmp / "api.md")
    # Nothing but the generated code differs from the real package: no other edit.
    assert _package_files(package) == _package_files(ROOT / "src" / "promosdk")
    return tmp / "pkgroot"


def run_in_package(root: Path, code: str) -> str:
    """Run ``code`` in a fresh interpreter that imports promosdk from ``root`` (and tests from the repo)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=root, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


DONE_WHEN_CLIENT = """
    import asyncio, inspect, pathlib, sys

    import promosdk
    from promosdk import WeChatUnionClient, _registry
    from promosdk.models import CouponClaimResponse
    from tests.loopback import LoopbackServer, wechat_error, wechat_ok

    assert pathlib.Path(promosdk.__file__).resolve().is_relative_to(pathlib.Path.cwd().resolve()), promosdk.__file__
    assert {"target.plan_detail", "coupon.claim"} <= set(_registry.OPERATIONS)
    assert list(_registry.groups("wechat")) == ["target", "promotion", "product", "open_account", "open_product", "order", "coupon"]

    async def token() -> str:
        return "done-when-token-000001"

    async def main() -> None:
        async with LoopbackServer() as server:
            server.route("/union/promoter/target/plan_detail", wechat_ok(planName="Spring"))
            server.queue("/union/promoter/coupon/claim", wechat_error(299001, "no such product"))
            server.route("/union/promoter/coupon/claim", wechat_ok(url="https://share.test/1"))
            async with WeChatUnionClient("wx-done-when", base_url=server.url, token_source=token) as wx:
                for plain, raw in ((wx.target.plan_detail, wx.with_raw_response.target.plan_detail),
                                   (wx.coupon.claim, wx.with_raw_response.coupon.claim)):
                    assert inspect.iscoroutinefunction(plain) and inspect.iscoroutinefunction(raw)
                    assert inspect.signature(raw).parameters == inspect.signature(plain).parameters
                    assert inspect.signature(raw).return_annotation == f"RawResponse[{inspect.signature(plain).return_annotation}]"
                detail = await wx.target.plan_detail(plan_id="P1")
                assert detail.plan_name == "Spring"
                raw = await wx.with_raw_response.target.plan_detail(plan_id="P1")
                assert raw.status == 200 and raw.parsed.plan_name == "Spring" and not raw.reconciled
                try:
                    await wx.coupon.claim(pid="pid_1", product_ids=["1", "2"])
                except promosdk.ProductNotFoundError as error:
                    assert isinstance(error, promosdk.NotFoundError) and error.code == 299001
                    assert error.operation == "coupon.claim"
                else:
                    raise AssertionError("299001 was not raised")
                made = await wx.with_raw_response.coupon.claim(pid="pid_1", product_ids=("1",))
                assert isinstance(made.parsed, CouponClaimResponse) and made.parsed.url == "https://share.test/1"
                [first, second] = server.hits("/union/promoter/coupon/claim")
                assert first.json() == {"pid": "pid_1", "productIds": ["1", "2"]}
                assert [hit.query["planId"] for hit in server.hits("/union/promoter/target/plan_detail")] == ["P1", "P1"]

    asyncio.run(main())
    print("client ok")
"""

DONE_WHEN_ERRORS = """
    import promosdk, promosdk.errors
    from promosdk import APIError, NotFoundError, ProductNotFoundError, ProductOfflineError, _registry

    for name, base in (("ProductNotFoundError", "NotFoundError"), ("ProductOfflineError", "InvalidRequestError"),
                       ("NotFoundError", "APIError")):
        assert name in promosdk.__all__ and name in promosdk.errors.__all__, name
        cls = getattr(promosdk, name)
        assert cls is getattr(promosdk.errors, name) and cls.__module__ == "promosdk.errors"
        assert issubclass(cls, getattr(promosdk, base)), (name, base)
    assert ProductNotFoundError.category == NotFoundError.category == "not_found"
    assert ProductNotFoundError.default_code == 299001 and not ProductNotFoundError.retryable
    assert ProductOfflineError.category == "client" and issubclass(ProductOfflineError, APIError)
    assert _registry.error_class("wechat", 299001) is ProductNotFoundError
    assert _registry.CATEGORY_CLASSES["not_found"] is NotFoundError
    print("errors ok")
"""


def test_done_when_a_new_get_and_a_new_group_are_client_methods_with_raw_variants(regenerated_promosdk: Path) -> None:
    assert run_in_package(regenerated_promosdk, DONE_WHEN_CLIENT).strip() == "client ok"


def test_done_when_a_new_error_code_is_exported_on_its_category(regenerated_promosdk: Path) -> None:
    assert run_in_package(regenerated_promosdk, DONE_WHEN_ERRORS).strip() == "errors ok"


def test_done_when_the_real_package_has_none_of_it() -> None:
    import promosdk

    assert not {"target.plan_detail", "coupon.claim"} & set(_registry.OPERATIONS)
    assert not hasattr(promosdk, "ProductNotFoundError") and "NotFoundError" not in promosdk.__all__
