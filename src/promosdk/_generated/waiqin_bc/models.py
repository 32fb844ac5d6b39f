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
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(source_code=" + repr(self.source_code)
            + ", code=" + repr(self.code)
            + ", name=" + repr(self.name)
            + ", type_code=" + repr(self.type_code)
            + ", event_status=" + repr(self.event_status)
            + ", start_date=" + repr(self.start_date)
            + ", end_date=" + repr(self.end_date)
            + ", register_url=" + repr(self.register_url)
            + ", event_information=" + repr(self.event_information)
            + ", dept_id=" + repr(self.dept_id)
            + ", dept_code=" + repr(self.dept_code)
            + ", dept_name=" + repr(self.dept_name)
            + ", dept_source_code=" + repr(self.dept_source_code)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AddOrUpdateCampaignRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.source_code,
            self.code,
            self.name,
            self.type_code,
            self.event_status,
            self.start_date,
            self.end_date,
            self.register_url,
            self.event_information,
            self.dept_id,
            self.dept_code,
            self.dept_name,
            self.dept_source_code,
            self.extra,
        ) == (
            other.source_code,
            other.code,
            other.name,
            other.type_code,
            other.event_status,
            other.start_date,
            other.end_date,
            other.register_url,
            other.event_information,
            other.dept_id,
            other.dept_code,
            other.dept_name,
            other.dept_source_code,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(campaign_source_code=" + repr(self.campaign_source_code)
            + ", campaign_code=" + repr(self.campaign_code)
            + ", cm_ids=" + repr(self.cm_ids)
            + ", cm_codes=" + repr(self.cm_codes)
            + ", cm_names=" + repr(self.cm_names)
            + ", registered_time=" + repr(self.registered_time)
            + ", merchant_information=" + repr(self.merchant_information)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplyCallbackRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.campaign_source_code,
            self.campaign_code,
            self.cm_ids,
            self.cm_codes,
            self.cm_names,
            self.registered_time,
            self.merchant_information,
            self.extra,
        ) == (
            other.campaign_source_code,
            other.campaign_code,
            other.cm_ids,
            other.cm_codes,
            other.cm_names,
            other.registered_time,
            other.merchant_information,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(activity_source_code=" + repr(self.activity_source_code)
            + ", activity_code=" + repr(self.activity_code)
            + ", before_create_time=" + repr(self.before_create_time)
            + ", after_create_time=" + repr(self.after_create_time)
            + ", before_modify_time=" + repr(self.before_modify_time)
            + ", after_modify_time=" + repr(self.after_modify_time)
            + ", activity_type_code=" + repr(self.activity_type_code)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QueryCampaignRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.activity_source_code,
            self.activity_code,
            self.before_create_time,
            self.after_create_time,
            self.before_modify_time,
            self.after_modify_time,
            self.activity_type_code,
            self.extra,
        ) == (
            other.activity_source_code,
            other.activity_code,
            other.before_create_time,
            other.after_create_time,
            other.before_modify_time,
            other.after_modify_time,
            other.activity_type_code,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class Dept:
    """An owning department."""

    id: str | None = field(default=None, metadata={"wire": "id"})
    code: str | None = field(default=None, metadata={"wire": "code"})
    name: str | None = field(default=None, metadata={"wire": "name"})
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(id=" + repr(self.id)
            + ", code=" + repr(self.code)
            + ", name=" + repr(self.name)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dept) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.code,
            self.name,
            self.extra,
        ) == (
            other.id,
            other.code,
            other.name,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
class Customer:
    """A covered or invited customer."""

    id: str | None = field(default=None, metadata={"wire": "id"})
    code: str | None = field(default=None, metadata={"wire": "code"})
    name: str | None = field(default=None, metadata={"wire": "name"})
    source_code: str | None = field(default=None, metadata={"wire": "source_code"})
    """The customer's third-party id."""
    extra: dict[str, Any] = field(factory=dict, metadata={"extra": True})
    """Wire fields this model does not declare, kept as received."""

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(id=" + repr(self.id)
            + ", code=" + repr(self.code)
            + ", name=" + repr(self.name)
            + ", source_code=" + repr(self.source_code)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Customer) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.code,
            self.name,
            self.source_code,
            self.extra,
        ) == (
            other.id,
            other.code,
            other.name,
            other.source_code,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(id=" + repr(self.id)
            + ", code=" + repr(self.code)
            + ", name=" + repr(self.name)
            + ", source_code=" + repr(self.source_code)
            + ", merchant_information=" + repr(self.merchant_information)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegisteredCustomer) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.code,
            self.name,
            self.source_code,
            self.merchant_information,
            self.extra,
        ) == (
            other.id,
            other.code,
            other.name,
            other.source_code,
            other.merchant_information,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(activity_source_code=" + repr(self.activity_source_code)
            + ", activity_code=" + repr(self.activity_code)
            + ", activity_type_code=" + repr(self.activity_type_code)
            + ", activity_type_name=" + repr(self.activity_type_name)
            + ", activity_name=" + repr(self.activity_name)
            + ", start_date=" + repr(self.start_date)
            + ", end_date=" + repr(self.end_date)
            + ", event_status=" + repr(self.event_status)
            + ", event_information=" + repr(self.event_information)
            + ", register_url=" + repr(self.register_url)
            + ", belong_dept=" + repr(self.belong_dept)
            + ", override_customer=" + repr(self.override_customer)
            + ", invited_customer=" + repr(self.invited_customer)
            + ", registered_customer=" + repr(self.registered_customer)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Campaign) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.activity_source_code,
            self.activity_code,
            self.activity_type_code,
            self.activity_type_name,
            self.activity_name,
            self.start_date,
            self.end_date,
            self.event_status,
            self.event_information,
            self.register_url,
            self.belong_dept,
            self.override_customer,
            self.invited_customer,
            self.registered_customer,
            self.extra,
        ) == (
            other.activity_source_code,
            other.activity_code,
            other.activity_type_code,
            other.activity_type_name,
            other.activity_name,
            other.start_date,
            other.end_date,
            other.event_status,
            other.event_information,
            other.register_url,
            other.belong_dept,
            other.override_customer,
            other.invited_customer,
            other.registered_customer,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(msg_id=" + repr(self.msg_id)
            + ", return_code=" + repr(self.return_code)
            + ", return_msg=" + repr(self.return_msg)
            + ", response_data=" + repr(self.response_data)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WaiqinResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.msg_id,
            self.return_code,
            self.return_msg,
            self.response_data,
            self.extra,
        ) == (
            other.msg_id,
            other.return_code,
            other.return_msg,
            other.response_data,
            other.extra,
        )


@redacted_repr
@define(kw_only=True, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return (
            self.__class__.__qualname__
            + "(msg_id=" + repr(self.msg_id)
            + ", return_code=" + repr(self.return_code)
            + ", return_msg=" + repr(self.return_msg)
            + ", response_data=" + repr(self.response_data)
            + ", extra=" + repr(self.extra)
            + ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QueryCampaignResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.msg_id,
            self.return_code,
            self.return_msg,
            self.response_data,
            self.extra,
        ) == (
            other.msg_id,
            other.return_code,
            other.return_msg,
            other.response_data,
            other.extra,
        )


# Reprs, tracebacks and pickles name the public module, which re-exports every class.
publish(globals(), 'promosdk.models')
