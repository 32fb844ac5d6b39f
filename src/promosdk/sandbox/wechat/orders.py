"""Group ``order``: orders brought by share links, their lines and commissions, and settlement.

Orders exist only through a simulated purchase (``POST /_sandbox/purchase``): a buyer follows a
link (or names pid + productId) and pays. The order is attributed to the link's spot (PID and its
name at purchase time) and carries the link's ``customizeInfo`` (on the order and on the line);
``customUserId`` is the buyer's open_account customize info. Money is written as the vendor
sends it: line ``price`` and ``commission`` are yuan strings ("¥0.20", "¥0"), ``commission`` is
"-" while pending, ``estimatedCommission`` is fen (price * ratio // 10000).

Settlement: pending -> SETTLEMENT_SUCCESS (commission = estimated) or SETTLEMENT_CANCELED
(commission "¥0"), by the admin (``settle``/``cancel``) or by the clock: receipt is confirmed
``confirm_after`` seconds after payment and the commission settled ``settle_after`` seconds after
that (``OrderTimings``; None disables either). The clock is applied lazily on every read, stamped
with the time the change was due, so the result does not depend on when one looks.
Custom-component (open_product) links create *normal* orders instead (search_normal_order), whose
commission states are COMMISSION_SHOP_WAIT_DEDUCTION -> COMMISSION_SHOP_FINISH_DEDUCTION /
COMMISSION_PAY_CANCEL, and whose order status is 20 (paid), 100 (settled) or 250 (canceled; ours).
"""

from __future__ import annotations

import random
from typing import Any

import attrs

from ..context import StateContext
from ..errors import AdminError
from .open_accounts import OpenAccountState
from .products import Product, ProductState, Sku
from .query_args import string_list
from .share import CUSTOMIZE_INFO_MAX, ShareState
from .spec_limits import ORDER_ID_LIST_MAX
from .spot_deletion import SpotDeletions

__all__ = [
    "CANCELED",
    "NORMAL_STATUS",
    "ORDER_ID_LIST_MAX",
    "PENDING",
    "SUCCESS",
    "Order",
    "OrderState",
    "OrderTimings",
    "yuan_string",
]

PENDING, SUCCESS, CANCELED = "SETTLEMENT_PENDING", "SETTLEMENT_SUCCESS", "SETTLEMENT_CANCELED"
#: The commission state of a normal (custom-component) order line, per internal state.
NORMAL_STATUS: dict[str, str] = {
    PENDING: "COMMISSION_SHOP_WAIT_DEDUCTION",
    SUCCESS: "COMMISSION_SHOP_FINISH_DEDUCTION",
    CANCELED: "COMMISSION_PAY_CANCEL",
}
_NORMAL_ORDER_STATUS = {PENDING: 20, SUCCESS: 100, CANCELED: 250}
"""order/info: at most 200 ids (draft OrderInfoRequest.orderIdList maxItems)."""


def yuan_string(fen: int) -> str:
    """The vendor's yuan text: 20 -> "¥0.20", 100 -> "¥1.00", 0 -> "¥0"."""
    if fen == 0:
        return "¥0"
    sign = "-" if fen < 0 else ""
    return f"¥{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


@attrs.define(kw_only=True)
class OrderTimings:
    confirm_after: float | None = 3 * 86400.0
    """Seconds from payment to the automatic receipt confirmation (None: never)."""
    settle_after: float | None = 7 * 86400.0
    """Seconds from confirmation to the automatic settlement (None: only the admin settles)."""


