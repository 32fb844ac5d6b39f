# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""Fast decoders of WeChat Mini Program Union — promoter API: one straight-line function per model (codegen/decoders.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from promosdk._fast_decode import GiveUp, check_untyped, json_document, new_instance, unknown_fields
from promosdk._public import UnsetList
from promosdk._serde_scalars import (
    structure_bool,
    structure_int,
    structure_str,
    structure_yuan,
)

from .models import (
    AccessTokenResponse,
    AddCustomizeInfoRequest,
    AddressInfo,
    ApplyStatusData,
    ApplyStatusRequest,
    ApplyStatusResponse,
    ApplyTargetRequest,
    BizBasicInfo,
    Category,
    CommissionStatus,
    CouponDetail,
    CouponInfo,
    DeleteCustomizeInfoRequest,
    DeliverScopeType,
    DiscountCondition,
    DiscountInfo,
    ErrcodeResponse,
    ExpressInfo,
    ExtInfo,
    FreightTemplate,
    GenerateProductItem,
    GeneratedProductInfo,
    GetCustomizeInfoRequest,
    GetCustomizeInfoResponse,
    GrantType,
    GroupbuyInfo,
    HasCommission,
    HasCoupon,
    LeagueExInfo,
    NormalOrder,
    NormalOrderCommissionStatus,
    NormalOrderInfo,
    NormalOrderProduct,
    NormalOrderSearchResponse,
    NormalOrderShop,
    NormalOrderSortBy,
    NotSendArea,
    OpenAccountBindRequest,
    OpenAccountGetRequest,
    OpenAccountGetResponse,
    OpenGeneratedProductInfo,
    OpenProduct,
    OpenProductDetail,
    OpenProductGenerateRequest,
    OpenProductGenerateResponse,
    OpenProductInfo,
    OpenProductListRequest,
    OpenProductListResponse,
    OpenProductPromotion,
    OpenProductSku,
    OpenProductSkuInfo,
    OpenShareInfo,
    OrderInfoRequest,
    OrderInfoResponse,
    OrderProduct,
    OrderSearchNormalOrderRequest,
    OrderSearchRequest,
    OrderSearchResponse,
    ParseTagRequest,
    ParseTagResponse,
    ParsedTag,
    PlanInfoRequest,
    PlanInfoResponse,
    PlanStatus,
    PreviousPromotionInfo,
    ProductCategoryRequest,
    ProductCategoryResponse,
    ProductDetail,
    ProductDetailInfo,
    ProductGenerateRequest,
    ProductGenerateResponse,
    ProductInfo,
    ProductListRequest,
    ProductListResponse,
    ProductParam,
    ProductPromotion,
    ProductSelectRequest,
    ProductSkuInfo,
    ProductSource,
    PromoterStatus,
    PromotionAddRequest,
    PromotionAddResponse,
    PromotionDeleteRequest,
    PromotionInfo,
    PromotionListRequest,
    PromotionListResponse,
    PromotionSource,
    PromotionUpdRequest,
    ReceiveInfo,
    SameCityTemplate,
    ServiceDesc,
    ShareInfo,
    ShipFromAddress,
    ShippingMethods,
    ShopInfo,
    Sku,
    SkuIdList,
    SkuList,
    SkuPrice,
    SnapshotInfo,
    SortOrder,
    SpuLimited,
    StableTokenRequest,
    StockInfo,
    TargetPlanInfo,
    TokenRequest,
    UnionOrder,
    UnionProduct,
    UnionProductDetail,
    UnionProductInfo,
    ValidInfo,
    ValidType,
)

__all__ = ["DECODERS"]

_KNOWN_AccessTokenResponse: frozenset[str] = frozenset({"errcode", "errmsg", "access_token", "expires_in"})
_KNOWN_AddCustomizeInfoRequest: frozenset[str] = frozenset({"unionid", "customizeInfo"})
_KNOWN_AddressInfo: frozenset[str] = frozenset({"provinceName", "cityName", "countyName"})
_MEMBERS_PromoterStatus: dict[int, PromoterStatus] = {member.value: member for member in PromoterStatus}
_KNOWN_ApplyStatusData: frozenset[str] = frozenset({"planId", "promoterStatus", "applyTime", "joinTime", "applyReason", "rejectTime", "removeTime"})
_KNOWN_ApplyStatusRequest: frozenset[str] = frozenset({"planId"})
_KNOWN_ApplyStatusResponse: frozenset[str] = frozenset({"errcode", "errmsg", "data"})
_KNOWN_ApplyTargetRequest: frozenset[str] = frozenset({"planId", "applyReason"})
_KNOWN_BizBasicInfo: frozenset[str] = frozenset({"headimgurl", "nickname", "appid"})
_KNOWN_Category: frozenset[str] = frozenset({"catId", "name"})
_KNOWN_CouponDetail: frozenset[str] = frozenset({"restNum", "type", "discountInfo", "validInfo", "receiveInfo"})
_MEMBERS_HasCoupon: dict[int, HasCoupon] = {member.value: member for member in HasCoupon}
_KNOWN_CouponInfo: frozenset[str] = frozenset({"hasCoupon", "couponId", "couponDetail", "allCouponIds", "discount"})
_KNOWN_DeleteCustomizeInfoRequest: frozenset[str] = frozenset({"unionid"})
_KNOWN_DiscountCondition: frozenset[str] = frozenset({"productIds", "productCnt", "productPrice"})
_KNOWN_DiscountInfo: frozenset[str] = frozenset({"discountCondition", "discountNum", "discountFee"})
_KNOWN_ErrcodeResponse: frozenset[str] = frozenset({"errcode", "errmsg"})
_KNOWN_ExpressInfo: frozenset[str] = frozenset({"templateId"})
_KNOWN_ExtInfo: frozenset[str] = frozenset({"bizBasicInfo", "data"})
_KNOWN_FreightTemplate: frozenset[str] = frozenset({"notSendArea"})
_KNOWN_GenerateProductItem: frozenset[str] = frozenset({"productId", "appId", "customizeInfo"})
_KNOWN_GeneratedProductInfo: frozenset[str] = frozenset({"productId", "title", "subTitle", "headImg", "minPrice", "discount", "discountPrice", "totalStockNum", "shopName", "shopAppid", "pluginResult"})
_KNOWN_GetCustomizeInfoRequest: frozenset[str] = frozenset({"unionid"})
_KNOWN_GetCustomizeInfoResponse: frozenset[str] = frozenset({"errcode", "errmsg", "customizeInfo"})
_KNOWN_GroupbuyInfo: frozenset[str] = frozenset({"skuList"})
_MEMBERS_HasCommission: dict[int, HasCommission] = {member.value: member for member in HasCommission}
_KNOWN_LeagueExInfo: frozenset[str] = frozenset({"hasCommission", "commissionRatio", "commissionValue", "banBizuin", "banCategory", "banProduct"})
_KNOWN_NormalOrder: frozenset[str] = frozenset({"orderInfo", "productList"})
_KNOWN_NormalOrderInfo: frozenset[str] = frozenset({"orderId", "outOrderId", "transactionId", "payTime", "createTime", "orderPrice", "freight", "discountedPrice", "additionalPrice", "additionalRemarks", "status", "statusUpdateTime", "shopInfo", "path"})
_MEMBERS_NormalOrderCommissionStatus: dict[str, NormalOrderCommissionStatus] = {member.value: member for member in NormalOrderCommissionStatus}
_KNOWN_NormalOrderProduct: frozenset[str] = frozenset({"productId", "outProductId", "skuId", "outSkuId", "title", "headImg", "salePrice", "realPrice", "productCnt", "ratio", "commissionValue", "commissionStatus", "commissionStatusUpdateTime", "promotionInfo"})
_KNOWN_NormalOrderShop: frozenset[str] = frozenset({"nickname", "appid", "username"})
_KNOWN_PromotionSource: frozenset[str] = frozenset({"promotionSourceName", "promotionSourcePid", "status", "pidId"})
_KNOWN_NormalOrderSearchResponse: frozenset[str] = frozenset({"errcode", "errmsg", "total", "orderList"})
_KNOWN_NotSendArea: frozenset[str] = frozenset({"addressInfoList"})
_KNOWN_OpenAccountBindRequest: frozenset[str] = frozenset({"openAccount"})
_KNOWN_OpenAccountGetRequest: frozenset[str] = frozenset()
_KNOWN_OpenAccountGetResponse: frozenset[str] = frozenset({"errcode", "errmsg", "openAccount"})
_KNOWN_OpenGeneratedProductInfo: frozenset[str] = frozenset({"productId", "title", "subTitle", "headImg", "minPrice", "totalStockNum", "shopName", "shopStatus"})
_KNOWN_OpenProduct: frozenset[str] = frozenset({"product", "shopInfo"})
_KNOWN_OpenProductDetail: frozenset[str] = frozenset({"productId", "info", "skus"})
_KNOWN_OpenProductGenerateRequest: frozenset[str] = frozenset({"pid", "productList", "getShortUrl", "getInfo"})
_KNOWN_OpenShareInfo: frozenset[str] = frozenset({"appId", "username", "path", "promotionWording", "promotionUrl", "promotionTag", "code"})
_KNOWN_OpenProductPromotion: frozenset[str] = frozenset({"pid", "productInfo", "shareInfo"})
_KNOWN_OpenProductGenerateResponse: frozenset[str] = frozenset({"errcode", "errmsg", "list"})
_KNOWN_OpenProductInfo: frozenset[str] = frozenset({"title", "headImg", "detail", "brandId", "minPrice", "totalStockNum", "path"})
_KNOWN_OpenProductListRequest: frozenset[str] = frozenset({"from", "limit", "queryType", "query", "maxPrice", "minPrice", "minCommissionValue", "minCommissionRatio", "sortType", "shopAppIds", "categoryId", "category", "noCategory", "productId"})
_KNOWN_ProductDetail: frozenset[str] = frozenset({"detailImg", "detailVideos", "detailVideoInfo", "desc"})
_KNOWN_OpenProductSkuInfo: frozenset[str] = frozenset({"thumbImg", "salePrice", "marketPrice", "stockNum"})
_KNOWN_OpenProductSku: frozenset[str] = frozenset({"skuId", "productSkuInfo"})
_KNOWN_ShippingMethods: frozenset[str] = frozenset({"express", "sameCity", "pickup"})
_KNOWN_ShipFromAddress: frozenset[str] = frozenset({"addressInfo", "addressType"})
_MEMBERS_DeliverScopeType: dict[int, DeliverScopeType] = {member.value: member for member in DeliverScopeType}
_KNOWN_SameCityTemplate: frozenset[str] = frozenset({"deliverScopeType", "scope", "region"})
_KNOWN_ShopInfo: frozenset[str] = frozenset({"appId", "name", "username", "headImgUrl", "shippingMethods", "addressList", "sameCityTemplate", "freightTemplate"})
_KNOWN_OpenProductListResponse: frozenset[str] = frozenset({"errcode", "errmsg", "total", "productList"})
_KNOWN_OrderInfoRequest: frozenset[str] = frozenset({"orderIdList"})
_MEMBERS_CommissionStatus: dict[str, CommissionStatus] = {member.value: member for member in CommissionStatus}
_KNOWN_OrderProduct: frozenset[str] = frozenset({"productId", "skuId", "title", "thumbImg", "price", "productCnt", "ratio", "commissionStatus", "commissionStatusUpdateTime", "profitShardingSucTime", "commission", "estimatedCommission", "categoryStr", "promotionInfo", "customizeInfo"})
_KNOWN_UnionOrder: frozenset[str] = frozenset({"orderId", "payTime", "confirmReceiptTime", "shopName", "shopAppid", "productList", "customizeInfo", "customUserId", "userNickName", "orderPrice"})
_KNOWN_OrderInfoResponse: frozenset[str] = frozenset({"errcode", "errmsg", "orderList"})
_MEMBERS_NormalOrderSortBy: dict[str, NormalOrderSortBy] = {member.value: member for member in NormalOrderSortBy}
_MEMBERS_SortOrder: dict[str, SortOrder] = {member.value: member for member in SortOrder}
_KNOWN_OrderSearchNormalOrderRequest: frozenset[str] = frozenset({"offset", "limit", "query", "orderId", "outOrderId", "outOrderIdList", "tradeNo", "transactionIdList", "startPayTime", "endPayTime", "commissionStatus", "startStatusUpdateTime", "endStatusUpdateTime", "sortBy", "sortOrder"})
_KNOWN_OrderSearchRequest: frozenset[str] = frozenset({"page", "pageSize", "startTimestamp", "endTimestamp", "commissionStatus", "sortByCommissionUpdateTime", "startCommissionUpdateTime", "endCommissionUpdateTime"})
_KNOWN_OrderSearchResponse: frozenset[str] = frozenset({"errcode", "errmsg", "orderList", "totalNum", "pageSize"})
_KNOWN_ParseTagRequest: frozenset[str] = frozenset({"tagList"})
_MEMBERS_ProductSource: dict[int, ProductSource] = {member.value: member for member in ProductSource}
_KNOWN_ParsedTag: frozenset[str] = frozenset({"productId", "source", "productAppid", "errcode", "errmsg"})
_KNOWN_ParseTagResponse: frozenset[str] = frozenset({"errcode", "errmsg", "tagList"})
_KNOWN_PlanInfoRequest: frozenset[str] = frozenset({"planInvitationUrl"})
_MEMBERS_PlanStatus: dict[int, PlanStatus] = {member.value: member for member in PlanStatus}
_KNOWN_TargetPlanInfo: frozenset[str] = frozenset({"planId", "planStatus", "planName", "planDesc", "planStartTime", "planEndTime", "extInfo"})
_KNOWN_StockInfo: frozenset[str] = frozenset({"stockNum"})
_KNOWN_ProductSkuInfo: frozenset[str] = frozenset({"thumbImg", "salePrice", "marketPrice", "stockInfo", "skuCode"})
_KNOWN_Sku: frozenset[str] = frozenset({"skuId", "productSkuInfo", "status"})
_KNOWN_SkuIdList: frozenset[str] = frozenset({"skuIds"})
_KNOWN_SkuPrice: frozenset[str] = frozenset({"skuId", "price"})
_KNOWN_SkuList: frozenset[str] = frozenset({"skuInfo", "minPrice", "maxPrice"})
_KNOWN_ServiceDesc: frozenset[str] = frozenset({"serviceList", "desc"})
_KNOWN_SnapshotInfo: frozenset[str] = frozenset({"snapshotId"})
_KNOWN_SpuLimited: frozenset[str] = frozenset({"periodType", "limitedBuyNum"})
_KNOWN_ProductDetailInfo: frozenset[str] = frozenset({"title", "subTitle", "headImg", "category", "brand", "brandId", "model", "detail", "param", "minPrice", "totalStockNum", "totalSoldNum", "skus", "attr", "shopcatId", "qualificationUrl", "thirdCategoryHistories", "headVideoInfo", "labels", "skuIdList", "skuList", "listingTime", "serviceDesc", "expressInfo", "appidForMedia", "snapshotInfo", "totalOrderNum", "totalVisitNum", "uploadSource", "spuLimited", "originUploadSource", "groupbuyInfo", "virtualType", "productType"})
_MEMBERS_ValidType: dict[int, ValidType] = {member.value: member for member in ValidType}
_KNOWN_ValidInfo: frozenset[str] = frozenset({"validType", "validDayNum", "startTime", "endTime"})
_KNOWN_ReceiveInfo: frozenset[str] = frozenset({"startTime", "endTime", "limitNumOnePerson"})
_KNOWN_ProductInfo: frozenset[str] = frozenset({"planId", "productId", "productStatus", "commissionRatio", "productDetailInfo", "leagueExInfo", "couponInfo"})
_KNOWN_PlanInfoResponse: frozenset[str] = frozenset({"errcode", "errmsg", "targetPlanInfo", "productListInfo"})
_KNOWN_PreviousPromotionInfo: frozenset[str] = frozenset({"promotionSourcePid", "promotionSourceName"})
_KNOWN_ProductCategoryRequest: frozenset[str] = frozenset()
_KNOWN_ProductCategoryResponse: frozenset[str] = frozenset({"errcode", "errmsg", "productCats"})
_KNOWN_ProductGenerateRequest: frozenset[str] = frozenset({"pid", "productList"})
_KNOWN_ShareInfo: frozenset[str] = frozenset({"appId", "username", "path", "couponPath", "wxaCode", "couponWxaCode", "promotionUrl", "couponPromotionUrl", "promotionWording", "couponPromotionWording", "promotionTag", "couponPromotionTag"})
_KNOWN_ProductPromotion: frozenset[str] = frozenset({"pid", "productId", "productInfo", "shareInfo"})
_KNOWN_ProductGenerateResponse: frozenset[str] = frozenset({"errcode", "errmsg", "list"})
_KNOWN_ProductListRequest: frozenset[str] = frozenset({"from", "limit", "queryType", "query", "maxPrice", "minPrice", "minCommissionValue", "minCommissionRatio", "sortType", "hasCoupon", "shopAppIds", "categoryId", "category", "noCategory", "productId", "shippingMethods", "addressList"})
_KNOWN_ProductParam: frozenset[str] = frozenset({"key", "value"})
_KNOWN_UnionProductInfo: frozenset[str] = frozenset({"title", "subTitle", "headImg", "category", "brand", "brandId", "model", "detail", "param", "minPrice", "expressInfo", "totalStockNum", "totalSoldNum", "totalOrderNum", "discountPrice", "discount"})
_KNOWN_UnionProductDetail: frozenset[str] = frozenset({"productId", "status", "info", "skus"})
_KNOWN_UnionProduct: frozenset[str] = frozenset({"productId", "appId", "product", "leagueExInfo", "shopInfo", "couponInfo"})
_KNOWN_ProductListResponse: frozenset[str] = frozenset({"errcode", "errmsg", "total", "productList"})
_KNOWN_ProductSelectRequest: frozenset[str] = frozenset({"from", "limit", "maxPrice", "minPrice", "minCommissionValue", "minCommissionRatio", "sortType", "hasCoupon", "shopAppIds", "categoryId", "category", "noCategory", "productId", "shippingMethods", "addressList"})
_KNOWN_PromotionAddRequest: frozenset[str] = frozenset({"promotionSourceName"})
_KNOWN_PromotionAddResponse: frozenset[str] = frozenset({"errcode", "errmsg", "pid"})
_KNOWN_PromotionDeleteRequest: frozenset[str] = frozenset({"promotionSourcePid", "promotionSourceName"})
_KNOWN_PromotionInfo: frozenset[str] = frozenset({"promotionSourceName"})
_KNOWN_PromotionListRequest: frozenset[str] = frozenset({"start", "limit"})
_KNOWN_PromotionListResponse: frozenset[str] = frozenset({"errcode", "errmsg", "total", "promotionMaxCnt", "promotionSourceList"})
_KNOWN_PromotionUpdRequest: frozenset[str] = frozenset({"previousPromotionInfo", "promotionInfo"})
_MEMBERS_GrantType: dict[str, GrantType] = {member.value: member for member in GrantType}
_KNOWN_StableTokenRequest: frozenset[str] = frozenset({"grant_type", "appid", "secret", "force_refresh"})
_KNOWN_TokenRequest: frozenset[str] = frozenset({"grant_type", "appid", "secret"})


def decode_AccessTokenResponse(o: Any, d: int) -> AccessTokenResponse:
    # AccessTokenResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    access_token_0 = o["access_token"]
    expires_in_0 = o.get("expires_in")
    extra0 = {} if len(o) == 1 + (errcode_0 is not None) + (errmsg_0 is not None) + (expires_in_0 is not None) or _KNOWN_AccessTokenResponse.issuperset(o) else unknown_fields(o, _KNOWN_AccessTokenResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(access_token_0) is not str: access_token_0 = structure_str(access_token_0, str)
    if type(expires_in_0) is not int:
        if type(expires_in_0) is str and len(expires_in_0) < 20 and expires_in_0.isdigit() and expires_in_0.isascii(): expires_in_0 = int(expires_in_0)
        elif expires_in_0 is None or expires_in_0 == '': expires_in_0 = None
        else: expires_in_0 = structure_int(expires_in_0, int)
    obj0 = new_instance(AccessTokenResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.access_token = access_token_0
    obj0.expires_in = expires_in_0
    obj0.extra = extra0
    return obj0

def decode_AddCustomizeInfoRequest(o: Any, d: int) -> AddCustomizeInfoRequest:
    # AddCustomizeInfoRequest
    unionid_0 = o["unionid"]
    customize_info_0 = o["customizeInfo"]
    extra0 = {} if len(o) == 2 or _KNOWN_AddCustomizeInfoRequest.issuperset(o) else unknown_fields(o, _KNOWN_AddCustomizeInfoRequest, d)
    if type(unionid_0) is not str: unionid_0 = structure_str(unionid_0, str)
    if type(customize_info_0) is not str: customize_info_0 = structure_str(customize_info_0, str)
    obj0 = new_instance(AddCustomizeInfoRequest)
    obj0.unionid = unionid_0
    obj0.customize_info = customize_info_0
    obj0.extra = extra0
    return obj0

def decode_AddressInfo(o: Any, d: int) -> AddressInfo:
    # AddressInfo
    province_name_0 = o.get("provinceName")
    city_name_0 = o.get("cityName")
    county_name_0 = o.get("countyName")
    extra0 = {} if len(o) == (province_name_0 is not None) + (city_name_0 is not None) + (county_name_0 is not None) or _KNOWN_AddressInfo.issuperset(o) else unknown_fields(o, _KNOWN_AddressInfo, d)
    if type(province_name_0) is not str and province_name_0 is not None: province_name_0 = structure_str(province_name_0, str)
    if type(city_name_0) is not str and city_name_0 is not None: city_name_0 = structure_str(city_name_0, str)
    if type(county_name_0) is not str and county_name_0 is not None: county_name_0 = structure_str(county_name_0, str)
    obj0 = new_instance(AddressInfo)
    obj0.province_name = province_name_0
    obj0.city_name = city_name_0
    obj0.county_name = county_name_0
    obj0.extra = extra0
    return obj0

def decode_ApplyStatusData(o: Any, d: int) -> ApplyStatusData:
    # ApplyStatusData
    plan_id_0 = o["planId"]
    promoter_status_0 = o["promoterStatus"]
    apply_time_0 = o["applyTime"]
    join_time_0 = o["joinTime"]
    apply_reason_0 = o["applyReason"]
    reject_time_0 = o["rejectTime"]
    remove_time_0 = o.get("removeTime")
    extra0 = {} if len(o) == 6 + (remove_time_0 is not None) or _KNOWN_ApplyStatusData.issuperset(o) else unknown_fields(o, _KNOWN_ApplyStatusData, d)
    if type(plan_id_0) is not str: plan_id_0 = structure_str(plan_id_0, str)
    if type(promoter_status_0) is int and promoter_status_0 in _MEMBERS_PromoterStatus: promoter_status_0 = _MEMBERS_PromoterStatus[promoter_status_0]
    else: promoter_status_0 = PromoterStatus(structure_int(promoter_status_0, int))
    if type(apply_time_0) is not int:
        if type(apply_time_0) is str and len(apply_time_0) < 20 and apply_time_0.isdigit() and apply_time_0.isascii(): apply_time_0 = int(apply_time_0)
        else: apply_time_0 = structure_int(apply_time_0, int)
    if type(join_time_0) is not int:
        if type(join_time_0) is str and len(join_time_0) < 20 and join_time_0.isdigit() and join_time_0.isascii(): join_time_0 = int(join_time_0)
        else: join_time_0 = structure_int(join_time_0, int)
    if type(apply_reason_0) is not str: apply_reason_0 = structure_str(apply_reason_0, str)
    if type(reject_time_0) is not int:
        if type(reject_time_0) is str and len(reject_time_0) < 20 and reject_time_0.isdigit() and reject_time_0.isascii(): reject_time_0 = int(reject_time_0)
        else: reject_time_0 = structure_int(reject_time_0, int)
    if type(remove_time_0) is not int:
        if type(remove_time_0) is str and len(remove_time_0) < 20 and remove_time_0.isdigit() and remove_time_0.isascii(): remove_time_0 = int(remove_time_0)
        elif remove_time_0 is None or remove_time_0 == '': remove_time_0 = None
        else: remove_time_0 = structure_int(remove_time_0, int)
    obj0 = new_instance(ApplyStatusData)
    obj0.plan_id = plan_id_0
    obj0.promoter_status = promoter_status_0
    obj0.apply_time = apply_time_0
    obj0.join_time = join_time_0
    obj0.apply_reason = apply_reason_0
    obj0.reject_time = reject_time_0
    obj0.remove_time = remove_time_0
    obj0.extra = extra0
    return obj0

def decode_ApplyStatusRequest(o: Any, d: int) -> ApplyStatusRequest:
    # ApplyStatusRequest
    plan_id_0 = o["planId"]
    extra0 = {} if len(o) == 1 or _KNOWN_ApplyStatusRequest.issuperset(o) else unknown_fields(o, _KNOWN_ApplyStatusRequest, d)
    if type(plan_id_0) is not str: plan_id_0 = structure_str(plan_id_0, str)
    obj0 = new_instance(ApplyStatusRequest)
    obj0.plan_id = plan_id_0
    obj0.extra = extra0
    return obj0

def decode_ApplyStatusResponse(o: Any, d: int) -> ApplyStatusResponse:
    # ApplyStatusResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    data_0 = o["data"]
    extra0 = {} if len(o) == 1 + (errcode_0 is not None) + (errmsg_0 is not None) or _KNOWN_ApplyStatusResponse.issuperset(o) else unknown_fields(o, _KNOWN_ApplyStatusResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    # ApplyStatusData
    plan_id_1 = data_0["planId"]
    promoter_status_1 = data_0["promoterStatus"]
    apply_time_1 = data_0["applyTime"]
    join_time_1 = data_0["joinTime"]
    apply_reason_1 = data_0["applyReason"]
    reject_time_1 = data_0["rejectTime"]
    remove_time_1 = data_0.get("removeTime")
    extra1 = {} if len(data_0) == 6 + (remove_time_1 is not None) or _KNOWN_ApplyStatusData.issuperset(data_0) else unknown_fields(data_0, _KNOWN_ApplyStatusData, d + 1)
    if type(plan_id_1) is not str: plan_id_1 = structure_str(plan_id_1, str)
    if type(promoter_status_1) is int and promoter_status_1 in _MEMBERS_PromoterStatus: promoter_status_1 = _MEMBERS_PromoterStatus[promoter_status_1]
    else: promoter_status_1 = PromoterStatus(structure_int(promoter_status_1, int))
    if type(apply_time_1) is not int:
        if type(apply_time_1) is str and len(apply_time_1) < 20 and apply_time_1.isdigit() and apply_time_1.isascii(): apply_time_1 = int(apply_time_1)
        else: apply_time_1 = structure_int(apply_time_1, int)
    if type(join_time_1) is not int:
        if type(join_time_1) is str and len(join_time_1) < 20 and join_time_1.isdigit() and join_time_1.isascii(): join_time_1 = int(join_time_1)
        else: join_time_1 = structure_int(join_time_1, int)
    if type(apply_reason_1) is not str: apply_reason_1 = structure_str(apply_reason_1, str)
    if type(reject_time_1) is not int:
        if type(reject_time_1) is str and len(reject_time_1) < 20 and reject_time_1.isdigit() and reject_time_1.isascii(): reject_time_1 = int(reject_time_1)
        else: reject_time_1 = structure_int(reject_time_1, int)
    if type(remove_time_1) is not int:
        if type(remove_time_1) is str and len(remove_time_1) < 20 and remove_time_1.isdigit() and remove_time_1.isascii(): remove_time_1 = int(remove_time_1)
        elif remove_time_1 is None or remove_time_1 == '': remove_time_1 = None
        else: remove_time_1 = structure_int(remove_time_1, int)
    obj1 = new_instance(ApplyStatusData)
    obj1.plan_id = plan_id_1
    obj1.promoter_status = promoter_status_1
    obj1.apply_time = apply_time_1
    obj1.join_time = join_time_1
    obj1.apply_reason = apply_reason_1
    obj1.reject_time = reject_time_1
    obj1.remove_time = remove_time_1
    obj1.extra = extra1
    data_0 = obj1
    obj0 = new_instance(ApplyStatusResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.data = data_0
    obj0.extra = extra0
    return obj0

def decode_ApplyTargetRequest(o: Any, d: int) -> ApplyTargetRequest:
    # ApplyTargetRequest
    plan_id_0 = o["planId"]
    apply_reason_0 = o["applyReason"]
    extra0 = {} if len(o) == 2 or _KNOWN_ApplyTargetRequest.issuperset(o) else unknown_fields(o, _KNOWN_ApplyTargetRequest, d)
    if type(plan_id_0) is not str: plan_id_0 = structure_str(plan_id_0, str)
    if type(apply_reason_0) is not str: apply_reason_0 = structure_str(apply_reason_0, str)
    obj0 = new_instance(ApplyTargetRequest)
    obj0.plan_id = plan_id_0
    obj0.apply_reason = apply_reason_0
    obj0.extra = extra0
    return obj0

def decode_BizBasicInfo(o: Any, d: int) -> BizBasicInfo:
    # BizBasicInfo
    headimgurl_0 = o.get("headimgurl")
    nickname_0 = o.get("nickname")
    appid_0 = o.get("appid")
    extra0 = {} if len(o) == (headimgurl_0 is not None) + (nickname_0 is not None) + (appid_0 is not None) or _KNOWN_BizBasicInfo.issuperset(o) else unknown_fields(o, _KNOWN_BizBasicInfo, d)
    if type(headimgurl_0) is not str and headimgurl_0 is not None: headimgurl_0 = structure_str(headimgurl_0, str)
    if type(nickname_0) is not str and nickname_0 is not None: nickname_0 = structure_str(nickname_0, str)
    if type(appid_0) is not str and appid_0 is not None: appid_0 = structure_str(appid_0, str)
    obj0 = new_instance(BizBasicInfo)
    obj0.headimgurl = headimgurl_0
    obj0.nickname = nickname_0
    obj0.appid = appid_0
    obj0.extra = extra0
    return obj0

def decode_Category(o: Any, d: int) -> Category:
    # Category
    cat_id_0 = o.get("catId")
    name_0 = o.get("name")
    extra0 = {} if len(o) == (cat_id_0 is not None) + (name_0 is not None) or _KNOWN_Category.issuperset(o) else unknown_fields(o, _KNOWN_Category, d)
    if type(cat_id_0) is not str and cat_id_0 is not None: cat_id_0 = structure_str(cat_id_0, str)
    if type(name_0) is not str and name_0 is not None: name_0 = structure_str(name_0, str)
    obj0 = new_instance(Category)
    obj0.cat_id = cat_id_0
    obj0.name = name_0
    obj0.extra = extra0
    return obj0

def decode_CouponDetail(o: Any, d: int) -> CouponDetail:
    # CouponDetail
    rest_num_0 = o.get("restNum")
    type_0 = o.get("type")
    discount_info_0 = o.get("discountInfo")
    valid_info_0 = o.get("validInfo")
    receive_info_0 = o.get("receiveInfo")
    extra0 = {} if len(o) == (rest_num_0 is not None) + (type_0 is not None) + (discount_info_0 is not None) + (valid_info_0 is not None) + (receive_info_0 is not None) or _KNOWN_CouponDetail.issuperset(o) else unknown_fields(o, _KNOWN_CouponDetail, d)
    if type(rest_num_0) is not int:
        if type(rest_num_0) is str and len(rest_num_0) < 20 and rest_num_0.isdigit() and rest_num_0.isascii(): rest_num_0 = int(rest_num_0)
        elif rest_num_0 is None or rest_num_0 == '': rest_num_0 = None
        else: rest_num_0 = structure_int(rest_num_0, int)
    if type(type_0) is not int:
        if type(type_0) is str and len(type_0) < 20 and type_0.isdigit() and type_0.isascii(): type_0 = int(type_0)
        elif type_0 is None or type_0 == '': type_0 = None
        else: type_0 = structure_int(type_0, int)
    if type(discount_info_0) is dict:
        discount_info_0 = decode_DiscountInfo(discount_info_0, d + 1)
    elif discount_info_0 is None or discount_info_0 == '': discount_info_0 = None
    else: raise GiveUp
    if type(valid_info_0) is dict:
        valid_info_0 = decode_ValidInfo(valid_info_0, d + 1)
    elif valid_info_0 is None or valid_info_0 == '': valid_info_0 = None
    else: raise GiveUp
    if type(receive_info_0) is dict:
        receive_info_0 = decode_ReceiveInfo(receive_info_0, d + 1)
    elif receive_info_0 is None or receive_info_0 == '': receive_info_0 = None
    else: raise GiveUp
    obj0 = new_instance(CouponDetail)
    obj0.rest_num = rest_num_0
    obj0.type = type_0
    obj0.discount_info = discount_info_0
    obj0.valid_info = valid_info_0
    obj0.receive_info = receive_info_0
    obj0.extra = extra0
    return obj0

def decode_CouponInfo(o: Any, d: int) -> CouponInfo:
    # CouponInfo
    has_coupon_0 = o.get("hasCoupon")
    coupon_id_0 = o.get("couponId")
    coupon_detail_0 = o.get("couponDetail")
    all_coupon_ids_0 = o.get("allCouponIds")
    discount_0 = o.get("discount")
    extra0 = {} if len(o) == (has_coupon_0 is not None) + (coupon_id_0 is not None) + (coupon_detail_0 is not None) + (all_coupon_ids_0 is not None) + (discount_0 is not None) or _KNOWN_CouponInfo.issuperset(o) else unknown_fields(o, _KNOWN_CouponInfo, d)
    if type(has_coupon_0) is int and has_coupon_0 in _MEMBERS_HasCoupon: has_coupon_0 = _MEMBERS_HasCoupon[has_coupon_0]
    elif has_coupon_0 is None or has_coupon_0 == '': has_coupon_0 = None
    else: has_coupon_0 = HasCoupon(structure_int(has_coupon_0, int))
    if type(coupon_id_0) is not str and coupon_id_0 is not None: coupon_id_0 = structure_str(coupon_id_0, str)
    if type(coupon_detail_0) is dict:
        coupon_detail_0 = decode_CouponDetail(coupon_detail_0, d + 1)
    elif coupon_detail_0 is None or coupon_detail_0 == '': coupon_detail_0 = None
    else: raise GiveUp
    if type(all_coupon_ids_0) is list:
        for each1 in all_coupon_ids_0:
            if type(each1) is not str:
                all_coupon_ids_0 = [e if type(e) is str else structure_str(e, str) for e in all_coupon_ids_0]
                break
    elif all_coupon_ids_0 is None or all_coupon_ids_0 == '': all_coupon_ids_0 = UnsetList()
    else: raise GiveUp
    if type(discount_0) is not str and discount_0 is not None: discount_0 = structure_str(discount_0, str)
    obj0 = new_instance(CouponInfo)
    obj0.has_coupon = has_coupon_0
    obj0.coupon_id = coupon_id_0
    obj0.coupon_detail = coupon_detail_0
    obj0.all_coupon_ids = all_coupon_ids_0
    obj0.discount = discount_0
    obj0.extra = extra0
    return obj0

def decode_DeleteCustomizeInfoRequest(o: Any, d: int) -> DeleteCustomizeInfoRequest:
    # DeleteCustomizeInfoRequest
    unionid_0 = o["unionid"]
    extra0 = {} if len(o) == 1 or _KNOWN_DeleteCustomizeInfoRequest.issuperset(o) else unknown_fields(o, _KNOWN_DeleteCustomizeInfoRequest, d)
    if type(unionid_0) is not str: unionid_0 = structure_str(unionid_0, str)
    obj0 = new_instance(DeleteCustomizeInfoRequest)
    obj0.unionid = unionid_0
    obj0.extra = extra0
    return obj0

def decode_DiscountCondition(o: Any, d: int) -> DiscountCondition:
    # DiscountCondition
    product_ids_0 = o.get("productIds")
    product_cnt_0 = o.get("productCnt")
    product_price_0 = o.get("productPrice")
    extra0 = {} if len(o) == (product_ids_0 is not None) + (product_cnt_0 is not None) + (product_price_0 is not None) or _KNOWN_DiscountCondition.issuperset(o) else unknown_fields(o, _KNOWN_DiscountCondition, d)
    if type(product_ids_0) is list:
        for each1 in product_ids_0:
            if type(each1) is not str:
                product_ids_0 = [e if type(e) is str else structure_str(e, str) for e in product_ids_0]
                break
    elif product_ids_0 is None or product_ids_0 == '': product_ids_0 = UnsetList()
    else: raise GiveUp
    if type(product_cnt_0) is not int:
        if type(product_cnt_0) is str and len(product_cnt_0) < 20 and product_cnt_0.isdigit() and product_cnt_0.isascii(): product_cnt_0 = int(product_cnt_0)
        elif product_cnt_0 is None or product_cnt_0 == '': product_cnt_0 = None
        else: product_cnt_0 = structure_int(product_cnt_0, int)
    if type(product_price_0) is not int:
        if type(product_price_0) is str and len(product_price_0) < 20 and product_price_0.isdigit() and product_price_0.isascii(): product_price_0 = int(product_price_0)
        elif product_price_0 is None or product_price_0 == '': product_price_0 = None
        else: product_price_0 = structure_int(product_price_0, int)
    obj0 = new_instance(DiscountCondition)
    obj0.product_ids = product_ids_0
    obj0.product_cnt = product_cnt_0
    obj0.product_price = product_price_0
    obj0.extra = extra0
    return obj0

def decode_DiscountInfo(o: Any, d: int) -> DiscountInfo:
    # DiscountInfo
    discount_condition_0 = o.get("discountCondition")
    discount_num_0 = o.get("discountNum")
    discount_fee_0 = o.get("discountFee")
    extra0 = {} if len(o) == (discount_condition_0 is not None) + (discount_num_0 is not None) + (discount_fee_0 is not None) or _KNOWN_DiscountInfo.issuperset(o) else unknown_fields(o, _KNOWN_DiscountInfo, d)
    if type(discount_condition_0) is dict:
        discount_condition_0 = decode_DiscountCondition(discount_condition_0, d + 1)
    elif discount_condition_0 is None or discount_condition_0 == '': discount_condition_0 = None
    else: raise GiveUp
    if type(discount_num_0) is not int:
        if type(discount_num_0) is str and len(discount_num_0) < 20 and discount_num_0.isdigit() and discount_num_0.isascii(): discount_num_0 = int(discount_num_0)
        elif discount_num_0 is None or discount_num_0 == '': discount_num_0 = None
        else: discount_num_0 = structure_int(discount_num_0, int)
    if type(discount_fee_0) is not int:
        if type(discount_fee_0) is str and len(discount_fee_0) < 20 and discount_fee_0.isdigit() and discount_fee_0.isascii(): discount_fee_0 = int(discount_fee_0)
        elif discount_fee_0 is None or discount_fee_0 == '': discount_fee_0 = None
        else: discount_fee_0 = structure_int(discount_fee_0, int)
    obj0 = new_instance(DiscountInfo)
    obj0.discount_condition = discount_condition_0
    obj0.discount_num = discount_num_0
    obj0.discount_fee = discount_fee_0
    obj0.extra = extra0
    return obj0

def decode_ErrcodeResponse(o: Any, d: int) -> ErrcodeResponse:
    # ErrcodeResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    extra0 = {} if len(o) == (errcode_0 is not None) + (errmsg_0 is not None) or _KNOWN_ErrcodeResponse.issuperset(o) else unknown_fields(o, _KNOWN_ErrcodeResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    obj0 = new_instance(ErrcodeResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.extra = extra0
    return obj0

def decode_ExpressInfo(o: Any, d: int) -> ExpressInfo:
    # ExpressInfo
    template_id_0 = o.get("templateId")
    extra0 = {} if len(o) == (template_id_0 is not None) or _KNOWN_ExpressInfo.issuperset(o) else unknown_fields(o, _KNOWN_ExpressInfo, d)
    if type(template_id_0) is not str and template_id_0 is not None: template_id_0 = structure_str(template_id_0, str)
    obj0 = new_instance(ExpressInfo)
    obj0.template_id = template_id_0
    obj0.extra = extra0
    return obj0

def decode_ExtInfo(o: Any, d: int) -> ExtInfo:
    # ExtInfo
    biz_basic_info_0 = o.get("bizBasicInfo")
    data_0 = o.get("data")
    extra0 = {} if len(o) == (biz_basic_info_0 is not None) + (data_0 is not None) or _KNOWN_ExtInfo.issuperset(o) else unknown_fields(o, _KNOWN_ExtInfo, d)
    if type(biz_basic_info_0) is dict:
        biz_basic_info_0 = decode_BizBasicInfo(biz_basic_info_0, d + 1)
    elif biz_basic_info_0 is None or biz_basic_info_0 == '': biz_basic_info_0 = None
    else: raise GiveUp
    if type(data_0) is dict:
        if data_0: check_untyped(data_0, d + 1)
    elif data_0 is None or data_0 == '': data_0 = None
    else: raise GiveUp
    obj0 = new_instance(ExtInfo)
    obj0.biz_basic_info = biz_basic_info_0
    obj0.data = data_0
    obj0.extra = extra0
    return obj0

def decode_FreightTemplate(o: Any, d: int) -> FreightTemplate:
    # FreightTemplate
    not_send_area_0 = o.get("notSendArea")
    extra0 = {} if len(o) == (not_send_area_0 is not None) or _KNOWN_FreightTemplate.issuperset(o) else unknown_fields(o, _KNOWN_FreightTemplate, d)
    if type(not_send_area_0) is dict:
        not_send_area_0 = decode_NotSendArea(not_send_area_0, d + 1)
    elif not_send_area_0 is None or not_send_area_0 == '': not_send_area_0 = None
    else: raise GiveUp
    obj0 = new_instance(FreightTemplate)
    obj0.not_send_area = not_send_area_0
    obj0.extra = extra0
    return obj0

def decode_GenerateProductItem(o: Any, d: int) -> GenerateProductItem:
    # GenerateProductItem
    product_id_0 = o["productId"]
    app_id_0 = o["appId"]
    customize_info_0 = o.get("customizeInfo")
    extra0 = {} if len(o) == 2 + (customize_info_0 is not None) or _KNOWN_GenerateProductItem.issuperset(o) else unknown_fields(o, _KNOWN_GenerateProductItem, d)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    if type(app_id_0) is not str: app_id_0 = structure_str(app_id_0, str)
    if type(customize_info_0) is not str and customize_info_0 is not None: customize_info_0 = structure_str(customize_info_0, str)
    obj0 = new_instance(GenerateProductItem)
    obj0.product_id = product_id_0
    obj0.app_id = app_id_0
    obj0.customize_info = customize_info_0
    obj0.extra = extra0
    return obj0

def decode_GeneratedProductInfo(o: Any, d: int) -> GeneratedProductInfo:
    # GeneratedProductInfo
    product_id_0 = o["productId"]
    title_0 = o["title"]
    sub_title_0 = o.get("subTitle")
    head_img_0 = o.get("headImg")
    min_price_0 = o["minPrice"]
    discount_0 = o.get("discount")
    discount_price_0 = o.get("discountPrice")
    total_stock_num_0 = o.get("totalStockNum")
    shop_name_0 = o.get("shopName")
    shop_appid_0 = o.get("shopAppid")
    plugin_result_0 = o.get("pluginResult")
    extra0 = {} if len(o) == 3 + (sub_title_0 is not None) + (head_img_0 is not None) + (discount_0 is not None) + (discount_price_0 is not None) + (total_stock_num_0 is not None) + (shop_name_0 is not None) + (shop_appid_0 is not None) + (plugin_result_0 is not None) or _KNOWN_GeneratedProductInfo.issuperset(o) else unknown_fields(o, _KNOWN_GeneratedProductInfo, d)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    if type(title_0) is not str: title_0 = structure_str(title_0, str)
    if type(sub_title_0) is not str and sub_title_0 is not None: sub_title_0 = structure_str(sub_title_0, str)
    if type(head_img_0) is list:
        for each1 in head_img_0:
            if type(each1) is not str:
                head_img_0 = [e if type(e) is str else structure_str(e, str) for e in head_img_0]
                break
    elif head_img_0 is None or head_img_0 == '': head_img_0 = UnsetList()
    else: raise GiveUp
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        else: min_price_0 = structure_int(min_price_0, int)
    if type(discount_0) is not int:
        if type(discount_0) is str and len(discount_0) < 20 and discount_0.isdigit() and discount_0.isascii(): discount_0 = int(discount_0)
        elif discount_0 is None or discount_0 == '': discount_0 = None
        else: discount_0 = structure_int(discount_0, int)
    if type(discount_price_0) is not int:
        if type(discount_price_0) is str and len(discount_price_0) < 20 and discount_price_0.isdigit() and discount_price_0.isascii(): discount_price_0 = int(discount_price_0)
        elif discount_price_0 is None or discount_price_0 == '': discount_price_0 = None
        else: discount_price_0 = structure_int(discount_price_0, int)
    if type(total_stock_num_0) is not int:
        if type(total_stock_num_0) is str and len(total_stock_num_0) < 20 and total_stock_num_0.isdigit() and total_stock_num_0.isascii(): total_stock_num_0 = int(total_stock_num_0)
        elif total_stock_num_0 is None or total_stock_num_0 == '': total_stock_num_0 = None
        else: total_stock_num_0 = structure_int(total_stock_num_0, int)
    if type(shop_name_0) is not str and shop_name_0 is not None: shop_name_0 = structure_str(shop_name_0, str)
    if type(shop_appid_0) is not str and shop_appid_0 is not None: shop_appid_0 = structure_str(shop_appid_0, str)
    if type(plugin_result_0) is not bool:
        if type(plugin_result_0) is int and (plugin_result_0 == 0 or plugin_result_0 == 1): plugin_result_0 = plugin_result_0 == 1
        elif plugin_result_0 is None or plugin_result_0 == '': plugin_result_0 = None
        else: plugin_result_0 = structure_bool(plugin_result_0, bool)
    obj0 = new_instance(GeneratedProductInfo)
    obj0.product_id = product_id_0
    obj0.title = title_0
    obj0.sub_title = sub_title_0
    obj0.head_img = head_img_0
    obj0.min_price = min_price_0
    obj0.discount = discount_0
    obj0.discount_price = discount_price_0
    obj0.total_stock_num = total_stock_num_0
    obj0.shop_name = shop_name_0
    obj0.shop_appid = shop_appid_0
    obj0.plugin_result = plugin_result_0
    obj0.extra = extra0
    return obj0

def decode_GetCustomizeInfoRequest(o: Any, d: int) -> GetCustomizeInfoRequest:
    # GetCustomizeInfoRequest
    unionid_0 = o["unionid"]
    extra0 = {} if len(o) == 1 or _KNOWN_GetCustomizeInfoRequest.issuperset(o) else unknown_fields(o, _KNOWN_GetCustomizeInfoRequest, d)
    if type(unionid_0) is not str: unionid_0 = structure_str(unionid_0, str)
    obj0 = new_instance(GetCustomizeInfoRequest)
    obj0.unionid = unionid_0
    obj0.extra = extra0
    return obj0

def decode_GetCustomizeInfoResponse(o: Any, d: int) -> GetCustomizeInfoResponse:
    # GetCustomizeInfoResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    customize_info_0 = o.get("customizeInfo")
    extra0 = {} if len(o) == (errcode_0 is not None) + (errmsg_0 is not None) + (customize_info_0 is not None) or _KNOWN_GetCustomizeInfoResponse.issuperset(o) else unknown_fields(o, _KNOWN_GetCustomizeInfoResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(customize_info_0) is not str and customize_info_0 is not None: customize_info_0 = structure_str(customize_info_0, str)
    obj0 = new_instance(GetCustomizeInfoResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.customize_info = customize_info_0
    obj0.extra = extra0
    return obj0

def decode_GroupbuyInfo(o: Any, d: int) -> GroupbuyInfo:
    # GroupbuyInfo
    sku_list_0 = o.get("skuList")
    extra0 = {} if len(o) == (sku_list_0 is not None) or _KNOWN_GroupbuyInfo.issuperset(o) else unknown_fields(o, _KNOWN_GroupbuyInfo, d)
    if type(sku_list_0) is list:
        if sku_list_0: check_untyped(sku_list_0, d + 1)
    elif sku_list_0 is None or sku_list_0 == '': sku_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(GroupbuyInfo)
    obj0.sku_list = sku_list_0
    obj0.extra = extra0
    return obj0

def decode_LeagueExInfo(o: Any, d: int) -> LeagueExInfo:
    # LeagueExInfo
    has_commission_0 = o["hasCommission"]
    commission_ratio_0 = o["commissionRatio"]
    commission_value_0 = o["commissionValue"]
    ban_bizuin_0 = o.get("banBizuin")
    ban_category_0 = o.get("banCategory")
    ban_product_0 = o.get("banProduct")
    extra0 = {} if len(o) == 3 + (ban_bizuin_0 is not None) + (ban_category_0 is not None) + (ban_product_0 is not None) or _KNOWN_LeagueExInfo.issuperset(o) else unknown_fields(o, _KNOWN_LeagueExInfo, d)
    if type(has_commission_0) is int and has_commission_0 in _MEMBERS_HasCommission: has_commission_0 = _MEMBERS_HasCommission[has_commission_0]
    else: has_commission_0 = HasCommission(structure_int(has_commission_0, int))
    if type(commission_ratio_0) is not int:
        if type(commission_ratio_0) is str and len(commission_ratio_0) < 20 and commission_ratio_0.isdigit() and commission_ratio_0.isascii(): commission_ratio_0 = int(commission_ratio_0)
        else: commission_ratio_0 = structure_int(commission_ratio_0, int)
    if type(commission_value_0) is not int:
        if type(commission_value_0) is str and len(commission_value_0) < 20 and commission_value_0.isdigit() and commission_value_0.isascii(): commission_value_0 = int(commission_value_0)
        else: commission_value_0 = structure_int(commission_value_0, int)
    if type(ban_bizuin_0) is not int:
        if type(ban_bizuin_0) is str and len(ban_bizuin_0) < 20 and ban_bizuin_0.isdigit() and ban_bizuin_0.isascii(): ban_bizuin_0 = int(ban_bizuin_0)
        elif ban_bizuin_0 is None or ban_bizuin_0 == '': ban_bizuin_0 = None
        else: ban_bizuin_0 = structure_int(ban_bizuin_0, int)
    if type(ban_category_0) is not int:
        if type(ban_category_0) is str and len(ban_category_0) < 20 and ban_category_0.isdigit() and ban_category_0.isascii(): ban_category_0 = int(ban_category_0)
        elif ban_category_0 is None or ban_category_0 == '': ban_category_0 = None
        else: ban_category_0 = structure_int(ban_category_0, int)
    if type(ban_product_0) is not int:
        if type(ban_product_0) is str and len(ban_product_0) < 20 and ban_product_0.isdigit() and ban_product_0.isascii(): ban_product_0 = int(ban_product_0)
        elif ban_product_0 is None or ban_product_0 == '': ban_product_0 = None
        else: ban_product_0 = structure_int(ban_product_0, int)
    obj0 = new_instance(LeagueExInfo)
    obj0.has_commission = has_commission_0
    obj0.commission_ratio = commission_ratio_0
    obj0.commission_value = commission_value_0
    obj0.ban_bizuin = ban_bizuin_0
    obj0.ban_category = ban_category_0
    obj0.ban_product = ban_product_0
    obj0.extra = extra0
    return obj0

def decode_NormalOrder(o: Any, d: int) -> NormalOrder:
    # NormalOrder
    order_info_0 = o["orderInfo"]
    product_list_0 = o.get("productList")
    extra0 = {} if len(o) == 1 + (product_list_0 is not None) or _KNOWN_NormalOrder.issuperset(o) else unknown_fields(o, _KNOWN_NormalOrder, d)
    order_info_0 = decode_NormalOrderInfo(order_info_0, d + 1)
    if type(product_list_0) is list:
        if product_list_0: product_list_0 = [decode_NormalOrderProduct(e, d + 2) for e in product_list_0]
    elif product_list_0 is None or product_list_0 == '': product_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(NormalOrder)
    obj0.order_info = order_info_0
    obj0.product_list = product_list_0
    obj0.extra = extra0
    return obj0

def decode_NormalOrderInfo(o: Any, d: int) -> NormalOrderInfo:
    # NormalOrderInfo
    order_id_0 = o["orderId"]
    out_order_id_0 = o.get("outOrderId")
    transaction_id_0 = o.get("transactionId")
    pay_time_0 = o.get("payTime")
    create_time_0 = o["createTime"]
    order_price_0 = o["orderPrice"]
    freight_0 = o.get("freight")
    discounted_price_0 = o.get("discountedPrice")
    additional_price_0 = o.get("additionalPrice")
    additional_remarks_0 = o.get("additionalRemarks")
    status_0 = o["status"]
    status_update_time_0 = o.get("statusUpdateTime")
    shop_info_0 = o.get("shopInfo")
    path_0 = o.get("path")
    extra0 = {} if len(o) == 4 + (out_order_id_0 is not None) + (transaction_id_0 is not None) + (pay_time_0 is not None) + (freight_0 is not None) + (discounted_price_0 is not None) + (additional_price_0 is not None) + (additional_remarks_0 is not None) + (status_update_time_0 is not None) + (shop_info_0 is not None) + (path_0 is not None) or _KNOWN_NormalOrderInfo.issuperset(o) else unknown_fields(o, _KNOWN_NormalOrderInfo, d)
    if type(order_id_0) is not str: order_id_0 = structure_str(order_id_0, str)
    if type(out_order_id_0) is not str and out_order_id_0 is not None: out_order_id_0 = structure_str(out_order_id_0, str)
    if type(transaction_id_0) is not str and transaction_id_0 is not None: transaction_id_0 = structure_str(transaction_id_0, str)
    if type(pay_time_0) is not int:
        if type(pay_time_0) is str and len(pay_time_0) < 20 and pay_time_0.isdigit() and pay_time_0.isascii(): pay_time_0 = int(pay_time_0)
        elif pay_time_0 is None or pay_time_0 == '': pay_time_0 = None
        else: pay_time_0 = structure_int(pay_time_0, int)
    if type(create_time_0) is not int:
        if type(create_time_0) is str and len(create_time_0) < 20 and create_time_0.isdigit() and create_time_0.isascii(): create_time_0 = int(create_time_0)
        else: create_time_0 = structure_int(create_time_0, int)
    if type(order_price_0) is not int:
        if type(order_price_0) is str and len(order_price_0) < 20 and order_price_0.isdigit() and order_price_0.isascii(): order_price_0 = int(order_price_0)
        else: order_price_0 = structure_int(order_price_0, int)
    if type(freight_0) is not int:
        if type(freight_0) is str and len(freight_0) < 20 and freight_0.isdigit() and freight_0.isascii(): freight_0 = int(freight_0)
        elif freight_0 is None or freight_0 == '': freight_0 = None
        else: freight_0 = structure_int(freight_0, int)
    if type(discounted_price_0) is not int:
        if type(discounted_price_0) is str and len(discounted_price_0) < 20 and discounted_price_0.isdigit() and discounted_price_0.isascii(): discounted_price_0 = int(discounted_price_0)
        elif discounted_price_0 is None or discounted_price_0 == '': discounted_price_0 = None
        else: discounted_price_0 = structure_int(discounted_price_0, int)
    if type(additional_price_0) is not int:
        if type(additional_price_0) is str and len(additional_price_0) < 20 and additional_price_0.isdigit() and additional_price_0.isascii(): additional_price_0 = int(additional_price_0)
        elif additional_price_0 is None or additional_price_0 == '': additional_price_0 = None
        else: additional_price_0 = structure_int(additional_price_0, int)
    if type(additional_remarks_0) is not str and additional_remarks_0 is not None: additional_remarks_0 = structure_str(additional_remarks_0, str)
    if type(status_0) is not int:
        if type(status_0) is str and len(status_0) < 20 and status_0.isdigit() and status_0.isascii(): status_0 = int(status_0)
        else: status_0 = structure_int(status_0, int)
    if type(status_update_time_0) is not int:
        if type(status_update_time_0) is str and len(status_update_time_0) < 20 and status_update_time_0.isdigit() and status_update_time_0.isascii(): status_update_time_0 = int(status_update_time_0)
        elif status_update_time_0 is None or status_update_time_0 == '': status_update_time_0 = None
        else: status_update_time_0 = structure_int(status_update_time_0, int)
    if type(shop_info_0) is dict:
        shop_info_0 = decode_NormalOrderShop(shop_info_0, d + 1)
    elif shop_info_0 is None or shop_info_0 == '': shop_info_0 = None
    else: raise GiveUp
    if type(path_0) is not str and path_0 is not None: path_0 = structure_str(path_0, str)
    obj0 = new_instance(NormalOrderInfo)
    obj0.order_id = order_id_0
    obj0.out_order_id = out_order_id_0
    obj0.transaction_id = transaction_id_0
    obj0.pay_time = pay_time_0
    obj0.create_time = create_time_0
    obj0.order_price = order_price_0
    obj0.freight = freight_0
    obj0.discounted_price = discounted_price_0
    obj0.additional_price = additional_price_0
    obj0.additional_remarks = additional_remarks_0
    obj0.status = status_0
    obj0.status_update_time = status_update_time_0
    obj0.shop_info = shop_info_0
    obj0.path = path_0
    obj0.extra = extra0
    return obj0

def decode_NormalOrderProduct(o: Any, d: int) -> NormalOrderProduct:
    # NormalOrderProduct
    product_id_0 = o["productId"]
    out_product_id_0 = o.get("outProductId")
    sku_id_0 = o["skuId"]
    out_sku_id_0 = o.get("outSkuId")
    title_0 = o.get("title")
    head_img_0 = o.get("headImg")
    sale_price_0 = o.get("salePrice")
    real_price_0 = o["realPrice"]
    product_cnt_0 = o["productCnt"]
    ratio_0 = o.get("ratio")
    commission_value_0 = o["commissionValue"]
    commission_status_0 = o["commissionStatus"]
    commission_status_update_time_0 = o.get("commissionStatusUpdateTime")
    promotion_info_0 = o.get("promotionInfo")
    extra0 = {} if len(o) == 6 + (out_product_id_0 is not None) + (out_sku_id_0 is not None) + (title_0 is not None) + (head_img_0 is not None) + (sale_price_0 is not None) + (ratio_0 is not None) + (commission_status_update_time_0 is not None) + (promotion_info_0 is not None) or _KNOWN_NormalOrderProduct.issuperset(o) else unknown_fields(o, _KNOWN_NormalOrderProduct, d)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    if type(out_product_id_0) is not str and out_product_id_0 is not None: out_product_id_0 = structure_str(out_product_id_0, str)
    if type(sku_id_0) is not str: sku_id_0 = structure_str(sku_id_0, str)
    if type(out_sku_id_0) is not str and out_sku_id_0 is not None: out_sku_id_0 = structure_str(out_sku_id_0, str)
    if type(title_0) is not str and title_0 is not None: title_0 = structure_str(title_0, str)
    if type(head_img_0) is not str and head_img_0 is not None: head_img_0 = structure_str(head_img_0, str)
    if type(sale_price_0) is not int:
        if type(sale_price_0) is str and len(sale_price_0) < 20 and sale_price_0.isdigit() and sale_price_0.isascii(): sale_price_0 = int(sale_price_0)
        elif sale_price_0 is None or sale_price_0 == '': sale_price_0 = None
        else: sale_price_0 = structure_int(sale_price_0, int)
    if type(real_price_0) is not int:
        if type(real_price_0) is str and len(real_price_0) < 20 and real_price_0.isdigit() and real_price_0.isascii(): real_price_0 = int(real_price_0)
        else: real_price_0 = structure_int(real_price_0, int)
    if type(product_cnt_0) is not int:
        if type(product_cnt_0) is str and len(product_cnt_0) < 20 and product_cnt_0.isdigit() and product_cnt_0.isascii(): product_cnt_0 = int(product_cnt_0)
        else: product_cnt_0 = structure_int(product_cnt_0, int)
    if type(ratio_0) is not int:
        if type(ratio_0) is str and len(ratio_0) < 20 and ratio_0.isdigit() and ratio_0.isascii(): ratio_0 = int(ratio_0)
        elif ratio_0 is None or ratio_0 == '': ratio_0 = None
        else: ratio_0 = structure_int(ratio_0, int)
    if type(commission_value_0) is not int:
        if type(commission_value_0) is str and len(commission_value_0) < 20 and commission_value_0.isdigit() and commission_value_0.isascii(): commission_value_0 = int(commission_value_0)
        else: commission_value_0 = structure_int(commission_value_0, int)
    if type(commission_status_0) is str and commission_status_0 in _MEMBERS_NormalOrderCommissionStatus: commission_status_0 = _MEMBERS_NormalOrderCommissionStatus[commission_status_0]
    elif type(commission_status_0) is str: commission_status_0 = NormalOrderCommissionStatus(commission_status_0)
    else: raise GiveUp
    if type(commission_status_update_time_0) is not int:
        if type(commission_status_update_time_0) is str and len(commission_status_update_time_0) < 20 and commission_status_update_time_0.isdigit() and commission_status_update_time_0.isascii(): commission_status_update_time_0 = int(commission_status_update_time_0)
        elif commission_status_update_time_0 is None or commission_status_update_time_0 == '': commission_status_update_time_0 = None
        else: commission_status_update_time_0 = structure_int(commission_status_update_time_0, int)
    if type(promotion_info_0) is dict:
        promotion_info_0 = decode_PromotionSource(promotion_info_0, d + 1)
    elif promotion_info_0 is None or promotion_info_0 == '': promotion_info_0 = None
    else: raise GiveUp
    obj0 = new_instance(NormalOrderProduct)
    obj0.product_id = product_id_0
    obj0.out_product_id = out_product_id_0
    obj0.sku_id = sku_id_0
    obj0.out_sku_id = out_sku_id_0
    obj0.title = title_0
    obj0.head_img = head_img_0
    obj0.sale_price = sale_price_0
    obj0.real_price = real_price_0
    obj0.product_cnt = product_cnt_0
    obj0.ratio = ratio_0
    obj0.commission_value = commission_value_0
    obj0.commission_status = commission_status_0
    obj0.commission_status_update_time = commission_status_update_time_0
    obj0.promotion_info = promotion_info_0
    obj0.extra = extra0
    return obj0

def decode_NormalOrderSearchResponse(o: Any, d: int) -> NormalOrderSearchResponse:
    # NormalOrderSearchResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    total_0 = o["total"]
    order_list_0 = o.get("orderList")
    extra0 = {} if len(o) == 1 + (errcode_0 is not None) + (errmsg_0 is not None) + (order_list_0 is not None) or _KNOWN_NormalOrderSearchResponse.issuperset(o) else unknown_fields(o, _KNOWN_NormalOrderSearchResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(total_0) is not int:
        if type(total_0) is str and len(total_0) < 20 and total_0.isdigit() and total_0.isascii(): total_0 = int(total_0)
        else: total_0 = structure_int(total_0, int)
    if type(order_list_0) is list:
        if order_list_0:
            list1 = []
            for each1 in order_list_0:
                # NormalOrder
                order_info_1 = each1["orderInfo"]
                product_list_1 = each1.get("productList")
                extra1 = {} if len(each1) == 1 + (product_list_1 is not None) or _KNOWN_NormalOrder.issuperset(each1) else unknown_fields(each1, _KNOWN_NormalOrder, d + 2)
                # NormalOrderInfo
                order_id_2 = order_info_1["orderId"]
                out_order_id_2 = order_info_1.get("outOrderId")
                transaction_id_2 = order_info_1.get("transactionId")
                pay_time_2 = order_info_1.get("payTime")
                create_time_2 = order_info_1["createTime"]
                order_price_2 = order_info_1["orderPrice"]
                freight_2 = order_info_1.get("freight")
                discounted_price_2 = order_info_1.get("discountedPrice")
                additional_price_2 = order_info_1.get("additionalPrice")
                additional_remarks_2 = order_info_1.get("additionalRemarks")
                status_2 = order_info_1["status"]
                status_update_time_2 = order_info_1.get("statusUpdateTime")
                shop_info_2 = order_info_1.get("shopInfo")
                path_2 = order_info_1.get("path")
                extra2 = {} if len(order_info_1) == 4 + (out_order_id_2 is not None) + (transaction_id_2 is not None) + (pay_time_2 is not None) + (freight_2 is not None) + (discounted_price_2 is not None) + (additional_price_2 is not None) + (additional_remarks_2 is not None) + (status_update_time_2 is not None) + (shop_info_2 is not None) + (path_2 is not None) or _KNOWN_NormalOrderInfo.issuperset(order_info_1) else unknown_fields(order_info_1, _KNOWN_NormalOrderInfo, d + 3)
                if type(order_id_2) is not str: order_id_2 = structure_str(order_id_2, str)
                if type(out_order_id_2) is not str and out_order_id_2 is not None: out_order_id_2 = structure_str(out_order_id_2, str)
                if type(transaction_id_2) is not str and transaction_id_2 is not None: transaction_id_2 = structure_str(transaction_id_2, str)
                if type(pay_time_2) is not int:
                    if type(pay_time_2) is str and len(pay_time_2) < 20 and pay_time_2.isdigit() and pay_time_2.isascii(): pay_time_2 = int(pay_time_2)
                    elif pay_time_2 is None or pay_time_2 == '': pay_time_2 = None
                    else: pay_time_2 = structure_int(pay_time_2, int)
                if type(create_time_2) is not int:
                    if type(create_time_2) is str and len(create_time_2) < 20 and create_time_2.isdigit() and create_time_2.isascii(): create_time_2 = int(create_time_2)
                    else: create_time_2 = structure_int(create_time_2, int)
                if type(order_price_2) is not int:
                    if type(order_price_2) is str and len(order_price_2) < 20 and order_price_2.isdigit() and order_price_2.isascii(): order_price_2 = int(order_price_2)
                    else: order_price_2 = structure_int(order_price_2, int)
                if type(freight_2) is not int:
                    if type(freight_2) is str and len(freight_2) < 20 and freight_2.isdigit() and freight_2.isascii(): freight_2 = int(freight_2)
                    elif freight_2 is None or freight_2 == '': freight_2 = None
                    else: freight_2 = structure_int(freight_2, int)
                if type(discounted_price_2) is not int:
                    if type(discounted_price_2) is str and len(discounted_price_2) < 20 and discounted_price_2.isdigit() and discounted_price_2.isascii(): discounted_price_2 = int(discounted_price_2)
                    elif discounted_price_2 is None or discounted_price_2 == '': discounted_price_2 = None
                    else: discounted_price_2 = structure_int(discounted_price_2, int)
                if type(additional_price_2) is not int:
                    if type(additional_price_2) is str and len(additional_price_2) < 20 and additional_price_2.isdigit() and additional_price_2.isascii(): additional_price_2 = int(additional_price_2)
                    elif additional_price_2 is None or additional_price_2 == '': additional_price_2 = None
                    else: additional_price_2 = structure_int(additional_price_2, int)
                if type(additional_remarks_2) is not str and additional_remarks_2 is not None: additional_remarks_2 = structure_str(additional_remarks_2, str)
                if type(status_2) is not int:
                    if type(status_2) is str and len(status_2) < 20 and status_2.isdigit() and status_2.isascii(): status_2 = int(status_2)
                    else: status_2 = structure_int(status_2, int)
                if type(status_update_time_2) is not int:
                    if type(status_update_time_2) is str and len(status_update_time_2) < 20 and status_update_time_2.isdigit() and status_update_time_2.isascii(): status_update_time_2 = int(status_update_time_2)
                    elif status_update_time_2 is None or status_update_time_2 == '': status_update_time_2 = None
                    else: status_update_time_2 = structure_int(status_update_time_2, int)
                if type(shop_info_2) is dict:
                    # NormalOrderShop
                    nickname_3 = shop_info_2.get("nickname")
                    appid_3 = shop_info_2.get("appid")
                    username_3 = shop_info_2.get("username")
                    extra3 = {} if len(shop_info_2) == (nickname_3 is not None) + (appid_3 is not None) + (username_3 is not None) or _KNOWN_NormalOrderShop.issuperset(shop_info_2) else unknown_fields(shop_info_2, _KNOWN_NormalOrderShop, d + 4)
                    if type(nickname_3) is not str and nickname_3 is not None: nickname_3 = structure_str(nickname_3, str)
                    if type(appid_3) is not str and appid_3 is not None: appid_3 = structure_str(appid_3, str)
                    if type(username_3) is not str and username_3 is not None: username_3 = structure_str(username_3, str)
                    obj3 = new_instance(NormalOrderShop)
                    obj3.nickname = nickname_3
                    obj3.appid = appid_3
                    obj3.username = username_3
                    obj3.extra = extra3
                    shop_info_2 = obj3
                elif shop_info_2 is None or shop_info_2 == '': shop_info_2 = None
                else: raise GiveUp
                if type(path_2) is not str and path_2 is not None: path_2 = structure_str(path_2, str)
                obj2 = new_instance(NormalOrderInfo)
                obj2.order_id = order_id_2
                obj2.out_order_id = out_order_id_2
                obj2.transaction_id = transaction_id_2
                obj2.pay_time = pay_time_2
                obj2.create_time = create_time_2
                obj2.order_price = order_price_2
                obj2.freight = freight_2
                obj2.discounted_price = discounted_price_2
                obj2.additional_price = additional_price_2
                obj2.additional_remarks = additional_remarks_2
                obj2.status = status_2
                obj2.status_update_time = status_update_time_2
                obj2.shop_info = shop_info_2
                obj2.path = path_2
                obj2.extra = extra2
                order_info_1 = obj2
                if type(product_list_1) is list:
                    if product_list_1:
                        list4 = []
                        for each4 in product_list_1:
                            # NormalOrderProduct
                            product_id_4 = each4["productId"]
                            out_product_id_4 = each4.get("outProductId")
                            sku_id_4 = each4["skuId"]
                            out_sku_id_4 = each4.get("outSkuId")
                            title_4 = each4.get("title")
                            head_img_4 = each4.get("headImg")
                            sale_price_4 = each4.get("salePrice")
                            real_price_4 = each4["realPrice"]
                            product_cnt_4 = each4["productCnt"]
                            ratio_4 = each4.get("ratio")
                            commission_value_4 = each4["commissionValue"]
                            commission_status_4 = each4["commissionStatus"]
                            commission_status_update_time_4 = each4.get("commissionStatusUpdateTime")
                            promotion_info_4 = each4.get("promotionInfo")
                            extra4 = {} if len(each4) == 6 + (out_product_id_4 is not None) + (out_sku_id_4 is not None) + (title_4 is not None) + (head_img_4 is not None) + (sale_price_4 is not None) + (ratio_4 is not None) + (commission_status_update_time_4 is not None) + (promotion_info_4 is not None) or _KNOWN_NormalOrderProduct.issuperset(each4) else unknown_fields(each4, _KNOWN_NormalOrderProduct, d + 4)
                            if type(product_id_4) is not str: product_id_4 = structure_str(product_id_4, str)
                            if type(out_product_id_4) is not str and out_product_id_4 is not None: out_product_id_4 = structure_str(out_product_id_4, str)
                            if type(sku_id_4) is not str: sku_id_4 = structure_str(sku_id_4, str)
                            if type(out_sku_id_4) is not str and out_sku_id_4 is not None: out_sku_id_4 = structure_str(out_sku_id_4, str)
                            if type(title_4) is not str and title_4 is not None: title_4 = structure_str(title_4, str)
                            if type(head_img_4) is not str and head_img_4 is not None: head_img_4 = structure_str(head_img_4, str)
                            if type(sale_price_4) is not int:
                                if type(sale_price_4) is str and len(sale_price_4) < 20 and sale_price_4.isdigit() and sale_price_4.isascii(): sale_price_4 = int(sale_price_4)
                                elif sale_price_4 is None or sale_price_4 == '': sale_price_4 = None
                                else: sale_price_4 = structure_int(sale_price_4, int)
                            if type(real_price_4) is not int:
                                if type(real_price_4) is str and len(real_price_4) < 20 and real_price_4.isdigit() and real_price_4.isascii(): real_price_4 = int(real_price_4)
                                else: real_price_4 = structure_int(real_price_4, int)
                            if type(product_cnt_4) is not int:
                                if type(product_cnt_4) is str and len(product_cnt_4) < 20 and product_cnt_4.isdigit() and product_cnt_4.isascii(): product_cnt_4 = int(product_cnt_4)
                                else: product_cnt_4 = structure_int(product_cnt_4, int)
                            if type(ratio_4) is not int:
                                if type(ratio_4) is str and len(ratio_4) < 20 and ratio_4.isdigit() and ratio_4.isascii(): ratio_4 = int(ratio_4)
                                elif ratio_4 is None or ratio_4 == '': ratio_4 = None
                                else: ratio_4 = structure_int(ratio_4, int)
                            if type(commission_value_4) is not int:
                                if type(commission_value_4) is str and len(commission_value_4) < 20 and commission_value_4.isdigit() and commission_value_4.isascii(): commission_value_4 = int(commission_value_4)
                                else: commission_value_4 = structure_int(commission_value_4, int)
                            if type(commission_status_4) is str and commission_status_4 in _MEMBERS_NormalOrderCommissionStatus: commission_status_4 = _MEMBERS_NormalOrderCommissionStatus[commission_status_4]
                            elif type(commission_status_4) is str: commission_status_4 = NormalOrderCommissionStatus(commission_status_4)
                            else: raise GiveUp
                            if type(commission_status_update_time_4) is not int:
                                if type(commission_status_update_time_4) is str and len(commission_status_update_time_4) < 20 and commission_status_update_time_4.isdigit() and commission_status_update_time_4.isascii(): commission_status_update_time_4 = int(commission_status_update_time_4)
                                elif commission_status_update_time_4 is None or commission_status_update_time_4 == '': commission_status_update_time_4 = None
                                else: commission_status_update_time_4 = structure_int(commission_status_update_time_4, int)
                            if type(promotion_info_4) is dict:
                                # PromotionSource
                                promotion_source_name_5 = promotion_info_4["promotionSourceName"]
                                promotion_source_pid_5 = promotion_info_4["promotionSourcePid"]
                                status_5 = promotion_info_4.get("status")
                                pid_id_5 = promotion_info_4.get("pidId")
                                extra5 = {} if len(promotion_info_4) == 2 + (status_5 is not None) + (pid_id_5 is not None) or _KNOWN_PromotionSource.issuperset(promotion_info_4) else unknown_fields(promotion_info_4, _KNOWN_PromotionSource, d + 5)
                                if type(promotion_source_name_5) is not str: promotion_source_name_5 = structure_str(promotion_source_name_5, str)
                                if type(promotion_source_pid_5) is not str: promotion_source_pid_5 = structure_str(promotion_source_pid_5, str)
                                if type(status_5) is not str and status_5 is not None: status_5 = structure_str(status_5, str)
                                if type(pid_id_5) is not str and pid_id_5 is not None: pid_id_5 = structure_str(pid_id_5, str)
                                obj5 = new_instance(PromotionSource)
                                obj5.promotion_source_name = promotion_source_name_5
                                obj5.promotion_source_pid = promotion_source_pid_5
                                obj5.status = status_5
                                obj5.pid_id = pid_id_5
                                obj5.extra = extra5
                                promotion_info_4 = obj5
                            elif promotion_info_4 is None or promotion_info_4 == '': promotion_info_4 = None
                            else: raise GiveUp
                            obj4 = new_instance(NormalOrderProduct)
                            obj4.product_id = product_id_4
                            obj4.out_product_id = out_product_id_4
                            obj4.sku_id = sku_id_4
                            obj4.out_sku_id = out_sku_id_4
                            obj4.title = title_4
                            obj4.head_img = head_img_4
                            obj4.sale_price = sale_price_4
                            obj4.real_price = real_price_4
                            obj4.product_cnt = product_cnt_4
                            obj4.ratio = ratio_4
                            obj4.commission_value = commission_value_4
                            obj4.commission_status = commission_status_4
                            obj4.commission_status_update_time = commission_status_update_time_4
                            obj4.promotion_info = promotion_info_4
                            obj4.extra = extra4
                            list4.append(obj4)
                        product_list_1 = list4
                elif product_list_1 is None or product_list_1 == '': product_list_1 = UnsetList()
                else: raise GiveUp
                obj1 = new_instance(NormalOrder)
                obj1.order_info = order_info_1
                obj1.product_list = product_list_1
                obj1.extra = extra1
                list1.append(obj1)
            order_list_0 = list1
    elif order_list_0 is None or order_list_0 == '': order_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(NormalOrderSearchResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.total = total_0
    obj0.order_list = order_list_0
    obj0.extra = extra0
    return obj0

def decode_NormalOrderShop(o: Any, d: int) -> NormalOrderShop:
    # NormalOrderShop
    nickname_0 = o.get("nickname")
    appid_0 = o.get("appid")
    username_0 = o.get("username")
    extra0 = {} if len(o) == (nickname_0 is not None) + (appid_0 is not None) + (username_0 is not None) or _KNOWN_NormalOrderShop.issuperset(o) else unknown_fields(o, _KNOWN_NormalOrderShop, d)
    if type(nickname_0) is not str and nickname_0 is not None: nickname_0 = structure_str(nickname_0, str)
    if type(appid_0) is not str and appid_0 is not None: appid_0 = structure_str(appid_0, str)
    if type(username_0) is not str and username_0 is not None: username_0 = structure_str(username_0, str)
    obj0 = new_instance(NormalOrderShop)
    obj0.nickname = nickname_0
    obj0.appid = appid_0
    obj0.username = username_0
    obj0.extra = extra0
    return obj0

def decode_NotSendArea(o: Any, d: int) -> NotSendArea:
    # NotSendArea
    address_info_list_0 = o.get("addressInfoList")
    extra0 = {} if len(o) == (address_info_list_0 is not None) or _KNOWN_NotSendArea.issuperset(o) else unknown_fields(o, _KNOWN_NotSendArea, d)
    if type(address_info_list_0) is list:
        if address_info_list_0: address_info_list_0 = [decode_AddressInfo(e, d + 2) for e in address_info_list_0]
    elif address_info_list_0 is None or address_info_list_0 == '': address_info_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(NotSendArea)
    obj0.address_info_list = address_info_list_0
    obj0.extra = extra0
    return obj0

def decode_OpenAccountBindRequest(o: Any, d: int) -> OpenAccountBindRequest:
    # OpenAccountBindRequest
    open_account_0 = o["openAccount"]
    extra0 = {} if len(o) == 1 or _KNOWN_OpenAccountBindRequest.issuperset(o) else unknown_fields(o, _KNOWN_OpenAccountBindRequest, d)
    if type(open_account_0) is not str: open_account_0 = structure_str(open_account_0, str)
    obj0 = new_instance(OpenAccountBindRequest)
    obj0.open_account = open_account_0
    obj0.extra = extra0
    return obj0

def decode_OpenAccountGetRequest(o: Any, d: int) -> OpenAccountGetRequest:
    # OpenAccountGetRequest
    if type(o) is not dict: raise GiveUp
    extra0 = {} if len(o) == 0 or _KNOWN_OpenAccountGetRequest.issuperset(o) else unknown_fields(o, _KNOWN_OpenAccountGetRequest, d)
    obj0 = new_instance(OpenAccountGetRequest)
    obj0.extra = extra0
    return obj0

def decode_OpenAccountGetResponse(o: Any, d: int) -> OpenAccountGetResponse:
    # OpenAccountGetResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    open_account_0 = o.get("openAccount")
    extra0 = {} if len(o) == (errcode_0 is not None) + (errmsg_0 is not None) + (open_account_0 is not None) or _KNOWN_OpenAccountGetResponse.issuperset(o) else unknown_fields(o, _KNOWN_OpenAccountGetResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(open_account_0) is not str and open_account_0 is not None: open_account_0 = structure_str(open_account_0, str)
    obj0 = new_instance(OpenAccountGetResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.open_account = open_account_0
    obj0.extra = extra0
    return obj0

def decode_OpenGeneratedProductInfo(o: Any, d: int) -> OpenGeneratedProductInfo:
    # OpenGeneratedProductInfo
    product_id_0 = o["productId"]
    title_0 = o.get("title")
    sub_title_0 = o.get("subTitle")
    head_img_0 = o.get("headImg")
    min_price_0 = o.get("minPrice")
    total_stock_num_0 = o.get("totalStockNum")
    shop_name_0 = o.get("shopName")
    shop_status_0 = o.get("shopStatus")
    extra0 = {} if len(o) == 1 + (title_0 is not None) + (sub_title_0 is not None) + (head_img_0 is not None) + (min_price_0 is not None) + (total_stock_num_0 is not None) + (shop_name_0 is not None) + (shop_status_0 is not None) or _KNOWN_OpenGeneratedProductInfo.issuperset(o) else unknown_fields(o, _KNOWN_OpenGeneratedProductInfo, d)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    if type(title_0) is not str and title_0 is not None: title_0 = structure_str(title_0, str)
    if type(sub_title_0) is not str and sub_title_0 is not None: sub_title_0 = structure_str(sub_title_0, str)
    if type(head_img_0) is list:
        for each1 in head_img_0:
            if type(each1) is not str:
                head_img_0 = [e if type(e) is str else structure_str(e, str) for e in head_img_0]
                break
    elif head_img_0 is None or head_img_0 == '': head_img_0 = UnsetList()
    else: raise GiveUp
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        elif min_price_0 is None or min_price_0 == '': min_price_0 = None
        else: min_price_0 = structure_int(min_price_0, int)
    if type(total_stock_num_0) is not int:
        if type(total_stock_num_0) is str and len(total_stock_num_0) < 20 and total_stock_num_0.isdigit() and total_stock_num_0.isascii(): total_stock_num_0 = int(total_stock_num_0)
        elif total_stock_num_0 is None or total_stock_num_0 == '': total_stock_num_0 = None
        else: total_stock_num_0 = structure_int(total_stock_num_0, int)
    if type(shop_name_0) is not str and shop_name_0 is not None: shop_name_0 = structure_str(shop_name_0, str)
    if type(shop_status_0) is not int:
        if type(shop_status_0) is str and len(shop_status_0) < 20 and shop_status_0.isdigit() and shop_status_0.isascii(): shop_status_0 = int(shop_status_0)
        elif shop_status_0 is None or shop_status_0 == '': shop_status_0 = None
        else: shop_status_0 = structure_int(shop_status_0, int)
    obj0 = new_instance(OpenGeneratedProductInfo)
    obj0.product_id = product_id_0
    obj0.title = title_0
    obj0.sub_title = sub_title_0
    obj0.head_img = head_img_0
    obj0.min_price = min_price_0
    obj0.total_stock_num = total_stock_num_0
    obj0.shop_name = shop_name_0
    obj0.shop_status = shop_status_0
    obj0.extra = extra0
    return obj0

def decode_OpenProduct(o: Any, d: int) -> OpenProduct:
    # OpenProduct
    product_0 = o["product"]
    shop_info_0 = o["shopInfo"]
    extra0 = {} if len(o) == 2 or _KNOWN_OpenProduct.issuperset(o) else unknown_fields(o, _KNOWN_OpenProduct, d)
    product_0 = decode_OpenProductDetail(product_0, d + 1)
    shop_info_0 = decode_ShopInfo(shop_info_0, d + 1)
    obj0 = new_instance(OpenProduct)
    obj0.product = product_0
    obj0.shop_info = shop_info_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductDetail(o: Any, d: int) -> OpenProductDetail:
    # OpenProductDetail
    product_id_0 = o["productId"]
    info_0 = o["info"]
    skus_0 = o.get("skus")
    extra0 = {} if len(o) == 2 + (skus_0 is not None) or _KNOWN_OpenProductDetail.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductDetail, d)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    info_0 = decode_OpenProductInfo(info_0, d + 1)
    if type(skus_0) is list:
        if skus_0: skus_0 = [decode_OpenProductSku(e, d + 2) for e in skus_0]
    elif skus_0 is None or skus_0 == '': skus_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(OpenProductDetail)
    obj0.product_id = product_id_0
    obj0.info = info_0
    obj0.skus = skus_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductGenerateRequest(o: Any, d: int) -> OpenProductGenerateRequest:
    # OpenProductGenerateRequest
    pid_0 = o["pid"]
    product_list_0 = o["productList"]
    get_short_url_0 = o.get("getShortUrl")
    get_info_0 = o.get("getInfo")
    extra0 = {} if len(o) == 2 + (get_short_url_0 is not None) + (get_info_0 is not None) or _KNOWN_OpenProductGenerateRequest.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductGenerateRequest, d)
    if type(pid_0) is not str: pid_0 = structure_str(pid_0, str)
    if type(product_list_0) is list:
        if product_list_0:
            list1 = []
            for each1 in product_list_0:
                # GenerateProductItem
                product_id_1 = each1["productId"]
                app_id_1 = each1["appId"]
                customize_info_1 = each1.get("customizeInfo")
                extra1 = {} if len(each1) == 2 + (customize_info_1 is not None) or _KNOWN_GenerateProductItem.issuperset(each1) else unknown_fields(each1, _KNOWN_GenerateProductItem, d + 2)
                if type(product_id_1) is not str: product_id_1 = structure_str(product_id_1, str)
                if type(app_id_1) is not str: app_id_1 = structure_str(app_id_1, str)
                if type(customize_info_1) is not str and customize_info_1 is not None: customize_info_1 = structure_str(customize_info_1, str)
                obj1 = new_instance(GenerateProductItem)
                obj1.product_id = product_id_1
                obj1.app_id = app_id_1
                obj1.customize_info = customize_info_1
                obj1.extra = extra1
                list1.append(obj1)
            product_list_0 = list1
    else: raise GiveUp
    if type(get_short_url_0) is not bool:
        if type(get_short_url_0) is int and (get_short_url_0 == 0 or get_short_url_0 == 1): get_short_url_0 = get_short_url_0 == 1
        elif get_short_url_0 is None or get_short_url_0 == '': get_short_url_0 = None
        else: get_short_url_0 = structure_bool(get_short_url_0, bool)
    if type(get_info_0) is not bool:
        if type(get_info_0) is int and (get_info_0 == 0 or get_info_0 == 1): get_info_0 = get_info_0 == 1
        elif get_info_0 is None or get_info_0 == '': get_info_0 = None
        else: get_info_0 = structure_bool(get_info_0, bool)
    obj0 = new_instance(OpenProductGenerateRequest)
    obj0.pid = pid_0
    obj0.product_list = product_list_0
    obj0.get_short_url = get_short_url_0
    obj0.get_info = get_info_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductGenerateResponse(o: Any, d: int) -> OpenProductGenerateResponse:
    # OpenProductGenerateResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    materials_0 = o.get("list")
    extra0 = {} if len(o) == (errcode_0 is not None) + (errmsg_0 is not None) + (materials_0 is not None) or _KNOWN_OpenProductGenerateResponse.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductGenerateResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(materials_0) is list:
        if materials_0:
            list1 = []
            for each1 in materials_0:
                # OpenProductPromotion
                pid_1 = each1["pid"]
                product_info_1 = each1["productInfo"]
                share_info_1 = each1["shareInfo"]
                extra1 = {} if len(each1) == 3 or _KNOWN_OpenProductPromotion.issuperset(each1) else unknown_fields(each1, _KNOWN_OpenProductPromotion, d + 2)
                if type(pid_1) is not str: pid_1 = structure_str(pid_1, str)
                # OpenGeneratedProductInfo
                product_id_2 = product_info_1["productId"]
                title_2 = product_info_1.get("title")
                sub_title_2 = product_info_1.get("subTitle")
                head_img_2 = product_info_1.get("headImg")
                min_price_2 = product_info_1.get("minPrice")
                total_stock_num_2 = product_info_1.get("totalStockNum")
                shop_name_2 = product_info_1.get("shopName")
                shop_status_2 = product_info_1.get("shopStatus")
                extra2 = {} if len(product_info_1) == 1 + (title_2 is not None) + (sub_title_2 is not None) + (head_img_2 is not None) + (min_price_2 is not None) + (total_stock_num_2 is not None) + (shop_name_2 is not None) + (shop_status_2 is not None) or _KNOWN_OpenGeneratedProductInfo.issuperset(product_info_1) else unknown_fields(product_info_1, _KNOWN_OpenGeneratedProductInfo, d + 3)
                if type(product_id_2) is not str: product_id_2 = structure_str(product_id_2, str)
                if type(title_2) is not str and title_2 is not None: title_2 = structure_str(title_2, str)
                if type(sub_title_2) is not str and sub_title_2 is not None: sub_title_2 = structure_str(sub_title_2, str)
                if type(head_img_2) is list:
                    for each3 in head_img_2:
                        if type(each3) is not str:
                            head_img_2 = [e if type(e) is str else structure_str(e, str) for e in head_img_2]
                            break
                elif head_img_2 is None or head_img_2 == '': head_img_2 = UnsetList()
                else: raise GiveUp
                if type(min_price_2) is not int:
                    if type(min_price_2) is str and len(min_price_2) < 20 and min_price_2.isdigit() and min_price_2.isascii(): min_price_2 = int(min_price_2)
                    elif min_price_2 is None or min_price_2 == '': min_price_2 = None
                    else: min_price_2 = structure_int(min_price_2, int)
                if type(total_stock_num_2) is not int:
                    if type(total_stock_num_2) is str and len(total_stock_num_2) < 20 and total_stock_num_2.isdigit() and total_stock_num_2.isascii(): total_stock_num_2 = int(total_stock_num_2)
                    elif total_stock_num_2 is None or total_stock_num_2 == '': total_stock_num_2 = None
                    else: total_stock_num_2 = structure_int(total_stock_num_2, int)
                if type(shop_name_2) is not str and shop_name_2 is not None: shop_name_2 = structure_str(shop_name_2, str)
                if type(shop_status_2) is not int:
                    if type(shop_status_2) is str and len(shop_status_2) < 20 and shop_status_2.isdigit() and shop_status_2.isascii(): shop_status_2 = int(shop_status_2)
                    elif shop_status_2 is None or shop_status_2 == '': shop_status_2 = None
                    else: shop_status_2 = structure_int(shop_status_2, int)
                obj2 = new_instance(OpenGeneratedProductInfo)
                obj2.product_id = product_id_2
                obj2.title = title_2
                obj2.sub_title = sub_title_2
                obj2.head_img = head_img_2
                obj2.min_price = min_price_2
                obj2.total_stock_num = total_stock_num_2
                obj2.shop_name = shop_name_2
                obj2.shop_status = shop_status_2
                obj2.extra = extra2
                product_info_1 = obj2
                # OpenShareInfo
                app_id_4 = share_info_1["appId"]
                username_4 = share_info_1.get("username")
                path_4 = share_info_1["path"]
                promotion_wording_4 = share_info_1.get("promotionWording")
                promotion_url_4 = share_info_1.get("promotionUrl")
                promotion_tag_4 = share_info_1.get("promotionTag")
                code_4 = share_info_1.get("code")
                extra4 = {} if len(share_info_1) == 2 + (username_4 is not None) + (promotion_wording_4 is not None) + (promotion_url_4 is not None) + (promotion_tag_4 is not None) + (code_4 is not None) or _KNOWN_OpenShareInfo.issuperset(share_info_1) else unknown_fields(share_info_1, _KNOWN_OpenShareInfo, d + 3)
                if type(app_id_4) is not str: app_id_4 = structure_str(app_id_4, str)
                if type(username_4) is not str and username_4 is not None: username_4 = structure_str(username_4, str)
                if type(path_4) is not str: path_4 = structure_str(path_4, str)
                if type(promotion_wording_4) is not str and promotion_wording_4 is not None: promotion_wording_4 = structure_str(promotion_wording_4, str)
                if type(promotion_url_4) is not str and promotion_url_4 is not None: promotion_url_4 = structure_str(promotion_url_4, str)
                if type(promotion_tag_4) is not str and promotion_tag_4 is not None: promotion_tag_4 = structure_str(promotion_tag_4, str)
                if type(code_4) is not int:
                    if type(code_4) is str and len(code_4) < 20 and code_4.isdigit() and code_4.isascii(): code_4 = int(code_4)
                    elif code_4 is None or code_4 == '': code_4 = None
                    else: code_4 = structure_int(code_4, int)
                obj4 = new_instance(OpenShareInfo)
                obj4.app_id = app_id_4
                obj4.username = username_4
                obj4.path = path_4
                obj4.promotion_wording = promotion_wording_4
                obj4.promotion_url = promotion_url_4
                obj4.promotion_tag = promotion_tag_4
                obj4.code = code_4
                obj4.extra = extra4
                share_info_1 = obj4
                obj1 = new_instance(OpenProductPromotion)
                obj1.pid = pid_1
                obj1.product_info = product_info_1
                obj1.share_info = share_info_1
                obj1.extra = extra1
                list1.append(obj1)
            materials_0 = list1
    elif materials_0 is None or materials_0 == '': materials_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(OpenProductGenerateResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.materials = materials_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductInfo(o: Any, d: int) -> OpenProductInfo:
    # OpenProductInfo
    title_0 = o["title"]
    head_img_0 = o.get("headImg")
    detail_0 = o.get("detail")
    brand_id_0 = o.get("brandId")
    min_price_0 = o["minPrice"]
    total_stock_num_0 = o.get("totalStockNum")
    path_0 = o.get("path")
    extra0 = {} if len(o) == 2 + (head_img_0 is not None) + (detail_0 is not None) + (brand_id_0 is not None) + (total_stock_num_0 is not None) + (path_0 is not None) or _KNOWN_OpenProductInfo.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductInfo, d)
    if type(title_0) is not str: title_0 = structure_str(title_0, str)
    if type(head_img_0) is list:
        for each1 in head_img_0:
            if type(each1) is not str:
                head_img_0 = [e if type(e) is str else structure_str(e, str) for e in head_img_0]
                break
    elif head_img_0 is None or head_img_0 == '': head_img_0 = UnsetList()
    else: raise GiveUp
    if type(detail_0) is dict:
        detail_0 = decode_ProductDetail(detail_0, d + 1)
    elif detail_0 is None or detail_0 == '': detail_0 = None
    else: raise GiveUp
    if type(brand_id_0) is not str and brand_id_0 is not None: brand_id_0 = structure_str(brand_id_0, str)
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        else: min_price_0 = structure_int(min_price_0, int)
    if type(total_stock_num_0) is not int:
        if type(total_stock_num_0) is str and len(total_stock_num_0) < 20 and total_stock_num_0.isdigit() and total_stock_num_0.isascii(): total_stock_num_0 = int(total_stock_num_0)
        elif total_stock_num_0 is None or total_stock_num_0 == '': total_stock_num_0 = None
        else: total_stock_num_0 = structure_int(total_stock_num_0, int)
    if type(path_0) is not str and path_0 is not None: path_0 = structure_str(path_0, str)
    obj0 = new_instance(OpenProductInfo)
    obj0.title = title_0
    obj0.head_img = head_img_0
    obj0.detail = detail_0
    obj0.brand_id = brand_id_0
    obj0.min_price = min_price_0
    obj0.total_stock_num = total_stock_num_0
    obj0.path = path_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductListRequest(o: Any, d: int) -> OpenProductListRequest:
    # OpenProductListRequest
    offset_0 = o["from"]
    limit_0 = o["limit"]
    query_type_0 = o.get("queryType")
    query_0 = o.get("query")
    max_price_0 = o.get("maxPrice")
    min_price_0 = o.get("minPrice")
    min_commission_value_0 = o.get("minCommissionValue")
    min_commission_ratio_0 = o.get("minCommissionRatio")
    sort_type_0 = o.get("sortType")
    shop_app_ids_0 = o.get("shopAppIds")
    category_id_0 = o.get("categoryId")
    category_0 = o.get("category")
    no_category_0 = o.get("noCategory")
    product_id_0 = o.get("productId")
    extra0 = {} if len(o) == 2 + (query_type_0 is not None) + (query_0 is not None) + (max_price_0 is not None) + (min_price_0 is not None) + (min_commission_value_0 is not None) + (min_commission_ratio_0 is not None) + (sort_type_0 is not None) + (shop_app_ids_0 is not None) + (category_id_0 is not None) + (category_0 is not None) + (no_category_0 is not None) + (product_id_0 is not None) or _KNOWN_OpenProductListRequest.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductListRequest, d)
    if type(offset_0) is not int:
        if type(offset_0) is str and len(offset_0) < 20 and offset_0.isdigit() and offset_0.isascii(): offset_0 = int(offset_0)
        else: offset_0 = structure_int(offset_0, int)
    if type(limit_0) is not int:
        if type(limit_0) is str and len(limit_0) < 20 and limit_0.isdigit() and limit_0.isascii(): limit_0 = int(limit_0)
        else: limit_0 = structure_int(limit_0, int)
    if type(query_type_0) is not int:
        if type(query_type_0) is str and len(query_type_0) < 20 and query_type_0.isdigit() and query_type_0.isascii(): query_type_0 = int(query_type_0)
        elif query_type_0 is None or query_type_0 == '': query_type_0 = None
        else: query_type_0 = structure_int(query_type_0, int)
    if type(query_0) is not str and query_0 is not None: query_0 = structure_str(query_0, str)
    if type(max_price_0) is not int:
        if type(max_price_0) is str and len(max_price_0) < 20 and max_price_0.isdigit() and max_price_0.isascii(): max_price_0 = int(max_price_0)
        elif max_price_0 is None or max_price_0 == '': max_price_0 = None
        else: max_price_0 = structure_int(max_price_0, int)
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        elif min_price_0 is None or min_price_0 == '': min_price_0 = None
        else: min_price_0 = structure_int(min_price_0, int)
    if type(min_commission_value_0) is not int:
        if type(min_commission_value_0) is str and len(min_commission_value_0) < 20 and min_commission_value_0.isdigit() and min_commission_value_0.isascii(): min_commission_value_0 = int(min_commission_value_0)
        elif min_commission_value_0 is None or min_commission_value_0 == '': min_commission_value_0 = None
        else: min_commission_value_0 = structure_int(min_commission_value_0, int)
    if type(min_commission_ratio_0) is not int:
        if type(min_commission_ratio_0) is str and len(min_commission_ratio_0) < 20 and min_commission_ratio_0.isdigit() and min_commission_ratio_0.isascii(): min_commission_ratio_0 = int(min_commission_ratio_0)
        elif min_commission_ratio_0 is None or min_commission_ratio_0 == '': min_commission_ratio_0 = None
        else: min_commission_ratio_0 = structure_int(min_commission_ratio_0, int)
    if type(sort_type_0) is not int:
        if type(sort_type_0) is str and len(sort_type_0) < 20 and sort_type_0.isdigit() and sort_type_0.isascii(): sort_type_0 = int(sort_type_0)
        elif sort_type_0 is None or sort_type_0 == '': sort_type_0 = None
        else: sort_type_0 = structure_int(sort_type_0, int)
    if type(shop_app_ids_0) is not str and shop_app_ids_0 is not None: shop_app_ids_0 = structure_str(shop_app_ids_0, str)
    if type(category_id_0) is not str and category_id_0 is not None: category_id_0 = structure_str(category_id_0, str)
    if type(category_0) is not str and category_0 is not None: category_0 = structure_str(category_0, str)
    if type(no_category_0) is not str and no_category_0 is not None: no_category_0 = structure_str(no_category_0, str)
    if type(product_id_0) is not str and product_id_0 is not None: product_id_0 = structure_str(product_id_0, str)
    obj0 = new_instance(OpenProductListRequest)
    obj0.offset = offset_0
    obj0.limit = limit_0
    obj0.query_type = query_type_0
    obj0.query = query_0
    obj0.max_price = max_price_0
    obj0.min_price = min_price_0
    obj0.min_commission_value = min_commission_value_0
    obj0.min_commission_ratio = min_commission_ratio_0
    obj0.sort_type = sort_type_0
    obj0.shop_app_ids = shop_app_ids_0
    obj0.category_id = category_id_0
    obj0.category = category_0
    obj0.no_category = no_category_0
    obj0.product_id = product_id_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductListResponse(o: Any, d: int) -> OpenProductListResponse:
    # OpenProductListResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    total_0 = o["total"]
    product_list_0 = o.get("productList")
    extra0 = {} if len(o) == 1 + (errcode_0 is not None) + (errmsg_0 is not None) + (product_list_0 is not None) or _KNOWN_OpenProductListResponse.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductListResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(total_0) is not int:
        if type(total_0) is str and len(total_0) < 20 and total_0.isdigit() and total_0.isascii(): total_0 = int(total_0)
        else: total_0 = structure_int(total_0, int)
    if type(product_list_0) is list:
        if product_list_0:
            list1 = []
            for each1 in product_list_0:
                # OpenProduct
                product_1 = each1["product"]
                shop_info_1 = each1["shopInfo"]
                extra1 = {} if len(each1) == 2 or _KNOWN_OpenProduct.issuperset(each1) else unknown_fields(each1, _KNOWN_OpenProduct, d + 2)
                # OpenProductDetail
                product_id_2 = product_1["productId"]
                info_2 = product_1["info"]
                skus_2 = product_1.get("skus")
                extra2 = {} if len(product_1) == 2 + (skus_2 is not None) or _KNOWN_OpenProductDetail.issuperset(product_1) else unknown_fields(product_1, _KNOWN_OpenProductDetail, d + 3)
                if type(product_id_2) is not str: product_id_2 = structure_str(product_id_2, str)
                # OpenProductInfo
                title_3 = info_2["title"]
                head_img_3 = info_2.get("headImg")
                detail_3 = info_2.get("detail")
                brand_id_3 = info_2.get("brandId")
                min_price_3 = info_2["minPrice"]
                total_stock_num_3 = info_2.get("totalStockNum")
                path_3 = info_2.get("path")
                extra3 = {} if len(info_2) == 2 + (head_img_3 is not None) + (detail_3 is not None) + (brand_id_3 is not None) + (total_stock_num_3 is not None) + (path_3 is not None) or _KNOWN_OpenProductInfo.issuperset(info_2) else unknown_fields(info_2, _KNOWN_OpenProductInfo, d + 4)
                if type(title_3) is not str: title_3 = structure_str(title_3, str)
                if type(head_img_3) is list:
                    for each4 in head_img_3:
                        if type(each4) is not str:
                            head_img_3 = [e if type(e) is str else structure_str(e, str) for e in head_img_3]
                            break
                elif head_img_3 is None or head_img_3 == '': head_img_3 = UnsetList()
                else: raise GiveUp
                if type(detail_3) is dict:
                    # ProductDetail
                    detail_img_5 = detail_3.get("detailImg")
                    detail_videos_5 = detail_3.get("detailVideos")
                    detail_video_info_5 = detail_3.get("detailVideoInfo")
                    desc_5 = detail_3.get("desc")
                    extra5 = {} if len(detail_3) == (detail_img_5 is not None) + (detail_videos_5 is not None) + (detail_video_info_5 is not None) + (desc_5 is not None) or _KNOWN_ProductDetail.issuperset(detail_3) else unknown_fields(detail_3, _KNOWN_ProductDetail, d + 5)
                    if type(detail_img_5) is list:
                        for each6 in detail_img_5:
                            if type(each6) is not str:
                                detail_img_5 = [e if type(e) is str else structure_str(e, str) for e in detail_img_5]
                                break
                    elif detail_img_5 is None or detail_img_5 == '': detail_img_5 = UnsetList()
                    else: raise GiveUp
                    if type(detail_videos_5) is list:
                        if detail_videos_5: check_untyped(detail_videos_5, d + 6)
                    elif detail_videos_5 is None or detail_videos_5 == '': detail_videos_5 = UnsetList()
                    else: raise GiveUp
                    if type(detail_video_info_5) is list:
                        if detail_video_info_5: check_untyped(detail_video_info_5, d + 6)
                    elif detail_video_info_5 is None or detail_video_info_5 == '': detail_video_info_5 = UnsetList()
                    else: raise GiveUp
                    if type(desc_5) is not str and desc_5 is not None: desc_5 = structure_str(desc_5, str)
                    obj5 = new_instance(ProductDetail)
                    obj5.detail_img = detail_img_5
                    obj5.detail_videos = detail_videos_5
                    obj5.detail_video_info = detail_video_info_5
                    obj5.desc = desc_5
                    obj5.extra = extra5
                    detail_3 = obj5
                elif detail_3 is None or detail_3 == '': detail_3 = None
                else: raise GiveUp
                if type(brand_id_3) is not str and brand_id_3 is not None: brand_id_3 = structure_str(brand_id_3, str)
                if type(min_price_3) is not int:
                    if type(min_price_3) is str and len(min_price_3) < 20 and min_price_3.isdigit() and min_price_3.isascii(): min_price_3 = int(min_price_3)
                    else: min_price_3 = structure_int(min_price_3, int)
                if type(total_stock_num_3) is not int:
                    if type(total_stock_num_3) is str and len(total_stock_num_3) < 20 and total_stock_num_3.isdigit() and total_stock_num_3.isascii(): total_stock_num_3 = int(total_stock_num_3)
                    elif total_stock_num_3 is None or total_stock_num_3 == '': total_stock_num_3 = None
                    else: total_stock_num_3 = structure_int(total_stock_num_3, int)
                if type(path_3) is not str and path_3 is not None: path_3 = structure_str(path_3, str)
                obj3 = new_instance(OpenProductInfo)
                obj3.title = title_3
                obj3.head_img = head_img_3
                obj3.detail = detail_3
                obj3.brand_id = brand_id_3
                obj3.min_price = min_price_3
                obj3.total_stock_num = total_stock_num_3
                obj3.path = path_3
                obj3.extra = extra3
                info_2 = obj3
                if type(skus_2) is list:
                    if skus_2:
                        list7 = []
                        for each7 in skus_2:
                            # OpenProductSku
                            sku_id_7 = each7["skuId"]
                            product_sku_info_7 = each7["productSkuInfo"]
                            extra7 = {} if len(each7) == 2 or _KNOWN_OpenProductSku.issuperset(each7) else unknown_fields(each7, _KNOWN_OpenProductSku, d + 5)
                            if type(sku_id_7) is not str: sku_id_7 = structure_str(sku_id_7, str)
                            # OpenProductSkuInfo
                            thumb_img_8 = product_sku_info_7.get("thumbImg")
                            sale_price_8 = product_sku_info_7.get("salePrice")
                            market_price_8 = product_sku_info_7.get("marketPrice")
                            stock_num_8 = product_sku_info_7.get("stockNum")
                            extra8 = {} if len(product_sku_info_7) == (thumb_img_8 is not None) + (sale_price_8 is not None) + (market_price_8 is not None) + (stock_num_8 is not None) or _KNOWN_OpenProductSkuInfo.issuperset(product_sku_info_7) else unknown_fields(product_sku_info_7, _KNOWN_OpenProductSkuInfo, d + 6)
                            if type(thumb_img_8) is not str and thumb_img_8 is not None: thumb_img_8 = structure_str(thumb_img_8, str)
                            if type(sale_price_8) is not int:
                                if type(sale_price_8) is str and len(sale_price_8) < 20 and sale_price_8.isdigit() and sale_price_8.isascii(): sale_price_8 = int(sale_price_8)
                                elif sale_price_8 is None or sale_price_8 == '': sale_price_8 = None
                                else: sale_price_8 = structure_int(sale_price_8, int)
                            if type(market_price_8) is not int:
                                if type(market_price_8) is str and len(market_price_8) < 20 and market_price_8.isdigit() and market_price_8.isascii(): market_price_8 = int(market_price_8)
                                elif market_price_8 is None or market_price_8 == '': market_price_8 = None
                                else: market_price_8 = structure_int(market_price_8, int)
                            if type(stock_num_8) is not int:
                                if type(stock_num_8) is str and len(stock_num_8) < 20 and stock_num_8.isdigit() and stock_num_8.isascii(): stock_num_8 = int(stock_num_8)
                                elif stock_num_8 is None or stock_num_8 == '': stock_num_8 = None
                                else: stock_num_8 = structure_int(stock_num_8, int)
                            obj8 = new_instance(OpenProductSkuInfo)
                            obj8.thumb_img = thumb_img_8
                            obj8.sale_price = sale_price_8
                            obj8.market_price = market_price_8
                            obj8.stock_num = stock_num_8
                            obj8.extra = extra8
                            product_sku_info_7 = obj8
                            obj7 = new_instance(OpenProductSku)
                            obj7.sku_id = sku_id_7
                            obj7.product_sku_info = product_sku_info_7
                            obj7.extra = extra7
                            list7.append(obj7)
                        skus_2 = list7
                elif skus_2 is None or skus_2 == '': skus_2 = UnsetList()
                else: raise GiveUp
                obj2 = new_instance(OpenProductDetail)
                obj2.product_id = product_id_2
                obj2.info = info_2
                obj2.skus = skus_2
                obj2.extra = extra2
                product_1 = obj2
                # ShopInfo
                app_id_9 = shop_info_1.get("appId")
                name_9 = shop_info_1["name"]
                username_9 = shop_info_1.get("username")
                head_img_url_9 = shop_info_1["headImgUrl"]
                shipping_methods_9 = shop_info_1.get("shippingMethods")
                address_list_9 = shop_info_1.get("addressList")
                same_city_template_9 = shop_info_1.get("sameCityTemplate")
                freight_template_9 = shop_info_1.get("freightTemplate")
                extra9 = {} if len(shop_info_1) == 2 + (app_id_9 is not None) + (username_9 is not None) + (shipping_methods_9 is not None) + (address_list_9 is not None) + (same_city_template_9 is not None) + (freight_template_9 is not None) or _KNOWN_ShopInfo.issuperset(shop_info_1) else unknown_fields(shop_info_1, _KNOWN_ShopInfo, d + 3)
                if type(app_id_9) is not str and app_id_9 is not None: app_id_9 = structure_str(app_id_9, str)
                if type(name_9) is not str: name_9 = structure_str(name_9, str)
                if type(username_9) is not str and username_9 is not None: username_9 = structure_str(username_9, str)
                if type(head_img_url_9) is not str: head_img_url_9 = structure_str(head_img_url_9, str)
                if type(shipping_methods_9) is dict:
                    # ShippingMethods
                    express_10 = shipping_methods_9.get("express")
                    same_city_10 = shipping_methods_9.get("sameCity")
                    pickup_10 = shipping_methods_9.get("pickup")
                    extra10 = {} if len(shipping_methods_9) == (express_10 is not None) + (same_city_10 is not None) + (pickup_10 is not None) or _KNOWN_ShippingMethods.issuperset(shipping_methods_9) else unknown_fields(shipping_methods_9, _KNOWN_ShippingMethods, d + 4)
                    if type(express_10) is not bool:
                        if type(express_10) is int and (express_10 == 0 or express_10 == 1): express_10 = express_10 == 1
                        elif express_10 is None or express_10 == '': express_10 = None
                        else: express_10 = structure_bool(express_10, bool)
                    if type(same_city_10) is not bool:
                        if type(same_city_10) is int and (same_city_10 == 0 or same_city_10 == 1): same_city_10 = same_city_10 == 1
                        elif same_city_10 is None or same_city_10 == '': same_city_10 = None
                        else: same_city_10 = structure_bool(same_city_10, bool)
                    if type(pickup_10) is not bool:
                        if type(pickup_10) is int and (pickup_10 == 0 or pickup_10 == 1): pickup_10 = pickup_10 == 1
                        elif pickup_10 is None or pickup_10 == '': pickup_10 = None
                        else: pickup_10 = structure_bool(pickup_10, bool)
                    obj10 = new_instance(ShippingMethods)
                    obj10.express = express_10
                    obj10.same_city = same_city_10
                    obj10.pickup = pickup_10
                    obj10.extra = extra10
                    shipping_methods_9 = obj10
                elif shipping_methods_9 is None or shipping_methods_9 == '': shipping_methods_9 = None
                else: raise GiveUp
                if type(address_list_9) is list:
                    if address_list_9:
                        list11 = []
                        for each11 in address_list_9:
                            # ShipFromAddress
                            address_info_11 = each11["addressInfo"]
                            address_type_11 = each11.get("addressType")
                            extra11 = {} if len(each11) == 1 + (address_type_11 is not None) or _KNOWN_ShipFromAddress.issuperset(each11) else unknown_fields(each11, _KNOWN_ShipFromAddress, d + 5)
                            # AddressInfo
                            province_name_12 = address_info_11.get("provinceName")
                            city_name_12 = address_info_11.get("cityName")
                            county_name_12 = address_info_11.get("countyName")
                            extra12 = {} if len(address_info_11) == (province_name_12 is not None) + (city_name_12 is not None) + (county_name_12 is not None) or _KNOWN_AddressInfo.issuperset(address_info_11) else unknown_fields(address_info_11, _KNOWN_AddressInfo, d + 6)
                            if type(province_name_12) is not str and province_name_12 is not None: province_name_12 = structure_str(province_name_12, str)
                            if type(city_name_12) is not str and city_name_12 is not None: city_name_12 = structure_str(city_name_12, str)
                            if type(county_name_12) is not str and county_name_12 is not None: county_name_12 = structure_str(county_name_12, str)
                            obj12 = new_instance(AddressInfo)
                            obj12.province_name = province_name_12
                            obj12.city_name = city_name_12
                            obj12.county_name = county_name_12
                            obj12.extra = extra12
                            address_info_11 = obj12
                            if type(address_type_11) is dict:
                                # ShippingMethods
                                express_13 = address_type_11.get("express")
                                same_city_13 = address_type_11.get("sameCity")
                                pickup_13 = address_type_11.get("pickup")
                                extra13 = {} if len(address_type_11) == (express_13 is not None) + (same_city_13 is not None) + (pickup_13 is not None) or _KNOWN_ShippingMethods.issuperset(address_type_11) else unknown_fields(address_type_11, _KNOWN_ShippingMethods, d + 6)
                                if type(express_13) is not bool:
                                    if type(express_13) is int and (express_13 == 0 or express_13 == 1): express_13 = express_13 == 1
                                    elif express_13 is None or express_13 == '': express_13 = None
                                    else: express_13 = structure_bool(express_13, bool)
                                if type(same_city_13) is not bool:
                                    if type(same_city_13) is int and (same_city_13 == 0 or same_city_13 == 1): same_city_13 = same_city_13 == 1
                                    elif same_city_13 is None or same_city_13 == '': same_city_13 = None
                                    else: same_city_13 = structure_bool(same_city_13, bool)
                                if type(pickup_13) is not bool:
                                    if type(pickup_13) is int and (pickup_13 == 0 or pickup_13 == 1): pickup_13 = pickup_13 == 1
                                    elif pickup_13 is None or pickup_13 == '': pickup_13 = None
                                    else: pickup_13 = structure_bool(pickup_13, bool)
                                obj13 = new_instance(ShippingMethods)
                                obj13.express = express_13
                                obj13.same_city = same_city_13
                                obj13.pickup = pickup_13
                                obj13.extra = extra13
                                address_type_11 = obj13
                            elif address_type_11 is None or address_type_11 == '': address_type_11 = None
                            else: raise GiveUp
                            obj11 = new_instance(ShipFromAddress)
                            obj11.address_info = address_info_11
                            obj11.address_type = address_type_11
                            obj11.extra = extra11
                            list11.append(obj11)
                        address_list_9 = list11
                elif address_list_9 is None or address_list_9 == '': address_list_9 = UnsetList()
                else: raise GiveUp
                if type(same_city_template_9) is dict:
                    # SameCityTemplate
                    deliver_scope_type_14 = same_city_template_9.get("deliverScopeType")
                    scope_14 = same_city_template_9.get("scope")
                    region_14 = same_city_template_9.get("region")
                    extra14 = {} if len(same_city_template_9) == (deliver_scope_type_14 is not None) + (scope_14 is not None) + (region_14 is not None) or _KNOWN_SameCityTemplate.issuperset(same_city_template_9) else unknown_fields(same_city_template_9, _KNOWN_SameCityTemplate, d + 4)
                    if type(deliver_scope_type_14) is int and deliver_scope_type_14 in _MEMBERS_DeliverScopeType: deliver_scope_type_14 = _MEMBERS_DeliverScopeType[deliver_scope_type_14]
                    elif deliver_scope_type_14 is None or deliver_scope_type_14 == '': deliver_scope_type_14 = None
                    else: deliver_scope_type_14 = DeliverScopeType(structure_int(deliver_scope_type_14, int))
                    if type(scope_14) is not str and scope_14 is not None: scope_14 = structure_str(scope_14, str)
                    if type(region_14) is dict:
                        # AddressInfo
                        province_name_15 = region_14.get("provinceName")
                        city_name_15 = region_14.get("cityName")
                        county_name_15 = region_14.get("countyName")
                        extra15 = {} if len(region_14) == (province_name_15 is not None) + (city_name_15 is not None) + (county_name_15 is not None) or _KNOWN_AddressInfo.issuperset(region_14) else unknown_fields(region_14, _KNOWN_AddressInfo, d + 5)
                        if type(province_name_15) is not str and province_name_15 is not None: province_name_15 = structure_str(province_name_15, str)
                        if type(city_name_15) is not str and city_name_15 is not None: city_name_15 = structure_str(city_name_15, str)
                        if type(county_name_15) is not str and county_name_15 is not None: county_name_15 = structure_str(county_name_15, str)
                        obj15 = new_instance(AddressInfo)
                        obj15.province_name = province_name_15
                        obj15.city_name = city_name_15
                        obj15.county_name = county_name_15
                        obj15.extra = extra15
                        region_14 = obj15
                    elif region_14 is None or region_14 == '': region_14 = None
                    else: raise GiveUp
                    obj14 = new_instance(SameCityTemplate)
                    obj14.deliver_scope_type = deliver_scope_type_14
                    obj14.scope = scope_14
                    obj14.region = region_14
                    obj14.extra = extra14
                    same_city_template_9 = obj14
                elif same_city_template_9 is None or same_city_template_9 == '': same_city_template_9 = None
                else: raise GiveUp
                if type(freight_template_9) is dict:
                    # FreightTemplate
                    not_send_area_16 = freight_template_9.get("notSendArea")
                    extra16 = {} if len(freight_template_9) == (not_send_area_16 is not None) or _KNOWN_FreightTemplate.issuperset(freight_template_9) else unknown_fields(freight_template_9, _KNOWN_FreightTemplate, d + 4)
                    if type(not_send_area_16) is dict:
                        # NotSendArea
                        address_info_list_17 = not_send_area_16.get("addressInfoList")
                        extra17 = {} if len(not_send_area_16) == (address_info_list_17 is not None) or _KNOWN_NotSendArea.issuperset(not_send_area_16) else unknown_fields(not_send_area_16, _KNOWN_NotSendArea, d + 5)
                        if type(address_info_list_17) is list:
                            if address_info_list_17:
                                list18 = []
                                for each18 in address_info_list_17:
                                    # AddressInfo
                                    province_name_18 = each18.get("provinceName")
                                    city_name_18 = each18.get("cityName")
                                    county_name_18 = each18.get("countyName")
                                    extra18 = {} if len(each18) == (province_name_18 is not None) + (city_name_18 is not None) + (county_name_18 is not None) or _KNOWN_AddressInfo.issuperset(each18) else unknown_fields(each18, _KNOWN_AddressInfo, d + 7)
                                    if type(province_name_18) is not str and province_name_18 is not None: province_name_18 = structure_str(province_name_18, str)
                                    if type(city_name_18) is not str and city_name_18 is not None: city_name_18 = structure_str(city_name_18, str)
                                    if type(county_name_18) is not str and county_name_18 is not None: county_name_18 = structure_str(county_name_18, str)
                                    obj18 = new_instance(AddressInfo)
                                    obj18.province_name = province_name_18
                                    obj18.city_name = city_name_18
                                    obj18.county_name = county_name_18
                                    obj18.extra = extra18
                                    list18.append(obj18)
                                address_info_list_17 = list18
                        elif address_info_list_17 is None or address_info_list_17 == '': address_info_list_17 = UnsetList()
                        else: raise GiveUp
                        obj17 = new_instance(NotSendArea)
                        obj17.address_info_list = address_info_list_17
                        obj17.extra = extra17
                        not_send_area_16 = obj17
                    elif not_send_area_16 is None or not_send_area_16 == '': not_send_area_16 = None
                    else: raise GiveUp
                    obj16 = new_instance(FreightTemplate)
                    obj16.not_send_area = not_send_area_16
                    obj16.extra = extra16
                    freight_template_9 = obj16
                elif freight_template_9 is None or freight_template_9 == '': freight_template_9 = None
                else: raise GiveUp
                obj9 = new_instance(ShopInfo)
                obj9.app_id = app_id_9
                obj9.name = name_9
                obj9.username = username_9
                obj9.head_img_url = head_img_url_9
                obj9.shipping_methods = shipping_methods_9
                obj9.address_list = address_list_9
                obj9.same_city_template = same_city_template_9
                obj9.freight_template = freight_template_9
                obj9.extra = extra9
                shop_info_1 = obj9
                obj1 = new_instance(OpenProduct)
                obj1.product = product_1
                obj1.shop_info = shop_info_1
                obj1.extra = extra1
                list1.append(obj1)
            product_list_0 = list1
    elif product_list_0 is None or product_list_0 == '': product_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(OpenProductListResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.total = total_0
    obj0.product_list = product_list_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductPromotion(o: Any, d: int) -> OpenProductPromotion:
    # OpenProductPromotion
    pid_0 = o["pid"]
    product_info_0 = o["productInfo"]
    share_info_0 = o["shareInfo"]
    extra0 = {} if len(o) == 3 or _KNOWN_OpenProductPromotion.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductPromotion, d)
    if type(pid_0) is not str: pid_0 = structure_str(pid_0, str)
    product_info_0 = decode_OpenGeneratedProductInfo(product_info_0, d + 1)
    share_info_0 = decode_OpenShareInfo(share_info_0, d + 1)
    obj0 = new_instance(OpenProductPromotion)
    obj0.pid = pid_0
    obj0.product_info = product_info_0
    obj0.share_info = share_info_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductSku(o: Any, d: int) -> OpenProductSku:
    # OpenProductSku
    sku_id_0 = o["skuId"]
    product_sku_info_0 = o["productSkuInfo"]
    extra0 = {} if len(o) == 2 or _KNOWN_OpenProductSku.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductSku, d)
    if type(sku_id_0) is not str: sku_id_0 = structure_str(sku_id_0, str)
    product_sku_info_0 = decode_OpenProductSkuInfo(product_sku_info_0, d + 1)
    obj0 = new_instance(OpenProductSku)
    obj0.sku_id = sku_id_0
    obj0.product_sku_info = product_sku_info_0
    obj0.extra = extra0
    return obj0

def decode_OpenProductSkuInfo(o: Any, d: int) -> OpenProductSkuInfo:
    # OpenProductSkuInfo
    thumb_img_0 = o.get("thumbImg")
    sale_price_0 = o.get("salePrice")
    market_price_0 = o.get("marketPrice")
    stock_num_0 = o.get("stockNum")
    extra0 = {} if len(o) == (thumb_img_0 is not None) + (sale_price_0 is not None) + (market_price_0 is not None) + (stock_num_0 is not None) or _KNOWN_OpenProductSkuInfo.issuperset(o) else unknown_fields(o, _KNOWN_OpenProductSkuInfo, d)
    if type(thumb_img_0) is not str and thumb_img_0 is not None: thumb_img_0 = structure_str(thumb_img_0, str)
    if type(sale_price_0) is not int:
        if type(sale_price_0) is str and len(sale_price_0) < 20 and sale_price_0.isdigit() and sale_price_0.isascii(): sale_price_0 = int(sale_price_0)
        elif sale_price_0 is None or sale_price_0 == '': sale_price_0 = None
        else: sale_price_0 = structure_int(sale_price_0, int)
    if type(market_price_0) is not int:
        if type(market_price_0) is str and len(market_price_0) < 20 and market_price_0.isdigit() and market_price_0.isascii(): market_price_0 = int(market_price_0)
        elif market_price_0 is None or market_price_0 == '': market_price_0 = None
        else: market_price_0 = structure_int(market_price_0, int)
    if type(stock_num_0) is not int:
        if type(stock_num_0) is str and len(stock_num_0) < 20 and stock_num_0.isdigit() and stock_num_0.isascii(): stock_num_0 = int(stock_num_0)
        elif stock_num_0 is None or stock_num_0 == '': stock_num_0 = None
        else: stock_num_0 = structure_int(stock_num_0, int)
    obj0 = new_instance(OpenProductSkuInfo)
    obj0.thumb_img = thumb_img_0
    obj0.sale_price = sale_price_0
    obj0.market_price = market_price_0
    obj0.stock_num = stock_num_0
    obj0.extra = extra0
    return obj0

def decode_OpenShareInfo(o: Any, d: int) -> OpenShareInfo:
    # OpenShareInfo
    app_id_0 = o["appId"]
    username_0 = o.get("username")
    path_0 = o["path"]
    promotion_wording_0 = o.get("promotionWording")
    promotion_url_0 = o.get("promotionUrl")
    promotion_tag_0 = o.get("promotionTag")
    code_0 = o.get("code")
    extra0 = {} if len(o) == 2 + (username_0 is not None) + (promotion_wording_0 is not None) + (promotion_url_0 is not None) + (promotion_tag_0 is not None) + (code_0 is not None) or _KNOWN_OpenShareInfo.issuperset(o) else unknown_fields(o, _KNOWN_OpenShareInfo, d)
    if type(app_id_0) is not str: app_id_0 = structure_str(app_id_0, str)
    if type(username_0) is not str and username_0 is not None: username_0 = structure_str(username_0, str)
    if type(path_0) is not str: path_0 = structure_str(path_0, str)
    if type(promotion_wording_0) is not str and promotion_wording_0 is not None: promotion_wording_0 = structure_str(promotion_wording_0, str)
    if type(promotion_url_0) is not str and promotion_url_0 is not None: promotion_url_0 = structure_str(promotion_url_0, str)
    if type(promotion_tag_0) is not str and promotion_tag_0 is not None: promotion_tag_0 = structure_str(promotion_tag_0, str)
    if type(code_0) is not int:
        if type(code_0) is str and len(code_0) < 20 and code_0.isdigit() and code_0.isascii(): code_0 = int(code_0)
        elif code_0 is None or code_0 == '': code_0 = None
        else: code_0 = structure_int(code_0, int)
    obj0 = new_instance(OpenShareInfo)
    obj0.app_id = app_id_0
    obj0.username = username_0
    obj0.path = path_0
    obj0.promotion_wording = promotion_wording_0
    obj0.promotion_url = promotion_url_0
    obj0.promotion_tag = promotion_tag_0
    obj0.code = code_0
    obj0.extra = extra0
    return obj0

def decode_OrderInfoRequest(o: Any, d: int) -> OrderInfoRequest:
    # OrderInfoRequest
    order_id_list_0 = o["orderIdList"]
    extra0 = {} if len(o) == 1 or _KNOWN_OrderInfoRequest.issuperset(o) else unknown_fields(o, _KNOWN_OrderInfoRequest, d)
    if type(order_id_list_0) is list:
        for each1 in order_id_list_0:
            if type(each1) is not str:
                order_id_list_0 = [e if type(e) is str else structure_str(e, str) for e in order_id_list_0]
                break
    else: raise GiveUp
    obj0 = new_instance(OrderInfoRequest)
    obj0.order_id_list = order_id_list_0
    obj0.extra = extra0
    return obj0

def decode_OrderInfoResponse(o: Any, d: int) -> OrderInfoResponse:
    # OrderInfoResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    order_list_0 = o.get("orderList")
    extra0 = {} if len(o) == (errcode_0 is not None) + (errmsg_0 is not None) + (order_list_0 is not None) or _KNOWN_OrderInfoResponse.issuperset(o) else unknown_fields(o, _KNOWN_OrderInfoResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(order_list_0) is list:
        if order_list_0:
            list1 = []
            for each1 in order_list_0:
                # UnionOrder
                order_id_1 = each1["orderId"]
                pay_time_1 = each1["payTime"]
                confirm_receipt_time_1 = each1.get("confirmReceiptTime")
                shop_name_1 = each1.get("shopName")
                shop_appid_1 = each1.get("shopAppid")
                product_list_1 = each1.get("productList")
                customize_info_1 = each1.get("customizeInfo")
                custom_user_id_1 = each1.get("customUserId")
                user_nick_name_1 = each1.get("userNickName")
                order_price_1 = each1.get("orderPrice")
                extra1 = {} if len(each1) == 2 + (confirm_receipt_time_1 is not None) + (shop_name_1 is not None) + (shop_appid_1 is not None) + (product_list_1 is not None) + (customize_info_1 is not None) + (custom_user_id_1 is not None) + (user_nick_name_1 is not None) + (order_price_1 is not None) or _KNOWN_UnionOrder.issuperset(each1) else unknown_fields(each1, _KNOWN_UnionOrder, d + 2)
                if type(order_id_1) is not str: order_id_1 = structure_str(order_id_1, str)
                if type(pay_time_1) is not int:
                    if type(pay_time_1) is str and len(pay_time_1) < 20 and pay_time_1.isdigit() and pay_time_1.isascii(): pay_time_1 = int(pay_time_1)
                    else: pay_time_1 = structure_int(pay_time_1, int)
                if type(confirm_receipt_time_1) is not int:
                    if type(confirm_receipt_time_1) is str and len(confirm_receipt_time_1) < 20 and confirm_receipt_time_1.isdigit() and confirm_receipt_time_1.isascii(): confirm_receipt_time_1 = int(confirm_receipt_time_1)
                    elif confirm_receipt_time_1 is None or confirm_receipt_time_1 == '': confirm_receipt_time_1 = None
                    else: confirm_receipt_time_1 = structure_int(confirm_receipt_time_1, int)
                if type(shop_name_1) is not str and shop_name_1 is not None: shop_name_1 = structure_str(shop_name_1, str)
                if type(shop_appid_1) is not str and shop_appid_1 is not None: shop_appid_1 = structure_str(shop_appid_1, str)
                if type(product_list_1) is list:
                    if product_list_1:
                        list2 = []
                        for each2 in product_list_1:
                            # OrderProduct
                            product_id_2 = each2["productId"]
                            sku_id_2 = each2.get("skuId")
                            title_2 = each2["title"]
                            thumb_img_2 = each2.get("thumbImg")
                            price_2 = each2["price"]
                            product_cnt_2 = each2.get("productCnt")
                            ratio_2 = each2["ratio"]
                            commission_status_2 = each2["commissionStatus"]
                            commission_status_update_time_2 = each2.get("commissionStatusUpdateTime")
                            profit_sharding_suc_time_2 = each2.get("profitShardingSucTime")
                            commission_2 = each2["commission"]
                            estimated_commission_2 = each2.get("estimatedCommission")
                            category_str_2 = each2.get("categoryStr")
                            promotion_info_2 = each2["promotionInfo"]
                            customize_info_2 = each2.get("customizeInfo")
                            extra2 = {} if len(each2) == 7 + (sku_id_2 is not None) + (thumb_img_2 is not None) + (product_cnt_2 is not None) + (commission_status_update_time_2 is not None) + (profit_sharding_suc_time_2 is not None) + (estimated_commission_2 is not None) + (category_str_2 is not None) + (customize_info_2 is not None) or _KNOWN_OrderProduct.issuperset(each2) else unknown_fields(each2, _KNOWN_OrderProduct, d + 4)
                            if type(product_id_2) is not str: product_id_2 = structure_str(product_id_2, str)
                            if type(sku_id_2) is not str and sku_id_2 is not None: sku_id_2 = structure_str(sku_id_2, str)
                            if type(title_2) is not str: title_2 = structure_str(title_2, str)
                            if type(thumb_img_2) is not str and thumb_img_2 is not None: thumb_img_2 = structure_str(thumb_img_2, str)
                            if price_2 is not None: structure_yuan(price_2, str)
                            if type(product_cnt_2) is not int:
                                if type(product_cnt_2) is str and len(product_cnt_2) < 20 and product_cnt_2.isdigit() and product_cnt_2.isascii(): product_cnt_2 = int(product_cnt_2)
                                elif product_cnt_2 is None or product_cnt_2 == '': product_cnt_2 = None
                                else: product_cnt_2 = structure_int(product_cnt_2, int)
                            if type(ratio_2) is not int:
                                if type(ratio_2) is str and len(ratio_2) < 20 and ratio_2.isdigit() and ratio_2.isascii(): ratio_2 = int(ratio_2)
                                else: ratio_2 = structure_int(ratio_2, int)
                            if type(commission_status_2) is str and commission_status_2 in _MEMBERS_CommissionStatus: commission_status_2 = _MEMBERS_CommissionStatus[commission_status_2]
                            elif type(commission_status_2) is str: commission_status_2 = CommissionStatus(commission_status_2)
                            else: raise GiveUp
                            if type(commission_status_update_time_2) is not int:
                                if type(commission_status_update_time_2) is str and len(commission_status_update_time_2) < 20 and commission_status_update_time_2.isdigit() and commission_status_update_time_2.isascii(): commission_status_update_time_2 = int(commission_status_update_time_2)
                                elif commission_status_update_time_2 is None or commission_status_update_time_2 == '': commission_status_update_time_2 = None
                                else: commission_status_update_time_2 = structure_int(commission_status_update_time_2, int)
                            if type(profit_sharding_suc_time_2) is not int:
                                if type(profit_sharding_suc_time_2) is str and len(profit_sharding_suc_time_2) < 20 and profit_sharding_suc_time_2.isdigit() and profit_sharding_suc_time_2.isascii(): profit_sharding_suc_time_2 = int(profit_sharding_suc_time_2)
                                elif profit_sharding_suc_time_2 is None or profit_sharding_suc_time_2 == '': profit_sharding_suc_time_2 = None
                                else: profit_sharding_suc_time_2 = structure_int(profit_sharding_suc_time_2, int)
                            if commission_2 is not None: structure_yuan(commission_2, str)
                            if type(estimated_commission_2) is not int:
                                if type(estimated_commission_2) is str and len(estimated_commission_2) < 20 and estimated_commission_2.isdigit() and estimated_commission_2.isascii(): estimated_commission_2 = int(estimated_commission_2)
                                elif estimated_commission_2 is None or estimated_commission_2 == '': estimated_commission_2 = None
                                else: estimated_commission_2 = structure_int(estimated_commission_2, int)
                            if type(category_str_2) is not str and category_str_2 is not None: category_str_2 = structure_str(category_str_2, str)
                            # PromotionSource
                            promotion_source_name_3 = promotion_info_2["promotionSourceName"]
                            promotion_source_pid_3 = promotion_info_2["promotionSourcePid"]
                            status_3 = promotion_info_2.get("status")
                            pid_id_3 = promotion_info_2.get("pidId")
                            extra3 = {} if len(promotion_info_2) == 2 + (status_3 is not None) + (pid_id_3 is not None) or _KNOWN_PromotionSource.issuperset(promotion_info_2) else unknown_fields(promotion_info_2, _KNOWN_PromotionSource, d + 5)
                            if type(promotion_source_name_3) is not str: promotion_source_name_3 = structure_str(promotion_source_name_3, str)
                            if type(promotion_source_pid_3) is not str: promotion_source_pid_3 = structure_str(promotion_source_pid_3, str)
                            if type(status_3) is not str and status_3 is not None: status_3 = structure_str(status_3, str)
                            if type(pid_id_3) is not str and pid_id_3 is not None: pid_id_3 = structure_str(pid_id_3, str)
                            obj3 = new_instance(PromotionSource)
                            obj3.promotion_source_name = promotion_source_name_3
                            obj3.promotion_source_pid = promotion_source_pid_3
                            obj3.status = status_3
                            obj3.pid_id = pid_id_3
                            obj3.extra = extra3
                            promotion_info_2 = obj3
                            if type(customize_info_2) is not str and customize_info_2 is not None: customize_info_2 = structure_str(customize_info_2, str)
                            obj2 = new_instance(OrderProduct)
                            obj2.product_id = product_id_2
                            obj2.sku_id = sku_id_2
                            obj2.title = title_2
                            obj2.thumb_img = thumb_img_2
                            obj2.price = price_2
                            obj2.product_cnt = product_cnt_2
                            obj2.ratio = ratio_2
                            obj2.commission_status = commission_status_2
                            obj2.commission_status_update_time = commission_status_update_time_2
                            obj2.profit_sharding_suc_time = profit_sharding_suc_time_2
                            obj2.commission = commission_2
                            obj2.estimated_commission = estimated_commission_2
                            obj2.category_str = category_str_2
                            obj2.promotion_info = promotion_info_2
                            obj2.customize_info = customize_info_2
                            obj2.extra = extra2
                            list2.append(obj2)
                        product_list_1 = list2
                elif product_list_1 is None or product_list_1 == '': product_list_1 = UnsetList()
                else: raise GiveUp
                if type(customize_info_1) is not str and customize_info_1 is not None: customize_info_1 = structure_str(customize_info_1, str)
                if type(custom_user_id_1) is not str and custom_user_id_1 is not None: custom_user_id_1 = structure_str(custom_user_id_1, str)
                if type(user_nick_name_1) is not str and user_nick_name_1 is not None: user_nick_name_1 = structure_str(user_nick_name_1, str)
                if type(order_price_1) is not str and order_price_1 is not None: order_price_1 = structure_str(order_price_1, str)
                obj1 = new_instance(UnionOrder)
                obj1.order_id = order_id_1
                obj1.pay_time = pay_time_1
                obj1.confirm_receipt_time = confirm_receipt_time_1
                obj1.shop_name = shop_name_1
                obj1.shop_appid = shop_appid_1
                obj1.product_list = product_list_1
                obj1.customize_info = customize_info_1
                obj1.custom_user_id = custom_user_id_1
                obj1.user_nick_name = user_nick_name_1
                obj1.order_price = order_price_1
                obj1.extra = extra1
                list1.append(obj1)
            order_list_0 = list1
    elif order_list_0 is None or order_list_0 == '': order_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(OrderInfoResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.order_list = order_list_0
    obj0.extra = extra0
    return obj0

def decode_OrderProduct(o: Any, d: int) -> OrderProduct:
    # OrderProduct
    product_id_0 = o["productId"]
    sku_id_0 = o.get("skuId")
    title_0 = o["title"]
    thumb_img_0 = o.get("thumbImg")
    price_0 = o["price"]
    product_cnt_0 = o.get("productCnt")
    ratio_0 = o["ratio"]
    commission_status_0 = o["commissionStatus"]
    commission_status_update_time_0 = o.get("commissionStatusUpdateTime")
    profit_sharding_suc_time_0 = o.get("profitShardingSucTime")
    commission_0 = o["commission"]
    estimated_commission_0 = o.get("estimatedCommission")
    category_str_0 = o.get("categoryStr")
    promotion_info_0 = o["promotionInfo"]
    customize_info_0 = o.get("customizeInfo")
    extra0 = {} if len(o) == 7 + (sku_id_0 is not None) + (thumb_img_0 is not None) + (product_cnt_0 is not None) + (commission_status_update_time_0 is not None) + (profit_sharding_suc_time_0 is not None) + (estimated_commission_0 is not None) + (category_str_0 is not None) + (customize_info_0 is not None) or _KNOWN_OrderProduct.issuperset(o) else unknown_fields(o, _KNOWN_OrderProduct, d)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    if type(sku_id_0) is not str and sku_id_0 is not None: sku_id_0 = structure_str(sku_id_0, str)
    if type(title_0) is not str: title_0 = structure_str(title_0, str)
    if type(thumb_img_0) is not str and thumb_img_0 is not None: thumb_img_0 = structure_str(thumb_img_0, str)
    if price_0 is not None: structure_yuan(price_0, str)
    if type(product_cnt_0) is not int:
        if type(product_cnt_0) is str and len(product_cnt_0) < 20 and product_cnt_0.isdigit() and product_cnt_0.isascii(): product_cnt_0 = int(product_cnt_0)
        elif product_cnt_0 is None or product_cnt_0 == '': product_cnt_0 = None
        else: product_cnt_0 = structure_int(product_cnt_0, int)
    if type(ratio_0) is not int:
        if type(ratio_0) is str and len(ratio_0) < 20 and ratio_0.isdigit() and ratio_0.isascii(): ratio_0 = int(ratio_0)
        else: ratio_0 = structure_int(ratio_0, int)
    if type(commission_status_0) is str and commission_status_0 in _MEMBERS_CommissionStatus: commission_status_0 = _MEMBERS_CommissionStatus[commission_status_0]
    elif type(commission_status_0) is str: commission_status_0 = CommissionStatus(commission_status_0)
    else: raise GiveUp
    if type(commission_status_update_time_0) is not int:
        if type(commission_status_update_time_0) is str and len(commission_status_update_time_0) < 20 and commission_status_update_time_0.isdigit() and commission_status_update_time_0.isascii(): commission_status_update_time_0 = int(commission_status_update_time_0)
        elif commission_status_update_time_0 is None or commission_status_update_time_0 == '': commission_status_update_time_0 = None
        else: commission_status_update_time_0 = structure_int(commission_status_update_time_0, int)
    if type(profit_sharding_suc_time_0) is not int:
        if type(profit_sharding_suc_time_0) is str and len(profit_sharding_suc_time_0) < 20 and profit_sharding_suc_time_0.isdigit() and profit_sharding_suc_time_0.isascii(): profit_sharding_suc_time_0 = int(profit_sharding_suc_time_0)
        elif profit_sharding_suc_time_0 is None or profit_sharding_suc_time_0 == '': profit_sharding_suc_time_0 = None
        else: profit_sharding_suc_time_0 = structure_int(profit_sharding_suc_time_0, int)
    if commission_0 is not None: structure_yuan(commission_0, str)
    if type(estimated_commission_0) is not int:
        if type(estimated_commission_0) is str and len(estimated_commission_0) < 20 and estimated_commission_0.isdigit() and estimated_commission_0.isascii(): estimated_commission_0 = int(estimated_commission_0)
        elif estimated_commission_0 is None or estimated_commission_0 == '': estimated_commission_0 = None
        else: estimated_commission_0 = structure_int(estimated_commission_0, int)
    if type(category_str_0) is not str and category_str_0 is not None: category_str_0 = structure_str(category_str_0, str)
    promotion_info_0 = decode_PromotionSource(promotion_info_0, d + 1)
    if type(customize_info_0) is not str and customize_info_0 is not None: customize_info_0 = structure_str(customize_info_0, str)
    obj0 = new_instance(OrderProduct)
    obj0.product_id = product_id_0
    obj0.sku_id = sku_id_0
    obj0.title = title_0
    obj0.thumb_img = thumb_img_0
    obj0.price = price_0
    obj0.product_cnt = product_cnt_0
    obj0.ratio = ratio_0
    obj0.commission_status = commission_status_0
    obj0.commission_status_update_time = commission_status_update_time_0
    obj0.profit_sharding_suc_time = profit_sharding_suc_time_0
    obj0.commission = commission_0
    obj0.estimated_commission = estimated_commission_0
    obj0.category_str = category_str_0
    obj0.promotion_info = promotion_info_0
    obj0.customize_info = customize_info_0
    obj0.extra = extra0
    return obj0

def decode_OrderSearchNormalOrderRequest(o: Any, d: int) -> OrderSearchNormalOrderRequest:
    # OrderSearchNormalOrderRequest
    offset_0 = o["offset"]
    limit_0 = o["limit"]
    query_0 = o.get("query")
    order_id_0 = o.get("orderId")
    out_order_id_0 = o.get("outOrderId")
    out_order_id_list_0 = o.get("outOrderIdList")
    trade_no_0 = o.get("tradeNo")
    transaction_id_list_0 = o.get("transactionIdList")
    start_pay_time_0 = o.get("startPayTime")
    end_pay_time_0 = o.get("endPayTime")
    commission_status_0 = o.get("commissionStatus")
    start_status_update_time_0 = o.get("startStatusUpdateTime")
    end_status_update_time_0 = o.get("endStatusUpdateTime")
    sort_by_0 = o.get("sortBy")
    sort_order_0 = o.get("sortOrder")
    extra0 = {} if len(o) == 2 + (query_0 is not None) + (order_id_0 is not None) + (out_order_id_0 is not None) + (out_order_id_list_0 is not None) + (trade_no_0 is not None) + (transaction_id_list_0 is not None) + (start_pay_time_0 is not None) + (end_pay_time_0 is not None) + (commission_status_0 is not None) + (start_status_update_time_0 is not None) + (end_status_update_time_0 is not None) + (sort_by_0 is not None) + (sort_order_0 is not None) or _KNOWN_OrderSearchNormalOrderRequest.issuperset(o) else unknown_fields(o, _KNOWN_OrderSearchNormalOrderRequest, d)
    if type(offset_0) is not int:
        if type(offset_0) is str and len(offset_0) < 20 and offset_0.isdigit() and offset_0.isascii(): offset_0 = int(offset_0)
        else: offset_0 = structure_int(offset_0, int)
    if type(limit_0) is not int:
        if type(limit_0) is str and len(limit_0) < 20 and limit_0.isdigit() and limit_0.isascii(): limit_0 = int(limit_0)
        else: limit_0 = structure_int(limit_0, int)
    if type(query_0) is not str and query_0 is not None: query_0 = structure_str(query_0, str)
    if type(order_id_0) is not str and order_id_0 is not None: order_id_0 = structure_str(order_id_0, str)
    if type(out_order_id_0) is not str and out_order_id_0 is not None: out_order_id_0 = structure_str(out_order_id_0, str)
    if type(out_order_id_list_0) is not str and out_order_id_list_0 is not None: out_order_id_list_0 = structure_str(out_order_id_list_0, str)
    if type(trade_no_0) is not str and trade_no_0 is not None: trade_no_0 = structure_str(trade_no_0, str)
    if type(transaction_id_list_0) is not str and transaction_id_list_0 is not None: transaction_id_list_0 = structure_str(transaction_id_list_0, str)
    if type(start_pay_time_0) is not int:
        if type(start_pay_time_0) is str and len(start_pay_time_0) < 20 and start_pay_time_0.isdigit() and start_pay_time_0.isascii(): start_pay_time_0 = int(start_pay_time_0)
        elif start_pay_time_0 is None or start_pay_time_0 == '': start_pay_time_0 = None
        else: start_pay_time_0 = structure_int(start_pay_time_0, int)
    if type(end_pay_time_0) is not int:
        if type(end_pay_time_0) is str and len(end_pay_time_0) < 20 and end_pay_time_0.isdigit() and end_pay_time_0.isascii(): end_pay_time_0 = int(end_pay_time_0)
        elif end_pay_time_0 is None or end_pay_time_0 == '': end_pay_time_0 = None
        else: end_pay_time_0 = structure_int(end_pay_time_0, int)
    if type(commission_status_0) is not str and commission_status_0 is not None: commission_status_0 = structure_str(commission_status_0, str)
    if type(start_status_update_time_0) is not int:
        if type(start_status_update_time_0) is str and len(start_status_update_time_0) < 20 and start_status_update_time_0.isdigit() and start_status_update_time_0.isascii(): start_status_update_time_0 = int(start_status_update_time_0)
        elif start_status_update_time_0 is None or start_status_update_time_0 == '': start_status_update_time_0 = None
        else: start_status_update_time_0 = structure_int(start_status_update_time_0, int)
    if type(end_status_update_time_0) is not int:
        if type(end_status_update_time_0) is str and len(end_status_update_time_0) < 20 and end_status_update_time_0.isdigit() and end_status_update_time_0.isascii(): end_status_update_time_0 = int(end_status_update_time_0)
        elif end_status_update_time_0 is None or end_status_update_time_0 == '': end_status_update_time_0 = None
        else: end_status_update_time_0 = structure_int(end_status_update_time_0, int)
    if type(sort_by_0) is str and sort_by_0 in _MEMBERS_NormalOrderSortBy: sort_by_0 = _MEMBERS_NormalOrderSortBy[sort_by_0]
    elif sort_by_0 is None or sort_by_0 == '': sort_by_0 = None
    elif type(sort_by_0) is str: sort_by_0 = NormalOrderSortBy(sort_by_0)
    else: raise GiveUp
    if type(sort_order_0) is str and sort_order_0 in _MEMBERS_SortOrder: sort_order_0 = _MEMBERS_SortOrder[sort_order_0]
    elif sort_order_0 is None or sort_order_0 == '': sort_order_0 = None
    elif type(sort_order_0) is str: sort_order_0 = SortOrder(sort_order_0)
    else: raise GiveUp
    obj0 = new_instance(OrderSearchNormalOrderRequest)
    obj0.offset = offset_0
    obj0.limit = limit_0
    obj0.query = query_0
    obj0.order_id = order_id_0
    obj0.out_order_id = out_order_id_0
    obj0.out_order_id_list = out_order_id_list_0
    obj0.trade_no = trade_no_0
    obj0.transaction_id_list = transaction_id_list_0
    obj0.start_pay_time = start_pay_time_0
    obj0.end_pay_time = end_pay_time_0
    obj0.commission_status = commission_status_0
    obj0.start_status_update_time = start_status_update_time_0
    obj0.end_status_update_time = end_status_update_time_0
    obj0.sort_by = sort_by_0
    obj0.sort_order = sort_order_0
    obj0.extra = extra0
    return obj0

def decode_OrderSearchRequest(o: Any, d: int) -> OrderSearchRequest:
    # OrderSearchRequest
    page_0 = o["page"]
    page_size_0 = o.get("pageSize")
    start_timestamp_0 = o.get("startTimestamp")
    end_timestamp_0 = o.get("endTimestamp")
    commission_status_0 = o.get("commissionStatus")
    sort_by_commission_update_time_0 = o.get("sortByCommissionUpdateTime")
    start_commission_update_time_0 = o.get("startCommissionUpdateTime")
    end_commission_update_time_0 = o.get("endCommissionUpdateTime")
    extra0 = {} if len(o) == 1 + (page_size_0 is not None) + (start_timestamp_0 is not None) + (end_timestamp_0 is not None) + (commission_status_0 is not None) + (sort_by_commission_update_time_0 is not None) + (start_commission_update_time_0 is not None) + (end_commission_update_time_0 is not None) or _KNOWN_OrderSearchRequest.issuperset(o) else unknown_fields(o, _KNOWN_OrderSearchRequest, d)
    if type(page_0) is not int:
        if type(page_0) is str and len(page_0) < 20 and page_0.isdigit() and page_0.isascii(): page_0 = int(page_0)
        else: page_0 = structure_int(page_0, int)
    if type(page_size_0) is not int:
        if type(page_size_0) is str and len(page_size_0) < 20 and page_size_0.isdigit() and page_size_0.isascii(): page_size_0 = int(page_size_0)
        elif page_size_0 is None or page_size_0 == '': page_size_0 = None
        else: page_size_0 = structure_int(page_size_0, int)
    if type(start_timestamp_0) is not int:
        if type(start_timestamp_0) is str and len(start_timestamp_0) < 20 and start_timestamp_0.isdigit() and start_timestamp_0.isascii(): start_timestamp_0 = int(start_timestamp_0)
        elif start_timestamp_0 is None or start_timestamp_0 == '': start_timestamp_0 = None
        else: start_timestamp_0 = structure_int(start_timestamp_0, int)
    if type(end_timestamp_0) is not int:
        if type(end_timestamp_0) is str and len(end_timestamp_0) < 20 and end_timestamp_0.isdigit() and end_timestamp_0.isascii(): end_timestamp_0 = int(end_timestamp_0)
        elif end_timestamp_0 is None or end_timestamp_0 == '': end_timestamp_0 = None
        else: end_timestamp_0 = structure_int(end_timestamp_0, int)
    if type(commission_status_0) is str and commission_status_0 in _MEMBERS_CommissionStatus: commission_status_0 = _MEMBERS_CommissionStatus[commission_status_0]
    elif commission_status_0 is None or commission_status_0 == '': commission_status_0 = None
    elif type(commission_status_0) is str: commission_status_0 = CommissionStatus(commission_status_0)
    else: raise GiveUp
    if type(sort_by_commission_update_time_0) is not bool:
        if type(sort_by_commission_update_time_0) is int and (sort_by_commission_update_time_0 == 0 or sort_by_commission_update_time_0 == 1): sort_by_commission_update_time_0 = sort_by_commission_update_time_0 == 1
        elif sort_by_commission_update_time_0 is None or sort_by_commission_update_time_0 == '': sort_by_commission_update_time_0 = None
        else: sort_by_commission_update_time_0 = structure_bool(sort_by_commission_update_time_0, bool)
    if type(start_commission_update_time_0) is not int:
        if type(start_commission_update_time_0) is str and len(start_commission_update_time_0) < 20 and start_commission_update_time_0.isdigit() and start_commission_update_time_0.isascii(): start_commission_update_time_0 = int(start_commission_update_time_0)
        elif start_commission_update_time_0 is None or start_commission_update_time_0 == '': start_commission_update_time_0 = None
        else: start_commission_update_time_0 = structure_int(start_commission_update_time_0, int)
    if type(end_commission_update_time_0) is not int:
        if type(end_commission_update_time_0) is str and len(end_commission_update_time_0) < 20 and end_commission_update_time_0.isdigit() and end_commission_update_time_0.isascii(): end_commission_update_time_0 = int(end_commission_update_time_0)
        elif end_commission_update_time_0 is None or end_commission_update_time_0 == '': end_commission_update_time_0 = None
        else: end_commission_update_time_0 = structure_int(end_commission_update_time_0, int)
    obj0 = new_instance(OrderSearchRequest)
    obj0.page = page_0
    obj0.page_size = page_size_0
    obj0.start_timestamp = start_timestamp_0
    obj0.end_timestamp = end_timestamp_0
    obj0.commission_status = commission_status_0
    obj0.sort_by_commission_update_time = sort_by_commission_update_time_0
    obj0.start_commission_update_time = start_commission_update_time_0
    obj0.end_commission_update_time = end_commission_update_time_0
    obj0.extra = extra0
    return obj0

def decode_OrderSearchResponse(o: Any, d: int) -> OrderSearchResponse:
    # OrderSearchResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    order_list_0 = o.get("orderList")
    total_num_0 = o["totalNum"]
    page_size_0 = o.get("pageSize")
    extra0 = {} if len(o) == 1 + (errcode_0 is not None) + (errmsg_0 is not None) + (order_list_0 is not None) + (page_size_0 is not None) or _KNOWN_OrderSearchResponse.issuperset(o) else unknown_fields(o, _KNOWN_OrderSearchResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(order_list_0) is list:
        if order_list_0:
            list1 = []
            for each1 in order_list_0:
                # UnionOrder
                order_id_1 = each1["orderId"]
                pay_time_1 = each1["payTime"]
                confirm_receipt_time_1 = each1.get("confirmReceiptTime")
                shop_name_1 = each1.get("shopName")
                shop_appid_1 = each1.get("shopAppid")
                product_list_1 = each1.get("productList")
                customize_info_1 = each1.get("customizeInfo")
                custom_user_id_1 = each1.get("customUserId")
                user_nick_name_1 = each1.get("userNickName")
                order_price_1 = each1.get("orderPrice")
                extra1 = {} if len(each1) == 2 + (confirm_receipt_time_1 is not None) + (shop_name_1 is not None) + (shop_appid_1 is not None) + (product_list_1 is not None) + (customize_info_1 is not None) + (custom_user_id_1 is not None) + (user_nick_name_1 is not None) + (order_price_1 is not None) or _KNOWN_UnionOrder.issuperset(each1) else unknown_fields(each1, _KNOWN_UnionOrder, d + 2)
                if type(order_id_1) is not str: order_id_1 = structure_str(order_id_1, str)
                if type(pay_time_1) is not int:
                    if type(pay_time_1) is str and len(pay_time_1) < 20 and pay_time_1.isdigit() and pay_time_1.isascii(): pay_time_1 = int(pay_time_1)
                    else: pay_time_1 = structure_int(pay_time_1, int)
                if type(confirm_receipt_time_1) is not int:
                    if type(confirm_receipt_time_1) is str and len(confirm_receipt_time_1) < 20 and confirm_receipt_time_1.isdigit() and confirm_receipt_time_1.isascii(): confirm_receipt_time_1 = int(confirm_receipt_time_1)
                    elif confirm_receipt_time_1 is None or confirm_receipt_time_1 == '': confirm_receipt_time_1 = None
                    else: confirm_receipt_time_1 = structure_int(confirm_receipt_time_1, int)
                if type(shop_name_1) is not str and shop_name_1 is not None: shop_name_1 = structure_str(shop_name_1, str)
                if type(shop_appid_1) is not str and shop_appid_1 is not None: shop_appid_1 = structure_str(shop_appid_1, str)
                if type(product_list_1) is list:
                    if product_list_1:
                        list2 = []
                        for each2 in product_list_1:
                            # OrderProduct
                            product_id_2 = each2["productId"]
                            sku_id_2 = each2.get("skuId")
                            title_2 = each2["title"]
                            thumb_img_2 = each2.get("thumbImg")
                            price_2 = each2["price"]
                            product_cnt_2 = each2.get("productCnt")
                            ratio_2 = each2["ratio"]
                            commission_status_2 = each2["commissionStatus"]
                            commission_status_update_time_2 = each2.get("commissionStatusUpdateTime")
                            profit_sharding_suc_time_2 = each2.get("profitShardingSucTime")
                            commission_2 = each2["commission"]
                            estimated_commission_2 = each2.get("estimatedCommission")
                            category_str_2 = each2.get("categoryStr")
                            promotion_info_2 = each2["promotionInfo"]
                            customize_info_2 = each2.get("customizeInfo")
                            extra2 = {} if len(each2) == 7 + (sku_id_2 is not None) + (thumb_img_2 is not None) + (product_cnt_2 is not None) + (commission_status_update_time_2 is not None) + (profit_sharding_suc_time_2 is not None) + (estimated_commission_2 is not None) + (category_str_2 is not None) + (customize_info_2 is not None) or _KNOWN_OrderProduct.issuperset(each2) else unknown_fields(each2, _KNOWN_OrderProduct, d + 4)
                            if type(product_id_2) is not str: product_id_2 = structure_str(product_id_2, str)
                            if type(sku_id_2) is not str and sku_id_2 is not None: sku_id_2 = structure_str(sku_id_2, str)
                            if type(title_2) is not str: title_2 = structure_str(title_2, str)
                            if type(thumb_img_2) is not str and thumb_img_2 is not None: thumb_img_2 = structure_str(thumb_img_2, str)
                            if price_2 is not None: structure_yuan(price_2, str)
                            if type(product_cnt_2) is not int:
                                if type(product_cnt_2) is str and len(product_cnt_2) < 20 and product_cnt_2.isdigit() and product_cnt_2.isascii(): product_cnt_2 = int(product_cnt_2)
                                elif product_cnt_2 is None or product_cnt_2 == '': product_cnt_2 = None
                                else: product_cnt_2 = structure_int(product_cnt_2, int)
                            if type(ratio_2) is not int:
                                if type(ratio_2) is str and len(ratio_2) < 20 and ratio_2.isdigit() and ratio_2.isascii(): ratio_2 = int(ratio_2)
                                else: ratio_2 = structure_int(ratio_2, int)
                            if type(commission_status_2) is str and commission_status_2 in _MEMBERS_CommissionStatus: commission_status_2 = _MEMBERS_CommissionStatus[commission_status_2]
                            elif type(commission_status_2) is str: commission_status_2 = CommissionStatus(commission_status_2)
                            else: raise GiveUp
                            if type(commission_status_update_time_2) is not int:
                                if type(commission_status_update_time_2) is str and len(commission_status_update_time_2) < 20 and commission_status_update_time_2.isdigit() and commission_status_update_time_2.isascii(): commission_status_update_time_2 = int(commission_status_update_time_2)
                                elif commission_status_update_time_2 is None or commission_status_update_time_2 == '': commission_status_update_time_2 = None
                                else: commission_status_update_time_2 = structure_int(commission_status_update_time_2, int)
                            if type(profit_sharding_suc_time_2) is not int:
                                if type(profit_sharding_suc_time_2) is str and len(profit_sharding_suc_time_2) < 20 and profit_sharding_suc_time_2.isdigit() and profit_sharding_suc_time_2.isascii(): profit_sharding_suc_time_2 = int(profit_sharding_suc_time_2)
                                elif profit_sharding_suc_time_2 is None or profit_sharding_suc_time_2 == '': profit_sharding_suc_time_2 = None
                                else: profit_sharding_suc_time_2 = structure_int(profit_sharding_suc_time_2, int)
                            if commission_2 is not None: structure_yuan(commission_2, str)
                            if type(estimated_commission_2) is not int:
                                if type(estimated_commission_2) is str and len(estimated_commission_2) < 20 and estimated_commission_2.isdigit() and estimated_commission_2.isascii(): estimated_commission_2 = int(estimated_commission_2)
                                elif estimated_commission_2 is None or estimated_commission_2 == '': estimated_commission_2 = None
                                else: estimated_commission_2 = structure_int(estimated_commission_2, int)
                            if type(category_str_2) is not str and category_str_2 is not None: category_str_2 = structure_str(category_str_2, str)
                            # PromotionSource
                            promotion_source_name_3 = promotion_info_2["promotionSourceName"]
                            promotion_source_pid_3 = promotion_info_2["promotionSourcePid"]
                            status_3 = promotion_info_2.get("status")
                            pid_id_3 = promotion_info_2.get("pidId")
                            extra3 = {} if len(promotion_info_2) == 2 + (status_3 is not None) + (pid_id_3 is not None) or _KNOWN_PromotionSource.issuperset(promotion_info_2) else unknown_fields(promotion_info_2, _KNOWN_PromotionSource, d + 5)
                            if type(promotion_source_name_3) is not str: promotion_source_name_3 = structure_str(promotion_source_name_3, str)
                            if type(promotion_source_pid_3) is not str: promotion_source_pid_3 = structure_str(promotion_source_pid_3, str)
                            if type(status_3) is not str and status_3 is not None: status_3 = structure_str(status_3, str)
                            if type(pid_id_3) is not str and pid_id_3 is not None: pid_id_3 = structure_str(pid_id_3, str)
                            obj3 = new_instance(PromotionSource)
                            obj3.promotion_source_name = promotion_source_name_3
                            obj3.promotion_source_pid = promotion_source_pid_3
                            obj3.status = status_3
                            obj3.pid_id = pid_id_3
                            obj3.extra = extra3
                            promotion_info_2 = obj3
                            if type(customize_info_2) is not str and customize_info_2 is not None: customize_info_2 = structure_str(customize_info_2, str)
                            obj2 = new_instance(OrderProduct)
                            obj2.product_id = product_id_2
                            obj2.sku_id = sku_id_2
                            obj2.title = title_2
                            obj2.thumb_img = thumb_img_2
                            obj2.price = price_2
                            obj2.product_cnt = product_cnt_2
                            obj2.ratio = ratio_2
                            obj2.commission_status = commission_status_2
                            obj2.commission_status_update_time = commission_status_update_time_2
                            obj2.profit_sharding_suc_time = profit_sharding_suc_time_2
                            obj2.commission = commission_2
                            obj2.estimated_commission = estimated_commission_2
                            obj2.category_str = category_str_2
                            obj2.promotion_info = promotion_info_2
                            obj2.customize_info = customize_info_2
                            obj2.extra = extra2
                            list2.append(obj2)
                        product_list_1 = list2
                elif product_list_1 is None or product_list_1 == '': product_list_1 = UnsetList()
                else: raise GiveUp
                if type(customize_info_1) is not str and customize_info_1 is not None: customize_info_1 = structure_str(customize_info_1, str)
                if type(custom_user_id_1) is not str and custom_user_id_1 is not None: custom_user_id_1 = structure_str(custom_user_id_1, str)
                if type(user_nick_name_1) is not str and user_nick_name_1 is not None: user_nick_name_1 = structure_str(user_nick_name_1, str)
                if type(order_price_1) is not str and order_price_1 is not None: order_price_1 = structure_str(order_price_1, str)
                obj1 = new_instance(UnionOrder)
                obj1.order_id = order_id_1
                obj1.pay_time = pay_time_1
                obj1.confirm_receipt_time = confirm_receipt_time_1
                obj1.shop_name = shop_name_1
                obj1.shop_appid = shop_appid_1
                obj1.product_list = product_list_1
                obj1.customize_info = customize_info_1
                obj1.custom_user_id = custom_user_id_1
                obj1.user_nick_name = user_nick_name_1
                obj1.order_price = order_price_1
                obj1.extra = extra1
                list1.append(obj1)
            order_list_0 = list1
    elif order_list_0 is None or order_list_0 == '': order_list_0 = UnsetList()
    else: raise GiveUp
    if type(total_num_0) is not int:
        if type(total_num_0) is str and len(total_num_0) < 20 and total_num_0.isdigit() and total_num_0.isascii(): total_num_0 = int(total_num_0)
        else: total_num_0 = structure_int(total_num_0, int)
    if type(page_size_0) is not int:
        if type(page_size_0) is str and len(page_size_0) < 20 and page_size_0.isdigit() and page_size_0.isascii(): page_size_0 = int(page_size_0)
        elif page_size_0 is None or page_size_0 == '': page_size_0 = None
        else: page_size_0 = structure_int(page_size_0, int)
    obj0 = new_instance(OrderSearchResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.order_list = order_list_0
    obj0.total_num = total_num_0
    obj0.page_size = page_size_0
    obj0.extra = extra0
    return obj0

def decode_ParseTagRequest(o: Any, d: int) -> ParseTagRequest:
    # ParseTagRequest
    tag_list_0 = o["tagList"]
    extra0 = {} if len(o) == 1 or _KNOWN_ParseTagRequest.issuperset(o) else unknown_fields(o, _KNOWN_ParseTagRequest, d)
    if type(tag_list_0) is list:
        for each1 in tag_list_0:
            if type(each1) is not str:
                tag_list_0 = [e if type(e) is str else structure_str(e, str) for e in tag_list_0]
                break
    else: raise GiveUp
    obj0 = new_instance(ParseTagRequest)
    obj0.tag_list = tag_list_0
    obj0.extra = extra0
    return obj0

def decode_ParseTagResponse(o: Any, d: int) -> ParseTagResponse:
    # ParseTagResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    tag_list_0 = o.get("tagList")
    extra0 = {} if len(o) == (errcode_0 is not None) + (errmsg_0 is not None) + (tag_list_0 is not None) or _KNOWN_ParseTagResponse.issuperset(o) else unknown_fields(o, _KNOWN_ParseTagResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(tag_list_0) is list:
        if tag_list_0:
            list1 = []
            for each1 in tag_list_0:
                # ParsedTag
                product_id_1 = each1.get("productId")
                source_1 = each1.get("source")
                product_appid_1 = each1.get("productAppid")
                errcode_1 = each1.get("errcode")
                errmsg_1 = each1.get("errmsg")
                extra1 = {} if len(each1) == (product_id_1 is not None) + (source_1 is not None) + (product_appid_1 is not None) + (errcode_1 is not None) + (errmsg_1 is not None) or _KNOWN_ParsedTag.issuperset(each1) else unknown_fields(each1, _KNOWN_ParsedTag, d + 2)
                if type(product_id_1) is not str and product_id_1 is not None: product_id_1 = structure_str(product_id_1, str)
                if type(source_1) is int and source_1 in _MEMBERS_ProductSource: source_1 = _MEMBERS_ProductSource[source_1]
                elif source_1 is None or source_1 == '': source_1 = None
                else: source_1 = ProductSource(structure_int(source_1, int))
                if type(product_appid_1) is not str and product_appid_1 is not None: product_appid_1 = structure_str(product_appid_1, str)
                if type(errcode_1) is not int:
                    if type(errcode_1) is str and len(errcode_1) < 20 and errcode_1.isdigit() and errcode_1.isascii(): errcode_1 = int(errcode_1)
                    elif errcode_1 is None or errcode_1 == '': errcode_1 = None
                    else: errcode_1 = structure_int(errcode_1, int)
                if type(errmsg_1) is not str and errmsg_1 is not None: errmsg_1 = structure_str(errmsg_1, str)
                obj1 = new_instance(ParsedTag)
                obj1.product_id = product_id_1
                obj1.source = source_1
                obj1.product_appid = product_appid_1
                obj1.errcode = errcode_1
                obj1.errmsg = errmsg_1
                obj1.extra = extra1
                list1.append(obj1)
            tag_list_0 = list1
    elif tag_list_0 is None or tag_list_0 == '': tag_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(ParseTagResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.tag_list = tag_list_0
    obj0.extra = extra0
    return obj0

def decode_ParsedTag(o: Any, d: int) -> ParsedTag:
    # ParsedTag
    product_id_0 = o.get("productId")
    source_0 = o.get("source")
    product_appid_0 = o.get("productAppid")
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    extra0 = {} if len(o) == (product_id_0 is not None) + (source_0 is not None) + (product_appid_0 is not None) + (errcode_0 is not None) + (errmsg_0 is not None) or _KNOWN_ParsedTag.issuperset(o) else unknown_fields(o, _KNOWN_ParsedTag, d)
    if type(product_id_0) is not str and product_id_0 is not None: product_id_0 = structure_str(product_id_0, str)
    if type(source_0) is int and source_0 in _MEMBERS_ProductSource: source_0 = _MEMBERS_ProductSource[source_0]
    elif source_0 is None or source_0 == '': source_0 = None
    else: source_0 = ProductSource(structure_int(source_0, int))
    if type(product_appid_0) is not str and product_appid_0 is not None: product_appid_0 = structure_str(product_appid_0, str)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    obj0 = new_instance(ParsedTag)
    obj0.product_id = product_id_0
    obj0.source = source_0
    obj0.product_appid = product_appid_0
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.extra = extra0
    return obj0

def decode_PlanInfoRequest(o: Any, d: int) -> PlanInfoRequest:
    # PlanInfoRequest
    plan_invitation_url_0 = o["planInvitationUrl"]
    extra0 = {} if len(o) == 1 or _KNOWN_PlanInfoRequest.issuperset(o) else unknown_fields(o, _KNOWN_PlanInfoRequest, d)
    if type(plan_invitation_url_0) is not str: plan_invitation_url_0 = structure_str(plan_invitation_url_0, str)
    obj0 = new_instance(PlanInfoRequest)
    obj0.plan_invitation_url = plan_invitation_url_0
    obj0.extra = extra0
    return obj0

def decode_PlanInfoResponse(o: Any, d: int) -> PlanInfoResponse:
    # PlanInfoResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    target_plan_info_0 = o["targetPlanInfo"]
    product_list_info_0 = o.get("productListInfo")
    extra0 = {} if len(o) == 1 + (errcode_0 is not None) + (errmsg_0 is not None) + (product_list_info_0 is not None) or _KNOWN_PlanInfoResponse.issuperset(o) else unknown_fields(o, _KNOWN_PlanInfoResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    # TargetPlanInfo
    plan_id_1 = target_plan_info_0["planId"]
    plan_status_1 = target_plan_info_0["planStatus"]
    plan_name_1 = target_plan_info_0["planName"]
    plan_desc_1 = target_plan_info_0["planDesc"]
    plan_start_time_1 = target_plan_info_0["planStartTime"]
    plan_end_time_1 = target_plan_info_0["planEndTime"]
    ext_info_1 = target_plan_info_0.get("extInfo")
    extra1 = {} if len(target_plan_info_0) == 6 + (ext_info_1 is not None) or _KNOWN_TargetPlanInfo.issuperset(target_plan_info_0) else unknown_fields(target_plan_info_0, _KNOWN_TargetPlanInfo, d + 1)
    if type(plan_id_1) is not str: plan_id_1 = structure_str(plan_id_1, str)
    if type(plan_status_1) is int and plan_status_1 in _MEMBERS_PlanStatus: plan_status_1 = _MEMBERS_PlanStatus[plan_status_1]
    else: plan_status_1 = PlanStatus(structure_int(plan_status_1, int))
    if type(plan_name_1) is not str: plan_name_1 = structure_str(plan_name_1, str)
    if type(plan_desc_1) is not str: plan_desc_1 = structure_str(plan_desc_1, str)
    if type(plan_start_time_1) is not int:
        if type(plan_start_time_1) is str and len(plan_start_time_1) < 20 and plan_start_time_1.isdigit() and plan_start_time_1.isascii(): plan_start_time_1 = int(plan_start_time_1)
        else: plan_start_time_1 = structure_int(plan_start_time_1, int)
    if type(plan_end_time_1) is not int:
        if type(plan_end_time_1) is str and len(plan_end_time_1) < 20 and plan_end_time_1.isdigit() and plan_end_time_1.isascii(): plan_end_time_1 = int(plan_end_time_1)
        else: plan_end_time_1 = structure_int(plan_end_time_1, int)
    if type(ext_info_1) is dict:
        # ExtInfo
        biz_basic_info_2 = ext_info_1.get("bizBasicInfo")
        data_2 = ext_info_1.get("data")
        extra2 = {} if len(ext_info_1) == (biz_basic_info_2 is not None) + (data_2 is not None) or _KNOWN_ExtInfo.issuperset(ext_info_1) else unknown_fields(ext_info_1, _KNOWN_ExtInfo, d + 2)
        if type(biz_basic_info_2) is dict:
            # BizBasicInfo
            headimgurl_3 = biz_basic_info_2.get("headimgurl")
            nickname_3 = biz_basic_info_2.get("nickname")
            appid_3 = biz_basic_info_2.get("appid")
            extra3 = {} if len(biz_basic_info_2) == (headimgurl_3 is not None) + (nickname_3 is not None) + (appid_3 is not None) or _KNOWN_BizBasicInfo.issuperset(biz_basic_info_2) else unknown_fields(biz_basic_info_2, _KNOWN_BizBasicInfo, d + 3)
            if type(headimgurl_3) is not str and headimgurl_3 is not None: headimgurl_3 = structure_str(headimgurl_3, str)
            if type(nickname_3) is not str and nickname_3 is not None: nickname_3 = structure_str(nickname_3, str)
            if type(appid_3) is not str and appid_3 is not None: appid_3 = structure_str(appid_3, str)
            obj3 = new_instance(BizBasicInfo)
            obj3.headimgurl = headimgurl_3
            obj3.nickname = nickname_3
            obj3.appid = appid_3
            obj3.extra = extra3
            biz_basic_info_2 = obj3
        elif biz_basic_info_2 is None or biz_basic_info_2 == '': biz_basic_info_2 = None
        else: raise GiveUp
        if type(data_2) is dict:
            if data_2: check_untyped(data_2, d + 3)
        elif data_2 is None or data_2 == '': data_2 = None
        else: raise GiveUp
        obj2 = new_instance(ExtInfo)
        obj2.biz_basic_info = biz_basic_info_2
        obj2.data = data_2
        obj2.extra = extra2
        ext_info_1 = obj2
    elif ext_info_1 is None or ext_info_1 == '': ext_info_1 = None
    else: raise GiveUp
    obj1 = new_instance(TargetPlanInfo)
    obj1.plan_id = plan_id_1
    obj1.plan_status = plan_status_1
    obj1.plan_name = plan_name_1
    obj1.plan_desc = plan_desc_1
    obj1.plan_start_time = plan_start_time_1
    obj1.plan_end_time = plan_end_time_1
    obj1.ext_info = ext_info_1
    obj1.extra = extra1
    target_plan_info_0 = obj1
    if type(product_list_info_0) is list:
        if product_list_info_0:
            list4 = []
            for each4 in product_list_info_0:
                # ProductInfo
                plan_id_4 = each4["planId"]
                product_id_4 = each4["productId"]
                product_status_4 = each4["productStatus"]
                commission_ratio_4 = each4["commissionRatio"]
                product_detail_info_4 = each4["productDetailInfo"]
                league_ex_info_4 = each4["leagueExInfo"]
                coupon_info_4 = each4["couponInfo"]
                extra4 = {} if len(each4) == 7 or _KNOWN_ProductInfo.issuperset(each4) else unknown_fields(each4, _KNOWN_ProductInfo, d + 2)
                if type(plan_id_4) is not str: plan_id_4 = structure_str(plan_id_4, str)
                if type(product_id_4) is not str: product_id_4 = structure_str(product_id_4, str)
                if type(product_status_4) is not int:
                    if type(product_status_4) is str and len(product_status_4) < 20 and product_status_4.isdigit() and product_status_4.isascii(): product_status_4 = int(product_status_4)
                    else: product_status_4 = structure_int(product_status_4, int)
                if type(commission_ratio_4) is not int:
                    if type(commission_ratio_4) is str and len(commission_ratio_4) < 20 and commission_ratio_4.isdigit() and commission_ratio_4.isascii(): commission_ratio_4 = int(commission_ratio_4)
                    else: commission_ratio_4 = structure_int(commission_ratio_4, int)
                # ProductDetailInfo
                title_5 = product_detail_info_4.get("title")
                sub_title_5 = product_detail_info_4.get("subTitle")
                head_img_5 = product_detail_info_4.get("headImg")
                category_5 = product_detail_info_4.get("category")
                brand_5 = product_detail_info_4.get("brand")
                brand_id_5 = product_detail_info_4.get("brandId")
                model_5 = product_detail_info_4.get("model")
                detail_5 = product_detail_info_4.get("detail")
                param_5 = product_detail_info_4.get("param")
                min_price_5 = product_detail_info_4.get("minPrice")
                total_stock_num_5 = product_detail_info_4.get("totalStockNum")
                total_sold_num_5 = product_detail_info_4.get("totalSoldNum")
                skus_5 = product_detail_info_4.get("skus")
                attr_5 = product_detail_info_4.get("attr")
                shopcat_id_5 = product_detail_info_4.get("shopcatId")
                qualification_url_5 = product_detail_info_4.get("qualificationUrl")
                third_category_histories_5 = product_detail_info_4.get("thirdCategoryHistories")
                head_video_info_5 = product_detail_info_4.get("headVideoInfo")
                labels_5 = product_detail_info_4.get("labels")
                sku_id_list_5 = product_detail_info_4.get("skuIdList")
                sku_list_5 = product_detail_info_4.get("skuList")
                listing_time_5 = product_detail_info_4.get("listingTime")
                service_desc_5 = product_detail_info_4.get("serviceDesc")
                express_info_5 = product_detail_info_4.get("expressInfo")
                appid_for_media_5 = product_detail_info_4.get("appidForMedia")
                snapshot_info_5 = product_detail_info_4.get("snapshotInfo")
                total_order_num_5 = product_detail_info_4.get("totalOrderNum")
                total_visit_num_5 = product_detail_info_4.get("totalVisitNum")
                upload_source_5 = product_detail_info_4.get("uploadSource")
                spu_limited_5 = product_detail_info_4.get("spuLimited")
                origin_upload_source_5 = product_detail_info_4.get("originUploadSource")
                groupbuy_info_5 = product_detail_info_4.get("groupbuyInfo")
                virtual_type_5 = product_detail_info_4.get("virtualType")
                product_type_5 = product_detail_info_4.get("productType")
                extra5 = {} if len(product_detail_info_4) == (title_5 is not None) + (sub_title_5 is not None) + (head_img_5 is not None) + (category_5 is not None) + (brand_5 is not None) + (brand_id_5 is not None) + (model_5 is not None) + (detail_5 is not None) + (param_5 is not None) + (min_price_5 is not None) + (total_stock_num_5 is not None) + (total_sold_num_5 is not None) + (skus_5 is not None) + (attr_5 is not None) + (shopcat_id_5 is not None) + (qualification_url_5 is not None) + (third_category_histories_5 is not None) + (head_video_info_5 is not None) + (labels_5 is not None) + (sku_id_list_5 is not None) + (sku_list_5 is not None) + (listing_time_5 is not None) + (service_desc_5 is not None) + (express_info_5 is not None) + (appid_for_media_5 is not None) + (snapshot_info_5 is not None) + (total_order_num_5 is not None) + (total_visit_num_5 is not None) + (upload_source_5 is not None) + (spu_limited_5 is not None) + (origin_upload_source_5 is not None) + (groupbuy_info_5 is not None) + (virtual_type_5 is not None) + (product_type_5 is not None) or _KNOWN_ProductDetailInfo.issuperset(product_detail_info_4) else unknown_fields(product_detail_info_4, _KNOWN_ProductDetailInfo, d + 3)
                if type(title_5) is not str and title_5 is not None: title_5 = structure_str(title_5, str)
                if type(sub_title_5) is not str and sub_title_5 is not None: sub_title_5 = structure_str(sub_title_5, str)
                if type(head_img_5) is list:
                    for each6 in head_img_5:
                        if type(each6) is not str:
                            head_img_5 = [e if type(e) is str else structure_str(e, str) for e in head_img_5]
                            break
                elif head_img_5 is None or head_img_5 == '': head_img_5 = UnsetList()
                else: raise GiveUp
                if type(category_5) is list:
                    if category_5:
                        list7 = []
                        for each7 in category_5:
                            # Category
                            cat_id_7 = each7.get("catId")
                            name_7 = each7.get("name")
                            extra7 = {} if len(each7) == (cat_id_7 is not None) + (name_7 is not None) or _KNOWN_Category.issuperset(each7) else unknown_fields(each7, _KNOWN_Category, d + 5)
                            if type(cat_id_7) is not str and cat_id_7 is not None: cat_id_7 = structure_str(cat_id_7, str)
                            if type(name_7) is not str and name_7 is not None: name_7 = structure_str(name_7, str)
                            obj7 = new_instance(Category)
                            obj7.cat_id = cat_id_7
                            obj7.name = name_7
                            obj7.extra = extra7
                            list7.append(obj7)
                        category_5 = list7
                elif category_5 is None or category_5 == '': category_5 = UnsetList()
                else: raise GiveUp
                if type(brand_5) is not str and brand_5 is not None: brand_5 = structure_str(brand_5, str)
                if type(brand_id_5) is not str and brand_id_5 is not None: brand_id_5 = structure_str(brand_id_5, str)
                if type(model_5) is not str and model_5 is not None: model_5 = structure_str(model_5, str)
                if type(detail_5) is dict:
                    # ProductDetail
                    detail_img_8 = detail_5.get("detailImg")
                    detail_videos_8 = detail_5.get("detailVideos")
                    detail_video_info_8 = detail_5.get("detailVideoInfo")
                    desc_8 = detail_5.get("desc")
                    extra8 = {} if len(detail_5) == (detail_img_8 is not None) + (detail_videos_8 is not None) + (detail_video_info_8 is not None) + (desc_8 is not None) or _KNOWN_ProductDetail.issuperset(detail_5) else unknown_fields(detail_5, _KNOWN_ProductDetail, d + 4)
                    if type(detail_img_8) is list:
                        for each9 in detail_img_8:
                            if type(each9) is not str:
                                detail_img_8 = [e if type(e) is str else structure_str(e, str) for e in detail_img_8]
                                break
                    elif detail_img_8 is None or detail_img_8 == '': detail_img_8 = UnsetList()
                    else: raise GiveUp
                    if type(detail_videos_8) is list:
                        if detail_videos_8: check_untyped(detail_videos_8, d + 5)
                    elif detail_videos_8 is None or detail_videos_8 == '': detail_videos_8 = UnsetList()
                    else: raise GiveUp
                    if type(detail_video_info_8) is list:
                        if detail_video_info_8: check_untyped(detail_video_info_8, d + 5)
                    elif detail_video_info_8 is None or detail_video_info_8 == '': detail_video_info_8 = UnsetList()
                    else: raise GiveUp
                    if type(desc_8) is not str and desc_8 is not None: desc_8 = structure_str(desc_8, str)
                    obj8 = new_instance(ProductDetail)
                    obj8.detail_img = detail_img_8
                    obj8.detail_videos = detail_videos_8
                    obj8.detail_video_info = detail_video_info_8
                    obj8.desc = desc_8
                    obj8.extra = extra8
                    detail_5 = obj8
                elif detail_5 is None or detail_5 == '': detail_5 = None
                else: raise GiveUp
                if type(param_5) is list:
                    if param_5: check_untyped(param_5, d + 4)
                elif param_5 is None or param_5 == '': param_5 = UnsetList()
                else: raise GiveUp
                if type(min_price_5) is not int:
                    if type(min_price_5) is str and len(min_price_5) < 20 and min_price_5.isdigit() and min_price_5.isascii(): min_price_5 = int(min_price_5)
                    elif min_price_5 is None or min_price_5 == '': min_price_5 = None
                    else: min_price_5 = structure_int(min_price_5, int)
                if type(total_stock_num_5) is not int:
                    if type(total_stock_num_5) is str and len(total_stock_num_5) < 20 and total_stock_num_5.isdigit() and total_stock_num_5.isascii(): total_stock_num_5 = int(total_stock_num_5)
                    elif total_stock_num_5 is None or total_stock_num_5 == '': total_stock_num_5 = None
                    else: total_stock_num_5 = structure_int(total_stock_num_5, int)
                if type(total_sold_num_5) is not int:
                    if type(total_sold_num_5) is str and len(total_sold_num_5) < 20 and total_sold_num_5.isdigit() and total_sold_num_5.isascii(): total_sold_num_5 = int(total_sold_num_5)
                    elif total_sold_num_5 is None or total_sold_num_5 == '': total_sold_num_5 = None
                    else: total_sold_num_5 = structure_int(total_sold_num_5, int)
                if type(skus_5) is list:
                    if skus_5:
                        list10 = []
                        for each10 in skus_5:
                            # Sku
                            sku_id_10 = each10["skuId"]
                            product_sku_info_10 = each10["productSkuInfo"]
                            status_10 = each10.get("status")
                            extra10 = {} if len(each10) == 2 + (status_10 is not None) or _KNOWN_Sku.issuperset(each10) else unknown_fields(each10, _KNOWN_Sku, d + 5)
                            if type(sku_id_10) is not str: sku_id_10 = structure_str(sku_id_10, str)
                            # ProductSkuInfo
                            thumb_img_11 = product_sku_info_10.get("thumbImg")
                            sale_price_11 = product_sku_info_10["salePrice"]
                            market_price_11 = product_sku_info_10["marketPrice"]
                            stock_info_11 = product_sku_info_10["stockInfo"]
                            sku_code_11 = product_sku_info_10.get("skuCode")
                            extra11 = {} if len(product_sku_info_10) == 3 + (thumb_img_11 is not None) + (sku_code_11 is not None) or _KNOWN_ProductSkuInfo.issuperset(product_sku_info_10) else unknown_fields(product_sku_info_10, _KNOWN_ProductSkuInfo, d + 6)
                            if type(thumb_img_11) is not str and thumb_img_11 is not None: thumb_img_11 = structure_str(thumb_img_11, str)
                            if type(sale_price_11) is not int:
                                if type(sale_price_11) is str and len(sale_price_11) < 20 and sale_price_11.isdigit() and sale_price_11.isascii(): sale_price_11 = int(sale_price_11)
                                else: sale_price_11 = structure_int(sale_price_11, int)
                            if type(market_price_11) is not int:
                                if type(market_price_11) is str and len(market_price_11) < 20 and market_price_11.isdigit() and market_price_11.isascii(): market_price_11 = int(market_price_11)
                                else: market_price_11 = structure_int(market_price_11, int)
                            # StockInfo
                            stock_num_12 = stock_info_11["stockNum"]
                            extra12 = {} if len(stock_info_11) == 1 or _KNOWN_StockInfo.issuperset(stock_info_11) else unknown_fields(stock_info_11, _KNOWN_StockInfo, d + 7)
                            if type(stock_num_12) is not int:
                                if type(stock_num_12) is str and len(stock_num_12) < 20 and stock_num_12.isdigit() and stock_num_12.isascii(): stock_num_12 = int(stock_num_12)
                                else: stock_num_12 = structure_int(stock_num_12, int)
                            obj12 = new_instance(StockInfo)
                            obj12.stock_num = stock_num_12
                            obj12.extra = extra12
                            stock_info_11 = obj12
                            if type(sku_code_11) is not str and sku_code_11 is not None: sku_code_11 = structure_str(sku_code_11, str)
                            obj11 = new_instance(ProductSkuInfo)
                            obj11.thumb_img = thumb_img_11
                            obj11.sale_price = sale_price_11
                            obj11.market_price = market_price_11
                            obj11.stock_info = stock_info_11
                            obj11.sku_code = sku_code_11
                            obj11.extra = extra11
                            product_sku_info_10 = obj11
                            if type(status_10) is not int:
                                if type(status_10) is str and len(status_10) < 20 and status_10.isdigit() and status_10.isascii(): status_10 = int(status_10)
                                elif status_10 is None or status_10 == '': status_10 = None
                                else: status_10 = structure_int(status_10, int)
                            obj10 = new_instance(Sku)
                            obj10.sku_id = sku_id_10
                            obj10.product_sku_info = product_sku_info_10
                            obj10.status = status_10
                            obj10.extra = extra10
                            list10.append(obj10)
                        skus_5 = list10
                elif skus_5 is None or skus_5 == '': skus_5 = UnsetList()
                else: raise GiveUp
                if type(attr_5) is list:
                    if attr_5: check_untyped(attr_5, d + 4)
                elif attr_5 is None or attr_5 == '': attr_5 = UnsetList()
                else: raise GiveUp
                if type(shopcat_id_5) is list:
                    if shopcat_id_5: check_untyped(shopcat_id_5, d + 4)
                elif shopcat_id_5 is None or shopcat_id_5 == '': shopcat_id_5 = UnsetList()
                else: raise GiveUp
                if type(qualification_url_5) is list:
                    if qualification_url_5: check_untyped(qualification_url_5, d + 4)
                elif qualification_url_5 is None or qualification_url_5 == '': qualification_url_5 = UnsetList()
                else: raise GiveUp
                if type(third_category_histories_5) is list:
                    if third_category_histories_5: check_untyped(third_category_histories_5, d + 4)
                elif third_category_histories_5 is None or third_category_histories_5 == '': third_category_histories_5 = UnsetList()
                else: raise GiveUp
                if type(head_video_info_5) is list:
                    if head_video_info_5: check_untyped(head_video_info_5, d + 4)
                elif head_video_info_5 is None or head_video_info_5 == '': head_video_info_5 = UnsetList()
                else: raise GiveUp
                if type(labels_5) is list:
                    if labels_5: check_untyped(labels_5, d + 4)
                elif labels_5 is None or labels_5 == '': labels_5 = UnsetList()
                else: raise GiveUp
                if type(sku_id_list_5) is dict:
                    # SkuIdList
                    sku_ids_13 = sku_id_list_5.get("skuIds")
                    extra13 = {} if len(sku_id_list_5) == (sku_ids_13 is not None) or _KNOWN_SkuIdList.issuperset(sku_id_list_5) else unknown_fields(sku_id_list_5, _KNOWN_SkuIdList, d + 4)
                    if type(sku_ids_13) is list:
                        for each14 in sku_ids_13:
                            if type(each14) is not str:
                                sku_ids_13 = [e if type(e) is str else structure_str(e, str) for e in sku_ids_13]
                                break
                    elif sku_ids_13 is None or sku_ids_13 == '': sku_ids_13 = UnsetList()
                    else: raise GiveUp
                    obj13 = new_instance(SkuIdList)
                    obj13.sku_ids = sku_ids_13
                    obj13.extra = extra13
                    sku_id_list_5 = obj13
                elif sku_id_list_5 is None or sku_id_list_5 == '': sku_id_list_5 = None
                else: raise GiveUp
                if type(sku_list_5) is dict:
                    # SkuList
                    sku_info_15 = sku_list_5.get("skuInfo")
                    min_price_15 = sku_list_5.get("minPrice")
                    max_price_15 = sku_list_5.get("maxPrice")
                    extra15 = {} if len(sku_list_5) == (sku_info_15 is not None) + (min_price_15 is not None) + (max_price_15 is not None) or _KNOWN_SkuList.issuperset(sku_list_5) else unknown_fields(sku_list_5, _KNOWN_SkuList, d + 4)
                    if type(sku_info_15) is list:
                        if sku_info_15:
                            list16 = []
                            for each16 in sku_info_15:
                                # SkuPrice
                                sku_id_16 = each16.get("skuId")
                                price_16 = each16.get("price")
                                extra16 = {} if len(each16) == (sku_id_16 is not None) + (price_16 is not None) or _KNOWN_SkuPrice.issuperset(each16) else unknown_fields(each16, _KNOWN_SkuPrice, d + 6)
                                if type(sku_id_16) is not str and sku_id_16 is not None: sku_id_16 = structure_str(sku_id_16, str)
                                if type(price_16) is not int:
                                    if type(price_16) is str and len(price_16) < 20 and price_16.isdigit() and price_16.isascii(): price_16 = int(price_16)
                                    elif price_16 is None or price_16 == '': price_16 = None
                                    else: price_16 = structure_int(price_16, int)
                                obj16 = new_instance(SkuPrice)
                                obj16.sku_id = sku_id_16
                                obj16.price = price_16
                                obj16.extra = extra16
                                list16.append(obj16)
                            sku_info_15 = list16
                    elif sku_info_15 is None or sku_info_15 == '': sku_info_15 = UnsetList()
                    else: raise GiveUp
                    if type(min_price_15) is not int:
                        if type(min_price_15) is str and len(min_price_15) < 20 and min_price_15.isdigit() and min_price_15.isascii(): min_price_15 = int(min_price_15)
                        elif min_price_15 is None or min_price_15 == '': min_price_15 = None
                        else: min_price_15 = structure_int(min_price_15, int)
                    if type(max_price_15) is not int:
                        if type(max_price_15) is str and len(max_price_15) < 20 and max_price_15.isdigit() and max_price_15.isascii(): max_price_15 = int(max_price_15)
                        elif max_price_15 is None or max_price_15 == '': max_price_15 = None
                        else: max_price_15 = structure_int(max_price_15, int)
                    obj15 = new_instance(SkuList)
                    obj15.sku_info = sku_info_15
                    obj15.min_price = min_price_15
                    obj15.max_price = max_price_15
                    obj15.extra = extra15
                    sku_list_5 = obj15
                elif sku_list_5 is None or sku_list_5 == '': sku_list_5 = None
                else: raise GiveUp
                if type(listing_time_5) is not int:
                    if type(listing_time_5) is str and len(listing_time_5) < 20 and listing_time_5.isdigit() and listing_time_5.isascii(): listing_time_5 = int(listing_time_5)
                    elif listing_time_5 is None or listing_time_5 == '': listing_time_5 = None
                    else: listing_time_5 = structure_int(listing_time_5, int)
                if type(service_desc_5) is dict:
                    # ServiceDesc
                    service_list_17 = service_desc_5.get("serviceList")
                    desc_17 = service_desc_5.get("desc")
                    extra17 = {} if len(service_desc_5) == (service_list_17 is not None) + (desc_17 is not None) or _KNOWN_ServiceDesc.issuperset(service_desc_5) else unknown_fields(service_desc_5, _KNOWN_ServiceDesc, d + 4)
                    if type(service_list_17) is list:
                        if service_list_17: check_untyped(service_list_17, d + 5)
                    elif service_list_17 is None or service_list_17 == '': service_list_17 = UnsetList()
                    else: raise GiveUp
                    if type(desc_17) is not str and desc_17 is not None: desc_17 = structure_str(desc_17, str)
                    obj17 = new_instance(ServiceDesc)
                    obj17.service_list = service_list_17
                    obj17.desc = desc_17
                    obj17.extra = extra17
                    service_desc_5 = obj17
                elif service_desc_5 is None or service_desc_5 == '': service_desc_5 = None
                else: raise GiveUp
                if type(express_info_5) is dict:
                    # ExpressInfo
                    template_id_18 = express_info_5.get("templateId")
                    extra18 = {} if len(express_info_5) == (template_id_18 is not None) or _KNOWN_ExpressInfo.issuperset(express_info_5) else unknown_fields(express_info_5, _KNOWN_ExpressInfo, d + 4)
                    if type(template_id_18) is not str and template_id_18 is not None: template_id_18 = structure_str(template_id_18, str)
                    obj18 = new_instance(ExpressInfo)
                    obj18.template_id = template_id_18
                    obj18.extra = extra18
                    express_info_5 = obj18
                elif express_info_5 is None or express_info_5 == '': express_info_5 = None
                else: raise GiveUp
                if type(appid_for_media_5) is not str and appid_for_media_5 is not None: appid_for_media_5 = structure_str(appid_for_media_5, str)
                if type(snapshot_info_5) is dict:
                    # SnapshotInfo
                    snapshot_id_19 = snapshot_info_5.get("snapshotId")
                    extra19 = {} if len(snapshot_info_5) == (snapshot_id_19 is not None) or _KNOWN_SnapshotInfo.issuperset(snapshot_info_5) else unknown_fields(snapshot_info_5, _KNOWN_SnapshotInfo, d + 4)
                    if type(snapshot_id_19) is not str and snapshot_id_19 is not None: snapshot_id_19 = structure_str(snapshot_id_19, str)
                    obj19 = new_instance(SnapshotInfo)
                    obj19.snapshot_id = snapshot_id_19
                    obj19.extra = extra19
                    snapshot_info_5 = obj19
                elif snapshot_info_5 is None or snapshot_info_5 == '': snapshot_info_5 = None
                else: raise GiveUp
                if type(total_order_num_5) is not int:
                    if type(total_order_num_5) is str and len(total_order_num_5) < 20 and total_order_num_5.isdigit() and total_order_num_5.isascii(): total_order_num_5 = int(total_order_num_5)
                    elif total_order_num_5 is None or total_order_num_5 == '': total_order_num_5 = None
                    else: total_order_num_5 = structure_int(total_order_num_5, int)
                if type(total_visit_num_5) is not int:
                    if type(total_visit_num_5) is str and len(total_visit_num_5) < 20 and total_visit_num_5.isdigit() and total_visit_num_5.isascii(): total_visit_num_5 = int(total_visit_num_5)
                    elif total_visit_num_5 is None or total_visit_num_5 == '': total_visit_num_5 = None
                    else: total_visit_num_5 = structure_int(total_visit_num_5, int)
                if type(upload_source_5) is not int:
                    if type(upload_source_5) is str and len(upload_source_5) < 20 and upload_source_5.isdigit() and upload_source_5.isascii(): upload_source_5 = int(upload_source_5)
                    elif upload_source_5 is None or upload_source_5 == '': upload_source_5 = None
                    else: upload_source_5 = structure_int(upload_source_5, int)
                if type(spu_limited_5) is dict:
                    # SpuLimited
                    period_type_20 = spu_limited_5.get("periodType")
                    limited_buy_num_20 = spu_limited_5.get("limitedBuyNum")
                    extra20 = {} if len(spu_limited_5) == (period_type_20 is not None) + (limited_buy_num_20 is not None) or _KNOWN_SpuLimited.issuperset(spu_limited_5) else unknown_fields(spu_limited_5, _KNOWN_SpuLimited, d + 4)
                    if type(period_type_20) is not int:
                        if type(period_type_20) is str and len(period_type_20) < 20 and period_type_20.isdigit() and period_type_20.isascii(): period_type_20 = int(period_type_20)
                        elif period_type_20 is None or period_type_20 == '': period_type_20 = None
                        else: period_type_20 = structure_int(period_type_20, int)
                    if type(limited_buy_num_20) is not int:
                        if type(limited_buy_num_20) is str and len(limited_buy_num_20) < 20 and limited_buy_num_20.isdigit() and limited_buy_num_20.isascii(): limited_buy_num_20 = int(limited_buy_num_20)
                        elif limited_buy_num_20 is None or limited_buy_num_20 == '': limited_buy_num_20 = None
                        else: limited_buy_num_20 = structure_int(limited_buy_num_20, int)
                    obj20 = new_instance(SpuLimited)
                    obj20.period_type = period_type_20
                    obj20.limited_buy_num = limited_buy_num_20
                    obj20.extra = extra20
                    spu_limited_5 = obj20
                elif spu_limited_5 is None or spu_limited_5 == '': spu_limited_5 = None
                else: raise GiveUp
                if type(origin_upload_source_5) is not int:
                    if type(origin_upload_source_5) is str and len(origin_upload_source_5) < 20 and origin_upload_source_5.isdigit() and origin_upload_source_5.isascii(): origin_upload_source_5 = int(origin_upload_source_5)
                    elif origin_upload_source_5 is None or origin_upload_source_5 == '': origin_upload_source_5 = None
                    else: origin_upload_source_5 = structure_int(origin_upload_source_5, int)
                if type(groupbuy_info_5) is dict:
                    # GroupbuyInfo
                    sku_list_21 = groupbuy_info_5.get("skuList")
                    extra21 = {} if len(groupbuy_info_5) == (sku_list_21 is not None) or _KNOWN_GroupbuyInfo.issuperset(groupbuy_info_5) else unknown_fields(groupbuy_info_5, _KNOWN_GroupbuyInfo, d + 4)
                    if type(sku_list_21) is list:
                        if sku_list_21: check_untyped(sku_list_21, d + 5)
                    elif sku_list_21 is None or sku_list_21 == '': sku_list_21 = UnsetList()
                    else: raise GiveUp
                    obj21 = new_instance(GroupbuyInfo)
                    obj21.sku_list = sku_list_21
                    obj21.extra = extra21
                    groupbuy_info_5 = obj21
                elif groupbuy_info_5 is None or groupbuy_info_5 == '': groupbuy_info_5 = None
                else: raise GiveUp
                if type(virtual_type_5) is not int:
                    if type(virtual_type_5) is str and len(virtual_type_5) < 20 and virtual_type_5.isdigit() and virtual_type_5.isascii(): virtual_type_5 = int(virtual_type_5)
                    elif virtual_type_5 is None or virtual_type_5 == '': virtual_type_5 = None
                    else: virtual_type_5 = structure_int(virtual_type_5, int)
                if type(product_type_5) is not int:
                    if type(product_type_5) is str and len(product_type_5) < 20 and product_type_5.isdigit() and product_type_5.isascii(): product_type_5 = int(product_type_5)
                    elif product_type_5 is None or product_type_5 == '': product_type_5 = None
                    else: product_type_5 = structure_int(product_type_5, int)
                obj5 = new_instance(ProductDetailInfo)
                obj5.title = title_5
                obj5.sub_title = sub_title_5
                obj5.head_img = head_img_5
                obj5.category = category_5
                obj5.brand = brand_5
                obj5.brand_id = brand_id_5
                obj5.model = model_5
                obj5.detail = detail_5
                obj5.param = param_5
                obj5.min_price = min_price_5
                obj5.total_stock_num = total_stock_num_5
                obj5.total_sold_num = total_sold_num_5
                obj5.skus = skus_5
                obj5.attr = attr_5
                obj5.shopcat_id = shopcat_id_5
                obj5.qualification_url = qualification_url_5
                obj5.third_category_histories = third_category_histories_5
                obj5.head_video_info = head_video_info_5
                obj5.labels = labels_5
                obj5.sku_id_list = sku_id_list_5
                obj5.sku_list = sku_list_5
                obj5.listing_time = listing_time_5
                obj5.service_desc = service_desc_5
                obj5.express_info = express_info_5
                obj5.appid_for_media = appid_for_media_5
                obj5.snapshot_info = snapshot_info_5
                obj5.total_order_num = total_order_num_5
                obj5.total_visit_num = total_visit_num_5
                obj5.upload_source = upload_source_5
                obj5.spu_limited = spu_limited_5
                obj5.origin_upload_source = origin_upload_source_5
                obj5.groupbuy_info = groupbuy_info_5
                obj5.virtual_type = virtual_type_5
                obj5.product_type = product_type_5
                obj5.extra = extra5
                product_detail_info_4 = obj5
                # LeagueExInfo
                has_commission_22 = league_ex_info_4["hasCommission"]
                commission_ratio_22 = league_ex_info_4["commissionRatio"]
                commission_value_22 = league_ex_info_4["commissionValue"]
                ban_bizuin_22 = league_ex_info_4.get("banBizuin")
                ban_category_22 = league_ex_info_4.get("banCategory")
                ban_product_22 = league_ex_info_4.get("banProduct")
                extra22 = {} if len(league_ex_info_4) == 3 + (ban_bizuin_22 is not None) + (ban_category_22 is not None) + (ban_product_22 is not None) or _KNOWN_LeagueExInfo.issuperset(league_ex_info_4) else unknown_fields(league_ex_info_4, _KNOWN_LeagueExInfo, d + 3)
                if type(has_commission_22) is int and has_commission_22 in _MEMBERS_HasCommission: has_commission_22 = _MEMBERS_HasCommission[has_commission_22]
                else: has_commission_22 = HasCommission(structure_int(has_commission_22, int))
                if type(commission_ratio_22) is not int:
                    if type(commission_ratio_22) is str and len(commission_ratio_22) < 20 and commission_ratio_22.isdigit() and commission_ratio_22.isascii(): commission_ratio_22 = int(commission_ratio_22)
                    else: commission_ratio_22 = structure_int(commission_ratio_22, int)
                if type(commission_value_22) is not int:
                    if type(commission_value_22) is str and len(commission_value_22) < 20 and commission_value_22.isdigit() and commission_value_22.isascii(): commission_value_22 = int(commission_value_22)
                    else: commission_value_22 = structure_int(commission_value_22, int)
                if type(ban_bizuin_22) is not int:
                    if type(ban_bizuin_22) is str and len(ban_bizuin_22) < 20 and ban_bizuin_22.isdigit() and ban_bizuin_22.isascii(): ban_bizuin_22 = int(ban_bizuin_22)
                    elif ban_bizuin_22 is None or ban_bizuin_22 == '': ban_bizuin_22 = None
                    else: ban_bizuin_22 = structure_int(ban_bizuin_22, int)
                if type(ban_category_22) is not int:
                    if type(ban_category_22) is str and len(ban_category_22) < 20 and ban_category_22.isdigit() and ban_category_22.isascii(): ban_category_22 = int(ban_category_22)
                    elif ban_category_22 is None or ban_category_22 == '': ban_category_22 = None
                    else: ban_category_22 = structure_int(ban_category_22, int)
                if type(ban_product_22) is not int:
                    if type(ban_product_22) is str and len(ban_product_22) < 20 and ban_product_22.isdigit() and ban_product_22.isascii(): ban_product_22 = int(ban_product_22)
                    elif ban_product_22 is None or ban_product_22 == '': ban_product_22 = None
                    else: ban_product_22 = structure_int(ban_product_22, int)
                obj22 = new_instance(LeagueExInfo)
                obj22.has_commission = has_commission_22
                obj22.commission_ratio = commission_ratio_22
                obj22.commission_value = commission_value_22
                obj22.ban_bizuin = ban_bizuin_22
                obj22.ban_category = ban_category_22
                obj22.ban_product = ban_product_22
                obj22.extra = extra22
                league_ex_info_4 = obj22
                # CouponInfo
                has_coupon_23 = coupon_info_4.get("hasCoupon")
                coupon_id_23 = coupon_info_4.get("couponId")
                coupon_detail_23 = coupon_info_4.get("couponDetail")
                all_coupon_ids_23 = coupon_info_4.get("allCouponIds")
                discount_23 = coupon_info_4.get("discount")
                extra23 = {} if len(coupon_info_4) == (has_coupon_23 is not None) + (coupon_id_23 is not None) + (coupon_detail_23 is not None) + (all_coupon_ids_23 is not None) + (discount_23 is not None) or _KNOWN_CouponInfo.issuperset(coupon_info_4) else unknown_fields(coupon_info_4, _KNOWN_CouponInfo, d + 3)
                if type(has_coupon_23) is int and has_coupon_23 in _MEMBERS_HasCoupon: has_coupon_23 = _MEMBERS_HasCoupon[has_coupon_23]
                elif has_coupon_23 is None or has_coupon_23 == '': has_coupon_23 = None
                else: has_coupon_23 = HasCoupon(structure_int(has_coupon_23, int))
                if type(coupon_id_23) is not str and coupon_id_23 is not None: coupon_id_23 = structure_str(coupon_id_23, str)
                if type(coupon_detail_23) is dict:
                    # CouponDetail
                    rest_num_24 = coupon_detail_23.get("restNum")
                    type_24 = coupon_detail_23.get("type")
                    discount_info_24 = coupon_detail_23.get("discountInfo")
                    valid_info_24 = coupon_detail_23.get("validInfo")
                    receive_info_24 = coupon_detail_23.get("receiveInfo")
                    extra24 = {} if len(coupon_detail_23) == (rest_num_24 is not None) + (type_24 is not None) + (discount_info_24 is not None) + (valid_info_24 is not None) + (receive_info_24 is not None) or _KNOWN_CouponDetail.issuperset(coupon_detail_23) else unknown_fields(coupon_detail_23, _KNOWN_CouponDetail, d + 4)
                    if type(rest_num_24) is not int:
                        if type(rest_num_24) is str and len(rest_num_24) < 20 and rest_num_24.isdigit() and rest_num_24.isascii(): rest_num_24 = int(rest_num_24)
                        elif rest_num_24 is None or rest_num_24 == '': rest_num_24 = None
                        else: rest_num_24 = structure_int(rest_num_24, int)
                    if type(type_24) is not int:
                        if type(type_24) is str and len(type_24) < 20 and type_24.isdigit() and type_24.isascii(): type_24 = int(type_24)
                        elif type_24 is None or type_24 == '': type_24 = None
                        else: type_24 = structure_int(type_24, int)
                    if type(discount_info_24) is dict:
                        # DiscountInfo
                        discount_condition_25 = discount_info_24.get("discountCondition")
                        discount_num_25 = discount_info_24.get("discountNum")
                        discount_fee_25 = discount_info_24.get("discountFee")
                        extra25 = {} if len(discount_info_24) == (discount_condition_25 is not None) + (discount_num_25 is not None) + (discount_fee_25 is not None) or _KNOWN_DiscountInfo.issuperset(discount_info_24) else unknown_fields(discount_info_24, _KNOWN_DiscountInfo, d + 5)
                        if type(discount_condition_25) is dict:
                            # DiscountCondition
                            product_ids_26 = discount_condition_25.get("productIds")
                            product_cnt_26 = discount_condition_25.get("productCnt")
                            product_price_26 = discount_condition_25.get("productPrice")
                            extra26 = {} if len(discount_condition_25) == (product_ids_26 is not None) + (product_cnt_26 is not None) + (product_price_26 is not None) or _KNOWN_DiscountCondition.issuperset(discount_condition_25) else unknown_fields(discount_condition_25, _KNOWN_DiscountCondition, d + 6)
                            if type(product_ids_26) is list:
                                for each27 in product_ids_26:
                                    if type(each27) is not str:
                                        product_ids_26 = [e if type(e) is str else structure_str(e, str) for e in product_ids_26]
                                        break
                            elif product_ids_26 is None or product_ids_26 == '': product_ids_26 = UnsetList()
                            else: raise GiveUp
                            if type(product_cnt_26) is not int:
                                if type(product_cnt_26) is str and len(product_cnt_26) < 20 and product_cnt_26.isdigit() and product_cnt_26.isascii(): product_cnt_26 = int(product_cnt_26)
                                elif product_cnt_26 is None or product_cnt_26 == '': product_cnt_26 = None
                                else: product_cnt_26 = structure_int(product_cnt_26, int)
                            if type(product_price_26) is not int:
                                if type(product_price_26) is str and len(product_price_26) < 20 and product_price_26.isdigit() and product_price_26.isascii(): product_price_26 = int(product_price_26)
                                elif product_price_26 is None or product_price_26 == '': product_price_26 = None
                                else: product_price_26 = structure_int(product_price_26, int)
                            obj26 = new_instance(DiscountCondition)
                            obj26.product_ids = product_ids_26
                            obj26.product_cnt = product_cnt_26
                            obj26.product_price = product_price_26
                            obj26.extra = extra26
                            discount_condition_25 = obj26
                        elif discount_condition_25 is None or discount_condition_25 == '': discount_condition_25 = None
                        else: raise GiveUp
                        if type(discount_num_25) is not int:
                            if type(discount_num_25) is str and len(discount_num_25) < 20 and discount_num_25.isdigit() and discount_num_25.isascii(): discount_num_25 = int(discount_num_25)
                            elif discount_num_25 is None or discount_num_25 == '': discount_num_25 = None
                            else: discount_num_25 = structure_int(discount_num_25, int)
                        if type(discount_fee_25) is not int:
                            if type(discount_fee_25) is str and len(discount_fee_25) < 20 and discount_fee_25.isdigit() and discount_fee_25.isascii(): discount_fee_25 = int(discount_fee_25)
                            elif discount_fee_25 is None or discount_fee_25 == '': discount_fee_25 = None
                            else: discount_fee_25 = structure_int(discount_fee_25, int)
                        obj25 = new_instance(DiscountInfo)
                        obj25.discount_condition = discount_condition_25
                        obj25.discount_num = discount_num_25
                        obj25.discount_fee = discount_fee_25
                        obj25.extra = extra25
                        discount_info_24 = obj25
                    elif discount_info_24 is None or discount_info_24 == '': discount_info_24 = None
                    else: raise GiveUp
                    if type(valid_info_24) is dict:
                        # ValidInfo
                        valid_type_28 = valid_info_24.get("validType")
                        valid_day_num_28 = valid_info_24.get("validDayNum")
                        start_time_28 = valid_info_24.get("startTime")
                        end_time_28 = valid_info_24.get("endTime")
                        extra28 = {} if len(valid_info_24) == (valid_type_28 is not None) + (valid_day_num_28 is not None) + (start_time_28 is not None) + (end_time_28 is not None) or _KNOWN_ValidInfo.issuperset(valid_info_24) else unknown_fields(valid_info_24, _KNOWN_ValidInfo, d + 5)
                        if type(valid_type_28) is int and valid_type_28 in _MEMBERS_ValidType: valid_type_28 = _MEMBERS_ValidType[valid_type_28]
                        elif valid_type_28 is None or valid_type_28 == '': valid_type_28 = None
                        else: valid_type_28 = ValidType(structure_int(valid_type_28, int))
                        if type(valid_day_num_28) is not int:
                            if type(valid_day_num_28) is str and len(valid_day_num_28) < 20 and valid_day_num_28.isdigit() and valid_day_num_28.isascii(): valid_day_num_28 = int(valid_day_num_28)
                            elif valid_day_num_28 is None or valid_day_num_28 == '': valid_day_num_28 = None
                            else: valid_day_num_28 = structure_int(valid_day_num_28, int)
                        if type(start_time_28) is not str and start_time_28 is not None: start_time_28 = structure_str(start_time_28, str)
                        if type(end_time_28) is not str and end_time_28 is not None: end_time_28 = structure_str(end_time_28, str)
                        obj28 = new_instance(ValidInfo)
                        obj28.valid_type = valid_type_28
                        obj28.valid_day_num = valid_day_num_28
                        obj28.start_time = start_time_28
                        obj28.end_time = end_time_28
                        obj28.extra = extra28
                        valid_info_24 = obj28
                    elif valid_info_24 is None or valid_info_24 == '': valid_info_24 = None
                    else: raise GiveUp
                    if type(receive_info_24) is dict:
                        # ReceiveInfo
                        start_time_29 = receive_info_24.get("startTime")
                        end_time_29 = receive_info_24.get("endTime")
                        limit_num_one_person_29 = receive_info_24.get("limitNumOnePerson")
                        extra29 = {} if len(receive_info_24) == (start_time_29 is not None) + (end_time_29 is not None) + (limit_num_one_person_29 is not None) or _KNOWN_ReceiveInfo.issuperset(receive_info_24) else unknown_fields(receive_info_24, _KNOWN_ReceiveInfo, d + 5)
                        if type(start_time_29) is not str and start_time_29 is not None: start_time_29 = structure_str(start_time_29, str)
                        if type(end_time_29) is not str and end_time_29 is not None: end_time_29 = structure_str(end_time_29, str)
                        if type(limit_num_one_person_29) is not int:
                            if type(limit_num_one_person_29) is str and len(limit_num_one_person_29) < 20 and limit_num_one_person_29.isdigit() and limit_num_one_person_29.isascii(): limit_num_one_person_29 = int(limit_num_one_person_29)
                            elif limit_num_one_person_29 is None or limit_num_one_person_29 == '': limit_num_one_person_29 = None
                            else: limit_num_one_person_29 = structure_int(limit_num_one_person_29, int)
                        obj29 = new_instance(ReceiveInfo)
                        obj29.start_time = start_time_29
                        obj29.end_time = end_time_29
                        obj29.limit_num_one_person = limit_num_one_person_29
                        obj29.extra = extra29
                        receive_info_24 = obj29
                    elif receive_info_24 is None or receive_info_24 == '': receive_info_24 = None
                    else: raise GiveUp
                    obj24 = new_instance(CouponDetail)
                    obj24.rest_num = rest_num_24
                    obj24.type = type_24
                    obj24.discount_info = discount_info_24
                    obj24.valid_info = valid_info_24
                    obj24.receive_info = receive_info_24
                    obj24.extra = extra24
                    coupon_detail_23 = obj24
                elif coupon_detail_23 is None or coupon_detail_23 == '': coupon_detail_23 = None
                else: raise GiveUp
                if type(all_coupon_ids_23) is list:
                    for each30 in all_coupon_ids_23:
                        if type(each30) is not str:
                            all_coupon_ids_23 = [e if type(e) is str else structure_str(e, str) for e in all_coupon_ids_23]
                            break
                elif all_coupon_ids_23 is None or all_coupon_ids_23 == '': all_coupon_ids_23 = UnsetList()
                else: raise GiveUp
                if type(discount_23) is not str and discount_23 is not None: discount_23 = structure_str(discount_23, str)
                obj23 = new_instance(CouponInfo)
                obj23.has_coupon = has_coupon_23
                obj23.coupon_id = coupon_id_23
                obj23.coupon_detail = coupon_detail_23
                obj23.all_coupon_ids = all_coupon_ids_23
                obj23.discount = discount_23
                obj23.extra = extra23
                coupon_info_4 = obj23
                obj4 = new_instance(ProductInfo)
                obj4.plan_id = plan_id_4
                obj4.product_id = product_id_4
                obj4.product_status = product_status_4
                obj4.commission_ratio = commission_ratio_4
                obj4.product_detail_info = product_detail_info_4
                obj4.league_ex_info = league_ex_info_4
                obj4.coupon_info = coupon_info_4
                obj4.extra = extra4
                list4.append(obj4)
            product_list_info_0 = list4
    elif product_list_info_0 is None or product_list_info_0 == '': product_list_info_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(PlanInfoResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.target_plan_info = target_plan_info_0
    obj0.product_list_info = product_list_info_0
    obj0.extra = extra0
    return obj0

def decode_PreviousPromotionInfo(o: Any, d: int) -> PreviousPromotionInfo:
    # PreviousPromotionInfo
    promotion_source_pid_0 = o["promotionSourcePid"]
    promotion_source_name_0 = o["promotionSourceName"]
    extra0 = {} if len(o) == 2 or _KNOWN_PreviousPromotionInfo.issuperset(o) else unknown_fields(o, _KNOWN_PreviousPromotionInfo, d)
    if type(promotion_source_pid_0) is not str: promotion_source_pid_0 = structure_str(promotion_source_pid_0, str)
    if type(promotion_source_name_0) is not str: promotion_source_name_0 = structure_str(promotion_source_name_0, str)
    obj0 = new_instance(PreviousPromotionInfo)
    obj0.promotion_source_pid = promotion_source_pid_0
    obj0.promotion_source_name = promotion_source_name_0
    obj0.extra = extra0
    return obj0

def decode_ProductCategoryRequest(o: Any, d: int) -> ProductCategoryRequest:
    # ProductCategoryRequest
    if type(o) is not dict: raise GiveUp
    extra0 = {} if len(o) == 0 or _KNOWN_ProductCategoryRequest.issuperset(o) else unknown_fields(o, _KNOWN_ProductCategoryRequest, d)
    obj0 = new_instance(ProductCategoryRequest)
    obj0.extra = extra0
    return obj0

def decode_ProductCategoryResponse(o: Any, d: int) -> ProductCategoryResponse:
    # ProductCategoryResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    product_cats_0 = o.get("productCats")
    extra0 = {} if len(o) == (errcode_0 is not None) + (errmsg_0 is not None) + (product_cats_0 is not None) or _KNOWN_ProductCategoryResponse.issuperset(o) else unknown_fields(o, _KNOWN_ProductCategoryResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(product_cats_0) is list:
        if product_cats_0:
            list1 = []
            for each1 in product_cats_0:
                # Category
                cat_id_1 = each1.get("catId")
                name_1 = each1.get("name")
                extra1 = {} if len(each1) == (cat_id_1 is not None) + (name_1 is not None) or _KNOWN_Category.issuperset(each1) else unknown_fields(each1, _KNOWN_Category, d + 2)
                if type(cat_id_1) is not str and cat_id_1 is not None: cat_id_1 = structure_str(cat_id_1, str)
                if type(name_1) is not str and name_1 is not None: name_1 = structure_str(name_1, str)
                obj1 = new_instance(Category)
                obj1.cat_id = cat_id_1
                obj1.name = name_1
                obj1.extra = extra1
                list1.append(obj1)
            product_cats_0 = list1
    elif product_cats_0 is None or product_cats_0 == '': product_cats_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(ProductCategoryResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.product_cats = product_cats_0
    obj0.extra = extra0
    return obj0

def decode_ProductDetail(o: Any, d: int) -> ProductDetail:
    # ProductDetail
    detail_img_0 = o.get("detailImg")
    detail_videos_0 = o.get("detailVideos")
    detail_video_info_0 = o.get("detailVideoInfo")
    desc_0 = o.get("desc")
    extra0 = {} if len(o) == (detail_img_0 is not None) + (detail_videos_0 is not None) + (detail_video_info_0 is not None) + (desc_0 is not None) or _KNOWN_ProductDetail.issuperset(o) else unknown_fields(o, _KNOWN_ProductDetail, d)
    if type(detail_img_0) is list:
        for each1 in detail_img_0:
            if type(each1) is not str:
                detail_img_0 = [e if type(e) is str else structure_str(e, str) for e in detail_img_0]
                break
    elif detail_img_0 is None or detail_img_0 == '': detail_img_0 = UnsetList()
    else: raise GiveUp
    if type(detail_videos_0) is list:
        if detail_videos_0: check_untyped(detail_videos_0, d + 1)
    elif detail_videos_0 is None or detail_videos_0 == '': detail_videos_0 = UnsetList()
    else: raise GiveUp
    if type(detail_video_info_0) is list:
        if detail_video_info_0: check_untyped(detail_video_info_0, d + 1)
    elif detail_video_info_0 is None or detail_video_info_0 == '': detail_video_info_0 = UnsetList()
    else: raise GiveUp
    if type(desc_0) is not str and desc_0 is not None: desc_0 = structure_str(desc_0, str)
    obj0 = new_instance(ProductDetail)
    obj0.detail_img = detail_img_0
    obj0.detail_videos = detail_videos_0
    obj0.detail_video_info = detail_video_info_0
    obj0.desc = desc_0
    obj0.extra = extra0
    return obj0

def decode_ProductDetailInfo(o: Any, d: int) -> ProductDetailInfo:
    # ProductDetailInfo
    title_0 = o.get("title")
    sub_title_0 = o.get("subTitle")
    head_img_0 = o.get("headImg")
    category_0 = o.get("category")
    brand_0 = o.get("brand")
    brand_id_0 = o.get("brandId")
    model_0 = o.get("model")
    detail_0 = o.get("detail")
    param_0 = o.get("param")
    min_price_0 = o.get("minPrice")
    total_stock_num_0 = o.get("totalStockNum")
    total_sold_num_0 = o.get("totalSoldNum")
    skus_0 = o.get("skus")
    attr_0 = o.get("attr")
    shopcat_id_0 = o.get("shopcatId")
    qualification_url_0 = o.get("qualificationUrl")
    third_category_histories_0 = o.get("thirdCategoryHistories")
    head_video_info_0 = o.get("headVideoInfo")
    labels_0 = o.get("labels")
    sku_id_list_0 = o.get("skuIdList")
    sku_list_0 = o.get("skuList")
    listing_time_0 = o.get("listingTime")
    service_desc_0 = o.get("serviceDesc")
    express_info_0 = o.get("expressInfo")
    appid_for_media_0 = o.get("appidForMedia")
    snapshot_info_0 = o.get("snapshotInfo")
    total_order_num_0 = o.get("totalOrderNum")
    total_visit_num_0 = o.get("totalVisitNum")
    upload_source_0 = o.get("uploadSource")
    spu_limited_0 = o.get("spuLimited")
    origin_upload_source_0 = o.get("originUploadSource")
    groupbuy_info_0 = o.get("groupbuyInfo")
    virtual_type_0 = o.get("virtualType")
    product_type_0 = o.get("productType")
    extra0 = {} if len(o) == (title_0 is not None) + (sub_title_0 is not None) + (head_img_0 is not None) + (category_0 is not None) + (brand_0 is not None) + (brand_id_0 is not None) + (model_0 is not None) + (detail_0 is not None) + (param_0 is not None) + (min_price_0 is not None) + (total_stock_num_0 is not None) + (total_sold_num_0 is not None) + (skus_0 is not None) + (attr_0 is not None) + (shopcat_id_0 is not None) + (qualification_url_0 is not None) + (third_category_histories_0 is not None) + (head_video_info_0 is not None) + (labels_0 is not None) + (sku_id_list_0 is not None) + (sku_list_0 is not None) + (listing_time_0 is not None) + (service_desc_0 is not None) + (express_info_0 is not None) + (appid_for_media_0 is not None) + (snapshot_info_0 is not None) + (total_order_num_0 is not None) + (total_visit_num_0 is not None) + (upload_source_0 is not None) + (spu_limited_0 is not None) + (origin_upload_source_0 is not None) + (groupbuy_info_0 is not None) + (virtual_type_0 is not None) + (product_type_0 is not None) or _KNOWN_ProductDetailInfo.issuperset(o) else unknown_fields(o, _KNOWN_ProductDetailInfo, d)
    if type(title_0) is not str and title_0 is not None: title_0 = structure_str(title_0, str)
    if type(sub_title_0) is not str and sub_title_0 is not None: sub_title_0 = structure_str(sub_title_0, str)
    if type(head_img_0) is list:
        for each1 in head_img_0:
            if type(each1) is not str:
                head_img_0 = [e if type(e) is str else structure_str(e, str) for e in head_img_0]
                break
    elif head_img_0 is None or head_img_0 == '': head_img_0 = UnsetList()
    else: raise GiveUp
    if type(category_0) is list:
        if category_0: category_0 = [decode_Category(e, d + 2) for e in category_0]
    elif category_0 is None or category_0 == '': category_0 = UnsetList()
    else: raise GiveUp
    if type(brand_0) is not str and brand_0 is not None: brand_0 = structure_str(brand_0, str)
    if type(brand_id_0) is not str and brand_id_0 is not None: brand_id_0 = structure_str(brand_id_0, str)
    if type(model_0) is not str and model_0 is not None: model_0 = structure_str(model_0, str)
    if type(detail_0) is dict:
        detail_0 = decode_ProductDetail(detail_0, d + 1)
    elif detail_0 is None or detail_0 == '': detail_0 = None
    else: raise GiveUp
    if type(param_0) is list:
        if param_0: check_untyped(param_0, d + 1)
    elif param_0 is None or param_0 == '': param_0 = UnsetList()
    else: raise GiveUp
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        elif min_price_0 is None or min_price_0 == '': min_price_0 = None
        else: min_price_0 = structure_int(min_price_0, int)
    if type(total_stock_num_0) is not int:
        if type(total_stock_num_0) is str and len(total_stock_num_0) < 20 and total_stock_num_0.isdigit() and total_stock_num_0.isascii(): total_stock_num_0 = int(total_stock_num_0)
        elif total_stock_num_0 is None or total_stock_num_0 == '': total_stock_num_0 = None
        else: total_stock_num_0 = structure_int(total_stock_num_0, int)
    if type(total_sold_num_0) is not int:
        if type(total_sold_num_0) is str and len(total_sold_num_0) < 20 and total_sold_num_0.isdigit() and total_sold_num_0.isascii(): total_sold_num_0 = int(total_sold_num_0)
        elif total_sold_num_0 is None or total_sold_num_0 == '': total_sold_num_0 = None
        else: total_sold_num_0 = structure_int(total_sold_num_0, int)
    if type(skus_0) is list:
        if skus_0: skus_0 = [decode_Sku(e, d + 2) for e in skus_0]
    elif skus_0 is None or skus_0 == '': skus_0 = UnsetList()
    else: raise GiveUp
    if type(attr_0) is list:
        if attr_0: check_untyped(attr_0, d + 1)
    elif attr_0 is None or attr_0 == '': attr_0 = UnsetList()
    else: raise GiveUp
    if type(shopcat_id_0) is list:
        if shopcat_id_0: check_untyped(shopcat_id_0, d + 1)
    elif shopcat_id_0 is None or shopcat_id_0 == '': shopcat_id_0 = UnsetList()
    else: raise GiveUp
    if type(qualification_url_0) is list:
        if qualification_url_0: check_untyped(qualification_url_0, d + 1)
    elif qualification_url_0 is None or qualification_url_0 == '': qualification_url_0 = UnsetList()
    else: raise GiveUp
    if type(third_category_histories_0) is list:
        if third_category_histories_0: check_untyped(third_category_histories_0, d + 1)
    elif third_category_histories_0 is None or third_category_histories_0 == '': third_category_histories_0 = UnsetList()
    else: raise GiveUp
    if type(head_video_info_0) is list:
        if head_video_info_0: check_untyped(head_video_info_0, d + 1)
    elif head_video_info_0 is None or head_video_info_0 == '': head_video_info_0 = UnsetList()
    else: raise GiveUp
    if type(labels_0) is list:
        if labels_0: check_untyped(labels_0, d + 1)
    elif labels_0 is None or labels_0 == '': labels_0 = UnsetList()
    else: raise GiveUp
    if type(sku_id_list_0) is dict:
        sku_id_list_0 = decode_SkuIdList(sku_id_list_0, d + 1)
    elif sku_id_list_0 is None or sku_id_list_0 == '': sku_id_list_0 = None
    else: raise GiveUp
    if type(sku_list_0) is dict:
        sku_list_0 = decode_SkuList(sku_list_0, d + 1)
    elif sku_list_0 is None or sku_list_0 == '': sku_list_0 = None
    else: raise GiveUp
    if type(listing_time_0) is not int:
        if type(listing_time_0) is str and len(listing_time_0) < 20 and listing_time_0.isdigit() and listing_time_0.isascii(): listing_time_0 = int(listing_time_0)
        elif listing_time_0 is None or listing_time_0 == '': listing_time_0 = None
        else: listing_time_0 = structure_int(listing_time_0, int)
    if type(service_desc_0) is dict:
        service_desc_0 = decode_ServiceDesc(service_desc_0, d + 1)
    elif service_desc_0 is None or service_desc_0 == '': service_desc_0 = None
    else: raise GiveUp
    if type(express_info_0) is dict:
        express_info_0 = decode_ExpressInfo(express_info_0, d + 1)
    elif express_info_0 is None or express_info_0 == '': express_info_0 = None
    else: raise GiveUp
    if type(appid_for_media_0) is not str and appid_for_media_0 is not None: appid_for_media_0 = structure_str(appid_for_media_0, str)
    if type(snapshot_info_0) is dict:
        snapshot_info_0 = decode_SnapshotInfo(snapshot_info_0, d + 1)
    elif snapshot_info_0 is None or snapshot_info_0 == '': snapshot_info_0 = None
    else: raise GiveUp
    if type(total_order_num_0) is not int:
        if type(total_order_num_0) is str and len(total_order_num_0) < 20 and total_order_num_0.isdigit() and total_order_num_0.isascii(): total_order_num_0 = int(total_order_num_0)
        elif total_order_num_0 is None or total_order_num_0 == '': total_order_num_0 = None
        else: total_order_num_0 = structure_int(total_order_num_0, int)
    if type(total_visit_num_0) is not int:
        if type(total_visit_num_0) is str and len(total_visit_num_0) < 20 and total_visit_num_0.isdigit() and total_visit_num_0.isascii(): total_visit_num_0 = int(total_visit_num_0)
        elif total_visit_num_0 is None or total_visit_num_0 == '': total_visit_num_0 = None
        else: total_visit_num_0 = structure_int(total_visit_num_0, int)
    if type(upload_source_0) is not int:
        if type(upload_source_0) is str and len(upload_source_0) < 20 and upload_source_0.isdigit() and upload_source_0.isascii(): upload_source_0 = int(upload_source_0)
        elif upload_source_0 is None or upload_source_0 == '': upload_source_0 = None
        else: upload_source_0 = structure_int(upload_source_0, int)
    if type(spu_limited_0) is dict:
        spu_limited_0 = decode_SpuLimited(spu_limited_0, d + 1)
    elif spu_limited_0 is None or spu_limited_0 == '': spu_limited_0 = None
    else: raise GiveUp
    if type(origin_upload_source_0) is not int:
        if type(origin_upload_source_0) is str and len(origin_upload_source_0) < 20 and origin_upload_source_0.isdigit() and origin_upload_source_0.isascii(): origin_upload_source_0 = int(origin_upload_source_0)
        elif origin_upload_source_0 is None or origin_upload_source_0 == '': origin_upload_source_0 = None
        else: origin_upload_source_0 = structure_int(origin_upload_source_0, int)
    if type(groupbuy_info_0) is dict:
        groupbuy_info_0 = decode_GroupbuyInfo(groupbuy_info_0, d + 1)
    elif groupbuy_info_0 is None or groupbuy_info_0 == '': groupbuy_info_0 = None
    else: raise GiveUp
    if type(virtual_type_0) is not int:
        if type(virtual_type_0) is str and len(virtual_type_0) < 20 and virtual_type_0.isdigit() and virtual_type_0.isascii(): virtual_type_0 = int(virtual_type_0)
        elif virtual_type_0 is None or virtual_type_0 == '': virtual_type_0 = None
        else: virtual_type_0 = structure_int(virtual_type_0, int)
    if type(product_type_0) is not int:
        if type(product_type_0) is str and len(product_type_0) < 20 and product_type_0.isdigit() and product_type_0.isascii(): product_type_0 = int(product_type_0)
        elif product_type_0 is None or product_type_0 == '': product_type_0 = None
        else: product_type_0 = structure_int(product_type_0, int)
    obj0 = new_instance(ProductDetailInfo)
    obj0.title = title_0
    obj0.sub_title = sub_title_0
    obj0.head_img = head_img_0
    obj0.category = category_0
    obj0.brand = brand_0
    obj0.brand_id = brand_id_0
    obj0.model = model_0
    obj0.detail = detail_0
    obj0.param = param_0
    obj0.min_price = min_price_0
    obj0.total_stock_num = total_stock_num_0
    obj0.total_sold_num = total_sold_num_0
    obj0.skus = skus_0
    obj0.attr = attr_0
    obj0.shopcat_id = shopcat_id_0
    obj0.qualification_url = qualification_url_0
    obj0.third_category_histories = third_category_histories_0
    obj0.head_video_info = head_video_info_0
    obj0.labels = labels_0
    obj0.sku_id_list = sku_id_list_0
    obj0.sku_list = sku_list_0
    obj0.listing_time = listing_time_0
    obj0.service_desc = service_desc_0
    obj0.express_info = express_info_0
    obj0.appid_for_media = appid_for_media_0
    obj0.snapshot_info = snapshot_info_0
    obj0.total_order_num = total_order_num_0
    obj0.total_visit_num = total_visit_num_0
    obj0.upload_source = upload_source_0
    obj0.spu_limited = spu_limited_0
    obj0.origin_upload_source = origin_upload_source_0
    obj0.groupbuy_info = groupbuy_info_0
    obj0.virtual_type = virtual_type_0
    obj0.product_type = product_type_0
    obj0.extra = extra0
    return obj0

def decode_ProductGenerateRequest(o: Any, d: int) -> ProductGenerateRequest:
    # ProductGenerateRequest
    pid_0 = o["pid"]
    product_list_0 = o["productList"]
    extra0 = {} if len(o) == 2 or _KNOWN_ProductGenerateRequest.issuperset(o) else unknown_fields(o, _KNOWN_ProductGenerateRequest, d)
    if type(pid_0) is not str: pid_0 = structure_str(pid_0, str)
    if type(product_list_0) is list:
        if product_list_0:
            list1 = []
            for each1 in product_list_0:
                # GenerateProductItem
                product_id_1 = each1["productId"]
                app_id_1 = each1["appId"]
                customize_info_1 = each1.get("customizeInfo")
                extra1 = {} if len(each1) == 2 + (customize_info_1 is not None) or _KNOWN_GenerateProductItem.issuperset(each1) else unknown_fields(each1, _KNOWN_GenerateProductItem, d + 2)
                if type(product_id_1) is not str: product_id_1 = structure_str(product_id_1, str)
                if type(app_id_1) is not str: app_id_1 = structure_str(app_id_1, str)
                if type(customize_info_1) is not str and customize_info_1 is not None: customize_info_1 = structure_str(customize_info_1, str)
                obj1 = new_instance(GenerateProductItem)
                obj1.product_id = product_id_1
                obj1.app_id = app_id_1
                obj1.customize_info = customize_info_1
                obj1.extra = extra1
                list1.append(obj1)
            product_list_0 = list1
    else: raise GiveUp
    obj0 = new_instance(ProductGenerateRequest)
    obj0.pid = pid_0
    obj0.product_list = product_list_0
    obj0.extra = extra0
    return obj0

def decode_ProductGenerateResponse(o: Any, d: int) -> ProductGenerateResponse:
    # ProductGenerateResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    materials_0 = o.get("list")
    extra0 = {} if len(o) == (errcode_0 is not None) + (errmsg_0 is not None) + (materials_0 is not None) or _KNOWN_ProductGenerateResponse.issuperset(o) else unknown_fields(o, _KNOWN_ProductGenerateResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(materials_0) is list:
        if materials_0:
            list1 = []
            for each1 in materials_0:
                # ProductPromotion
                pid_1 = each1["pid"]
                product_id_1 = each1.get("productId")
                product_info_1 = each1["productInfo"]
                share_info_1 = each1["shareInfo"]
                extra1 = {} if len(each1) == 3 + (product_id_1 is not None) or _KNOWN_ProductPromotion.issuperset(each1) else unknown_fields(each1, _KNOWN_ProductPromotion, d + 2)
                if type(pid_1) is not str: pid_1 = structure_str(pid_1, str)
                if type(product_id_1) is not str and product_id_1 is not None: product_id_1 = structure_str(product_id_1, str)
                # GeneratedProductInfo
                product_id_2 = product_info_1["productId"]
                title_2 = product_info_1["title"]
                sub_title_2 = product_info_1.get("subTitle")
                head_img_2 = product_info_1.get("headImg")
                min_price_2 = product_info_1["minPrice"]
                discount_2 = product_info_1.get("discount")
                discount_price_2 = product_info_1.get("discountPrice")
                total_stock_num_2 = product_info_1.get("totalStockNum")
                shop_name_2 = product_info_1.get("shopName")
                shop_appid_2 = product_info_1.get("shopAppid")
                plugin_result_2 = product_info_1.get("pluginResult")
                extra2 = {} if len(product_info_1) == 3 + (sub_title_2 is not None) + (head_img_2 is not None) + (discount_2 is not None) + (discount_price_2 is not None) + (total_stock_num_2 is not None) + (shop_name_2 is not None) + (shop_appid_2 is not None) + (plugin_result_2 is not None) or _KNOWN_GeneratedProductInfo.issuperset(product_info_1) else unknown_fields(product_info_1, _KNOWN_GeneratedProductInfo, d + 3)
                if type(product_id_2) is not str: product_id_2 = structure_str(product_id_2, str)
                if type(title_2) is not str: title_2 = structure_str(title_2, str)
                if type(sub_title_2) is not str and sub_title_2 is not None: sub_title_2 = structure_str(sub_title_2, str)
                if type(head_img_2) is list:
                    for each3 in head_img_2:
                        if type(each3) is not str:
                            head_img_2 = [e if type(e) is str else structure_str(e, str) for e in head_img_2]
                            break
                elif head_img_2 is None or head_img_2 == '': head_img_2 = UnsetList()
                else: raise GiveUp
                if type(min_price_2) is not int:
                    if type(min_price_2) is str and len(min_price_2) < 20 and min_price_2.isdigit() and min_price_2.isascii(): min_price_2 = int(min_price_2)
                    else: min_price_2 = structure_int(min_price_2, int)
                if type(discount_2) is not int:
                    if type(discount_2) is str and len(discount_2) < 20 and discount_2.isdigit() and discount_2.isascii(): discount_2 = int(discount_2)
                    elif discount_2 is None or discount_2 == '': discount_2 = None
                    else: discount_2 = structure_int(discount_2, int)
                if type(discount_price_2) is not int:
                    if type(discount_price_2) is str and len(discount_price_2) < 20 and discount_price_2.isdigit() and discount_price_2.isascii(): discount_price_2 = int(discount_price_2)
                    elif discount_price_2 is None or discount_price_2 == '': discount_price_2 = None
                    else: discount_price_2 = structure_int(discount_price_2, int)
                if type(total_stock_num_2) is not int:
                    if type(total_stock_num_2) is str and len(total_stock_num_2) < 20 and total_stock_num_2.isdigit() and total_stock_num_2.isascii(): total_stock_num_2 = int(total_stock_num_2)
                    elif total_stock_num_2 is None or total_stock_num_2 == '': total_stock_num_2 = None
                    else: total_stock_num_2 = structure_int(total_stock_num_2, int)
                if type(shop_name_2) is not str and shop_name_2 is not None: shop_name_2 = structure_str(shop_name_2, str)
                if type(shop_appid_2) is not str and shop_appid_2 is not None: shop_appid_2 = structure_str(shop_appid_2, str)
                if type(plugin_result_2) is not bool:
                    if type(plugin_result_2) is int and (plugin_result_2 == 0 or plugin_result_2 == 1): plugin_result_2 = plugin_result_2 == 1
                    elif plugin_result_2 is None or plugin_result_2 == '': plugin_result_2 = None
                    else: plugin_result_2 = structure_bool(plugin_result_2, bool)
                obj2 = new_instance(GeneratedProductInfo)
                obj2.product_id = product_id_2
                obj2.title = title_2
                obj2.sub_title = sub_title_2
                obj2.head_img = head_img_2
                obj2.min_price = min_price_2
                obj2.discount = discount_2
                obj2.discount_price = discount_price_2
                obj2.total_stock_num = total_stock_num_2
                obj2.shop_name = shop_name_2
                obj2.shop_appid = shop_appid_2
                obj2.plugin_result = plugin_result_2
                obj2.extra = extra2
                product_info_1 = obj2
                # ShareInfo
                app_id_4 = share_info_1["appId"]
                username_4 = share_info_1.get("username")
                path_4 = share_info_1["path"]
                coupon_path_4 = share_info_1.get("couponPath")
                wxa_code_4 = share_info_1.get("wxaCode")
                coupon_wxa_code_4 = share_info_1.get("couponWxaCode")
                promotion_url_4 = share_info_1["promotionUrl"]
                coupon_promotion_url_4 = share_info_1.get("couponPromotionUrl")
                promotion_wording_4 = share_info_1.get("promotionWording")
                coupon_promotion_wording_4 = share_info_1.get("couponPromotionWording")
                promotion_tag_4 = share_info_1.get("promotionTag")
                coupon_promotion_tag_4 = share_info_1.get("couponPromotionTag")
                extra4 = {} if len(share_info_1) == 3 + (username_4 is not None) + (coupon_path_4 is not None) + (wxa_code_4 is not None) + (coupon_wxa_code_4 is not None) + (coupon_promotion_url_4 is not None) + (promotion_wording_4 is not None) + (coupon_promotion_wording_4 is not None) + (promotion_tag_4 is not None) + (coupon_promotion_tag_4 is not None) or _KNOWN_ShareInfo.issuperset(share_info_1) else unknown_fields(share_info_1, _KNOWN_ShareInfo, d + 3)
                if type(app_id_4) is not str: app_id_4 = structure_str(app_id_4, str)
                if type(username_4) is not str and username_4 is not None: username_4 = structure_str(username_4, str)
                if type(path_4) is not str: path_4 = structure_str(path_4, str)
                if type(coupon_path_4) is not str and coupon_path_4 is not None: coupon_path_4 = structure_str(coupon_path_4, str)
                if type(wxa_code_4) is not str and wxa_code_4 is not None: wxa_code_4 = structure_str(wxa_code_4, str)
                if type(coupon_wxa_code_4) is not str and coupon_wxa_code_4 is not None: coupon_wxa_code_4 = structure_str(coupon_wxa_code_4, str)
                if type(promotion_url_4) is not str: promotion_url_4 = structure_str(promotion_url_4, str)
                if type(coupon_promotion_url_4) is not str and coupon_promotion_url_4 is not None: coupon_promotion_url_4 = structure_str(coupon_promotion_url_4, str)
                if type(promotion_wording_4) is not str and promotion_wording_4 is not None: promotion_wording_4 = structure_str(promotion_wording_4, str)
                if type(coupon_promotion_wording_4) is not str and coupon_promotion_wording_4 is not None: coupon_promotion_wording_4 = structure_str(coupon_promotion_wording_4, str)
                if type(promotion_tag_4) is not str and promotion_tag_4 is not None: promotion_tag_4 = structure_str(promotion_tag_4, str)
                if type(coupon_promotion_tag_4) is not str and coupon_promotion_tag_4 is not None: coupon_promotion_tag_4 = structure_str(coupon_promotion_tag_4, str)
                obj4 = new_instance(ShareInfo)
                obj4.app_id = app_id_4
                obj4.username = username_4
                obj4.path = path_4
                obj4.coupon_path = coupon_path_4
                obj4.wxa_code = wxa_code_4
                obj4.coupon_wxa_code = coupon_wxa_code_4
                obj4.promotion_url = promotion_url_4
                obj4.coupon_promotion_url = coupon_promotion_url_4
                obj4.promotion_wording = promotion_wording_4
                obj4.coupon_promotion_wording = coupon_promotion_wording_4
                obj4.promotion_tag = promotion_tag_4
                obj4.coupon_promotion_tag = coupon_promotion_tag_4
                obj4.extra = extra4
                share_info_1 = obj4
                obj1 = new_instance(ProductPromotion)
                obj1.pid = pid_1
                obj1.product_id = product_id_1
                obj1.product_info = product_info_1
                obj1.share_info = share_info_1
                obj1.extra = extra1
                list1.append(obj1)
            materials_0 = list1
    elif materials_0 is None or materials_0 == '': materials_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(ProductGenerateResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.materials = materials_0
    obj0.extra = extra0
    return obj0

def decode_ProductInfo(o: Any, d: int) -> ProductInfo:
    # ProductInfo
    plan_id_0 = o["planId"]
    product_id_0 = o["productId"]
    product_status_0 = o["productStatus"]
    commission_ratio_0 = o["commissionRatio"]
    product_detail_info_0 = o["productDetailInfo"]
    league_ex_info_0 = o["leagueExInfo"]
    coupon_info_0 = o["couponInfo"]
    extra0 = {} if len(o) == 7 or _KNOWN_ProductInfo.issuperset(o) else unknown_fields(o, _KNOWN_ProductInfo, d)
    if type(plan_id_0) is not str: plan_id_0 = structure_str(plan_id_0, str)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    if type(product_status_0) is not int:
        if type(product_status_0) is str and len(product_status_0) < 20 and product_status_0.isdigit() and product_status_0.isascii(): product_status_0 = int(product_status_0)
        else: product_status_0 = structure_int(product_status_0, int)
    if type(commission_ratio_0) is not int:
        if type(commission_ratio_0) is str and len(commission_ratio_0) < 20 and commission_ratio_0.isdigit() and commission_ratio_0.isascii(): commission_ratio_0 = int(commission_ratio_0)
        else: commission_ratio_0 = structure_int(commission_ratio_0, int)
    product_detail_info_0 = decode_ProductDetailInfo(product_detail_info_0, d + 1)
    league_ex_info_0 = decode_LeagueExInfo(league_ex_info_0, d + 1)
    coupon_info_0 = decode_CouponInfo(coupon_info_0, d + 1)
    obj0 = new_instance(ProductInfo)
    obj0.plan_id = plan_id_0
    obj0.product_id = product_id_0
    obj0.product_status = product_status_0
    obj0.commission_ratio = commission_ratio_0
    obj0.product_detail_info = product_detail_info_0
    obj0.league_ex_info = league_ex_info_0
    obj0.coupon_info = coupon_info_0
    obj0.extra = extra0
    return obj0

def decode_ProductListRequest(o: Any, d: int) -> ProductListRequest:
    # ProductListRequest
    offset_0 = o["from"]
    limit_0 = o["limit"]
    query_type_0 = o.get("queryType")
    query_0 = o.get("query")
    max_price_0 = o.get("maxPrice")
    min_price_0 = o.get("minPrice")
    min_commission_value_0 = o.get("minCommissionValue")
    min_commission_ratio_0 = o.get("minCommissionRatio")
    sort_type_0 = o.get("sortType")
    has_coupon_0 = o.get("hasCoupon")
    shop_app_ids_0 = o.get("shopAppIds")
    category_id_0 = o.get("categoryId")
    category_0 = o.get("category")
    no_category_0 = o.get("noCategory")
    product_id_0 = o.get("productId")
    shipping_methods_0 = o.get("shippingMethods")
    address_list_0 = o.get("addressList")
    extra0 = {} if len(o) == 2 + (query_type_0 is not None) + (query_0 is not None) + (max_price_0 is not None) + (min_price_0 is not None) + (min_commission_value_0 is not None) + (min_commission_ratio_0 is not None) + (sort_type_0 is not None) + (has_coupon_0 is not None) + (shop_app_ids_0 is not None) + (category_id_0 is not None) + (category_0 is not None) + (no_category_0 is not None) + (product_id_0 is not None) + (shipping_methods_0 is not None) + (address_list_0 is not None) or _KNOWN_ProductListRequest.issuperset(o) else unknown_fields(o, _KNOWN_ProductListRequest, d)
    if type(offset_0) is not int:
        if type(offset_0) is str and len(offset_0) < 20 and offset_0.isdigit() and offset_0.isascii(): offset_0 = int(offset_0)
        else: offset_0 = structure_int(offset_0, int)
    if type(limit_0) is not int:
        if type(limit_0) is str and len(limit_0) < 20 and limit_0.isdigit() and limit_0.isascii(): limit_0 = int(limit_0)
        else: limit_0 = structure_int(limit_0, int)
    if type(query_type_0) is not int:
        if type(query_type_0) is str and len(query_type_0) < 20 and query_type_0.isdigit() and query_type_0.isascii(): query_type_0 = int(query_type_0)
        elif query_type_0 is None or query_type_0 == '': query_type_0 = None
        else: query_type_0 = structure_int(query_type_0, int)
    if type(query_0) is not str and query_0 is not None: query_0 = structure_str(query_0, str)
    if type(max_price_0) is not int:
        if type(max_price_0) is str and len(max_price_0) < 20 and max_price_0.isdigit() and max_price_0.isascii(): max_price_0 = int(max_price_0)
        elif max_price_0 is None or max_price_0 == '': max_price_0 = None
        else: max_price_0 = structure_int(max_price_0, int)
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        elif min_price_0 is None or min_price_0 == '': min_price_0 = None
        else: min_price_0 = structure_int(min_price_0, int)
    if type(min_commission_value_0) is not int:
        if type(min_commission_value_0) is str and len(min_commission_value_0) < 20 and min_commission_value_0.isdigit() and min_commission_value_0.isascii(): min_commission_value_0 = int(min_commission_value_0)
        elif min_commission_value_0 is None or min_commission_value_0 == '': min_commission_value_0 = None
        else: min_commission_value_0 = structure_int(min_commission_value_0, int)
    if type(min_commission_ratio_0) is not int:
        if type(min_commission_ratio_0) is str and len(min_commission_ratio_0) < 20 and min_commission_ratio_0.isdigit() and min_commission_ratio_0.isascii(): min_commission_ratio_0 = int(min_commission_ratio_0)
        elif min_commission_ratio_0 is None or min_commission_ratio_0 == '': min_commission_ratio_0 = None
        else: min_commission_ratio_0 = structure_int(min_commission_ratio_0, int)
    if type(sort_type_0) is not int:
        if type(sort_type_0) is str and len(sort_type_0) < 20 and sort_type_0.isdigit() and sort_type_0.isascii(): sort_type_0 = int(sort_type_0)
        elif sort_type_0 is None or sort_type_0 == '': sort_type_0 = None
        else: sort_type_0 = structure_int(sort_type_0, int)
    if type(has_coupon_0) is int and has_coupon_0 in _MEMBERS_HasCoupon: has_coupon_0 = _MEMBERS_HasCoupon[has_coupon_0]
    elif has_coupon_0 is None or has_coupon_0 == '': has_coupon_0 = None
    else: has_coupon_0 = HasCoupon(structure_int(has_coupon_0, int))
    if type(shop_app_ids_0) is not str and shop_app_ids_0 is not None: shop_app_ids_0 = structure_str(shop_app_ids_0, str)
    if type(category_id_0) is not str and category_id_0 is not None: category_id_0 = structure_str(category_id_0, str)
    if type(category_0) is not str and category_0 is not None: category_0 = structure_str(category_0, str)
    if type(no_category_0) is not str and no_category_0 is not None: no_category_0 = structure_str(no_category_0, str)
    if type(product_id_0) is not str and product_id_0 is not None: product_id_0 = structure_str(product_id_0, str)
    if type(shipping_methods_0) is str and shipping_methods_0:
        shipping_methods_0 = json_document(shipping_methods_0)
        # ShippingMethods
        express_1 = shipping_methods_0.get("express")
        same_city_1 = shipping_methods_0.get("sameCity")
        pickup_1 = shipping_methods_0.get("pickup")
        extra1 = {} if len(shipping_methods_0) == (express_1 is not None) + (same_city_1 is not None) + (pickup_1 is not None) or _KNOWN_ShippingMethods.issuperset(shipping_methods_0) else unknown_fields(shipping_methods_0, _KNOWN_ShippingMethods, 1)
        if type(express_1) is not bool:
            if type(express_1) is int and (express_1 == 0 or express_1 == 1): express_1 = express_1 == 1
            elif express_1 is None or express_1 == '': express_1 = None
            else: express_1 = structure_bool(express_1, bool)
        if type(same_city_1) is not bool:
            if type(same_city_1) is int and (same_city_1 == 0 or same_city_1 == 1): same_city_1 = same_city_1 == 1
            elif same_city_1 is None or same_city_1 == '': same_city_1 = None
            else: same_city_1 = structure_bool(same_city_1, bool)
        if type(pickup_1) is not bool:
            if type(pickup_1) is int and (pickup_1 == 0 or pickup_1 == 1): pickup_1 = pickup_1 == 1
            elif pickup_1 is None or pickup_1 == '': pickup_1 = None
            else: pickup_1 = structure_bool(pickup_1, bool)
        obj1 = new_instance(ShippingMethods)
        obj1.express = express_1
        obj1.same_city = same_city_1
        obj1.pickup = pickup_1
        obj1.extra = extra1
        shipping_methods_0 = obj1
    elif shipping_methods_0 is None or shipping_methods_0 == '': shipping_methods_0 = None
    else: raise GiveUp
    if type(address_list_0) is str and address_list_0:
        address_list_0 = json_document(address_list_0)
        if type(address_list_0) is list:
            if address_list_0:
                list2 = []
                for each2 in address_list_0:
                    # ShipFromAddress
                    address_info_2 = each2["addressInfo"]
                    address_type_2 = each2.get("addressType")
                    extra2 = {} if len(each2) == 1 + (address_type_2 is not None) or _KNOWN_ShipFromAddress.issuperset(each2) else unknown_fields(each2, _KNOWN_ShipFromAddress, 2)
                    # AddressInfo
                    province_name_3 = address_info_2.get("provinceName")
                    city_name_3 = address_info_2.get("cityName")
                    county_name_3 = address_info_2.get("countyName")
                    extra3 = {} if len(address_info_2) == (province_name_3 is not None) + (city_name_3 is not None) + (county_name_3 is not None) or _KNOWN_AddressInfo.issuperset(address_info_2) else unknown_fields(address_info_2, _KNOWN_AddressInfo, 3)
                    if type(province_name_3) is not str and province_name_3 is not None: province_name_3 = structure_str(province_name_3, str)
                    if type(city_name_3) is not str and city_name_3 is not None: city_name_3 = structure_str(city_name_3, str)
                    if type(county_name_3) is not str and county_name_3 is not None: county_name_3 = structure_str(county_name_3, str)
                    obj3 = new_instance(AddressInfo)
                    obj3.province_name = province_name_3
                    obj3.city_name = city_name_3
                    obj3.county_name = county_name_3
                    obj3.extra = extra3
                    address_info_2 = obj3
                    if type(address_type_2) is dict:
                        # ShippingMethods
                        express_4 = address_type_2.get("express")
                        same_city_4 = address_type_2.get("sameCity")
                        pickup_4 = address_type_2.get("pickup")
                        extra4 = {} if len(address_type_2) == (express_4 is not None) + (same_city_4 is not None) + (pickup_4 is not None) or _KNOWN_ShippingMethods.issuperset(address_type_2) else unknown_fields(address_type_2, _KNOWN_ShippingMethods, 3)
                        if type(express_4) is not bool:
                            if type(express_4) is int and (express_4 == 0 or express_4 == 1): express_4 = express_4 == 1
                            elif express_4 is None or express_4 == '': express_4 = None
                            else: express_4 = structure_bool(express_4, bool)
                        if type(same_city_4) is not bool:
                            if type(same_city_4) is int and (same_city_4 == 0 or same_city_4 == 1): same_city_4 = same_city_4 == 1
                            elif same_city_4 is None or same_city_4 == '': same_city_4 = None
                            else: same_city_4 = structure_bool(same_city_4, bool)
                        if type(pickup_4) is not bool:
                            if type(pickup_4) is int and (pickup_4 == 0 or pickup_4 == 1): pickup_4 = pickup_4 == 1
                            elif pickup_4 is None or pickup_4 == '': pickup_4 = None
                            else: pickup_4 = structure_bool(pickup_4, bool)
                        obj4 = new_instance(ShippingMethods)
                        obj4.express = express_4
                        obj4.same_city = same_city_4
                        obj4.pickup = pickup_4
                        obj4.extra = extra4
                        address_type_2 = obj4
                    elif address_type_2 is None or address_type_2 == '': address_type_2 = None
                    else: raise GiveUp
                    obj2 = new_instance(ShipFromAddress)
                    obj2.address_info = address_info_2
                    obj2.address_type = address_type_2
                    obj2.extra = extra2
                    list2.append(obj2)
                address_list_0 = list2
        else: raise GiveUp
    elif address_list_0 is None or address_list_0 == '': address_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(ProductListRequest)
    obj0.offset = offset_0
    obj0.limit = limit_0
    obj0.query_type = query_type_0
    obj0.query = query_0
    obj0.max_price = max_price_0
    obj0.min_price = min_price_0
    obj0.min_commission_value = min_commission_value_0
    obj0.min_commission_ratio = min_commission_ratio_0
    obj0.sort_type = sort_type_0
    obj0.has_coupon = has_coupon_0
    obj0.shop_app_ids = shop_app_ids_0
    obj0.category_id = category_id_0
    obj0.category = category_0
    obj0.no_category = no_category_0
    obj0.product_id = product_id_0
    obj0.shipping_methods = shipping_methods_0
    obj0.address_list = address_list_0
    obj0.extra = extra0
    return obj0

def decode_ProductListResponse(o: Any, d: int) -> ProductListResponse:
    # ProductListResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    total_0 = o["total"]
    product_list_0 = o.get("productList")
    extra0 = {} if len(o) == 1 + (errcode_0 is not None) + (errmsg_0 is not None) + (product_list_0 is not None) or _KNOWN_ProductListResponse.issuperset(o) else unknown_fields(o, _KNOWN_ProductListResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(total_0) is not int:
        if type(total_0) is str and len(total_0) < 20 and total_0.isdigit() and total_0.isascii(): total_0 = int(total_0)
        else: total_0 = structure_int(total_0, int)
    if type(product_list_0) is list:
        if product_list_0:
            list1 = []
            for each1 in product_list_0:
                # UnionProduct
                product_id_1 = each1["productId"]
                app_id_1 = each1.get("appId")
                product_1 = each1["product"]
                league_ex_info_1 = each1["leagueExInfo"]
                shop_info_1 = each1["shopInfo"]
                coupon_info_1 = each1.get("couponInfo")
                extra1 = {} if len(each1) == 4 + (app_id_1 is not None) + (coupon_info_1 is not None) or _KNOWN_UnionProduct.issuperset(each1) else unknown_fields(each1, _KNOWN_UnionProduct, d + 2)
                if type(product_id_1) is not str: product_id_1 = structure_str(product_id_1, str)
                if type(app_id_1) is not str and app_id_1 is not None: app_id_1 = structure_str(app_id_1, str)
                # UnionProductDetail
                product_id_2 = product_1["productId"]
                status_2 = product_1["status"]
                info_2 = product_1["info"]
                skus_2 = product_1.get("skus")
                extra2 = {} if len(product_1) == 3 + (skus_2 is not None) or _KNOWN_UnionProductDetail.issuperset(product_1) else unknown_fields(product_1, _KNOWN_UnionProductDetail, d + 3)
                if type(product_id_2) is not str: product_id_2 = structure_str(product_id_2, str)
                if type(status_2) is not int:
                    if type(status_2) is str and len(status_2) < 20 and status_2.isdigit() and status_2.isascii(): status_2 = int(status_2)
                    else: status_2 = structure_int(status_2, int)
                # UnionProductInfo
                title_3 = info_2["title"]
                sub_title_3 = info_2.get("subTitle")
                head_img_3 = info_2.get("headImg")
                category_3 = info_2.get("category")
                brand_3 = info_2.get("brand")
                brand_id_3 = info_2.get("brandId")
                model_3 = info_2.get("model")
                detail_3 = info_2.get("detail")
                param_3 = info_2.get("param")
                min_price_3 = info_2["minPrice"]
                express_info_3 = info_2.get("expressInfo")
                total_stock_num_3 = info_2["totalStockNum"]
                total_sold_num_3 = info_2.get("totalSoldNum")
                total_order_num_3 = info_2.get("totalOrderNum")
                discount_price_3 = info_2.get("discountPrice")
                discount_3 = info_2.get("discount")
                extra3 = {} if len(info_2) == 3 + (sub_title_3 is not None) + (head_img_3 is not None) + (category_3 is not None) + (brand_3 is not None) + (brand_id_3 is not None) + (model_3 is not None) + (detail_3 is not None) + (param_3 is not None) + (express_info_3 is not None) + (total_sold_num_3 is not None) + (total_order_num_3 is not None) + (discount_price_3 is not None) + (discount_3 is not None) or _KNOWN_UnionProductInfo.issuperset(info_2) else unknown_fields(info_2, _KNOWN_UnionProductInfo, d + 4)
                if type(title_3) is not str: title_3 = structure_str(title_3, str)
                if type(sub_title_3) is not str and sub_title_3 is not None: sub_title_3 = structure_str(sub_title_3, str)
                if type(head_img_3) is list:
                    for each4 in head_img_3:
                        if type(each4) is not str:
                            head_img_3 = [e if type(e) is str else structure_str(e, str) for e in head_img_3]
                            break
                elif head_img_3 is None or head_img_3 == '': head_img_3 = UnsetList()
                else: raise GiveUp
                if type(category_3) is list:
                    if category_3:
                        list5 = []
                        for each5 in category_3:
                            # Category
                            cat_id_5 = each5.get("catId")
                            name_5 = each5.get("name")
                            extra5 = {} if len(each5) == (cat_id_5 is not None) + (name_5 is not None) or _KNOWN_Category.issuperset(each5) else unknown_fields(each5, _KNOWN_Category, d + 6)
                            if type(cat_id_5) is not str and cat_id_5 is not None: cat_id_5 = structure_str(cat_id_5, str)
                            if type(name_5) is not str and name_5 is not None: name_5 = structure_str(name_5, str)
                            obj5 = new_instance(Category)
                            obj5.cat_id = cat_id_5
                            obj5.name = name_5
                            obj5.extra = extra5
                            list5.append(obj5)
                        category_3 = list5
                elif category_3 is None or category_3 == '': category_3 = UnsetList()
                else: raise GiveUp
                if type(brand_3) is not str and brand_3 is not None: brand_3 = structure_str(brand_3, str)
                if type(brand_id_3) is not str and brand_id_3 is not None: brand_id_3 = structure_str(brand_id_3, str)
                if type(model_3) is not str and model_3 is not None: model_3 = structure_str(model_3, str)
                if type(detail_3) is dict:
                    # ProductDetail
                    detail_img_6 = detail_3.get("detailImg")
                    detail_videos_6 = detail_3.get("detailVideos")
                    detail_video_info_6 = detail_3.get("detailVideoInfo")
                    desc_6 = detail_3.get("desc")
                    extra6 = {} if len(detail_3) == (detail_img_6 is not None) + (detail_videos_6 is not None) + (detail_video_info_6 is not None) + (desc_6 is not None) or _KNOWN_ProductDetail.issuperset(detail_3) else unknown_fields(detail_3, _KNOWN_ProductDetail, d + 5)
                    if type(detail_img_6) is list:
                        for each7 in detail_img_6:
                            if type(each7) is not str:
                                detail_img_6 = [e if type(e) is str else structure_str(e, str) for e in detail_img_6]
                                break
                    elif detail_img_6 is None or detail_img_6 == '': detail_img_6 = UnsetList()
                    else: raise GiveUp
                    if type(detail_videos_6) is list:
                        if detail_videos_6: check_untyped(detail_videos_6, d + 6)
                    elif detail_videos_6 is None or detail_videos_6 == '': detail_videos_6 = UnsetList()
                    else: raise GiveUp
                    if type(detail_video_info_6) is list:
                        if detail_video_info_6: check_untyped(detail_video_info_6, d + 6)
                    elif detail_video_info_6 is None or detail_video_info_6 == '': detail_video_info_6 = UnsetList()
                    else: raise GiveUp
                    if type(desc_6) is not str and desc_6 is not None: desc_6 = structure_str(desc_6, str)
                    obj6 = new_instance(ProductDetail)
                    obj6.detail_img = detail_img_6
                    obj6.detail_videos = detail_videos_6
                    obj6.detail_video_info = detail_video_info_6
                    obj6.desc = desc_6
                    obj6.extra = extra6
                    detail_3 = obj6
                elif detail_3 is None or detail_3 == '': detail_3 = None
                else: raise GiveUp
                if type(param_3) is list:
                    if param_3:
                        list8 = []
                        for each8 in param_3:
                            # ProductParam
                            key_8 = each8.get("key")
                            value_8 = each8.get("value")
                            extra8 = {} if len(each8) == (key_8 is not None) + (value_8 is not None) or _KNOWN_ProductParam.issuperset(each8) else unknown_fields(each8, _KNOWN_ProductParam, d + 6)
                            if type(key_8) is not str and key_8 is not None: key_8 = structure_str(key_8, str)
                            if type(value_8) is not str and value_8 is not None: value_8 = structure_str(value_8, str)
                            obj8 = new_instance(ProductParam)
                            obj8.key = key_8
                            obj8.value = value_8
                            obj8.extra = extra8
                            list8.append(obj8)
                        param_3 = list8
                elif param_3 is None or param_3 == '': param_3 = UnsetList()
                else: raise GiveUp
                if type(min_price_3) is not int:
                    if type(min_price_3) is str and len(min_price_3) < 20 and min_price_3.isdigit() and min_price_3.isascii(): min_price_3 = int(min_price_3)
                    else: min_price_3 = structure_int(min_price_3, int)
                if type(express_info_3) is dict:
                    # ExpressInfo
                    template_id_9 = express_info_3.get("templateId")
                    extra9 = {} if len(express_info_3) == (template_id_9 is not None) or _KNOWN_ExpressInfo.issuperset(express_info_3) else unknown_fields(express_info_3, _KNOWN_ExpressInfo, d + 5)
                    if type(template_id_9) is not str and template_id_9 is not None: template_id_9 = structure_str(template_id_9, str)
                    obj9 = new_instance(ExpressInfo)
                    obj9.template_id = template_id_9
                    obj9.extra = extra9
                    express_info_3 = obj9
                elif express_info_3 is None or express_info_3 == '': express_info_3 = None
                else: raise GiveUp
                if type(total_stock_num_3) is not int:
                    if type(total_stock_num_3) is str and len(total_stock_num_3) < 20 and total_stock_num_3.isdigit() and total_stock_num_3.isascii(): total_stock_num_3 = int(total_stock_num_3)
                    else: total_stock_num_3 = structure_int(total_stock_num_3, int)
                if type(total_sold_num_3) is not int:
                    if type(total_sold_num_3) is str and len(total_sold_num_3) < 20 and total_sold_num_3.isdigit() and total_sold_num_3.isascii(): total_sold_num_3 = int(total_sold_num_3)
                    elif total_sold_num_3 is None or total_sold_num_3 == '': total_sold_num_3 = None
                    else: total_sold_num_3 = structure_int(total_sold_num_3, int)
                if type(total_order_num_3) is not int:
                    if type(total_order_num_3) is str and len(total_order_num_3) < 20 and total_order_num_3.isdigit() and total_order_num_3.isascii(): total_order_num_3 = int(total_order_num_3)
                    elif total_order_num_3 is None or total_order_num_3 == '': total_order_num_3 = None
                    else: total_order_num_3 = structure_int(total_order_num_3, int)
                if type(discount_price_3) is not int:
                    if type(discount_price_3) is str and len(discount_price_3) < 20 and discount_price_3.isdigit() and discount_price_3.isascii(): discount_price_3 = int(discount_price_3)
                    elif discount_price_3 is None or discount_price_3 == '': discount_price_3 = None
                    else: discount_price_3 = structure_int(discount_price_3, int)
                if type(discount_3) is not int:
                    if type(discount_3) is str and len(discount_3) < 20 and discount_3.isdigit() and discount_3.isascii(): discount_3 = int(discount_3)
                    elif discount_3 is None or discount_3 == '': discount_3 = None
                    else: discount_3 = structure_int(discount_3, int)
                obj3 = new_instance(UnionProductInfo)
                obj3.title = title_3
                obj3.sub_title = sub_title_3
                obj3.head_img = head_img_3
                obj3.category = category_3
                obj3.brand = brand_3
                obj3.brand_id = brand_id_3
                obj3.model = model_3
                obj3.detail = detail_3
                obj3.param = param_3
                obj3.min_price = min_price_3
                obj3.express_info = express_info_3
                obj3.total_stock_num = total_stock_num_3
                obj3.total_sold_num = total_sold_num_3
                obj3.total_order_num = total_order_num_3
                obj3.discount_price = discount_price_3
                obj3.discount = discount_3
                obj3.extra = extra3
                info_2 = obj3
                if type(skus_2) is list:
                    if skus_2:
                        list10 = []
                        for each10 in skus_2:
                            # Sku
                            sku_id_10 = each10["skuId"]
                            product_sku_info_10 = each10["productSkuInfo"]
                            status_10 = each10.get("status")
                            extra10 = {} if len(each10) == 2 + (status_10 is not None) or _KNOWN_Sku.issuperset(each10) else unknown_fields(each10, _KNOWN_Sku, d + 5)
                            if type(sku_id_10) is not str: sku_id_10 = structure_str(sku_id_10, str)
                            # ProductSkuInfo
                            thumb_img_11 = product_sku_info_10.get("thumbImg")
                            sale_price_11 = product_sku_info_10["salePrice"]
                            market_price_11 = product_sku_info_10["marketPrice"]
                            stock_info_11 = product_sku_info_10["stockInfo"]
                            sku_code_11 = product_sku_info_10.get("skuCode")
                            extra11 = {} if len(product_sku_info_10) == 3 + (thumb_img_11 is not None) + (sku_code_11 is not None) or _KNOWN_ProductSkuInfo.issuperset(product_sku_info_10) else unknown_fields(product_sku_info_10, _KNOWN_ProductSkuInfo, d + 6)
                            if type(thumb_img_11) is not str and thumb_img_11 is not None: thumb_img_11 = structure_str(thumb_img_11, str)
                            if type(sale_price_11) is not int:
                                if type(sale_price_11) is str and len(sale_price_11) < 20 and sale_price_11.isdigit() and sale_price_11.isascii(): sale_price_11 = int(sale_price_11)
                                else: sale_price_11 = structure_int(sale_price_11, int)
                            if type(market_price_11) is not int:
                                if type(market_price_11) is str and len(market_price_11) < 20 and market_price_11.isdigit() and market_price_11.isascii(): market_price_11 = int(market_price_11)
                                else: market_price_11 = structure_int(market_price_11, int)
                            # StockInfo
                            stock_num_12 = stock_info_11["stockNum"]
                            extra12 = {} if len(stock_info_11) == 1 or _KNOWN_StockInfo.issuperset(stock_info_11) else unknown_fields(stock_info_11, _KNOWN_StockInfo, d + 7)
                            if type(stock_num_12) is not int:
                                if type(stock_num_12) is str and len(stock_num_12) < 20 and stock_num_12.isdigit() and stock_num_12.isascii(): stock_num_12 = int(stock_num_12)
                                else: stock_num_12 = structure_int(stock_num_12, int)
                            obj12 = new_instance(StockInfo)
                            obj12.stock_num = stock_num_12
                            obj12.extra = extra12
                            stock_info_11 = obj12
                            if type(sku_code_11) is not str and sku_code_11 is not None: sku_code_11 = structure_str(sku_code_11, str)
                            obj11 = new_instance(ProductSkuInfo)
                            obj11.thumb_img = thumb_img_11
                            obj11.sale_price = sale_price_11
                            obj11.market_price = market_price_11
                            obj11.stock_info = stock_info_11
                            obj11.sku_code = sku_code_11
                            obj11.extra = extra11
                            product_sku_info_10 = obj11
                            if type(status_10) is not int:
                                if type(status_10) is str and len(status_10) < 20 and status_10.isdigit() and status_10.isascii(): status_10 = int(status_10)
                                elif status_10 is None or status_10 == '': status_10 = None
                                else: status_10 = structure_int(status_10, int)
                            obj10 = new_instance(Sku)
                            obj10.sku_id = sku_id_10
                            obj10.product_sku_info = product_sku_info_10
                            obj10.status = status_10
                            obj10.extra = extra10
                            list10.append(obj10)
                        skus_2 = list10
                elif skus_2 is None or skus_2 == '': skus_2 = UnsetList()
                else: raise GiveUp
                obj2 = new_instance(UnionProductDetail)
                obj2.product_id = product_id_2
                obj2.status = status_2
                obj2.info = info_2
                obj2.skus = skus_2
                obj2.extra = extra2
                product_1 = obj2
                # LeagueExInfo
                has_commission_13 = league_ex_info_1["hasCommission"]
                commission_ratio_13 = league_ex_info_1["commissionRatio"]
                commission_value_13 = league_ex_info_1["commissionValue"]
                ban_bizuin_13 = league_ex_info_1.get("banBizuin")
                ban_category_13 = league_ex_info_1.get("banCategory")
                ban_product_13 = league_ex_info_1.get("banProduct")
                extra13 = {} if len(league_ex_info_1) == 3 + (ban_bizuin_13 is not None) + (ban_category_13 is not None) + (ban_product_13 is not None) or _KNOWN_LeagueExInfo.issuperset(league_ex_info_1) else unknown_fields(league_ex_info_1, _KNOWN_LeagueExInfo, d + 3)
                if type(has_commission_13) is int and has_commission_13 in _MEMBERS_HasCommission: has_commission_13 = _MEMBERS_HasCommission[has_commission_13]
                else: has_commission_13 = HasCommission(structure_int(has_commission_13, int))
                if type(commission_ratio_13) is not int:
                    if type(commission_ratio_13) is str and len(commission_ratio_13) < 20 and commission_ratio_13.isdigit() and commission_ratio_13.isascii(): commission_ratio_13 = int(commission_ratio_13)
                    else: commission_ratio_13 = structure_int(commission_ratio_13, int)
                if type(commission_value_13) is not int:
                    if type(commission_value_13) is str and len(commission_value_13) < 20 and commission_value_13.isdigit() and commission_value_13.isascii(): commission_value_13 = int(commission_value_13)
                    else: commission_value_13 = structure_int(commission_value_13, int)
                if type(ban_bizuin_13) is not int:
                    if type(ban_bizuin_13) is str and len(ban_bizuin_13) < 20 and ban_bizuin_13.isdigit() and ban_bizuin_13.isascii(): ban_bizuin_13 = int(ban_bizuin_13)
                    elif ban_bizuin_13 is None or ban_bizuin_13 == '': ban_bizuin_13 = None
                    else: ban_bizuin_13 = structure_int(ban_bizuin_13, int)
                if type(ban_category_13) is not int:
                    if type(ban_category_13) is str and len(ban_category_13) < 20 and ban_category_13.isdigit() and ban_category_13.isascii(): ban_category_13 = int(ban_category_13)
                    elif ban_category_13 is None or ban_category_13 == '': ban_category_13 = None
                    else: ban_category_13 = structure_int(ban_category_13, int)
                if type(ban_product_13) is not int:
                    if type(ban_product_13) is str and len(ban_product_13) < 20 and ban_product_13.isdigit() and ban_product_13.isascii(): ban_product_13 = int(ban_product_13)
                    elif ban_product_13 is None or ban_product_13 == '': ban_product_13 = None
                    else: ban_product_13 = structure_int(ban_product_13, int)
                obj13 = new_instance(LeagueExInfo)
                obj13.has_commission = has_commission_13
                obj13.commission_ratio = commission_ratio_13
                obj13.commission_value = commission_value_13
                obj13.ban_bizuin = ban_bizuin_13
                obj13.ban_category = ban_category_13
                obj13.ban_product = ban_product_13
                obj13.extra = extra13
                league_ex_info_1 = obj13
                # ShopInfo
                app_id_14 = shop_info_1.get("appId")
                name_14 = shop_info_1["name"]
                username_14 = shop_info_1.get("username")
                head_img_url_14 = shop_info_1["headImgUrl"]
                shipping_methods_14 = shop_info_1.get("shippingMethods")
                address_list_14 = shop_info_1.get("addressList")
                same_city_template_14 = shop_info_1.get("sameCityTemplate")
                freight_template_14 = shop_info_1.get("freightTemplate")
                extra14 = {} if len(shop_info_1) == 2 + (app_id_14 is not None) + (username_14 is not None) + (shipping_methods_14 is not None) + (address_list_14 is not None) + (same_city_template_14 is not None) + (freight_template_14 is not None) or _KNOWN_ShopInfo.issuperset(shop_info_1) else unknown_fields(shop_info_1, _KNOWN_ShopInfo, d + 3)
                if type(app_id_14) is not str and app_id_14 is not None: app_id_14 = structure_str(app_id_14, str)
                if type(name_14) is not str: name_14 = structure_str(name_14, str)
                if type(username_14) is not str and username_14 is not None: username_14 = structure_str(username_14, str)
                if type(head_img_url_14) is not str: head_img_url_14 = structure_str(head_img_url_14, str)
                if type(shipping_methods_14) is dict:
                    # ShippingMethods
                    express_15 = shipping_methods_14.get("express")
                    same_city_15 = shipping_methods_14.get("sameCity")
                    pickup_15 = shipping_methods_14.get("pickup")
                    extra15 = {} if len(shipping_methods_14) == (express_15 is not None) + (same_city_15 is not None) + (pickup_15 is not None) or _KNOWN_ShippingMethods.issuperset(shipping_methods_14) else unknown_fields(shipping_methods_14, _KNOWN_ShippingMethods, d + 4)
                    if type(express_15) is not bool:
                        if type(express_15) is int and (express_15 == 0 or express_15 == 1): express_15 = express_15 == 1
                        elif express_15 is None or express_15 == '': express_15 = None
                        else: express_15 = structure_bool(express_15, bool)
                    if type(same_city_15) is not bool:
                        if type(same_city_15) is int and (same_city_15 == 0 or same_city_15 == 1): same_city_15 = same_city_15 == 1
                        elif same_city_15 is None or same_city_15 == '': same_city_15 = None
                        else: same_city_15 = structure_bool(same_city_15, bool)
                    if type(pickup_15) is not bool:
                        if type(pickup_15) is int and (pickup_15 == 0 or pickup_15 == 1): pickup_15 = pickup_15 == 1
                        elif pickup_15 is None or pickup_15 == '': pickup_15 = None
                        else: pickup_15 = structure_bool(pickup_15, bool)
                    obj15 = new_instance(ShippingMethods)
                    obj15.express = express_15
                    obj15.same_city = same_city_15
                    obj15.pickup = pickup_15
                    obj15.extra = extra15
                    shipping_methods_14 = obj15
                elif shipping_methods_14 is None or shipping_methods_14 == '': shipping_methods_14 = None
                else: raise GiveUp
                if type(address_list_14) is list:
                    if address_list_14:
                        list16 = []
                        for each16 in address_list_14:
                            # ShipFromAddress
                            address_info_16 = each16["addressInfo"]
                            address_type_16 = each16.get("addressType")
                            extra16 = {} if len(each16) == 1 + (address_type_16 is not None) or _KNOWN_ShipFromAddress.issuperset(each16) else unknown_fields(each16, _KNOWN_ShipFromAddress, d + 5)
                            # AddressInfo
                            province_name_17 = address_info_16.get("provinceName")
                            city_name_17 = address_info_16.get("cityName")
                            county_name_17 = address_info_16.get("countyName")
                            extra17 = {} if len(address_info_16) == (province_name_17 is not None) + (city_name_17 is not None) + (county_name_17 is not None) or _KNOWN_AddressInfo.issuperset(address_info_16) else unknown_fields(address_info_16, _KNOWN_AddressInfo, d + 6)
                            if type(province_name_17) is not str and province_name_17 is not None: province_name_17 = structure_str(province_name_17, str)
                            if type(city_name_17) is not str and city_name_17 is not None: city_name_17 = structure_str(city_name_17, str)
                            if type(county_name_17) is not str and county_name_17 is not None: county_name_17 = structure_str(county_name_17, str)
                            obj17 = new_instance(AddressInfo)
                            obj17.province_name = province_name_17
                            obj17.city_name = city_name_17
                            obj17.county_name = county_name_17
                            obj17.extra = extra17
                            address_info_16 = obj17
                            if type(address_type_16) is dict:
                                # ShippingMethods
                                express_18 = address_type_16.get("express")
                                same_city_18 = address_type_16.get("sameCity")
                                pickup_18 = address_type_16.get("pickup")
                                extra18 = {} if len(address_type_16) == (express_18 is not None) + (same_city_18 is not None) + (pickup_18 is not None) or _KNOWN_ShippingMethods.issuperset(address_type_16) else unknown_fields(address_type_16, _KNOWN_ShippingMethods, d + 6)
                                if type(express_18) is not bool:
                                    if type(express_18) is int and (express_18 == 0 or express_18 == 1): express_18 = express_18 == 1
                                    elif express_18 is None or express_18 == '': express_18 = None
                                    else: express_18 = structure_bool(express_18, bool)
                                if type(same_city_18) is not bool:
                                    if type(same_city_18) is int and (same_city_18 == 0 or same_city_18 == 1): same_city_18 = same_city_18 == 1
                                    elif same_city_18 is None or same_city_18 == '': same_city_18 = None
                                    else: same_city_18 = structure_bool(same_city_18, bool)
                                if type(pickup_18) is not bool:
                                    if type(pickup_18) is int and (pickup_18 == 0 or pickup_18 == 1): pickup_18 = pickup_18 == 1
                                    elif pickup_18 is None or pickup_18 == '': pickup_18 = None
                                    else: pickup_18 = structure_bool(pickup_18, bool)
                                obj18 = new_instance(ShippingMethods)
                                obj18.express = express_18
                                obj18.same_city = same_city_18
                                obj18.pickup = pickup_18
                                obj18.extra = extra18
                                address_type_16 = obj18
                            elif address_type_16 is None or address_type_16 == '': address_type_16 = None
                            else: raise GiveUp
                            obj16 = new_instance(ShipFromAddress)
                            obj16.address_info = address_info_16
                            obj16.address_type = address_type_16
                            obj16.extra = extra16
                            list16.append(obj16)
                        address_list_14 = list16
                elif address_list_14 is None or address_list_14 == '': address_list_14 = UnsetList()
                else: raise GiveUp
                if type(same_city_template_14) is dict:
                    # SameCityTemplate
                    deliver_scope_type_19 = same_city_template_14.get("deliverScopeType")
                    scope_19 = same_city_template_14.get("scope")
                    region_19 = same_city_template_14.get("region")
                    extra19 = {} if len(same_city_template_14) == (deliver_scope_type_19 is not None) + (scope_19 is not None) + (region_19 is not None) or _KNOWN_SameCityTemplate.issuperset(same_city_template_14) else unknown_fields(same_city_template_14, _KNOWN_SameCityTemplate, d + 4)
                    if type(deliver_scope_type_19) is int and deliver_scope_type_19 in _MEMBERS_DeliverScopeType: deliver_scope_type_19 = _MEMBERS_DeliverScopeType[deliver_scope_type_19]
                    elif deliver_scope_type_19 is None or deliver_scope_type_19 == '': deliver_scope_type_19 = None
                    else: deliver_scope_type_19 = DeliverScopeType(structure_int(deliver_scope_type_19, int))
                    if type(scope_19) is not str and scope_19 is not None: scope_19 = structure_str(scope_19, str)
                    if type(region_19) is dict:
                        # AddressInfo
                        province_name_20 = region_19.get("provinceName")
                        city_name_20 = region_19.get("cityName")
                        county_name_20 = region_19.get("countyName")
                        extra20 = {} if len(region_19) == (province_name_20 is not None) + (city_name_20 is not None) + (county_name_20 is not None) or _KNOWN_AddressInfo.issuperset(region_19) else unknown_fields(region_19, _KNOWN_AddressInfo, d + 5)
                        if type(province_name_20) is not str and province_name_20 is not None: province_name_20 = structure_str(province_name_20, str)
                        if type(city_name_20) is not str and city_name_20 is not None: city_name_20 = structure_str(city_name_20, str)
                        if type(county_name_20) is not str and county_name_20 is not None: county_name_20 = structure_str(county_name_20, str)
                        obj20 = new_instance(AddressInfo)
                        obj20.province_name = province_name_20
                        obj20.city_name = city_name_20
                        obj20.county_name = county_name_20
                        obj20.extra = extra20
                        region_19 = obj20
                    elif region_19 is None or region_19 == '': region_19 = None
                    else: raise GiveUp
                    obj19 = new_instance(SameCityTemplate)
                    obj19.deliver_scope_type = deliver_scope_type_19
                    obj19.scope = scope_19
                    obj19.region = region_19
                    obj19.extra = extra19
                    same_city_template_14 = obj19
                elif same_city_template_14 is None or same_city_template_14 == '': same_city_template_14 = None
                else: raise GiveUp
                if type(freight_template_14) is dict:
                    # FreightTemplate
                    not_send_area_21 = freight_template_14.get("notSendArea")
                    extra21 = {} if len(freight_template_14) == (not_send_area_21 is not None) or _KNOWN_FreightTemplate.issuperset(freight_template_14) else unknown_fields(freight_template_14, _KNOWN_FreightTemplate, d + 4)
                    if type(not_send_area_21) is dict:
                        # NotSendArea
                        address_info_list_22 = not_send_area_21.get("addressInfoList")
                        extra22 = {} if len(not_send_area_21) == (address_info_list_22 is not None) or _KNOWN_NotSendArea.issuperset(not_send_area_21) else unknown_fields(not_send_area_21, _KNOWN_NotSendArea, d + 5)
                        if type(address_info_list_22) is list:
                            if address_info_list_22:
                                list23 = []
                                for each23 in address_info_list_22:
                                    # AddressInfo
                                    province_name_23 = each23.get("provinceName")
                                    city_name_23 = each23.get("cityName")
                                    county_name_23 = each23.get("countyName")
                                    extra23 = {} if len(each23) == (province_name_23 is not None) + (city_name_23 is not None) + (county_name_23 is not None) or _KNOWN_AddressInfo.issuperset(each23) else unknown_fields(each23, _KNOWN_AddressInfo, d + 7)
                                    if type(province_name_23) is not str and province_name_23 is not None: province_name_23 = structure_str(province_name_23, str)
                                    if type(city_name_23) is not str and city_name_23 is not None: city_name_23 = structure_str(city_name_23, str)
                                    if type(county_name_23) is not str and county_name_23 is not None: county_name_23 = structure_str(county_name_23, str)
                                    obj23 = new_instance(AddressInfo)
                                    obj23.province_name = province_name_23
                                    obj23.city_name = city_name_23
                                    obj23.county_name = county_name_23
                                    obj23.extra = extra23
                                    list23.append(obj23)
                                address_info_list_22 = list23
                        elif address_info_list_22 is None or address_info_list_22 == '': address_info_list_22 = UnsetList()
                        else: raise GiveUp
                        obj22 = new_instance(NotSendArea)
                        obj22.address_info_list = address_info_list_22
                        obj22.extra = extra22
                        not_send_area_21 = obj22
                    elif not_send_area_21 is None or not_send_area_21 == '': not_send_area_21 = None
                    else: raise GiveUp
                    obj21 = new_instance(FreightTemplate)
                    obj21.not_send_area = not_send_area_21
                    obj21.extra = extra21
                    freight_template_14 = obj21
                elif freight_template_14 is None or freight_template_14 == '': freight_template_14 = None
                else: raise GiveUp
                obj14 = new_instance(ShopInfo)
                obj14.app_id = app_id_14
                obj14.name = name_14
                obj14.username = username_14
                obj14.head_img_url = head_img_url_14
                obj14.shipping_methods = shipping_methods_14
                obj14.address_list = address_list_14
                obj14.same_city_template = same_city_template_14
                obj14.freight_template = freight_template_14
                obj14.extra = extra14
                shop_info_1 = obj14
                if type(coupon_info_1) is dict:
                    # CouponInfo
                    has_coupon_24 = coupon_info_1.get("hasCoupon")
                    coupon_id_24 = coupon_info_1.get("couponId")
                    coupon_detail_24 = coupon_info_1.get("couponDetail")
                    all_coupon_ids_24 = coupon_info_1.get("allCouponIds")
                    discount_24 = coupon_info_1.get("discount")
                    extra24 = {} if len(coupon_info_1) == (has_coupon_24 is not None) + (coupon_id_24 is not None) + (coupon_detail_24 is not None) + (all_coupon_ids_24 is not None) + (discount_24 is not None) or _KNOWN_CouponInfo.issuperset(coupon_info_1) else unknown_fields(coupon_info_1, _KNOWN_CouponInfo, d + 3)
                    if type(has_coupon_24) is int and has_coupon_24 in _MEMBERS_HasCoupon: has_coupon_24 = _MEMBERS_HasCoupon[has_coupon_24]
                    elif has_coupon_24 is None or has_coupon_24 == '': has_coupon_24 = None
                    else: has_coupon_24 = HasCoupon(structure_int(has_coupon_24, int))
                    if type(coupon_id_24) is not str and coupon_id_24 is not None: coupon_id_24 = structure_str(coupon_id_24, str)
                    if type(coupon_detail_24) is dict:
                        # CouponDetail
                        rest_num_25 = coupon_detail_24.get("restNum")
                        type_25 = coupon_detail_24.get("type")
                        discount_info_25 = coupon_detail_24.get("discountInfo")
                        valid_info_25 = coupon_detail_24.get("validInfo")
                        receive_info_25 = coupon_detail_24.get("receiveInfo")
                        extra25 = {} if len(coupon_detail_24) == (rest_num_25 is not None) + (type_25 is not None) + (discount_info_25 is not None) + (valid_info_25 is not None) + (receive_info_25 is not None) or _KNOWN_CouponDetail.issuperset(coupon_detail_24) else unknown_fields(coupon_detail_24, _KNOWN_CouponDetail, d + 4)
                        if type(rest_num_25) is not int:
                            if type(rest_num_25) is str and len(rest_num_25) < 20 and rest_num_25.isdigit() and rest_num_25.isascii(): rest_num_25 = int(rest_num_25)
                            elif rest_num_25 is None or rest_num_25 == '': rest_num_25 = None
                            else: rest_num_25 = structure_int(rest_num_25, int)
                        if type(type_25) is not int:
                            if type(type_25) is str and len(type_25) < 20 and type_25.isdigit() and type_25.isascii(): type_25 = int(type_25)
                            elif type_25 is None or type_25 == '': type_25 = None
                            else: type_25 = structure_int(type_25, int)
                        if type(discount_info_25) is dict:
                            # DiscountInfo
                            discount_condition_26 = discount_info_25.get("discountCondition")
                            discount_num_26 = discount_info_25.get("discountNum")
                            discount_fee_26 = discount_info_25.get("discountFee")
                            extra26 = {} if len(discount_info_25) == (discount_condition_26 is not None) + (discount_num_26 is not None) + (discount_fee_26 is not None) or _KNOWN_DiscountInfo.issuperset(discount_info_25) else unknown_fields(discount_info_25, _KNOWN_DiscountInfo, d + 5)
                            if type(discount_condition_26) is dict:
                                # DiscountCondition
                                product_ids_27 = discount_condition_26.get("productIds")
                                product_cnt_27 = discount_condition_26.get("productCnt")
                                product_price_27 = discount_condition_26.get("productPrice")
                                extra27 = {} if len(discount_condition_26) == (product_ids_27 is not None) + (product_cnt_27 is not None) + (product_price_27 is not None) or _KNOWN_DiscountCondition.issuperset(discount_condition_26) else unknown_fields(discount_condition_26, _KNOWN_DiscountCondition, d + 6)
                                if type(product_ids_27) is list:
                                    for each28 in product_ids_27:
                                        if type(each28) is not str:
                                            product_ids_27 = [e if type(e) is str else structure_str(e, str) for e in product_ids_27]
                                            break
                                elif product_ids_27 is None or product_ids_27 == '': product_ids_27 = UnsetList()
                                else: raise GiveUp
                                if type(product_cnt_27) is not int:
                                    if type(product_cnt_27) is str and len(product_cnt_27) < 20 and product_cnt_27.isdigit() and product_cnt_27.isascii(): product_cnt_27 = int(product_cnt_27)
                                    elif product_cnt_27 is None or product_cnt_27 == '': product_cnt_27 = None
                                    else: product_cnt_27 = structure_int(product_cnt_27, int)
                                if type(product_price_27) is not int:
                                    if type(product_price_27) is str and len(product_price_27) < 20 and product_price_27.isdigit() and product_price_27.isascii(): product_price_27 = int(product_price_27)
                                    elif product_price_27 is None or product_price_27 == '': product_price_27 = None
                                    else: product_price_27 = structure_int(product_price_27, int)
                                obj27 = new_instance(DiscountCondition)
                                obj27.product_ids = product_ids_27
                                obj27.product_cnt = product_cnt_27
                                obj27.product_price = product_price_27
                                obj27.extra = extra27
                                discount_condition_26 = obj27
                            elif discount_condition_26 is None or discount_condition_26 == '': discount_condition_26 = None
                            else: raise GiveUp
                            if type(discount_num_26) is not int:
                                if type(discount_num_26) is str and len(discount_num_26) < 20 and discount_num_26.isdigit() and discount_num_26.isascii(): discount_num_26 = int(discount_num_26)
                                elif discount_num_26 is None or discount_num_26 == '': discount_num_26 = None
                                else: discount_num_26 = structure_int(discount_num_26, int)
                            if type(discount_fee_26) is not int:
                                if type(discount_fee_26) is str and len(discount_fee_26) < 20 and discount_fee_26.isdigit() and discount_fee_26.isascii(): discount_fee_26 = int(discount_fee_26)
                                elif discount_fee_26 is None or discount_fee_26 == '': discount_fee_26 = None
                                else: discount_fee_26 = structure_int(discount_fee_26, int)
                            obj26 = new_instance(DiscountInfo)
                            obj26.discount_condition = discount_condition_26
                            obj26.discount_num = discount_num_26
                            obj26.discount_fee = discount_fee_26
                            obj26.extra = extra26
                            discount_info_25 = obj26
                        elif discount_info_25 is None or discount_info_25 == '': discount_info_25 = None
                        else: raise GiveUp
                        if type(valid_info_25) is dict:
                            # ValidInfo
                            valid_type_29 = valid_info_25.get("validType")
                            valid_day_num_29 = valid_info_25.get("validDayNum")
                            start_time_29 = valid_info_25.get("startTime")
                            end_time_29 = valid_info_25.get("endTime")
                            extra29 = {} if len(valid_info_25) == (valid_type_29 is not None) + (valid_day_num_29 is not None) + (start_time_29 is not None) + (end_time_29 is not None) or _KNOWN_ValidInfo.issuperset(valid_info_25) else unknown_fields(valid_info_25, _KNOWN_ValidInfo, d + 5)
                            if type(valid_type_29) is int and valid_type_29 in _MEMBERS_ValidType: valid_type_29 = _MEMBERS_ValidType[valid_type_29]
                            elif valid_type_29 is None or valid_type_29 == '': valid_type_29 = None
                            else: valid_type_29 = ValidType(structure_int(valid_type_29, int))
                            if type(valid_day_num_29) is not int:
                                if type(valid_day_num_29) is str and len(valid_day_num_29) < 20 and valid_day_num_29.isdigit() and valid_day_num_29.isascii(): valid_day_num_29 = int(valid_day_num_29)
                                elif valid_day_num_29 is None or valid_day_num_29 == '': valid_day_num_29 = None
                                else: valid_day_num_29 = structure_int(valid_day_num_29, int)
                            if type(start_time_29) is not str and start_time_29 is not None: start_time_29 = structure_str(start_time_29, str)
                            if type(end_time_29) is not str and end_time_29 is not None: end_time_29 = structure_str(end_time_29, str)
                            obj29 = new_instance(ValidInfo)
                            obj29.valid_type = valid_type_29
                            obj29.valid_day_num = valid_day_num_29
                            obj29.start_time = start_time_29
                            obj29.end_time = end_time_29
                            obj29.extra = extra29
                            valid_info_25 = obj29
                        elif valid_info_25 is None or valid_info_25 == '': valid_info_25 = None
                        else: raise GiveUp
                        if type(receive_info_25) is dict:
                            # ReceiveInfo
                            start_time_30 = receive_info_25.get("startTime")
                            end_time_30 = receive_info_25.get("endTime")
                            limit_num_one_person_30 = receive_info_25.get("limitNumOnePerson")
                            extra30 = {} if len(receive_info_25) == (start_time_30 is not None) + (end_time_30 is not None) + (limit_num_one_person_30 is not None) or _KNOWN_ReceiveInfo.issuperset(receive_info_25) else unknown_fields(receive_info_25, _KNOWN_ReceiveInfo, d + 5)
                            if type(start_time_30) is not str and start_time_30 is not None: start_time_30 = structure_str(start_time_30, str)
                            if type(end_time_30) is not str and end_time_30 is not None: end_time_30 = structure_str(end_time_30, str)
                            if type(limit_num_one_person_30) is not int:
                                if type(limit_num_one_person_30) is str and len(limit_num_one_person_30) < 20 and limit_num_one_person_30.isdigit() and limit_num_one_person_30.isascii(): limit_num_one_person_30 = int(limit_num_one_person_30)
                                elif limit_num_one_person_30 is None or limit_num_one_person_30 == '': limit_num_one_person_30 = None
                                else: limit_num_one_person_30 = structure_int(limit_num_one_person_30, int)
                            obj30 = new_instance(ReceiveInfo)
                            obj30.start_time = start_time_30
                            obj30.end_time = end_time_30
                            obj30.limit_num_one_person = limit_num_one_person_30
                            obj30.extra = extra30
                            receive_info_25 = obj30
                        elif receive_info_25 is None or receive_info_25 == '': receive_info_25 = None
                        else: raise GiveUp
                        obj25 = new_instance(CouponDetail)
                        obj25.rest_num = rest_num_25
                        obj25.type = type_25
                        obj25.discount_info = discount_info_25
                        obj25.valid_info = valid_info_25
                        obj25.receive_info = receive_info_25
                        obj25.extra = extra25
                        coupon_detail_24 = obj25
                    elif coupon_detail_24 is None or coupon_detail_24 == '': coupon_detail_24 = None
                    else: raise GiveUp
                    if type(all_coupon_ids_24) is list:
                        for each31 in all_coupon_ids_24:
                            if type(each31) is not str:
                                all_coupon_ids_24 = [e if type(e) is str else structure_str(e, str) for e in all_coupon_ids_24]
                                break
                    elif all_coupon_ids_24 is None or all_coupon_ids_24 == '': all_coupon_ids_24 = UnsetList()
                    else: raise GiveUp
                    if type(discount_24) is not str and discount_24 is not None: discount_24 = structure_str(discount_24, str)
                    obj24 = new_instance(CouponInfo)
                    obj24.has_coupon = has_coupon_24
                    obj24.coupon_id = coupon_id_24
                    obj24.coupon_detail = coupon_detail_24
                    obj24.all_coupon_ids = all_coupon_ids_24
                    obj24.discount = discount_24
                    obj24.extra = extra24
                    coupon_info_1 = obj24
                elif coupon_info_1 is None or coupon_info_1 == '': coupon_info_1 = None
                else: raise GiveUp
                obj1 = new_instance(UnionProduct)
                obj1.product_id = product_id_1
                obj1.app_id = app_id_1
                obj1.product = product_1
                obj1.league_ex_info = league_ex_info_1
                obj1.shop_info = shop_info_1
                obj1.coupon_info = coupon_info_1
                obj1.extra = extra1
                list1.append(obj1)
            product_list_0 = list1
    elif product_list_0 is None or product_list_0 == '': product_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(ProductListResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.total = total_0
    obj0.product_list = product_list_0
    obj0.extra = extra0
    return obj0

def decode_ProductParam(o: Any, d: int) -> ProductParam:
    # ProductParam
    key_0 = o.get("key")
    value_0 = o.get("value")
    extra0 = {} if len(o) == (key_0 is not None) + (value_0 is not None) or _KNOWN_ProductParam.issuperset(o) else unknown_fields(o, _KNOWN_ProductParam, d)
    if type(key_0) is not str and key_0 is not None: key_0 = structure_str(key_0, str)
    if type(value_0) is not str and value_0 is not None: value_0 = structure_str(value_0, str)
    obj0 = new_instance(ProductParam)
    obj0.key = key_0
    obj0.value = value_0
    obj0.extra = extra0
    return obj0

def decode_ProductPromotion(o: Any, d: int) -> ProductPromotion:
    # ProductPromotion
    pid_0 = o["pid"]
    product_id_0 = o.get("productId")
    product_info_0 = o["productInfo"]
    share_info_0 = o["shareInfo"]
    extra0 = {} if len(o) == 3 + (product_id_0 is not None) or _KNOWN_ProductPromotion.issuperset(o) else unknown_fields(o, _KNOWN_ProductPromotion, d)
    if type(pid_0) is not str: pid_0 = structure_str(pid_0, str)
    if type(product_id_0) is not str and product_id_0 is not None: product_id_0 = structure_str(product_id_0, str)
    product_info_0 = decode_GeneratedProductInfo(product_info_0, d + 1)
    share_info_0 = decode_ShareInfo(share_info_0, d + 1)
    obj0 = new_instance(ProductPromotion)
    obj0.pid = pid_0
    obj0.product_id = product_id_0
    obj0.product_info = product_info_0
    obj0.share_info = share_info_0
    obj0.extra = extra0
    return obj0

def decode_ProductSelectRequest(o: Any, d: int) -> ProductSelectRequest:
    # ProductSelectRequest
    offset_0 = o["from"]
    limit_0 = o["limit"]
    max_price_0 = o.get("maxPrice")
    min_price_0 = o.get("minPrice")
    min_commission_value_0 = o.get("minCommissionValue")
    min_commission_ratio_0 = o.get("minCommissionRatio")
    sort_type_0 = o.get("sortType")
    has_coupon_0 = o.get("hasCoupon")
    shop_app_ids_0 = o.get("shopAppIds")
    category_id_0 = o.get("categoryId")
    category_0 = o.get("category")
    no_category_0 = o.get("noCategory")
    product_id_0 = o.get("productId")
    shipping_methods_0 = o.get("shippingMethods")
    address_list_0 = o.get("addressList")
    extra0 = {} if len(o) == 2 + (max_price_0 is not None) + (min_price_0 is not None) + (min_commission_value_0 is not None) + (min_commission_ratio_0 is not None) + (sort_type_0 is not None) + (has_coupon_0 is not None) + (shop_app_ids_0 is not None) + (category_id_0 is not None) + (category_0 is not None) + (no_category_0 is not None) + (product_id_0 is not None) + (shipping_methods_0 is not None) + (address_list_0 is not None) or _KNOWN_ProductSelectRequest.issuperset(o) else unknown_fields(o, _KNOWN_ProductSelectRequest, d)
    if type(offset_0) is not int:
        if type(offset_0) is str and len(offset_0) < 20 and offset_0.isdigit() and offset_0.isascii(): offset_0 = int(offset_0)
        else: offset_0 = structure_int(offset_0, int)
    if type(limit_0) is not int:
        if type(limit_0) is str and len(limit_0) < 20 and limit_0.isdigit() and limit_0.isascii(): limit_0 = int(limit_0)
        else: limit_0 = structure_int(limit_0, int)
    if type(max_price_0) is not int:
        if type(max_price_0) is str and len(max_price_0) < 20 and max_price_0.isdigit() and max_price_0.isascii(): max_price_0 = int(max_price_0)
        elif max_price_0 is None or max_price_0 == '': max_price_0 = None
        else: max_price_0 = structure_int(max_price_0, int)
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        elif min_price_0 is None or min_price_0 == '': min_price_0 = None
        else: min_price_0 = structure_int(min_price_0, int)
    if type(min_commission_value_0) is not int:
        if type(min_commission_value_0) is str and len(min_commission_value_0) < 20 and min_commission_value_0.isdigit() and min_commission_value_0.isascii(): min_commission_value_0 = int(min_commission_value_0)
        elif min_commission_value_0 is None or min_commission_value_0 == '': min_commission_value_0 = None
        else: min_commission_value_0 = structure_int(min_commission_value_0, int)
    if type(min_commission_ratio_0) is not int:
        if type(min_commission_ratio_0) is str and len(min_commission_ratio_0) < 20 and min_commission_ratio_0.isdigit() and min_commission_ratio_0.isascii(): min_commission_ratio_0 = int(min_commission_ratio_0)
        elif min_commission_ratio_0 is None or min_commission_ratio_0 == '': min_commission_ratio_0 = None
        else: min_commission_ratio_0 = structure_int(min_commission_ratio_0, int)
    if type(sort_type_0) is not int:
        if type(sort_type_0) is str and len(sort_type_0) < 20 and sort_type_0.isdigit() and sort_type_0.isascii(): sort_type_0 = int(sort_type_0)
        elif sort_type_0 is None or sort_type_0 == '': sort_type_0 = None
        else: sort_type_0 = structure_int(sort_type_0, int)
    if type(has_coupon_0) is int and has_coupon_0 in _MEMBERS_HasCoupon: has_coupon_0 = _MEMBERS_HasCoupon[has_coupon_0]
    elif has_coupon_0 is None or has_coupon_0 == '': has_coupon_0 = None
    else: has_coupon_0 = HasCoupon(structure_int(has_coupon_0, int))
    if type(shop_app_ids_0) is not str and shop_app_ids_0 is not None: shop_app_ids_0 = structure_str(shop_app_ids_0, str)
    if type(category_id_0) is not str and category_id_0 is not None: category_id_0 = structure_str(category_id_0, str)
    if type(category_0) is not str and category_0 is not None: category_0 = structure_str(category_0, str)
    if type(no_category_0) is not str and no_category_0 is not None: no_category_0 = structure_str(no_category_0, str)
    if type(product_id_0) is not str and product_id_0 is not None: product_id_0 = structure_str(product_id_0, str)
    if type(shipping_methods_0) is str and shipping_methods_0:
        shipping_methods_0 = json_document(shipping_methods_0)
        # ShippingMethods
        express_1 = shipping_methods_0.get("express")
        same_city_1 = shipping_methods_0.get("sameCity")
        pickup_1 = shipping_methods_0.get("pickup")
        extra1 = {} if len(shipping_methods_0) == (express_1 is not None) + (same_city_1 is not None) + (pickup_1 is not None) or _KNOWN_ShippingMethods.issuperset(shipping_methods_0) else unknown_fields(shipping_methods_0, _KNOWN_ShippingMethods, 1)
        if type(express_1) is not bool:
            if type(express_1) is int and (express_1 == 0 or express_1 == 1): express_1 = express_1 == 1
            elif express_1 is None or express_1 == '': express_1 = None
            else: express_1 = structure_bool(express_1, bool)
        if type(same_city_1) is not bool:
            if type(same_city_1) is int and (same_city_1 == 0 or same_city_1 == 1): same_city_1 = same_city_1 == 1
            elif same_city_1 is None or same_city_1 == '': same_city_1 = None
            else: same_city_1 = structure_bool(same_city_1, bool)
        if type(pickup_1) is not bool:
            if type(pickup_1) is int and (pickup_1 == 0 or pickup_1 == 1): pickup_1 = pickup_1 == 1
            elif pickup_1 is None or pickup_1 == '': pickup_1 = None
            else: pickup_1 = structure_bool(pickup_1, bool)
        obj1 = new_instance(ShippingMethods)
        obj1.express = express_1
        obj1.same_city = same_city_1
        obj1.pickup = pickup_1
        obj1.extra = extra1
        shipping_methods_0 = obj1
    elif shipping_methods_0 is None or shipping_methods_0 == '': shipping_methods_0 = None
    else: raise GiveUp
    if type(address_list_0) is str and address_list_0:
        address_list_0 = json_document(address_list_0)
        if type(address_list_0) is list:
            if address_list_0:
                list2 = []
                for each2 in address_list_0:
                    # ShipFromAddress
                    address_info_2 = each2["addressInfo"]
                    address_type_2 = each2.get("addressType")
                    extra2 = {} if len(each2) == 1 + (address_type_2 is not None) or _KNOWN_ShipFromAddress.issuperset(each2) else unknown_fields(each2, _KNOWN_ShipFromAddress, 2)
                    # AddressInfo
                    province_name_3 = address_info_2.get("provinceName")
                    city_name_3 = address_info_2.get("cityName")
                    county_name_3 = address_info_2.get("countyName")
                    extra3 = {} if len(address_info_2) == (province_name_3 is not None) + (city_name_3 is not None) + (county_name_3 is not None) or _KNOWN_AddressInfo.issuperset(address_info_2) else unknown_fields(address_info_2, _KNOWN_AddressInfo, 3)
                    if type(province_name_3) is not str and province_name_3 is not None: province_name_3 = structure_str(province_name_3, str)
                    if type(city_name_3) is not str and city_name_3 is not None: city_name_3 = structure_str(city_name_3, str)
                    if type(county_name_3) is not str and county_name_3 is not None: county_name_3 = structure_str(county_name_3, str)
                    obj3 = new_instance(AddressInfo)
                    obj3.province_name = province_name_3
                    obj3.city_name = city_name_3
                    obj3.county_name = county_name_3
                    obj3.extra = extra3
                    address_info_2 = obj3
                    if type(address_type_2) is dict:
                        # ShippingMethods
                        express_4 = address_type_2.get("express")
                        same_city_4 = address_type_2.get("sameCity")
                        pickup_4 = address_type_2.get("pickup")
                        extra4 = {} if len(address_type_2) == (express_4 is not None) + (same_city_4 is not None) + (pickup_4 is not None) or _KNOWN_ShippingMethods.issuperset(address_type_2) else unknown_fields(address_type_2, _KNOWN_ShippingMethods, 3)
                        if type(express_4) is not bool:
                            if type(express_4) is int and (express_4 == 0 or express_4 == 1): express_4 = express_4 == 1
                            elif express_4 is None or express_4 == '': express_4 = None
                            else: express_4 = structure_bool(express_4, bool)
                        if type(same_city_4) is not bool:
                            if type(same_city_4) is int and (same_city_4 == 0 or same_city_4 == 1): same_city_4 = same_city_4 == 1
                            elif same_city_4 is None or same_city_4 == '': same_city_4 = None
                            else: same_city_4 = structure_bool(same_city_4, bool)
                        if type(pickup_4) is not bool:
                            if type(pickup_4) is int and (pickup_4 == 0 or pickup_4 == 1): pickup_4 = pickup_4 == 1
                            elif pickup_4 is None or pickup_4 == '': pickup_4 = None
                            else: pickup_4 = structure_bool(pickup_4, bool)
                        obj4 = new_instance(ShippingMethods)
                        obj4.express = express_4
                        obj4.same_city = same_city_4
                        obj4.pickup = pickup_4
                        obj4.extra = extra4
                        address_type_2 = obj4
                    elif address_type_2 is None or address_type_2 == '': address_type_2 = None
                    else: raise GiveUp
                    obj2 = new_instance(ShipFromAddress)
                    obj2.address_info = address_info_2
                    obj2.address_type = address_type_2
                    obj2.extra = extra2
                    list2.append(obj2)
                address_list_0 = list2
        else: raise GiveUp
    elif address_list_0 is None or address_list_0 == '': address_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(ProductSelectRequest)
    obj0.offset = offset_0
    obj0.limit = limit_0
    obj0.max_price = max_price_0
    obj0.min_price = min_price_0
    obj0.min_commission_value = min_commission_value_0
    obj0.min_commission_ratio = min_commission_ratio_0
    obj0.sort_type = sort_type_0
    obj0.has_coupon = has_coupon_0
    obj0.shop_app_ids = shop_app_ids_0
    obj0.category_id = category_id_0
    obj0.category = category_0
    obj0.no_category = no_category_0
    obj0.product_id = product_id_0
    obj0.shipping_methods = shipping_methods_0
    obj0.address_list = address_list_0
    obj0.extra = extra0
    return obj0

def decode_ProductSkuInfo(o: Any, d: int) -> ProductSkuInfo:
    # ProductSkuInfo
    thumb_img_0 = o.get("thumbImg")
    sale_price_0 = o["salePrice"]
    market_price_0 = o["marketPrice"]
    stock_info_0 = o["stockInfo"]
    sku_code_0 = o.get("skuCode")
    extra0 = {} if len(o) == 3 + (thumb_img_0 is not None) + (sku_code_0 is not None) or _KNOWN_ProductSkuInfo.issuperset(o) else unknown_fields(o, _KNOWN_ProductSkuInfo, d)
    if type(thumb_img_0) is not str and thumb_img_0 is not None: thumb_img_0 = structure_str(thumb_img_0, str)
    if type(sale_price_0) is not int:
        if type(sale_price_0) is str and len(sale_price_0) < 20 and sale_price_0.isdigit() and sale_price_0.isascii(): sale_price_0 = int(sale_price_0)
        else: sale_price_0 = structure_int(sale_price_0, int)
    if type(market_price_0) is not int:
        if type(market_price_0) is str and len(market_price_0) < 20 and market_price_0.isdigit() and market_price_0.isascii(): market_price_0 = int(market_price_0)
        else: market_price_0 = structure_int(market_price_0, int)
    stock_info_0 = decode_StockInfo(stock_info_0, d + 1)
    if type(sku_code_0) is not str and sku_code_0 is not None: sku_code_0 = structure_str(sku_code_0, str)
    obj0 = new_instance(ProductSkuInfo)
    obj0.thumb_img = thumb_img_0
    obj0.sale_price = sale_price_0
    obj0.market_price = market_price_0
    obj0.stock_info = stock_info_0
    obj0.sku_code = sku_code_0
    obj0.extra = extra0
    return obj0

def decode_PromotionAddRequest(o: Any, d: int) -> PromotionAddRequest:
    # PromotionAddRequest
    promotion_source_name_0 = o["promotionSourceName"]
    extra0 = {} if len(o) == 1 or _KNOWN_PromotionAddRequest.issuperset(o) else unknown_fields(o, _KNOWN_PromotionAddRequest, d)
    if type(promotion_source_name_0) is not str: promotion_source_name_0 = structure_str(promotion_source_name_0, str)
    obj0 = new_instance(PromotionAddRequest)
    obj0.promotion_source_name = promotion_source_name_0
    obj0.extra = extra0
    return obj0

def decode_PromotionAddResponse(o: Any, d: int) -> PromotionAddResponse:
    # PromotionAddResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    pid_0 = o["pid"]
    extra0 = {} if len(o) == 1 + (errcode_0 is not None) + (errmsg_0 is not None) or _KNOWN_PromotionAddResponse.issuperset(o) else unknown_fields(o, _KNOWN_PromotionAddResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(pid_0) is not str: pid_0 = structure_str(pid_0, str)
    obj0 = new_instance(PromotionAddResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.pid = pid_0
    obj0.extra = extra0
    return obj0

def decode_PromotionDeleteRequest(o: Any, d: int) -> PromotionDeleteRequest:
    # PromotionDeleteRequest
    promotion_source_pid_0 = o["promotionSourcePid"]
    promotion_source_name_0 = o["promotionSourceName"]
    extra0 = {} if len(o) == 2 or _KNOWN_PromotionDeleteRequest.issuperset(o) else unknown_fields(o, _KNOWN_PromotionDeleteRequest, d)
    if type(promotion_source_pid_0) is not str: promotion_source_pid_0 = structure_str(promotion_source_pid_0, str)
    if type(promotion_source_name_0) is not str: promotion_source_name_0 = structure_str(promotion_source_name_0, str)
    obj0 = new_instance(PromotionDeleteRequest)
    obj0.promotion_source_pid = promotion_source_pid_0
    obj0.promotion_source_name = promotion_source_name_0
    obj0.extra = extra0
    return obj0

def decode_PromotionInfo(o: Any, d: int) -> PromotionInfo:
    # PromotionInfo
    promotion_source_name_0 = o["promotionSourceName"]
    extra0 = {} if len(o) == 1 or _KNOWN_PromotionInfo.issuperset(o) else unknown_fields(o, _KNOWN_PromotionInfo, d)
    if type(promotion_source_name_0) is not str: promotion_source_name_0 = structure_str(promotion_source_name_0, str)
    obj0 = new_instance(PromotionInfo)
    obj0.promotion_source_name = promotion_source_name_0
    obj0.extra = extra0
    return obj0

def decode_PromotionListRequest(o: Any, d: int) -> PromotionListRequest:
    # PromotionListRequest
    start_0 = o["start"]
    limit_0 = o["limit"]
    extra0 = {} if len(o) == 2 or _KNOWN_PromotionListRequest.issuperset(o) else unknown_fields(o, _KNOWN_PromotionListRequest, d)
    if type(start_0) is not int:
        if type(start_0) is str and len(start_0) < 20 and start_0.isdigit() and start_0.isascii(): start_0 = int(start_0)
        else: start_0 = structure_int(start_0, int)
    if type(limit_0) is not int:
        if type(limit_0) is str and len(limit_0) < 20 and limit_0.isdigit() and limit_0.isascii(): limit_0 = int(limit_0)
        else: limit_0 = structure_int(limit_0, int)
    obj0 = new_instance(PromotionListRequest)
    obj0.start = start_0
    obj0.limit = limit_0
    obj0.extra = extra0
    return obj0

def decode_PromotionListResponse(o: Any, d: int) -> PromotionListResponse:
    # PromotionListResponse
    errcode_0 = o.get("errcode")
    errmsg_0 = o.get("errmsg")
    total_0 = o["total"]
    promotion_max_cnt_0 = o["promotionMaxCnt"]
    promotion_source_list_0 = o.get("promotionSourceList")
    extra0 = {} if len(o) == 2 + (errcode_0 is not None) + (errmsg_0 is not None) + (promotion_source_list_0 is not None) or _KNOWN_PromotionListResponse.issuperset(o) else unknown_fields(o, _KNOWN_PromotionListResponse, d)
    if type(errcode_0) is not int:
        if type(errcode_0) is str and len(errcode_0) < 20 and errcode_0.isdigit() and errcode_0.isascii(): errcode_0 = int(errcode_0)
        elif errcode_0 is None or errcode_0 == '': errcode_0 = None
        else: errcode_0 = structure_int(errcode_0, int)
    if type(errmsg_0) is not str and errmsg_0 is not None: errmsg_0 = structure_str(errmsg_0, str)
    if type(total_0) is not int:
        if type(total_0) is str and len(total_0) < 20 and total_0.isdigit() and total_0.isascii(): total_0 = int(total_0)
        else: total_0 = structure_int(total_0, int)
    if type(promotion_max_cnt_0) is not int:
        if type(promotion_max_cnt_0) is str and len(promotion_max_cnt_0) < 20 and promotion_max_cnt_0.isdigit() and promotion_max_cnt_0.isascii(): promotion_max_cnt_0 = int(promotion_max_cnt_0)
        else: promotion_max_cnt_0 = structure_int(promotion_max_cnt_0, int)
    if type(promotion_source_list_0) is list:
        if promotion_source_list_0:
            list1 = []
            for each1 in promotion_source_list_0:
                # PromotionSource
                promotion_source_name_1 = each1["promotionSourceName"]
                promotion_source_pid_1 = each1["promotionSourcePid"]
                status_1 = each1.get("status")
                pid_id_1 = each1.get("pidId")
                extra1 = {} if len(each1) == 2 + (status_1 is not None) + (pid_id_1 is not None) or _KNOWN_PromotionSource.issuperset(each1) else unknown_fields(each1, _KNOWN_PromotionSource, d + 2)
                if type(promotion_source_name_1) is not str: promotion_source_name_1 = structure_str(promotion_source_name_1, str)
                if type(promotion_source_pid_1) is not str: promotion_source_pid_1 = structure_str(promotion_source_pid_1, str)
                if type(status_1) is not str and status_1 is not None: status_1 = structure_str(status_1, str)
                if type(pid_id_1) is not str and pid_id_1 is not None: pid_id_1 = structure_str(pid_id_1, str)
                obj1 = new_instance(PromotionSource)
                obj1.promotion_source_name = promotion_source_name_1
                obj1.promotion_source_pid = promotion_source_pid_1
                obj1.status = status_1
                obj1.pid_id = pid_id_1
                obj1.extra = extra1
                list1.append(obj1)
            promotion_source_list_0 = list1
    elif promotion_source_list_0 is None or promotion_source_list_0 == '': promotion_source_list_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(PromotionListResponse)
    obj0.errcode = errcode_0
    obj0.errmsg = errmsg_0
    obj0.total = total_0
    obj0.promotion_max_cnt = promotion_max_cnt_0
    obj0.promotion_source_list = promotion_source_list_0
    obj0.extra = extra0
    return obj0

def decode_PromotionSource(o: Any, d: int) -> PromotionSource:
    # PromotionSource
    promotion_source_name_0 = o["promotionSourceName"]
    promotion_source_pid_0 = o["promotionSourcePid"]
    status_0 = o.get("status")
    pid_id_0 = o.get("pidId")
    extra0 = {} if len(o) == 2 + (status_0 is not None) + (pid_id_0 is not None) or _KNOWN_PromotionSource.issuperset(o) else unknown_fields(o, _KNOWN_PromotionSource, d)
    if type(promotion_source_name_0) is not str: promotion_source_name_0 = structure_str(promotion_source_name_0, str)
    if type(promotion_source_pid_0) is not str: promotion_source_pid_0 = structure_str(promotion_source_pid_0, str)
    if type(status_0) is not str and status_0 is not None: status_0 = structure_str(status_0, str)
    if type(pid_id_0) is not str and pid_id_0 is not None: pid_id_0 = structure_str(pid_id_0, str)
    obj0 = new_instance(PromotionSource)
    obj0.promotion_source_name = promotion_source_name_0
    obj0.promotion_source_pid = promotion_source_pid_0
    obj0.status = status_0
    obj0.pid_id = pid_id_0
    obj0.extra = extra0
    return obj0

def decode_PromotionUpdRequest(o: Any, d: int) -> PromotionUpdRequest:
    # PromotionUpdRequest
    previous_promotion_info_0 = o["previousPromotionInfo"]
    promotion_info_0 = o["promotionInfo"]
    extra0 = {} if len(o) == 2 or _KNOWN_PromotionUpdRequest.issuperset(o) else unknown_fields(o, _KNOWN_PromotionUpdRequest, d)
    # PreviousPromotionInfo
    promotion_source_pid_1 = previous_promotion_info_0["promotionSourcePid"]
    promotion_source_name_1 = previous_promotion_info_0["promotionSourceName"]
    extra1 = {} if len(previous_promotion_info_0) == 2 or _KNOWN_PreviousPromotionInfo.issuperset(previous_promotion_info_0) else unknown_fields(previous_promotion_info_0, _KNOWN_PreviousPromotionInfo, d + 1)
    if type(promotion_source_pid_1) is not str: promotion_source_pid_1 = structure_str(promotion_source_pid_1, str)
    if type(promotion_source_name_1) is not str: promotion_source_name_1 = structure_str(promotion_source_name_1, str)
    obj1 = new_instance(PreviousPromotionInfo)
    obj1.promotion_source_pid = promotion_source_pid_1
    obj1.promotion_source_name = promotion_source_name_1
    obj1.extra = extra1
    previous_promotion_info_0 = obj1
    # PromotionInfo
    promotion_source_name_2 = promotion_info_0["promotionSourceName"]
    extra2 = {} if len(promotion_info_0) == 1 or _KNOWN_PromotionInfo.issuperset(promotion_info_0) else unknown_fields(promotion_info_0, _KNOWN_PromotionInfo, d + 1)
    if type(promotion_source_name_2) is not str: promotion_source_name_2 = structure_str(promotion_source_name_2, str)
    obj2 = new_instance(PromotionInfo)
    obj2.promotion_source_name = promotion_source_name_2
    obj2.extra = extra2
    promotion_info_0 = obj2
    obj0 = new_instance(PromotionUpdRequest)
    obj0.previous_promotion_info = previous_promotion_info_0
    obj0.promotion_info = promotion_info_0
    obj0.extra = extra0
    return obj0

def decode_ReceiveInfo(o: Any, d: int) -> ReceiveInfo:
    # ReceiveInfo
    start_time_0 = o.get("startTime")
    end_time_0 = o.get("endTime")
    limit_num_one_person_0 = o.get("limitNumOnePerson")
    extra0 = {} if len(o) == (start_time_0 is not None) + (end_time_0 is not None) + (limit_num_one_person_0 is not None) or _KNOWN_ReceiveInfo.issuperset(o) else unknown_fields(o, _KNOWN_ReceiveInfo, d)
    if type(start_time_0) is not str and start_time_0 is not None: start_time_0 = structure_str(start_time_0, str)
    if type(end_time_0) is not str and end_time_0 is not None: end_time_0 = structure_str(end_time_0, str)
    if type(limit_num_one_person_0) is not int:
        if type(limit_num_one_person_0) is str and len(limit_num_one_person_0) < 20 and limit_num_one_person_0.isdigit() and limit_num_one_person_0.isascii(): limit_num_one_person_0 = int(limit_num_one_person_0)
        elif limit_num_one_person_0 is None or limit_num_one_person_0 == '': limit_num_one_person_0 = None
        else: limit_num_one_person_0 = structure_int(limit_num_one_person_0, int)
    obj0 = new_instance(ReceiveInfo)
    obj0.start_time = start_time_0
    obj0.end_time = end_time_0
    obj0.limit_num_one_person = limit_num_one_person_0
    obj0.extra = extra0
    return obj0

def decode_SameCityTemplate(o: Any, d: int) -> SameCityTemplate:
    # SameCityTemplate
    deliver_scope_type_0 = o.get("deliverScopeType")
    scope_0 = o.get("scope")
    region_0 = o.get("region")
    extra0 = {} if len(o) == (deliver_scope_type_0 is not None) + (scope_0 is not None) + (region_0 is not None) or _KNOWN_SameCityTemplate.issuperset(o) else unknown_fields(o, _KNOWN_SameCityTemplate, d)
    if type(deliver_scope_type_0) is int and deliver_scope_type_0 in _MEMBERS_DeliverScopeType: deliver_scope_type_0 = _MEMBERS_DeliverScopeType[deliver_scope_type_0]
    elif deliver_scope_type_0 is None or deliver_scope_type_0 == '': deliver_scope_type_0 = None
    else: deliver_scope_type_0 = DeliverScopeType(structure_int(deliver_scope_type_0, int))
    if type(scope_0) is not str and scope_0 is not None: scope_0 = structure_str(scope_0, str)
    if type(region_0) is dict:
        region_0 = decode_AddressInfo(region_0, d + 1)
    elif region_0 is None or region_0 == '': region_0 = None
    else: raise GiveUp
    obj0 = new_instance(SameCityTemplate)
    obj0.deliver_scope_type = deliver_scope_type_0
    obj0.scope = scope_0
    obj0.region = region_0
    obj0.extra = extra0
    return obj0

def decode_ServiceDesc(o: Any, d: int) -> ServiceDesc:
    # ServiceDesc
    service_list_0 = o.get("serviceList")
    desc_0 = o.get("desc")
    extra0 = {} if len(o) == (service_list_0 is not None) + (desc_0 is not None) or _KNOWN_ServiceDesc.issuperset(o) else unknown_fields(o, _KNOWN_ServiceDesc, d)
    if type(service_list_0) is list:
        if service_list_0: check_untyped(service_list_0, d + 1)
    elif service_list_0 is None or service_list_0 == '': service_list_0 = UnsetList()
    else: raise GiveUp
    if type(desc_0) is not str and desc_0 is not None: desc_0 = structure_str(desc_0, str)
    obj0 = new_instance(ServiceDesc)
    obj0.service_list = service_list_0
    obj0.desc = desc_0
    obj0.extra = extra0
    return obj0

def decode_ShareInfo(o: Any, d: int) -> ShareInfo:
    # ShareInfo
    app_id_0 = o["appId"]
    username_0 = o.get("username")
    path_0 = o["path"]
    coupon_path_0 = o.get("couponPath")
    wxa_code_0 = o.get("wxaCode")
    coupon_wxa_code_0 = o.get("couponWxaCode")
    promotion_url_0 = o["promotionUrl"]
    coupon_promotion_url_0 = o.get("couponPromotionUrl")
    promotion_wording_0 = o.get("promotionWording")
    coupon_promotion_wording_0 = o.get("couponPromotionWording")
    promotion_tag_0 = o.get("promotionTag")
    coupon_promotion_tag_0 = o.get("couponPromotionTag")
    extra0 = {} if len(o) == 3 + (username_0 is not None) + (coupon_path_0 is not None) + (wxa_code_0 is not None) + (coupon_wxa_code_0 is not None) + (coupon_promotion_url_0 is not None) + (promotion_wording_0 is not None) + (coupon_promotion_wording_0 is not None) + (promotion_tag_0 is not None) + (coupon_promotion_tag_0 is not None) or _KNOWN_ShareInfo.issuperset(o) else unknown_fields(o, _KNOWN_ShareInfo, d)
    if type(app_id_0) is not str: app_id_0 = structure_str(app_id_0, str)
    if type(username_0) is not str and username_0 is not None: username_0 = structure_str(username_0, str)
    if type(path_0) is not str: path_0 = structure_str(path_0, str)
    if type(coupon_path_0) is not str and coupon_path_0 is not None: coupon_path_0 = structure_str(coupon_path_0, str)
    if type(wxa_code_0) is not str and wxa_code_0 is not None: wxa_code_0 = structure_str(wxa_code_0, str)
    if type(coupon_wxa_code_0) is not str and coupon_wxa_code_0 is not None: coupon_wxa_code_0 = structure_str(coupon_wxa_code_0, str)
    if type(promotion_url_0) is not str: promotion_url_0 = structure_str(promotion_url_0, str)
    if type(coupon_promotion_url_0) is not str and coupon_promotion_url_0 is not None: coupon_promotion_url_0 = structure_str(coupon_promotion_url_0, str)
    if type(promotion_wording_0) is not str and promotion_wording_0 is not None: promotion_wording_0 = structure_str(promotion_wording_0, str)
    if type(coupon_promotion_wording_0) is not str and coupon_promotion_wording_0 is not None: coupon_promotion_wording_0 = structure_str(coupon_promotion_wording_0, str)
    if type(promotion_tag_0) is not str and promotion_tag_0 is not None: promotion_tag_0 = structure_str(promotion_tag_0, str)
    if type(coupon_promotion_tag_0) is not str and coupon_promotion_tag_0 is not None: coupon_promotion_tag_0 = structure_str(coupon_promotion_tag_0, str)
    obj0 = new_instance(ShareInfo)
    obj0.app_id = app_id_0
    obj0.username = username_0
    obj0.path = path_0
    obj0.coupon_path = coupon_path_0
    obj0.wxa_code = wxa_code_0
    obj0.coupon_wxa_code = coupon_wxa_code_0
    obj0.promotion_url = promotion_url_0
    obj0.coupon_promotion_url = coupon_promotion_url_0
    obj0.promotion_wording = promotion_wording_0
    obj0.coupon_promotion_wording = coupon_promotion_wording_0
    obj0.promotion_tag = promotion_tag_0
    obj0.coupon_promotion_tag = coupon_promotion_tag_0
    obj0.extra = extra0
    return obj0

def decode_ShipFromAddress(o: Any, d: int) -> ShipFromAddress:
    # ShipFromAddress
    address_info_0 = o["addressInfo"]
    address_type_0 = o.get("addressType")
    extra0 = {} if len(o) == 1 + (address_type_0 is not None) or _KNOWN_ShipFromAddress.issuperset(o) else unknown_fields(o, _KNOWN_ShipFromAddress, d)
    address_info_0 = decode_AddressInfo(address_info_0, d + 1)
    if type(address_type_0) is dict:
        address_type_0 = decode_ShippingMethods(address_type_0, d + 1)
    elif address_type_0 is None or address_type_0 == '': address_type_0 = None
    else: raise GiveUp
    obj0 = new_instance(ShipFromAddress)
    obj0.address_info = address_info_0
    obj0.address_type = address_type_0
    obj0.extra = extra0
    return obj0

def decode_ShippingMethods(o: Any, d: int) -> ShippingMethods:
    # ShippingMethods
    express_0 = o.get("express")
    same_city_0 = o.get("sameCity")
    pickup_0 = o.get("pickup")
    extra0 = {} if len(o) == (express_0 is not None) + (same_city_0 is not None) + (pickup_0 is not None) or _KNOWN_ShippingMethods.issuperset(o) else unknown_fields(o, _KNOWN_ShippingMethods, d)
    if type(express_0) is not bool:
        if type(express_0) is int and (express_0 == 0 or express_0 == 1): express_0 = express_0 == 1
        elif express_0 is None or express_0 == '': express_0 = None
        else: express_0 = structure_bool(express_0, bool)
    if type(same_city_0) is not bool:
        if type(same_city_0) is int and (same_city_0 == 0 or same_city_0 == 1): same_city_0 = same_city_0 == 1
        elif same_city_0 is None or same_city_0 == '': same_city_0 = None
        else: same_city_0 = structure_bool(same_city_0, bool)
    if type(pickup_0) is not bool:
        if type(pickup_0) is int and (pickup_0 == 0 or pickup_0 == 1): pickup_0 = pickup_0 == 1
        elif pickup_0 is None or pickup_0 == '': pickup_0 = None
        else: pickup_0 = structure_bool(pickup_0, bool)
    obj0 = new_instance(ShippingMethods)
    obj0.express = express_0
    obj0.same_city = same_city_0
    obj0.pickup = pickup_0
    obj0.extra = extra0
    return obj0

def decode_ShopInfo(o: Any, d: int) -> ShopInfo:
    # ShopInfo
    app_id_0 = o.get("appId")
    name_0 = o["name"]
    username_0 = o.get("username")
    head_img_url_0 = o["headImgUrl"]
    shipping_methods_0 = o.get("shippingMethods")
    address_list_0 = o.get("addressList")
    same_city_template_0 = o.get("sameCityTemplate")
    freight_template_0 = o.get("freightTemplate")
    extra0 = {} if len(o) == 2 + (app_id_0 is not None) + (username_0 is not None) + (shipping_methods_0 is not None) + (address_list_0 is not None) + (same_city_template_0 is not None) + (freight_template_0 is not None) or _KNOWN_ShopInfo.issuperset(o) else unknown_fields(o, _KNOWN_ShopInfo, d)
    if type(app_id_0) is not str and app_id_0 is not None: app_id_0 = structure_str(app_id_0, str)
    if type(name_0) is not str: name_0 = structure_str(name_0, str)
    if type(username_0) is not str and username_0 is not None: username_0 = structure_str(username_0, str)
    if type(head_img_url_0) is not str: head_img_url_0 = structure_str(head_img_url_0, str)
    if type(shipping_methods_0) is dict:
        shipping_methods_0 = decode_ShippingMethods(shipping_methods_0, d + 1)
    elif shipping_methods_0 is None or shipping_methods_0 == '': shipping_methods_0 = None
    else: raise GiveUp
    if type(address_list_0) is list:
        if address_list_0: address_list_0 = [decode_ShipFromAddress(e, d + 2) for e in address_list_0]
    elif address_list_0 is None or address_list_0 == '': address_list_0 = UnsetList()
    else: raise GiveUp
    if type(same_city_template_0) is dict:
        same_city_template_0 = decode_SameCityTemplate(same_city_template_0, d + 1)
    elif same_city_template_0 is None or same_city_template_0 == '': same_city_template_0 = None
    else: raise GiveUp
    if type(freight_template_0) is dict:
        freight_template_0 = decode_FreightTemplate(freight_template_0, d + 1)
    elif freight_template_0 is None or freight_template_0 == '': freight_template_0 = None
    else: raise GiveUp
    obj0 = new_instance(ShopInfo)
    obj0.app_id = app_id_0
    obj0.name = name_0
    obj0.username = username_0
    obj0.head_img_url = head_img_url_0
    obj0.shipping_methods = shipping_methods_0
    obj0.address_list = address_list_0
    obj0.same_city_template = same_city_template_0
    obj0.freight_template = freight_template_0
    obj0.extra = extra0
    return obj0

def decode_Sku(o: Any, d: int) -> Sku:
    # Sku
    sku_id_0 = o["skuId"]
    product_sku_info_0 = o["productSkuInfo"]
    status_0 = o.get("status")
    extra0 = {} if len(o) == 2 + (status_0 is not None) or _KNOWN_Sku.issuperset(o) else unknown_fields(o, _KNOWN_Sku, d)
    if type(sku_id_0) is not str: sku_id_0 = structure_str(sku_id_0, str)
    product_sku_info_0 = decode_ProductSkuInfo(product_sku_info_0, d + 1)
    if type(status_0) is not int:
        if type(status_0) is str and len(status_0) < 20 and status_0.isdigit() and status_0.isascii(): status_0 = int(status_0)
        elif status_0 is None or status_0 == '': status_0 = None
        else: status_0 = structure_int(status_0, int)
    obj0 = new_instance(Sku)
    obj0.sku_id = sku_id_0
    obj0.product_sku_info = product_sku_info_0
    obj0.status = status_0
    obj0.extra = extra0
    return obj0

def decode_SkuIdList(o: Any, d: int) -> SkuIdList:
    # SkuIdList
    sku_ids_0 = o.get("skuIds")
    extra0 = {} if len(o) == (sku_ids_0 is not None) or _KNOWN_SkuIdList.issuperset(o) else unknown_fields(o, _KNOWN_SkuIdList, d)
    if type(sku_ids_0) is list:
        for each1 in sku_ids_0:
            if type(each1) is not str:
                sku_ids_0 = [e if type(e) is str else structure_str(e, str) for e in sku_ids_0]
                break
    elif sku_ids_0 is None or sku_ids_0 == '': sku_ids_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(SkuIdList)
    obj0.sku_ids = sku_ids_0
    obj0.extra = extra0
    return obj0

def decode_SkuList(o: Any, d: int) -> SkuList:
    # SkuList
    sku_info_0 = o.get("skuInfo")
    min_price_0 = o.get("minPrice")
    max_price_0 = o.get("maxPrice")
    extra0 = {} if len(o) == (sku_info_0 is not None) + (min_price_0 is not None) + (max_price_0 is not None) or _KNOWN_SkuList.issuperset(o) else unknown_fields(o, _KNOWN_SkuList, d)
    if type(sku_info_0) is list:
        if sku_info_0: sku_info_0 = [decode_SkuPrice(e, d + 2) for e in sku_info_0]
    elif sku_info_0 is None or sku_info_0 == '': sku_info_0 = UnsetList()
    else: raise GiveUp
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        elif min_price_0 is None or min_price_0 == '': min_price_0 = None
        else: min_price_0 = structure_int(min_price_0, int)
    if type(max_price_0) is not int:
        if type(max_price_0) is str and len(max_price_0) < 20 and max_price_0.isdigit() and max_price_0.isascii(): max_price_0 = int(max_price_0)
        elif max_price_0 is None or max_price_0 == '': max_price_0 = None
        else: max_price_0 = structure_int(max_price_0, int)
    obj0 = new_instance(SkuList)
    obj0.sku_info = sku_info_0
    obj0.min_price = min_price_0
    obj0.max_price = max_price_0
    obj0.extra = extra0
    return obj0

def decode_SkuPrice(o: Any, d: int) -> SkuPrice:
    # SkuPrice
    sku_id_0 = o.get("skuId")
    price_0 = o.get("price")
    extra0 = {} if len(o) == (sku_id_0 is not None) + (price_0 is not None) or _KNOWN_SkuPrice.issuperset(o) else unknown_fields(o, _KNOWN_SkuPrice, d)
    if type(sku_id_0) is not str and sku_id_0 is not None: sku_id_0 = structure_str(sku_id_0, str)
    if type(price_0) is not int:
        if type(price_0) is str and len(price_0) < 20 and price_0.isdigit() and price_0.isascii(): price_0 = int(price_0)
        elif price_0 is None or price_0 == '': price_0 = None
        else: price_0 = structure_int(price_0, int)
    obj0 = new_instance(SkuPrice)
    obj0.sku_id = sku_id_0
    obj0.price = price_0
    obj0.extra = extra0
    return obj0

def decode_SnapshotInfo(o: Any, d: int) -> SnapshotInfo:
    # SnapshotInfo
    snapshot_id_0 = o.get("snapshotId")
    extra0 = {} if len(o) == (snapshot_id_0 is not None) or _KNOWN_SnapshotInfo.issuperset(o) else unknown_fields(o, _KNOWN_SnapshotInfo, d)
    if type(snapshot_id_0) is not str and snapshot_id_0 is not None: snapshot_id_0 = structure_str(snapshot_id_0, str)
    obj0 = new_instance(SnapshotInfo)
    obj0.snapshot_id = snapshot_id_0
    obj0.extra = extra0
    return obj0

def decode_SpuLimited(o: Any, d: int) -> SpuLimited:
    # SpuLimited
    period_type_0 = o.get("periodType")
    limited_buy_num_0 = o.get("limitedBuyNum")
    extra0 = {} if len(o) == (period_type_0 is not None) + (limited_buy_num_0 is not None) or _KNOWN_SpuLimited.issuperset(o) else unknown_fields(o, _KNOWN_SpuLimited, d)
    if type(period_type_0) is not int:
        if type(period_type_0) is str and len(period_type_0) < 20 and period_type_0.isdigit() and period_type_0.isascii(): period_type_0 = int(period_type_0)
        elif period_type_0 is None or period_type_0 == '': period_type_0 = None
        else: period_type_0 = structure_int(period_type_0, int)
    if type(limited_buy_num_0) is not int:
        if type(limited_buy_num_0) is str and len(limited_buy_num_0) < 20 and limited_buy_num_0.isdigit() and limited_buy_num_0.isascii(): limited_buy_num_0 = int(limited_buy_num_0)
        elif limited_buy_num_0 is None or limited_buy_num_0 == '': limited_buy_num_0 = None
        else: limited_buy_num_0 = structure_int(limited_buy_num_0, int)
    obj0 = new_instance(SpuLimited)
    obj0.period_type = period_type_0
    obj0.limited_buy_num = limited_buy_num_0
    obj0.extra = extra0
    return obj0

def decode_StableTokenRequest(o: Any, d: int) -> StableTokenRequest:
    # StableTokenRequest
    grant_type_0 = o["grant_type"]
    appid_0 = o["appid"]
    secret_0 = o["secret"]
    force_refresh_0 = o.get("force_refresh", False)
    extra0 = {} if _KNOWN_StableTokenRequest.issuperset(o) else unknown_fields(o, _KNOWN_StableTokenRequest, d)
    if type(grant_type_0) is str and grant_type_0 in _MEMBERS_GrantType: grant_type_0 = _MEMBERS_GrantType[grant_type_0]
    elif type(grant_type_0) is str: grant_type_0 = GrantType(grant_type_0)
    else: raise GiveUp
    if type(appid_0) is not str: appid_0 = structure_str(appid_0, str)
    if type(secret_0) is not str: secret_0 = structure_str(secret_0, str)
    if type(force_refresh_0) is not bool:
        if type(force_refresh_0) is int and (force_refresh_0 == 0 or force_refresh_0 == 1): force_refresh_0 = force_refresh_0 == 1
        elif force_refresh_0 is None or force_refresh_0 == '': force_refresh_0 = None
        else: force_refresh_0 = structure_bool(force_refresh_0, bool)
    obj0 = new_instance(StableTokenRequest)
    obj0.grant_type = grant_type_0
    obj0.appid = appid_0
    obj0.secret = secret_0
    obj0.force_refresh = force_refresh_0
    obj0.extra = extra0
    return obj0

def decode_StockInfo(o: Any, d: int) -> StockInfo:
    # StockInfo
    stock_num_0 = o["stockNum"]
    extra0 = {} if len(o) == 1 or _KNOWN_StockInfo.issuperset(o) else unknown_fields(o, _KNOWN_StockInfo, d)
    if type(stock_num_0) is not int:
        if type(stock_num_0) is str and len(stock_num_0) < 20 and stock_num_0.isdigit() and stock_num_0.isascii(): stock_num_0 = int(stock_num_0)
        else: stock_num_0 = structure_int(stock_num_0, int)
    obj0 = new_instance(StockInfo)
    obj0.stock_num = stock_num_0
    obj0.extra = extra0
    return obj0

def decode_TargetPlanInfo(o: Any, d: int) -> TargetPlanInfo:
    # TargetPlanInfo
    plan_id_0 = o["planId"]
    plan_status_0 = o["planStatus"]
    plan_name_0 = o["planName"]
    plan_desc_0 = o["planDesc"]
    plan_start_time_0 = o["planStartTime"]
    plan_end_time_0 = o["planEndTime"]
    ext_info_0 = o.get("extInfo")
    extra0 = {} if len(o) == 6 + (ext_info_0 is not None) or _KNOWN_TargetPlanInfo.issuperset(o) else unknown_fields(o, _KNOWN_TargetPlanInfo, d)
    if type(plan_id_0) is not str: plan_id_0 = structure_str(plan_id_0, str)
    if type(plan_status_0) is int and plan_status_0 in _MEMBERS_PlanStatus: plan_status_0 = _MEMBERS_PlanStatus[plan_status_0]
    else: plan_status_0 = PlanStatus(structure_int(plan_status_0, int))
    if type(plan_name_0) is not str: plan_name_0 = structure_str(plan_name_0, str)
    if type(plan_desc_0) is not str: plan_desc_0 = structure_str(plan_desc_0, str)
    if type(plan_start_time_0) is not int:
        if type(plan_start_time_0) is str and len(plan_start_time_0) < 20 and plan_start_time_0.isdigit() and plan_start_time_0.isascii(): plan_start_time_0 = int(plan_start_time_0)
        else: plan_start_time_0 = structure_int(plan_start_time_0, int)
    if type(plan_end_time_0) is not int:
        if type(plan_end_time_0) is str and len(plan_end_time_0) < 20 and plan_end_time_0.isdigit() and plan_end_time_0.isascii(): plan_end_time_0 = int(plan_end_time_0)
        else: plan_end_time_0 = structure_int(plan_end_time_0, int)
    if type(ext_info_0) is dict:
        ext_info_0 = decode_ExtInfo(ext_info_0, d + 1)
    elif ext_info_0 is None or ext_info_0 == '': ext_info_0 = None
    else: raise GiveUp
    obj0 = new_instance(TargetPlanInfo)
    obj0.plan_id = plan_id_0
    obj0.plan_status = plan_status_0
    obj0.plan_name = plan_name_0
    obj0.plan_desc = plan_desc_0
    obj0.plan_start_time = plan_start_time_0
    obj0.plan_end_time = plan_end_time_0
    obj0.ext_info = ext_info_0
    obj0.extra = extra0
    return obj0

def decode_TokenRequest(o: Any, d: int) -> TokenRequest:
    # TokenRequest
    grant_type_0 = o["grant_type"]
    appid_0 = o["appid"]
    secret_0 = o["secret"]
    extra0 = {} if len(o) == 3 or _KNOWN_TokenRequest.issuperset(o) else unknown_fields(o, _KNOWN_TokenRequest, d)
    if type(grant_type_0) is str and grant_type_0 in _MEMBERS_GrantType: grant_type_0 = _MEMBERS_GrantType[grant_type_0]
    elif type(grant_type_0) is str: grant_type_0 = GrantType(grant_type_0)
    else: raise GiveUp
    if type(appid_0) is not str: appid_0 = structure_str(appid_0, str)
    if type(secret_0) is not str: secret_0 = structure_str(secret_0, str)
    obj0 = new_instance(TokenRequest)
    obj0.grant_type = grant_type_0
    obj0.appid = appid_0
    obj0.secret = secret_0
    obj0.extra = extra0
    return obj0

def decode_UnionOrder(o: Any, d: int) -> UnionOrder:
    # UnionOrder
    order_id_0 = o["orderId"]
    pay_time_0 = o["payTime"]
    confirm_receipt_time_0 = o.get("confirmReceiptTime")
    shop_name_0 = o.get("shopName")
    shop_appid_0 = o.get("shopAppid")
    product_list_0 = o.get("productList")
    customize_info_0 = o.get("customizeInfo")
    custom_user_id_0 = o.get("customUserId")
    user_nick_name_0 = o.get("userNickName")
    order_price_0 = o.get("orderPrice")
    extra0 = {} if len(o) == 2 + (confirm_receipt_time_0 is not None) + (shop_name_0 is not None) + (shop_appid_0 is not None) + (product_list_0 is not None) + (customize_info_0 is not None) + (custom_user_id_0 is not None) + (user_nick_name_0 is not None) + (order_price_0 is not None) or _KNOWN_UnionOrder.issuperset(o) else unknown_fields(o, _KNOWN_UnionOrder, d)
    if type(order_id_0) is not str: order_id_0 = structure_str(order_id_0, str)
    if type(pay_time_0) is not int:
        if type(pay_time_0) is str and len(pay_time_0) < 20 and pay_time_0.isdigit() and pay_time_0.isascii(): pay_time_0 = int(pay_time_0)
        else: pay_time_0 = structure_int(pay_time_0, int)
    if type(confirm_receipt_time_0) is not int:
        if type(confirm_receipt_time_0) is str and len(confirm_receipt_time_0) < 20 and confirm_receipt_time_0.isdigit() and confirm_receipt_time_0.isascii(): confirm_receipt_time_0 = int(confirm_receipt_time_0)
        elif confirm_receipt_time_0 is None or confirm_receipt_time_0 == '': confirm_receipt_time_0 = None
        else: confirm_receipt_time_0 = structure_int(confirm_receipt_time_0, int)
    if type(shop_name_0) is not str and shop_name_0 is not None: shop_name_0 = structure_str(shop_name_0, str)
    if type(shop_appid_0) is not str and shop_appid_0 is not None: shop_appid_0 = structure_str(shop_appid_0, str)
    if type(product_list_0) is list:
        if product_list_0: product_list_0 = [decode_OrderProduct(e, d + 2) for e in product_list_0]
    elif product_list_0 is None or product_list_0 == '': product_list_0 = UnsetList()
    else: raise GiveUp
    if type(customize_info_0) is not str and customize_info_0 is not None: customize_info_0 = structure_str(customize_info_0, str)
    if type(custom_user_id_0) is not str and custom_user_id_0 is not None: custom_user_id_0 = structure_str(custom_user_id_0, str)
    if type(user_nick_name_0) is not str and user_nick_name_0 is not None: user_nick_name_0 = structure_str(user_nick_name_0, str)
    if type(order_price_0) is not str and order_price_0 is not None: order_price_0 = structure_str(order_price_0, str)
    obj0 = new_instance(UnionOrder)
    obj0.order_id = order_id_0
    obj0.pay_time = pay_time_0
    obj0.confirm_receipt_time = confirm_receipt_time_0
    obj0.shop_name = shop_name_0
    obj0.shop_appid = shop_appid_0
    obj0.product_list = product_list_0
    obj0.customize_info = customize_info_0
    obj0.custom_user_id = custom_user_id_0
    obj0.user_nick_name = user_nick_name_0
    obj0.order_price = order_price_0
    obj0.extra = extra0
    return obj0

def decode_UnionProduct(o: Any, d: int) -> UnionProduct:
    # UnionProduct
    product_id_0 = o["productId"]
    app_id_0 = o.get("appId")
    product_0 = o["product"]
    league_ex_info_0 = o["leagueExInfo"]
    shop_info_0 = o["shopInfo"]
    coupon_info_0 = o.get("couponInfo")
    extra0 = {} if len(o) == 4 + (app_id_0 is not None) + (coupon_info_0 is not None) or _KNOWN_UnionProduct.issuperset(o) else unknown_fields(o, _KNOWN_UnionProduct, d)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    if type(app_id_0) is not str and app_id_0 is not None: app_id_0 = structure_str(app_id_0, str)
    product_0 = decode_UnionProductDetail(product_0, d + 1)
    league_ex_info_0 = decode_LeagueExInfo(league_ex_info_0, d + 1)
    shop_info_0 = decode_ShopInfo(shop_info_0, d + 1)
    if type(coupon_info_0) is dict:
        coupon_info_0 = decode_CouponInfo(coupon_info_0, d + 1)
    elif coupon_info_0 is None or coupon_info_0 == '': coupon_info_0 = None
    else: raise GiveUp
    obj0 = new_instance(UnionProduct)
    obj0.product_id = product_id_0
    obj0.app_id = app_id_0
    obj0.product = product_0
    obj0.league_ex_info = league_ex_info_0
    obj0.shop_info = shop_info_0
    obj0.coupon_info = coupon_info_0
    obj0.extra = extra0
    return obj0

def decode_UnionProductDetail(o: Any, d: int) -> UnionProductDetail:
    # UnionProductDetail
    product_id_0 = o["productId"]
    status_0 = o["status"]
    info_0 = o["info"]
    skus_0 = o.get("skus")
    extra0 = {} if len(o) == 3 + (skus_0 is not None) or _KNOWN_UnionProductDetail.issuperset(o) else unknown_fields(o, _KNOWN_UnionProductDetail, d)
    if type(product_id_0) is not str: product_id_0 = structure_str(product_id_0, str)
    if type(status_0) is not int:
        if type(status_0) is str and len(status_0) < 20 and status_0.isdigit() and status_0.isascii(): status_0 = int(status_0)
        else: status_0 = structure_int(status_0, int)
    info_0 = decode_UnionProductInfo(info_0, d + 1)
    if type(skus_0) is list:
        if skus_0: skus_0 = [decode_Sku(e, d + 2) for e in skus_0]
    elif skus_0 is None or skus_0 == '': skus_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(UnionProductDetail)
    obj0.product_id = product_id_0
    obj0.status = status_0
    obj0.info = info_0
    obj0.skus = skus_0
    obj0.extra = extra0
    return obj0

def decode_UnionProductInfo(o: Any, d: int) -> UnionProductInfo:
    # UnionProductInfo
    title_0 = o["title"]
    sub_title_0 = o.get("subTitle")
    head_img_0 = o.get("headImg")
    category_0 = o.get("category")
    brand_0 = o.get("brand")
    brand_id_0 = o.get("brandId")
    model_0 = o.get("model")
    detail_0 = o.get("detail")
    param_0 = o.get("param")
    min_price_0 = o["minPrice"]
    express_info_0 = o.get("expressInfo")
    total_stock_num_0 = o["totalStockNum"]
    total_sold_num_0 = o.get("totalSoldNum")
    total_order_num_0 = o.get("totalOrderNum")
    discount_price_0 = o.get("discountPrice")
    discount_0 = o.get("discount")
    extra0 = {} if len(o) == 3 + (sub_title_0 is not None) + (head_img_0 is not None) + (category_0 is not None) + (brand_0 is not None) + (brand_id_0 is not None) + (model_0 is not None) + (detail_0 is not None) + (param_0 is not None) + (express_info_0 is not None) + (total_sold_num_0 is not None) + (total_order_num_0 is not None) + (discount_price_0 is not None) + (discount_0 is not None) or _KNOWN_UnionProductInfo.issuperset(o) else unknown_fields(o, _KNOWN_UnionProductInfo, d)
    if type(title_0) is not str: title_0 = structure_str(title_0, str)
    if type(sub_title_0) is not str and sub_title_0 is not None: sub_title_0 = structure_str(sub_title_0, str)
    if type(head_img_0) is list:
        for each1 in head_img_0:
            if type(each1) is not str:
                head_img_0 = [e if type(e) is str else structure_str(e, str) for e in head_img_0]
                break
    elif head_img_0 is None or head_img_0 == '': head_img_0 = UnsetList()
    else: raise GiveUp
    if type(category_0) is list:
        if category_0: category_0 = [decode_Category(e, d + 2) for e in category_0]
    elif category_0 is None or category_0 == '': category_0 = UnsetList()
    else: raise GiveUp
    if type(brand_0) is not str and brand_0 is not None: brand_0 = structure_str(brand_0, str)
    if type(brand_id_0) is not str and brand_id_0 is not None: brand_id_0 = structure_str(brand_id_0, str)
    if type(model_0) is not str and model_0 is not None: model_0 = structure_str(model_0, str)
    if type(detail_0) is dict:
        detail_0 = decode_ProductDetail(detail_0, d + 1)
    elif detail_0 is None or detail_0 == '': detail_0 = None
    else: raise GiveUp
    if type(param_0) is list:
        if param_0: param_0 = [decode_ProductParam(e, d + 2) for e in param_0]
    elif param_0 is None or param_0 == '': param_0 = UnsetList()
    else: raise GiveUp
    if type(min_price_0) is not int:
        if type(min_price_0) is str and len(min_price_0) < 20 and min_price_0.isdigit() and min_price_0.isascii(): min_price_0 = int(min_price_0)
        else: min_price_0 = structure_int(min_price_0, int)
    if type(express_info_0) is dict:
        express_info_0 = decode_ExpressInfo(express_info_0, d + 1)
    elif express_info_0 is None or express_info_0 == '': express_info_0 = None
    else: raise GiveUp
    if type(total_stock_num_0) is not int:
        if type(total_stock_num_0) is str and len(total_stock_num_0) < 20 and total_stock_num_0.isdigit() and total_stock_num_0.isascii(): total_stock_num_0 = int(total_stock_num_0)
        else: total_stock_num_0 = structure_int(total_stock_num_0, int)
    if type(total_sold_num_0) is not int:
        if type(total_sold_num_0) is str and len(total_sold_num_0) < 20 and total_sold_num_0.isdigit() and total_sold_num_0.isascii(): total_sold_num_0 = int(total_sold_num_0)
        elif total_sold_num_0 is None or total_sold_num_0 == '': total_sold_num_0 = None
        else: total_sold_num_0 = structure_int(total_sold_num_0, int)
    if type(total_order_num_0) is not int:
        if type(total_order_num_0) is str and len(total_order_num_0) < 20 and total_order_num_0.isdigit() and total_order_num_0.isascii(): total_order_num_0 = int(total_order_num_0)
        elif total_order_num_0 is None or total_order_num_0 == '': total_order_num_0 = None
        else: total_order_num_0 = structure_int(total_order_num_0, int)
    if type(discount_price_0) is not int:
        if type(discount_price_0) is str and len(discount_price_0) < 20 and discount_price_0.isdigit() and discount_price_0.isascii(): discount_price_0 = int(discount_price_0)
        elif discount_price_0 is None or discount_price_0 == '': discount_price_0 = None
        else: discount_price_0 = structure_int(discount_price_0, int)
    if type(discount_0) is not int:
        if type(discount_0) is str and len(discount_0) < 20 and discount_0.isdigit() and discount_0.isascii(): discount_0 = int(discount_0)
        elif discount_0 is None or discount_0 == '': discount_0 = None
        else: discount_0 = structure_int(discount_0, int)
    obj0 = new_instance(UnionProductInfo)
    obj0.title = title_0
    obj0.sub_title = sub_title_0
    obj0.head_img = head_img_0
    obj0.category = category_0
    obj0.brand = brand_0
    obj0.brand_id = brand_id_0
    obj0.model = model_0
    obj0.detail = detail_0
    obj0.param = param_0
    obj0.min_price = min_price_0
    obj0.express_info = express_info_0
    obj0.total_stock_num = total_stock_num_0
    obj0.total_sold_num = total_sold_num_0
    obj0.total_order_num = total_order_num_0
    obj0.discount_price = discount_price_0
    obj0.discount = discount_0
    obj0.extra = extra0
    return obj0

def decode_ValidInfo(o: Any, d: int) -> ValidInfo:
    # ValidInfo
    valid_type_0 = o.get("validType")
    valid_day_num_0 = o.get("validDayNum")
    start_time_0 = o.get("startTime")
    end_time_0 = o.get("endTime")
    extra0 = {} if len(o) == (valid_type_0 is not None) + (valid_day_num_0 is not None) + (start_time_0 is not None) + (end_time_0 is not None) or _KNOWN_ValidInfo.issuperset(o) else unknown_fields(o, _KNOWN_ValidInfo, d)
    if type(valid_type_0) is int and valid_type_0 in _MEMBERS_ValidType: valid_type_0 = _MEMBERS_ValidType[valid_type_0]
    elif valid_type_0 is None or valid_type_0 == '': valid_type_0 = None
    else: valid_type_0 = ValidType(structure_int(valid_type_0, int))
    if type(valid_day_num_0) is not int:
        if type(valid_day_num_0) is str and len(valid_day_num_0) < 20 and valid_day_num_0.isdigit() and valid_day_num_0.isascii(): valid_day_num_0 = int(valid_day_num_0)
        elif valid_day_num_0 is None or valid_day_num_0 == '': valid_day_num_0 = None
        else: valid_day_num_0 = structure_int(valid_day_num_0, int)
    if type(start_time_0) is not str and start_time_0 is not None: start_time_0 = structure_str(start_time_0, str)
    if type(end_time_0) is not str and end_time_0 is not None: end_time_0 = structure_str(end_time_0, str)
    obj0 = new_instance(ValidInfo)
    obj0.valid_type = valid_type_0
    obj0.valid_day_num = valid_day_num_0
    obj0.start_time = start_time_0
    obj0.end_time = end_time_0
    obj0.extra = extra0
    return obj0


#: Every model of the package -> its decoder (promosdk._fast_decode.fast_decoder).
DECODERS: dict[type[Any], Callable[[Any, int], Any]] = {
    AccessTokenResponse: decode_AccessTokenResponse,
    AddCustomizeInfoRequest: decode_AddCustomizeInfoRequest,
    AddressInfo: decode_AddressInfo,
    ApplyStatusData: decode_ApplyStatusData,
    ApplyStatusRequest: decode_ApplyStatusRequest,
    ApplyStatusResponse: decode_ApplyStatusResponse,
    ApplyTargetRequest: decode_ApplyTargetRequest,
    BizBasicInfo: decode_BizBasicInfo,
    Category: decode_Category,
    CouponDetail: decode_CouponDetail,
    CouponInfo: decode_CouponInfo,
    DeleteCustomizeInfoRequest: decode_DeleteCustomizeInfoRequest,
    DiscountCondition: decode_DiscountCondition,
    DiscountInfo: decode_DiscountInfo,
    ErrcodeResponse: decode_ErrcodeResponse,
    ExpressInfo: decode_ExpressInfo,
    ExtInfo: decode_ExtInfo,
    FreightTemplate: decode_FreightTemplate,
    GenerateProductItem: decode_GenerateProductItem,
    GeneratedProductInfo: decode_GeneratedProductInfo,
    GetCustomizeInfoRequest: decode_GetCustomizeInfoRequest,
    GetCustomizeInfoResponse: decode_GetCustomizeInfoResponse,
    GroupbuyInfo: decode_GroupbuyInfo,
    LeagueExInfo: decode_LeagueExInfo,
    NormalOrder: decode_NormalOrder,
    NormalOrderInfo: decode_NormalOrderInfo,
    NormalOrderProduct: decode_NormalOrderProduct,
    NormalOrderSearchResponse: decode_NormalOrderSearchResponse,
    NormalOrderShop: decode_NormalOrderShop,
    NotSendArea: decode_NotSendArea,
    OpenAccountBindRequest: decode_OpenAccountBindRequest,
    OpenAccountGetRequest: decode_OpenAccountGetRequest,
    OpenAccountGetResponse: decode_OpenAccountGetResponse,
    OpenGeneratedProductInfo: decode_OpenGeneratedProductInfo,
    OpenProduct: decode_OpenProduct,
    OpenProductDetail: decode_OpenProductDetail,
    OpenProductGenerateRequest: decode_OpenProductGenerateRequest,
    OpenProductGenerateResponse: decode_OpenProductGenerateResponse,
    OpenProductInfo: decode_OpenProductInfo,
    OpenProductListRequest: decode_OpenProductListRequest,
    OpenProductListResponse: decode_OpenProductListResponse,
    OpenProductPromotion: decode_OpenProductPromotion,
    OpenProductSku: decode_OpenProductSku,
    OpenProductSkuInfo: decode_OpenProductSkuInfo,
    OpenShareInfo: decode_OpenShareInfo,
    OrderInfoRequest: decode_OrderInfoRequest,
    OrderInfoResponse: decode_OrderInfoResponse,
    OrderProduct: decode_OrderProduct,
    OrderSearchNormalOrderRequest: decode_OrderSearchNormalOrderRequest,
    OrderSearchRequest: decode_OrderSearchRequest,
    OrderSearchResponse: decode_OrderSearchResponse,
    ParseTagRequest: decode_ParseTagRequest,
    ParseTagResponse: decode_ParseTagResponse,
    ParsedTag: decode_ParsedTag,
    PlanInfoRequest: decode_PlanInfoRequest,
    PlanInfoResponse: decode_PlanInfoResponse,
    PreviousPromotionInfo: decode_PreviousPromotionInfo,
    ProductCategoryRequest: decode_ProductCategoryRequest,
    ProductCategoryResponse: decode_ProductCategoryResponse,
    ProductDetail: decode_ProductDetail,
    ProductDetailInfo: decode_ProductDetailInfo,
    ProductGenerateRequest: decode_ProductGenerateRequest,
    ProductGenerateResponse: decode_ProductGenerateResponse,
    ProductInfo: decode_ProductInfo,
    ProductListRequest: decode_ProductListRequest,
    ProductListResponse: decode_ProductListResponse,
    ProductParam: decode_ProductParam,
    ProductPromotion: decode_ProductPromotion,
    ProductSelectRequest: decode_ProductSelectRequest,
    ProductSkuInfo: decode_ProductSkuInfo,
    PromotionAddRequest: decode_PromotionAddRequest,
    PromotionAddResponse: decode_PromotionAddResponse,
    PromotionDeleteRequest: decode_PromotionDeleteRequest,
    PromotionInfo: decode_PromotionInfo,
    PromotionListRequest: decode_PromotionListRequest,
    PromotionListResponse: decode_PromotionListResponse,
    PromotionSource: decode_PromotionSource,
    PromotionUpdRequest: decode_PromotionUpdRequest,
    ReceiveInfo: decode_ReceiveInfo,
    SameCityTemplate: decode_SameCityTemplate,
    ServiceDesc: decode_ServiceDesc,
    ShareInfo: decode_ShareInfo,
    ShipFromAddress: decode_ShipFromAddress,
    ShippingMethods: decode_ShippingMethods,
    ShopInfo: decode_ShopInfo,
    Sku: decode_Sku,
    SkuIdList: decode_SkuIdList,
    SkuList: decode_SkuList,
    SkuPrice: decode_SkuPrice,
    SnapshotInfo: decode_SnapshotInfo,
    SpuLimited: decode_SpuLimited,
    StableTokenRequest: decode_StableTokenRequest,
    StockInfo: decode_StockInfo,
    TargetPlanInfo: decode_TargetPlanInfo,
    TokenRequest: decode_TokenRequest,
    UnionOrder: decode_UnionOrder,
    UnionProduct: decode_UnionProduct,
    UnionProductDetail: decode_UnionProductDetail,
    UnionProductInfo: decode_UnionProductInfo,
    ValidInfo: decode_ValidInfo,
}
