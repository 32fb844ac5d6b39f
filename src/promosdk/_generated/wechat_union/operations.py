# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""Operation table and request constraints of WeChat Mini Program Union — promoter API (targeted plans and promotion spots)."""

from __future__ import annotations

from typing import Any

from promosdk._operation import FieldRule, ModelRules, OperationSpec, Pagination, Reconcile

from . import models

#: Every operation of the spec by operationId, in spec order (promosdk._registry keys them by id).
OPERATIONS: dict[str, OperationSpec] = {
    'stable_token': OperationSpec(
        name='stable_token',
        family='wechat',
        group='token',
        method='POST',
        path='/cgi-bin/stable_token',
        auth='none',
        write=False,
        idempotent=True,
        request_model=models.StableTokenRequest,
        response_model=models.AccessTokenResponse,
        in_query=False,
        result_field=None,
        error_codes=(-1, 40013, 40001, 45009, 45011),
        summary='Get a stable access_token (the same token is returned while valid unless force_refresh).',
        internal=True,
    ),
    'token': OperationSpec(
        name='token',
        family='wechat',
        group='token',
        method='GET',
        path='/cgi-bin/token',
        auth='none',
        write=False,
        idempotent=True,
        request_model=models.TokenRequest,
        response_model=models.AccessTokenResponse,
        in_query=True,
        result_field=None,
        error_codes=(-1, 40013, 40001, 45009),
        summary='Get a classic access_token (each call issues a new token; the previous one lives 5 more minutes).',
        internal=True,
    ),
    'plan_info': OperationSpec(
        name='plan_info',
        family='wechat',
        group='target',
        method='GET',
        path='/union/promoter/target/plan_info',
        auth='access_token',
        write=False,
        idempotent=True,
        request_model=models.PlanInfoRequest,
        response_model=models.PlanInfoResponse,
        in_query=True,
        result_field=None,
        error_codes=(202002,),
        summary='Details of a targeted plan, found by its invitation link.',
    ),
    'apply_target': OperationSpec(
        name='apply_target',
        family='wechat',
        group='target',
        method='POST',
        path='/union/promoter/target/apply_target',
        auth='access_token',
        write=True,
        idempotent=False,
        request_model=models.ApplyTargetRequest,
        response_model=models.ErrcodeResponse,
        in_query=False,
        result_field=None,
        error_codes=(202001, 202002, 202004, 202006),
        summary='Apply to join a targeted plan.',
        reconcile=Reconcile(strategy='error-means-applied', codes=(202004,)),
    ),
    'apply_status': OperationSpec(
        name='apply_status',
        family='wechat',
        group='target',
        method='GET',
        path='/union/promoter/target/apply_status',
        auth='access_token',
        write=False,
        idempotent=True,
        request_model=models.ApplyStatusRequest,
        response_model=models.ApplyStatusResponse,
        in_query=True,
        result_field=None,
        error_codes=(202001, 202002, 202005),
        summary="State of the promoter's application to a targeted plan.",
    ),
    'add': OperationSpec(
        name='add',
        family='wechat',
        group='promotion',
        method='POST',
        path='/union/promoter/promotion/add',
        auth='access_token',
        write=True,
        idempotent=False,
        request_model=models.PromotionAddRequest,
        response_model=models.PromotionAddResponse,
        in_query=False,
        result_field=None,
        error_codes=(14005, 14007),
        summary='Add a promotion spot.',
        reconcile=Reconcile(strategy='find-in-list', codes=(14007,), via='promotion.list', match=(('promotion_source_name', 'promotion_source_name'),), result=(('pid', 'promotion_source_pid'),)),
    ),
    'upd': OperationSpec(
        name='upd',
        family='wechat',
        group='promotion',
        method='POST',
        path='/union/promoter/promotion/upd',
        auth='access_token',
        write=True,
        idempotent=False,
        request_model=models.PromotionUpdRequest,
        response_model=models.ErrcodeResponse,
        in_query=False,
        result_field=None,
        error_codes=(14007,),
        summary='Rename a promotion spot.',
        reconcile=Reconcile(strategy='find-in-list', client_error=True, via='promotion.list', match=(('promotion_source_pid', 'previous_promotion_info.promotion_source_pid'),), expect=(('promotion_source_name', 'promotion_info.promotion_source_name'),)),
    ),
    'list': OperationSpec(
        name='list',
        family='wechat',
        group='promotion',
        method='GET',
        path='/union/promoter/promotion/list',
        auth='access_token',
        write=False,
        idempotent=True,
        request_model=models.PromotionListRequest,
        response_model=models.PromotionListResponse,
        in_query=True,
        result_field=None,
        error_codes=(),
        summary="One page of the promoter's promotion spots.",
        pagination=Pagination(style='offset', offset='start', limit='limit', items='promotion_source_list', total='total', capacity='promotion_max_cnt', key=('promotion_source_pid', 'promotion_source_name'), max_page_size=100, default_page_size=20),
    ),
}

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
            FieldRule(wire='stockNum', kind='int'),
        ),
    ),
    models.ProductSkuInfo: ModelRules(
        fields=(
            FieldRule(wire='thumbImg', kind='str'),
            FieldRule(wire='salePrice', kind='int'),
            FieldRule(wire='marketPrice', kind='int'),
            FieldRule(wire='stockInfo', kind='model'),
        ),
    ),
    models.Sku: ModelRules(
        fields=(
            FieldRule(wire='skuId', kind='str'),
            FieldRule(wire='productSkuInfo', kind='model'),
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
}
