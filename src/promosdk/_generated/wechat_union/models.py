# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""Models of WeChat Mini Program Union — promoter API (targeted plans and promotion spots)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from promosdk._enums import OpenIntEnum, OpenStrEnum
from promosdk._public import UnsetList, publish
from promosdk._redact import redacted_repr

__all__ = [
    "AccessTokenResponse",
    "ApplyStatusData",
    "ApplyStatusRequest",
    "ApplyStatusResponse",
    "ApplyTargetRequest",
    "BizBasicInfo",
    "Category",
    "CouponDetail",
    "CouponInfo",
    "DiscountCondition",
    "DiscountInfo",
    "ErrcodeResponse",
    "ExpressInfo",
    "ExtInfo",
    "GrantType",
    "GroupbuyInfo",
    "HasCommission",
    "HasCoupon",
    "LeagueExInfo",
    "PlanInfoRequest",
    "PlanInfoResponse",
    "PlanStatus",
    "PreviousPromotionInfo",
    "ProductDetail",
    "ProductDetailInfo",
    "ProductInfo",
    "ProductSkuInfo",
    "PromoterStatus",
    "PromotionAddRequest",
    "PromotionAddResponse",
    "PromotionInfo",
    "PromotionListRequest",
    "PromotionListResponse",
    "PromotionSource",
    "PromotionUpdRequest",
    "ReceiveInfo",
    "ServiceDesc",
    "Sku",
    "SkuIdList",
    "SkuList",
    "SkuPrice",
    "SnapshotInfo",
    "SpuLimited",
    "StableTokenRequest",
    "StockInfo",
    "TargetPlanInfo",
    "TokenRequest",
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
    stock_num: int | None = field(default=None, metadata={"wire": "stockNum"})
    """SKU stock."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ProductSkuInfo:
    thumb_img: str | None = field(default=None, metadata={"wire": "thumbImg"})
    """SKU thumbnail."""
    sale_price: int | None = field(default=None, metadata={"wire": "salePrice"})
    """SKU sale price in cents."""
    market_price: int | None = field(default=None, metadata={"wire": "marketPrice"})
    """SKU market price in cents."""
    stock_info: StockInfo | None = field(default=None, metadata={"wire": "stockInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class Sku:
    """A product SKU."""

    sku_id: str | None = field(default=None, metadata={"wire": "skuId"})
    """SKU ID."""
    product_sku_info: ProductSkuInfo | None = field(default=None, metadata={"wire": "productSkuInfo"})
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


# Reprs, tracebacks and pickles name the public module, which re-exports every class.
publish(globals(), 'promosdk.models')