@attrs.define(eq=False, kw_only=True)
class Order:
    order_id: str
    appid: str
    """The promoter the order is attributed to."""
    pid: str
    spot_name: str
    product: Product
    sku: Sku
    quantity: int
    price_fen: int
    ratio: int
    estimated_commission: int
    customize_info: str | None
    custom_user_id: str | None
    nickname: str | None
    pay_time: int
    normal: bool
    """A custom-component order (search_normal_order), else a union order (search, info)."""
    status: str = PENDING
    status_update_time: int = 0
    confirm_time: int = 0
    settled_time: int | None = None
    out_order_id: str = ""
    transaction_id: str = ""

    @property
    def commission_fen(self) -> int | None:
        """None while pending, the estimate once settled, 0 once canceled."""
        return None if self.status == PENDING else self.estimated_commission if self.status == SUCCESS else 0

    @property
    def commission_text(self) -> str:
        fen = self.commission_fen
        return "-" if fen is None else yuan_string(fen)

    def _promotion_info(self) -> dict[str, str]:
        return {"promotionSourcePid": self.pid, "promotionSourceName": self.spot_name}

    def to_json(self) -> dict[str, Any]:
        """A union order (order/info, order/search)."""
        p = self.product
        line: dict[str, Any] = {
            "productId": p.product_id,
            "skuId": self.sku.sku_id,
            "title": p.title,
            "thumbImg": p.head_img(),
            "price": yuan_string(self.price_fen),
            "productCnt": self.quantity,
            "ratio": self.ratio,
            "commissionStatus": self.status,
            "commissionStatusUpdateTime": str(self.status_update_time),
            "commission": self.commission_text,
            "estimatedCommission": self.estimated_commission,
            "categoryStr": ",".join(c.name for c in p.categories),
            "promotionInfo": self._promotion_info(),
        }
        if self.settled_time is not None:
            line["profitShardingSucTime"] = str(self.settled_time)
        order: dict[str, Any] = {
            "orderId": self.order_id,
            "payTime": self.pay_time,
            "confirmReceiptTime": self.confirm_time,
            "shopName": p.shop.name,
            "shopAppid": p.shop.app_id,
            "productList": [line],
        }
        if self.customize_info is not None:
            line["customizeInfo"] = order["customizeInfo"] = self.customize_info
        if self.custom_user_id is not None:
            order["customUserId"] = self.custom_user_id
        if self.nickname is not None:
            order["userNickName"] = self.nickname
        return order

    def to_normal_json(self) -> dict[str, Any]:
        """A custom-component order (search_normal_order)."""
        p = self.product
        info = {
            "orderId": self.order_id,
            "outOrderId": self.out_order_id,
            "transactionId": self.transaction_id,
            "payTime": self.pay_time,
            "orderPrice": self.price_fen,
            "freight": 0,
            "discountedPrice": 0,
            "additionalPrice": 0,
            "additionalRemarks": "",
            "status": _NORMAL_ORDER_STATUS[self.status],
            "shopInfo": {"nickname": p.shop.name, "username": p.shop.username, "appid": p.shop.app_id},
            "createTime": self.pay_time,
            "statusUpdateTime": self.status_update_time if self.status != PENDING else None,
            "path": f"/pages/order/detail?orderId={self.order_id}",
        }
        line = {
            "title": p.title,
            "headImg": p.head_img(),
            "salePrice": self.sku.sale_price,
            "realPrice": self.sku.sale_price,
            "productCnt": self.quantity,
            "productId": p.product_id,
            "outProductId": f"out{p.product_id}",
            "skuId": self.sku.sku_id,
            "outSkuId": f"out{self.sku.sku_id}",
            "ratio": self.ratio,
            "commissionValue": self.estimated_commission,
            "commissionStatus": NORMAL_STATUS[self.status],
            "commissionStatusUpdateTime": self.status_update_time,
            "promotionInfo": self._promotion_info(),
        }
        return {"orderInfo": info, "productList": [line]}


