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
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(grant_type=" + repr(self.grant_type)
            + ", appid=" + repr(self.appid)
            + ", force_refresh=" + repr(self.force_refresh)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StableTokenRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.grant_type,
            self.appid,
            self.secret,
            self.force_refresh,
            self.extra,
        ) == (
            other.grant_type,
            other.appid,
            other.secret,
            other.force_refresh,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", expires_in=" + repr(self.expires_in)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AccessTokenResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.access_token,
            self.expires_in,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.access_token,
            other.expires_in,
            other.extra,
        )


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
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(headimgurl=" + repr(self.headimgurl)
            + ", nickname=" + repr(self.nickname)
            + ", appid=" + repr(self.appid)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BizBasicInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.headimgurl,
            self.nickname,
            self.appid,
            self.extra,
        ) == (
            other.headimgurl,
            other.nickname,
            other.appid,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ExtInfo:
    """Basic information of the shop. Documented as a string, sent as an object."""

    biz_basic_info: BizBasicInfo | None = field(default=None, metadata={"wire": "bizBasicInfo"})
    data: dict[str, Any] | None = field(default=None, metadata={"wire": "data"})
    """Free-form extra data."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(biz_basic_info=" + repr(self.biz_basic_info)
            + ", data=" + repr(self.data)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.biz_basic_info,
            self.data,
            self.extra,
        ) == (
            other.biz_basic_info,
            other.data,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(plan_id=" + repr(self.plan_id)
            + ", plan_status=" + repr(self.plan_status)
            + ", plan_name=" + repr(self.plan_name)
            + ", plan_desc=" + repr(self.plan_desc)
            + ", plan_start_time=" + repr(self.plan_start_time)
            + ", plan_end_time=" + repr(self.plan_end_time)
            + ", ext_info=" + repr(self.ext_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TargetPlanInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.plan_id,
            self.plan_status,
            self.plan_name,
            self.plan_desc,
            self.plan_start_time,
            self.plan_end_time,
            self.ext_info,
            self.extra,
        ) == (
            other.plan_id,
            other.plan_status,
            other.plan_name,
            other.plan_desc,
            other.plan_start_time,
            other.plan_end_time,
            other.ext_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class Category:
    """A product category."""

    cat_id: str | None = field(default=None, metadata={"wire": "catId"})
    """Category ID (documented as Object, sent as a string)."""
    name: str | None = field(default=None, metadata={"wire": "name"})
    """Category name."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(cat_id=" + repr(self.cat_id)
            + ", name=" + repr(self.name)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Category) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.cat_id,
            self.name,
            self.extra,
        ) == (
            other.cat_id,
            other.name,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(detail_img=" + repr(self.detail_img)
            + ", detail_videos=" + repr(self.detail_videos)
            + ", detail_video_info=" + repr(self.detail_video_info)
            + ", desc=" + repr(self.desc)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.detail_img,
            self.detail_videos,
            self.detail_video_info,
            self.desc,
            self.extra,
        ) == (
            other.detail_img,
            other.detail_videos,
            other.detail_video_info,
            other.desc,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class StockInfo:
    stock_num: int = field(metadata={"wire": "stockNum"})
    """SKU stock."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(stock_num=" + repr(self.stock_num)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StockInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.stock_num,
            self.extra,
        ) == (
            other.stock_num,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(thumb_img=" + repr(self.thumb_img)
            + ", sale_price=" + repr(self.sale_price)
            + ", market_price=" + repr(self.market_price)
            + ", stock_info=" + repr(self.stock_info)
            + ", sku_code=" + repr(self.sku_code)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductSkuInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.thumb_img,
            self.sale_price,
            self.market_price,
            self.stock_info,
            self.sku_code,
            self.extra,
        ) == (
            other.thumb_img,
            other.sale_price,
            other.market_price,
            other.stock_info,
            other.sku_code,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class Sku:
    """A product SKU."""

    sku_id: str = field(metadata={"wire": "skuId"})
    """SKU ID."""
    product_sku_info: ProductSkuInfo = field(metadata={"wire": "productSkuInfo"})
    status: int | None = field(default=None, metadata={"wire": "status"})
    """SKU listing status (product/list and select; sample 5, values not documented)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(sku_id=" + repr(self.sku_id)
            + ", product_sku_info=" + repr(self.product_sku_info)
            + ", status=" + repr(self.status)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sku) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sku_id,
            self.product_sku_info,
            self.status,
            self.extra,
        ) == (
            other.sku_id,
            other.product_sku_info,
            other.status,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class SkuIdList:
    """SKU ids of the product (example only)."""

    sku_ids: list[str] = field(factory=UnsetList, metadata={"wire": "skuIds"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(sku_ids=" + repr(self.sku_ids)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SkuIdList) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sku_ids,
            self.extra,
        ) == (
            other.sku_ids,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class SkuPrice:
    sku_id: str | None = field(default=None, metadata={"wire": "skuId"})
    price: int | None = field(default=None, metadata={"wire": "price"})
    """Price in cents."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(sku_id=" + repr(self.sku_id)
            + ", price=" + repr(self.price)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SkuPrice) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sku_id,
            self.price,
            self.extra,
        ) == (
            other.sku_id,
            other.price,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class SkuList:
    """SKU prices of the product (example only)."""

    sku_info: list[SkuPrice] = field(factory=UnsetList, metadata={"wire": "skuInfo"})
    min_price: int | None = field(default=None, metadata={"wire": "minPrice"})
    """Lowest SKU price in cents."""
    max_price: int | None = field(default=None, metadata={"wire": "maxPrice"})
    """Highest SKU price in cents."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(sku_info=" + repr(self.sku_info)
            + ", min_price=" + repr(self.min_price)
            + ", max_price=" + repr(self.max_price)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SkuList) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sku_info,
            self.min_price,
            self.max_price,
            self.extra,
        ) == (
            other.sku_info,
            other.min_price,
            other.max_price,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ServiceDesc:
    service_list: list[Any] = field(factory=UnsetList, metadata={"wire": "serviceList"})
    desc: str | None = field(default=None, metadata={"wire": "desc"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(service_list=" + repr(self.service_list)
            + ", desc=" + repr(self.desc)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceDesc) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.service_list,
            self.desc,
            self.extra,
        ) == (
            other.service_list,
            other.desc,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ExpressInfo:
    template_id: str | None = field(default=None, metadata={"wire": "templateId"})
    """Shipping template id."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(template_id=" + repr(self.template_id)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExpressInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.template_id,
            self.extra,
        ) == (
            other.template_id,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class SnapshotInfo:
    snapshot_id: str | None = field(default=None, metadata={"wire": "snapshotId"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(snapshot_id=" + repr(self.snapshot_id)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SnapshotInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.snapshot_id,
            self.extra,
        ) == (
            other.snapshot_id,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class SpuLimited:
    period_type: int | None = field(default=None, metadata={"wire": "periodType"})
    limited_buy_num: int | None = field(default=None, metadata={"wire": "limitedBuyNum"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(period_type=" + repr(self.period_type)
            + ", limited_buy_num=" + repr(self.limited_buy_num)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SpuLimited) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.period_type,
            self.limited_buy_num,
            self.extra,
        ) == (
            other.period_type,
            other.limited_buy_num,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class GroupbuyInfo:
    sku_list: list[Any] = field(factory=UnsetList, metadata={"wire": "skuList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(sku_list=" + repr(self.sku_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GroupbuyInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sku_list,
            self.extra,
        ) == (
            other.sku_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(title=" + repr(self.title)
            + ", sub_title=" + repr(self.sub_title)
            + ", head_img=" + repr(self.head_img)
            + ", category=" + repr(self.category)
            + ", brand=" + repr(self.brand)
            + ", brand_id=" + repr(self.brand_id)
            + ", model=" + repr(self.model)
            + ", detail=" + repr(self.detail)
            + ", param=" + repr(self.param)
            + ", min_price=" + repr(self.min_price)
            + ", total_stock_num=" + repr(self.total_stock_num)
            + ", total_sold_num=" + repr(self.total_sold_num)
            + ", skus=" + repr(self.skus)
            + ", attr=" + repr(self.attr)
            + ", shopcat_id=" + repr(self.shopcat_id)
            + ", qualification_url=" + repr(self.qualification_url)
            + ", third_category_histories=" + repr(self.third_category_histories)
            + ", head_video_info=" + repr(self.head_video_info)
            + ", labels=" + repr(self.labels)
            + ", sku_id_list=" + repr(self.sku_id_list)
            + ", sku_list=" + repr(self.sku_list)
            + ", listing_time=" + repr(self.listing_time)
            + ", service_desc=" + repr(self.service_desc)
            + ", express_info=" + repr(self.express_info)
            + ", appid_for_media=" + repr(self.appid_for_media)
            + ", snapshot_info=" + repr(self.snapshot_info)
            + ", total_order_num=" + repr(self.total_order_num)
            + ", total_visit_num=" + repr(self.total_visit_num)
            + ", upload_source=" + repr(self.upload_source)
            + ", spu_limited=" + repr(self.spu_limited)
            + ", origin_upload_source=" + repr(self.origin_upload_source)
            + ", groupbuy_info=" + repr(self.groupbuy_info)
            + ", virtual_type=" + repr(self.virtual_type)
            + ", product_type=" + repr(self.product_type)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductDetailInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.title,
            self.sub_title,
            self.head_img,
            self.category,
            self.brand,
            self.brand_id,
            self.model,
            self.detail,
            self.param,
            self.min_price,
            self.total_stock_num,
            self.total_sold_num,
            self.skus,
            self.attr,
            self.shopcat_id,
            self.qualification_url,
            self.third_category_histories,
            self.head_video_info,
            self.labels,
            self.sku_id_list,
            self.sku_list,
            self.listing_time,
            self.service_desc,
            self.express_info,
            self.appid_for_media,
            self.snapshot_info,
            self.total_order_num,
            self.total_visit_num,
            self.upload_source,
            self.spu_limited,
            self.origin_upload_source,
            self.groupbuy_info,
            self.virtual_type,
            self.product_type,
            self.extra,
        ) == (
            other.title,
            other.sub_title,
            other.head_img,
            other.category,
            other.brand,
            other.brand_id,
            other.model,
            other.detail,
            other.param,
            other.min_price,
            other.total_stock_num,
            other.total_sold_num,
            other.skus,
            other.attr,
            other.shopcat_id,
            other.qualification_url,
            other.third_category_histories,
            other.head_video_info,
            other.labels,
            other.sku_id_list,
            other.sku_list,
            other.listing_time,
            other.service_desc,
            other.express_info,
            other.appid_for_media,
            other.snapshot_info,
            other.total_order_num,
            other.total_visit_num,
            other.upload_source,
            other.spu_limited,
            other.origin_upload_source,
            other.groupbuy_info,
            other.virtual_type,
            other.product_type,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(has_commission=" + repr(self.has_commission)
            + ", commission_ratio=" + repr(self.commission_ratio)
            + ", commission_value=" + repr(self.commission_value)
            + ", ban_bizuin=" + repr(self.ban_bizuin)
            + ", ban_category=" + repr(self.ban_category)
            + ", ban_product=" + repr(self.ban_product)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LeagueExInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.has_commission,
            self.commission_ratio,
            self.commission_value,
            self.ban_bizuin,
            self.ban_category,
            self.ban_product,
            self.extra,
        ) == (
            other.has_commission,
            other.commission_ratio,
            other.commission_value,
            other.ban_bizuin,
            other.ban_category,
            other.ban_product,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class DiscountCondition:
    product_ids: list[str] = field(factory=UnsetList, metadata={"wire": "productIds"})
    """Product ids the coupon applies to."""
    product_cnt: int | None = field(default=None, metadata={"wire": "productCnt"})
    """Number of products required."""
    product_price: int | None = field(default=None, metadata={"wire": "productPrice"})
    """Order amount required, in cents."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_ids=" + repr(self.product_ids)
            + ", product_cnt=" + repr(self.product_cnt)
            + ", product_price=" + repr(self.product_price)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DiscountCondition) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_ids,
            self.product_cnt,
            self.product_price,
            self.extra,
        ) == (
            other.product_ids,
            other.product_cnt,
            other.product_price,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class DiscountInfo:
    """Coupon denomination."""

    discount_condition: DiscountCondition | None = field(default=None, metadata={"wire": "discountCondition"})
    discount_num: int | None = field(default=None, metadata={"wire": "discountNum"})
    """Discount rate times 1000 (a 5.1折 discount is 5100)."""
    discount_fee: int | None = field(default=None, metadata={"wire": "discountFee"})
    """Amount taken off, in cents."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(discount_condition=" + repr(self.discount_condition)
            + ", discount_num=" + repr(self.discount_num)
            + ", discount_fee=" + repr(self.discount_fee)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DiscountInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.discount_condition,
            self.discount_num,
            self.discount_fee,
            self.extra,
        ) == (
            other.discount_condition,
            other.discount_num,
            other.discount_fee,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(valid_type=" + repr(self.valid_type)
            + ", valid_day_num=" + repr(self.valid_day_num)
            + ", start_time=" + repr(self.start_time)
            + ", end_time=" + repr(self.end_time)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ValidInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.valid_type,
            self.valid_day_num,
            self.start_time,
            self.end_time,
            self.extra,
        ) == (
            other.valid_type,
            other.valid_day_num,
            other.start_time,
            other.end_time,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(start_time=" + repr(self.start_time)
            + ", end_time=" + repr(self.end_time)
            + ", limit_num_one_person=" + repr(self.limit_num_one_person)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReceiveInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start_time,
            self.end_time,
            self.limit_num_one_person,
            self.extra,
        ) == (
            other.start_time,
            other.end_time,
            other.limit_num_one_person,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(rest_num=" + repr(self.rest_num)
            + ", type=" + repr(self.type)
            + ", discount_info=" + repr(self.discount_info)
            + ", valid_info=" + repr(self.valid_info)
            + ", receive_info=" + repr(self.receive_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CouponDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.rest_num,
            self.type,
            self.discount_info,
            self.valid_info,
            self.receive_info,
            self.extra,
        ) == (
            other.rest_num,
            other.type,
            other.discount_info,
            other.valid_info,
            other.receive_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(has_coupon=" + repr(self.has_coupon)
            + ", coupon_id=" + repr(self.coupon_id)
            + ", coupon_detail=" + repr(self.coupon_detail)
            + ", all_coupon_ids=" + repr(self.all_coupon_ids)
            + ", discount=" + repr(self.discount)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CouponInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.has_coupon,
            self.coupon_id,
            self.coupon_detail,
            self.all_coupon_ids,
            self.discount,
            self.extra,
        ) == (
            other.has_coupon,
            other.coupon_id,
            other.coupon_detail,
            other.all_coupon_ids,
            other.discount,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(plan_id=" + repr(self.plan_id)
            + ", product_id=" + repr(self.product_id)
            + ", product_status=" + repr(self.product_status)
            + ", commission_ratio=" + repr(self.commission_ratio)
            + ", product_detail_info=" + repr(self.product_detail_info)
            + ", league_ex_info=" + repr(self.league_ex_info)
            + ", coupon_info=" + repr(self.coupon_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.plan_id,
            self.product_id,
            self.product_status,
            self.commission_ratio,
            self.product_detail_info,
            self.league_ex_info,
            self.coupon_info,
            self.extra,
        ) == (
            other.plan_id,
            other.product_id,
            other.product_status,
            other.commission_ratio,
            other.product_detail_info,
            other.league_ex_info,
            other.coupon_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PlanInfoResponse:
    """Answer of plan_info."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    target_plan_info: TargetPlanInfo = field(metadata={"wire": "targetPlanInfo"})
    product_list_info: list[ProductInfo] = field(factory=UnsetList, metadata={"wire": "productListInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", target_plan_info=" + repr(self.target_plan_info)
            + ", product_list_info=" + repr(self.product_list_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlanInfoResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.target_plan_info,
            self.product_list_info,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.target_plan_info,
            other.product_list_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ApplyTargetRequest:
    plan_id: str = field(metadata={"wire": "planId"})
    """Targeted plan ID (base64 format)."""
    apply_reason: str = field(metadata={"wire": "applyReason"})
    """Why the promoter wants to join. The length limit (202006) is not documented."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(plan_id=" + repr(self.plan_id)
            + ", apply_reason=" + repr(self.apply_reason)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplyTargetRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.plan_id,
            self.apply_reason,
            self.extra,
        ) == (
            other.plan_id,
            other.apply_reason,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ErrcodeResponse:
    """The bare errcode/errmsg answer of write operations."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrcodeResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(plan_id=" + repr(self.plan_id)
            + ", promoter_status=" + repr(self.promoter_status)
            + ", apply_time=" + repr(self.apply_time)
            + ", join_time=" + repr(self.join_time)
            + ", apply_reason=" + repr(self.apply_reason)
            + ", reject_time=" + repr(self.reject_time)
            + ", remove_time=" + repr(self.remove_time)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplyStatusData) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.plan_id,
            self.promoter_status,
            self.apply_time,
            self.join_time,
            self.apply_reason,
            self.reject_time,
            self.remove_time,
            self.extra,
        ) == (
            other.plan_id,
            other.promoter_status,
            other.apply_time,
            other.join_time,
            other.apply_reason,
            other.reject_time,
            other.remove_time,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ApplyStatusResponse:
    """Answer of apply_status."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    data: ApplyStatusData = field(metadata={"wire": "data"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", data=" + repr(self.data)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplyStatusResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.data,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.data,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PromotionAddRequest:
    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """Spot name, 1-20 characters, unique per promoter."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(promotion_source_name=" + repr(self.promotion_source_name)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromotionAddRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.promotion_source_name,
            self.extra,
        ) == (
            other.promotion_source_name,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PromotionAddResponse:
    """Answer of promotion/add; pid is always present on success."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    pid: str = field(metadata={"wire": "pid"})
    """The new spot's PID."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", pid=" + repr(self.pid)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromotionAddResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.pid,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.pid,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PreviousPromotionInfo:
    """The spot to rename, as it is now."""

    promotion_source_pid: str = field(metadata={"wire": "promotionSourcePid"})
    """PID of the spot to modify."""
    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """The spot's current name."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(promotion_source_pid=" + repr(self.promotion_source_pid)
            + ", promotion_source_name=" + repr(self.promotion_source_name)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PreviousPromotionInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.promotion_source_pid,
            self.promotion_source_name,
            self.extra,
        ) == (
            other.promotion_source_pid,
            other.promotion_source_name,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PromotionInfo:
    """The spot after the change."""

    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """The new name, 1-20 characters."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(promotion_source_name=" + repr(self.promotion_source_name)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromotionInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.promotion_source_name,
            self.extra,
        ) == (
            other.promotion_source_name,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PromotionUpdRequest:
    previous_promotion_info: PreviousPromotionInfo = field(metadata={"wire": "previousPromotionInfo"})
    promotion_info: PromotionInfo = field(metadata={"wire": "promotionInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(previous_promotion_info=" + repr(self.previous_promotion_info)
            + ", promotion_info=" + repr(self.promotion_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromotionUpdRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.previous_promotion_info,
            self.promotion_info,
            self.extra,
        ) == (
            other.previous_promotion_info,
            other.promotion_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(promotion_source_name=" + repr(self.promotion_source_name)
            + ", promotion_source_pid=" + repr(self.promotion_source_pid)
            + ", status=" + repr(self.status)
            + ", pid_id=" + repr(self.pid_id)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromotionSource) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.promotion_source_name,
            self.promotion_source_pid,
            self.status,
            self.pid_id,
            self.extra,
        ) == (
            other.promotion_source_name,
            other.promotion_source_pid,
            other.status,
            other.pid_id,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", total=" + repr(self.total)
            + ", promotion_max_cnt=" + repr(self.promotion_max_cnt)
            + ", promotion_source_list=" + repr(self.promotion_source_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromotionListResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.total,
            self.promotion_max_cnt,
            self.promotion_source_list,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.total,
            other.promotion_max_cnt,
            other.promotion_source_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PromotionDeleteRequest:
    """The spot to delete; both its PID and its current name are sent (DOC marks both required)."""

    promotion_source_pid: str = field(metadata={"wire": "promotionSourcePid"})
    """PID of the spot (from promotion.add or promotion.list)."""
    promotion_source_name: str = field(metadata={"wire": "promotionSourceName"})
    """The spot's current name."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(promotion_source_pid=" + repr(self.promotion_source_pid)
            + ", promotion_source_name=" + repr(self.promotion_source_name)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromotionDeleteRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.promotion_source_pid,
            self.promotion_source_name,
            self.extra,
        ) == (
            other.promotion_source_pid,
            other.promotion_source_name,
            other.extra,
        )


class DeliverScopeType(OpenIntEnum):
    """How a same-city delivery scope is given (DT only)."""

    BY_DISTANCE = 0
    BY_REGION = 1


class ProductSource(OpenIntEnum):
    """Where a tagged product lives (DOC parse_tag; 1 小商店, 2 小程序)."""

    MINI_SHOP = 1
    MINI_PROGRAM = 2


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(express=" + repr(self.express)
            + ", same_city=" + repr(self.same_city)
            + ", pickup=" + repr(self.pickup)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ShippingMethods) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.express,
            self.same_city,
            self.pickup,
            self.extra,
        ) == (
            other.express,
            other.same_city,
            other.pickup,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(province_name=" + repr(self.province_name)
            + ", city_name=" + repr(self.city_name)
            + ", county_name=" + repr(self.county_name)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AddressInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.province_name,
            self.city_name,
            self.county_name,
            self.extra,
        ) == (
            other.province_name,
            other.city_name,
            other.county_name,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ShipFromAddress:
    """A ship-from address and the delivery modes it serves (a filter item and a shop field)."""

    address_info: AddressInfo = field(metadata={"wire": "addressInfo"})
    address_type: ShippingMethods | None = field(default=None, metadata={"wire": "addressType"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(address_info=" + repr(self.address_info)
            + ", address_type=" + repr(self.address_type)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ShipFromAddress) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.address_info,
            self.address_type,
            self.extra,
        ) == (
            other.address_info,
            other.address_type,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class SameCityTemplate:
    """Same-city delivery scope of a shop (DT only; present only for same-city delivery)."""

    deliver_scope_type: DeliverScopeType | None = field(default=None, metadata={"wire": "deliverScopeType"})
    scope: str | None = field(default=None, metadata={"wire": "scope"})
    """The scope (distance or region text)."""
    region: AddressInfo | None = field(default=None, metadata={"wire": "region"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(deliver_scope_type=" + repr(self.deliver_scope_type)
            + ", scope=" + repr(self.scope)
            + ", region=" + repr(self.region)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SameCityTemplate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.deliver_scope_type,
            self.scope,
            self.region,
            self.extra,
        ) == (
            other.deliver_scope_type,
            other.scope,
            other.region,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class NotSendArea:
    address_info_list: list[AddressInfo] = field(factory=UnsetList, metadata={"wire": "addressInfoList"})
    """Regions the shop does not ship to."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(address_info_list=" + repr(self.address_info_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotSendArea) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.address_info_list,
            self.extra,
        ) == (
            other.address_info_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class FreightTemplate:
    """Express freight template of a shop (DT only; present only for express)."""

    not_send_area: NotSendArea | None = field(default=None, metadata={"wire": "notSendArea"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(not_send_area=" + repr(self.not_send_area)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FreightTemplate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.not_send_area,
            self.extra,
        ) == (
            other.not_send_area,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(app_id=" + repr(self.app_id)
            + ", name=" + repr(self.name)
            + ", username=" + repr(self.username)
            + ", head_img_url=" + repr(self.head_img_url)
            + ", shipping_methods=" + repr(self.shipping_methods)
            + ", address_list=" + repr(self.address_list)
            + ", same_city_template=" + repr(self.same_city_template)
            + ", freight_template=" + repr(self.freight_template)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ShopInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.app_id,
            self.name,
            self.username,
            self.head_img_url,
            self.shipping_methods,
            self.address_list,
            self.same_city_template,
            self.freight_template,
            self.extra,
        ) == (
            other.app_id,
            other.name,
            other.username,
            other.head_img_url,
            other.shipping_methods,
            other.address_list,
            other.same_city_template,
            other.freight_template,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ProductParam:
    """A product attribute."""

    key: str | None = field(default=None, metadata={"wire": "key"})
    value: str | None = field(default=None, metadata={"wire": "value"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(key=" + repr(self.key)
            + ", value=" + repr(self.value)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductParam) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.key,
            self.value,
            self.extra,
        ) == (
            other.key,
            other.value,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ProductCategoryResponse:
    """Answer of product/category; catId values feed categoryId / category / noCategory."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    product_cats: list[Category] = field(factory=UnsetList, metadata={"wire": "productCats"})
    """Level-1 categories."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", product_cats=" + repr(self.product_cats)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductCategoryResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.product_cats,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.product_cats,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(title=" + repr(self.title)
            + ", sub_title=" + repr(self.sub_title)
            + ", head_img=" + repr(self.head_img)
            + ", category=" + repr(self.category)
            + ", brand=" + repr(self.brand)
            + ", brand_id=" + repr(self.brand_id)
            + ", model=" + repr(self.model)
            + ", detail=" + repr(self.detail)
            + ", param=" + repr(self.param)
            + ", min_price=" + repr(self.min_price)
            + ", express_info=" + repr(self.express_info)
            + ", total_stock_num=" + repr(self.total_stock_num)
            + ", total_sold_num=" + repr(self.total_sold_num)
            + ", total_order_num=" + repr(self.total_order_num)
            + ", discount_price=" + repr(self.discount_price)
            + ", discount=" + repr(self.discount)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnionProductInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.title,
            self.sub_title,
            self.head_img,
            self.category,
            self.brand,
            self.brand_id,
            self.model,
            self.detail,
            self.param,
            self.min_price,
            self.express_info,
            self.total_stock_num,
            self.total_sold_num,
            self.total_order_num,
            self.discount_price,
            self.discount,
            self.extra,
        ) == (
            other.title,
            other.sub_title,
            other.head_img,
            other.category,
            other.brand,
            other.brand_id,
            other.model,
            other.detail,
            other.param,
            other.min_price,
            other.express_info,
            other.total_stock_num,
            other.total_sold_num,
            other.total_order_num,
            other.discount_price,
            other.discount,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", status=" + repr(self.status)
            + ", info=" + repr(self.info)
            + ", skus=" + repr(self.skus)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnionProductDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.status,
            self.info,
            self.skus,
            self.extra,
        ) == (
            other.product_id,
            other.status,
            other.info,
            other.skus,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", app_id=" + repr(self.app_id)
            + ", product=" + repr(self.product)
            + ", league_ex_info=" + repr(self.league_ex_info)
            + ", shop_info=" + repr(self.shop_info)
            + ", coupon_info=" + repr(self.coupon_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnionProduct) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.app_id,
            self.product,
            self.league_ex_info,
            self.shop_info,
            self.coupon_info,
            self.extra,
        ) == (
            other.product_id,
            other.app_id,
            other.product,
            other.league_ex_info,
            other.shop_info,
            other.coupon_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ProductListResponse:
    """One page of product/list or product/select (select answers the same shape)."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    total: int = field(metadata={"wire": "total"})
    """Products matching the filters."""
    product_list: list[UnionProduct] = field(factory=UnsetList, metadata={"wire": "productList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", total=" + repr(self.total)
            + ", product_list=" + repr(self.product_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductListResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.total,
            self.product_list,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.total,
            other.product_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", app_id=" + repr(self.app_id)
            + ", customize_info=" + repr(self.customize_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GenerateProductItem) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.app_id,
            self.customize_info,
            self.extra,
        ) == (
            other.product_id,
            other.app_id,
            other.customize_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ProductGenerateRequest:
    pid: str = field(metadata={"wire": "pid"})
    """PID of the promotion spot the material is bound to."""
    product_list: list[GenerateProductItem] = field(metadata={"wire": "productList"})
    """Products (no maximum documented)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(pid=" + repr(self.pid)
            + ", product_list=" + repr(self.product_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductGenerateRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pid,
            self.product_list,
            self.extra,
        ) == (
            other.pid,
            other.product_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", title=" + repr(self.title)
            + ", sub_title=" + repr(self.sub_title)
            + ", head_img=" + repr(self.head_img)
            + ", min_price=" + repr(self.min_price)
            + ", discount=" + repr(self.discount)
            + ", discount_price=" + repr(self.discount_price)
            + ", total_stock_num=" + repr(self.total_stock_num)
            + ", shop_name=" + repr(self.shop_name)
            + ", shop_appid=" + repr(self.shop_appid)
            + ", plugin_result=" + repr(self.plugin_result)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GeneratedProductInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.title,
            self.sub_title,
            self.head_img,
            self.min_price,
            self.discount,
            self.discount_price,
            self.total_stock_num,
            self.shop_name,
            self.shop_appid,
            self.plugin_result,
            self.extra,
        ) == (
            other.product_id,
            other.title,
            other.sub_title,
            other.head_img,
            other.min_price,
            other.discount,
            other.discount_price,
            other.total_stock_num,
            other.shop_name,
            other.shop_appid,
            other.plugin_result,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(app_id=" + repr(self.app_id)
            + ", username=" + repr(self.username)
            + ", path=" + repr(self.path)
            + ", coupon_path=" + repr(self.coupon_path)
            + ", wxa_code=" + repr(self.wxa_code)
            + ", coupon_wxa_code=" + repr(self.coupon_wxa_code)
            + ", promotion_url=" + repr(self.promotion_url)
            + ", coupon_promotion_url=" + repr(self.coupon_promotion_url)
            + ", promotion_wording=" + repr(self.promotion_wording)
            + ", coupon_promotion_wording=" + repr(self.coupon_promotion_wording)
            + ", promotion_tag=" + repr(self.promotion_tag)
            + ", coupon_promotion_tag=" + repr(self.coupon_promotion_tag)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ShareInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.app_id,
            self.username,
            self.path,
            self.coupon_path,
            self.wxa_code,
            self.coupon_wxa_code,
            self.promotion_url,
            self.coupon_promotion_url,
            self.promotion_wording,
            self.coupon_promotion_wording,
            self.promotion_tag,
            self.coupon_promotion_tag,
            self.extra,
        ) == (
            other.app_id,
            other.username,
            other.path,
            other.coupon_path,
            other.wxa_code,
            other.coupon_wxa_code,
            other.promotion_url,
            other.coupon_promotion_url,
            other.promotion_wording,
            other.coupon_promotion_wording,
            other.promotion_tag,
            other.coupon_promotion_tag,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(pid=" + repr(self.pid)
            + ", product_id=" + repr(self.product_id)
            + ", product_info=" + repr(self.product_info)
            + ", share_info=" + repr(self.share_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductPromotion) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pid,
            self.product_id,
            self.product_info,
            self.share_info,
            self.extra,
        ) == (
            other.pid,
            other.product_id,
            other.product_info,
            other.share_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ProductGenerateResponse:
    """Answer of product/generate, one entry per requested product."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    materials: list[ProductPromotion] = field(factory=UnsetList, metadata={"wire": "list"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", materials=" + repr(self.materials)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductGenerateResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.materials,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.materials,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ParseTagRequest:
    tag_list: list[str] = field(metadata={"wire": "tagList"})
    """Promotion tags such as "#小程序://好物精选/测试商品***/YcaJDQiDOFEFr5g"; at most 10 a call (DOC)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(tag_list=" + repr(self.tag_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParseTagRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.tag_list,
            self.extra,
        ) == (
            other.tag_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", source=" + repr(self.source)
            + ", product_appid=" + repr(self.product_appid)
            + ", errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParsedTag) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.source,
            self.product_appid,
            self.errcode,
            self.errmsg,
            self.extra,
        ) == (
            other.product_id,
            other.source,
            other.product_appid,
            other.errcode,
            other.errmsg,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ParseTagResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    tag_list: list[ParsedTag] = field(factory=UnsetList, metadata={"wire": "tagList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", tag_list=" + repr(self.tag_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParseTagResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.tag_list,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.tag_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenAccountBindRequest:
    open_account: str = field(metadata={"wire": "openAccount"})
    """The open platform account (its AppID) to bind; same subject as the promoter, changeable twice a year (DOC)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(open_account=" + repr(self.open_account)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenAccountBindRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.open_account,
            self.extra,
        ) == (
            other.open_account,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenAccountGetResponse:
    """The bound open platform account; absent while none is bound (our reading)."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    open_account: str | None = field(default=None, metadata={"wire": "openAccount"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", open_account=" + repr(self.open_account)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenAccountGetResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.open_account,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.open_account,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class AddCustomizeInfoRequest:
    """Bind, or replace, the custom user parameter of one unionid."""

    unionid: str = field(metadata={"wire": "unionid"})
    """The user's UnionID under the bound open platform account."""
    customize_info: str = field(metadata={"wire": "customizeInfo"})
    """The parameter; 80 characters by analogy with generate's customizeInfo (not documented here)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(unionid=" + repr(self.unionid)
            + ", customize_info=" + repr(self.customize_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AddCustomizeInfoRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.unionid,
            self.customize_info,
            self.extra,
        ) == (
            other.unionid,
            other.customize_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class DeleteCustomizeInfoRequest:
    unionid: str = field(metadata={"wire": "unionid"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(unionid=" + repr(self.unionid)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DeleteCustomizeInfoRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.unionid,
            self.extra,
        ) == (
            other.unionid,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class GetCustomizeInfoResponse:
    """The custom user parameter of a unionid; absent while none is bound (our reading)."""

    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    customize_info: str | None = field(default=None, metadata={"wire": "customizeInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", customize_info=" + repr(self.customize_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GetCustomizeInfoResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.customize_info,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.customize_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenProductSkuInfo:
    """SKU data of a custom-component product; stockNum sits here, not in a stockInfo, and is sent as a string."""

    thumb_img: str | None = field(default=None, metadata={"wire": "thumbImg"})
    sale_price: int | None = field(default=None, metadata={"wire": "salePrice"})
    market_price: int | None = field(default=None, metadata={"wire": "marketPrice"})
    stock_num: int | None = field(default=None, metadata={"wire": "stockNum", "wire_type": "string"})
    """SKU stock (sample "100")."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(thumb_img=" + repr(self.thumb_img)
            + ", sale_price=" + repr(self.sale_price)
            + ", market_price=" + repr(self.market_price)
            + ", stock_num=" + repr(self.stock_num)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductSkuInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.thumb_img,
            self.sale_price,
            self.market_price,
            self.stock_num,
            self.extra,
        ) == (
            other.thumb_img,
            other.sale_price,
            other.market_price,
            other.stock_num,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenProductSku:
    sku_id: str = field(metadata={"wire": "skuId"})
    product_sku_info: OpenProductSkuInfo = field(metadata={"wire": "productSkuInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(sku_id=" + repr(self.sku_id)
            + ", product_sku_info=" + repr(self.product_sku_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductSku) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sku_id,
            self.product_sku_info,
            self.extra,
        ) == (
            other.sku_id,
            other.product_sku_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(title=" + repr(self.title)
            + ", head_img=" + repr(self.head_img)
            + ", detail=" + repr(self.detail)
            + ", brand_id=" + repr(self.brand_id)
            + ", min_price=" + repr(self.min_price)
            + ", total_stock_num=" + repr(self.total_stock_num)
            + ", path=" + repr(self.path)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.title,
            self.head_img,
            self.detail,
            self.brand_id,
            self.min_price,
            self.total_stock_num,
            self.path,
            self.extra,
        ) == (
            other.title,
            other.head_img,
            other.detail,
            other.brand_id,
            other.min_price,
            other.total_stock_num,
            other.path,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenProductDetail:
    product_id: str = field(metadata={"wire": "productId"})
    info: OpenProductInfo = field(metadata={"wire": "info"})
    skus: list[OpenProductSku] = field(factory=UnsetList, metadata={"wire": "skus"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", info=" + repr(self.info)
            + ", skus=" + repr(self.skus)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.info,
            self.skus,
            self.extra,
        ) == (
            other.product_id,
            other.info,
            other.skus,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenProduct:
    """One item of open_product/list (no leagueExInfo or couponInfo in any source)."""

    product: OpenProductDetail = field(metadata={"wire": "product"})
    shop_info: ShopInfo = field(metadata={"wire": "shopInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product=" + repr(self.product)
            + ", shop_info=" + repr(self.shop_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProduct) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product,
            self.shop_info,
            self.extra,
        ) == (
            other.product,
            other.shop_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenProductListResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    total: int = field(metadata={"wire": "total"})
    product_list: list[OpenProduct] = field(factory=UnsetList, metadata={"wire": "productList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", total=" + repr(self.total)
            + ", product_list=" + repr(self.product_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductListResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.total,
            self.product_list,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.total,
            other.product_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenProductGenerateRequest:
    pid: str = field(metadata={"wire": "pid"})
    product_list: list[GenerateProductItem] = field(metadata={"wire": "productList"})
    get_short_url: bool | None = field(default=None, metadata={"wire": "getShortUrl"})
    """Also return the short link and promotion text."""
    get_info: bool | None = field(default=None, metadata={"wire": "getInfo"})
    """Also return the product information."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(pid=" + repr(self.pid)
            + ", product_list=" + repr(self.product_list)
            + ", get_short_url=" + repr(self.get_short_url)
            + ", get_info=" + repr(self.get_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductGenerateRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pid,
            self.product_list,
            self.get_short_url,
            self.get_info,
            self.extra,
        ) == (
            other.pid,
            other.product_list,
            other.get_short_url,
            other.get_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", title=" + repr(self.title)
            + ", sub_title=" + repr(self.sub_title)
            + ", head_img=" + repr(self.head_img)
            + ", min_price=" + repr(self.min_price)
            + ", total_stock_num=" + repr(self.total_stock_num)
            + ", shop_name=" + repr(self.shop_name)
            + ", shop_status=" + repr(self.shop_status)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenGeneratedProductInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.title,
            self.sub_title,
            self.head_img,
            self.min_price,
            self.total_stock_num,
            self.shop_name,
            self.shop_status,
            self.extra,
        ) == (
            other.product_id,
            other.title,
            other.sub_title,
            other.head_img,
            other.min_price,
            other.total_stock_num,
            other.shop_name,
            other.shop_status,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(app_id=" + repr(self.app_id)
            + ", username=" + repr(self.username)
            + ", path=" + repr(self.path)
            + ", promotion_wording=" + repr(self.promotion_wording)
            + ", promotion_url=" + repr(self.promotion_url)
            + ", promotion_tag=" + repr(self.promotion_tag)
            + ", code=" + repr(self.code)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenShareInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.app_id,
            self.username,
            self.path,
            self.promotion_wording,
            self.promotion_url,
            self.promotion_tag,
            self.code,
            self.extra,
        ) == (
            other.app_id,
            other.username,
            other.path,
            other.promotion_wording,
            other.promotion_url,
            other.promotion_tag,
            other.code,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenProductPromotion:
    pid: str = field(metadata={"wire": "pid"})
    product_info: OpenGeneratedProductInfo = field(metadata={"wire": "productInfo"})
    share_info: OpenShareInfo = field(metadata={"wire": "shareInfo"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(pid=" + repr(self.pid)
            + ", product_info=" + repr(self.product_info)
            + ", share_info=" + repr(self.share_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductPromotion) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pid,
            self.product_info,
            self.share_info,
            self.extra,
        ) == (
            other.pid,
            other.product_info,
            other.share_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenProductGenerateResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    materials: list[OpenProductPromotion] = field(factory=UnsetList, metadata={"wire": "list"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", materials=" + repr(self.materials)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductGenerateResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.materials,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.materials,
            other.extra,
        )


class CommissionStatus(OpenStrEnum):
    """Commission state of an order line (open: unknown values are kept)."""

    SETTLEMENT_PENDING = "SETTLEMENT_PENDING"
    SETTLEMENT_SUCCESS = "SETTLEMENT_SUCCESS"
    SETTLEMENT_CANCELED = "SETTLEMENT_CANCELED"


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", sku_id=" + repr(self.sku_id)
            + ", title=" + repr(self.title)
            + ", thumb_img=" + repr(self.thumb_img)
            + ", price=" + repr(self.price)
            + ", product_cnt=" + repr(self.product_cnt)
            + ", ratio=" + repr(self.ratio)
            + ", commission_status=" + repr(self.commission_status)
            + ", commission_status_update_time=" + repr(self.commission_status_update_time)
            + ", profit_sharding_suc_time=" + repr(self.profit_sharding_suc_time)
            + ", commission=" + repr(self.commission)
            + ", estimated_commission=" + repr(self.estimated_commission)
            + ", category_str=" + repr(self.category_str)
            + ", promotion_info=" + repr(self.promotion_info)
            + ", customize_info=" + repr(self.customize_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderProduct) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.sku_id,
            self.title,
            self.thumb_img,
            self.price,
            self.product_cnt,
            self.ratio,
            self.commission_status,
            self.commission_status_update_time,
            self.profit_sharding_suc_time,
            self.commission,
            self.estimated_commission,
            self.category_str,
            self.promotion_info,
            self.customize_info,
            self.extra,
        ) == (
            other.product_id,
            other.sku_id,
            other.title,
            other.thumb_img,
            other.price,
            other.product_cnt,
            other.ratio,
            other.commission_status,
            other.commission_status_update_time,
            other.profit_sharding_suc_time,
            other.commission,
            other.estimated_commission,
            other.category_str,
            other.promotion_info,
            other.customize_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(order_id=" + repr(self.order_id)
            + ", pay_time=" + repr(self.pay_time)
            + ", confirm_receipt_time=" + repr(self.confirm_receipt_time)
            + ", shop_name=" + repr(self.shop_name)
            + ", shop_appid=" + repr(self.shop_appid)
            + ", product_list=" + repr(self.product_list)
            + ", customize_info=" + repr(self.customize_info)
            + ", custom_user_id=" + repr(self.custom_user_id)
            + ", user_nick_name=" + repr(self.user_nick_name)
            + ", order_price=" + repr(self.order_price)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnionOrder) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.order_id,
            self.pay_time,
            self.confirm_receipt_time,
            self.shop_name,
            self.shop_appid,
            self.product_list,
            self.customize_info,
            self.custom_user_id,
            self.user_nick_name,
            self.order_price,
            self.extra,
        ) == (
            other.order_id,
            other.pay_time,
            other.confirm_receipt_time,
            other.shop_name,
            other.shop_appid,
            other.product_list,
            other.customize_info,
            other.custom_user_id,
            other.user_nick_name,
            other.order_price,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OrderInfoRequest:
    """Always the object {"orderIdList": [...]}, never a bare array (EW 5.x and EasySwoole post whatever they are given)."""

    order_id_list: list[str] = field(metadata={"wire": "orderIdList"})
    """Order ids (strings; SKIT types them long). At most 200 (a commented-out check in DT)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(order_id_list=" + repr(self.order_id_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderInfoRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.order_id_list,
            self.extra,
        ) == (
            other.order_id_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OrderInfoResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    order_list: list[UnionOrder] = field(factory=UnsetList, metadata={"wire": "orderList"})
    """The orders found (unknown ids are left out)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", order_list=" + repr(self.order_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderInfoResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.order_list,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.order_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", order_list=" + repr(self.order_list)
            + ", total_num=" + repr(self.total_num)
            + ", page_size=" + repr(self.page_size)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderSearchResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.order_list,
            self.total_num,
            self.page_size,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.order_list,
            other.total_num,
            other.page_size,
            other.extra,
        )


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
@define(kw_only=True, repr=False, eq=False)
class NormalOrderShop:
    nickname: str | None = field(default=None, metadata={"wire": "nickname"})
    appid: str | None = field(default=None, metadata={"wire": "appid"})
    username: str | None = field(default=None, metadata={"wire": "username"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(nickname=" + repr(self.nickname)
            + ", appid=" + repr(self.appid)
            + ", username=" + repr(self.username)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NormalOrderShop) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.nickname,
            self.appid,
            self.username,
            self.extra,
        ) == (
            other.nickname,
            other.appid,
            other.username,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(order_id=" + repr(self.order_id)
            + ", out_order_id=" + repr(self.out_order_id)
            + ", transaction_id=" + repr(self.transaction_id)
            + ", pay_time=" + repr(self.pay_time)
            + ", create_time=" + repr(self.create_time)
            + ", order_price=" + repr(self.order_price)
            + ", freight=" + repr(self.freight)
            + ", discounted_price=" + repr(self.discounted_price)
            + ", additional_price=" + repr(self.additional_price)
            + ", additional_remarks=" + repr(self.additional_remarks)
            + ", status=" + repr(self.status)
            + ", status_update_time=" + repr(self.status_update_time)
            + ", shop_info=" + repr(self.shop_info)
            + ", path=" + repr(self.path)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NormalOrderInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.order_id,
            self.out_order_id,
            self.transaction_id,
            self.pay_time,
            self.create_time,
            self.order_price,
            self.freight,
            self.discounted_price,
            self.additional_price,
            self.additional_remarks,
            self.status,
            self.status_update_time,
            self.shop_info,
            self.path,
            self.extra,
        ) == (
            other.order_id,
            other.out_order_id,
            other.transaction_id,
            other.pay_time,
            other.create_time,
            other.order_price,
            other.freight,
            other.discounted_price,
            other.additional_price,
            other.additional_remarks,
            other.status,
            other.status_update_time,
            other.shop_info,
            other.path,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(product_id=" + repr(self.product_id)
            + ", out_product_id=" + repr(self.out_product_id)
            + ", sku_id=" + repr(self.sku_id)
            + ", out_sku_id=" + repr(self.out_sku_id)
            + ", title=" + repr(self.title)
            + ", head_img=" + repr(self.head_img)
            + ", sale_price=" + repr(self.sale_price)
            + ", real_price=" + repr(self.real_price)
            + ", product_cnt=" + repr(self.product_cnt)
            + ", ratio=" + repr(self.ratio)
            + ", commission_value=" + repr(self.commission_value)
            + ", commission_status=" + repr(self.commission_status)
            + ", commission_status_update_time=" + repr(self.commission_status_update_time)
            + ", promotion_info=" + repr(self.promotion_info)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NormalOrderProduct) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.product_id,
            self.out_product_id,
            self.sku_id,
            self.out_sku_id,
            self.title,
            self.head_img,
            self.sale_price,
            self.real_price,
            self.product_cnt,
            self.ratio,
            self.commission_value,
            self.commission_status,
            self.commission_status_update_time,
            self.promotion_info,
            self.extra,
        ) == (
            other.product_id,
            other.out_product_id,
            other.sku_id,
            other.out_sku_id,
            other.title,
            other.head_img,
            other.sale_price,
            other.real_price,
            other.product_cnt,
            other.ratio,
            other.commission_value,
            other.commission_status,
            other.commission_status_update_time,
            other.promotion_info,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class NormalOrder:
    order_info: NormalOrderInfo = field(metadata={"wire": "orderInfo"})
    product_list: list[NormalOrderProduct] = field(factory=UnsetList, metadata={"wire": "productList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(order_info=" + repr(self.order_info)
            + ", product_list=" + repr(self.product_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NormalOrder) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.order_info,
            self.product_list,
            self.extra,
        ) == (
            other.order_info,
            other.product_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class NormalOrderSearchResponse:
    errcode: int | None = field(default=None, metadata={"wire": "errcode"})
    errmsg: str | None = field(default=None, metadata={"wire": "errmsg"})
    total: int = field(metadata={"wire": "total"})
    order_list: list[NormalOrder] = field(factory=UnsetList, metadata={"wire": "orderList"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(errcode=" + repr(self.errcode)
            + ", errmsg=" + repr(self.errmsg)
            + ", total=" + repr(self.total)
            + ", order_list=" + repr(self.order_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NormalOrderSearchResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.errcode,
            self.errmsg,
            self.total,
            self.order_list,
            self.extra,
        ) == (
            other.errcode,
            other.errmsg,
            other.total,
            other.order_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class TokenRequest:
    """Query parameters of token."""

    grant_type: GrantType = field(metadata={"wire": "grant_type"})
    appid: str = field(metadata={"wire": "appid"})
    secret: str = field(metadata={"wire": "secret"}, repr=False)
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(grant_type=" + repr(self.grant_type)
            + ", appid=" + repr(self.appid)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TokenRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.grant_type,
            self.appid,
            self.secret,
            self.extra,
        ) == (
            other.grant_type,
            other.appid,
            other.secret,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PlanInfoRequest:
    """Query parameters of plan_info."""

    plan_invitation_url: str = field(metadata={"wire": "planInvitationUrl"})
    """The plan's invitation link."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(plan_invitation_url=" + repr(self.plan_invitation_url)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlanInfoRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.plan_invitation_url,
            self.extra,
        ) == (
            other.plan_invitation_url,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ApplyStatusRequest:
    """Query parameters of apply_status."""

    plan_id: str = field(metadata={"wire": "planId"})
    """Targeted plan ID (base64 format)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(plan_id=" + repr(self.plan_id)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplyStatusRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.plan_id,
            self.extra,
        ) == (
            other.plan_id,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class PromotionListRequest:
    """Query parameters of list."""

    start: int = field(metadata={"wire": "start"})
    """Offset of the first spot (default 0)."""
    limit: int = field(metadata={"wire": "limit"})
    """Page size (default 20). The maximum is not documented; promotionMaxCnt is 100, so 100 is ours."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(start=" + repr(self.start)
            + ", limit=" + repr(self.limit)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromotionListRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start,
            self.limit,
            self.extra,
        ) == (
            other.start,
            other.limit,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class ProductCategoryRequest:
    """Query parameters of product_category."""

    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductCategoryRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.extra,
        ) == (
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(offset=" + repr(self.offset)
            + ", limit=" + repr(self.limit)
            + ", query_type=" + repr(self.query_type)
            + ", query=" + repr(self.query)
            + ", max_price=" + repr(self.max_price)
            + ", min_price=" + repr(self.min_price)
            + ", min_commission_value=" + repr(self.min_commission_value)
            + ", min_commission_ratio=" + repr(self.min_commission_ratio)
            + ", sort_type=" + repr(self.sort_type)
            + ", has_coupon=" + repr(self.has_coupon)
            + ", shop_app_ids=" + repr(self.shop_app_ids)
            + ", category_id=" + repr(self.category_id)
            + ", category=" + repr(self.category)
            + ", no_category=" + repr(self.no_category)
            + ", product_id=" + repr(self.product_id)
            + ", shipping_methods=" + repr(self.shipping_methods)
            + ", address_list=" + repr(self.address_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductListRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.offset,
            self.limit,
            self.query_type,
            self.query,
            self.max_price,
            self.min_price,
            self.min_commission_value,
            self.min_commission_ratio,
            self.sort_type,
            self.has_coupon,
            self.shop_app_ids,
            self.category_id,
            self.category,
            self.no_category,
            self.product_id,
            self.shipping_methods,
            self.address_list,
            self.extra,
        ) == (
            other.offset,
            other.limit,
            other.query_type,
            other.query,
            other.max_price,
            other.min_price,
            other.min_commission_value,
            other.min_commission_ratio,
            other.sort_type,
            other.has_coupon,
            other.shop_app_ids,
            other.category_id,
            other.category,
            other.no_category,
            other.product_id,
            other.shipping_methods,
            other.address_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(offset=" + repr(self.offset)
            + ", limit=" + repr(self.limit)
            + ", max_price=" + repr(self.max_price)
            + ", min_price=" + repr(self.min_price)
            + ", min_commission_value=" + repr(self.min_commission_value)
            + ", min_commission_ratio=" + repr(self.min_commission_ratio)
            + ", sort_type=" + repr(self.sort_type)
            + ", has_coupon=" + repr(self.has_coupon)
            + ", shop_app_ids=" + repr(self.shop_app_ids)
            + ", category_id=" + repr(self.category_id)
            + ", category=" + repr(self.category)
            + ", no_category=" + repr(self.no_category)
            + ", product_id=" + repr(self.product_id)
            + ", shipping_methods=" + repr(self.shipping_methods)
            + ", address_list=" + repr(self.address_list)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProductSelectRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.offset,
            self.limit,
            self.max_price,
            self.min_price,
            self.min_commission_value,
            self.min_commission_ratio,
            self.sort_type,
            self.has_coupon,
            self.shop_app_ids,
            self.category_id,
            self.category,
            self.no_category,
            self.product_id,
            self.shipping_methods,
            self.address_list,
            self.extra,
        ) == (
            other.offset,
            other.limit,
            other.max_price,
            other.min_price,
            other.min_commission_value,
            other.min_commission_ratio,
            other.sort_type,
            other.has_coupon,
            other.shop_app_ids,
            other.category_id,
            other.category,
            other.no_category,
            other.product_id,
            other.shipping_methods,
            other.address_list,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class OpenAccountGetRequest:
    """Query parameters of open_account_get."""

    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenAccountGetRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.extra,
        ) == (
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class GetCustomizeInfoRequest:
    """Query parameters of open_account_get_customize_info."""

    unionid: str = field(metadata={"wire": "unionid"})
    """The user's UnionID."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(unionid=" + repr(self.unionid)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GetCustomizeInfoRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.unionid,
            self.extra,
        ) == (
            other.unionid,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(offset=" + repr(self.offset)
            + ", limit=" + repr(self.limit)
            + ", query_type=" + repr(self.query_type)
            + ", query=" + repr(self.query)
            + ", max_price=" + repr(self.max_price)
            + ", min_price=" + repr(self.min_price)
            + ", min_commission_value=" + repr(self.min_commission_value)
            + ", min_commission_ratio=" + repr(self.min_commission_ratio)
            + ", sort_type=" + repr(self.sort_type)
            + ", shop_app_ids=" + repr(self.shop_app_ids)
            + ", category_id=" + repr(self.category_id)
            + ", category=" + repr(self.category)
            + ", no_category=" + repr(self.no_category)
            + ", product_id=" + repr(self.product_id)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpenProductListRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.offset,
            self.limit,
            self.query_type,
            self.query,
            self.max_price,
            self.min_price,
            self.min_commission_value,
            self.min_commission_ratio,
            self.sort_type,
            self.shop_app_ids,
            self.category_id,
            self.category,
            self.no_category,
            self.product_id,
            self.extra,
        ) == (
            other.offset,
            other.limit,
            other.query_type,
            other.query,
            other.max_price,
            other.min_price,
            other.min_commission_value,
            other.min_commission_ratio,
            other.sort_type,
            other.shop_app_ids,
            other.category_id,
            other.category,
            other.no_category,
            other.product_id,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(page=" + repr(self.page)
            + ", page_size=" + repr(self.page_size)
            + ", start_timestamp=" + repr(self.start_timestamp)
            + ", end_timestamp=" + repr(self.end_timestamp)
            + ", commission_status=" + repr(self.commission_status)
            + ", sort_by_commission_update_time=" + repr(self.sort_by_commission_update_time)
            + ", start_commission_update_time=" + repr(self.start_commission_update_time)
            + ", end_commission_update_time=" + repr(self.end_commission_update_time)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderSearchRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.page,
            self.page_size,
            self.start_timestamp,
            self.end_timestamp,
            self.commission_status,
            self.sort_by_commission_update_time,
            self.start_commission_update_time,
            self.end_commission_update_time,
            self.extra,
        ) == (
            other.page,
            other.page_size,
            other.start_timestamp,
            other.end_timestamp,
            other.commission_status,
            other.sort_by_commission_update_time,
            other.start_commission_update_time,
            other.end_commission_update_time,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(offset=" + repr(self.offset)
            + ", limit=" + repr(self.limit)
            + ", query=" + repr(self.query)
            + ", order_id=" + repr(self.order_id)
            + ", out_order_id=" + repr(self.out_order_id)
            + ", out_order_id_list=" + repr(self.out_order_id_list)
            + ", trade_no=" + repr(self.trade_no)
            + ", transaction_id_list=" + repr(self.transaction_id_list)
            + ", start_pay_time=" + repr(self.start_pay_time)
            + ", end_pay_time=" + repr(self.end_pay_time)
            + ", commission_status=" + repr(self.commission_status)
            + ", start_status_update_time=" + repr(self.start_status_update_time)
            + ", end_status_update_time=" + repr(self.end_status_update_time)
            + ", sort_by=" + repr(self.sort_by)
            + ", sort_order=" + repr(self.sort_order)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderSearchNormalOrderRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.offset,
            self.limit,
            self.query,
            self.order_id,
            self.out_order_id,
            self.out_order_id_list,
            self.trade_no,
            self.transaction_id_list,
            self.start_pay_time,
            self.end_pay_time,
            self.commission_status,
            self.start_status_update_time,
            self.end_status_update_time,
            self.sort_by,
            self.sort_order,
            self.extra,
        ) == (
            other.offset,
            other.limit,
            other.query,
            other.order_id,
            other.out_order_id,
            other.out_order_id_list,
            other.trade_no,
            other.transaction_id_list,
            other.start_pay_time,
            other.end_pay_time,
            other.commission_status,
            other.start_status_update_time,
            other.end_status_update_time,
            other.sort_by,
            other.sort_order,
            other.extra,
        )


# Reprs, tracebacks and pickles name the public module, which re-exports every class.
publish(globals(), 'promosdk.models')
