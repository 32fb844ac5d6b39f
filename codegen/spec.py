"""Reading the OpenAPI specs: schema references, operations, and the request schemas of GET operations."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

SPEC = dict[str, Any]


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def resolve(spec: SPEC, node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a $ref (or a single-element allOf) to the schema it names."""
    while True:
        if "$ref" in node:
            node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
        elif "allOf" in node and len(node["allOf"]) == 1:
            node = node["allOf"][0]
        else:
            return node


def ref_name(node: Mapping[str, Any]) -> str | None:
    if "$ref" in node:
        return str(node["$ref"].rsplit("/", 1)[-1])
    if "allOf" in node and len(node["allOf"]) == 1:
        return ref_name(node["allOf"][0])
    return None


def operations(spec: SPEC) -> Iterable[tuple[str, str, SPEC]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "post"):
                yield path, method.upper(), op


def parameters(spec: SPEC, op: SPEC) -> list[SPEC]:
    params = []
    for param in op.get("parameters", []):
        if "$ref" in param:
            param = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[-1]]
        params.append(param)
    return params


def request_schema_name(spec: SPEC, op: SPEC) -> str:
    body = op.get("requestBody")
    if body is not None:
        name = ref_name(body["content"]["application/json"]["schema"])
        assert name is not None, f"{op['operationId']}: request body must be a $ref"
        return name
    return str(op.get("x-request-model") or pascal(op["operationId"]) + "Request")


def response_schema_name(op: SPEC) -> str:
    name = ref_name(op["responses"]["200"]["content"]["application/json"]["schema"])
    assert name is not None, f"{op['operationId']}: response must be a $ref"
    return name


def synthesise_requests(spec: SPEC) -> SPEC:
    """Give every operation without a JSON body a request schema built from its query parameters."""
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    for _path, _method, op in operations(spec):
        if "requestBody" in op:
            continue
        query = [p for p in parameters(spec, op) if p["in"] == "query"]
        name = request_schema_name(spec, op)
        assert name not in schemas, f"synthesised request {name} clashes with a schema"
        schemas[name] = {
            "type": "object",
            "description": f"Query parameters of {op['operationId']}.",
            "required": [p["name"] for p in query if p.get("required")],
            "properties": {
                p["name"]: {**p["schema"], **({"description": p["description"]} if "description" in p else {})}
                for p in query
            },
            **({"x-rules": op["x-rules"]} if "x-rules" in op else {}),
        }
    return spec


def method_name(op: SPEC) -> str:
    """The Python method name of an operation (``x-method-name``, else its operationId)."""
    return str(op.get("x-method-name") or op["operationId"])


def operation_id(op: SPEC) -> str:
    """The registry id ``group.name`` (``target.plan_info``): x-group and the method name."""
    return f"{op['x-group']}.{method_name(op)}"


def operations_by_id(spec: SPEC) -> dict[str, SPEC]:
    """Every operation of ``spec`` by its registry id (ids must be unique)."""
    found: dict[str, SPEC] = {}
    for _path, _method, op in operations(spec):
        op_id = operation_id(op)
        assert op_id not in found, f"operation id {op_id} is used twice"
        found[op_id] = op
    return found


def public_groups(spec: SPEC) -> dict[str, list[tuple[str, str, SPEC]]]:
    """The operations with a client method, by group, in spec order: {group: [(path, method, op)]}."""
    groups: dict[str, list[tuple[str, str, SPEC]]] = {}
    for path, method, op in operations(spec):
        if not op.get("x-internal"):
            groups.setdefault(op["x-group"], []).append((path, method, op))
    return groups


def tag_description(spec: SPEC, group: str) -> str:
    return str(next((t.get("description", "") for t in spec.get("tags", []) if t["name"] == group), group))
