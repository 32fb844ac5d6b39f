"""The filters of product/list, product/select and open_product/list, and their paging.

Parsed from the query by wire name (:meth:`ProductQuery.from_query`); refusals are the sandbox's
40097 "invalid args" (the vendor documents no code for them). ``queryType`` is accepted but every
value reads ``query`` the same way: a substring of the title or shop name, or the SPU id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import orjson

from .products import Product
from .query_args import int_arg, invalid_args, list_arg
from .spec_limits import PRODUCT_LIMIT_MAX

__all__ = ["PRODUCT_LIMIT_MAX", "ProductQuery", "page_json"]


_SHIPPING_KEYS = ("express", "sameCity", "pickup")


def _flags(raw: object) -> dict[str, bool]:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k, 0), (int, bool)) for k in _SHIPPING_KEYS):
        raise invalid_args()
    return {k: bool(raw.get(k, 0)) for k in _SHIPPING_KEYS}


def _json(query: Mapping[str, str], name: str) -> Any:
    raw = query.get(name)
    if not raw:
        return None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise invalid_args() from None


@attrs.frozen(kw_only=True)
class ProductQuery:
    offset: int = 0
    limit: int = 20
    query: str | None = None
    min_price: int | None = None
    max_price: int | None = None
    min_commission_value: int | None = None
    min_commission_ratio: int | None = None
    has_coupon: bool = False
    shop_app_ids: tuple[str, ...] = ()
    category_id: str | None = None
    categories: tuple[str, ...] = ()
    no_categories: tuple[str, ...] = ()
    product_ids: tuple[str, ...] = ()
    shipping: dict[str, bool] | None = None
    addresses: tuple[tuple[dict[str, str], dict[str, bool] | None], ...] = ()

    @classmethod
    def from_query(cls, query: Mapping[str, str], *, default_limit: int = 20) -> ProductQuery:
        limit = int_arg(query, "limit", default_limit)
        ratio = int_arg(query, "minCommissionRatio")
        if limit is None or not 1 <= limit <= PRODUCT_LIMIT_MAX or (ratio is not None and ratio > 10000):
            raise invalid_args()
        shipping_raw = _json(query, "shippingMethods")
        address_raw = _json(query, "addressList")
        addresses: list[tuple[dict[str, str], dict[str, bool] | None]] = []
        if address_raw is not None:
            if not isinstance(address_raw, list):
                raise invalid_args()
            for item in address_raw:
                info = item.get("addressInfo") if isinstance(item, dict) else None
                if not isinstance(info, dict) or not all(isinstance(v, str) for v in info.values()):
                    raise invalid_args()
                kind = item.get("addressType")
                addresses.append((dict(info), None if kind is None else _flags(kind)))
        return cls(
            offset=int_arg(query, "from", 0) or 0,
            limit=limit,
            query=query.get("query") or None,
            min_price=int_arg(query, "minPrice"),
            max_price=int_arg(query, "maxPrice"),
            min_commission_value=int_arg(query, "minCommissionValue"),
            min_commission_ratio=ratio,
            has_coupon=query.get("hasCoupon") == "1",
            shop_app_ids=list_arg(query, "shopAppIds"),
            category_id=query.get("categoryId") or None,
            categories=list_arg(query, "category"),
            no_categories=list_arg(query, "noCategory"),
            product_ids=list_arg(query, "productId"),
            shipping=None if shipping_raw is None else _flags(shipping_raw),
            addresses=tuple(addresses),
        )

    def matches(self, p: Product) -> bool:
        if self.query is not None and not (
            self.query in p.title or self.query in p.shop.name or self.query == p.product_id
        ):
            return False
        if self.min_price is not None and p.min_price < self.min_price:
            return False
        if self.max_price is not None and p.min_price > self.max_price:
            return False
        if self.min_commission_value is not None and p.commission_value < self.min_commission_value:
            return False
        if self.min_commission_ratio is not None and p.commission_ratio < self.min_commission_ratio:
            return False
        if self.has_coupon and p.coupon is None:
            return False
        if self.shop_app_ids and p.shop.app_id not in self.shop_app_ids:
            return False
        cat_ids = {c.cat_id for c in p.categories}
        if self.category_id is not None:  # one categoryId wins over the category list
            if self.category_id not in cat_ids:
                return False
        elif self.categories and not cat_ids & set(self.categories):
            return False
        if cat_ids & set(self.no_categories):
            return False
        if self.product_ids and p.product_id not in self.product_ids:
            return False
        if self.shipping is not None and any(
            want and not p.shop.shipping[k] for k, want in self.shipping.items()
        ):
            return False
        return not self.addresses or any(self._address_ok(p, info, kind) for info, kind in self.addresses)

    @staticmethod
    def _address_ok(p: Product, info: Mapping[str, str], kind: Mapping[str, bool] | None) -> bool:
        if kind is not None and any(want and not p.shop.shipping[k] for k, want in kind.items()):
            return False
        # Empty or absent parts are wildcards.
        return any(all(not v or a.get(k) == v for k, v in info.items()) for a in p.shop.addresses)


def page_json(
    products: Sequence[Product], q: ProductQuery, *, open_component: bool = False
) -> dict[str, Any]:
    """One page: ``total`` counts every match; ``from`` past the end gives an empty page."""
    matching = [p for p in products if q.matches(p)]
    page = matching[q.offset : q.offset + q.limit]
    return {
        "errcode": 0,
        "errmsg": "ok",
        "total": len(matching),
        "productList": [p.to_open_json() if open_component else p.to_json() for p in page],
    }