class OrderState:
    def __init__(
        self,
        ctx: StateContext,
        products: ProductState,
        share: ShareState,
        spots: SpotDeletions,
        open_accounts: OpenAccountState,
    ) -> None:
        self._ctx = ctx
        self._products = products
        self._share = share
        self._spots = spots
        self._open_accounts = open_accounts
        self._rng = random.Random(f"promosdk-sandbox-orders:{ctx.config.fault_seed}")
        self.timings = OrderTimings()
        self.orders: dict[str, Order] = {}
        """By orderId, in purchase order."""

    # ------------------------------------------------------------------ admin

    def purchase(
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
    ) -> Order:
        """A buyer pays through a link (or pid + productId); AdminError 400/404/409 otherwise."""
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
            raise AdminError(400, "quantity must be an integer >= 1")
        if promotion_url is not None:
            link = self._share.resolve(promotion_url)
            appid, pid, product_id = link.appid, link.pid, link.product_id
            customize_info = link.customize_info if customize_info is None else customize_info
            spot = self._spots.live_spot(appid, pid)
            if spot is None:
                raise AdminError(409, f"the spot {pid} of this link was deleted")
            product = self._products.products[product_id]
        elif pid is not None and product_id is not None:
            owner = self._spots.owner_of(pid)
            if owner is None:
                raise AdminError(409, f"no live spot {pid!r}")
            appid, spot = owner
            found = self._products.products.get(product_id)
            if found is None:
                raise AdminError(404, f"unknown product {product_id!r}")
            product = found
        else:
            raise AdminError(400, "give promotionUrl, or pid and productId")
        if customize_info is not None and len(customize_info) > CUSTOMIZE_INFO_MAX:
            raise AdminError(400, f"customizeInfo longer than {CUSTOMIZE_INFO_MAX}")
        sku = product.sku(sku_id)
        self._products.record_sale(product, sku, quantity)
        now = int(self._ctx.now())
        price = sku.sale_price * quantity
        while True:
            digits = 19 if product.open_component else 16
            order_id = str(self._rng.randrange(10 ** (digits - 1), 10**digits))
            if order_id not in self.orders:
                break
        order = Order(
            order_id=order_id,
            appid=appid,
            pid=pid,
            spot_name=spot.name,
            product=product,
            sku=sku,
            quantity=quantity,
            price_fen=price,
            ratio=product.commission_ratio,
            estimated_commission=price * product.commission_ratio // 10000,
            customize_info=customize_info,
            custom_user_id=self._open_accounts.custom_user_id(appid, unionid),
            nickname=nickname,
            pay_time=now,
            normal=product.open_component,
            status_update_time=now,
            out_order_id=str(self._rng.randrange(10**15, 10**16)),
            transaction_id=str(self._rng.randrange(10**14, 10**15)),
        )
        self.orders[order_id] = order
        return order

    def _pending(self, order_id: str) -> Order:
        self.tick()
        order = self.orders.get(order_id)
        if order is None:
            raise AdminError(404, f"unknown order {order_id!r}")
        if order.status != PENDING:
            raise AdminError(409, f"order {order_id} is already {order.status}")
        return order

    def settle(self, order_id: str) -> Order:
        order = self._pending(order_id)
        now = int(self._ctx.now())
        order.confirm_time = order.confirm_time or now
        order.status, order.status_update_time, order.settled_time = SUCCESS, now, now
        return order

    def cancel(self, order_id: str) -> Order:
        order = self._pending(order_id)
        order.status, order.status_update_time = CANCELED, int(self._ctx.now())
        return order

    def tick(self) -> None:
        """Apply the automatic confirmation and settlement that are due."""
        confirm_after, settle_after = self.timings.confirm_after, self.timings.settle_after
        if confirm_after is None:
            return
        now = self._ctx.now()
        for order in self.orders.values():
            if order.status != PENDING:
                continue
            if not order.confirm_time and now >= order.pay_time + confirm_after:
                order.confirm_time = int(order.pay_time + confirm_after)
            if order.confirm_time and settle_after is not None and now >= order.confirm_time + settle_after:
                due = int(order.confirm_time + settle_after)
                order.status, order.status_update_time, order.settled_time = SUCCESS, due, due

    # ------------------------------------------------------------------ reads

    def of(self, appid: str, *, normal: bool) -> list[Order]:
        """The promoter's orders of one kind, clock applied."""
        self.tick()
        return [o for o in self.orders.values() if o.appid == appid and o.normal == normal]

    def info(self, appid: str, order_ids: object) -> list[dict[str, Any]]:
        """order/info: the promoter's union orders with these ids, in request order; unknown left out."""
        order_ids = string_list(order_ids, ORDER_ID_LIST_MAX)
        self.tick()
        found = (self.orders.get(i) for i in dict.fromkeys(order_ids))
        return [o.to_json() for o in found if o is not None and o.appid == appid and not o.normal]
