"""product/generate, open_product/generate and product/parse_tag: share material bound to a spot.

Material is deterministic per (promoter, pid, productId, customizeInfo): the same request gives
the same link. A link is a :class:`ShareLink` under an opaque code; its ``promotionUrl`` is
``<sandbox origin>/_sandbox/s/<code>`` (the sandbox's own origin, never a vendor domain), which
``POST /_sandbox/purchase`` accepts to simulate a buyer. Only a live spot of the calling promoter
can be used (a deleted or unknown PID, or another app's PID, answers 40097).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import attrs

from ..context import StateContext
from ..errors import AdminError, WeChatError
from .products import Product, ProductState
from .query_args import string_list
from .spec_limits import CUSTOMIZE_INFO_MAX, TAG_LIST_MAX
from .spot_deletion import SpotDeletions
from .targets import MSG_INVALID_ARGS

__all__ = [
    "CUSTOMIZE_INFO_MAX",
    "LINK_PATH",
    "MSG_TAG_NOT_FOUND",
    "MSG_TAG_QUOTA",
    "PLUGIN_APPID",
    "TAG_LIST_MAX",
    "ShareLink",
    "ShareState",
]

PLUGIN_APPID = "wx34345ae5855f892d"
"""The mini-shop plugin of the generated paths (as the vendor's samples)."""
LINK_PATH = "/_sandbox/s/"
MSG_TAG_NOT_FOUND = "promotion tag not exist"
MSG_TAG_QUOTA = "tag query exceeds the limit"


@attrs.frozen
class ShareLink:
    code: str
    appid: str
    """The promoter that generated it."""
    pid: str
    product_id: str
    customize_info: str | None
    open_component: bool
    tag: str


def _fen_text(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}元"


class ShareState:
    """Every link generated, by code and by tag."""

    def __init__(self, ctx: StateContext, products: ProductState, spots: SpotDeletions) -> None:
        self._ctx = ctx
        self._products = products
        self._spots = spots
        self._seed = ctx.config.fault_seed
        self.links: dict[str, ShareLink] = {}
        self.by_tag: dict[str, ShareLink] = {}
        self.tag_quota: int | None = None
        """Tags a promoter may parse per sandbox day (UTC) before 201001; None: no limit."""
        self._tags_parsed: dict[tuple[str, int], int] = {}

    def _code(self, *parts: str) -> str:
        digest = hashlib.sha256("\x1f".join((str(self._seed), *parts)).encode()).digest()
        return base64.urlsafe_b64encode(digest).decode()[:10].replace("-", "x").replace("_", "y")

    def _items(
        self, appid: str, pid: object, items: object, open_component: bool
    ) -> list[tuple[Product, str | None]]:
        if self._spots.live_spot(appid, pid) is None:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        if not isinstance(items, list) or not items:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        checked: list[tuple[Product, str | None]] = []
        for item in items:
            if not isinstance(item, dict):
                raise WeChatError(40097, MSG_INVALID_ARGS)
            product = self._products.get(item.get("productId"), open_component=open_component)
            if product is None or item.get("appId") != product.shop.app_id:
                raise WeChatError(40097, MSG_INVALID_ARGS)
            info = item.get("customizeInfo")
            if info is not None and (not isinstance(info, str) or not 1 <= len(info) <= CUSTOMIZE_INFO_MAX):
                raise WeChatError(40097, MSG_INVALID_ARGS)
            checked.append((product, info))
        return checked

    def _link(self, appid: str, pid: str, product: Product, info: str | None) -> ShareLink:
        code = self._code(appid, pid, product.product_id, info or "")
        link = self.links.get(code)
        if link is None:
            link = ShareLink(
                code=code,
                appid=appid,
                pid=pid,
                product_id=product.product_id,
                customize_info=info,
                open_component=product.open_component,
                tag=f"#小程序://{product.shop.name}/{product.title}/{code}",
            )
            self.links[code] = link
            self.by_tag[link.tag] = link
        return link

    def generate(self, appid: str, pid: object, items: object, *, base_url: str) -> list[dict[str, Any]]:
        """product/generate's ``list``: one material per requested product."""
        out = []
        for product, info in self._items(appid, pid, items, open_component=False):
            assert isinstance(pid, str)
            link = self._link(appid, pid, product, info)
            ticket = self._code("ticket", link.code)
            url = f"{base_url}{LINK_PATH}{link.code}"
            wording = f"好物推荐\n————\n{product.title}\n\n开抢啦: {_fen_text(product.min_price)}"
            share: dict[str, Any] = {
                "appId": product.shop.app_id,
                "path": f"plugin-private://{PLUGIN_APPID}/pages/productDetail/productDetail"
                f"?productId={product.product_id}&ticket={ticket}",
                "wxaCode": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
                "promotionWording": wording,
                "promotionUrl": url,
                "promotionTag": link.tag,
            }
            product_info: dict[str, Any] = {
                "productId": product.product_id,
                "title": product.title,
                "subTitle": "",
                "headImg": [product.head_img()],
                "minPrice": product.min_price,
                "totalStockNum": product.total_stock,
                "shopName": product.shop.name,
                "shopAppid": product.shop.app_id,
                "pluginResult": 1,
            }
            if product.coupon is not None:
                fee = int(product.coupon["couponDetail"]["discountInfo"]["discountFee"])
                product_info["discount"] = fee
                product_info["discountPrice"] = max(product.min_price - fee, 0)
                share["couponPath"] = share["path"] + "&coupon=1"
                share["couponPromotionUrl"] = url + "?coupon=1"
                share["couponPromotionWording"] = (
                    wording + f"\n券后: {_fen_text(product_info['discountPrice'])}"
                )
                share["couponPromotionTag"] = link.tag + "/coupon"
            out.append({"pid": pid, "productInfo": product_info, "shareInfo": share})
        return out

    def generate_open(
        self, appid: str, pid: object, items: object, *, base_url: str, get_short_url: bool, get_info: bool
    ) -> list[dict[str, Any]]:
        """open_product/generate's ``list``: short link and wording only with getShortUrl, details with getInfo."""
        out = []
        for product, info in self._items(appid, pid, items, open_component=True):
            assert isinstance(pid, str)
            link = self._link(appid, pid, product, info)
            share: dict[str, Any] = {
                "appId": product.shop.app_id,
                "username": product.shop.username,
                "path": f"pages/detail/detail?productId={product.product_id}"
                f"&open_league_ticket={self._code('ticket', link.code)}",
                "promotionTag": link.tag,
                "code": 0,
            }
            if get_short_url:
                share["promotionUrl"] = f"{base_url}{LINK_PATH}{link.code}"
                share["promotionWording"] = f"{product.title}\n\n优惠价: {_fen_text(product.min_price)}"
            product_info: dict[str, Any] = {
                "productId": product.product_id,
                "shopName": product.shop.name,
                "totalStockNum": product.total_stock,
            }
            if get_info:
                product_info.update(
                    title=product.title, subTitle="", headImg=[product.head_img()],
                    minPrice=product.min_price, shopStatus=1,
                )  # fmt: skip
            out.append({"pid": pid, "productInfo": product_info, "shareInfo": share})
        return out

    def parse_tags(self, appid: str, tags: object) -> list[dict[str, Any]]:
        """product/parse_tag's ``tagList``; an unknown tag gets its own 37027, all unknown raise it."""
        tags = string_list(tags, TAG_LIST_MAX)
        day = (appid, int(self._ctx.now() // 86400))
        used = self._tags_parsed.get(day, 0) + len(tags)
        if self.tag_quota is not None and used > self.tag_quota:
            raise WeChatError(201001, MSG_TAG_QUOTA)
        self._tags_parsed[day] = used
        out: list[dict[str, Any]] = []
        for tag in tags:
            link = self.by_tag.get(tag)
            if link is None:
                out.append({"errcode": 37027, "errmsg": MSG_TAG_NOT_FOUND})
                continue
            product = self._products.products[link.product_id]
            out.append({"productId": product.product_id, "source": 1, "productAppid": product.shop.app_id})
        if all("errcode" in item for item in out):
            raise WeChatError(37027, MSG_TAG_NOT_FOUND)
        return out

    def resolve(self, promotion_url: str) -> ShareLink:
        """The link a promotionUrl (or a bare code) points at (AdminError 404)."""
        code = promotion_url.split(LINK_PATH, 1)[-1].split("?", 1)[0].strip("/")
        link = self.links.get(code)
        if link is None:
            raise AdminError(404, f"no share link {promotion_url!r}")
        return link
