# generated from spec/*.openapi.yaml by codegen — do not edit
"""Code generated from the OpenAPI specs in spec/. Regenerate with `make codegen`."""

#: Every generated package (one per spec), in codegen's order; light to import, unlike registry.
PACKAGES: tuple[str, ...] = ('wechat_union', 'waiqin_bc')
