"""Routes from the operation tables: every operation needs a handler, or the sandbox won't start.

``build_routes(operations)`` pairs each :class:`~promosdk._operation.OperationSpec` with its
vendor's handler registered under the operation id ``group.name``; ``create_app`` calls it, so
adding an operation to a spec and regenerating makes the sandbox name it until it has a handler.
Tests pass their own (modified) tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from .._errors import PromoSDKError
from .._operation import OperationSpec
from .http import Handler, VendorWire
from .operations import DEFAULT_OPERATIONS, operation_id
from .waiqin.handlers import WIRE as WAIQIN_WIRE
from .wechat.handlers import WIRE as WECHAT_WIRE

__all__ = [
    "VENDORS",
    "MissingHandlerError",
    "SandboxRegistryError",
    "SandboxRoute",
    "build_routes",
    "check_handlers",
]

#: The vendor families the sandbox serves, by ``OperationSpec.family``.
VENDORS: Mapping[str, VendorWire] = {WECHAT_WIRE.family: WECHAT_WIRE, WAIQIN_WIRE.family: WAIQIN_WIRE}


class SandboxRegistryError(PromoSDKError, RuntimeError):
    """The operation tables cannot be served as they are (raised when the app is created)."""


class MissingHandlerError(SandboxRegistryError):
    """Operations of the tables have no sandbox handler; ``missing`` lists their ids."""

    def __init__(self, message: str, missing: Sequence[str]) -> None:
        super().__init__(message)
        self.missing = tuple(missing)


@attrs.frozen
class SandboxRoute:
    """One operation served: where, by what, counted and faulted under ``op_id``."""

    op: OperationSpec
    op_id: str
    method: str
    path: str
    handler: Handler
    vendor: VendorWire


def _missing_message(
    ops: Sequence[OperationSpec], missing: Sequence[OperationSpec], vendors: Mapping[str, VendorWire]
) -> str:
    lines = [
        f"promosdk sandbox: {len(missing)} operation{'s' if len(missing) != 1 else ''} "
        f"of the operation table {'have' if len(missing) != 1 else 'has'} no handler: "
        + ", ".join(operation_id(op) for op in missing)
    ]
    for op in missing:
        vendor = vendors.get(op.family)
        where = (
            f"register a handler under {operation_id(op)!r} in {vendor.handlers_module}.HANDLERS"
            if vendor is not None
            else f"the sandbox serves no vendor family {op.family!r}"
        )
        lines.append(f"  {operation_id(op)} ({op.method} {op.path}): {where}")
    known = {operation_id(op) for op in ops}
    families = {op.family for op in missing}
    stray = sorted(
        op_id
        for family, vendor in vendors.items()
        if family in families
        for op_id in vendor.handlers
        if op_id not in known
    )
    if stray:  # most likely a misspelt id
        lines.append("  handlers registered under ids no operation has: " + ", ".join(stray))
    return "\n".join(lines)


def check_handlers(
    operations: Iterable[OperationSpec] = DEFAULT_OPERATIONS,
    vendors: Mapping[str, VendorWire] = VENDORS,
) -> None:
    """Raise :class:`MissingHandlerError` naming every operation without a handler."""
    ops = tuple(operations)
    ids = [operation_id(op) for op in ops]
    twice = sorted({op_id for op_id in ids if ids.count(op_id) > 1})
    if twice:
        raise SandboxRegistryError(f"promosdk sandbox: operation ids used twice: {', '.join(twice)}")
    missing = [
        op for op in ops if op.family not in vendors or operation_id(op) not in vendors[op.family].handlers
    ]
    if missing:
        raise MissingHandlerError(
            _missing_message(ops, missing, vendors), [operation_id(op) for op in missing]
        )


def build_routes(
    operations: Iterable[OperationSpec] = DEFAULT_OPERATIONS,
    vendors: Mapping[str, VendorWire] = VENDORS,
) -> tuple[SandboxRoute, ...]:
    """One route per operation, in table order, after :func:`check_handlers`."""
    ops = tuple(operations)
    check_handlers(ops, vendors)
    routes: list[SandboxRoute] = []
    for op in ops:
        vendor = vendors[op.family]
        op_id = operation_id(op)
        routes.append(
            SandboxRoute(
                op=op,
                op_id=op_id,
                method=op.method,
                path=vendor.route_path(op),
                handler=vendor.handlers[op_id],
                vendor=vendor,
            )
        )
    return tuple(routes)
