# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""Request constraints of WeChat Mini Program Union — promoter API, by model."""

from __future__ import annotations

from typing import Any

from promosdk._operation import FieldRule, ModelRules

from . import models

RULES: dict[type[Any], ModelRules] = {
    models.StableTokenRequest: ModelRules(
        fields=(
            FieldRule(wire='grant_type', kind='enum', required=True, enum=('client_credential',)),
            FieldRule(wire='appid', kind='str', required=True, min_length=1),
            FieldRule(wire='secret', kind='str', required=True, min_length=1),
            FieldRule(wire='force_refresh', kind='bool'),
        ),
    ),
    models.AccessTokenResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='access_token', kind='str', required=True),
            FieldRule(wire='expires_in', kind='int'),
        ),
    ),
    models.BizBasicInfo: ModelRules(
        fields=(
            FieldRule(wire='headimgurl', kind='str'),
            FieldRule(wire='nickname', kind='str'),
            FieldRule(wire='appid', kind='str'),
        ),
    ),
    models.ExtInfo: ModelRules(
        fields=(
            FieldRule(wire='bizBasicInfo', kind='model'),
            FieldRule(wire='data', kind='any'),
        ),
    ),
    models.TargetPlanInfo: ModelRules(
        fields=(
            FieldRule(wire='planId', kind='str', required=True),
            FieldRule(wire='planStatus', kind='enum', required=True, enum=(0, 1, 2)),
            FieldRule(wire='planName', kind='str', required=True),
            FieldRule(wire='planDesc', kind='str', required=True),
            FieldRule(wire='planStartTime', kind='int', required=True),
            FieldRule(wire='planEndTime', kind='int', required=True),
            FieldRule(wire='extInfo', kind='model'),
        ),
    ),
    models.Category: ModelRules(
        fields=(
            FieldRule(wire='catId', kind='str'),
            FieldRule(wire='name', kind='str'),
        ),
    ),
    models.ProductDetail: ModelRules(
        fields=(
            FieldRule(wire='detailImg', kind='list'),
            FieldRule(wire='detailVideos', kind='list'),
            FieldRule(wire='detailVideoInfo', kind='list'),
            FieldRule(wire='desc', kind='str'),
        ),
    ),
    models.StockInfo: ModelRules(
        fields=(
            FieldRule(wire='stockNum', kind='int', required=True),
        ),
    ),
    models.ProductSkuInfo: ModelRules(
        fields=(
            FieldRule(wire='thumbImg', kind='str'),
            FieldRule(wire='salePrice', kind='int', required=True),
            FieldRule(wire='marketPrice', kind='int', required=True),
            FieldRule(wire='stockInfo', kind='model', required=True),
            FieldRule(wire='skuCode', kind='str'),
        ),
    ),
    models.Sku: ModelRules(
        fields=(
            FieldRule(wire='skuId', kind='str', required=True),
            FieldRule(wire='productSkuInfo', kind='model', required=True),
            FieldRule(wire='status', kind='int'),
        ),
    ),
    models.SkuIdList: ModelRules(
        fields=(
            FieldRule(wire='skuIds', kind='list'),
        ),
    ),
    models.SkuPrice: ModelRules(
        fields=(
            FieldRule(wire='skuId', kind='str'),
            FieldRule(wire='price', kind='int'),
        ),
    ),
    models.SkuList: ModelRules(
        fields=(
            FieldRule(wire='skuInfo', kind='list'),
            FieldRule(wire='minPrice', kind='int'),
            FieldRule(wire='maxPrice', kind='int'),
        ),
    ),
    models.ServiceDesc: ModelRules(
        fields=(
            FieldRule(wire='serviceList', kind='list'),
            FieldRule(wire='desc', kind='str'),
        ),
    ),
    models.ExpressInfo: ModelRules(
        fields=(
            FieldRule(wire='templateId', kind='str'),
        ),
    ),
    models.SnapshotInfo: ModelRules(
        fields=(
            FieldRule(wire='snapshotId', kind='str'),
        ),
    ),
    models.SpuLimited: ModelRules(
        fields=(
            FieldRule(wire='periodType', kind='int'),
            FieldRule(wire='limitedBuyNum', kind='int'),
        ),
    ),
    models.GroupbuyInfo: ModelRules(
        fields=(
            FieldRule(wire='skuList', kind='list'),
        ),
    ),
    models.ProductDetailInfo: ModelRules(
        fields=(
            FieldRule(wire='title', kind='str'),
            FieldRule(wire='subTitle', kind='str'),
            FieldRule(wire='headImg', kind='list'),
            FieldRule(wire='category', kind='list'),
            FieldRule(wire='brand', kind='str'),
            FieldRule(wire='brandId', kind='str'),
            FieldRule(wire='model', kind='str'),
            FieldRule(wire='detail', kind='model'),
            FieldRule(wire='param', kind='list'),
            FieldRule(wire='minPrice', kind='int'),
            FieldRule(wire='totalStockNum', kind='int'),
            FieldRule(wire='totalSoldNum', kind='int'),
            FieldRule(wire='skus', kind='list'),
            FieldRule(wire='attr', kind='list'),
            FieldRule(wire='shopcatId', kind='list'),
            FieldRule(wire='qualificationUrl', kind='list'),
            FieldRule(wire='thirdCategoryHistories', kind='list'),
            FieldRule(wire='headVideoInfo', kind='list'),
            FieldRule(wire='labels', kind='list'),
            FieldRule(wire='skuIdList', kind='model'),
            FieldRule(wire='skuList', kind='model'),
            FieldRule(wire='listingTime', kind='int'),
            FieldRule(wire='serviceDesc', kind='model'),
            FieldRule(wire='expressInfo', kind='model'),
            FieldRule(wire='appidForMedia', kind='str'),
            FieldRule(wire='snapshotInfo', kind='model'),
            FieldRule(wire='totalOrderNum', kind='int'),
            FieldRule(wire='totalVisitNum', kind='int'),
            FieldRule(wire='uploadSource', kind='int'),
            FieldRule(wire='spuLimited', kind='model'),
            FieldRule(wire='originUploadSource', kind='int'),
            FieldRule(wire='groupbuyInfo', kind='model'),
            FieldRule(wire='virtualType', kind='int'),
            FieldRule(wire='productType', kind='int'),
        ),
    ),
    models.LeagueExInfo: ModelRules(
        fields=(
            FieldRule(wire='hasCommission', kind='enum', required=True, enum=(0, 1)),
            FieldRule(wire='commissionRatio', kind='int', required=True),
            FieldRule(wire='commissionValue', kind='int', required=True),
            FieldRule(wire='banBizuin', kind='int'),
            FieldRule(wire='banCategory', kind='int'),
            FieldRule(wire='banProduct', kind='int'),
        ),
    ),
    models.DiscountCondition: ModelRules(
        fields=(
            FieldRule(wire='productIds', kind='list'),
            FieldRule(wire='productCnt', kind='int'),
            FieldRule(wire='productPrice', kind='int'),
        ),
    ),
    models.DiscountInfo: ModelRules(
        fields=(
            FieldRule(wire='discountCondition', kind='model'),
            FieldRule(wire='discountNum', kind='int'),
            FieldRule(wire='discountFee', kind='int'),
        ),
    ),
    models.ValidInfo: ModelRules(
        fields=(
            FieldRule(wire='validType', kind='enum', enum=(1, 2)),
            FieldRule(wire='validDayNum', kind='int'),
            FieldRule(wire='startTime', kind='str'),
            FieldRule(wire='endTime', kind='str'),
        ),
    ),
    models.ReceiveInfo: ModelRules(
        fields=(
            FieldRule(wire='startTime', kind='str'),
            FieldRule(wire='endTime', kind='str'),
            FieldRule(wire='limitNumOnePerson', kind='int'),
        ),
    ),
    models.CouponDetail: ModelRules(
        fields=(
            FieldRule(wire='restNum', kind='int'),
            FieldRule(wire='type', kind='int'),
            FieldRule(wire='discountInfo', kind='model'),
            FieldRule(wire='validInfo', kind='model'),
            FieldRule(wire='receiveInfo', kind='model'),
        ),
    ),
    models.CouponInfo: ModelRules(
        fields=(
            FieldRule(wire='hasCoupon', kind='enum', enum=(0, 1)),
            FieldRule(wire='couponId', kind='str'),
            FieldRule(wire='couponDetail', kind='model'),
            FieldRule(wire='allCouponIds', kind='list'),
            FieldRule(wire='discount', kind='str'),
        ),
    ),
    models.ProductInfo: ModelRules(
        fields=(
            FieldRule(wire='planId', kind='str', required=True),
            FieldRule(wire='productId', kind='str', required=True),
            FieldRule(wire='productStatus', kind='int', required=True),
            FieldRule(wire='commissionRatio', kind='int', required=True),
            FieldRule(wire='productDetailInfo', kind='model', required=True),
            FieldRule(wire='leagueExInfo', kind='model', required=True),
            FieldRule(wire='couponInfo', kind='model', required=True),
        ),
    ),
    models.PlanInfoResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='targetPlanInfo', kind='model', required=True),
            FieldRule(wire='productListInfo', kind='list'),
        ),
    ),
    models.ApplyTargetRequest: ModelRules(
        fields=(
            FieldRule(wire='planId', kind='str', required=True, min_length=1),
            FieldRule(wire='applyReason', kind='str', required=True, min_length=1, multiline=True),
        ),
    ),
    models.ErrcodeResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
        ),
    ),
    models.ApplyStatusData: ModelRules(
        fields=(
            FieldRule(wire='planId', kind='str', required=True),
            FieldRule(wire='promoterStatus', kind='enum', required=True, enum=(0, 1, 2, 3, 999)),
            FieldRule(wire='applyTime', kind='int', required=True),
            FieldRule(wire='joinTime', kind='int', required=True),
            FieldRule(wire='applyReason', kind='str', required=True),
            FieldRule(wire='rejectTime', kind='int', required=True),
            FieldRule(wire='removeTime', kind='int'),
        ),
    ),
    models.ApplyStatusResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='data', kind='model', required=True),
        ),
    ),
    models.PromotionAddRequest: ModelRules(
        fields=(
            FieldRule(wire='promotionSourceName', kind='str', required=True, min_length=1, max_length=20),
        ),
    ),
    models.PromotionAddResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='pid', kind='str', required=True),
        ),
    ),
    models.PreviousPromotionInfo: ModelRules(
        fields=(
            FieldRule(wire='promotionSourcePid', kind='str', required=True, min_length=1),
            FieldRule(wire='promotionSourceName', kind='str', required=True, min_length=1, max_length=20),
        ),
    ),
    models.PromotionInfo: ModelRules(
        fields=(
            FieldRule(wire='promotionSourceName', kind='str', required=True, min_length=1, max_length=20),
        ),
    ),
    models.PromotionUpdRequest: ModelRules(
        fields=(
            FieldRule(wire='previousPromotionInfo', kind='model', required=True),
            FieldRule(wire='promotionInfo', kind='model', required=True),
        ),
    ),
    models.PromotionSource: ModelRules(
        fields=(
            FieldRule(wire='promotionSourceName', kind='str', required=True),
            FieldRule(wire='promotionSourcePid', kind='str', required=True),
            FieldRule(wire='status', kind='str'),
            FieldRule(wire='pidId', kind='str'),
        ),
    ),
    models.PromotionListResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='total', kind='int', required=True),
            FieldRule(wire='promotionMaxCnt', kind='int', required=True),
            FieldRule(wire='promotionSourceList', kind='list'),
        ),
    ),
    models.PromotionDeleteRequest: ModelRules(
        fields=(
            FieldRule(wire='promotionSourcePid', kind='str', required=True, min_length=1),
            FieldRule(wire='promotionSourceName', kind='str', required=True, min_length=1, max_length=20),
        ),
    ),
    models.ShippingMethods: ModelRules(
        fields=(
            FieldRule(wire='express', kind='bool'),
            FieldRule(wire='sameCity', kind='bool'),
            FieldRule(wire='pickup', kind='bool'),
        ),
    ),
    models.AddressInfo: ModelRules(
        fields=(
            FieldRule(wire='provinceName', kind='str'),
            FieldRule(wire='cityName', kind='str'),
            FieldRule(wire='countyName', kind='str'),
        ),
    ),
    models.ShipFromAddress: ModelRules(
        fields=(
            FieldRule(wire='addressInfo', kind='model', required=True),
            FieldRule(wire='addressType', kind='model'),
        ),
    ),
    models.SameCityTemplate: ModelRules(
        fields=(
            FieldRule(wire='deliverScopeType', kind='enum', enum=(0, 1)),
            FieldRule(wire='scope', kind='str'),
            FieldRule(wire='region', kind='model'),
        ),
    ),
    models.NotSendArea: ModelRules(
        fields=(
            FieldRule(wire='addressInfoList', kind='list'),
        ),
    ),
    models.FreightTemplate: ModelRules(
        fields=(
            FieldRule(wire='notSendArea', kind='model'),
        ),
    ),
    models.ShopInfo: ModelRules(
        fields=(
            FieldRule(wire='appId', kind='str'),
            FieldRule(wire='name', kind='str', required=True),
            FieldRule(wire='username', kind='str'),
            FieldRule(wire='headImgUrl', kind='str', required=True),
            FieldRule(wire='shippingMethods', kind='model'),
            FieldRule(wire='addressList', kind='list'),
            FieldRule(wire='sameCityTemplate', kind='model'),
            FieldRule(wire='freightTemplate', kind='model'),
        ),
    ),
    models.ProductParam: ModelRules(
        fields=(
            FieldRule(wire='key', kind='str'),
            FieldRule(wire='value', kind='str'),
        ),
    ),
    models.ProductCategoryResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='productCats', kind='list'),
        ),
    ),
    models.UnionProductInfo: ModelRules(
        fields=(
            FieldRule(wire='title', kind='str', required=True),
            FieldRule(wire='subTitle', kind='str'),
            FieldRule(wire='headImg', kind='list'),
            FieldRule(wire='category', kind='list'),
            FieldRule(wire='brand', kind='str'),
            FieldRule(wire='brandId', kind='str'),
            FieldRule(wire='model', kind='str'),
            FieldRule(wire='detail', kind='model'),
            FieldRule(wire='param', kind='list'),
            FieldRule(wire='minPrice', kind='int', required=True),
            FieldRule(wire='expressInfo', kind='model'),
            FieldRule(wire='totalStockNum', kind='int', required=True),
            FieldRule(wire='totalSoldNum', kind='int'),
            FieldRule(wire='totalOrderNum', kind='int'),
            FieldRule(wire='discountPrice', kind='int'),
            FieldRule(wire='discount', kind='int'),
        ),
    ),
    models.UnionProductDetail: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str', required=True),
            FieldRule(wire='status', kind='int', required=True),
            FieldRule(wire='info', kind='model', required=True),
            FieldRule(wire='skus', kind='list'),
        ),
    ),
    models.UnionProduct: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str', required=True),
            FieldRule(wire='appId', kind='str'),
            FieldRule(wire='product', kind='model', required=True),
            FieldRule(wire='leagueExInfo', kind='model', required=True),
            FieldRule(wire='shopInfo', kind='model', required=True),
            FieldRule(wire='couponInfo', kind='model'),
        ),
    ),
    models.ProductListResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='total', kind='int', required=True),
            FieldRule(wire='productList', kind='list'),
        ),
    ),
    models.GenerateProductItem: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str', required=True, min_length=1),
            FieldRule(wire='appId', kind='str', required=True, min_length=1),
            FieldRule(wire='customizeInfo', kind='str', min_length=1, max_length=80),
        ),
    ),
    models.ProductGenerateRequest: ModelRules(
        fields=(
            FieldRule(wire='pid', kind='str', required=True, min_length=1),
            FieldRule(wire='productList', kind='list', required=True, min_items=1),
        ),
    ),
    models.GeneratedProductInfo: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str', required=True),
            FieldRule(wire='title', kind='str', required=True),
            FieldRule(wire='subTitle', kind='str'),
            FieldRule(wire='headImg', kind='list'),
            FieldRule(wire='minPrice', kind='int', required=True),
            FieldRule(wire='discount', kind='int'),
            FieldRule(wire='discountPrice', kind='int'),
            FieldRule(wire='totalStockNum', kind='int'),
            FieldRule(wire='shopName', kind='str'),
            FieldRule(wire='shopAppid', kind='str'),
            FieldRule(wire='pluginResult', kind='bool'),
        ),
    ),
    models.ShareInfo: ModelRules(
        fields=(
            FieldRule(wire='appId', kind='str', required=True),
            FieldRule(wire='username', kind='str'),
            FieldRule(wire='path', kind='str', required=True),
            FieldRule(wire='couponPath', kind='str'),
            FieldRule(wire='wxaCode', kind='str'),
            FieldRule(wire='couponWxaCode', kind='str'),
            FieldRule(wire='promotionUrl', kind='str', required=True),
            FieldRule(wire='couponPromotionUrl', kind='str'),
            FieldRule(wire='promotionWording', kind='str'),
            FieldRule(wire='couponPromotionWording', kind='str'),
            FieldRule(wire='promotionTag', kind='str'),
            FieldRule(wire='couponPromotionTag', kind='str'),
        ),
    ),
    models.ProductPromotion: ModelRules(
        fields=(
            FieldRule(wire='pid', kind='str', required=True),
            FieldRule(wire='productId', kind='str'),
            FieldRule(wire='productInfo', kind='model', required=True),
            FieldRule(wire='shareInfo', kind='model', required=True),
        ),
    ),
    models.ProductGenerateResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='list', kind='list'),
        ),
    ),
    models.ParseTagRequest: ModelRules(
        fields=(
            FieldRule(wire='tagList', kind='list', required=True, min_items=1, max_items=10),
        ),
    ),
    models.ParsedTag: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str'),
            FieldRule(wire='source', kind='enum', enum=(1, 2)),
            FieldRule(wire='productAppid', kind='str'),
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
        ),
    ),
    models.ParseTagResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='tagList', kind='list'),
        ),
    ),
    models.OpenAccountBindRequest: ModelRules(
        fields=(
            FieldRule(wire='openAccount', kind='str', required=True, min_length=1),
        ),
    ),
    models.OpenAccountGetResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='openAccount', kind='str'),
        ),
    ),
    models.AddCustomizeInfoRequest: ModelRules(
        fields=(
            FieldRule(wire='unionid', kind='str', required=True, min_length=1),
            FieldRule(wire='customizeInfo', kind='str', required=True, min_length=1, max_length=80),
        ),
    ),
    models.DeleteCustomizeInfoRequest: ModelRules(
        fields=(
            FieldRule(wire='unionid', kind='str', required=True, min_length=1),
        ),
    ),
    models.GetCustomizeInfoResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='customizeInfo', kind='str'),
        ),
    ),
    models.OpenProductSkuInfo: ModelRules(
        fields=(
            FieldRule(wire='thumbImg', kind='str'),
            FieldRule(wire='salePrice', kind='int'),
            FieldRule(wire='marketPrice', kind='int'),
            FieldRule(wire='stockNum', kind='int'),
        ),
    ),
    models.OpenProductSku: ModelRules(
        fields=(
            FieldRule(wire='skuId', kind='str', required=True),
            FieldRule(wire='productSkuInfo', kind='model', required=True),
        ),
    ),
    models.OpenProductInfo: ModelRules(
        fields=(
            FieldRule(wire='title', kind='str', required=True),
            FieldRule(wire='headImg', kind='list'),
            FieldRule(wire='detail', kind='model'),
            FieldRule(wire='brandId', kind='str'),
            FieldRule(wire='minPrice', kind='int', required=True),
            FieldRule(wire='totalStockNum', kind='int'),
            FieldRule(wire='path', kind='str'),
        ),
    ),
    models.OpenProductDetail: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str', required=True),
            FieldRule(wire='info', kind='model', required=True),
            FieldRule(wire='skus', kind='list'),
        ),
    ),
    models.OpenProduct: ModelRules(
        fields=(
            FieldRule(wire='product', kind='model', required=True),
            FieldRule(wire='shopInfo', kind='model', required=True),
        ),
    ),
    models.OpenProductListResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='total', kind='int', required=True),
            FieldRule(wire='productList', kind='list'),
        ),
    ),
    models.OpenProductGenerateRequest: ModelRules(
        fields=(
            FieldRule(wire='pid', kind='str', required=True, min_length=1),
            FieldRule(wire='productList', kind='list', required=True, min_items=1),
            FieldRule(wire='getShortUrl', kind='bool'),
            FieldRule(wire='getInfo', kind='bool'),
        ),
    ),
    models.OpenGeneratedProductInfo: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str', required=True),
            FieldRule(wire='title', kind='str'),
            FieldRule(wire='subTitle', kind='str'),
            FieldRule(wire='headImg', kind='list'),
            FieldRule(wire='minPrice', kind='int'),
            FieldRule(wire='totalStockNum', kind='int'),
            FieldRule(wire='shopName', kind='str'),
            FieldRule(wire='shopStatus', kind='int'),
        ),
    ),
    models.OpenShareInfo: ModelRules(
        fields=(
            FieldRule(wire='appId', kind='str', required=True),
            FieldRule(wire='username', kind='str'),
            FieldRule(wire='path', kind='str', required=True),
            FieldRule(wire='promotionWording', kind='str'),
            FieldRule(wire='promotionUrl', kind='str'),
            FieldRule(wire='promotionTag', kind='str'),
            FieldRule(wire='code', kind='int'),
        ),
    ),
    models.OpenProductPromotion: ModelRules(
        fields=(
            FieldRule(wire='pid', kind='str', required=True),
            FieldRule(wire='productInfo', kind='model', required=True),
            FieldRule(wire='shareInfo', kind='model', required=True),
        ),
    ),
    models.OpenProductGenerateResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='list', kind='list'),
        ),
    ),
    models.OrderProduct: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str', required=True),
            FieldRule(wire='skuId', kind='str'),
            FieldRule(wire='title', kind='str', required=True),
            FieldRule(wire='thumbImg', kind='str'),
            FieldRule(wire='price', kind='str', required=True),
            FieldRule(wire='productCnt', kind='int'),
            FieldRule(wire='ratio', kind='int', required=True),
            FieldRule(wire='commissionStatus', kind='enum', required=True, enum=('SETTLEMENT_PENDING', 'SETTLEMENT_SUCCESS', 'SETTLEMENT_CANCELED')),
            FieldRule(wire='commissionStatusUpdateTime', kind='int'),
            FieldRule(wire='profitShardingSucTime', kind='int'),
            FieldRule(wire='commission', kind='str', required=True),
            FieldRule(wire='estimatedCommission', kind='int'),
            FieldRule(wire='categoryStr', kind='str'),
            FieldRule(wire='promotionInfo', kind='model', required=True),
            FieldRule(wire='customizeInfo', kind='str'),
        ),
    ),
    models.UnionOrder: ModelRules(
        fields=(
            FieldRule(wire='orderId', kind='str', required=True),
            FieldRule(wire='payTime', kind='int', required=True),
            FieldRule(wire='confirmReceiptTime', kind='int'),
            FieldRule(wire='shopName', kind='str'),
            FieldRule(wire='shopAppid', kind='str'),
            FieldRule(wire='productList', kind='list'),
            FieldRule(wire='customizeInfo', kind='str'),
            FieldRule(wire='customUserId', kind='str'),
            FieldRule(wire='userNickName', kind='str'),
            FieldRule(wire='orderPrice', kind='str'),
        ),
    ),
    models.OrderInfoRequest: ModelRules(
        fields=(
            FieldRule(wire='orderIdList', kind='list', required=True, min_items=1, max_items=200),
        ),
    ),
    models.OrderInfoResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='orderList', kind='list'),
        ),
    ),
    models.OrderSearchResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='orderList', kind='list'),
            FieldRule(wire='totalNum', kind='int', required=True),
            FieldRule(wire='pageSize', kind='int'),
        ),
    ),
    models.NormalOrderShop: ModelRules(
        fields=(
            FieldRule(wire='nickname', kind='str'),
            FieldRule(wire='appid', kind='str'),
            FieldRule(wire='username', kind='str'),
        ),
    ),
    models.NormalOrderInfo: ModelRules(
        fields=(
            FieldRule(wire='orderId', kind='str', required=True),
            FieldRule(wire='outOrderId', kind='str'),
            FieldRule(wire='transactionId', kind='str'),
            FieldRule(wire='payTime', kind='int'),
            FieldRule(wire='createTime', kind='int', required=True),
            FieldRule(wire='orderPrice', kind='int', required=True),
            FieldRule(wire='freight', kind='int'),
            FieldRule(wire='discountedPrice', kind='int'),
            FieldRule(wire='additionalPrice', kind='int'),
            FieldRule(wire='additionalRemarks', kind='str'),
            FieldRule(wire='status', kind='int', required=True),
            FieldRule(wire='statusUpdateTime', kind='int'),
            FieldRule(wire='shopInfo', kind='model'),
            FieldRule(wire='path', kind='str'),
        ),
    ),
    models.NormalOrderProduct: ModelRules(
        fields=(
            FieldRule(wire='productId', kind='str', required=True),
            FieldRule(wire='outProductId', kind='str'),
            FieldRule(wire='skuId', kind='str', required=True),
            FieldRule(wire='outSkuId', kind='str'),
            FieldRule(wire='title', kind='str'),
            FieldRule(wire='headImg', kind='str'),
            FieldRule(wire='salePrice', kind='int'),
            FieldRule(wire='realPrice', kind='int', required=True),
            FieldRule(wire='productCnt', kind='int', required=True),
            FieldRule(wire='ratio', kind='int'),
            FieldRule(wire='commissionValue', kind='int', required=True),
            FieldRule(wire='commissionStatus', kind='enum', required=True, enum=('COMMISSION_SHOP_WAIT_DEDUCTION', 'COMMISSION_PAY_SUCCESS', 'COMMISSION_PAY_CANCEL', 'COMMISSION_SHOP_FINISH_DEDUCTION', 'COMMISSION_SHOP_DEDUCTION_NOT_ENOUGH_MONEY')),
            FieldRule(wire='commissionStatusUpdateTime', kind='int'),
            FieldRule(wire='promotionInfo', kind='model'),
        ),
    ),
    models.NormalOrder: ModelRules(
        fields=(
            FieldRule(wire='orderInfo', kind='model', required=True),
            FieldRule(wire='productList', kind='list'),
        ),
    ),
    models.NormalOrderSearchResponse: ModelRules(
        fields=(
            FieldRule(wire='errcode', kind='int'),
            FieldRule(wire='errmsg', kind='str'),
            FieldRule(wire='total', kind='int', required=True),
            FieldRule(wire='orderList', kind='list'),
        ),
    ),
    models.TokenRequest: ModelRules(
        fields=(
            FieldRule(wire='grant_type', kind='enum', required=True, enum=('client_credential',)),
            FieldRule(wire='appid', kind='str', required=True, min_length=1),
            FieldRule(wire='secret', kind='str', required=True, min_length=1),
        ),
    ),
    models.PlanInfoRequest: ModelRules(
        fields=(
            FieldRule(wire='planInvitationUrl', kind='str', required=True, min_length=1),
        ),
    ),
    models.ApplyStatusRequest: ModelRules(
        fields=(
            FieldRule(wire='planId', kind='str', required=True, min_length=1),
        ),
    ),
    models.PromotionListRequest: ModelRules(
        fields=(
            FieldRule(wire='start', kind='int', required=True, minimum=0),
            FieldRule(wire='limit', kind='int', required=True, minimum=1, maximum=100),
        ),
    ),
    models.ProductCategoryRequest: ModelRules(
        fields=(
        ),
    ),
    models.ProductListRequest: ModelRules(
        fields=(
            FieldRule(wire='from', kind='int', required=True, minimum=0),
            FieldRule(wire='limit', kind='int', required=True, minimum=1, maximum=50),
            FieldRule(wire='queryType', kind='int', minimum=0),
            FieldRule(wire='query', kind='str', min_length=1),
            FieldRule(wire='maxPrice', kind='int', minimum=0),
            FieldRule(wire='minPrice', kind='int', minimum=0),
            FieldRule(wire='minCommissionValue', kind='int', minimum=0),
            FieldRule(wire='minCommissionRatio', kind='int', minimum=0, maximum=10000),
            FieldRule(wire='sortType', kind='int', minimum=0),
            FieldRule(wire='hasCoupon', kind='enum', enum=(0, 1)),
            FieldRule(wire='shopAppIds', kind='str', min_length=1),
            FieldRule(wire='categoryId', kind='str', min_length=1),
            FieldRule(wire='category', kind='str', min_length=1),
            FieldRule(wire='noCategory', kind='str', min_length=1),
            FieldRule(wire='productId', kind='str', min_length=1),
            FieldRule(wire='shippingMethods', kind='model'),
            FieldRule(wire='addressList', kind='list', min_items=1),
        ),
    ),
    models.ProductSelectRequest: ModelRules(
        fields=(
            FieldRule(wire='from', kind='int', required=True, minimum=0),
            FieldRule(wire='limit', kind='int', required=True, minimum=1, maximum=50),
            FieldRule(wire='maxPrice', kind='int', minimum=0),
            FieldRule(wire='minPrice', kind='int', minimum=0),
            FieldRule(wire='minCommissionValue', kind='int', minimum=0),
            FieldRule(wire='minCommissionRatio', kind='int', minimum=0, maximum=10000),
            FieldRule(wire='sortType', kind='int', minimum=0),
            FieldRule(wire='hasCoupon', kind='enum', enum=(0, 1)),
            FieldRule(wire='shopAppIds', kind='str', min_length=1),
            FieldRule(wire='categoryId', kind='str', min_length=1),
            FieldRule(wire='category', kind='str', min_length=1),
            FieldRule(wire='noCategory', kind='str', min_length=1),
            FieldRule(wire='productId', kind='str', min_length=1),
            FieldRule(wire='shippingMethods', kind='model'),
            FieldRule(wire='addressList', kind='list', min_items=1),
        ),
    ),
    models.OpenAccountGetRequest: ModelRules(
        fields=(
        ),
    ),
    models.GetCustomizeInfoRequest: ModelRules(
        fields=(
            FieldRule(wire='unionid', kind='str', required=True, min_length=1),
        ),
    ),
    models.OpenProductListRequest: ModelRules(
        fields=(
            FieldRule(wire='from', kind='int', required=True, minimum=0),
            FieldRule(wire='limit', kind='int', required=True, minimum=1, maximum=50),
            FieldRule(wire='queryType', kind='int', minimum=0),
            FieldRule(wire='query', kind='str', min_length=1),
            FieldRule(wire='maxPrice', kind='int', minimum=0),
            FieldRule(wire='minPrice', kind='int', minimum=0),
            FieldRule(wire='minCommissionValue', kind='int', minimum=0),
            FieldRule(wire='minCommissionRatio', kind='int', minimum=0, maximum=10000),
            FieldRule(wire='sortType', kind='int', minimum=0),
            FieldRule(wire='shopAppIds', kind='str', min_length=1),
            FieldRule(wire='categoryId', kind='str', min_length=1),
            FieldRule(wire='category', kind='str', min_length=1),
            FieldRule(wire='noCategory', kind='str', min_length=1),
            FieldRule(wire='productId', kind='str', min_length=1),
        ),
    ),
    models.OrderSearchRequest: ModelRules(
        fields=(
            FieldRule(wire='page', kind='int', required=True, minimum=1),
            FieldRule(wire='pageSize', kind='int', minimum=1, maximum=200),
            FieldRule(wire='startTimestamp', kind='int', minimum=0, format='unix-time'),
            FieldRule(wire='endTimestamp', kind='int', minimum=0, format='unix-time'),
            FieldRule(wire='commissionStatus', kind='enum', enum=('SETTLEMENT_PENDING', 'SETTLEMENT_SUCCESS', 'SETTLEMENT_CANCELED')),
            FieldRule(wire='sortByCommissionUpdateTime', kind='bool'),
            FieldRule(wire='startCommissionUpdateTime', kind='int', minimum=0, format='unix-time'),
            FieldRule(wire='endCommissionUpdateTime', kind='int', minimum=0, format='unix-time'),
        ),
        rules=(('date-order', ('startTimestamp', 'endTimestamp')), ('date-order', ('startCommissionUpdateTime', 'endCommissionUpdateTime'))),
    ),
    models.OrderSearchNormalOrderRequest: ModelRules(
        fields=(
            FieldRule(wire='offset', kind='int', required=True, minimum=0),
            FieldRule(wire='limit', kind='int', required=True, minimum=1, maximum=200),
            FieldRule(wire='query', kind='str', min_length=1),
            FieldRule(wire='orderId', kind='str', min_length=1),
            FieldRule(wire='outOrderId', kind='str', min_length=1),
            FieldRule(wire='outOrderIdList', kind='str', min_length=1),
            FieldRule(wire='tradeNo', kind='str', min_length=1),
            FieldRule(wire='transactionIdList', kind='str', min_length=1),
            FieldRule(wire='startPayTime', kind='int', minimum=0, format='unix-time'),
            FieldRule(wire='endPayTime', kind='int', minimum=0, format='unix-time'),
            FieldRule(wire='commissionStatus', kind='str', min_length=1),
            FieldRule(wire='startStatusUpdateTime', kind='int', minimum=0, format='unix-time'),
            FieldRule(wire='endStatusUpdateTime', kind='int', minimum=0, format='unix-time'),
            FieldRule(wire='sortBy', kind='enum', enum=('SORT_BY_PAY_TIME', 'SORT_BY_STATUS_UPDATE_TIME')),
            FieldRule(wire='sortOrder', kind='enum', enum=('SORT_ORDER_DESC', 'SORT_ORDER_ASC')),
        ),
        rules=(('date-order', ('startPayTime', 'endPayTime')), ('date-order', ('startStatusUpdateTime', 'endStatusUpdateTime'))),
    ),
}
