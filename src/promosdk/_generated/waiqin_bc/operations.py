# generated from spec/waiqin_bc.openapi.yaml by codegen — do not edit
"""Operation table and request constraints of waiqin365 open API — bC campaigns (bC活动)."""

from __future__ import annotations

from typing import Any

from promosdk._operation import FieldRule, ModelRules, OperationSpec

from . import models

#: Every operation of the spec by operationId, in spec order (promosdk._registry keys them by id).
OPERATIONS: dict[str, OperationSpec] = {
    'add_or_update_campaign': OperationSpec(
        name='add_or_update_campaign',
        family='waiqin',
        group='bc',
        method='POST',
        path='/api/bcwin/v1/addOrUpdateCampaign',
        auth='waiqin_signature',
        write=True,
        idempotent=True,
        request_model=models.AddOrUpdateCampaignRequest,
        response_model=models.WaiqinResponse,
        in_query=False,
        result_field=None,
        error_codes=(1,),
        summary='Create or update (by source_code) a bC campaign.',
    ),
    'apply_callback': OperationSpec(
        name='apply_callback',
        family='waiqin',
        group='bc',
        method='POST',
        path='/api/bcwin/v1/applyCallBack',
        auth='waiqin_signature',
        write=True,
        idempotent=False,
        request_model=models.ApplyCallbackRequest,
        response_model=models.WaiqinResponse,
        in_query=False,
        result_field=None,
        error_codes=(1,),
        summary='Report customers who registered for a campaign.',
    ),
    'query_campaign': OperationSpec(
        name='query_campaign',
        family='waiqin',
        group='bc',
        method='POST',
        path='/api/bcwin/v1/queryCampaign',
        auth='waiqin_signature',
        write=False,
        idempotent=True,
        request_model=models.QueryCampaignRequest,
        response_model=models.QueryCampaignResponse,
        in_query=False,
        result_field='response_data',
        error_codes=(1,),
        summary='Query campaigns by source code, code, type and create/modify time windows.',
    ),
}

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
