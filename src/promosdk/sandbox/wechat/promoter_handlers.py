"""WeChat Union promoter money flow over HTTP: the 16 operations of issue 13, by operation id.

``handlers.HANDLERS`` includes ``PROMOTER_HANDLERS``. Every handler authenticates the access_token, reads the query or JSON body by wire name, calls one
group of :func:`~promosdk.sandbox.wechat.promoter_state.promoter_states`, and answers errcode 0
with the payload, or the group's WeChatError. Limits the vendor refuses (pageSize > 200,
limit > 50, customizeInfo > 80, more than 200 order ids) answer 40097 (200002 on open_account).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import orjson
from aiohttp import web

from ..errors import WeChatError, wechat_error_body
from ..http import Handler, Reply
from ..state import SandboxState
from .bodies import json_body
from .order_search import NormalOrderQuery, OrderQuery, search, search_normal
from .product_query import ProductQuery, page_json
from .promoter_state import PromoterStates, promoter_states

__all__ = ["PROMOTER_HANDLERS"]

#: One operation: (request, its promoter states, the caller's appid) -> the answer's fields.
_Impl = Callable[[web.Request, PromoterStates, str], Awaitable[dict[str, Any]]]


def _base_url(request: web.Request) -> str:
    """The sandbox's own origin, for promotionUrl."""
    return f"{request.scheme}://{request.host}"


def _handler(impl: _Impl) -> Handler:
    async def handler(request: web.Request, state: SandboxState) -> Reply:
        content_type = state.config.json_content_type
        try:
            appid = state.token.authenticate(request.query.get("access_token"))
            payload = await impl(request, promoter_states(state), appid)
        except WeChatError as exc:
            return Reply(wechat_error_body(exc.errcode, exc.errmsg), content_type)
        if not payload:
            return Reply(wechat_error_body(0, "ok"), content_type)
        return Reply(orjson.dumps({"errcode": 0, "errmsg": "ok", **payload}), content_type)

    handler.__name__ = impl.__name__
    return handler


# ---------------------------------------------------------------------------------------- promotion


async def promotion_delete(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    data = await json_body(request)
    g.spot_deletions.delete(appid, data.get("promotionSourcePid"), data.get("promotionSourceName"), g.now())
    return {}


# ---------------------------------------------------------------------------------------- product


async def product_category(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    return {"productCats": g.product.category_list()}


async def product_list(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    q = ProductQuery.from_query(request.query)
    return page_json(g.product.pool(), q)


async def product_select(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    q = attrs.evolve(ProductQuery.from_query(request.query), query=None)  # select has no keyword search
    return page_json(g.product.pool(selected=True), q)


async def product_generate(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    data = await json_body(request)
    return {
        "list": g.share.generate(appid, data.get("pid"), data.get("productList"), base_url=_base_url(request))
    }


async def product_parse_tag(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    data = await json_body(request)
    return {"tagList": g.share.parse_tags(appid, data.get("tagList"))}


# ---------------------------------------------------------------------------------------- open_account


async def open_account_bind(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    data = await json_body(request)
    g.open_account.bind(appid, data.get("openAccount"))
    return {}


async def open_account_get(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    account = g.open_account.get(appid)
    return {"openAccount": account} if account is not None else {}


async def open_account_add_customize_info(
    request: web.Request, g: PromoterStates, appid: str
) -> dict[str, Any]:
    data = await json_body(request)
    g.open_account.add_customize_info(appid, data.get("unionid"), data.get("customizeInfo"))
    return {}


async def open_account_delete_customize_info(
    request: web.Request, g: PromoterStates, appid: str
) -> dict[str, Any]:
    data = await json_body(request)
    g.open_account.delete_customize_info(appid, data.get("unionid"))
    return {}


async def open_account_get_customize_info(
    request: web.Request, g: PromoterStates, appid: str
) -> dict[str, Any]:
    info = g.open_account.get_customize_info(appid, request.query.get("unionid"))
    return {"customizeInfo": info} if info is not None else {}


# ---------------------------------------------------------------------------------------- open_product


async def open_product_list(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    q = attrs.evolve(ProductQuery.from_query(request.query, default_limit=10), has_coupon=False)
    return page_json(g.product.pool(open_component=True), q, open_component=True)


async def open_product_generate(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    data = await json_body(request)
    materials = g.share.generate_open(
        appid,
        data.get("pid"),
        data.get("productList"),
        base_url=_base_url(request),
        get_short_url=data.get("getShortUrl") is True,
        get_info=data.get("getInfo") is True,
    )
    return {"list": materials}


# ---------------------------------------------------------------------------------------- order


async def order_info(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    data = await json_body(request)
    return {"orderList": g.order.info(appid, data.get("orderIdList"))}


async def order_search(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    return search(g.order, appid, OrderQuery.from_query(request.query))


async def order_search_normal_order(request: web.Request, g: PromoterStates, appid: str) -> dict[str, Any]:
    return search_normal(g.order, appid, NormalOrderQuery.from_query(request.query))


PROMOTER_HANDLERS: dict[str, Handler] = {
    "promotion.delete": _handler(promotion_delete),
    "product.category": _handler(product_category),
    "product.list": _handler(product_list),
    "product.select": _handler(product_select),
    "product.generate": _handler(product_generate),
    "product.parse_tag": _handler(product_parse_tag),
    "open_account.bind": _handler(open_account_bind),
    "open_account.get": _handler(open_account_get),
    "open_account.add_customize_info": _handler(open_account_add_customize_info),
    "open_account.delete_customize_info": _handler(open_account_delete_customize_info),
    "open_account.get_customize_info": _handler(open_account_get_customize_info),
    "open_product.list": _handler(open_product_list),
    "open_product.generate": _handler(open_product_generate),
    "order.info": _handler(order_info),
    "order.search": _handler(order_search),
    "order.search_normal_order": _handler(order_search_normal_order),
}
