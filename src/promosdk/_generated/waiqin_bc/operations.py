# generated from spec/waiqin_bc.openapi.yaml by codegen — do not edit
"""Operation table of waiqin365 open API — bC campaigns (bC活动) (its models load on first use)."""

from __future__ import annotations

from promosdk._operation import OperationSpec

#: The models module beside this one (a preview copy of the generated code names its own).
MODELS = __name__.rpartition(".")[0] + ".models"

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
        models=MODELS,
        request_schema='AddOrUpdateCampaignRequest',
        response_schema='WaiqinResponse',
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
        models=MODELS,
        request_schema='ApplyCallbackRequest',
        response_schema='WaiqinResponse',
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
        models=MODELS,
        request_schema='QueryCampaignRequest',
        response_schema='QueryCampaignResponse',
        in_query=False,
        result_field='response_data',
        error_codes=(1,),
        summary='Query campaigns by source code, code, type and create/modify time windows.',
    ),
}
