# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""Async resources of WeChat Mini Program Union — promoter API."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, cast, overload

from promosdk._coerce import as_enum, as_joined, as_list, as_unix_time, nested
from promosdk._pagination import MAX_ITEMS, Paginator
from promosdk._lazy import LazyModule
from promosdk._resource import BaseResource, RawResponse, paginate

from .operations import OPERATIONS

if TYPE_CHECKING:
    from . import models
    from .models import (
        AddCustomizeInfoRequest,
        ApplyStatusRequest,
        ApplyStatusResponse,
        ApplyTargetRequest,
        CommissionStatus,
        DeleteCustomizeInfoRequest,
        ErrcodeResponse,
        GenerateProductItem,
        GetCustomizeInfoRequest,
        GetCustomizeInfoResponse,
        HasCoupon,
        NormalOrder,
        NormalOrderSearchResponse,
        NormalOrderSortBy,
        OpenAccountBindRequest,
        OpenAccountGetRequest,
        OpenAccountGetResponse,
        OpenProduct,
        OpenProductGenerateRequest,
        OpenProductGenerateResponse,
        OpenProductListRequest,
        OpenProductListResponse,
        OrderInfoRequest,
        OrderInfoResponse,
        OrderSearchNormalOrderRequest,
        OrderSearchRequest,
        OrderSearchResponse,
        ParseTagRequest,
        ParseTagResponse,
        PlanInfoRequest,
        PlanInfoResponse,
        PreviousPromotionInfo,
        ProductCategoryRequest,
        ProductCategoryResponse,
        ProductGenerateRequest,
        ProductGenerateResponse,
        ProductListRequest,
        ProductListResponse,
        ProductSelectRequest,
        PromotionAddRequest,
        PromotionAddResponse,
        PromotionDeleteRequest,
        PromotionInfo,
        PromotionListRequest,
        PromotionListResponse,
        PromotionSource,
        PromotionUpdRequest,
        ShipFromAddress,
        ShippingMethods,
        SortOrder,
        UnionOrder,
        UnionProduct,
    )
else:
    # The models load on the first call that builds one (promosdk._lazy).
    models = LazyModule(__package__ + ".models")

__all__ = [
    "TargetResource",
    "PromotionResource",
    "ProductResource",
    "OpenAccountResource",
    "OpenProductResource",
    "OrderResource",
    "TargetResourceWithRawResponse",
    "PromotionResourceWithRawResponse",
    "ProductResourceWithRawResponse",
    "OpenAccountResourceWithRawResponse",
    "OpenProductResourceWithRawResponse",
    "OrderResourceWithRawResponse",
]


class TargetResource(BaseResource):
    """Targeted plans (定向计划)."""

    _operations = OPERATIONS

    async def plan_info(self, *, plan_invitation_url: str) -> PlanInfoResponse:
        """Details of a targeted plan, found by its invitation link. Documented errors: 202002."""
        request = models.PlanInfoRequest(plan_invitation_url=plan_invitation_url)
        return cast('PlanInfoResponse', await self._call('plan_info', request))

    async def apply_target(self, *, plan_id: str, apply_reason: str) -> ErrcodeResponse:
        """Apply to join a targeted plan. Documented errors: 202001, 202002, 202004, 202006."""
        request = models.ApplyTargetRequest(plan_id=plan_id, apply_reason=apply_reason)
        return cast('ErrcodeResponse', await self._call('apply_target', request))

    async def apply_status(self, *, plan_id: str) -> ApplyStatusResponse:
        """State of the promoter's application to a targeted plan. Documented errors: 202001, 202002, 202005."""
        request = models.ApplyStatusRequest(plan_id=plan_id)
        return cast('ApplyStatusResponse', await self._call('apply_status', request))


class TargetResourceWithRawResponse(BaseResource):
    """Targeted plans (定向计划). Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def plan_info(self, *, plan_invitation_url: str) -> RawResponse[PlanInfoResponse]:
        """Details of a targeted plan, found by its invitation link. Documented errors: 202002."""
        request = models.PlanInfoRequest(plan_invitation_url=plan_invitation_url)
        return cast('RawResponse[PlanInfoResponse]', await self._call_raw('plan_info', request))

    async def apply_target(self, *, plan_id: str, apply_reason: str) -> RawResponse[ErrcodeResponse]:
        """Apply to join a targeted plan. Documented errors: 202001, 202002, 202004, 202006."""
        request = models.ApplyTargetRequest(plan_id=plan_id, apply_reason=apply_reason)
        return cast('RawResponse[ErrcodeResponse]', await self._call_raw('apply_target', request))

    async def apply_status(self, *, plan_id: str) -> RawResponse[ApplyStatusResponse]:
        """State of the promoter's application to a targeted plan. Documented errors: 202001, 202002, 202005."""
        request = models.ApplyStatusRequest(plan_id=plan_id)
        return cast('RawResponse[ApplyStatusResponse]', await self._call_raw('apply_status', request))


