"""Complete vendor success answers, one builder per operation, for tests that script a server.

A success answer carries every field the spec marks required (docs/spec-decisions.md: "Response
fields"), so a test's body stays valid when a decided field becomes required. Builders return the
wire JSON as a dict (wire names); keyword arguments replace or add wire fields, so a test states only
what it is about:

    server.route(PLAN_INFO, json_answer(plan_info_ok(targetPlanInfo=target_plan_info(planStatus=2))))
    server.route(LIST, json_answer(promotion_list_ok([promotion_source("a", "pid_a")], total=5)))
    server.route("/union/", wechat_success_handler(), prefix=True)   # each route its own answer
    server.route(WQ, waiqin_echo_handler(waiqin_ok(response_data="[]")), prefix=True)

The values follow the vendors' examples (tests/fixtures): times in Unix seconds, amounts in cents.
Error answers (errcode / return_code not 0) are raised before decoding and need none of this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .loopback import Answer, Recorded, json_answer

__all__ = [
    "PLAN_ID",
    "PROMOTION_MAX_CNT",
    "add_ok",
    "apply_status_data",
    "apply_status_ok",
    "errcode_ok",
    "league_ex_info",
    "omit",
    "plan_info_ok",
    "product_info",
    "promotion_list_ok",
    "promotion_source",
    "target_plan_info",
    "waiqin_ok",
    "wechat_success",
    "wechat_success_handler",
]

PLAN_ID = "plan-1"
#: the documented promotionMaxCnt (and our page-size limit)
PROMOTION_MAX_CNT = 100


def omit(body: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    """``body`` without ``keys``: a success answer missing exactly the fields a test is about."""
    return {key: value for key, value in body.items() if key not in keys}


def _ok(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {"errcode": 0, "errmsg": "ok", **fields}


def target_plan_info(**fields: Any) -> dict[str, Any]:
    """A targeted plan with every field its table lists (an effective plan of the 2021 example)."""
    return {
        "planId": PLAN_ID,
        "planStatus": 1,
        "planName": "Test plan",
        "planDesc": "A targeted plan for tests",
        "planStartTime": 1629216000,
        "planEndTime": 1630166399,
        **fields,
    }


def league_ex_info(**fields: Any) -> dict[str, Any]:
    """Commission information: 7% of 100 cents."""
    return {"hasCommission": 1, "commissionRatio": 700, "commissionValue": 7, **fields}


def product_info(product_id: str = "1", **fields: Any) -> dict[str, Any]:
    """A product of a plan, with its required blocks (their own fields are optional)."""
    return {
        "planId": PLAN_ID,
        "productId": product_id,
        "productStatus": 1,
        "commissionRatio": 700,
        "productDetailInfo": {"title": f"Product {product_id}"},
        "leagueExInfo": league_ex_info(),
        "couponInfo": {"hasCoupon": 0},
        **fields,
    }


def plan_info_ok(plan_id: str = PLAN_ID, *, products: Iterable[Mapping[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
    """Answer of plan_info: the plan ``plan_id`` and, when given, its ``products`` (productListInfo)."""
    body: dict[str, Any] = {"targetPlanInfo": target_plan_info(planId=plan_id)}
    if products is not None:
        body["productListInfo"] = [dict(product) for product in products]
    return _ok({**body, **fields})


def apply_status_data(**fields: Any) -> dict[str, Any]:
    """The promoter's application: applied, pending audit (times are 0 when they did not happen)."""
    return {
        "planId": PLAN_ID,
        "promoterStatus": 1,
        "applyTime": 1626692835,
        "joinTime": 0,
        "applyReason": "reason",
        "rejectTime": 0,
        **fields,
    }


def apply_status_ok(**data_fields: Any) -> dict[str, Any]:
    """Answer of apply_status; ``data_fields`` replace fields of ``data``."""
    return _ok({"data": apply_status_data(**data_fields)})


def errcode_ok(**fields: Any) -> dict[str, Any]:
    """Answer of apply_target and promotion/upd: the envelope alone."""
    return _ok(fields)


def add_ok(pid: str = "pid_1", **fields: Any) -> dict[str, Any]:
    """Answer of promotion/add: the new spot's PID."""
    return _ok({"pid": pid, **fields})


def promotion_source(name: str, pid: str | None = None, **fields: Any) -> dict[str, Any]:
    """A promotion spot (its PID defaults to one derived from the name)."""
    return {"promotionSourceName": name, "promotionSourcePid": pid if pid is not None else f"pid_{name}", **fields}


def promotion_list_ok(
    spots: Iterable[Mapping[str, Any]] = (), *, total: int | None = None, **fields: Any
) -> dict[str, Any]:
    """One page of promotion/list; ``total`` defaults to the page's length (a single page)."""
    page = [dict(spot) for spot in spots]
    return _ok({
        "total": len(page) if total is None else total,
        "promotionMaxCnt": PROMOTION_MAX_CNT,
        "promotionSourceList": page,
        **fields,
    })  # fmt: skip


#: the default success answer of each WeChat union route, by the path's last segments
_WECHAT_SUCCESS: dict[str, Callable[[], dict[str, Any]]] = {
    "target/plan_info": plan_info_ok,
    "target/apply_target": errcode_ok,
    "target/apply_status": apply_status_ok,
    "promotion/add": add_ok,
    "promotion/upd": errcode_ok,
    "promotion/list": promotion_list_ok,
}


def wechat_success(path: str) -> dict[str, Any]:
    """The default success answer of the union route ``path`` (/union/promoter/target/plan_info, ...)."""
    for suffix, build in _WECHAT_SUCCESS.items():
        if path.rstrip("/").endswith("/" + suffix):
            return build()
    raise ValueError(f"no success answer for {path}")


def wechat_success_handler() -> Callable[[Recorded], Answer]:
    """A handler for every union route (use with ``prefix=True``): each answers its own success."""
    return lambda record: json_answer(wechat_success(record.path))


def waiqin_ok(**fields: Any) -> dict[str, Any]:
    """A waiqin success payload for :func:`tests.loopback.waiqin_echo_handler` (which adds the
    echoed msg_id); pass ``msg_id=`` for a whole body. ``response_data`` is the JSON-encoded string."""
    return {"return_code": 0, "return_msg": "", **fields}
