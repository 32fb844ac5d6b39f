"""The operation table (``OPERATIONS``, one OperationSpec per operation) and the request constraints (``RULES``).

They are two modules: the table names its models by schema name (promosdk._operation loads the
classes on first use), the constraints are keyed by the model classes themselves.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

from .behaviour import pagination_source, reconcile_source
from .pysource import docstring
from .spec import (
    SPEC,
    method_name,
    operations,
    operations_by_id,
    parameters,
    request_schema_name,
    resolve,
    response_schema_name,
)

__all__ = ["render_operations", "render_rules", "render_rules_module"]


def field_kind(spec: SPEC, schema: Mapping[str, Any]) -> tuple[str, tuple[Any, ...] | None]:
    target = resolve(spec, schema)
    if "enum" in target:
        return "enum", tuple(target["enum"])
    kind = {"string": "str", "integer": "int", "boolean": "bool", "array": "list"}.get(target.get("type", ""))
    if kind is None and target.get("type") == "object" and "properties" in target:
        kind = "model"
    return kind or "any", None


def render_rules(spec: SPEC, models: types.ModuleType) -> list[str]:
    lines = ["RULES: dict[type[Any], ModelRules] = {"]
    for name, schema in spec["components"]["schemas"].items():
        if schema.get("type") != "object" or "properties" not in schema:
            continue
        required = set(schema.get("required", []))
        lines.append(f"    models.{name}: ModelRules(")
        lines.append("        fields=(")
        for wire, prop in schema["properties"].items():
            kind, enum = field_kind(spec, prop)
            target = {**resolve(spec, prop), **{k: v for k, v in prop.items() if k.startswith(("x-", "max", "min"))}}
            args = [f"wire={wire!r}", f"kind={kind!r}"]
            if wire in required:
                args.append("required=True")
            for key, arg in (
                ("minLength", "min_length"),
                ("maxLength", "max_length"),
                ("minimum", "minimum"),
                ("maximum", "maximum"),
                ("minItems", "min_items"),
                ("maxItems", "max_items"),
                ("x-format", "format"),
            ):
                if key in target:
                    args.append(f"{arg}={target[key]!r}")
            if enum is not None:
                args.append(f"enum={enum!r}")
            if target.get("x-multiline"):
                args.append("multiline=True")
            lines.append(f"            FieldRule({', '.join(args)}),")
        lines.append("        ),")
        rules = tuple((r["rule"], tuple(r["fields"])) for r in schema.get("x-rules", []))  # wire names
        if rules:
            lines.append(f"        rules={rules!r},")
        lines.append("    ),")
        assert hasattr(models, name), name
    lines.append("}")
    return lines


def render_operations(spec: SPEC, header: str, models: types.ModuleType) -> str:
    """The operations module of one spec; ``spec`` has its GET request schemas synthesised."""
    family = spec["x-protocol"]
    by_id = operations_by_id(spec)
    body: list[str] = []
    for path, method, op in operations(spec):
        opid = op["operationId"]
        auth = "waiqin_signature" if family == "waiqin" else op.get("x-auth", "access_token")
        base_path = path
        for param in parameters(spec, op):
            if "x-signature" in param:
                base_path = base_path.replace("/{" + param["name"] + "}", "")
        body += [
            f"    {opid!r}: OperationSpec(",
            f"        name={method_name(op)!r},",
            f"        family={family!r},",
            f"        group={op['x-group']!r},",
            f"        method={method!r},",
            f"        path={base_path!r},",
            f"        auth={auth!r},",
            f"        write={bool(op.get('x-write'))!r},",
            f"        idempotent={bool(op.get('x-idempotent', not op.get('x-write')))!r},",
            "        models=MODELS,",
            f"        request_schema={request_schema_name(spec, op)!r},",
            f"        response_schema={response_schema_name(op)!r},",
            f"        in_query={('requestBody' not in op)!r},",
            f"        result_field={op.get('x-result')!r},",
            f"        error_codes={tuple(op.get('x-operation-errors', ()))!r},",
            f"        summary={op.get('summary', '')!r},",
        ]
        if op.get("x-internal"):
            body.append("        internal=True,")
        assert hasattr(models, request_schema_name(spec, op)) and hasattr(models, response_schema_name(op)), opid
        reconcile = reconcile_source(spec, models, op, by_id)
        if reconcile is not None:
            body.append(f"        reconcile={reconcile},")
        pagination = pagination_source(spec, models, op)
        if pagination is not None:
            body.append(f"        pagination={pagination},")
        body.append("    ),")
    used = ["OperationSpec"]
    text = "\n".join(body)
    used += [name for name in ("Pagination", "Reconcile") if f"{name}(" in text]
    out = [
        header.rstrip(),
        docstring(f"Operation table of {spec['info']['title']} (its models load on first use)."),
        "",
        "from __future__ import annotations",
        "",
        f"from promosdk._operation import {', '.join(sorted(used))}",
        "",
        "#: The models module beside this one (a preview copy of the generated code names its own).",
        'MODELS = __name__.rpartition(".")[0] + ".models"',
        "",
        "#: Every operation of the spec by operationId, in spec order (promosdk._registry keys them by id).",
        "OPERATIONS: dict[str, OperationSpec] = {",
        *body,
        "}",
    ]
    return "\n".join(out) + "\n"


def render_rules_module(spec: SPEC, header: str, models: types.ModuleType) -> str:
    """The request constraints of one spec, keyed by model class (promosdk._validation reads them)."""
    out = [
        header.rstrip(),
        docstring(f"Request constraints of {spec['info']['title']}, by model."),
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from promosdk._operation import FieldRule, ModelRules",
        "",
        "from . import models",
        "",
        *render_rules(spec, models),
    ]
    return "\n".join(out) + "\n"
