# generated from spec/*.openapi.yaml by codegen — do not edit
"""Code generated from the OpenAPI specs in spec/. Regenerate with `make codegen`."""
