# generated from spec/waiqin_bc.openapi.yaml by codegen — do not edit
"""Generated code for waiqin365 open API — bC campaigns (bC活动)."""
