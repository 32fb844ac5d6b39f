"""The optional share-links step of the batch (``--share-links SPOT``): for an agreed plan, one
``product.generate`` of the plan's products under the chosen promotion spot; the links go into the
input's result line as ``share_links``.

Where the products' ``appId`` comes from: generate wants each product's shop AppID
(``shopInfo.appId``), which plan_info's ``productListInfo`` items do not carry. A targeted plan is
one shop's offer, so the shop is the plan's: ``targetPlanInfo.extInfo.bizBasicInfo.appid``; a
product's ``productDetailInfo.appidForMedia`` (the vendor example's, the same AppID) is the
fallback. A plan whose shop AppID is given by neither ends the input with a BatchError (final).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from .._generated.wechat_union.models import (
    GenerateProductItem,
    ProductInfo,
    ProductPromotion,
    TargetPlanInfo,
)
from ..wechat import WeChatUnionClient
from .calls import Caller
from .errors import BatchError, BatchInputError
from .spots import list_spots

__all__ = ["LINK_FIELDS", "customize_info_for", "generate_share_links", "resolve_share_spot"]

#: The keys of one ``share_links`` entry of a result line.
LINK_FIELDS = (
    "product_id",
    "app_id",
    "pid",
    "title",
    "promotion_url",
    "path",
    "coupon_promotion_url",
    "coupon_path",
    "promotion_tag",
    "coupon_promotion_tag",
    "customize_info",
)


async def resolve_share_spot(wechat: WeChatUnionClient, caller: Caller, spot: str) -> str:
    """The PID of the spot named ``spot`` (or whose PID it is); BatchInputError when there is none."""
    spots, _max_count = await list_spots(wechat, caller)
    pid = spots.get(spot)
    if pid:
        return pid
    if spot in spots.values():
        return spot
    raise BatchInputError(
        f"--share-links: no promotion spot named {spot!r} (nor with that PID); "
        "list it in --spots to have the batch add it"
    )


def customize_info_for(template: str | None, plan_id: str) -> str | None:
    """The links' customizeInfo: ``template`` with ``{plan_id}`` replaced (None or "": none)."""
    return template.replace("{plan_id}", plan_id) if template else None


def _shop_appid(plan: TargetPlanInfo, product: ProductInfo) -> str | None:
    shop = plan.ext_info.biz_basic_info if plan.ext_info is not None else None
    if shop is not None and shop.appid:
        return shop.appid
    detail = product.product_detail_info
    return detail.appid_for_media if detail is not None and detail.appid_for_media else None


def _entry(material: ProductPromotion, app_id: str, customize_info: str | None) -> dict[str, Any]:
    share = material.share_info
    info = material.product_info
    assert share is not None
    return {
        "product_id": info.product_id,
        "app_id": app_id,
        "pid": material.pid,
        "title": info.title,
        "promotion_url": share.promotion_url,
        "path": share.path,
        "coupon_promotion_url": share.coupon_promotion_url,
        "coupon_path": share.coupon_path,
        "promotion_tag": share.promotion_tag,
        "coupon_promotion_tag": share.coupon_promotion_tag,
        "customize_info": customize_info,
    }


async def generate_share_links(
    wechat: WeChatUnionClient,
    caller: Caller,
    plan: TargetPlanInfo,
    products: Sequence[ProductInfo],
    *,
    pid: str,
    customize_info: str | None,
) -> list[dict[str, Any]]:
    """The share links of ``products`` (each once, in plan order) under spot ``pid``: one
    ``product.generate`` call (none for a plan without products). generate is idempotent (the same
    request gives the same links), so the client retries it and a re-run may send it again."""
    wanted: dict[str, str] = {}
    for product in products:
        app_id = _shop_appid(plan, product)
        if app_id is None:
            raise BatchError(
                f"plan_info gives no shop AppID for product {product.product_id} "
                "(extInfo.bizBasicInfo.appid, productDetailInfo.appidForMedia): no share link"
            )
        wanted.setdefault(product.product_id, app_id)
    if not wanted:
        return []
    answer = await caller.call(
        "product.generate",
        functools.partial(
            wechat.product.generate,
            pid=pid,
            product_list=[
                GenerateProductItem(product_id=product_id, app_id=app_id, customize_info=customize_info)
                for product_id, app_id in wanted.items()
            ],
        ),
    )
    by_product: dict[str, ProductPromotion] = {}
    for material in answer.materials or ():
        by_product.setdefault(material.product_info.product_id, material)
    missing = [p for p in wanted if p not in by_product or by_product[p].share_info is None]
    if missing:
        raise BatchError(f"product.generate answered no share link for product(s) {', '.join(missing)}")
    foreign = [p for p in wanted if by_product[p].pid != pid]
    if foreign:
        raise BatchError(f"product.generate bound product(s) {', '.join(foreign)} to another spot than {pid}")
    return [_entry(by_product[p], app_id, customize_info) for p, app_id in wanted.items()]
