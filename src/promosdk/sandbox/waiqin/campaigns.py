"""Group ``bc``: waiqin tenants and their bC campaigns (upsert, registrations, filtered queries)."""

from __future__ import annotations

import bisect
import hmac
import math
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ...signing import parse_waiqin_timestamp, waiqin_digest
from ..context import StateContext
from ..errors import WaiqinError
from .fields import date_field, datetime_epoch, enum_field, split_csv, text_field

__all__ = ["EFFECT_KINDS", "Campaign", "CampaignState", "Registration", "Tenant"]

EFFECT_KINDS: tuple[str, ...] = (
    "campaign_insert",
    "campaign_update",
    "apply_callback_rows",
    "apply_callback_customer",
)


@attrs.define(eq=False)
class Registration:
    row: dict[str, str]
    registered_time: str
    msg_id: str


@attrs.define(eq=False)
class Campaign:
    seq: int
    source_code: str
    code: str
    name: str
    type_code: str
    event_status: str
    start_date: str
    end_date: str
    register_url: str
    event_information: str
    belong_dept: list[dict[str, str]]
    create_time: float
    modify_time: float
    registrations: list[Registration] = attrs.field(factory=list)

    def to_json(self) -> dict[str, Any]:
        """Shaped like the DATA example of queryCampaign."""
        return {
            "activity_source_code": self.source_code,
            "activity_code": self.code,
            "activity_type_code": self.type_code,
            "activity_type_name": "",
            "activity_name": self.name,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "event_status": self.event_status,
            "event_information": self.event_information,
            "register_url": self.register_url,
            "belong_dept": [dict(d) for d in self.belong_dept],
            "override_customer": [],
            "invited_customer": [],
            "registered_customer": [dict(r.row) for r in self.registrations],
        }


@attrs.define(eq=False)
class Tenant:
    openid: str
    campaigns: dict[str, Campaign] = attrs.field(factory=dict)
    by_code: dict[str, dict[str, None]] = attrs.field(factory=dict)
    by_type: dict[str, dict[str, None]] = attrs.field(factory=dict)
    #: (whole seconds, seq, source_code), sorted: time-window filters bisect instead of scanning.
    by_create: list[tuple[int, int, str]] = attrs.field(factory=list)
    by_modify: list[tuple[int, int, str]] = attrs.field(factory=list)
    next_seq: int = 0


# ---------------------------------------------------------------------------------------- helpers


def _index_add(index: dict[str, dict[str, None]], key: str, source_code: str) -> None:
    index.setdefault(key, {})[source_code] = None


def _index_remove(index: dict[str, dict[str, None]], key: str, source_code: str) -> None:
    bucket = index.get(key)
    if bucket is not None:
        bucket.pop(source_code, None)
        if not bucket:
            del index[key]


