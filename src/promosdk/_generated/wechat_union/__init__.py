# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""Generated code for WeChat Mini Program Union — promoter API."""
