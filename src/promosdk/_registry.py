"""The one registry: every operation of every vendor family, by its id ``group.name``.

Everything that lists, counts or names operations reads it (the clients' groups and raw views, the
reconcilers, the sandbox's routes, the CLI's commands, the batch's statistics, rate-limit keys):

    from promosdk import _registry
    _registry.operation("promotion.add")       # the OperationSpec (KeyError naming close ids)
    _registry.OPERATIONS                       # id -> OperationSpec, every family, spec order
    _registry.FAMILIES                         # ("wechat", "waiqin")
    _registry.by_family("wechat")              # id -> OperationSpec of one family
    _registry.operations("wechat", internal=False)  # the public ones (no token endpoints)
    _registry.groups("wechat")                 # group -> its public operations
    _registry.error_class("wechat", 202002)    # PlanNotFoundError (the family base for unknown codes)
    _registry.ERROR_CLASSES                    # family -> code -> class
    _registry.CATEGORY_CLASSES                 # error category -> its base class (x-error-categories)

The data is generated from spec/ (promosdk._generated.registry and .errors); this module only
indexes it. ``family`` is the spec's ``x-protocol``: ``wechat`` or ``waiqin``. Importing it loads
the generated models (attrs): ``import promosdk`` does not import it.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ._errors import APIError
from ._generated import errors as _errors
from ._generated import registry as _index
from ._operation import ModelRules, OperationSpec

__all__ = [
    "CATEGORY_CLASSES",
    "ERROR_CLASSES",
    "FAMILIES",
    "OPERATIONS",
    "RULES",
    "UnknownOperationError",
    "by_family",
    "error_class",
    "groups",
    "operation",
    "operations",
]


class UnknownOperationError(KeyError):
    """No operation has this id (the message names the closest ones)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _index_by_id(tables: Mapping[str, Mapping[str, OperationSpec]]) -> dict[str, dict[str, OperationSpec]]:
    families: dict[str, dict[str, OperationSpec]] = {}
    seen: dict[str, str] = {}
    for family, table in tables.items():
        ops = families.setdefault(family, {})
        for op in table.values():
            if op.family != family:
                raise RuntimeError(f"operation {op.id} says family {op.family!r} in the {family!r} table")
            if op.id in seen:
                raise RuntimeError(f"operation id {op.id} is used by {seen[op.id]} and {family}")
            seen[op.id] = family
            ops[op.id] = op
    return families


_BY_FAMILY = _index_by_id(_index.OPERATIONS)

#: The vendor families, in the order of the generated index (WeChat first).
FAMILIES: tuple[str, ...] = tuple(_BY_FAMILY)
#: Every operation of every family by id, in spec order.
OPERATIONS: Mapping[str, OperationSpec] = MappingProxyType(
    {op_id: op for table in _BY_FAMILY.values() for op_id, op in table.items()}
)
#: Request constraints of every request and response model.
RULES: Mapping[type[Any], ModelRules] = MappingProxyType(_index.RULES)
#: family -> documented error code -> its exception class.
ERROR_CLASSES: Mapping[str, Mapping[int, type[APIError]]] = MappingProxyType(
    {family: MappingProxyType(codes) for family, codes in _errors.ERROR_CLASSES.items()}
)

#: Error category (``token``, ``retryable``, ``rate_limit``, ``quota``, ``auth``, ``client``, ...)
#: -> its base class (AccessTokenError, ServerBusyError, RateLimitError, QuotaError, ...).
CATEGORY_CLASSES: Mapping[str, type[APIError]] = MappingProxyType(_errors.CATEGORY_CLASSES)


def operation(op_id: str) -> OperationSpec:
    """The operation with id ``op_id`` (``target.plan_info``)."""
    try:
        return OPERATIONS[op_id]
    except KeyError:
        close = difflib.get_close_matches(op_id, list(OPERATIONS), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownOperationError(f"no operation {op_id!r}{hint}") from None


def by_family(family: str) -> Mapping[str, OperationSpec]:
    """The operations of one family by id, in spec order."""
    if family not in _BY_FAMILY:
        raise KeyError(f"no vendor family {family!r} (known: {', '.join(FAMILIES)})")
    return MappingProxyType(_BY_FAMILY[family])


def operations(family: str | None = None, *, internal: bool = True) -> tuple[OperationSpec, ...]:
    """Every operation (of ``family``, if given) in spec order; ``internal=False`` leaves out the
    ones only the client calls (the token endpoints)."""
    ops = OPERATIONS.values() if family is None else by_family(family).values()
    return tuple(op for op in ops if internal or not op.internal)


def groups(family: str) -> Mapping[str, tuple[OperationSpec, ...]]:
    """The public operations of ``family`` by group (``target``, ``promotion``), in spec order."""
    found: dict[str, list[OperationSpec]] = {}
    for op in operations(family, internal=False):
        found.setdefault(op.group, []).append(op)
    return MappingProxyType({group: tuple(ops) for group, ops in found.items()})


def error_class(family: str, code: int) -> type[APIError]:
    """The exception class of ``code`` in ``family``; the family's base (APIError, WaiqinAPIError)
    for a code no spec lists."""
    return ERROR_CLASSES.get(family, {}).get(code) or _errors.FAMILY_BASES.get(family, APIError)