class CampaignState:
    """Tenants (openid -> appkey) and, per tenant, campaigns by source_code with their indexes."""

    def __init__(self, ctx: StateContext) -> None:
        self._ctx = ctx
        self.waiqin_tenants: dict[str, str] = dict(ctx.config.waiqin_tenants)
        self.tenants: dict[str, Tenant] = {}

    def campaigns(self, openid: str) -> list[Campaign]:
        tenant = self.tenants.get(openid)
        return list(tenant.campaigns.values()) if tenant else []

    def verify(self, openid: str, timestamp: str, digest: str, body: bytes) -> Tenant:
        """Check openid, timestamp window and digest over the raw body bytes."""
        appkey = self.waiqin_tenants.get(openid)
        if appkey is None:
            raise WaiqinError("unknown openid")
        try:
            sent_at = parse_waiqin_timestamp(timestamp).timestamp()
        except ValueError:
            raise WaiqinError("invalid timestamp, expected yyyyMMddHHmmss") from None
        if abs(self._ctx.now() - sent_at) > self._ctx.config.waiqin_timestamp_skew:
            raise WaiqinError("timestamp expired")
        if not hmac.compare_digest(digest.encode(), waiqin_digest(body, appkey, timestamp).encode()):
            raise WaiqinError("digest mismatch")
        tenant = self.tenants.get(openid)
        if tenant is None:
            tenant = self.tenants[openid] = Tenant(openid=openid)
        return tenant

    def add_or_update_campaign(self, tenant: Tenant, data: Mapping[str, Any]) -> Campaign:
        source_code = text_field(data, "AddOrUpdateCampaignRequest", "source_code")
        code = text_field(data, "AddOrUpdateCampaignRequest", "code")
        name = text_field(data, "AddOrUpdateCampaignRequest", "name")
        type_code = text_field(data, "AddOrUpdateCampaignRequest", "type_code")
        event_status = enum_field(data, "AddOrUpdateCampaignRequest", "event_status")
        start_date = date_field(data, "AddOrUpdateCampaignRequest", "start_date")
        end_date = date_field(data, "AddOrUpdateCampaignRequest", "end_date")
        if end_date < start_date:
            raise WaiqinError("end_date is before start_date")
        register_url = text_field(data, "AddOrUpdateCampaignRequest", "register_url")
        event_information = text_field(data, "AddOrUpdateCampaignRequest", "event_information")
        belong_dept: list[dict[str, str]] | None = None
        # Priority dept_id > dept_code > dept_name > dept_source_code; only the given attribute is known.
        for field, key in (
            ("dept_id", "id"),
            ("dept_code", "code"),
            ("dept_name", "name"),
            ("dept_source_code", ""),
        ):
            value = text_field(data, "AddOrUpdateCampaignRequest", field)
            if value:
                belong_dept = []
                for part in split_csv(value):
                    dept = {"id": "", "code": "", "name": ""}
                    if key:
                        dept[key] = part
                    else:
                        dept["source_code"] = part
                    belong_dept.append(dept)
                break
        now = self._ctx.now()
        campaign = tenant.campaigns.get(source_code)
        if campaign is None:
            campaign = Campaign(
                seq=tenant.next_seq,
                source_code=source_code,
                code=code,
                name=name,
                type_code=type_code,
                event_status=event_status,
                start_date=start_date,
                end_date=end_date,
                register_url=register_url,
                event_information=event_information,
                belong_dept=belong_dept or [],
                create_time=now,
                modify_time=now,
            )
            tenant.next_seq += 1
            tenant.campaigns[source_code] = campaign
            _index_add(tenant.by_code, code, source_code)
            _index_add(tenant.by_type, type_code, source_code)
            bisect.insort(tenant.by_create, (int(now), campaign.seq, source_code))
            bisect.insort(tenant.by_modify, (int(now), campaign.seq, source_code))
            self._ctx.effect("campaign_insert", source_code)
            return campaign
        if campaign.code != code:
            _index_remove(tenant.by_code, campaign.code, source_code)
            _index_add(tenant.by_code, code, source_code)
        if campaign.type_code != type_code:
            _index_remove(tenant.by_type, campaign.type_code, source_code)
            _index_add(tenant.by_type, type_code, source_code)
        campaign.code = code
        campaign.name = name
        campaign.type_code = type_code
        campaign.event_status = event_status
        campaign.start_date = start_date
        campaign.end_date = end_date
        campaign.register_url = register_url
        campaign.event_information = event_information
        if belong_dept is not None:  # absent dept fields keep the previous departments
            campaign.belong_dept = belong_dept
        old_entry = (int(campaign.modify_time), campaign.seq, source_code)
        at = bisect.bisect_left(tenant.by_modify, old_entry)
        if at < len(tenant.by_modify) and tenant.by_modify[at] == old_entry:
            del tenant.by_modify[at]
        bisect.insort(tenant.by_modify, (int(now), campaign.seq, source_code))
        campaign.modify_time = now
        self._ctx.effect("campaign_update", source_code)
        return campaign

    def apply_callback(self, tenant: Tenant, data: Mapping[str, Any], msg_id: str = "") -> int:
        """Append one registration row per listed customer (not idempotent). Returns rows added."""
        source_code = text_field(data, "ApplyCallbackRequest", "campaign_source_code")
        code = text_field(data, "ApplyCallbackRequest", "campaign_code")
        registered_time = text_field(data, "ApplyCallbackRequest", "registered_time")
        datetime_epoch(registered_time, "registered_time")
        merchant_information = text_field(data, "ApplyCallbackRequest", "merchant_information")
        customers: list[str] = []
        key = ""
        for field, attr in (("cm_ids", "id"), ("cm_codes", "code"), ("cm_names", "name")):
            values = split_csv(text_field(data, "ApplyCallbackRequest", field))
            if values:  # priority: ids, then codes, then names
                customers, key = values, attr
                break
        if not customers:
            raise WaiqinError("one of cm_ids, cm_codes, cm_names is required")
        campaign = tenant.campaigns.get(source_code)
        if campaign is None or campaign.code != code:
            raise WaiqinError("campaign not found")
        for customer in customers:
            row = {
                "id": "",
                "code": "",
                "name": "",
                "source_code": "",
                "merchant_information": merchant_information,
            }
            row[key] = customer
            campaign.registrations.append(
                Registration(row=row, registered_time=registered_time, msg_id=msg_id)
            )
        self._ctx.effect("apply_callback_rows", source_code, len(customers))
        for customer in customers:  # per (campaign, customer): a registration made twice shows as 2
            self._ctx.effect("apply_callback_customer", f"{source_code}/{customer}", 1)
        return len(customers)

    def query(self, tenant: Tenant, data: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Campaigns matching every given filter, in creation order. Time bounds are inclusive."""
        source_code = text_field(data, "QueryCampaignRequest", "activity_source_code")
        code = text_field(data, "QueryCampaignRequest", "activity_code")
        type_code = text_field(data, "QueryCampaignRequest", "activity_type_code")
        bounds: list[tuple[str, bool, float]] = []
        for field, attr, is_before in (
            ("before_create_time", "create_time", True),
            ("after_create_time", "create_time", False),
            ("before_modify_time", "modify_time", True),
            ("after_modify_time", "modify_time", False),
        ):
            value = text_field(data, "QueryCampaignRequest", field)
            if value:
                bounds.append((attr, is_before, datetime_epoch(value, field)))
        # Narrow with the indexes first: source code O(1); else the smallest of the code/type
        # bucket and the bisected time windows; the remaining filters check the candidates.
        candidates: Iterable[Campaign]
        if source_code:
            found = tenant.campaigns.get(source_code)
            candidates = [found] if found is not None else []
        else:
            options: list[list[str] | dict[str, None]] = []
            if code:
                options.append(tenant.by_code.get(code, {}))
            if type_code:
                options.append(tenant.by_type.get(type_code, {}))
            for attr, index in (("create_time", tenant.by_create), ("modify_time", tenant.by_modify)):
                low, high = -math.inf, math.inf
                for bound_attr, is_before, limit in bounds:
                    if bound_attr == attr:
                        if is_before:
                            high = min(high, limit)
                        else:
                            low = max(low, limit)
                if low != -math.inf or high != math.inf:
                    start = bisect.bisect_left(index, (math.ceil(low),)) if low != -math.inf else 0
                    end = (
                        bisect.bisect_right(index, (math.floor(high), math.inf))
                        if high != math.inf
                        else len(index)
                    )
                    options.append([entry[2] for entry in index[start:end]])
            if options:
                narrowest = min(options, key=len)
                candidates = sorted((tenant.campaigns[s] for s in narrowest), key=lambda c: c.seq)
            else:
                candidates = tenant.campaigns.values()
        out: list[dict[str, Any]] = []
        for campaign in candidates:
            if (code and campaign.code != code) or (type_code and campaign.type_code != type_code):
                continue
            ok = True
            for attr, is_before, limit in bounds:
                moment = int(getattr(campaign, attr))  # second resolution, like the filter
                if (is_before and moment > limit) or (not is_before and moment < limit):
                    ok = False
                    break
            if ok:
                out.append(campaign.to_json())
        return out
