"""msgspec Structs of the plan_info answer, for the decode benchmark.

Note: msgspec Structs DROP unknown wire fields (there is no "keep extras" option), which promosdk
and the pydantic models (``extra="allow"``) keep, so msgspec does less work. Decoded with
``strict=False`` so that ints sent as strings (``"totalStockNum": "128"``) are accepted, as the
other two accept them. Open enums are plain ``int``. The product/list Structs mirror which fields
promosdk requires; nested objects no sample sends are plain dicts.
"""

from __future__ import annotations

from typing import Any

import msgspec


class Wire(msgspec.Struct, rename="camel", kw_only=True):
    pass


class BizBasicInfo(Wire):
    headimgurl: str | None = None
    nickname: str | None = None
    appid: str | None = None


class ExtInfo(Wire):
    biz_basic_info: BizBasicInfo | None = None
    data: dict[str, Any] | None = None


class TargetPlanInfo(Wire):
    plan_id: str | None = None
    plan_status: int | None = None
    plan_name: str | None = None
    plan_desc: str | None = None
    plan_start_time: int | None = None
    plan_end_time: int | None = None
    ext_info: ExtInfo | None = None


class Category(Wire):
    cat_id: str | None = None
    name: str | None = None


class ProductDetail(Wire):
    detail_img: list[str] | None = None
    detail_videos: list[Any] | None = None
    detail_video_info: list[Any] | None = None
    desc: str | None = None


class StockInfo(Wire):
    stock_num: int | None = None


class ProductSkuInfo(Wire):
    thumb_img: str | None = None
    sale_price: int | None = None
    market_price: int | None = None
    stock_info: StockInfo | None = None
    sku_code: str | None = None


class Sku(Wire):
    sku_id: str | None = None
    product_sku_info: ProductSkuInfo | None = None
    status: int | None = None


class SkuIdList(Wire):
    sku_ids: list[str] | None = None


class SkuPrice(Wire):
    sku_id: str | None = None
    price: int | None = None


class SkuList(Wire):
    sku_info: list[SkuPrice] | None = None
    min_price: int | None = None
    max_price: int | None = None


class ServiceDesc(Wire):
    service_list: list[Any] | None = None
    desc: str | None = None


class ExpressInfo(Wire):
    template_id: str | None = None


class SnapshotInfo(Wire):
    snapshot_id: str | None = None


class SpuLimited(Wire):
    period_type: int | None = None
    limited_buy_num: int | None = None


class GroupbuyInfo(Wire):
    sku_list: list[Any] | None = None


class ProductDetailInfo(Wire):
    title: str | None = None
    sub_title: str | None = None
    head_img: list[str] | None = None
    category: list[Category] | None = None
    brand: str | None = None
    brand_id: str | None = None
    model: str | None = None
    detail: ProductDetail | None = None
    param: list[Any] | None = None
    min_price: int | None = None
    total_stock_num: int | None = None
    total_sold_num: int | None = None
    skus: list[Sku] | None = None
    attr: list[Any] | None = None
    shopcat_id: list[Any] | None = None
    qualification_url: list[Any] | None = None
    third_category_histories: list[Any] | None = None
    head_video_info: list[Any] | None = None
    labels: list[Any] | None = None
    sku_id_list: SkuIdList | None = None
    sku_list: SkuList | None = None
    listing_time: int | None = None
    service_desc: ServiceDesc | None = None
    express_info: ExpressInfo | None = None
    appid_for_media: str | None = None
    snapshot_info: SnapshotInfo | None = None
    total_order_num: int | None = None
    total_visit_num: int | None = None
    upload_source: int | None = None
    spu_limited: SpuLimited | None = None
    origin_upload_source: int | None = None
    groupbuy_info: GroupbuyInfo | None = None
    virtual_type: int | None = None
    product_type: int | None = None


class LeagueExInfo(Wire):
    has_commission: int | None = None
    commission_ratio: int | None = None
    commission_value: int | None = None
    ban_bizuin: int | None = None
    ban_category: int | None = None
    ban_product: int | None = None


class DiscountCondition(Wire):
    product_ids: list[str] | None = None
    product_cnt: int | None = None
    product_price: int | None = None


class DiscountInfo(Wire):
    discount_condition: DiscountCondition | None = None
    discount_num: int | None = None
    discount_fee: int | None = None


class ValidInfo(Wire):
    valid_type: int | None = None
    valid_day_num: int | None = None
    start_time: str | None = None
    end_time: str | None = None


class ReceiveInfo(Wire):
    start_time: str | None = None
    end_time: str | None = None
    limit_num_one_person: int | None = None


class CouponDetail(Wire):
    rest_num: int | None = None
    type: int | None = None
    discount_info: DiscountInfo | None = None
    valid_info: ValidInfo | None = None
    receive_info: ReceiveInfo | None = None


class CouponInfo(Wire):
    has_coupon: int | None = None
    coupon_id: str | None = None
    coupon_detail: CouponDetail | None = None
    all_coupon_ids: list[str] | None = None
    discount: str | None = None


class ProductInfo(Wire):
    plan_id: str | None = None
    product_id: str | None = None
    product_status: int | None = None
    commission_ratio: int | None = None
    product_detail_info: ProductDetailInfo | None = None
    league_ex_info: LeagueExInfo | None = None
    coupon_info: CouponInfo | None = None


class PlanInfoResponse(Wire):
    errcode: int | None = None
    errmsg: str | None = None
    target_plan_info: TargetPlanInfo | None = None
    product_list_info: list[ProductInfo] | None = None


class ProductParam(Wire):
    key: str | None = None
    value: str | None = None


class ShopInfo(Wire, kw_only=True):  # required fields after optional ones
    app_id: str | None = None
    name: str
    username: str | None = None
    head_img_url: str
    shipping_methods: dict[str, Any] | None = None
    address_list: list[dict[str, Any]] = []
    same_city_template: dict[str, Any] | None = None
    freight_template: dict[str, Any] | None = None


class UnionProductInfo(Wire, kw_only=True):  # required fields after optional ones
    title: str
    sub_title: str | None = None
    head_img: list[str] = []
    category: list[Category] = []
    brand: str | None = None
    brand_id: str | None = None
    model: str | None = None
    detail: ProductDetail | None = None
    param: list[ProductParam] = []
    min_price: int
    express_info: ExpressInfo | None = None
    total_stock_num: int
    total_sold_num: int | None = None
    total_order_num: int | None = None
    discount_price: int | None = None
    discount: int | None = None


class UnionProductDetail(Wire, kw_only=True):  # required fields after optional ones
    product_id: str
    status: int
    info: UnionProductInfo
    skus: list[Sku] = []


class UnionProduct(Wire, kw_only=True):  # required fields after optional ones
    product_id: str
    app_id: str | None = None
    product: UnionProductDetail
    league_ex_info: LeagueExInfo
    shop_info: ShopInfo
    coupon_info: CouponInfo | None = None


class ProductListResponse(Wire, kw_only=True):  # required fields after optional ones
    errcode: int | None = None
    errmsg: str | None = None
    total: int
    product_list: list[UnionProduct] = []


plan_info_decoder: msgspec.json.Decoder[PlanInfoResponse] = msgspec.json.Decoder(
    PlanInfoResponse, strict=False
)
product_list_decoder: msgspec.json.Decoder[ProductListResponse] = msgspec.json.Decoder(
    ProductListResponse, strict=False
)
