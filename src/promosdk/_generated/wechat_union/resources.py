# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""Async resources of WeChat Mini Program Union — promoter API (targeted plans and promotion spots)."""

from __future__ import annotations

from typing import cast, overload

from promosdk._coerce import nested
from promosdk._resource import BaseResource, RawResponse

from .models import (
    ApplyStatusRequest,
    ApplyStatusResponse,
    ApplyTargetRequest,
    ErrcodeResponse,
    PlanInfoRequest,
    PlanInfoResponse,
    PreviousPromotionInfo,
    PromotionAddRequest,
    PromotionAddResponse,
    PromotionInfo,
    PromotionListRequest,
    PromotionListResponse,
    PromotionUpdRequest,
)
from .operations import OPERATIONS

__all__ = [
    "TargetResource",
    "PromotionResource",
    "TargetResourceWithRawResponse",
    "PromotionResourceWithRawResponse",
]


class TargetResource(BaseResource):
    """Targeted plans (定向计划)."""

    _operations = OPERATIONS

    async def plan_info(self, *, plan_invitation_url: str) -> PlanInfoResponse:
        """Details of a targeted plan, found by its invitation link. Documented errors: 202002."""
        request = PlanInfoRequest(plan_invitation_url=plan_invitation_url)
        return cast('PlanInfoResponse', await self._call('plan_info', request))

    async def apply_target(self, *, plan_id: str, apply_reason: str) -> ErrcodeResponse:
        """Apply to join a targeted plan. Documented errors: 202001, 202002, 202004, 202006."""
        request = ApplyTargetRequest(plan_id=plan_id, apply_reason=apply_reason)
        return cast('ErrcodeResponse', await self._call('apply_target', request))

    async def apply_status(self, *, plan_id: str) -> ApplyStatusResponse:
        """State of the promoter's application to a targeted plan. Documented errors: 202001, 202002, 202005."""
        request = ApplyStatusRequest(plan_id=plan_id)
        return cast('ApplyStatusResponse', await self._call('apply_status', request))


class TargetResourceWithRawResponse(BaseResource):
    """Targeted plans (定向计划). Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def plan_info(self, *, plan_invitation_url: str) -> RawResponse[PlanInfoResponse]:
        """Details of a targeted plan, found by its invitation link. Documented errors: 202002."""
        request = PlanInfoRequest(plan_invitation_url=plan_invitation_url)
        return cast('RawResponse[PlanInfoResponse]', await self._call_raw('plan_info', request))

    async def apply_target(self, *, plan_id: str, apply_reason: str) -> RawResponse[ErrcodeResponse]:
        """Apply to join a targeted plan. Documented errors: 202001, 202002, 202004, 202006."""
        request = ApplyTargetRequest(plan_id=plan_id, apply_reason=apply_reason)
        return cast('RawResponse[ErrcodeResponse]', await self._call_raw('apply_target', request))

    async def apply_status(self, *, plan_id: str) -> RawResponse[ApplyStatusResponse]:
        """State of the promoter's application to a targeted plan. Documented errors: 202001, 202002, 202005."""
        request = ApplyStatusRequest(plan_id=plan_id)
        return cast('RawResponse[ApplyStatusResponse]', await self._call_raw('apply_status', request))


class PromotionResource(BaseResource):
    """Promotion spots (推广位)."""

    _operations = OPERATIONS

    async def add(self, *, promotion_source_name: str) -> PromotionAddResponse:
        """Add a promotion spot. Documented errors: 14005, 14007."""
        request = PromotionAddRequest(promotion_source_name=promotion_source_name)
        return cast('PromotionAddResponse', await self._call('add', request))

    @overload
    async def upd(self, *, promotion_source_pid: str, promotion_source_name: str, new_promotion_source_name: str) -> ErrcodeResponse: ...
    @overload
    async def upd(self, *, previous_promotion_info: PreviousPromotionInfo, promotion_info: PromotionInfo) -> ErrcodeResponse: ...
    async def upd(self, *, promotion_source_pid: str | None = None, promotion_source_name: str | None = None, new_promotion_source_name: str | None = None, previous_promotion_info: PreviousPromotionInfo | None = None, promotion_info: PromotionInfo | None = None) -> ErrcodeResponse:
        """Rename a promotion spot. Documented errors: 14007. Pass either the flat arguments or the nested models."""
        previous_promotion_info = nested(PreviousPromotionInfo, previous_promotion_info, 'previous_promotion_info', {'promotion_source_pid': ('promotion_source_pid', promotion_source_pid), 'promotion_source_name': ('promotion_source_name', promotion_source_name)}, frozenset({'promotion_source_pid', 'promotion_source_name'}))
        promotion_info = nested(PromotionInfo, promotion_info, 'promotion_info', {'promotion_source_name': ('new_promotion_source_name', new_promotion_source_name)}, frozenset({'promotion_source_name'}))
        request = PromotionUpdRequest(previous_promotion_info=previous_promotion_info, promotion_info=promotion_info)
        return cast('ErrcodeResponse', await self._call('upd', request))

    async def list(self, *, start: int = 0, limit: int = 20) -> PromotionListResponse:
        """One page of the promoter's promotion spots."""
        request = PromotionListRequest(start=start, limit=limit)
        return cast('PromotionListResponse', await self._call('list', request))


class PromotionResourceWithRawResponse(BaseResource):
    """Promotion spots (推广位). Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def add(self, *, promotion_source_name: str) -> RawResponse[PromotionAddResponse]:
        """Add a promotion spot. Documented errors: 14005, 14007."""
        request = PromotionAddRequest(promotion_source_name=promotion_source_name)
        return cast('RawResponse[PromotionAddResponse]', await self._call_raw('add', request))

    @overload
    async def upd(self, *, promotion_source_pid: str, promotion_source_name: str, new_promotion_source_name: str) -> RawResponse[ErrcodeResponse]: ...
    @overload
    async def upd(self, *, previous_promotion_info: PreviousPromotionInfo, promotion_info: PromotionInfo) -> RawResponse[ErrcodeResponse]: ...
    async def upd(self, *, promotion_source_pid: str | None = None, promotion_source_name: str | None = None, new_promotion_source_name: str | None = None, previous_promotion_info: PreviousPromotionInfo | None = None, promotion_info: PromotionInfo | None = None) -> RawResponse[ErrcodeResponse]:
        """Rename a promotion spot. Documented errors: 14007. Pass either the flat arguments or the nested models."""
        previous_promotion_info = nested(PreviousPromotionInfo, previous_promotion_info, 'previous_promotion_info', {'promotion_source_pid': ('promotion_source_pid', promotion_source_pid), 'promotion_source_name': ('promotion_source_name', promotion_source_name)}, frozenset({'promotion_source_pid', 'promotion_source_name'}))
        promotion_info = nested(PromotionInfo, promotion_info, 'promotion_info', {'promotion_source_name': ('new_promotion_source_name', new_promotion_source_name)}, frozenset({'promotion_source_name'}))
        request = PromotionUpdRequest(previous_promotion_info=previous_promotion_info, promotion_info=promotion_info)
        return cast('RawResponse[ErrcodeResponse]', await self._call_raw('upd', request))

    async def list(self, *, start: int = 0, limit: int = 20) -> RawResponse[PromotionListResponse]:
        """One page of the promoter's promotion spots."""
        request = PromotionListRequest(start=start, limit=limit)
        return cast('RawResponse[PromotionListResponse]', await self._call_raw('list', request))
