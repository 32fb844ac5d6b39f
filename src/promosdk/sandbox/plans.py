"""Targeted-plan seeds and the plan_info bodies built from them."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from typing import Any, Literal

import attrs

__all__ = [
    "PLAN_EFFECTIVE",
    "PLAN_INVALID",
    "PLAN_NOT_IN_FORCE",
    "PlanSeed",
    "build_plan_info",
    "build_products",
    "make_plan_seeds",
]

PLAN_NOT_IN_FORCE = 0
PLAN_EFFECTIVE = 1
PLAN_INVALID = 2

ReviewOutcome = Literal["agree", "reject"]

_CATEGORIES: tuple[tuple[tuple[str, str], ...], ...] = (
    (("1208", "宠物生活"), ("1224", "宠物出行"), ("1227", "宠物鞋服")),
    (("6153", "食品饮料"), ("6154", "休闲零食"), ("6160", "坚果炒货")),
    (("1001", "美妆护肤"), ("1002", "面部护肤"), ("1010", "精华")),
    (("3001", "家居日用"), ("3002", "收纳整理"), ("3007", "收纳箱")),
)
_TITLES = ("新款宠物鞋 四只装", "每日坚果 30袋", "补水精华液 30ml", "折叠收纳箱 大号", "Sandbox product")
_IMG_HOST = "https://sandbox.promosdk.invalid/img"


def _check_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer")
    return value


def _check_str(name: str, value: object, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value):
        raise ValueError(f"{name} must be a{'' if allow_empty else ' non-empty'} string")
    return value


@attrs.frozen(kw_only=True)
class PlanSeed:
    """One targeted plan the sandbox knows about.

    ``products`` (raw productListInfo items) and ``ext_info`` (raw extInfo object) are sent verbatim
    when given; otherwise ``product_count`` products shaped like the vendor example are generated
    deterministically from ``plan_id``.
    """

    plan_id: str
    invitation_url: str
    plan_status: int = PLAN_EFFECTIVE
    plan_name: str = "Sandbox targeted plan"
    plan_desc: str = ""
    start_time: int = 0
    end_time: int = 4102444799  # 2099-12-31
    product_count: int = 1
    review_outcome: ReviewOutcome = "agree"
    shop_nickname: str = "沙盒小店"
    shop_appid: str = "wxsandboxshop00001"
    products: tuple[dict[str, Any], ...] | None = None
    ext_info: dict[str, Any] | None = None

    def __attrs_post_init__(self) -> None:
        _check_str("plan_id", self.plan_id)
        _check_str("invitation_url", self.invitation_url)
        if self.plan_status not in (PLAN_NOT_IN_FORCE, PLAN_EFFECTIVE, PLAN_INVALID):
            raise ValueError("plan_status must be 0, 1 or 2")
        if self.review_outcome not in ("agree", "reject"):
            raise ValueError("review_outcome must be 'agree' or 'reject'")
        if self.product_count < 0:
            raise ValueError("product_count must be >= 0")

    def to_json(self) -> dict[str, Any]:
        """The JSON form ``POST /_sandbox/seed`` accepts (keys are the attribute names)."""
        out: dict[str, Any] = {
            "plan_id": self.plan_id,
            "invitation_url": self.invitation_url,
            "plan_status": self.plan_status,
            "plan_name": self.plan_name,
            "plan_desc": self.plan_desc,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "product_count": self.product_count,
            "review_outcome": self.review_outcome,
            "shop_nickname": self.shop_nickname,
            "shop_appid": self.shop_appid,
        }
        if self.products is not None:
            out["products"] = list(self.products)
        if self.ext_info is not None:
            out["ext_info"] = self.ext_info
        return out

    @classmethod
    def from_json(cls, data: object) -> PlanSeed:
        """Inverse of :meth:`to_json`; raises ValueError on a malformed object."""
        if not isinstance(data, Mapping):
            raise ValueError("a plan seed must be a JSON object")
        known = {f.name for f in attrs.fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown plan seed fields: {sorted(unknown)}")
        kwargs: dict[str, Any] = {
            "plan_id": _check_str("plan_id", data.get("plan_id")),
            "invitation_url": _check_str("invitation_url", data.get("invitation_url")),
        }
        for name in ("plan_status", "start_time", "end_time", "product_count"):
            if name in data:
                kwargs[name] = _check_int(name, data[name])
        for name in ("plan_name", "plan_desc", "shop_nickname", "shop_appid", "review_outcome"):
            if name in data:
                kwargs[name] = _check_str(name, data[name], allow_empty=True)
        if data.get("products") is not None:
            products = data["products"]
            if not isinstance(products, list) or not all(isinstance(p, dict) for p in products):
                raise ValueError("products must be a list of objects")
            kwargs["products"] = tuple(products)
        if data.get("ext_info") is not None:
            if not isinstance(data["ext_info"], dict):
                raise ValueError("ext_info must be an object")
            kwargs["ext_info"] = data["ext_info"]
        return cls(**kwargs)


def build_products(seed: PlanSeed) -> list[dict[str, Any]]:
    """productListInfo items shaped exactly like the vendor example (strings where it sends strings)."""
    if seed.products is not None:
        return [dict(p) for p in seed.products]
    out: list[dict[str, Any]] = []
    for i in range(seed.product_count):
        rng = random.Random(f"{seed.plan_id}:{i}")  # str seeds are stable across runs
        product_id = str(37610006 + rng.randrange(10**7))
        sku_ids = [str(77255098 + rng.randrange(10**6)) for _ in range(1 + i % 2)]
        prices = sorted(rng.randrange(100, 100000) for _ in sku_ids)
        ratio = rng.choice((300, 500, 700, 1000, 1500))
        cats = _CATEGORIES[rng.randrange(len(_CATEGORIES))]
        stock = rng.randrange(0, 5000)
        sold = rng.randrange(0, 1000)
        coupon: dict[str, Any]
        if i % 2 == 1:
            coupon_id = str(rng.randrange(10**9, 10**10))
            coupon = {
                "allCouponIds": [coupon_id],
                "hasCoupon": 1,
                "couponId": coupon_id,
                "discount": "0",
                "couponDetail": {
                    "restNum": rng.randrange(1, 1000),
                    "type": 1,
                    "discountInfo": {
                        "discountCondition": {"productIds": [product_id], "productCnt": 1, "productPrice": 0},
                        "discountNum": 0,
                        "discountFee": min(prices[0] // 10 or 1, 5000),
                    },
                    "validInfo": {"validType": 2, "validDayNum": 7, "startTime": "0", "endTime": "0"},
                    "receiveInfo": {
                        "startTime": str(seed.start_time),
                        "endTime": str(seed.end_time),
                        "limitNumOnePerson": 1,
                    },
                },
            }
        else:
            coupon = {"allCouponIds": [], "hasCoupon": 0, "couponId": "0", "discount": "0"}
        out.append(
            {
                "planId": seed.plan_id,
                "productId": product_id,
                "productStatus": 1,
                "commissionRatio": ratio,
                "productDetailInfo": {
                    "headImg": [f"{_IMG_HOST}/{product_id}/head.jpg"],
                    "category": [{"catId": cid, "name": name} for cid, name in cats],
                    "param": [],
                    "attr": [],
                    "shopcatId": [],
                    "qualificationUrl": [],
                    "thirdCategoryHistories": [],
                    "headVideoInfo": [],
                    "labels": [],
                    "title": _TITLES[rng.randrange(len(_TITLES))],
                    "subTitle": "",
                    "model": "",
                    "detail": {"detailImg": [], "detailVideos": [], "detailVideoInfo": [], "desc": ""},
                    "brandId": "2100000000",
                    "skuIdList": {"skuIds": sku_ids},
                    "skuList": {
                        "skuInfo": [{"skuId": s, "price": p} for s, p in zip(sku_ids, prices, strict=True)],
                        "minPrice": prices[0],
                        "maxPrice": prices[-1],
                    },
                    "listingTime": str(seed.start_time),
                    "totalStockNum": str(stock),
                    "serviceDesc": {"serviceList": [], "desc": ""},
                    "expressInfo": {"templateId": "37926"},
                    "totalSoldNum": str(sold),
                    "appidForMedia": seed.shop_appid,
                    "snapshotInfo": {"snapshotId": "0"},
                    "totalOrderNum": str(sold),
                    "totalVisitNum": str(sold * 3 + 1),
                    "uploadSource": 5,
                    "spuLimited": {"periodType": 0, "limitedBuyNum": 0},
                    "originUploadSource": 1,
                    "groupbuyInfo": {"skuList": []},
                    "virtualType": 0,
                    "productType": 1,
                },
                "leagueExInfo": {
                    "hasCommission": 1,
                    "commissionRatio": ratio,
                    "commissionValue": prices[0] * ratio // 10000,
                    "banBizuin": 0,
                    "banCategory": 0,
                    "banProduct": 0,
                },
                "couponInfo": coupon,
            }
        )
    return out


def build_plan_info(seed: PlanSeed) -> dict[str, Any]:
    """The full plan_info answer for ``seed`` (errcode 0)."""
    ext_info = (
        seed.ext_info
        if seed.ext_info is not None
        else {
            "bizBasicInfo": {
                "headimgurl": f"{_IMG_HOST}/shop/{seed.shop_appid}.png",
                "nickname": seed.shop_nickname,
                "appid": seed.shop_appid,
            },
            "data": {},
        }
    )
    return {
        "errcode": 0,
        "errmsg": "ok",
        "targetPlanInfo": {
            "planId": seed.plan_id,
            "planStatus": seed.plan_status,
            "planName": seed.plan_name,
            "planDesc": seed.plan_desc,
            "planStartTime": seed.start_time,
            "planEndTime": seed.end_time,
            "extInfo": ext_info,
        },
        "productListInfo": build_products(seed),
    }


def _allocate(n: int, weights: tuple[float, float, float]) -> list[int]:
    """Split n by weights with the largest-remainder method (exact, deterministic)."""
    if any(w < 0 for w in weights) or sum(weights) <= 0:
        raise ValueError("effective/expired/not_in_force must be >= 0 and not all 0")
    total = sum(weights)
    raw = [n * w / total for w in weights]
    counts = [int(r) for r in raw]
    by_remainder = sorted(range(3), key=lambda k: (-(raw[k] - counts[k]), k))
    for k in by_remainder[: n - sum(counts)]:
        counts[k] += 1
    return counts


def make_plan_seeds(
    n: int,
    *,
    effective: float = 0.6,
    expired: float = 0.2,
    not_in_force: float = 0.2,
    rng_seed: int = 0,
    now: float | None = None,
    product_count: int = 2,
    reject_ratio: float = 0.25,
) -> list[PlanSeed]:
    """``n`` plans mixed by the given weights (split exactly, largest remainder), shuffled by ``rng_seed``.

    effective: planStatus 1, running from a day before ``now`` for 30 days.
    expired: planStatus 2, ended a day before ``now`` (apply_target/apply_status answer 202001).
    not_in_force: planStatus 0, starting in a week.
    The first plan is an effective one whenever ``effective`` gives any, and its review agrees
    unless ``reject_ratio`` >= 1: the plan people try first works end to end. About
    ``reject_ratio`` of the plans have review_outcome "reject". Everything but the times is a
    function of ``rng_seed`` alone; pass ``now`` (e.g. the sandbox clock) for fully repeatable times.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    base = int(time.time() if now is None else now)
    rng = random.Random(rng_seed)
    n_eff, n_exp, n_nif = _allocate(n, (effective, expired, not_in_force))
    kinds = [PLAN_EFFECTIVE] * n_eff + [PLAN_INVALID] * n_exp + [PLAN_NOT_IN_FORCE] * n_nif
    rng.shuffle(kinds)
    if n_eff:
        # The first plan is the one people try first (README, `promosdk sandbox`): make it effective.
        first = kinds.index(PLAN_EFFECTIVE)
        kinds[0], kinds[first] = kinds[first], kinds[0]
    day = 86400
    seen: set[str] = set()
    seeds: list[PlanSeed] = []
    for i, status in enumerate(kinds):
        plan_id = str(rng.randrange(10**18, 10**19))
        while plan_id in seen:
            plan_id = str(rng.randrange(10**18, 10**19))
        seen.add(plan_id)
        code = f"{rng.getrandbits(64):016x}"
        if status == PLAN_EFFECTIVE:
            start, end = base - day, base + 30 * day
        elif status == PLAN_INVALID:
            start, end = base - 60 * day, base - day
        else:
            start, end = base + 7 * day, base + 60 * day
        rejected = rng.random() < reject_ratio  # drawn for every plan: the others stay as they were
        if i == 0 and status == PLAN_EFFECTIVE and reject_ratio < 1:
            rejected = False  # the first plan is the happy path: an automatic review agrees
        seeds.append(
            PlanSeed(
                plan_id=plan_id,
                invitation_url=f"https://sandbox.promosdk.invalid/union/plan/invite?code={code}",
                plan_status=status,
                plan_name=f"沙盒定向计划 {i + 1}",
                plan_desc=f"Sandbox targeted plan #{i + 1}",
                start_time=start,
                end_time=end,
                product_count=product_count,
                review_outcome="reject" if rejected else "agree",
            )
        )
    return seeds
