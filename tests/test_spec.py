"""Sweeps over every operation and schema of both specs (botocore's model-completeness style)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from codegen.generate import PACKAGES, SPEC_DIR
from promosdk.batch.endpoints import ENDPOINTS, all_operations, api_operations

SPECS: dict[str, dict[str, Any]] = {
    name: yaml.safe_load((SPEC_DIR / name).read_text(encoding="utf-8")) for _package, name in PACKAGES
}
KNOWN_EXTENSIONS = {
    "x-protocol", "x-error-codes", "x-operation-errors", "x-group", "x-write", "x-idempotent", "x-auth",
    "x-wire-type", "x-format", "x-enum-varnames", "x-internal", "x-request-model", "x-json-string",
    "x-result", "x-rules", "x-signature", "x-secret", "x-separator", "x-flat-arguments", "x-multiline",
    "x-required-pending", "x-method-name", "x-reconcile", "x-pagination", "x-error-categories", "x-error-base",
    "x-python-name", "x-money", "x-ratio",
}  # fmt: skip


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (spec_name, op["operationId"], op)
        for spec_name, spec in SPECS.items()
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "post")
    ]


def schemas() -> list[tuple[str, str, dict[str, Any]]]:
    return [(n, name, s) for n, spec in SPECS.items() for name, s in spec["components"]["schemas"].items()]


def walk(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += walk(value)
    elif isinstance(node, list):
        for value in node:
            found += walk(value)
    return found


def test_public_endpoints_and_two_token_endpoints() -> None:
    public = [op for _s, _n, op in operations() if not op.get("x-internal")]
    # The count comes from the generated tables (token operations aside), not a literal.
    assert len(public) == len(ENDPOINTS) == len(api_operations())
    assert len(api_operations()) == len(all_operations()) - 2  # the two token operations
    assert {n for _s, n, op in operations() if op.get("x-internal")} == {"stable_token", "token"}


@pytest.mark.parametrize(("spec_name", "name", "op"), operations(), ids=[o[1] for o in operations()])
def test_operation_is_complete(spec_name: str, name: str, op: dict[str, Any]) -> None:
    spec = SPECS[spec_name]
    assert op.get("summary"), "every operation has a summary"
    assert op.get("x-group") and isinstance(op.get("x-write"), bool)
    codes = {e["code"] for e in spec["x-error-codes"]}
    assert set(op.get("x-operation-errors", [])) <= codes, "documented codes all have an error class"
    assert "200" in op["responses"]
    if op.get("x-write") and spec["x-protocol"] == "waiqin":
        assert isinstance(op.get("x-idempotent"), bool), "waiqin writes say whether a retry is safe"


@pytest.mark.parametrize(("spec_name", "name", "schema"), schemas(), ids=[s[1] for s in schemas()])
def test_schema_is_complete(spec_name: str, name: str, schema: dict[str, Any]) -> None:
    if "enum" in schema:
        names = schema.get("x-enum-varnames")
        assert names and len(names) == len(schema["enum"]), "every enum member is named"
        assert schema.get("description")
        return
    assert schema.get("type") == "object"
    props = schema.get("properties", {})
    for required in schema.get("required", []):
        assert required in props
    for rule in schema.get("x-rules", []):
        assert rule["rule"] in {"date-order", "one-of-required"}
        assert all(f in props for f in rule["fields"])
    for prop_name, prop in props.items():
        assert prop.get("x-format") in (None, "date", "datetime", "unix-time"), prop_name
        assert prop.get("x-wire-type") in (None, "string", "integer"), prop_name
        # Each marker goes with the one JSON type it converts.
        if prop.get("x-format") == "unix-time" or (prop.get("x-wire-type") == "string" and "allOf" not in prop):
            assert prop.get("type") == "integer", prop_name
        if prop.get("x-wire-type") == "integer":
            assert prop.get("type") == "boolean", prop_name
        assert prop.get("x-money") in (None, "fen", "yuan-string"), prop_name
        if "x-money" in prop:
            assert prop.get("type") == ("string" if prop["x-money"] == "yuan-string" else "integer"), prop_name
        assert prop.get("x-ratio") in (None, "per-10000"), prop_name
        if name.endswith("Request") and prop.get("type") == "string":
            # Request strings carry their documented limits (or are TEXT / free-form by the documents).
            assert "maxLength" in prop or "minLength" in prop or "description" in prop, prop_name


@pytest.mark.parametrize("spec_name", sorted(SPECS))
def test_only_documented_extensions_are_used(spec_name: str) -> None:
    used = {key for node in walk(SPECS[spec_name]) for key in node if isinstance(key, str) and key.startswith("x-")}
    assert used <= KNOWN_EXTENSIONS, used - KNOWN_EXTENSIONS
    header = SPECS["wechat_union.openapi.yaml"]["info"]["description"]
    for extension in used:
        assert extension in header or extension in SPECS[spec_name]["info"]["description"], extension


def test_error_codes_are_complete() -> None:
    wechat = {e["code"] for e in SPECS["wechat_union.openapi.yaml"]["x-error-codes"]}
    assert {202001, 202002, 202004, 202005, 202006, 14005, 14007, -1, 40001, 40014, 42001, 40013, 45009, 45011, 48001} <= wechat
    assert 202003 not in wechat  # not documented by the vendor
    for spec in SPECS.values():
        for entry in spec["x-error-codes"]:
            assert entry["category"] in {"token", "retryable", "rate_limit", "quota", "auth", "client"}
            assert entry["name"].endswith("Error") and entry["description"]
