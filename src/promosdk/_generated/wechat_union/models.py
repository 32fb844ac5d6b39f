# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""Models of WeChat Mini Program Union — promoter API."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from promosdk._enums import OpenIntEnum, OpenStrEnum
from promosdk._public import UnsetList, publish
from promosdk._redact import redacted_repr
from promosdk._serde_scalars import yuan_to_fen

__all__ = [
    "AccessTokenResponse",
    "AddCustomizeInfoRequest",
    "AddressInfo",
    "ApplyStatusData",
    "ApplyStatusRequest",
    "ApplyStatusResponse",
    "ApplyTargetRequest",
    "BizBasicInfo",
    "Category",
    "CommissionStatus",
    "CouponDetail",
    "CouponInfo",
    "DeleteCustomizeInfoRequest",
    "DeliverScopeType",
    "DiscountCondition",
    "DiscountInfo",
    "ErrcodeResponse",
    "ExpressInfo",
    "ExtInfo",
    "FreightTemplate",
    "GenerateProductItem",
    "GeneratedProductInfo",
    "GetCustomizeInfoRequest",
    "GetCustomizeInfoResponse",
    "GrantType",
    "GroupbuyInfo",
    "HasCommission",
    "HasCoupon",
    "LeagueExInfo",
    "NormalOrder",
    "NormalOrderCommissionStatus",
    "NormalOrderInfo",
    "NormalOrderProduct",
    "NormalOrderSearchResponse",
    "NormalOrderShop",
    "NormalOrderSortBy",
    "NotSendArea",
    "OpenAccountBindRequest",
    "OpenAccountGetRequest",
    "OpenAccountGetResponse",
    "OpenGeneratedProductInfo",
    "OpenProduct",
    "OpenProductDetail",
    "OpenProductGenerateRequest",
    "OpenProductGenerateResponse",
    "OpenProductInfo",
    "OpenProductListRequest",
    "OpenProductListResponse",
    "OpenProductPromotion",
    "OpenProductSku",
    "OpenProductSkuInfo",
    "OpenShareInfo",
    "OrderInfoRequest",
    "OrderInfoResponse",
    "OrderProduct",
    "OrderSearchNormalOrderRequest",
    "OrderSearchRequest",
    "OrderSearchResponse",
    "ParseTagRequest",
    "ParseTagResponse",
    "ParsedTag",
    "PlanInfoRequest",
    "PlanInfoResponse",
    "PlanStatus",
    "PreviousPromotionInfo",
    "ProductCategoryRequest",
    "ProductCategoryResponse",
    "ProductDetail",
    "ProductDetailInfo",
    "ProductGenerateRequest",
    "ProductGenerateResponse",
    "ProductInfo",
    "ProductListRequest",
    "ProductListResponse",
    "ProductParam",
    "ProductPromotion",
    "ProductSelectRequest",
    "ProductSkuInfo",
    "ProductSource",
    "PromoterStatus",
    "PromotionAddRequest",
    "PromotionAddResponse",
    "PromotionDeleteRequest",
    "PromotionInfo",
    "PromotionListRequest",
    "PromotionListResponse",
    "PromotionSource",
    "PromotionUpdRequest",
    "ReceiveInfo",
    "SameCityTemplate",
    "ServiceDesc",
    "ShareInfo",
    "ShipFromAddress",
    "ShippingMethods",
    "ShopInfo",
    "Sku",
    "SkuIdList",
    "SkuList",
    "SkuPrice",
    "SnapshotInfo",
    "SortOrder",
    "SpuLimited",
    "StableTokenRequest",
    "StockInfo",
    "TargetPlanInfo",
    "TokenRequest",
    "UnionOrder",
    "UnionProduct",
    "UnionProductDetail",
    "UnionProductInfo",
    "ValidInfo",
    "ValidType",
]


class GrantType(OpenStrEnum):
    """The only grant type WeChat supports for server tokens."""

    CLIENT_CREDENTIAL = "client_credential"


@redacted_repr
@define(kw_only=True)
class StableTokenRequest:
    """Body of POST /cgi-bin/stable_token."""

    grant_type: GrantType = field(metadata={"wire": "grant_type"})
    appid: str = field(metadata={"wire": "appid"})
    """The app id (wx...)."""
    secret: str = field(metadata={"wire": "secret"}, repr=False)
    """The app secret. Never logged."""
    force_refresh: bool | None = field(default=False, metadata={"wire": "force_refresh"})
    """true invalidates the previous token; limited to 20 calls a day, 30 s apart."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class AccessTokenResponse:
    """Answer of both token endpoints (errors are raised before this model is built)."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    """Error code; absent or 0 on success."""
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    """Error message."""
    access_token: str = field(metadata={"wire": "access_token"}, repr=False)
    """The token (store at least 512 characters)."""
    expires_in: int | None = field(default=None, metadata={"wire": "expires_in"})
    """Seconds the token stays valid (at most 7200)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


class PlanStatus(OpenIntEnum):
    """State of a targeted plan. Documented as a string, sent as a number."""

    NOT_IN_FORCE = 0
    EFFECTIVE = 1
    INVALID = 2


class PromoterStatus(OpenIntEnum):
    """State of the promoter's application to a targeted plan."""

    CAN_APPLY = 0
    PENDING_AUDIT = 1
    AGREED = 2
    REJECTED = 3
    NOT_REGISTERED = 999


class HasCommission(OpenIntEnum):
    """Whether the product pays a commission."""

    NO = 0
    YES = 1


class HasCoupon(OpenIntEnum):
    """Whether the product has a union coupon (1) or not (0)."""

    NO = 0
    YES = 1


class ValidType(OpenIntEnum):
    """How a coupon's validity is given: 1 a fixed time interval, 2 a number of days."""

    TIME_RANGE = 1
    DAYS_AFTER_RECEIPT = 2