class PromotionResource(BaseResource):
    """Promotion spots (推广位)."""

    _operations = OPERATIONS

    async def add(self, *, promotion_source_name: str) -> PromotionAddResponse:
        """Add a promotion spot. Documented errors: 14005, 14007."""
        request = models.PromotionAddRequest(promotion_source_name=promotion_source_name)
        return cast('PromotionAddResponse', await self._call('add', request))

    @overload
    async def upd(self, *, promotion_source_pid: str, promotion_source_name: str, new_promotion_source_name: str) -> ErrcodeResponse: ...
    @overload
    async def upd(self, *, previous_promotion_info: PreviousPromotionInfo, promotion_info: PromotionInfo) -> ErrcodeResponse: ...
    async def upd(self, *, promotion_source_pid: str | None = None, promotion_source_name: str | None = None, new_promotion_source_name: str | None = None, previous_promotion_info: PreviousPromotionInfo | None = None, promotion_info: PromotionInfo | None = None) -> ErrcodeResponse:
        """Rename a promotion spot. Documented errors: 14007. Pass either the flat arguments or the nested models."""
        previous_promotion_info = nested(models.PreviousPromotionInfo, previous_promotion_info, 'previous_promotion_info', {'promotion_source_pid': ('promotion_source_pid', promotion_source_pid), 'promotion_source_name': ('promotion_source_name', promotion_source_name)}, frozenset({'promotion_source_pid', 'promotion_source_name'}))
        promotion_info = nested(models.PromotionInfo, promotion_info, 'promotion_info', {'promotion_source_name': ('new_promotion_source_name', new_promotion_source_name)}, frozenset({'promotion_source_name'}))
        request = models.PromotionUpdRequest(previous_promotion_info=previous_promotion_info, promotion_info=promotion_info)
        return cast('ErrcodeResponse', await self._call('upd', request))

    async def list(self, *, start: int = 0, limit: int = 20) -> PromotionListResponse:
        """One page of the promoter's promotion spots."""
        request = models.PromotionListRequest(start=start, limit=limit)
        return cast('PromotionListResponse', await self._call('list', request))

    def paginate_list(self, *, page_size: int | None = None, max_items: int = MAX_ITEMS) -> Paginator[PromotionSource, PromotionListResponse]:
        """Every PromotionSource of list across its pages (``async for``), or every page (``.pages()``). The page size defaults to the spec's; the walk stops at the vendor's total or on a page with nothing new, and raises PaginationError (never loops) on a server that does not advance."""
        return paginate(self._client, self._operations['list'], page_size=page_size, max_items=max_items, fixed={})

    async def iter_list(self, *, page_size: int | None = None, max_items: int = MAX_ITEMS) -> AsyncIterator[PromotionSource]:
        """Yield every PromotionSource of list across all pages, each once (see paginate_list)."""
        async for item in self.paginate_list(page_size=page_size, max_items=max_items):
            yield item

    async def delete(self, *, promotion_source_pid: str, promotion_source_name: str) -> ErrcodeResponse:
        """Delete a promotion spot."""
        request = models.PromotionDeleteRequest(promotion_source_pid=promotion_source_pid, promotion_source_name=promotion_source_name)
        return cast('ErrcodeResponse', await self._call('promotion_delete', request))


class PromotionResourceWithRawResponse(BaseResource):
    """Promotion spots (推广位). Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def add(self, *, promotion_source_name: str) -> RawResponse[PromotionAddResponse]:
        """Add a promotion spot. Documented errors: 14005, 14007."""
        request = models.PromotionAddRequest(promotion_source_name=promotion_source_name)
        return cast('RawResponse[PromotionAddResponse]', await self._call_raw('add', request))

    @overload
    async def upd(self, *, promotion_source_pid: str, promotion_source_name: str, new_promotion_source_name: str) -> RawResponse[ErrcodeResponse]: ...
    @overload
    async def upd(self, *, previous_promotion_info: PreviousPromotionInfo, promotion_info: PromotionInfo) -> RawResponse[ErrcodeResponse]: ...
    async def upd(self, *, promotion_source_pid: str | None = None, promotion_source_name: str | None = None, new_promotion_source_name: str | None = None, previous_promotion_info: PreviousPromotionInfo | None = None, promotion_info: PromotionInfo | None = None) -> RawResponse[ErrcodeResponse]:
        """Rename a promotion spot. Documented errors: 14007. Pass either the flat arguments or the nested models."""
        previous_promotion_info = nested(models.PreviousPromotionInfo, previous_promotion_info, 'previous_promotion_info', {'promotion_source_pid': ('promotion_source_pid', promotion_source_pid), 'promotion_source_name': ('promotion_source_name', promotion_source_name)}, frozenset({'promotion_source_pid', 'promotion_source_name'}))
        promotion_info = nested(models.PromotionInfo, promotion_info, 'promotion_info', {'promotion_source_name': ('new_promotion_source_name', new_promotion_source_name)}, frozenset({'promotion_source_name'}))
        request = models.PromotionUpdRequest(previous_promotion_info=previous_promotion_info, promotion_info=promotion_info)
        return cast('RawResponse[ErrcodeResponse]', await self._call_raw('upd', request))

    async def list(self, *, start: int = 0, limit: int = 20) -> RawResponse[PromotionListResponse]:
        """One page of the promoter's promotion spots."""
        request = models.PromotionListRequest(start=start, limit=limit)
        return cast('RawResponse[PromotionListResponse]', await self._call_raw('list', request))

    async def delete(self, *, promotion_source_pid: str, promotion_source_name: str) -> RawResponse[ErrcodeResponse]:
        """Delete a promotion spot."""
        request = models.PromotionDeleteRequest(promotion_source_pid=promotion_source_pid, promotion_source_name=promotion_source_name)
        return cast('RawResponse[ErrcodeResponse]', await self._call_raw('promotion_delete', request))


