"""Admin routes of the promoter money flow, and the :class:`AdminClient` methods that mirror them.

* ``POST /_sandbox/purchase`` ``{promotionUrl | pid + productId, skuId?, quantity?, customizeInfo?,
  unionid?, nickname?}`` -> ``{orderId, order}``: a buyer pays through a share link (the link's
  customizeInfo is used unless one is given) or directly under a spot; ``order`` is the order as
  order/info (or search_normal_order for custom-component products) answers it. 404 unknown
  link/product/SKU, 409 deleted spot or not enough stock, 400 bad input.
* ``POST /_sandbox/orders/settle`` / ``POST /_sandbox/orders/cancel`` ``{orderId}`` -> ``{order}``:
  settle (SETTLEMENT_SUCCESS, commission = estimatedCommission) or cancel a pending order (409
  when it is not pending).
* ``POST /_sandbox/orders/timings`` ``{confirm_after?, settle_after?}`` (seconds or null) -> the
  timings: how long after payment the clock confirms receipt, and after that settles.

``admin_api.ADMIN_ROUTES`` includes ``PROMOTER_ADMIN_ROUTES``; ``AdminClient`` has
:class:`PromoterAdminMixin` among its bases.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import EllipsisType
from typing import Any, cast

from aiohttp import web

from .admin_io import AdminImpl, admin_body
from .errors import AdminError
from .state import SandboxState
from .wechat.orders import Order
from .wechat.promoter_state import promoter_states

__all__ = ["PROMOTER_ADMIN_ROUTES", "PromoterAdminMixin"]


def _opt_str(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is not None and (not isinstance(value, str) or not value):
        raise AdminError(400, f"{name} must be a non-empty string")
    return value


def _order_json(order: Order) -> dict[str, Any]:
    return order.to_normal_json() if order.normal else order.to_json()


async def _admin_purchase(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await admin_body(request)
    quantity = data.get("quantity", 1)
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise AdminError(400, "quantity must be an integer")
    order = promoter_states(state).order.purchase(
        promotion_url=_opt_str(data, "promotionUrl"),
        pid=_opt_str(data, "pid"),
        product_id=_opt_str(data, "productId"),
        sku_id=_opt_str(data, "skuId"),
        quantity=quantity,
        customize_info=_opt_str(data, "customizeInfo"),
        unionid=_opt_str(data, "unionid"),
        nickname=_opt_str(data, "nickname"),
    )
    return {"orderId": order.order_id, "order": _order_json(order)}


def _order_id(data: Mapping[str, Any]) -> str:
    value = _opt_str(data, "orderId")
    if value is None:
        raise AdminError(400, "orderId must be a non-empty string")
    return value


async def _admin_settle_order(request: web.Request, state: SandboxState) -> dict[str, Any]:
    order = promoter_states(state).order.settle(_order_id(await admin_body(request)))
    return {"order": _order_json(order)}


async def _admin_cancel_order(request: web.Request, state: SandboxState) -> dict[str, Any]:
    order = promoter_states(state).order.cancel(_order_id(await admin_body(request)))
    return {"order": _order_json(order)}


async def _admin_order_timings(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await admin_body(request)
    timings = promoter_states(state).order.timings
    for name in ("confirm_after", "settle_after"):
        if name in data:
            value = data[name]
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0
            ):
                raise AdminError(400, f"{name} must be null or a number >= 0")
            setattr(timings, name, None if value is None else float(value))
    return {"confirm_after": timings.confirm_after, "settle_after": timings.settle_after}


PROMOTER_ADMIN_ROUTES: tuple[tuple[str, str, AdminImpl], ...] = (
    ("POST", "/_sandbox/purchase", _admin_purchase),
    ("POST", "/_sandbox/orders/settle", _admin_settle_order),
    ("POST", "/_sandbox/orders/cancel", _admin_cancel_order),
    ("POST", "/_sandbox/orders/timings", _admin_order_timings),
)


class PromoterAdminMixin:
    """``AdminClient`` methods of the money flow (the class provides ``_call``)."""

    async def _call(self, method: str, path: str, payload: Mapping[str, Any] | None = None) -> dict[str, Any]:
        raise NotImplementedError

    async def purchase(
        self,
        *,
        promotion_url: str | None = None,
        pid: str | None = None,
        product_id: str | None = None,
        sku_id: str | None = None,
        quantity: int = 1,
        customize_info: str | None = None,
        unionid: str | None = None,
        nickname: str | None = None,
    ) -> str:
        """Simulate a buyer paying through a share link (or under a spot); returns the orderId."""
        fields = {
            "promotionUrl": promotion_url,
            "pid": pid,
            "productId": product_id,
            "skuId": sku_id,
            "customizeInfo": customize_info,
            "unionid": unionid,
            "nickname": nickname,
        }
        payload: dict[str, Any] = {k: v for k, v in fields.items() if v is not None}
        payload["quantity"] = quantity
        return str((await self._call("POST", "purchase", payload))["orderId"])

    async def settle_order(self, order_id: str) -> dict[str, Any]:
        """Settle a pending order now; returns it as order/info answers it."""
        return cast(
            dict[str, Any], (await self._call("POST", "orders/settle", {"orderId": order_id}))["order"]
        )

    async def cancel_order(self, order_id: str) -> dict[str, Any]:
        """Cancel a pending order's commission now; returns the order."""
        return cast(
            dict[str, Any], (await self._call("POST", "orders/cancel", {"orderId": order_id}))["order"]
        )

    async def set_order_timings(
        self,
        *,
        confirm_after: float | EllipsisType | None = ...,
        settle_after: float | EllipsisType | None = ...,
    ) -> dict[str, float | None]:
        """When the clock confirms receipt (after payment) and settles (after confirmation).

        None disables that step; a timing left out keeps its value. Returns both timings.
        """
        fields = {"confirm_after": confirm_after, "settle_after": settle_after}
        body = await self._call("POST", "orders/timings", {k: v for k, v in fields.items() if v is not ...})
        return {"confirm_after": body["confirm_after"], "settle_after": body["settle_after"]}
