# generated from spec/waiqin_bc.openapi.yaml by codegen — do not edit
"""Async resources of waiqin365 open API — bC campaigns (bC活动)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from promosdk._coerce import as_date, as_datetime, as_enum, as_joined
from promosdk._lazy import LazyModule
from promosdk._resource import BaseResource, RawResponse

from .operations import OPERATIONS

if TYPE_CHECKING:
    from . import models
    from .models import (
        AddOrUpdateCampaignRequest,
        ApplyCallbackRequest,
        Campaign,
        EventStatus,
        QueryCampaignRequest,
        QueryCampaignResponse,
        WaiqinResponse,
    )
else:
    # The models load on the first call that builds one (promosdk._lazy).
    models = LazyModule(__package__ + ".models")

__all__ = [
    "BcResource",
    "BcResourceWithRawResponse",
]


class BcResource(BaseResource):
    """bC campaigns."""

    _operations = OPERATIONS

    async def add_or_update_campaign(self, *, source_code: str, code: str, name: str, type_code: str, event_status: EventStatus | int, start_date: datetime.date | str, end_date: datetime.date | str, register_url: str, event_information: str, dept_id: Sequence[str] | str | None = None, dept_code: Sequence[str] | str | None = None, dept_name: Sequence[str] | str | None = None, dept_source_code: Sequence[str] | str | None = None) -> WaiqinResponse:
        """Create or update (by source_code) a bC campaign. Documented errors: 1."""
        request = models.AddOrUpdateCampaignRequest(source_code=source_code, code=code, name=name, type_code=type_code, event_status=as_enum(models.EventStatus, event_status, 'event_status'), start_date=as_date(start_date, 'start_date'), end_date=as_date(end_date, 'end_date'), register_url=register_url, event_information=event_information, dept_id=as_joined(dept_id, 'dept_id', ','), dept_code=as_joined(dept_code, 'dept_code', ','), dept_name=as_joined(dept_name, 'dept_name', ','), dept_source_code=as_joined(dept_source_code, 'dept_source_code', ','))
        return cast('WaiqinResponse', await self._call('add_or_update_campaign', request))

    async def apply_callback(self, *, campaign_source_code: str, campaign_code: str, registered_time: datetime.datetime | str, merchant_information: str, cm_ids: Sequence[str] | str | None = None, cm_codes: Sequence[str] | str | None = None, cm_names: Sequence[str] | str | None = None) -> WaiqinResponse:
        """Report customers who registered for a campaign. Documented errors: 1."""
        request = models.ApplyCallbackRequest(campaign_source_code=campaign_source_code, campaign_code=campaign_code, registered_time=as_datetime(registered_time, 'registered_time'), merchant_information=merchant_information, cm_ids=as_joined(cm_ids, 'cm_ids', ','), cm_codes=as_joined(cm_codes, 'cm_codes', ','), cm_names=as_joined(cm_names, 'cm_names', ','))
        return cast('WaiqinResponse', await self._call('apply_callback', request))

    async def query_campaign(self, *, activity_source_code: str | None = None, activity_code: str | None = None, before_create_time: datetime.datetime | str | None = None, after_create_time: datetime.datetime | str | None = None, before_modify_time: datetime.datetime | str | None = None, after_modify_time: datetime.datetime | str | None = None, activity_type_code: str | None = None) -> list[Campaign]:
        """Query campaigns by source code, code, type and create/modify time windows. Documented errors: 1."""
        request = models.QueryCampaignRequest(activity_source_code=activity_source_code, activity_code=activity_code, before_create_time=as_datetime(before_create_time, 'before_create_time'), after_create_time=as_datetime(after_create_time, 'after_create_time'), before_modify_time=as_datetime(before_modify_time, 'before_modify_time'), after_modify_time=as_datetime(after_modify_time, 'after_modify_time'), activity_type_code=activity_type_code)
        return cast('list[Campaign]', await self._call('query_campaign', request))


class BcResourceWithRawResponse(BaseResource):
    """bC campaigns. Every method returns the raw HTTP answer."""

    _operations = OPERATIONS

    async def add_or_update_campaign(self, *, source_code: str, code: str, name: str, type_code: str, event_status: EventStatus | int, start_date: datetime.date | str, end_date: datetime.date | str, register_url: str, event_information: str, dept_id: Sequence[str] | str | None = None, dept_code: Sequence[str] | str | None = None, dept_name: Sequence[str] | str | None = None, dept_source_code: Sequence[str] | str | None = None) -> RawResponse[WaiqinResponse]:
        """Create or update (by source_code) a bC campaign. Documented errors: 1."""
        request = models.AddOrUpdateCampaignRequest(source_code=source_code, code=code, name=name, type_code=type_code, event_status=as_enum(models.EventStatus, event_status, 'event_status'), start_date=as_date(start_date, 'start_date'), end_date=as_date(end_date, 'end_date'), register_url=register_url, event_information=event_information, dept_id=as_joined(dept_id, 'dept_id', ','), dept_code=as_joined(dept_code, 'dept_code', ','), dept_name=as_joined(dept_name, 'dept_name', ','), dept_source_code=as_joined(dept_source_code, 'dept_source_code', ','))
        return cast('RawResponse[WaiqinResponse]', await self._call_raw('add_or_update_campaign', request))

    async def apply_callback(self, *, campaign_source_code: str, campaign_code: str, registered_time: datetime.datetime | str, merchant_information: str, cm_ids: Sequence[str] | str | None = None, cm_codes: Sequence[str] | str | None = None, cm_names: Sequence[str] | str | None = None) -> RawResponse[WaiqinResponse]:
        """Report customers who registered for a campaign. Documented errors: 1."""
        request = models.ApplyCallbackRequest(campaign_source_code=campaign_source_code, campaign_code=campaign_code, registered_time=as_datetime(registered_time, 'registered_time'), merchant_information=merchant_information, cm_ids=as_joined(cm_ids, 'cm_ids', ','), cm_codes=as_joined(cm_codes, 'cm_codes', ','), cm_names=as_joined(cm_names, 'cm_names', ','))
        return cast('RawResponse[WaiqinResponse]', await self._call_raw('apply_callback', request))

    async def query_campaign(self, *, activity_source_code: str | None = None, activity_code: str | None = None, before_create_time: datetime.datetime | str | None = None, after_create_time: datetime.datetime | str | None = None, before_modify_time: datetime.datetime | str | None = None, after_modify_time: datetime.datetime | str | None = None, activity_type_code: str | None = None) -> RawResponse[list[Campaign]]:
        """Query campaigns by source code, code, type and create/modify time windows. Documented errors: 1."""
        request = models.QueryCampaignRequest(activity_source_code=activity_source_code, activity_code=activity_code, before_create_time=as_datetime(before_create_time, 'before_create_time'), after_create_time=as_datetime(after_create_time, 'after_create_time'), before_modify_time=as_datetime(before_modify_time, 'before_modify_time'), after_modify_time=as_datetime(after_modify_time, 'after_modify_time'), activity_type_code=activity_type_code)
        return cast('RawResponse[list[Campaign]]', await self._call_raw('query_campaign', request))
