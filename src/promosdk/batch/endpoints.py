"""The operations the batch, the sandbox, the CLI and the demo know, read from the operation tables.

One place reads the generated tables (:func:`all_operations`); every list or count of endpoints
elsewhere derives from it, keyed by the operation id ``group.name`` (``target.plan_info``).
"""

from __future__ import annotations

from collections.abc import Iterable

from .._operation import OperationSpec

__all__ = ["ENDPOINTS", "TOKEN_GROUP", "all_operations", "api_operations"]

#: The group of the token operations: the client calls them itself, they are not "endpoints".
TOKEN_GROUP = "token"


def all_operations() -> tuple[OperationSpec, ...]:
    """Every operation of both vendors, in table order (WeChat first)."""
    from .._generated.waiqin_bc.operations import OPERATIONS as WAIQIN_OPERATIONS
    from .._generated.wechat_union.operations import OPERATIONS as WECHAT_OPERATIONS

    return (*WECHAT_OPERATIONS.values(), *WAIQIN_OPERATIONS.values())


def api_operations(operations: Iterable[OperationSpec] | None = None) -> tuple[OperationSpec, ...]:
    """The vendor calls a user makes (token operations aside), in table order."""
    ops = all_operations() if operations is None else tuple(operations)
    return tuple(op for op in ops if op.group != TOKEN_GROUP)


#: The ids of the vendor endpoints (token operations aside), in table order.
ENDPOINTS: tuple[str, ...] = tuple(op.id for op in api_operations())
