"""The operations the batch, the sandbox, the CLI and the demo know: the registry's.

Every list or count of endpoints derives from promosdk._registry, keyed by the operation id
``group.name`` (``target.plan_info``).
"""

from __future__ import annotations

from collections.abc import Iterable

from .._operation import OperationSpec

__all__ = ["ENDPOINTS", "all_operations", "api_operations"]


def all_operations() -> tuple[OperationSpec, ...]:
    """Every operation of every vendor family, in registry order (WeChat first)."""
    from .. import _registry  # loads the generated models: only when asked

    return _registry.operations()


def api_operations(operations: Iterable[OperationSpec] | None = None) -> tuple[OperationSpec, ...]:
    """The vendor calls a user makes (the internal token operations aside), in table order."""
    ops = all_operations() if operations is None else tuple(operations)
    return tuple(op for op in ops if not op.internal)


#: The ids of the vendor endpoints (token operations aside), in registry order.
ENDPOINTS: tuple[str, ...] = tuple(op.id for op in api_operations())
