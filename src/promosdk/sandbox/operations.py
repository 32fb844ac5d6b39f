"""The sandbox's view of the operation tables: every operation is known by its id ``group.name``.

Handlers are registered under the id (``target.plan_info``, ``promotion.add``,
``bc.query_campaign``); fault rules (``FaultRule.route``) and the request counters
(``counters()["requests"]``) use the same id, the one name the client, the batch and the CLI use.
"""

from __future__ import annotations

from collections.abc import Iterable

from .._operation import OperationSpec
from ..batch.endpoints import all_operations

__all__ = ["DEFAULT_OPERATIONS", "ROUTE_NAMES", "operation_id", "route_names"]

#: Both vendors' operations, in table order.
DEFAULT_OPERATIONS: tuple[OperationSpec, ...] = all_operations()


def operation_id(op: OperationSpec) -> str:
    """The stable id ``group.name``."""
    return op.id


def route_names(operations: Iterable[OperationSpec]) -> tuple[str, ...]:
    """The operation ids of ``operations``, in table order."""
    return tuple(op.id for op in operations)


#: The operation ids of the default tables, in table order: what fault rules and counters name.
ROUTE_NAMES: tuple[str, ...] = route_names(DEFAULT_OPERATIONS)
