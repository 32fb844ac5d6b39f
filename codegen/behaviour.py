"""Per-operation behaviour as data: ``x-pagination`` and ``x-reconcile`` rendered into the operation table.

The spec names fields by their wire names (``promotionSourceName``, ``previousPromotionInfo.
promotionSourcePid``); the operation table gets the Python attribute paths of the generated models
(``previous_promotion_info.promotion_source_pid``), so the runtime (promosdk._reconcile, the
paginator) reads attributes and never maps names. Every path is checked here: a typo in the spec
fails the generation with the operation and the field it names.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

import attrs

from .spec import SPEC, operation_id, ref_name, request_schema_name, resolve, response_schema_name

__all__ = ["STRATEGIES", "pagination_source", "reconcile_source"]

#: The strategies promosdk._reconcile implements, and the keys each one needs.
STRATEGIES: Mapping[str, frozenset[str]] = {
    "error-means-applied": frozenset(),
    "find-in-list": frozenset({"via", "match"}),
    "absent-in-list": frozenset({"via", "match"}),
    "read-back": frozenset({"via"}),
}
RECONCILE_KEYS = frozenset({"strategy", "trigger", "via", "args", "match", "expect", "expect_absent", "result"})
PAGINATION_KEYS = frozenset({"style", "offset", "limit", "page", "size", "first", "items", "total", "capacity", "key"})


def _field(models: types.ModuleType, schema: str, wire: str) -> str | None:
    cls = getattr(models, schema, None)
    if cls is None or not attrs.has(cls):
        return None
    return next((f.name for f in attrs.fields(cls) if f.metadata.get("wire") == wire), None)


def attribute_path(
    schemas: Mapping[str, Any], models: types.ModuleType, schema: str, wire_path: str, what: str
) -> tuple[str, str | None]:
    """The Python attribute path of ``wire_path`` (``a.b``) in ``schema``, and the schema it ends in."""
    names: list[str] = []
    current: str | None = schema
    for wire in wire_path.split("."):
        assert current is not None, f"{what}: {wire_path}: {'.'.join(names)} is not a nested model"
        props = schemas[current].get("properties", {})
        name = _field(models, current, wire)
        assert wire in props and name is not None, f"{what}: {current} has no field {wire}"
        names.append(name)
        current = ref_name(props[wire])
    return ".".join(names), current


def _item_schema(schemas: Mapping[str, Any], response: str, items_wire: str, what: str) -> str:
    prop = schemas[response].get("properties", {}).get(items_wire)
    assert prop is not None and prop.get("type") == "array", f"{what}: {response}.{items_wire} is not a list"
    item = ref_name(prop.get("items", {}))
    assert item is not None, f"{what}: the items of {response}.{items_wire} are not a model"
    return item


def _pagination(op: SPEC) -> SPEC:
    paging: SPEC = op["x-pagination"]
    unknown = set(paging) - PAGINATION_KEYS
    assert not unknown, f"{op['operationId']}: x-pagination: unknown keys {sorted(unknown)}"
    return paging


def pagination_source(spec: SPEC, models: types.ModuleType, op: SPEC) -> str | None:
    """``Pagination(...)`` for an operation with ``x-pagination`` (None without)."""
    if "x-pagination" not in op:
        return None
    what = f"{operation_id(op)}: x-pagination"
    paging = _pagination(op)
    schemas = spec["components"]["schemas"]
    style = paging.get("style", "offset")
    assert style in ("offset", "page"), f"{what}: style {style!r} is not offset or page"
    offset_wire = paging.get("offset" if style == "offset" else "page")
    limit_wire = paging.get("limit" if style == "offset" else "size")
    assert offset_wire and limit_wire, f"{what}: style {style} needs {'offset and limit' if style == 'offset' else 'page and size'}"
    request = request_schema_name(spec, op)
    response = response_schema_name(op)
    offset, _ = attribute_path(schemas, models, request, offset_wire, what)
    limit, _ = attribute_path(schemas, models, request, limit_wire, what)
    items, _ = attribute_path(schemas, models, response, paging["items"], what)
    item = _item_schema(schemas, response, paging["items"], what)
    limit_schema = {**resolve(spec, schemas[request]["properties"][limit_wire]), **schemas[request]["properties"][limit_wire]}
    args = [f"style={style!r}", f"offset={offset!r}", f"limit={limit!r}", f"items={items!r}"]
    for key in ("total", "capacity"):
        if key in paging:
            args.append(f"{key}={attribute_path(schemas, models, response, paging[key], what)[0]!r}")
    keys = tuple(attribute_path(schemas, models, item, wire, what)[0] for wire in paging.get("key", ()))
    if keys:
        args.append(f"key={keys!r}")
    for source, arg in (("maximum", "max_page_size"), ("default", "default_page_size")):
        if source in limit_schema:
            args.append(f"{arg}={int(limit_schema[source])!r}")
    if style == "page":
        args.append(f"first={int(paging.get('first', 1))!r}")
    return f"Pagination({', '.join(args)})"


def _pairs(
    schemas: Mapping[str, Any],
    models: types.ModuleType,
    mapping: Mapping[str, str],
    left: str,
    right: str,
    what: str,
) -> tuple[tuple[str, str], ...]:
    """{wire path in ``left``: wire path in ``right``} as attribute path pairs."""
    return tuple(
        (attribute_path(schemas, models, left, a, what)[0], attribute_path(schemas, models, right, b, what)[0])
        for a, b in mapping.items()
    )


def reconcile_source(spec: SPEC, models: types.ModuleType, op: SPEC, by_id: Mapping[str, SPEC]) -> str | None:
    """``Reconcile(...)`` for a write with ``x-reconcile`` (None without). ``spec`` has its GET requests synthesised."""
    rec: SPEC | None = op.get("x-reconcile")
    if rec is None:
        return None
    what = f"{operation_id(op)}: x-reconcile"
    unknown = set(rec) - RECONCILE_KEYS
    assert not unknown, f"{what}: unknown keys {sorted(unknown)}"
    assert op.get("x-write"), f"{what}: only a write is reconciled"
    strategy = str(rec.get("strategy"))
    assert strategy in STRATEGIES, f"{what}: strategy {strategy!r} is not one of {sorted(STRATEGIES)}"
    missing = STRATEGIES[strategy] - set(rec)
    assert not missing, f"{what}: {strategy} needs {sorted(missing)}"
    schemas = spec["components"]["schemas"]
    request = request_schema_name(spec, op)
    response = response_schema_name(op)
    args = [f"strategy={strategy!r}"]

    trigger = rec.get("trigger")
    documented = {e["code"] for e in spec["x-error-codes"]}
    if trigger == "client-error":
        args.append("client_error=True")
    elif trigger == "before-resend":
        raise AssertionError(f"{what}: trigger before-resend is not implemented by promosdk._reconcile yet")
    else:
        assert isinstance(trigger, list) and trigger, f"{what}: trigger is a list of codes or client-error"
        undocumented = [c for c in trigger if c not in documented]
        assert not undocumented, f"{what}: trigger codes {undocumented} are not in x-error-codes"
        args.append(f"codes={tuple(trigger)!r}")

    target = read_schema = None
    if "via" in rec:
        via = by_id.get(rec["via"])
        assert via is not None, f"{what}: via {rec['via']!r} is no operation of this spec"
        assert not via.get("x-write"), f"{what}: via {rec['via']} is a write"
        args.append(f"via={rec['via']!r}")
        read_schema = response_schema_name(via)
        if strategy in ("find-in-list", "absent-in-list"):
            assert "x-pagination" in via, f"{what}: via {rec['via']} has no x-pagination"
            target = _item_schema(schemas, read_schema, _pagination(via)["items"], what)
        else:
            target = read_schema
        if rec.get("args"):
            via_request = request_schema_name(spec, via)
            args.append(f"args={_pairs(schemas, models, rec['args'], via_request, request, what)!r}")
    if rec.get("match"):
        assert target is not None
        args.append(f"match={_pairs(schemas, models, rec['match'], target, request, what)!r}")
    if rec.get("expect"):
        assert target is not None, f"{what}: expect needs via"
        args.append(f"expect={_pairs(schemas, models, rec['expect'], target, request, what)!r}")
    if rec.get("expect_absent"):
        assert target is not None, f"{what}: expect_absent needs via"
        absent = tuple(attribute_path(schemas, models, target, w, what)[0] for w in rec["expect_absent"])
        args.append(f"expect_absent={absent!r}")
    if strategy == "read-back":
        assert rec.get("expect") or rec.get("expect_absent"), f"{what}: read-back needs expect or expect_absent"
    if rec.get("result"):
        assert strategy == "find-in-list", f"{what}: result is for find-in-list"
        assert target is not None
        result = []
        for wire, item_wire in rec["result"].items():
            assert wire in schemas[response].get("properties", {}), f"{what}: {response} has no field {wire}"
            result.append((wire, attribute_path(schemas, models, target, item_wire, what)[0]))
        args.append(f"result={tuple(result)!r}")
    for wire in schemas[response].get("required", []):
        envelope = wire in ("errcode", "errmsg", "return_code", "return_msg", "msg_id")
        assert envelope or wire in rec.get("result", {}), f"{what}: result must fill the required {response}.{wire}"
    return f"Reconcile({', '.join(args)})"