class ProductResource(BaseResource):
    """The union product pool (全量商品, 联盟精选), categories, share material and tag parsing."""

    _operations = OPERATIONS

    async def category(self) -> ProductCategoryResponse:
        """The level-1 categories of the union product pool."""
        request = models.ProductCategoryRequest()
        return cast('ProductCategoryResponse', await self._call('product_category', request))

    async def list(self, *, offset: int = 0, limit: int = 20, query_type: int | None = None, query: str | None = None, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, has_coupon: HasCoupon | int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, shipping_methods: ShippingMethods | None = None, address_list: Sequence[ShipFromAddress] | None = None) -> ProductListResponse:
        """One page of the whole union product pool, filtered."""
        request = models.ProductListRequest(offset=offset, limit=limit, query_type=query_type, query=query, max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, has_coupon=as_enum(models.HasCoupon, has_coupon, 'has_coupon'), shop_app_ids=as_joined(shop_app_ids, 'shop_app_ids', ','), category_id=category_id, category=as_joined(category, 'category', ','), no_category=as_joined(no_category, 'no_category', ','), product_id=as_joined(product_id, 'product_id', ','), shipping_methods=shipping_methods, address_list=as_list(address_list, 'address_list'))
        return cast('ProductListResponse', await self._call('product_list', request))

    def paginate_list(self, *, query_type: int | None = None, query: str | None = None, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, has_coupon: HasCoupon | int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, shipping_methods: ShippingMethods | None = None, address_list: Sequence[ShipFromAddress] | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> Paginator[UnionProduct, ProductListResponse]:
        """Every UnionProduct of list across its pages (``async for``), or every page (``.pages()``). The page size defaults to the spec's; the walk stops at the vendor's total or on a page with nothing new, and raises PaginationError (never loops) on a server that does not advance."""
        return paginate(self._client, self._operations['product_list'], page_size=page_size, max_items=max_items, fixed={'query_type': query_type, 'query': query, 'max_price': max_price, 'min_price': min_price, 'min_commission_value': min_commission_value, 'min_commission_ratio': min_commission_ratio, 'sort_type': sort_type, 'has_coupon': as_enum(models.HasCoupon, has_coupon, 'has_coupon'), 'shop_app_ids': as_joined(shop_app_ids, 'shop_app_ids', ','), 'category_id': category_id, 'category': as_joined(category, 'category', ','), 'no_category': as_joined(no_category, 'no_category', ','), 'product_id': as_joined(product_id, 'product_id', ','), 'shipping_methods': shipping_methods, 'address_list': as_list(address_list, 'address_list')})

    async def iter_list(self, *, query_type: int | None = None, query: str | None = None, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, has_coupon: HasCoupon | int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, shipping_methods: ShippingMethods | None = None, address_list: Sequence[ShipFromAddress] | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> AsyncIterator[UnionProduct]:
        """Yield every UnionProduct of list across all pages, each once (see paginate_list)."""
        async for item in self.paginate_list(query_type=query_type, query=query, max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, has_coupon=has_coupon, shop_app_ids=shop_app_ids, category_id=category_id, category=category, no_category=no_category, product_id=product_id, shipping_methods=shipping_methods, address_list=address_list, page_size=page_size, max_items=max_items):
            yield item

    async def select(self, *, offset: int = 0, limit: int = 20, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, has_coupon: HasCoupon | int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, shipping_methods: ShippingMethods | None = None, address_list: Sequence[ShipFromAddress] | None = None) -> ProductListResponse:
        """One page of the union's featured products (联盟精选), filtered; no keyword search."""
        request = models.ProductSelectRequest(offset=offset, limit=limit, max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, has_coupon=as_enum(models.HasCoupon, has_coupon, 'has_coupon'), shop_app_ids=as_joined(shop_app_ids, 'shop_app_ids', ','), category_id=category_id, category=as_joined(category, 'category', ','), no_category=as_joined(no_category, 'no_category', ','), product_id=as_joined(product_id, 'product_id', ','), shipping_methods=shipping_methods, address_list=as_list(address_list, 'address_list'))
        return cast('ProductListResponse', await self._call('product_select', request))

    def paginate_select(self, *, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, has_coupon: HasCoupon | int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, shipping_methods: ShippingMethods | None = None, address_list: Sequence[ShipFromAddress] | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> Paginator[UnionProduct, ProductListResponse]:
        """Every UnionProduct of select across its pages (``async for``), or every page (``.pages()``). The page size defaults to the spec's; the walk stops at the vendor's total or on a page with nothing new, and raises PaginationError (never loops) on a server that does not advance."""
        return paginate(self._client, self._operations['product_select'], page_size=page_size, max_items=max_items, fixed={'max_price': max_price, 'min_price': min_price, 'min_commission_value': min_commission_value, 'min_commission_ratio': min_commission_ratio, 'sort_type': sort_type, 'has_coupon': as_enum(models.HasCoupon, has_coupon, 'has_coupon'), 'shop_app_ids': as_joined(shop_app_ids, 'shop_app_ids', ','), 'category_id': category_id, 'category': as_joined(category, 'category', ','), 'no_category': as_joined(no_category, 'no_category', ','), 'product_id': as_joined(product_id, 'product_id', ','), 'shipping_methods': shipping_methods, 'address_list': as_list(address_list, 'address_list')})

    async def iter_select(self, *, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, has_coupon: HasCoupon | int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, shipping_methods: ShippingMethods | None = None, address_list: Sequence[ShipFromAddress] | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> AsyncIterator[UnionProduct]:
        """Yield every UnionProduct of select across all pages, each once (see paginate_select)."""
        async for item in self.paginate_select(max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, has_coupon=has_coupon, shop_app_ids=shop_app_ids, category_id=category_id, category=category, no_category=no_category, product_id=product_id, shipping_methods=shipping_methods, address_list=address_list, page_size=page_size, max_items=max_items):
            yield item

    async def generate(self, *, pid: str, product_list: Sequence[GenerateProductItem]) -> ProductGenerateResponse:
        """Share material (path, short link, text) for products, bound to a promotion spot."""
        request = models.ProductGenerateRequest(pid=pid, product_list=as_list(product_list, 'product_list'))
        return cast('ProductGenerateResponse', await self._call('product_generate', request))

    async def parse_tag(self, *, tag_list: Sequence[str]) -> ParseTagResponse:
        """Resolve promotion #tags to their products. Documented errors: 37027, 201001."""
        request = models.ParseTagRequest(tag_list=as_list(tag_list, 'tag_list'))
        return cast('ParseTagResponse', await self._call('product_parse_tag', request))


class ProductResourceWithRawResponse(BaseResource):
    """The union product pool (全量商品, 联盟精选), categories, share material and tag parsing. Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def category(self) -> RawResponse[ProductCategoryResponse]:
        """The level-1 categories of the union product pool."""
        request = models.ProductCategoryRequest()
        return cast('RawResponse[ProductCategoryResponse]', await self._call_raw('product_category', request))

    async def list(self, *, offset: int = 0, limit: int = 20, query_type: int | None = None, query: str | None = None, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, has_coupon: HasCoupon | int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, shipping_methods: ShippingMethods | None = None, address_list: Sequence[ShipFromAddress] | None = None) -> RawResponse[ProductListResponse]:
        """One page of the whole union product pool, filtered."""
        request = models.ProductListRequest(offset=offset, limit=limit, query_type=query_type, query=query, max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, has_coupon=as_enum(models.HasCoupon, has_coupon, 'has_coupon'), shop_app_ids=as_joined(shop_app_ids, 'shop_app_ids', ','), category_id=category_id, category=as_joined(category, 'category', ','), no_category=as_joined(no_category, 'no_category', ','), product_id=as_joined(product_id, 'product_id', ','), shipping_methods=shipping_methods, address_list=as_list(address_list, 'address_list'))
        return cast('RawResponse[ProductListResponse]', await self._call_raw('product_list', request))

    async def select(self, *, offset: int = 0, limit: int = 20, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, has_coupon: HasCoupon | int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, shipping_methods: ShippingMethods | None = None, address_list: Sequence[ShipFromAddress] | None = None) -> RawResponse[ProductListResponse]:
        """One page of the union's featured products (联盟精选), filtered; no keyword search."""
        request = models.ProductSelectRequest(offset=offset, limit=limit, max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, has_coupon=as_enum(models.HasCoupon, has_coupon, 'has_coupon'), shop_app_ids=as_joined(shop_app_ids, 'shop_app_ids', ','), category_id=category_id, category=as_joined(category, 'category', ','), no_category=as_joined(no_category, 'no_category', ','), product_id=as_joined(product_id, 'product_id', ','), shipping_methods=shipping_methods, address_list=as_list(address_list, 'address_list'))
        return cast('RawResponse[ProductListResponse]', await self._call_raw('product_select', request))

    async def generate(self, *, pid: str, product_list: Sequence[GenerateProductItem]) -> RawResponse[ProductGenerateResponse]:
        """Share material (path, short link, text) for products, bound to a promotion spot."""
        request = models.ProductGenerateRequest(pid=pid, product_list=as_list(product_list, 'product_list'))
        return cast('RawResponse[ProductGenerateResponse]', await self._call_raw('product_generate', request))

    async def parse_tag(self, *, tag_list: Sequence[str]) -> RawResponse[ParseTagResponse]:
        """Resolve promotion #tags to their products. Documented errors: 37027, 201001."""
        request = models.ParseTagRequest(tag_list=as_list(tag_list, 'tag_list'))
        return cast('RawResponse[ParseTagResponse]', await self._call_raw('product_parse_tag', request))


class OpenAccountResource(BaseResource):
    """The bound open platform account and per-unionid custom user parameters (自定义用户参数)."""

    _operations = OPERATIONS

    async def bind(self, *, open_account: str) -> ErrcodeResponse:
        """Bind the promoter's open platform account (same subject; changeable twice a year). Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.OpenAccountBindRequest(open_account=open_account)
        return cast('ErrcodeResponse', await self._call('open_account_bind', request))

    async def get(self) -> OpenAccountGetResponse:
        """The bound open platform account. Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.OpenAccountGetRequest()
        return cast('OpenAccountGetResponse', await self._call('open_account_get', request))

    async def add_customize_info(self, *, unionid: str, customize_info: str) -> ErrcodeResponse:
        """Bind or replace the custom user parameter of a unionid. Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.AddCustomizeInfoRequest(unionid=unionid, customize_info=customize_info)
        return cast('ErrcodeResponse', await self._call('open_account_add_customize_info', request))

    async def delete_customize_info(self, *, unionid: str) -> ErrcodeResponse:
        """Remove the custom user parameter of a unionid. Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.DeleteCustomizeInfoRequest(unionid=unionid)
        return cast('ErrcodeResponse', await self._call('open_account_delete_customize_info', request))

    async def get_customize_info(self, *, unionid: str) -> GetCustomizeInfoResponse:
        """The custom user parameter of a unionid. Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.GetCustomizeInfoRequest(unionid=unionid)
        return cast('GetCustomizeInfoResponse', await self._call('open_account_get_customize_info', request))


class OpenAccountResourceWithRawResponse(BaseResource):
    """The bound open platform account and per-unionid custom user parameters (自定义用户参数). Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def bind(self, *, open_account: str) -> RawResponse[ErrcodeResponse]:
        """Bind the promoter's open platform account (same subject; changeable twice a year). Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.OpenAccountBindRequest(open_account=open_account)
        return cast('RawResponse[ErrcodeResponse]', await self._call_raw('open_account_bind', request))

    async def get(self) -> RawResponse[OpenAccountGetResponse]:
        """The bound open platform account. Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.OpenAccountGetRequest()
        return cast('RawResponse[OpenAccountGetResponse]', await self._call_raw('open_account_get', request))

    async def add_customize_info(self, *, unionid: str, customize_info: str) -> RawResponse[ErrcodeResponse]:
        """Bind or replace the custom user parameter of a unionid. Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.AddCustomizeInfoRequest(unionid=unionid, customize_info=customize_info)
        return cast('RawResponse[ErrcodeResponse]', await self._call_raw('open_account_add_customize_info', request))

    async def delete_customize_info(self, *, unionid: str) -> RawResponse[ErrcodeResponse]:
        """Remove the custom user parameter of a unionid. Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.DeleteCustomizeInfoRequest(unionid=unionid)
        return cast('RawResponse[ErrcodeResponse]', await self._call_raw('open_account_delete_customize_info', request))

    async def get_customize_info(self, *, unionid: str) -> RawResponse[GetCustomizeInfoResponse]:
        """The custom user parameter of a unionid. Documented errors: 200002, 25510, 25503, 25504, 25505, 25506, 25507, 25508, 25509."""
        request = models.GetCustomizeInfoRequest(unionid=unionid)
        return cast('RawResponse[GetCustomizeInfoResponse]', await self._call_raw('open_account_get_customize_info', request))


class OpenProductResource(BaseResource):
    """Products and share material of the custom-component flavour (自定义组件)."""

    _operations = OPERATIONS

    async def list(self, *, offset: int = 0, limit: int = 10, query_type: int | None = None, query: str | None = None, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None) -> OpenProductListResponse:
        """One page of custom-component products (the product/list filters minus hasCoupon)."""
        request = models.OpenProductListRequest(offset=offset, limit=limit, query_type=query_type, query=query, max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, shop_app_ids=as_joined(shop_app_ids, 'shop_app_ids', ','), category_id=category_id, category=as_joined(category, 'category', ','), no_category=as_joined(no_category, 'no_category', ','), product_id=as_joined(product_id, 'product_id', ','))
        return cast('OpenProductListResponse', await self._call('open_product_list', request))

    def paginate_list(self, *, query_type: int | None = None, query: str | None = None, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> Paginator[OpenProduct, OpenProductListResponse]:
        """Every OpenProduct of list across its pages (``async for``), or every page (``.pages()``). The page size defaults to the spec's; the walk stops at the vendor's total or on a page with nothing new, and raises PaginationError (never loops) on a server that does not advance."""
        return paginate(self._client, self._operations['open_product_list'], page_size=page_size, max_items=max_items, fixed={'query_type': query_type, 'query': query, 'max_price': max_price, 'min_price': min_price, 'min_commission_value': min_commission_value, 'min_commission_ratio': min_commission_ratio, 'sort_type': sort_type, 'shop_app_ids': as_joined(shop_app_ids, 'shop_app_ids', ','), 'category_id': category_id, 'category': as_joined(category, 'category', ','), 'no_category': as_joined(no_category, 'no_category', ','), 'product_id': as_joined(product_id, 'product_id', ',')})

    async def iter_list(self, *, query_type: int | None = None, query: str | None = None, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> AsyncIterator[OpenProduct]:
        """Yield every OpenProduct of list across all pages, each once (see paginate_list)."""
        async for item in self.paginate_list(query_type=query_type, query=query, max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, shop_app_ids=shop_app_ids, category_id=category_id, category=category, no_category=no_category, product_id=product_id, page_size=page_size, max_items=max_items):
            yield item

    async def generate(self, *, pid: str, product_list: Sequence[GenerateProductItem], get_short_url: bool | None = None, get_info: bool | None = None) -> OpenProductGenerateResponse:
        """Share material for custom-component products, bound to a promotion spot."""
        request = models.OpenProductGenerateRequest(pid=pid, product_list=as_list(product_list, 'product_list'), get_short_url=get_short_url, get_info=get_info)
        return cast('OpenProductGenerateResponse', await self._call('open_product_generate', request))


class OpenProductResourceWithRawResponse(BaseResource):
    """Products and share material of the custom-component flavour (自定义组件). Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def list(self, *, offset: int = 0, limit: int = 10, query_type: int | None = None, query: str | None = None, max_price: int | None = None, min_price: int | None = None, min_commission_value: int | None = None, min_commission_ratio: int | None = None, sort_type: int | None = None, shop_app_ids: Sequence[str] | str | None = None, category_id: str | None = None, category: Sequence[str] | str | None = None, no_category: Sequence[str] | str | None = None, product_id: Sequence[str] | str | None = None) -> RawResponse[OpenProductListResponse]:
        """One page of custom-component products (the product/list filters minus hasCoupon)."""
        request = models.OpenProductListRequest(offset=offset, limit=limit, query_type=query_type, query=query, max_price=max_price, min_price=min_price, min_commission_value=min_commission_value, min_commission_ratio=min_commission_ratio, sort_type=sort_type, shop_app_ids=as_joined(shop_app_ids, 'shop_app_ids', ','), category_id=category_id, category=as_joined(category, 'category', ','), no_category=as_joined(no_category, 'no_category', ','), product_id=as_joined(product_id, 'product_id', ','))
        return cast('RawResponse[OpenProductListResponse]', await self._call_raw('open_product_list', request))

    async def generate(self, *, pid: str, product_list: Sequence[GenerateProductItem], get_short_url: bool | None = None, get_info: bool | None = None) -> RawResponse[OpenProductGenerateResponse]:
        """Share material for custom-component products, bound to a promotion spot."""
        request = models.OpenProductGenerateRequest(pid=pid, product_list=as_list(product_list, 'product_list'), get_short_url=get_short_url, get_info=get_info)
        return cast('RawResponse[OpenProductGenerateResponse]', await self._call_raw('open_product_generate', request))


class OrderResource(BaseResource):
    """Orders brought by the promoter's links, and their commissions."""

    _operations = OPERATIONS

    async def info(self, *, order_id_list: Sequence[str]) -> OrderInfoResponse:
        """Orders by id, with their lines and commissions."""
        request = models.OrderInfoRequest(order_id_list=as_list(order_id_list, 'order_id_list'))
        return cast('OrderInfoResponse', await self._call('order_info', request))

    async def search(self, *, page: int = 1, page_size: int | None = None, start_timestamp: int | datetime.datetime | None = None, end_timestamp: int | datetime.datetime | None = None, commission_status: CommissionStatus | str | None = None, sort_by_commission_update_time: bool | None = None, start_commission_update_time: int | datetime.datetime | None = None, end_commission_update_time: int | datetime.datetime | None = None) -> OrderSearchResponse:
        """One page of orders by pay time (or commission update time) and commission status."""
        request = models.OrderSearchRequest(page=page, page_size=page_size, start_timestamp=as_unix_time(start_timestamp, 'start_timestamp'), end_timestamp=as_unix_time(end_timestamp, 'end_timestamp'), commission_status=as_enum(models.CommissionStatus, commission_status, 'commission_status'), sort_by_commission_update_time=sort_by_commission_update_time, start_commission_update_time=as_unix_time(start_commission_update_time, 'start_commission_update_time'), end_commission_update_time=as_unix_time(end_commission_update_time, 'end_commission_update_time'))
        return cast('OrderSearchResponse', await self._call('order_search', request))

    def paginate_search(self, *, start_timestamp: int | datetime.datetime | None = None, end_timestamp: int | datetime.datetime | None = None, commission_status: CommissionStatus | str | None = None, sort_by_commission_update_time: bool | None = None, start_commission_update_time: int | datetime.datetime | None = None, end_commission_update_time: int | datetime.datetime | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> Paginator[UnionOrder, OrderSearchResponse]:
        """Every UnionOrder of search across its pages (``async for``), or every page (``.pages()``). The page size defaults to the spec's; the walk stops at the vendor's total or on a page with nothing new, and raises PaginationError (never loops) on a server that does not advance."""
        return paginate(self._client, self._operations['order_search'], page_size=page_size, max_items=max_items, fixed={'start_timestamp': as_unix_time(start_timestamp, 'start_timestamp'), 'end_timestamp': as_unix_time(end_timestamp, 'end_timestamp'), 'commission_status': as_enum(models.CommissionStatus, commission_status, 'commission_status'), 'sort_by_commission_update_time': sort_by_commission_update_time, 'start_commission_update_time': as_unix_time(start_commission_update_time, 'start_commission_update_time'), 'end_commission_update_time': as_unix_time(end_commission_update_time, 'end_commission_update_time')})

    async def iter_search(self, *, start_timestamp: int | datetime.datetime | None = None, end_timestamp: int | datetime.datetime | None = None, commission_status: CommissionStatus | str | None = None, sort_by_commission_update_time: bool | None = None, start_commission_update_time: int | datetime.datetime | None = None, end_commission_update_time: int | datetime.datetime | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> AsyncIterator[UnionOrder]:
        """Yield every UnionOrder of search across all pages, each once (see paginate_search)."""
        async for item in self.paginate_search(start_timestamp=start_timestamp, end_timestamp=end_timestamp, commission_status=commission_status, sort_by_commission_update_time=sort_by_commission_update_time, start_commission_update_time=start_commission_update_time, end_commission_update_time=end_commission_update_time, page_size=page_size, max_items=max_items):
            yield item

    async def search_normal_order(self, *, offset: int = 0, limit: int = 10, query: str | None = None, order_id: str | None = None, out_order_id: str | None = None, out_order_id_list: Sequence[str] | str | None = None, trade_no: str | None = None, transaction_id_list: Sequence[str] | str | None = None, start_pay_time: int | datetime.datetime | None = None, end_pay_time: int | datetime.datetime | None = None, commission_status: Sequence[str] | str | None = None, start_status_update_time: int | datetime.datetime | None = None, end_status_update_time: int | datetime.datetime | None = None, sort_by: NormalOrderSortBy | str | None = None, sort_order: SortOrder | str | None = None) -> NormalOrderSearchResponse:
        """One page of custom-component orders, searched and filtered (offset/limit paging)."""
        request = models.OrderSearchNormalOrderRequest(offset=offset, limit=limit, query=query, order_id=order_id, out_order_id=out_order_id, out_order_id_list=as_joined(out_order_id_list, 'out_order_id_list', ','), trade_no=trade_no, transaction_id_list=as_joined(transaction_id_list, 'transaction_id_list', ','), start_pay_time=as_unix_time(start_pay_time, 'start_pay_time'), end_pay_time=as_unix_time(end_pay_time, 'end_pay_time'), commission_status=as_joined(commission_status, 'commission_status', ','), start_status_update_time=as_unix_time(start_status_update_time, 'start_status_update_time'), end_status_update_time=as_unix_time(end_status_update_time, 'end_status_update_time'), sort_by=as_enum(models.NormalOrderSortBy, sort_by, 'sort_by'), sort_order=as_enum(models.SortOrder, sort_order, 'sort_order'))
        return cast('NormalOrderSearchResponse', await self._call('order_search_normal_order', request))

    def paginate_search_normal_order(self, *, query: str | None = None, order_id: str | None = None, out_order_id: str | None = None, out_order_id_list: Sequence[str] | str | None = None, trade_no: str | None = None, transaction_id_list: Sequence[str] | str | None = None, start_pay_time: int | datetime.datetime | None = None, end_pay_time: int | datetime.datetime | None = None, commission_status: Sequence[str] | str | None = None, start_status_update_time: int | datetime.datetime | None = None, end_status_update_time: int | datetime.datetime | None = None, sort_by: NormalOrderSortBy | str | None = None, sort_order: SortOrder | str | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> Paginator[NormalOrder, NormalOrderSearchResponse]:
        """Every NormalOrder of search_normal_order across its pages (``async for``), or every page (``.pages()``). The page size defaults to the spec's; the walk stops at the vendor's total or on a page with nothing new, and raises PaginationError (never loops) on a server that does not advance."""
        return paginate(self._client, self._operations['order_search_normal_order'], page_size=page_size, max_items=max_items, fixed={'query': query, 'order_id': order_id, 'out_order_id': out_order_id, 'out_order_id_list': as_joined(out_order_id_list, 'out_order_id_list', ','), 'trade_no': trade_no, 'transaction_id_list': as_joined(transaction_id_list, 'transaction_id_list', ','), 'start_pay_time': as_unix_time(start_pay_time, 'start_pay_time'), 'end_pay_time': as_unix_time(end_pay_time, 'end_pay_time'), 'commission_status': as_joined(commission_status, 'commission_status', ','), 'start_status_update_time': as_unix_time(start_status_update_time, 'start_status_update_time'), 'end_status_update_time': as_unix_time(end_status_update_time, 'end_status_update_time'), 'sort_by': as_enum(models.NormalOrderSortBy, sort_by, 'sort_by'), 'sort_order': as_enum(models.SortOrder, sort_order, 'sort_order')})

    async def iter_search_normal_order(self, *, query: str | None = None, order_id: str | None = None, out_order_id: str | None = None, out_order_id_list: Sequence[str] | str | None = None, trade_no: str | None = None, transaction_id_list: Sequence[str] | str | None = None, start_pay_time: int | datetime.datetime | None = None, end_pay_time: int | datetime.datetime | None = None, commission_status: Sequence[str] | str | None = None, start_status_update_time: int | datetime.datetime | None = None, end_status_update_time: int | datetime.datetime | None = None, sort_by: NormalOrderSortBy | str | None = None, sort_order: SortOrder | str | None = None, page_size: int | None = None, max_items: int = MAX_ITEMS) -> AsyncIterator[NormalOrder]:
        """Yield every NormalOrder of search_normal_order across all pages, each once (see paginate_search_normal_order)."""
        async for item in self.paginate_search_normal_order(query=query, order_id=order_id, out_order_id=out_order_id, out_order_id_list=out_order_id_list, trade_no=trade_no, transaction_id_list=transaction_id_list, start_pay_time=start_pay_time, end_pay_time=end_pay_time, commission_status=commission_status, start_status_update_time=start_status_update_time, end_status_update_time=end_status_update_time, sort_by=sort_by, sort_order=sort_order, page_size=page_size, max_items=max_items):
            yield item


class OrderResourceWithRawResponse(BaseResource):
    """Orders brought by the promoter's links, and their commissions. Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def info(self, *, order_id_list: Sequence[str]) -> RawResponse[OrderInfoResponse]:
        """Orders by id, with their lines and commissions."""
        request = models.OrderInfoRequest(order_id_list=as_list(order_id_list, 'order_id_list'))
        return cast('RawResponse[OrderInfoResponse]', await self._call_raw('order_info', request))

    async def search(self, *, page: int = 1, page_size: int | None = None, start_timestamp: int | datetime.datetime | None = None, end_timestamp: int | datetime.datetime | None = None, commission_status: CommissionStatus | str | None = None, sort_by_commission_update_time: bool | None = None, start_commission_update_time: int | datetime.datetime | None = None, end_commission_update_time: int | datetime.datetime | None = None) -> RawResponse[OrderSearchResponse]:
        """One page of orders by pay time (or commission update time) and commission status."""
        request = models.OrderSearchRequest(page=page, page_size=page_size, start_timestamp=as_unix_time(start_timestamp, 'start_timestamp'), end_timestamp=as_unix_time(end_timestamp, 'end_timestamp'), commission_status=as_enum(models.CommissionStatus, commission_status, 'commission_status'), sort_by_commission_update_time=sort_by_commission_update_time, start_commission_update_time=as_unix_time(start_commission_update_time, 'start_commission_update_time'), end_commission_update_time=as_unix_time(end_commission_update_time, 'end_commission_update_time'))
        return cast('RawResponse[OrderSearchResponse]', await self._call_raw('order_search', request))

    async def search_normal_order(self, *, offset: int = 0, limit: int = 10, query: str | None = None, order_id: str | None = None, out_order_id: str | None = None, out_order_id_list: Sequence[str] | str | None = None, trade_no: str | None = None, transaction_id_list: Sequence[str] | str | None = None, start_pay_time: int | datetime.datetime | None = None, end_pay_time: int | datetime.datetime | None = None, commission_status: Sequence[str] | str | None = None, start_status_update_time: int | datetime.datetime | None = None, end_status_update_time: int | datetime.datetime | None = None, sort_by: NormalOrderSortBy | str | None = None, sort_order: SortOrder | str | None = None) -> RawResponse[NormalOrderSearchResponse]:
        """One page of custom-component orders, searched and filtered (offset/limit paging)."""
        request = models.OrderSearchNormalOrderRequest(offset=offset, limit=limit, query=query, order_id=order_id, out_order_id=out_order_id, out_order_id_list=as_joined(out_order_id_list, 'out_order_id_list', ','), trade_no=trade_no, transaction_id_list=as_joined(transaction_id_list, 'transaction_id_list', ','), start_pay_time=as_unix_time(start_pay_time, 'start_pay_time'), end_pay_time=as_unix_time(end_pay_time, 'end_pay_time'), commission_status=as_joined(commission_status, 'commission_status', ','), start_status_update_time=as_unix_time(start_status_update_time, 'start_status_update_time'), end_status_update_time=as_unix_time(end_status_update_time, 'end_status_update_time'), sort_by=as_enum(models.NormalOrderSortBy, sort_by, 'sort_by'), sort_order=as_enum(models.SortOrder, sort_order, 'sort_order'))
        return cast('RawResponse[NormalOrderSearchResponse]', await self._call_raw('order_search_normal_order', request))
