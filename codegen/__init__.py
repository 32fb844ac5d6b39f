"""Spec compiler: spec/*.openapi.yaml -> src/promosdk/_generated/ (see codegen/generate.py)."""
