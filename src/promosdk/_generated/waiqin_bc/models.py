# generated from spec/waiqin_bc.openapi.yaml by codegen — do not edit
"""Models of waiqin365 open API — bC campaigns (bC活动)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from promosdk._enums import OpenIntEnum, OpenStrEnum
from promosdk._public import UnsetList, publish
from promosdk._redact import redacted_repr

__all__ = [
    "AddOrUpdateCampaignRequest",
    "ApplyCallbackRequest",
    "Campaign",
    "Customer",
    "Dept",
    "EventStatus",
    "QueryCampaignRequest",
    "QueryCampaignResponse",
    "RegisteredCustomer",
    "WaiqinResponse",
]


class EventStatus(OpenIntEnum):
    """Campaign state (1 online, 2 suspended, 3 ended). A VARCHAR on the wire."""

    ONLINE = 1
    SUSPENDED = 2
    ENDED = 3


@redacted_repr
@define(kw_only=True)
class AddOrUpdateCampaignRequest:
    """Create a campaign, or update the one with the same source_code."""

    source_code: str = field(metadata={"wire": "source_code"})
    """The third party's unique campaign id; updates match on it."""
    code: str = field(metadata={"wire": "code"})
    """Campaign number."""
    name: str = field(metadata={"wire": "name"})
    """Campaign name."""
    type_code: str = field(metadata={"wire": "type_code"})
    """Campaign type code."""
    event_status: EventStatus = field(metadata={"wire": "event_status", "wire_type": "string"})
    """Campaign state; sent as a string (VARCHAR(100))."""
    start_date: str = field(metadata={"wire": "start_date"})
    """Start date, yyyy-mm-dd."""
    end_date: str = field(metadata={"wire": "end_date"})
    """End date, yyyy-mm-dd (not before start_date)."""
    register_url: str = field(metadata={"wire": "register_url"})
    """Registration URL."""
    event_information: str = field(metadata={"wire": "event_information"})
    """Campaign information (TEXT)."""
    dept_id: str | None = field(default=None, metadata={"wire": "dept_id"})
    """Owning department ids, comma separated. Priority dept_id > dept_code > dept_name > dept_source_code."""
    dept_code: str | None = field(default=None, metadata={"wire": "dept_code"})
    """Owning department codes, comma separated."""
    dept_name: str | None = field(default=None, metadata={"wire": "dept_name"})
    """Owning department names, comma separated."""
    dept_source_code: str | None = field(default=None, metadata={"wire": "dept_source_code"})
    """Owning departments' third-party ids, comma separated."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class ApplyCallbackRequest:
    """Report customers registered for a campaign."""

    campaign_source_code: str = field(metadata={"wire": "campaign_source_code"})
    """The third party's unique campaign id."""
    campaign_code: str = field(metadata={"wire": "campaign_code"})
    """Campaign number."""
    cm_ids: str | None = field(default=None, metadata={"wire": "cm_ids"})
    """Customer ids, comma separated. One of cm_ids/cm_codes/cm_names is required; priority in that order."""
    cm_codes: str | None = field(default=None, metadata={"wire": "cm_codes"})
    """Customer codes, comma separated."""
    cm_names: str | None = field(default=None, metadata={"wire": "cm_names"})
    """Customer names, comma separated."""
    registered_time: str = field(metadata={"wire": "registered_time"})
    """Registration time, yyyy-mm-dd hh:mm:ss."""
    merchant_information: str = field(metadata={"wire": "merchant_information"})
    """Merchant information at registration (TEXT)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class QueryCampaignRequest:
    """Filters; all optional."""

    activity_source_code: str | None = field(default=None, metadata={"wire": "activity_source_code"})
    """The third party's unique campaign id."""
    activity_code: str | None = field(default=None, metadata={"wire": "activity_code"})
    """Campaign number."""
    before_create_time: str | None = field(default=None, metadata={"wire": "before_create_time"})
    """Created before, yyyy-MM-dd HH:mm:ss."""
    after_create_time: str | None = field(default=None, metadata={"wire": "after_create_time"})
    """Created after, yyyy-MM-dd HH:mm:ss."""
    before_modify_time: str | None = field(default=None, metadata={"wire": "before_modify_time"})
    """Modified before, yyyy-MM-dd HH:mm:ss."""
    after_modify_time: str | None = field(default=None, metadata={"wire": "after_modify_time"})
    """Modified after, yyyy-MM-dd HH:mm:ss."""
    activity_type_code: str | None = field(default=None, metadata={"wire": "activity_type_code"})
    """Campaign type code."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class Dept:
    """An owning department."""

    id: str | None = field(default=None, metadata={"wire": "id"})
    code: str | None = field(default=None, metadata={"wire": "code"})
    name: str | None = field(default=None, metadata={"wire": "name"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class Customer:
    """A covered or invited customer."""

    id: str | None = field(default=None, metadata={"wire": "id"})
    code: str | None = field(default=None, metadata={"wire": "code"})
    name: str | None = field(default=None, metadata={"wire": "name"})
    source_code: str | None = field(default=None, metadata={"wire": "source_code"})
    """The customer's third-party id."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class RegisteredCustomer:
    """A customer registered for the campaign."""

    id: str | None = field(default=None, metadata={"wire": "id"})
    code: str | None = field(default=None, metadata={"wire": "code"})
    name: str | None = field(default=None, metadata={"wire": "name"})
    source_code: str | None = field(default=None, metadata={"wire": "source_code"})
    merchant_information: str | None = field(default=None, metadata={"wire": "merchant_information"})
    """Merchant information (TEXT)."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class Campaign:
    """A campaign as queryCampaign returns it."""

    activity_source_code: str | None = field(default=None, metadata={"wire": "activity_source_code"})
    """The third party's unique campaign id."""
    activity_code: str | None = field(default=None, metadata={"wire": "activity_code"})
    """Campaign number."""
    activity_type_code: str | None = field(default=None, metadata={"wire": "activity_type_code"})
    """Campaign type code."""
    activity_type_name: str | None = field(default=None, metadata={"wire": "activity_type_name"})
    """Campaign type name."""
    activity_name: str | None = field(default=None, metadata={"wire": "activity_name"})
    """Campaign name."""
    start_date: str | None = field(default=None, metadata={"wire": "start_date"})
    """Start date, to the day."""
    end_date: str | None = field(default=None, metadata={"wire": "end_date"})
    """End date, to the day."""
    event_status: EventStatus | None = field(
        default=None, metadata={"wire": "event_status", "wire_type": "string"}
    )
    """Campaign state; a string on the wire ("" decodes as absent)."""
    event_information: str | None = field(default=None, metadata={"wire": "event_information"})
    """Campaign information (documented as VARCHAR(32) here, TEXT on input)."""
    register_url: str | None = field(default=None, metadata={"wire": "register_url"})
    """Registration URL."""
    belong_dept: list[Dept] = field(factory=UnsetList, metadata={"wire": "belong_dept"})
    """Owning departments."""
    override_customer: list[Customer] = field(factory=UnsetList, metadata={"wire": "override_customer"})
    """Customers the campaign covers."""
    invited_customer: list[Customer] = field(factory=UnsetList, metadata={"wire": "invited_customer"})
    """Customers already notified."""
    registered_customer: list[RegisteredCustomer] = field(
        factory=UnsetList, metadata={"wire": "registered_customer"}
    )
    """Customers registered for the campaign."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class WaiqinResponse:
    """The envelope of every answer."""

    msg_id: str = field(metadata={"wire": "msg_id"})
    """The request's msg_id, echoed."""
    return_code: int = field(metadata={"wire": "return_code"})
    """0 success, 1 failure; sometimes sent as the string "0"."""
    return_msg: str = field(metadata={"wire": "return_msg"})
    response_data: str | None = field(default=None, metadata={"wire": "response_data"})
    """Payload, a JSON-encoded string when present."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


@redacted_repr
@define(kw_only=True)
class QueryCampaignResponse:
    """The envelope of queryCampaign; response_data holds the campaigns."""

    msg_id: str = field(metadata={"wire": "msg_id"})
    return_code: int = field(metadata={"wire": "return_code"})
    return_msg: str = field(metadata={"wire": "return_msg"})
    response_data: list[Campaign] = field(
        factory=UnsetList, metadata={"wire": "response_data", "json_string": True}
    )
    """The campaigns, sent as a JSON-encoded string; absent, null, "" and "[]" all mean none."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""


# Reprs, tracebacks and pickles name the public module, which re-exports every class.
publish(globals(), 'promosdk.models')