@redacted_repr
@define(kw_only=True)
class BizBasicInfo:
    """Basic information of the shop behind a plan (example only)."""

    headimgurl: str | None = field(default=None, metadata={"wire": "headimgurl"})
    """Shop avatar URL."""
    nickname: str | None = field(default=None, metadata={"wire": "nickname"})
    """Shop name."""
    appid: str | None = field(default=None, metadata={"wire": "appid"})
    """The shop's app id."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ExtInfo:
    """Basic information of the shop. Documented as a string, sent as an object."""

    biz_basic_info: BizBasicInfo | None = field(default=None, metadata={"wire": "bizBasicInfo"})
    data: dict[str, Any] | None = field(default=None, metadata={"wire": "data"})
    """Free-form extra data."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class TargetPlanInfo:
    """A targeted plan."""

    plan_id: str = field(metadata={"wire": "planId"})
    """Plan ID."""
    plan_status: PlanStatus = field(metadata={"wire": "planStatus"})
    plan_name: str = field(metadata={"wire": "planName"})
    """Plan name."""
    plan_desc: str = field(metadata={"wire": "planDesc"})
    """Plan description."""
    plan_start_time: int = field(metadata={"wire": "planStartTime"})
    """Plan start time (Unix seconds)."""
    plan_end_time: int = field(metadata={"wire": "planEndTime"})
    """Plan end time (Unix seconds)."""
    ext_info: ExtInfo | None = field(default=None, metadata={"wire": "extInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class Category:
    """A product category."""

    cat_id: str | None = field(default=None, metadata={"wire": "catId"})
    """Category ID (documented as Object, sent as a string)."""
    name: str | None = field(default=None, metadata={"wire": "name"})
    """Category name."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductDetail:
    """Detailed product data."""

    detail_img: list[str] = field(factory=UnsetList, metadata={"wire": "detailImg"})
    """Detail pictures."""
    detail_videos: list[Any] = field(factory=UnsetList, metadata={"wire": "detailVideos"})
    """Detail videos (example only)."""
    detail_video_info: list[Any] = field(factory=UnsetList, metadata={"wire": "detailVideoInfo"})
    """Detail video info (example only)."""
    desc: str | None = field(default=None, metadata={"wire": "desc"})
    """Description text (example only)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class StockInfo:
    stock_num: int = field(metadata={"wire": "stockNum"})
    """SKU stock."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductSkuInfo:
    thumb_img: str | None = field(default=None, metadata={"wire": "thumbImg"})
    """SKU thumbnail."""
    sale_price: int = field(metadata={"wire": "salePrice"})
    """SKU sale price in cents."""
    market_price: int = field(metadata={"wire": "marketPrice"})
    """SKU market price in cents."""
    stock_info: StockInfo = field(metadata={"wire": "stockInfo"})
    sku_code: str | None = field(default=None, metadata={"wire": "skuCode"})
    """The merchant's SKU code (product/list and select; "" in the samples)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class Sku:
    """A product SKU."""

    sku_id: str = field(metadata={"wire": "skuId"})
    """SKU ID."""
    product_sku_info: ProductSkuInfo = field(metadata={"wire": "productSkuInfo"})
    status: int | None = field(default=None, metadata={"wire": "status"})
    """SKU listing status (product/list and select; sample 5, values not documented)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class SkuIdList:
    """SKU ids of the product (example only)."""

    sku_ids: list[str] = field(factory=UnsetList, metadata={"wire": "skuIds"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class SkuPrice:
    sku_id: str | None = field(default=None, metadata={"wire": "skuId"})
    price: int | None = field(default=None, metadata={"wire": "price"})
    """Price in cents."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class SkuList:
    """SKU prices of the product (example only)."""

    sku_info: list[SkuPrice] = field(factory=UnsetList, metadata={"wire": "skuInfo"})
    min_price: int | None = field(default=None, metadata={"wire": "minPrice"})
    """Lowest SKU price in cents."""
    max_price: int | None = field(default=None, metadata={"wire": "maxPrice"})
    """Highest SKU price in cents."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ServiceDesc:
    service_list: list[Any] = field(factory=UnsetList, metadata={"wire": "serviceList"})
    desc: str | None = field(default=None, metadata={"wire": "desc"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ExpressInfo:
    template_id: str | None = field(default=None, metadata={"wire": "templateId"})
    """Shipping template id."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class SnapshotInfo:
    snapshot_id: str | None = field(default=None, metadata={"wire": "snapshotId"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class SpuLimited:
    period_type: int | None = field(default=None, metadata={"wire": "periodType"})
    limited_buy_num: int | None = field(default=None, metadata={"wire": "limitedBuyNum"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class GroupbuyInfo:
    sku_list: list[Any] = field(factory=UnsetList, metadata={"wire": "skuList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductDetailInfo:
    """Product information. Fields marked "example only" are not in the table."""

    title: str | None = field(default=None, metadata={"wire": "title"})
    """Product title."""
    sub_title: str | None = field(default=None, metadata={"wire": "subTitle"})
    """Product subtitle."""
    head_img: list[str] = field(factory=UnsetList, metadata={"wire": "headImg"})
    """Main pictures."""
    category: list[Category] = field(factory=UnsetList, metadata={"wire": "category"})
    """Categories."""
    brand: str | None = field(default=None, metadata={"wire": "brand"})
    """Brand name."""
    brand_id: str | None = field(default=None, metadata={"wire": "brandId"})
    """Brand ID."""
    model: str | None = field(default=None, metadata={"wire": "model"})
    """Model."""
    detail: ProductDetail | None = field(default=None, metadata={"wire": "detail"})
    param: list[Any] = field(factory=UnsetList, metadata={"wire": "param"})
    """Product parameters."""
    min_price: int | None = field(default=None, metadata={"wire": "minPrice"})
    """Lowest unit price in cents."""
    total_stock_num: int | None = field(
        default=None, metadata={"wire": "totalStockNum", "wire_type": "string"}
    )
    """Total stock (documented as a number, sent as a string)."""
    total_sold_num: int | None = field(default=None, metadata={"wire": "totalSoldNum", "wire_type": "string"})
    """Cumulative sales (documented as a number, sent as a string)."""
    skus: list[Sku] = field(factory=UnsetList, metadata={"wire": "skus"})
    """SKUs."""
    attr: list[Any] = field(factory=UnsetList, metadata={"wire": "attr"})
    """Attributes (example only)."""
    shopcat_id: list[Any] = field(factory=UnsetList, metadata={"wire": "shopcatId"})
    """Shop categories (example only)."""
    qualification_url: list[Any] = field(factory=UnsetList, metadata={"wire": "qualificationUrl"})
    """Qualification URLs (example only)."""
    third_category_histories: list[Any] = field(
        factory=UnsetList, metadata={"wire": "thirdCategoryHistories"}
    )
    """(example only)."""
    head_video_info: list[Any] = field(factory=UnsetList, metadata={"wire": "headVideoInfo"})
    """(example only)."""
    labels: list[Any] = field(factory=UnsetList, metadata={"wire": "labels"})
    """(example only)."""
    sku_id_list: SkuIdList | None = field(default=None, metadata={"wire": "skuIdList"})
    sku_list: SkuList | None = field(default=None, metadata={"wire": "skuList"})
    listing_time: int | None = field(default=None, metadata={"wire": "listingTime", "wire_type": "string"})
    """Listing time, Unix seconds (sent as a string)."""
    service_desc: ServiceDesc | None = field(default=None, metadata={"wire": "serviceDesc"})
    express_info: ExpressInfo | None = field(default=None, metadata={"wire": "expressInfo"})
    appid_for_media: str | None = field(default=None, metadata={"wire": "appidForMedia"})
    """(example only)."""
    snapshot_info: SnapshotInfo | None = field(default=None, metadata={"wire": "snapshotInfo"})
    total_order_num: int | None = field(
        default=None, metadata={"wire": "totalOrderNum", "wire_type": "string"}
    )
    """Total orders (example only, sent as a string)."""
    total_visit_num: int | None = field(
        default=None, metadata={"wire": "totalVisitNum", "wire_type": "string"}
    )
    """Total visits (example only, sent as a string)."""
    upload_source: int | None = field(default=None, metadata={"wire": "uploadSource"})
    """(example only)."""
    spu_limited: SpuLimited | None = field(default=None, metadata={"wire": "spuLimited"})
    origin_upload_source: int | None = field(default=None, metadata={"wire": "originUploadSource"})
    """(example only)."""
    groupbuy_info: GroupbuyInfo | None = field(default=None, metadata={"wire": "groupbuyInfo"})
    virtual_type: int | None = field(default=None, metadata={"wire": "virtualType"})
    """(example only)."""
    product_type: int | None = field(default=None, metadata={"wire": "productType"})
    """(example only)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class LeagueExInfo:
    """Commission information."""

    has_commission: HasCommission = field(metadata={"wire": "hasCommission"})
    commission_ratio: int = field(metadata={"wire": "commissionRatio"})
    """Commission ratio in 1/10,000 (700 = 7%)."""
    commission_value: int = field(metadata={"wire": "commissionValue"})
    """Commission amount per unit, in cents."""
    ban_bizuin: int | None = field(default=None, metadata={"wire": "banBizuin"})
    """(example only)."""
    ban_category: int | None = field(default=None, metadata={"wire": "banCategory"})
    """(example only)."""
    ban_product: int | None = field(default=None, metadata={"wire": "banProduct"})
    """(example only)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class DiscountCondition:
    product_ids: list[str] = field(factory=UnsetList, metadata={"wire": "productIds"})
    """Product ids the coupon applies to."""
    product_cnt: int | None = field(default=None, metadata={"wire": "productCnt"})
    """Number of products required."""
    product_price: int | None = field(default=None, metadata={"wire": "productPrice"})
    """Order amount required, in cents."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class DiscountInfo:
    """Coupon denomination."""

    discount_condition: DiscountCondition | None = field(default=None, metadata={"wire": "discountCondition"})
    discount_num: int | None = field(default=None, metadata={"wire": "discountNum"})
    """Discount rate times 1000 (a 5.1折 discount is 5100)."""
    discount_fee: int | None = field(default=None, metadata={"wire": "discountFee"})
    """Amount taken off, in cents."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ValidInfo:
    """Coupon validity."""

    valid_type: ValidType | None = field(default=None, metadata={"wire": "validType"})
    valid_day_num: int | None = field(default=None, metadata={"wire": "validDayNum"})
    """Days the coupon stays valid (validType 2)."""
    start_time: str | None = field(default=None, metadata={"wire": "startTime"})
    """Validity start time."""
    end_time: str | None = field(default=None, metadata={"wire": "endTime"})
    """Validity end time."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ReceiveInfo:
    """When the coupon can be collected."""

    start_time: str | None = field(default=None, metadata={"wire": "startTime"})
    """Collection start time (timestamp)."""
    end_time: str | None = field(default=None, metadata={"wire": "endTime"})
    """Collection end time (timestamp)."""
    limit_num_one_person: int | None = field(default=None, metadata={"wire": "limitNumOnePerson"})
    """Coupons one person may collect."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class CouponDetail:
    """Coupon details."""

    rest_num: int | None = field(default=None, metadata={"wire": "restNum"})
    """Coupons left."""
    type: int | None = field(default=None, metadata={"wire": "type"})
    """Coupon type."""
    discount_info: DiscountInfo | None = field(default=None, metadata={"wire": "discountInfo"})
    valid_info: ValidInfo | None = field(default=None, metadata={"wire": "validInfo"})
    receive_info: ReceiveInfo | None = field(default=None, metadata={"wire": "receiveInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class CouponInfo:
    """Coupon information."""

    has_coupon: HasCoupon | None = field(default=None, metadata={"wire": "hasCoupon"})
    coupon_id: str | None = field(default=None, metadata={"wire": "couponId"})
    """Coupon id ("0" when there is none)."""
    coupon_detail: CouponDetail | None = field(default=None, metadata={"wire": "couponDetail"})
    all_coupon_ids: list[str] = field(factory=UnsetList, metadata={"wire": "allCouponIds"})
    """(example only)."""
    discount: str | None = field(default=None, metadata={"wire": "discount"})
    """(example only)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductInfo:
    """A product of a targeted plan."""

    plan_id: str = field(metadata={"wire": "planId"})
    """Plan ID."""
    product_id: str = field(metadata={"wire": "productId"})
    """Product ID."""
    product_status: int = field(metadata={"wire": "productStatus"})
    """Product status."""
    commission_ratio: int = field(metadata={"wire": "commissionRatio"})
    """Commission ratio in 1/10,000."""
    product_detail_info: ProductDetailInfo = field(metadata={"wire": "productDetailInfo"})
    league_ex_info: LeagueExInfo = field(metadata={"wire": "leagueExInfo"})
    coupon_info: CouponInfo = field(metadata={"wire": "couponInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PlanInfoResponse:
    """Answer of plan_info."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    target_plan_info: TargetPlanInfo = field(metadata={"wire": "targetPlanInfo"})
    product_list_info: list[ProductInfo] = field(factory=UnsetList, metadata={"wire": "productListInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ApplyTargetRequest:
    plan_id: str = field(metadata={"wire": "planId"})
    """Targeted plan ID (base64 format)."""
    apply_reason: str = field(metadata={"wire": "applyReason"})
    """Why the promoter wants to join. The length limit (202006) is not documented."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ErrcodeResponse:
    """The bare errcode/errmsg answer of write operations."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ApplyStatusData:
    """The promoter's application to a plan."""

    plan_id: str = field(metadata={"wire": "planId"})
    """Plan ID."""
    promoter_status: PromoterStatus = field(metadata={"wire": "promoterStatus"})
    apply_time: int = field(metadata={"wire": "applyTime"})
    """Application time (Unix seconds)."""
    join_time: int = field(metadata={"wire": "joinTime"})
    """Join time (Unix seconds; 0 when not joined)."""
    apply_reason: str = field(metadata={"wire": "applyReason"})
    """The reason given when applying."""
    reject_time: int = field(metadata={"wire": "rejectTime"})
    """Rejection time (Unix seconds; 0 when not rejected)."""
    remove_time: int | None = field(default=None, metadata={"wire": "removeTime"})
    """Removal time (example only)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ApplyStatusResponse:
    """Answer of apply_status."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    data: ApplyStatusData = field(metadata={"wire": "data"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PromotionAddRequest:
    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """Spot name, 1-20 characters, unique per promoter."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PromotionAddResponse:
    """Answer of promotion/add; pid is always present on success."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    pid: str = field(metadata={"wire": "pid"})
    """The new spot's PID."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PreviousPromotionInfo:
    """The spot to rename, as it is now."""

    promotion_source_pid: str = field(metadata={"wire": "promotionSourcePid"})
    """PID of the spot to modify."""
    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """The spot's current name."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PromotionInfo:
    """The spot after the change."""

    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """The new name, 1-20 characters."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PromotionUpdRequest:
    previous_promotion_info: PreviousPromotionInfo = field(metadata={"wire": "previousPromotionInfo"})
    promotion_info: PromotionInfo = field(metadata={"wire": "promotionInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PromotionSource:
    """A promotion spot."""

    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """Spot name."""
    promotion_source_pid: str = field(metadata={"wire": "promotionSourcePid"})
    """Spot PID."""
    status: str | None = field(default=None, metadata={"wire": "status"})
    """Spot status (example only; sent as a string, "1")."""
    pid_id: str | None = field(default=None, metadata={"wire": "pidId"})
    """Numeric spot id (example only; sent as a string)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PromotionListResponse:
    """Answer of promotion/list (one page)."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    total: int = field(metadata={"wire": "total"})
    """Total number of spots."""
    promotion_max_cnt: int = field(metadata={"wire": "promotionMaxCnt"})
    """Maximum number of spots the promoter may create."""
    promotion_source_list: list[PromotionSource] = field(
        factory=UnsetList, metadata={"wire": "promotionSourceList"}
    )
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PromotionDeleteRequest:
    """The spot to delete; both its PID and its current name are sent (DOC marks both required)."""

    promotion_source_pid: str = field(metadata={"wire": "promotionSourcePid"})
    """PID of the spot (from promotion.add or promotion.list)."""
    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """The spot's current name."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


class DeliverScopeType(OpenIntEnum):
    """How a same-city delivery scope is given (DT only)."""

    BY_DISTANCE = 0
    BY_REGION = 1


class ProductSource(OpenIntEnum):
    """Where a tagged product lives (DOC parse_tag; 1 小商店, 2 小程序)."""

    MINI_SHOP = 1
    MINI_PROGRAM = 2


@redacted_repr
@define(kw_only=True)
class ShippingMethods:
    """Delivery modes, each a 0/1 flag. Used as the shippingMethods filter and as a shop's shippingMethods / an address's addressType. SKIT writes the same-city key as same_city, DT and CX as sameCity (chosen)."""

    express: bool | None = field(default=None, metadata={"wire": "express", "wire_type": "integer"})
    """Express delivery (快递)."""
    same_city: bool | None = field(default=None, metadata={"wire": "sameCity", "wire_type": "integer"})
    """Same-city delivery (同城配送)."""
    pickup: bool | None = field(default=None, metadata={"wire": "pickup", "wire_type": "integer"})
    """Customer pickup (自提)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class AddressInfo:
    """A region, down to the county. CX spells the third level countryName (a typo); SKIT and DT countyName."""

    province_name: str | None = field(default=None, metadata={"wire": "provinceName"})
    """Province."""
    city_name: str | None = field(default=None, metadata={"wire": "cityName"})
    """City."""
    county_name: str | None = field(default=None, metadata={"wire": "countyName"})
    """County or district."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ShipFromAddress:
    """A ship-from address and the delivery modes it serves (a filter item and a shop field)."""

    address_info: AddressInfo = field(metadata={"wire": "addressInfo"})
    address_type: ShippingMethods | None = field(default=None, metadata={"wire": "addressType"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class SameCityTemplate:
    """Same-city delivery scope of a shop (DT only; present only for same-city delivery)."""

    deliver_scope_type: DeliverScopeType | None = field(default=None, metadata={"wire": "deliverScopeType"})
    scope: str | None = field(default=None, metadata={"wire": "scope"})
    """The scope (distance or region text)."""
    region: AddressInfo | None = field(default=None, metadata={"wire": "region"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class NotSendArea:
    address_info_list: list[AddressInfo] = field(factory=UnsetList, metadata={"wire": "addressInfoList"})
    """Regions the shop does not ship to."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class FreightTemplate:
    """Express freight template of a shop (DT only; present only for express)."""

    not_send_area: NotSendArea | None = field(default=None, metadata={"wire": "notSendArea"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ShopInfo:
    """The shop (小商店) a product belongs to. appId is absent from the product samples; generate needs it."""

    app_id: str | None = field(default=None, metadata={"wire": "appId"})
    """The shop's AppID (pass it to product.generate)."""
    name: str = field(metadata={"wire": "name"})
    """Shop name."""
    username: str | None = field(default=None, metadata={"wire": "username"})
    """The shop's original id, gh_... (DT, and open_product samples)."""
    head_img_url: str = field(metadata={"wire": "headImgUrl"})
    """Shop avatar URL."""
    shipping_methods: ShippingMethods | None = field(default=None, metadata={"wire": "shippingMethods"})
    address_list: list[ShipFromAddress] = field(factory=UnsetList, metadata={"wire": "addressList"})
    """Ship-from addresses (DT only; present for same-city or pickup shops)."""
    same_city_template: SameCityTemplate | None = field(default=None, metadata={"wire": "sameCityTemplate"})
    freight_template: FreightTemplate | None = field(default=None, metadata={"wire": "freightTemplate"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductParam:
    """A product attribute."""

    key: str | None = field(default=None, metadata={"wire": "key"})
    value: str | None = field(default=None, metadata={"wire": "value"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductCategoryResponse:
    """Answer of product/category; catId values feed categoryId / category / noCategory."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    product_cats: list[Category] = field(factory=UnsetList, metadata={"wire": "productCats"})
    """Level-1 categories."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class UnionProductInfo:
    """Basic data of a pool product (`product.info`)."""

    title: str = field(metadata={"wire": "title"})
    """Title."""
    sub_title: str | None = field(default=None, metadata={"wire": "subTitle"})
    """Subtitle."""
    head_img: list[str] = field(factory=UnsetList, metadata={"wire": "headImg"})
    """Main picture URLs."""
    category: list[Category] = field(factory=UnsetList, metadata={"wire": "category"})
    """Category path, level 1 to 3 (CX's string[] contradicts every sample)."""
    brand: str | None = field(default=None, metadata={"wire": "brand"})
    """Brand name (may be absent or empty)."""
    brand_id: str | None = field(default=None, metadata={"wire": "brandId"})
    """Brand id (SKIT reads it as a number; sent as a string)."""
    model: str | None = field(default=None, metadata={"wire": "model"})
    """Model."""
    detail: ProductDetail | None = field(default=None, metadata={"wire": "detail"})
    param: list[ProductParam] = field(factory=UnsetList, metadata={"wire": "param"})
    """Attributes."""
    min_price: int = field(metadata={"wire": "minPrice"})
    """Lowest SKU price, fen."""
    express_info: ExpressInfo | None = field(default=None, metadata={"wire": "expressInfo"})
    total_stock_num: int = field(metadata={"wire": "totalStockNum"})
    """Total stock (CX calls it totalStock; every sample says totalStockNum)."""
    total_sold_num: int | None = field(default=None, metadata={"wire": "totalSoldNum"})
    """Units sold so far."""
    total_order_num: int | None = field(default=None, metadata={"wire": "totalOrderNum"})
    """Orders so far."""
    discount_price: int | None = field(default=None, metadata={"wire": "discountPrice"})
    """Price after the coupon, fen (DT and CX only)."""
    discount: int | None = field(default=None, metadata={"wire": "discount"})
    """Coupon discount, fen (CX only)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class UnionProductDetail:
    """A pool product (`product`)."""

    product_id: str = field(metadata={"wire": "productId"})
    """SPU id."""
    status: int = field(metadata={"wire": "status"})
    """Listing status (sample 5; values not documented)."""
    info: UnionProductInfo = field(metadata={"wire": "info"})
    skus: list[Sku] = field(factory=UnsetList, metadata={"wire": "skus"})
    """SKUs (may be empty)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class UnionProduct:
    """One item of product/list and product/select."""

    product_id: str = field(metadata={"wire": "productId"})
    """SPU id."""
    app_id: str | None = field(default=None, metadata={"wire": "appId"})
    """The shop's AppID at this level (CX only; SKIT and DT have it in shopInfo)."""
    product: UnionProductDetail = field(metadata={"wire": "product"})
    league_ex_info: LeagueExInfo = field(metadata={"wire": "leagueExInfo"})
    shop_info: ShopInfo = field(metadata={"wire": "shopInfo"})
    coupon_info: CouponInfo | None = field(default=None, metadata={"wire": "couponInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductListResponse:
    """One page of product/list or product/select (select answers the same shape)."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    total: int = field(metadata={"wire": "total"})
    """Products matching the filters."""
    product_list: list[UnionProduct] = field(factory=UnsetList, metadata={"wire": "productList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class GenerateProductItem:
    """A product to make share material for."""

    product_id: str = field(metadata={"wire": "productId"})
    """SPU id (SKIT's sample sends a string)."""
    app_id: str = field(metadata={"wire": "appId"})
    """The owning shop's AppID (shopInfo.appId)."""
    customize_info: str | None = field(default=None, metadata={"wire": "customizeInfo"})
    """Pass-through value that comes back in the orders' customizeInfo; at most 80 characters (CX)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductGenerateRequest:
    pid: str = field(metadata={"wire": "pid"})
    """PID of the promotion spot the material is bound to."""
    product_list: list[GenerateProductItem] = field(metadata={"wire": "productList"})
    """Products (no maximum documented)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class GeneratedProductInfo:
    """Product summary in generate's answer."""

    product_id: str = field(metadata={"wire": "productId"})
    title: str = field(metadata={"wire": "title"})
    sub_title: str | None = field(default=None, metadata={"wire": "subTitle"})
    head_img: list[str] = field(factory=UnsetList, metadata={"wire": "headImg"})
    min_price: int = field(metadata={"wire": "minPrice"})
    """Lowest price, fen."""
    discount: int | None = field(default=None, metadata={"wire": "discount"})
    """Coupon discount, fen (DT and CX)."""
    discount_price: int | None = field(default=None, metadata={"wire": "discountPrice"})
    """Lowest price after the coupon, fen (DT and CX)."""
    total_stock_num: int | None = field(default=None, metadata={"wire": "totalStockNum"})
    """Stock."""
    shop_name: str | None = field(default=None, metadata={"wire": "shopName"})
    shop_appid: str | None = field(default=None, metadata={"wire": "shopAppid"})
    """Shop AppID (SKIT only; note the lower-case id)."""
    plugin_result: bool | None = field(
        default=None, metadata={"wire": "pluginResult", "wire_type": "integer"}
    )
    """Whether the shop uses the mini-shop plugin; products of shops without it cannot be promoted."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ShareInfo:
    """Share material of one product."""

    app_id: str = field(metadata={"wire": "appId"})
    """AppID of the mini program to open."""
    username: str | None = field(default=None, metadata={"wire": "username"})
    """Its original id (DT only)."""
    path: str = field(metadata={"wire": "path"})
    """Page path, plugin-private://.../productDetail?productId=...&ticket=..."""
    coupon_path: str | None = field(default=None, metadata={"wire": "couponPath"})
    """Path with the coupon applied (DT and CX)."""
    wxa_code: str | None = field(default=None, metadata={"wire": "wxaCode"})
    """Mini-program code as a base64 data URI (DT marks it deprecated)."""
    coupon_wxa_code: str | None = field(default=None, metadata={"wire": "couponWxaCode"})
    """The same with the coupon (deprecated)."""
    promotion_url: str = field(metadata={"wire": "promotionUrl"})
    """Short link, https://mmbizurl.cn/s/..."""
    coupon_promotion_url: str | None = field(default=None, metadata={"wire": "couponPromotionUrl"})
    """Short link with the coupon."""
    promotion_wording: str | None = field(default=None, metadata={"wire": "promotionWording"})
    """Ready-made promotion text."""
    coupon_promotion_wording: str | None = field(default=None, metadata={"wire": "couponPromotionWording"})
    """Promotion text with the coupon."""
    promotion_tag: str | None = field(default=None, metadata={"wire": "promotionTag"})
    """Promotion #tag (DT and CX; parse it with product.parse_tag)."""
    coupon_promotion_tag: str | None = field(default=None, metadata={"wire": "couponPromotionTag"})
    """Promotion #tag with the coupon (DT and CX)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductPromotion:
    """Material for one product."""

    pid: str = field(metadata={"wire": "pid"})
    """The spot PID the material is bound to."""
    product_id: str | None = field(default=None, metadata={"wire": "productId"})
    """SPU id at this level (DT only)."""
    product_info: GeneratedProductInfo = field(metadata={"wire": "productInfo"})
    share_info: ShareInfo = field(metadata={"wire": "shareInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductGenerateResponse:
    """Answer of product/generate, one entry per requested product."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    materials: list[ProductPromotion] = field(factory=UnsetList, metadata={"wire": "list"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ParseTagRequest:
    tag_list: list[str] = field(metadata={"wire": "tagList"})
    """Promotion tags such as "#小程序://好物精选/测试商品***/YcaJDQiDOFEFr5g"; at most 10 a call (DOC)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ParsedTag:
    """One parsed tag; a failed one carries its own errcode/errmsg instead of the product."""

    product_id: str | None = field(default=None, metadata={"wire": "productId"})
    """SPU id."""
    source: ProductSource | None = field(default=None, metadata={"wire": "source"})
    product_appid: str | None = field(default=None, metadata={"wire": "productAppid"})
    """The shop's AppID."""
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    """Set when this tag failed (e.g. 37027)."""
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    """Set when this tag failed."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ParseTagResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    tag_list: list[ParsedTag] = field(factory=UnsetList, metadata={"wire": "tagList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenAccountBindRequest:
    open_account: str = field(metadata={"wire": "openAccount"})
    """The open platform account (its AppID) to bind; same subject as the promoter, changeable twice a year (DOC)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenAccountGetResponse:
    """The bound open platform account; absent while none is bound (our reading)."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    open_account: str | None = field(default=None, metadata={"wire": "openAccount"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class AddCustomizeInfoRequest:
    """Bind, or replace, the custom user parameter of one unionid."""

    unionid: str = field(metadata={"wire": "unionid"})
    """The user's UnionID under the bound open platform account."""
    customize_info: str = field(metadata={"wire": "customizeInfo"})
    """The parameter; 80 characters by analogy with generate's customizeInfo (not documented here)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class DeleteCustomizeInfoRequest:
    unionid: str = field(metadata={"wire": "unionid"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class GetCustomizeInfoResponse:
    """The custom user parameter of a unionid; absent while none is bound (our reading)."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    customize_info: str | None = field(default=None, metadata={"wire": "customizeInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductSkuInfo:
    """SKU data of a custom-component product; stockNum sits here, not in a stockInfo, and is sent as a string."""

    thumb_img: str | None = field(default=None, metadata={"wire": "thumbImg"})
    sale_price: int | None = field(default=None, metadata={"wire": "salePrice"})
    market_price: int | None = field(default=None, metadata={"wire": "marketPrice"})
    stock_num: int | None = field(default=None, metadata={"wire": "stockNum", "wire_type": "string"})
    """SKU stock (sample "100")."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductSku:
    sku_id: str = field(metadata={"wire": "skuId"})
    product_sku_info: OpenProductSkuInfo = field(metadata={"wire": "productSkuInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductInfo:
    title: str = field(metadata={"wire": "title"})
    head_img: list[str] = field(factory=UnsetList, metadata={"wire": "headImg"})
    detail: ProductDetail | None = field(default=None, metadata={"wire": "detail"})
    brand_id: str | None = field(default=None, metadata={"wire": "brandId"})
    min_price: int = field(metadata={"wire": "minPrice"})
    total_stock_num: int | None = field(default=None, metadata={"wire": "totalStockNum"})
    path: str | None = field(default=None, metadata={"wire": "path"})
    """Page path of the product in the shop's mini program."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductDetail:
    product_id: str = field(metadata={"wire": "productId"})
    info: OpenProductInfo = field(metadata={"wire": "info"})
    skus: list[OpenProductSku] = field(factory=UnsetList, metadata={"wire": "skus"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProduct:
    """One item of open_product/list (no leagueExInfo or couponInfo in any source)."""

    product: OpenProductDetail = field(metadata={"wire": "product"})
    shop_info: ShopInfo = field(metadata={"wire": "shopInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductListResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    total: int = field(metadata={"wire": "total"})
    product_list: list[OpenProduct] = field(factory=UnsetList, metadata={"wire": "productList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductGenerateRequest:
    pid: str = field(metadata={"wire": "pid"})
    product_list: list[GenerateProductItem] = field(metadata={"wire": "productList"})
    get_short_url: bool | None = field(default=None, metadata={"wire": "getShortUrl"})
    """Also return the short link and promotion text."""
    get_info: bool | None = field(default=None, metadata={"wire": "getInfo"})
    """Also return the product information."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenGeneratedProductInfo:
    """Product summary; most fields only with getInfo."""

    product_id: str = field(metadata={"wire": "productId"})
    title: str | None = field(default=None, metadata={"wire": "title"})
    sub_title: str | None = field(default=None, metadata={"wire": "subTitle"})
    head_img: list[str] = field(factory=UnsetList, metadata={"wire": "headImg"})
    min_price: int | None = field(default=None, metadata={"wire": "minPrice"})
    total_stock_num: int | None = field(default=None, metadata={"wire": "totalStockNum"})
    shop_name: str | None = field(default=None, metadata={"wire": "shopName"})
    shop_status: int | None = field(default=None, metadata={"wire": "shopStatus"})
    """Shop state (values not documented)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenShareInfo:
    app_id: str = field(metadata={"wire": "appId"})
    username: str | None = field(default=None, metadata={"wire": "username"})
    """The mini program's original id."""
    path: str = field(metadata={"wire": "path"})
    promotion_wording: str | None = field(default=None, metadata={"wire": "promotionWording"})
    """Only with getShortUrl."""
    promotion_url: str | None = field(default=None, metadata={"wire": "promotionUrl"})
    """Short link; only with getShortUrl."""
    promotion_tag: str | None = field(default=None, metadata={"wire": "promotionTag"})
    code: int | None = field(default=None, metadata={"wire": "code"})
    """Per-product status of fetching the material (values not documented)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductPromotion:
    pid: str = field(metadata={"wire": "pid"})
    product_info: OpenGeneratedProductInfo = field(metadata={"wire": "productInfo"})
    share_info: OpenShareInfo = field(metadata={"wire": "shareInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductGenerateResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    materials: list[OpenProductPromotion] = field(factory=UnsetList, metadata={"wire": "list"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


class CommissionStatus(OpenStrEnum):
    """Commission state of an order line (open: unknown values are kept)."""

    SETTLEMENT_PENDING = "SETTLEMENT_PENDING"
    SETTLEMENT_SUCCESS = "SETTLEMENT_SUCCESS"
    SETTLEMENT_CANCELED = "SETTLEMENT_CANCELED"


@redacted_repr
@define(kw_only=True)
class OrderProduct:
    """One line of an order."""

    product_id: str = field(metadata={"wire": "productId"})
    """SPU id."""
    sku_id: str | None = field(default=None, metadata={"wire": "skuId"})
    """SKU id (absent from the samples)."""
    title: str = field(metadata={"wire": "title"})
    thumb_img: str | None = field(default=None, metadata={"wire": "thumbImg"})
    price: str = field(metadata={"wire": "price", "money": "yuan-string"})
    """The line's total paid, yuan with a ¥ prefix ("¥0.20"); price_fen is 20."""
    product_cnt: int | None = field(default=None, metadata={"wire": "productCnt"})
    """Quantity (absent from the samples)."""
    ratio: int = field(metadata={"wire": "ratio"})
    """Commission ratio, 1/10,000."""
    commission_status: CommissionStatus = field(metadata={"wire": "commissionStatus"})
    commission_status_update_time: int | None = field(
        default=None, metadata={"wire": "commissionStatusUpdateTime", "wire_type": "string"}
    )
    """When commissionStatus last changed, Unix seconds (documented as a string)."""
    profit_sharding_suc_time: int | None = field(
        default=None, metadata={"wire": "profitShardingSucTime", "wire_type": "string"}
    )
    """Settlement time, Unix seconds; only once settled (documented as a string)."""
    commission: str = field(metadata={"wire": "commission", "money": "yuan-string"})
    """Commission, yuan with a ¥ prefix ("¥0"), or "-" while pending (commission_fen None)."""
    estimated_commission: int | None = field(default=None, metadata={"wire": "estimatedCommission"})
    """Estimated commission, fen (DOC, DT; SKIT's converter reads it as a ¥ string)."""
    category_str: str | None = field(default=None, metadata={"wire": "categoryStr"})
    """Category names, comma-separated."""
    promotion_info: PromotionSource = field(metadata={"wire": "promotionInfo"})
    customize_info: str | None = field(default=None, metadata={"wire": "customizeInfo"})
    """The customizeInfo given to generate (the samples put it on the line)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    @property
    def price_fen(self) -> int | None:
        """`price` in fen ("¥0.20" is 20); None while the amount is pending ("-") or absent."""
        return yuan_to_fen(self.price)

    @property
    def commission_fen(self) -> int | None:
        """`commission` in fen ("¥0.20" is 20); None while the amount is pending ("-") or absent."""
        return yuan_to_fen(self.commission)


@redacted_repr
@define(kw_only=True)
class UnionOrder:
    """An order brought by the promoter's links."""

    order_id: str = field(metadata={"wire": "orderId"})
    """Order id (SKIT reads it as a number; kept a string)."""
    pay_time: int = field(metadata={"wire": "payTime"})
    """Payment time, Unix seconds."""
    confirm_receipt_time: int | None = field(default=None, metadata={"wire": "confirmReceiptTime"})
    """Receipt confirmation time, Unix seconds; 0 until confirmed (CX spells it confirmReceiveTime)."""
    shop_name: str | None = field(default=None, metadata={"wire": "shopName"})
    shop_appid: str | None = field(default=None, metadata={"wire": "shopAppid"})
    """Shop AppID (CX spells it shopAppId)."""
    product_list: list[OrderProduct] = field(factory=UnsetList, metadata={"wire": "productList"})
    customize_info: str | None = field(default=None, metadata={"wire": "customizeInfo"})
    """Custom information at order level (DOC table; the samples have it per line)."""
    custom_user_id: str | None = field(default=None, metadata={"wire": "customUserId"})
    """The buyer's custom user parameter (open_account.add_customize_info)."""
    user_nick_name: str | None = field(default=None, metadata={"wire": "userNickName"})
    """Buyer nickname."""
    order_price: str | None = field(default=None, metadata={"wire": "orderPrice"})
    """Amount paid (DT only, a string said to be fen; kept raw until verified)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OrderInfoRequest:
    """Always the object {"orderIdList": [...]}, never a bare array (EW 5.x and EasySwoole post whatever they are given)."""

    order_id_list: list[str] = field(metadata={"wire": "orderIdList"})
    """Order ids (strings; SKIT types them long). At most 200 (a commented-out check in DT)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OrderInfoResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    order_list: list[UnionOrder] = field(factory=UnsetList, metadata={"wire": "orderList"})
    """The orders found (unknown ids are left out)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OrderSearchResponse:
    """One page of order/search."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    order_list: list[UnionOrder] = field(factory=UnsetList, metadata={"wire": "orderList"})
    total_num: int = field(metadata={"wire": "totalNum"})
    """Orders matching the filters."""
    page_size: int | None = field(default=None, metadata={"wire": "pageSize"})
    """The page size used (10 when none was sent, per the sample)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


class NormalOrderCommissionStatus(OpenStrEnum):
    """Commission state of a custom-component order line (open). WAIT_DEDUCTION is from SKIT's promoter sample; the other four from the shop-side page of the same order family."""

    SHOP_WAIT_DEDUCTION = "COMMISSION_SHOP_WAIT_DEDUCTION"
    PAY_SUCCESS = "COMMISSION_PAY_SUCCESS"
    PAY_CANCEL = "COMMISSION_PAY_CANCEL"
    SHOP_FINISH_DEDUCTION = "COMMISSION_SHOP_FINISH_DEDUCTION"
    SHOP_DEDUCTION_NOT_ENOUGH_MONEY = "COMMISSION_SHOP_DEDUCTION_NOT_ENOUGH_MONEY"


class NormalOrderSortBy(OpenStrEnum):
    """Sort key of search_normal_order (server default SORT_BY_PAY_TIME)."""

    PAY_TIME = "SORT_BY_PAY_TIME"
    STATUS_UPDATE_TIME = "SORT_BY_STATUS_UPDATE_TIME"


class SortOrder(OpenStrEnum):
    """Sort direction (server default SORT_ORDER_DESC)."""

    DESC = "SORT_ORDER_DESC"
    ASC = "SORT_ORDER_ASC"


@redacted_repr
@define(kw_only=True)
class NormalOrderShop:
    nickname: str | None = field(default=None, metadata={"wire": "nickname"})
    appid: str | None = field(default=None, metadata={"wire": "appid"})
    username: str | None = field(default=None, metadata={"wire": "username"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class NormalOrderInfo:
    order_id: str = field(metadata={"wire": "orderId"})
    """Trade-component order id."""
    out_order_id: str | None = field(default=None, metadata={"wire": "outOrderId"})
    """The merchant's own order id."""
    transaction_id: str | None = field(default=None, metadata={"wire": "transactionId"})
    """WeChat Pay transaction id."""
    pay_time: int | None = field(default=None, metadata={"wire": "payTime"})
    """Unix seconds."""
    create_time: int = field(metadata={"wire": "createTime"})
    """Unix seconds."""
    order_price: int = field(metadata={"wire": "orderPrice"})
    """Order amount, fen."""
    freight: int | None = field(default=None, metadata={"wire": "freight"})
    discounted_price: int | None = field(default=None, metadata={"wire": "discountedPrice"})
    additional_price: int | None = field(default=None, metadata={"wire": "additionalPrice"})
    additional_remarks: str | None = field(default=None, metadata={"wire": "additionalRemarks"})
    status: int = field(metadata={"wire": "status"})
    """Order status (sample 20; values not documented here)."""
    status_update_time: int | None = field(default=None, metadata={"wire": "statusUpdateTime"})
    """Unix seconds; null in the sample."""
    shop_info: NormalOrderShop | None = field(default=None, metadata={"wire": "shopInfo"})
    path: str | None = field(default=None, metadata={"wire": "path"})
    """Order page path in the shop's mini program."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class NormalOrderProduct:
    product_id: str = field(metadata={"wire": "productId"})
    out_product_id: str | None = field(default=None, metadata={"wire": "outProductId"})
    sku_id: str = field(metadata={"wire": "skuId"})
    out_sku_id: str | None = field(default=None, metadata={"wire": "outSkuId"})
    title: str | None = field(default=None, metadata={"wire": "title"})
    head_img: str | None = field(default=None, metadata={"wire": "headImg"})
    """One URL (a string here, not a list)."""
    sale_price: int | None = field(default=None, metadata={"wire": "salePrice"})
    """List price, fen."""
    real_price: int = field(metadata={"wire": "realPrice"})
    """Price paid, fen."""
    product_cnt: int = field(metadata={"wire": "productCnt"})
    ratio: int | None = field(default=None, metadata={"wire": "ratio"})
    commission_value: int = field(metadata={"wire": "commissionValue"})
    """Commission, fen."""
    commission_status: NormalOrderCommissionStatus = field(metadata={"wire": "commissionStatus"})
    commission_status_update_time: int | None = field(
        default=None, metadata={"wire": "commissionStatusUpdateTime"}
    )
    """Unix seconds (a number in the sample; a string is read too)."""
    promotion_info: PromotionSource | None = field(default=None, metadata={"wire": "promotionInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class NormalOrder:
    order_info: NormalOrderInfo = field(metadata={"wire": "orderInfo"})
    product_list: list[NormalOrderProduct] = field(factory=UnsetList, metadata={"wire": "productList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class NormalOrderSearchResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    total: int = field(metadata={"wire": "total"})
    order_list: list[NormalOrder] = field(factory=UnsetList, metadata={"wire": "orderList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class TokenRequest:
    """Query parameters of token."""

    grant_type: GrantType = field(metadata={"wire": "grant_type"})
    appid: str = field(metadata={"wire": "appid"})
    secret: str = field(metadata={"wire": "secret"}, repr=False)
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PlanInfoRequest:
    """Query parameters of plan_info."""

    plan_invitation_url: str = field(metadata={"wire": "planInvitationUrl"})
    """The plan's invitation link."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ApplyStatusRequest:
    """Query parameters of apply_status."""

    plan_id: str = field(metadata={"wire": "planId"})
    """Targeted plan ID (base64 format)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class PromotionListRequest:
    """Query parameters of list."""

    start: int = field(metadata={"wire": "start"})
    """Offset of the first spot (default 0)."""
    limit: int = field(metadata={"wire": "limit"})
    """Page size (default 20). The maximum is not documented; promotionMaxCnt is 100, so 100 is ours."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductCategoryRequest:
    """Query parameters of product_category."""

    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductListRequest:
    """Query parameters of product_list."""

    offset: int = field(metadata={"wire": "from"})
    """Offset of the first product, from 0 (DOC marks it required; SKIT always sends it)."""
    limit: int = field(metadata={"wire": "limit"})
    """Page size. DOC "at most 50 products a call" (单次最多50个); SKIT's default is 20."""
    query_type: int | None = field(default=None, metadata={"wire": "queryType"})
    """Search type that decides how `query` is read (DOC default 0; values not documented)."""
    query: str | None = field(default=None, metadata={"wire": "query"})
    """Search keyword (name, shop or SPU id per DOC), read according to queryType."""
    max_price: int | None = field(default=None, metadata={"wire": "maxPrice"})
    """Highest product price, fen."""
    min_price: int | None = field(default=None, metadata={"wire": "minPrice"})
    """Lowest product price, fen (DOC default 0)."""
    min_commission_value: int | None = field(default=None, metadata={"wire": "minCommissionValue"})
    """Lowest commission amount, fen."""
    min_commission_ratio: int | None = field(default=None, metadata={"wire": "minCommissionRatio"})
    """Lowest commission ratio, 1/10,000."""
    sort_type: int | None = field(default=None, metadata={"wire": "sortType"})
    """Sort order (values not documented in any source)."""
    has_coupon: HasCoupon | None = field(default=None, metadata={"wire": "hasCoupon"})
    """YES keeps only products with a union coupon; NO (or absent) keeps all."""
    shop_app_ids: str | None = field(default=None, metadata={"wire": "shopAppIds"})
    """Only these shops (AppIDs). Sent comma-joined (SKIT); CX sends a JSON array string instead."""
    category_id: str | None = field(default=None, metadata={"wire": "categoryId"})
    """One category id from product.category; wins over `category` when both are given."""
    category: str | None = field(default=None, metadata={"wire": "category"})
    """Several category ids, sent comma-joined."""
    no_category: str | None = field(default=None, metadata={"wire": "noCategory"})
    """Category ids whose products are left out, sent comma-joined."""
    product_id: str | None = field(default=None, metadata={"wire": "productId"})
    """Only these SPU ids, sent comma-joined."""
    shipping_methods: ShippingMethods | None = field(
        default=None, metadata={"wire": "shippingMethods", "json_string": True}
    )
    """Required delivery modes, sent as a JSON object string ({"express":1,"sameCity":0,"pickup":0})."""
    address_list: list[ShipFromAddress] = field(
        factory=UnsetList, metadata={"wire": "addressList", "json_string": True}
    )
    """Ship-from regions, sent as a JSON array string of ShipFromAddress."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductSelectRequest:
    """Query parameters of product_select."""

    offset: int = field(metadata={"wire": "from"})
    """Offset of the first product, from 0 (DOC marks it required; SKIT always sends it)."""
    limit: int = field(metadata={"wire": "limit"})
    """Page size. DOC "at most 50 products a call" (单次最多50个); SKIT's default is 20."""
    max_price: int | None = field(default=None, metadata={"wire": "maxPrice"})
    """Highest product price, fen."""
    min_price: int | None = field(default=None, metadata={"wire": "minPrice"})
    """Lowest product price, fen (DOC default 0)."""
    min_commission_value: int | None = field(default=None, metadata={"wire": "minCommissionValue"})
    """Lowest commission amount, fen."""
    min_commission_ratio: int | None = field(default=None, metadata={"wire": "minCommissionRatio"})
    """Lowest commission ratio, 1/10,000."""
    sort_type: int | None = field(default=None, metadata={"wire": "sortType"})
    """Sort order (values not documented in any source)."""
    has_coupon: HasCoupon | None = field(default=None, metadata={"wire": "hasCoupon"})
    """YES keeps only products with a union coupon; NO (or absent) keeps all."""
    shop_app_ids: str | None = field(default=None, metadata={"wire": "shopAppIds"})
    """Only these shops (AppIDs). Sent comma-joined (SKIT); CX sends a JSON array string instead."""
    category_id: str | None = field(default=None, metadata={"wire": "categoryId"})
    """One category id from product.category; wins over `category` when both are given."""
    category: str | None = field(default=None, metadata={"wire": "category"})
    """Several category ids, sent comma-joined."""
    no_category: str | None = field(default=None, metadata={"wire": "noCategory"})
    """Category ids whose products are left out, sent comma-joined."""
    product_id: str | None = field(default=None, metadata={"wire": "productId"})
    """Only these SPU ids, sent comma-joined."""
    shipping_methods: ShippingMethods | None = field(
        default=None, metadata={"wire": "shippingMethods", "json_string": True}
    )
    """Required delivery modes, sent as a JSON object string ({"express":1,"sameCity":0,"pickup":0})."""
    address_list: list[ShipFromAddress] = field(
        factory=UnsetList, metadata={"wire": "addressList", "json_string": True}
    )
    """Ship-from regions, sent as a JSON array string of ShipFromAddress."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenAccountGetRequest:
    """Query parameters of open_account_get."""

    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class GetCustomizeInfoRequest:
    """Query parameters of open_account_get_customize_info."""

    unionid: str = field(metadata={"wire": "unionid"})
    """The user's UnionID."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OpenProductListRequest:
    """Query parameters of open_product_list."""

    offset: int = field(metadata={"wire": "from"})
    """Offset of the first product, from 0 (DOC marks it required; SKIT always sends it)."""
    limit: int = field(metadata={"wire": "limit"})
    """Page size. SKIT defaults to 10 (its comment says 30); no maximum documented, 50 is ours (as product/list)."""
    query_type: int | None = field(default=None, metadata={"wire": "queryType"})
    """Search type that decides how `query` is read (DOC default 0; values not documented)."""
    query: str | None = field(default=None, metadata={"wire": "query"})
    """Search keyword (name, shop or SPU id per DOC), read according to queryType."""
    max_price: int | None = field(default=None, metadata={"wire": "maxPrice"})
    """Highest product price, fen."""
    min_price: int | None = field(default=None, metadata={"wire": "minPrice"})
    """Lowest product price, fen (DOC default 0)."""
    min_commission_value: int | None = field(default=None, metadata={"wire": "minCommissionValue"})
    """Lowest commission amount, fen."""
    min_commission_ratio: int | None = field(default=None, metadata={"wire": "minCommissionRatio"})
    """Lowest commission ratio, 1/10,000."""
    sort_type: int | None = field(default=None, metadata={"wire": "sortType"})
    """Sort order (values not documented in any source)."""
    shop_app_ids: str | None = field(default=None, metadata={"wire": "shopAppIds"})
    """Only these shops (AppIDs). Sent comma-joined (SKIT); CX sends a JSON array string instead."""
    category_id: str | None = field(default=None, metadata={"wire": "categoryId"})
    """One category id from product.category; wins over `category` when both are given."""
    category: str | None = field(default=None, metadata={"wire": "category"})
    """Several category ids, sent comma-joined."""
    no_category: str | None = field(default=None, metadata={"wire": "noCategory"})
    """Category ids whose products are left out, sent comma-joined."""
    product_id: str | None = field(default=None, metadata={"wire": "productId"})
    """Only these SPU ids, sent comma-joined."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OrderSearchRequest:
    """Query parameters of order_search."""

    page: int = field(metadata={"wire": "page"})
    """Page number, from 1 (every SDK sends it)."""
    page_size: int | None = field(default=None, metadata={"wire": "pageSize"})
    """Page size, at most 200 (CX, DT); the server uses 10 when it is not sent."""
    start_timestamp: int | None = field(default=None, metadata={"wire": "startTimestamp"})
    """Start of the pay-time window, Unix seconds."""
    end_timestamp: int | None = field(default=None, metadata={"wire": "endTimestamp"})
    """End of the pay-time window, Unix seconds."""
    commission_status: CommissionStatus | None = field(default=None, metadata={"wire": "commissionStatus"})
    """Only lines in this commission state."""
    sort_by_commission_update_time: bool | None = field(
        default=None, metadata={"wire": "sortByCommissionUpdateTime", "wire_type": "integer"}
    )
    """true sorts and filters by commission-status update time instead of pay time (CX, DT, Java)."""
    start_commission_update_time: int | None = field(
        default=None, metadata={"wire": "startCommissionUpdateTime"}
    )
    """Start of the commission-update window, Unix seconds (with sortByCommissionUpdateTime)."""
    end_commission_update_time: int | None = field(default=None, metadata={"wire": "endCommissionUpdateTime"})
    """End of the commission-update window, Unix seconds (with sortByCommissionUpdateTime)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class OrderSearchNormalOrderRequest:
    """Query parameters of order_search_normal_order."""

    offset: int = field(metadata={"wire": "offset"})
    """Offset of the first order, from 0 (SKIT always sends it)."""
    limit: int = field(metadata={"wire": "limit"})
    """Page size (SKIT default 10); no maximum documented, 200 is ours (as order/search)."""
    query: str | None = field(default=None, metadata={"wire": "query"})
    """Keyword."""
    order_id: str | None = field(default=None, metadata={"wire": "orderId"})
    """Trade-component order id."""
    out_order_id: str | None = field(default=None, metadata={"wire": "outOrderId"})
    """The merchant's own order id."""
    out_order_id_list: str | None = field(default=None, metadata={"wire": "outOrderIdList"})
    """Several merchant order ids, sent comma-joined."""
    trade_no: str | None = field(default=None, metadata={"wire": "tradeNo"})
    """WeChat Pay transaction id."""
    transaction_id_list: str | None = field(default=None, metadata={"wire": "transactionIdList"})
    """Several WeChat Pay transaction ids, sent comma-joined."""
    start_pay_time: int | None = field(default=None, metadata={"wire": "startPayTime"})
    """Start of the pay-time window, Unix seconds."""
    end_pay_time: int | None = field(default=None, metadata={"wire": "endPayTime"})
    """End of the pay-time window, Unix seconds."""
    commission_status: str | None = field(default=None, metadata={"wire": "commissionStatus"})
    """Only these commission states, sent comma-joined."""
    start_status_update_time: int | None = field(default=None, metadata={"wire": "startStatusUpdateTime"})
    """Start of the order-status update window, Unix seconds."""
    end_status_update_time: int | None = field(default=None, metadata={"wire": "endStatusUpdateTime"})
    """End of the order-status update window, Unix seconds."""
    sort_by: NormalOrderSortBy | None = field(default=None, metadata={"wire": "sortBy"})
    sort_order: SortOrder | None = field(default=None, metadata={"wire": "sortOrder"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


# Reprs, tracebacks and pickles name the public module, which re-exports every class.
publish(globals(), 'promosdk.models')
