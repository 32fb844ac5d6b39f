# generated from spec/waiqin_bc.openapi.yaml by codegen — do not edit
"""Fast decoders of waiqin365 open API — bC campaigns (bC活动): one straight-line function per model (codegen/decoders.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from promosdk._fast_decode import GiveUp, check_untyped, json_document, new_instance, unknown_fields
from promosdk._public import UnsetList
from promosdk._serde_scalars import (
    structure_int,
    structure_str,
)

from .models import (
    AddOrUpdateCampaignRequest,
    ApplyCallbackRequest,
    Campaign,
    Customer,
    Dept,
    EventStatus,
    QueryCampaignRequest,
    QueryCampaignResponse,
    RegisteredCustomer,
    WaiqinResponse,
)

__all__ = ["DECODERS"]

_MEMBERS_EventStatus: dict[int, EventStatus] = {member.value: member for member in EventStatus}
_KNOWN_AddOrUpdateCampaignRequest: frozenset[str] = frozenset({"source_code", "code", "name", "type_code", "event_status", "start_date", "end_date", "register_url", "event_information", "dept_id", "dept_code", "dept_name", "dept_source_code"})
_KNOWN_ApplyCallbackRequest: frozenset[str] = frozenset({"campaign_source_code", "campaign_code", "cm_ids", "cm_codes", "cm_names", "registered_time", "merchant_information"})
_KNOWN_Campaign: frozenset[str] = frozenset({"activity_source_code", "activity_code", "activity_type_code", "activity_type_name", "activity_name", "start_date", "end_date", "event_status", "event_information", "register_url", "belong_dept", "override_customer", "invited_customer", "registered_customer"})
_KNOWN_Customer: frozenset[str] = frozenset({"id", "code", "name", "source_code"})
_KNOWN_Dept: frozenset[str] = frozenset({"id", "code", "name"})
_KNOWN_QueryCampaignRequest: frozenset[str] = frozenset({"activity_source_code", "activity_code", "before_create_time", "after_create_time", "before_modify_time", "after_modify_time", "activity_type_code"})
_KNOWN_RegisteredCustomer: frozenset[str] = frozenset({"id", "code", "name", "source_code", "merchant_information"})
_KNOWN_QueryCampaignResponse: frozenset[str] = frozenset({"msg_id", "return_code", "return_msg", "response_data"})
_KNOWN_WaiqinResponse: frozenset[str] = frozenset({"msg_id", "return_code", "return_msg", "response_data"})


def decode_AddOrUpdateCampaignRequest(o: Any, d: int) -> AddOrUpdateCampaignRequest:
    # AddOrUpdateCampaignRequest
    source_code_0 = o["source_code"]
    code_0 = o["code"]
    name_0 = o["name"]
    type_code_0 = o["type_code"]
    event_status_0 = o["event_status"]
    start_date_0 = o["start_date"]
    end_date_0 = o["end_date"]
    register_url_0 = o["register_url"]
    event_information_0 = o["event_information"]
    dept_id_0 = o.get("dept_id")
    dept_code_0 = o.get("dept_code")
    dept_name_0 = o.get("dept_name")
    dept_source_code_0 = o.get("dept_source_code")
    extra0 = {} if len(o) == 9 + (dept_id_0 is not None) + (dept_code_0 is not None) + (dept_name_0 is not None) + (dept_source_code_0 is not None) or _KNOWN_AddOrUpdateCampaignRequest.issuperset(o) else unknown_fields(o, _KNOWN_AddOrUpdateCampaignRequest, d)
    if type(source_code_0) is not str: source_code_0 = structure_str(source_code_0, str)
    if type(code_0) is not str: code_0 = structure_str(code_0, str)
    if type(name_0) is not str: name_0 = structure_str(name_0, str)
    if type(type_code_0) is not str: type_code_0 = structure_str(type_code_0, str)
    if type(event_status_0) is int and event_status_0 in _MEMBERS_EventStatus: event_status_0 = _MEMBERS_EventStatus[event_status_0]
    else: event_status_0 = EventStatus(structure_int(event_status_0, int))
    if type(start_date_0) is not str: start_date_0 = structure_str(start_date_0, str)
    if type(end_date_0) is not str: end_date_0 = structure_str(end_date_0, str)
    if type(register_url_0) is not str: register_url_0 = structure_str(register_url_0, str)
    if type(event_information_0) is not str: event_information_0 = structure_str(event_information_0, str)
    if type(dept_id_0) is not str and dept_id_0 is not None: dept_id_0 = structure_str(dept_id_0, str)
    if type(dept_code_0) is not str and dept_code_0 is not None: dept_code_0 = structure_str(dept_code_0, str)
    if type(dept_name_0) is not str and dept_name_0 is not None: dept_name_0 = structure_str(dept_name_0, str)
    if type(dept_source_code_0) is not str and dept_source_code_0 is not None: dept_source_code_0 = structure_str(dept_source_code_0, str)
    obj0 = new_instance(AddOrUpdateCampaignRequest)
    obj0.source_code = source_code_0
    obj0.code = code_0
    obj0.name = name_0
    obj0.type_code = type_code_0
    obj0.event_status = event_status_0
    obj0.start_date = start_date_0
    obj0.end_date = end_date_0
    obj0.register_url = register_url_0
    obj0.event_information = event_information_0
    obj0.dept_id = dept_id_0
    obj0.dept_code = dept_code_0
    obj0.dept_name = dept_name_0
    obj0.dept_source_code = dept_source_code_0
    obj0.extra = extra0
    return obj0

def decode_ApplyCallbackRequest(o: Any, d: int) -> ApplyCallbackRequest:
    # ApplyCallbackRequest
    campaign_source_code_0 = o["campaign_source_code"]
    campaign_code_0 = o["campaign_code"]
    cm_ids_0 = o.get("cm_ids")
    cm_codes_0 = o.get("cm_codes")
    cm_names_0 = o.get("cm_names")
    registered_time_0 = o["registered_time"]
    merchant_information_0 = o["merchant_information"]
    extra0 = {} if len(o) == 4 + (cm_ids_0 is not None) + (cm_codes_0 is not None) + (cm_names_0 is not None) or _KNOWN_ApplyCallbackRequest.issuperset(o) else unknown_fields(o, _KNOWN_ApplyCallbackRequest, d)
    if type(campaign_source_code_0) is not str: campaign_source_code_0 = structure_str(campaign_source_code_0, str)
    if type(campaign_code_0) is not str: campaign_code_0 = structure_str(campaign_code_0, str)
    if type(cm_ids_0) is not str and cm_ids_0 is not None: cm_ids_0 = structure_str(cm_ids_0, str)
    if type(cm_codes_0) is not str and cm_codes_0 is not None: cm_codes_0 = structure_str(cm_codes_0, str)
    if type(cm_names_0) is not str and cm_names_0 is not None: cm_names_0 = structure_str(cm_names_0, str)
    if type(registered_time_0) is not str: registered_time_0 = structure_str(registered_time_0, str)
    if type(merchant_information_0) is not str: merchant_information_0 = structure_str(merchant_information_0, str)
    obj0 = new_instance(ApplyCallbackRequest)
    obj0.campaign_source_code = campaign_source_code_0
    obj0.campaign_code = campaign_code_0
    obj0.cm_ids = cm_ids_0
    obj0.cm_codes = cm_codes_0
    obj0.cm_names = cm_names_0
    obj0.registered_time = registered_time_0
    obj0.merchant_information = merchant_information_0
    obj0.extra = extra0
    return obj0

def decode_Campaign(o: Any, d: int) -> Campaign:
    # Campaign
    activity_source_code_0 = o.get("activity_source_code")
    activity_code_0 = o.get("activity_code")
    activity_type_code_0 = o.get("activity_type_code")
    activity_type_name_0 = o.get("activity_type_name")
    activity_name_0 = o.get("activity_name")
    start_date_0 = o.get("start_date")
    end_date_0 = o.get("end_date")
    event_status_0 = o.get("event_status")
    event_information_0 = o.get("event_information")
    register_url_0 = o.get("register_url")
    belong_dept_0 = o.get("belong_dept")
    override_customer_0 = o.get("override_customer")
    invited_customer_0 = o.get("invited_customer")
    registered_customer_0 = o.get("registered_customer")
    extra0 = {} if len(o) == (activity_source_code_0 is not None) + (activity_code_0 is not None) + (activity_type_code_0 is not None) + (activity_type_name_0 is not None) + (activity_name_0 is not None) + (start_date_0 is not None) + (end_date_0 is not None) + (event_status_0 is not None) + (event_information_0 is not None) + (register_url_0 is not None) + (belong_dept_0 is not None) + (override_customer_0 is not None) + (invited_customer_0 is not None) + (registered_customer_0 is not None) or _KNOWN_Campaign.issuperset(o) else unknown_fields(o, _KNOWN_Campaign, d)
    if type(activity_source_code_0) is not str and activity_source_code_0 is not None: activity_source_code_0 = structure_str(activity_source_code_0, str)
    if type(activity_code_0) is not str and activity_code_0 is not None: activity_code_0 = structure_str(activity_code_0, str)
    if type(activity_type_code_0) is not str and activity_type_code_0 is not None: activity_type_code_0 = structure_str(activity_type_code_0, str)
    if type(activity_type_name_0) is not str and activity_type_name_0 is not None: activity_type_name_0 = structure_str(activity_type_name_0, str)
    if type(activity_name_0) is not str and activity_name_0 is not None: activity_name_0 = structure_str(activity_name_0, str)
    if type(start_date_0) is not str and start_date_0 is not None: start_date_0 = structure_str(start_date_0, str)
    if type(end_date_0) is not str and end_date_0 is not None: end_date_0 = structure_str(end_date_0, str)
    if type(event_status_0) is int and event_status_0 in _MEMBERS_EventStatus: event_status_0 = _MEMBERS_EventStatus[event_status_0]
    elif event_status_0 is None or event_status_0 == '': event_status_0 = None
    else: event_status_0 = EventStatus(structure_int(event_status_0, int))
    if type(event_information_0) is not str and event_information_0 is not None: event_information_0 = structure_str(event_information_0, str)
    if type(register_url_0) is not str and register_url_0 is not None: register_url_0 = structure_str(register_url_0, str)
    if type(belong_dept_0) is list:
        if belong_dept_0: belong_dept_0 = [decode_Dept(e, d + 2) for e in belong_dept_0]
    elif belong_dept_0 is None or belong_dept_0 == '': belong_dept_0 = UnsetList()
    else: raise GiveUp
    if type(override_customer_0) is list:
        if override_customer_0: override_customer_0 = [decode_Customer(e, d + 2) for e in override_customer_0]
    elif override_customer_0 is None or override_customer_0 == '': override_customer_0 = UnsetList()
    else: raise GiveUp
    if type(invited_customer_0) is list:
        if invited_customer_0: invited_customer_0 = [decode_Customer(e, d + 2) for e in invited_customer_0]
    elif invited_customer_0 is None or invited_customer_0 == '': invited_customer_0 = UnsetList()
    else: raise GiveUp
    if type(registered_customer_0) is list:
        if registered_customer_0: registered_customer_0 = [decode_RegisteredCustomer(e, d + 2) for e in registered_customer_0]
    elif registered_customer_0 is None or registered_customer_0 == '': registered_customer_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(Campaign)
    obj0.activity_source_code = activity_source_code_0
    obj0.activity_code = activity_code_0
    obj0.activity_type_code = activity_type_code_0
    obj0.activity_type_name = activity_type_name_0
    obj0.activity_name = activity_name_0
    obj0.start_date = start_date_0
    obj0.end_date = end_date_0
    obj0.event_status = event_status_0
    obj0.event_information = event_information_0
    obj0.register_url = register_url_0
    obj0.belong_dept = belong_dept_0
    obj0.override_customer = override_customer_0
    obj0.invited_customer = invited_customer_0
    obj0.registered_customer = registered_customer_0
    obj0.extra = extra0
    return obj0

def decode_Customer(o: Any, d: int) -> Customer:
    # Customer
    id_0 = o.get("id")
    code_0 = o.get("code")
    name_0 = o.get("name")
    source_code_0 = o.get("source_code")
    extra0 = {} if len(o) == (id_0 is not None) + (code_0 is not None) + (name_0 is not None) + (source_code_0 is not None) or _KNOWN_Customer.issuperset(o) else unknown_fields(o, _KNOWN_Customer, d)
    if type(id_0) is not str and id_0 is not None: id_0 = structure_str(id_0, str)
    if type(code_0) is not str and code_0 is not None: code_0 = structure_str(code_0, str)
    if type(name_0) is not str and name_0 is not None: name_0 = structure_str(name_0, str)
    if type(source_code_0) is not str and source_code_0 is not None: source_code_0 = structure_str(source_code_0, str)
    obj0 = new_instance(Customer)
    obj0.id = id_0
    obj0.code = code_0
    obj0.name = name_0
    obj0.source_code = source_code_0
    obj0.extra = extra0
    return obj0

def decode_Dept(o: Any, d: int) -> Dept:
    # Dept
    id_0 = o.get("id")
    code_0 = o.get("code")
    name_0 = o.get("name")
    extra0 = {} if len(o) == (id_0 is not None) + (code_0 is not None) + (name_0 is not None) or _KNOWN_Dept.issuperset(o) else unknown_fields(o, _KNOWN_Dept, d)
    if type(id_0) is not str and id_0 is not None: id_0 = structure_str(id_0, str)
    if type(code_0) is not str and code_0 is not None: code_0 = structure_str(code_0, str)
    if type(name_0) is not str and name_0 is not None: name_0 = structure_str(name_0, str)
    obj0 = new_instance(Dept)
    obj0.id = id_0
    obj0.code = code_0
    obj0.name = name_0
    obj0.extra = extra0
    return obj0

def decode_QueryCampaignRequest(o: Any, d: int) -> QueryCampaignRequest:
    # QueryCampaignRequest
    activity_source_code_0 = o.get("activity_source_code")
    activity_code_0 = o.get("activity_code")
    before_create_time_0 = o.get("before_create_time")
    after_create_time_0 = o.get("after_create_time")
    before_modify_time_0 = o.get("before_modify_time")
    after_modify_time_0 = o.get("after_modify_time")
    activity_type_code_0 = o.get("activity_type_code")
    extra0 = {} if len(o) == (activity_source_code_0 is not None) + (activity_code_0 is not None) + (before_create_time_0 is not None) + (after_create_time_0 is not None) + (before_modify_time_0 is not None) + (after_modify_time_0 is not None) + (activity_type_code_0 is not None) or _KNOWN_QueryCampaignRequest.issuperset(o) else unknown_fields(o, _KNOWN_QueryCampaignRequest, d)
    if type(activity_source_code_0) is not str and activity_source_code_0 is not None: activity_source_code_0 = structure_str(activity_source_code_0, str)
    if type(activity_code_0) is not str and activity_code_0 is not None: activity_code_0 = structure_str(activity_code_0, str)
    if type(before_create_time_0) is not str and before_create_time_0 is not None: before_create_time_0 = structure_str(before_create_time_0, str)
    if type(after_create_time_0) is not str and after_create_time_0 is not None: after_create_time_0 = structure_str(after_create_time_0, str)
    if type(before_modify_time_0) is not str and before_modify_time_0 is not None: before_modify_time_0 = structure_str(before_modify_time_0, str)
    if type(after_modify_time_0) is not str and after_modify_time_0 is not None: after_modify_time_0 = structure_str(after_modify_time_0, str)
    if type(activity_type_code_0) is not str and activity_type_code_0 is not None: activity_type_code_0 = structure_str(activity_type_code_0, str)
    obj0 = new_instance(QueryCampaignRequest)
    obj0.activity_source_code = activity_source_code_0
    obj0.activity_code = activity_code_0
    obj0.before_create_time = before_create_time_0
    obj0.after_create_time = after_create_time_0
    obj0.before_modify_time = before_modify_time_0
    obj0.after_modify_time = after_modify_time_0
    obj0.activity_type_code = activity_type_code_0
    obj0.extra = extra0
    return obj0

def decode_QueryCampaignResponse(o: Any, d: int) -> QueryCampaignResponse:
    # QueryCampaignResponse
    msg_id_0 = o["msg_id"]
    return_code_0 = o["return_code"]
    return_msg_0 = o["return_msg"]
    response_data_0 = o.get("response_data")
    extra0 = {} if len(o) == 3 + (response_data_0 is not None) or _KNOWN_QueryCampaignResponse.issuperset(o) else unknown_fields(o, _KNOWN_QueryCampaignResponse, d)
    if type(msg_id_0) is not str: msg_id_0 = structure_str(msg_id_0, str)
    if type(return_code_0) is not int:
        if type(return_code_0) is str and len(return_code_0) < 20 and return_code_0.isdigit() and return_code_0.isascii(): return_code_0 = int(return_code_0)
        else: return_code_0 = structure_int(return_code_0, int)
    if type(return_msg_0) is not str: return_msg_0 = structure_str(return_msg_0, str)
    if type(response_data_0) is str and response_data_0:
        response_data_0 = json_document(response_data_0)
        if type(response_data_0) is list:
            if response_data_0:
                list1 = []
                for each1 in response_data_0:
                    # Campaign
                    activity_source_code_1 = each1.get("activity_source_code")
                    activity_code_1 = each1.get("activity_code")
                    activity_type_code_1 = each1.get("activity_type_code")
                    activity_type_name_1 = each1.get("activity_type_name")
                    activity_name_1 = each1.get("activity_name")
                    start_date_1 = each1.get("start_date")
                    end_date_1 = each1.get("end_date")
                    event_status_1 = each1.get("event_status")
                    event_information_1 = each1.get("event_information")
                    register_url_1 = each1.get("register_url")
                    belong_dept_1 = each1.get("belong_dept")
                    override_customer_1 = each1.get("override_customer")
                    invited_customer_1 = each1.get("invited_customer")
                    registered_customer_1 = each1.get("registered_customer")
                    extra1 = {} if len(each1) == (activity_source_code_1 is not None) + (activity_code_1 is not None) + (activity_type_code_1 is not None) + (activity_type_name_1 is not None) + (activity_name_1 is not None) + (start_date_1 is not None) + (end_date_1 is not None) + (event_status_1 is not None) + (event_information_1 is not None) + (register_url_1 is not None) + (belong_dept_1 is not None) + (override_customer_1 is not None) + (invited_customer_1 is not None) + (registered_customer_1 is not None) or _KNOWN_Campaign.issuperset(each1) else unknown_fields(each1, _KNOWN_Campaign, 2)
                    if type(activity_source_code_1) is not str and activity_source_code_1 is not None: activity_source_code_1 = structure_str(activity_source_code_1, str)
                    if type(activity_code_1) is not str and activity_code_1 is not None: activity_code_1 = structure_str(activity_code_1, str)
                    if type(activity_type_code_1) is not str and activity_type_code_1 is not None: activity_type_code_1 = structure_str(activity_type_code_1, str)
                    if type(activity_type_name_1) is not str and activity_type_name_1 is not None: activity_type_name_1 = structure_str(activity_type_name_1, str)
                    if type(activity_name_1) is not str and activity_name_1 is not None: activity_name_1 = structure_str(activity_name_1, str)
                    if type(start_date_1) is not str and start_date_1 is not None: start_date_1 = structure_str(start_date_1, str)
                    if type(end_date_1) is not str and end_date_1 is not None: end_date_1 = structure_str(end_date_1, str)
                    if type(event_status_1) is int and event_status_1 in _MEMBERS_EventStatus: event_status_1 = _MEMBERS_EventStatus[event_status_1]
                    elif event_status_1 is None or event_status_1 == '': event_status_1 = None
                    else: event_status_1 = EventStatus(structure_int(event_status_1, int))
                    if type(event_information_1) is not str and event_information_1 is not None: event_information_1 = structure_str(event_information_1, str)
                    if type(register_url_1) is not str and register_url_1 is not None: register_url_1 = structure_str(register_url_1, str)
                    if type(belong_dept_1) is list:
                        if belong_dept_1:
                            list2 = []
                            for each2 in belong_dept_1:
                                # Dept
                                id_2 = each2.get("id")
                                code_2 = each2.get("code")
                                name_2 = each2.get("name")
                                extra2 = {} if len(each2) == (id_2 is not None) + (code_2 is not None) + (name_2 is not None) or _KNOWN_Dept.issuperset(each2) else unknown_fields(each2, _KNOWN_Dept, 4)
                                if type(id_2) is not str and id_2 is not None: id_2 = structure_str(id_2, str)
                                if type(code_2) is not str and code_2 is not None: code_2 = structure_str(code_2, str)
                                if type(name_2) is not str and name_2 is not None: name_2 = structure_str(name_2, str)
                                obj2 = new_instance(Dept)
                                obj2.id = id_2
                                obj2.code = code_2
                                obj2.name = name_2
                                obj2.extra = extra2
                                list2.append(obj2)
                            belong_dept_1 = list2
                    elif belong_dept_1 is None or belong_dept_1 == '': belong_dept_1 = UnsetList()
                    else: raise GiveUp
                    if type(override_customer_1) is list:
                        if override_customer_1:
                            list3 = []
                            for each3 in override_customer_1:
                                # Customer
                                id_3 = each3.get("id")
                                code_3 = each3.get("code")
                                name_3 = each3.get("name")
                                source_code_3 = each3.get("source_code")
                                extra3 = {} if len(each3) == (id_3 is not None) + (code_3 is not None) + (name_3 is not None) + (source_code_3 is not None) or _KNOWN_Customer.issuperset(each3) else unknown_fields(each3, _KNOWN_Customer, 4)
                                if type(id_3) is not str and id_3 is not None: id_3 = structure_str(id_3, str)
                                if type(code_3) is not str and code_3 is not None: code_3 = structure_str(code_3, str)
                                if type(name_3) is not str and name_3 is not None: name_3 = structure_str(name_3, str)
                                if type(source_code_3) is not str and source_code_3 is not None: source_code_3 = structure_str(source_code_3, str)
                                obj3 = new_instance(Customer)
                                obj3.id = id_3
                                obj3.code = code_3
                                obj3.name = name_3
                                obj3.source_code = source_code_3
                                obj3.extra = extra3
                                list3.append(obj3)
                            override_customer_1 = list3
                    elif override_customer_1 is None or override_customer_1 == '': override_customer_1 = UnsetList()
                    else: raise GiveUp
                    if type(invited_customer_1) is list:
                        if invited_customer_1:
                            list4 = []
                            for each4 in invited_customer_1:
                                # Customer
                                id_4 = each4.get("id")
                                code_4 = each4.get("code")
                                name_4 = each4.get("name")
                                source_code_4 = each4.get("source_code")
                                extra4 = {} if len(each4) == (id_4 is not None) + (code_4 is not None) + (name_4 is not None) + (source_code_4 is not None) or _KNOWN_Customer.issuperset(each4) else unknown_fields(each4, _KNOWN_Customer, 4)
                                if type(id_4) is not str and id_4 is not None: id_4 = structure_str(id_4, str)
                                if type(code_4) is not str and code_4 is not None: code_4 = structure_str(code_4, str)
                                if type(name_4) is not str and name_4 is not None: name_4 = structure_str(name_4, str)
                                if type(source_code_4) is not str and source_code_4 is not None: source_code_4 = structure_str(source_code_4, str)
                                obj4 = new_instance(Customer)
                                obj4.id = id_4
                                obj4.code = code_4
                                obj4.name = name_4
                                obj4.source_code = source_code_4
                                obj4.extra = extra4
                                list4.append(obj4)
                            invited_customer_1 = list4
                    elif invited_customer_1 is None or invited_customer_1 == '': invited_customer_1 = UnsetList()
                    else: raise GiveUp
                    if type(registered_customer_1) is list:
                        if registered_customer_1:
                            list5 = []
                            for each5 in registered_customer_1:
                                # RegisteredCustomer
                                id_5 = each5.get("id")
                                code_5 = each5.get("code")
                                name_5 = each5.get("name")
                                source_code_5 = each5.get("source_code")
                                merchant_information_5 = each5.get("merchant_information")
                                extra5 = {} if len(each5) == (id_5 is not None) + (code_5 is not None) + (name_5 is not None) + (source_code_5 is not None) + (merchant_information_5 is not None) or _KNOWN_RegisteredCustomer.issuperset(each5) else unknown_fields(each5, _KNOWN_RegisteredCustomer, 4)
                                if type(id_5) is not str and id_5 is not None: id_5 = structure_str(id_5, str)
                                if type(code_5) is not str and code_5 is not None: code_5 = structure_str(code_5, str)
                                if type(name_5) is not str and name_5 is not None: name_5 = structure_str(name_5, str)
                                if type(source_code_5) is not str and source_code_5 is not None: source_code_5 = structure_str(source_code_5, str)
                                if type(merchant_information_5) is not str and merchant_information_5 is not None: merchant_information_5 = structure_str(merchant_information_5, str)
                                obj5 = new_instance(RegisteredCustomer)
                                obj5.id = id_5
                                obj5.code = code_5
                                obj5.name = name_5
                                obj5.source_code = source_code_5
                                obj5.merchant_information = merchant_information_5
                                obj5.extra = extra5
                                list5.append(obj5)
                            registered_customer_1 = list5
                    elif registered_customer_1 is None or registered_customer_1 == '': registered_customer_1 = UnsetList()
                    else: raise GiveUp
                    obj1 = new_instance(Campaign)
                    obj1.activity_source_code = activity_source_code_1
                    obj1.activity_code = activity_code_1
                    obj1.activity_type_code = activity_type_code_1
                    obj1.activity_type_name = activity_type_name_1
                    obj1.activity_name = activity_name_1
                    obj1.start_date = start_date_1
                    obj1.end_date = end_date_1
                    obj1.event_status = event_status_1
                    obj1.event_information = event_information_1
                    obj1.register_url = register_url_1
                    obj1.belong_dept = belong_dept_1
                    obj1.override_customer = override_customer_1
                    obj1.invited_customer = invited_customer_1
                    obj1.registered_customer = registered_customer_1
                    obj1.extra = extra1
                    list1.append(obj1)
                response_data_0 = list1
        else: raise GiveUp
    elif response_data_0 is None or response_data_0 == '': response_data_0 = UnsetList()
    else: raise GiveUp
    obj0 = new_instance(QueryCampaignResponse)
    obj0.msg_id = msg_id_0
    obj0.return_code = return_code_0
    obj0.return_msg = return_msg_0
    obj0.response_data = response_data_0
    obj0.extra = extra0
    return obj0

def decode_RegisteredCustomer(o: Any, d: int) -> RegisteredCustomer:
    # RegisteredCustomer
    id_0 = o.get("id")
    code_0 = o.get("code")
    name_0 = o.get("name")
    source_code_0 = o.get("source_code")
    merchant_information_0 = o.get("merchant_information")
    extra0 = {} if len(o) == (id_0 is not None) + (code_0 is not None) + (name_0 is not None) + (source_code_0 is not None) + (merchant_information_0 is not None) or _KNOWN_RegisteredCustomer.issuperset(o) else unknown_fields(o, _KNOWN_RegisteredCustomer, d)
    if type(id_0) is not str and id_0 is not None: id_0 = structure_str(id_0, str)
    if type(code_0) is not str and code_0 is not None: code_0 = structure_str(code_0, str)
    if type(name_0) is not str and name_0 is not None: name_0 = structure_str(name_0, str)
    if type(source_code_0) is not str and source_code_0 is not None: source_code_0 = structure_str(source_code_0, str)
    if type(merchant_information_0) is not str and merchant_information_0 is not None: merchant_information_0 = structure_str(merchant_information_0, str)
    obj0 = new_instance(RegisteredCustomer)
    obj0.id = id_0
    obj0.code = code_0
    obj0.name = name_0
    obj0.source_code = source_code_0
    obj0.merchant_information = merchant_information_0
    obj0.extra = extra0
    return obj0

def decode_WaiqinResponse(o: Any, d: int) -> WaiqinResponse:
    # WaiqinResponse
    msg_id_0 = o["msg_id"]
    return_code_0 = o["return_code"]
    return_msg_0 = o["return_msg"]
    response_data_0 = o.get("response_data")
    extra0 = {} if len(o) == 3 + (response_data_0 is not None) or _KNOWN_WaiqinResponse.issuperset(o) else unknown_fields(o, _KNOWN_WaiqinResponse, d)
    if type(msg_id_0) is not str: msg_id_0 = structure_str(msg_id_0, str)
    if type(return_code_0) is not int:
        if type(return_code_0) is str and len(return_code_0) < 20 and return_code_0.isdigit() and return_code_0.isascii(): return_code_0 = int(return_code_0)
        else: return_code_0 = structure_int(return_code_0, int)
    if type(return_msg_0) is not str: return_msg_0 = structure_str(return_msg_0, str)
    if type(response_data_0) is not str and response_data_0 is not None: response_data_0 = structure_str(response_data_0, str)
    obj0 = new_instance(WaiqinResponse)
    obj0.msg_id = msg_id_0
    obj0.return_code = return_code_0
    obj0.return_msg = return_msg_0
    obj0.response_data = response_data_0
    obj0.extra = extra0
    return obj0


#: Every model of the package -> its decoder (promosdk._fast_decode.fast_decoder).
DECODERS: dict[type[Any], Callable[[Any, int], Any]] = {
    AddOrUpdateCampaignRequest: decode_AddOrUpdateCampaignRequest,
    ApplyCallbackRequest: decode_ApplyCallbackRequest,
    Campaign: decode_Campaign,
    Customer: decode_Customer,
    Dept: decode_Dept,
    QueryCampaignRequest: decode_QueryCampaignRequest,
    QueryCampaignResponse: decode_QueryCampaignResponse,
    RegisteredCustomer: decode_RegisteredCustomer,
    WaiqinResponse: decode_WaiqinResponse,
}
