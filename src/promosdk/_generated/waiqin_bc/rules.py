# generated from spec/waiqin_bc.openapi.yaml by codegen — do not edit
"""Request constraints of waiqin365 open API — bC campaigns (bC活动), by model."""

from __future__ import annotations

from typing import Any

from promosdk._operation import FieldRule, ModelRules

from . import models

RULES: dict[type[Any], ModelRules] = {
    models.AddOrUpdateCampaignRequest: ModelRules(
        fields=(
            FieldRule(wire='source_code', kind='str', required=True, min_length=1, max_length=100),
            FieldRule(wire='code', kind='str', required=True, min_length=1, max_length=100),
            FieldRule(wire='name', kind='str', required=True, min_length=1, max_length=100),
            FieldRule(wire='type_code', kind='str', required=True, min_length=1, max_length=100),
            FieldRule(wire='event_status', kind='enum', required=True, enum=(1, 2, 3)),
            FieldRule(wire='start_date', kind='str', required=True, max_length=32, format='date'),
            FieldRule(wire='end_date', kind='str', required=True, max_length=32, format='date'),
            FieldRule(wire='register_url', kind='str', required=True, min_length=1, max_length=100),
            FieldRule(wire='event_information', kind='str', required=True, min_length=1, multiline=True),
            FieldRule(wire='dept_id', kind='str', max_length=100),
            FieldRule(wire='dept_code', kind='str', max_length=100),
            FieldRule(wire='dept_name', kind='str', max_length=100),
            FieldRule(wire='dept_source_code', kind='str', max_length=100),
        ),
        rules=(('date-order', ('start_date', 'end_date')),),
    ),
    models.ApplyCallbackRequest: ModelRules(
        fields=(
            FieldRule(wire='campaign_source_code', kind='str', required=True, min_length=1, max_length=100),
            FieldRule(wire='campaign_code', kind='str', required=True, min_length=1, max_length=100),
            FieldRule(wire='cm_ids', kind='str'),
            FieldRule(wire='cm_codes', kind='str'),
            FieldRule(wire='cm_names', kind='str'),
            FieldRule(wire='registered_time', kind='str', required=True, max_length=32, format='datetime'),
            FieldRule(wire='merchant_information', kind='str', required=True, min_length=1, multiline=True),
        ),
        rules=(('one-of-required', ('cm_ids', 'cm_codes', 'cm_names')),),
    ),
    models.QueryCampaignRequest: ModelRules(
        fields=(
            FieldRule(wire='activity_source_code', kind='str', max_length=32),
            FieldRule(wire='activity_code', kind='str', max_length=32),
            FieldRule(wire='before_create_time', kind='str', max_length=32, format='datetime'),
            FieldRule(wire='after_create_time', kind='str', max_length=32, format='datetime'),
            FieldRule(wire='before_modify_time', kind='str', max_length=32, format='datetime'),
            FieldRule(wire='after_modify_time', kind='str', max_length=32, format='datetime'),
            FieldRule(wire='activity_type_code', kind='str', max_length=32),
        ),
        rules=(('date-order', ('after_create_time', 'before_create_time')), ('date-order', ('after_modify_time', 'before_modify_time'))),
    ),
    models.Dept: ModelRules(
        fields=(
            FieldRule(wire='id', kind='str', max_length=32),
            FieldRule(wire='code', kind='str', max_length=32),
            FieldRule(wire='name', kind='str', max_length=32),
        ),
    ),
    models.Customer: ModelRules(
        fields=(
            FieldRule(wire='id', kind='str', max_length=32),
            FieldRule(wire='code', kind='str', max_length=32),
            FieldRule(wire='name', kind='str', max_length=32),
            FieldRule(wire='source_code', kind='str', max_length=32),
        ),
    ),
    models.RegisteredCustomer: ModelRules(
        fields=(
            FieldRule(wire='id', kind='str', max_length=32),
            FieldRule(wire='code', kind='str', max_length=32),
            FieldRule(wire='name', kind='str', max_length=32),
            FieldRule(wire='source_code', kind='str', max_length=32),
            FieldRule(wire='merchant_information', kind='str'),
        ),
    ),
    models.Campaign: ModelRules(
        fields=(
            FieldRule(wire='activity_source_code', kind='str', max_length=32),
            FieldRule(wire='activity_code', kind='str', max_length=32),
            FieldRule(wire='activity_type_code', kind='str', max_length=32),
            FieldRule(wire='activity_type_name', kind='str', max_length=32),
            FieldRule(wire='activity_name', kind='str', max_length=100),
            FieldRule(wire='start_date', kind='str', max_length=32),
            FieldRule(wire='end_date', kind='str', max_length=32),
            FieldRule(wire='event_status', kind='enum', enum=(1, 2, 3)),
            FieldRule(wire='event_information', kind='str', max_length=32),
            FieldRule(wire='register_url', kind='str', max_length=100),
            FieldRule(wire='belong_dept', kind='list'),
            FieldRule(wire='override_customer', kind='list'),
            FieldRule(wire='invited_customer', kind='list'),
            FieldRule(wire='registered_customer', kind='list'),
        ),
    ),
    models.WaiqinResponse: ModelRules(
        fields=(
            FieldRule(wire='msg_id', kind='str', required=True),
            FieldRule(wire='return_code', kind='int', required=True),
            FieldRule(wire='return_msg', kind='str', required=True),
            FieldRule(wire='response_data', kind='str'),
        ),
    ),
    models.QueryCampaignResponse: ModelRules(
        fields=(
            FieldRule(wire='msg_id', kind='str', required=True),
            FieldRule(wire='return_code', kind='int', required=True),
            FieldRule(wire='return_msg', kind='str', required=True),
            FieldRule(wire='response_data', kind='list'),
        ),
    ),
}
