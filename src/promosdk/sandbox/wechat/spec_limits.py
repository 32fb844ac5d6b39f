"""The limits the sandbox enforces, read from the spec's request rules (moto-style: not restated).

The vendor refuses what breaks them (40097 / 200002); the client checks the same rules before
sending, so only a raw caller (or a test) reaches these refusals.
"""

from __future__ import annotations

from typing import Any, Literal

from ..._generated.wechat_union import models
from ..._generated.wechat_union.rules import RULES

__all__ = [
    "CUSTOMIZE_INFO_MAX",
    "ORDER_ID_LIST_MAX",
    "PAGE_SIZE_MAX",
    "PRODUCT_LIMIT_MAX",
    "TAG_LIST_MAX",
]


def _limit(model: type[Any], wire: str, kind: Literal["maximum", "max_length", "max_items"]) -> int:
    rule = next(r for r in RULES[model].fields if r.wire == wire)
    value = getattr(rule, kind)
    assert isinstance(value, int), f"the spec gives {model.__name__}.{wire} no {kind}"
    return value


PRODUCT_LIMIT_MAX = _limit(models.ProductListRequest, "limit", "maximum")
"""product/list, select and open_product/list page size (DOC: at most 50 a call)."""
PAGE_SIZE_MAX = _limit(models.OrderSearchRequest, "pageSize", "maximum")
CUSTOMIZE_INFO_MAX = _limit(models.GenerateProductItem, "customizeInfo", "max_length")
TAG_LIST_MAX = _limit(models.ParseTagRequest, "tagList", "max_items")
ORDER_ID_LIST_MAX = _limit(models.OrderInfoRequest, "orderIdList", "max_items")
