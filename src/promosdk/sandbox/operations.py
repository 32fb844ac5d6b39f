"""The sandbox's view of the generated operation tables: operation ids and public route names.

Every operation is known by its id ``group.name`` (``target.plan_info``, ``promotion.add``,
``bc.query_campaign``): handlers are registered under it and the fault injector and the request
counters are keyed by it. What users see (``FaultRule.route``, ``counters()["requests"]``) is the
operation's *route name*: the id itself, except for the eleven operations that predate the
registry, which keep the names tests, the demo and the CLI already use. A fault rule may name an
operation by either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .._generated.waiqin_bc.operations import OPERATIONS as WAIQIN_OPERATIONS
from .._generated.wechat_union.operations import OPERATIONS as WECHAT_OPERATIONS
from .._operation import OperationSpec

__all__ = [
    "DEFAULT_OPERATIONS",
    "ROUTE_NAMES",
    "operation_id",
    "route_aliases",
    "route_name",
    "route_names",
]

#: Both vendors' operations, in table order.
DEFAULT_OPERATIONS: tuple[OperationSpec, ...] = (*WECHAT_OPERATIONS.values(), *WAIQIN_OPERATIONS.values())

# Frozen: the route names from before the registry (operation id -> name). New operations are
# named by their id; drop this table once the callers speak ids.
_PRE_REGISTRY_NAMES: Mapping[str, str] = {
    "token.stable_token": "stable_token",
    "token.token": "token",
    "target.plan_info": "plan_info",
    "target.apply_target": "apply_target",
    "target.apply_status": "apply_status",
    "promotion.add": "promotion_add",
    "promotion.upd": "promotion_upd",
    "promotion.list": "promotion_list",
    "bc.add_or_update_campaign": "add_or_update_campaign",
    "bc.apply_callback": "apply_callback",
    "bc.query_campaign": "query_campaign",
}


def operation_id(op: OperationSpec) -> str:
    """The stable id ``group.name``."""
    return f"{op.group}.{op.name}"


def route_name(op: OperationSpec) -> str:
    """The name users see in fault rules and request counters."""
    op_id = operation_id(op)
    return _PRE_REGISTRY_NAMES.get(op_id, op_id)


def route_names(operations: Iterable[OperationSpec]) -> dict[str, str]:
    """Operation id -> route name, in table order."""
    return {operation_id(op): route_name(op) for op in operations}


def route_aliases(operations: Iterable[OperationSpec]) -> dict[str, str]:
    """Every name a fault rule may use for an operation (its route name and its id) -> the id."""
    aliases: dict[str, str] = {}
    for op in operations:
        op_id = operation_id(op)
        aliases[op_id] = op_id
        aliases[route_name(op)] = op_id
    return aliases


#: Route names of the default tables, in table order.
ROUTE_NAMES: tuple[str, ...] = tuple(route_names(DEFAULT_OPERATIONS).values())
