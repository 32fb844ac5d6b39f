"""The reconciliation strategies: how an ambiguous write is settled, implemented once for every operation.

A write whose attempt may have landed (connection cut after sending, a 5xx, a garbled answer) is
re-sent only when its operation has ``x-reconcile`` (``OperationSpec.reconcile``); when the retry
is answered by an API error that the strategy's trigger names, the strategy decides from that
error, or from a read, whether the earlier attempt landed:

- ``error-means-applied``: the error itself says so (apply_target's 202004 "already applied").
- ``find-in-list``: the item the write made is found through a paged list operation (``via``) by
  the ``match`` fields (promotion.add's 14007: the spot named so, whose PID is the result); with
  ``expect`` the found item must also carry the written values (promotion.upd: the PID has the new
  name), else the error stands.
- ``absent-in-list``: the item is no longer found through ``via`` (a delete).
- ``read-back``: ``via`` read with ``args`` answers the written values (``expect``) or none of the
  fields ``expect_absent`` names.

Lists are walked by the one bounded paginator (promosdk._resource.paginate): a listing that never
ends raises PaginationError, which leaves the write ambiguous instead of looping. A reconciled call
returns the operation's response model decoded from a success envelope (errcode 0 / return_code 0)
plus the ``result`` fields taken from the found item; its raw response says ``reconciled``.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from ._errors import APIError
from ._operation import OperationSpec, Reconcile
from ._resource import paginate

__all__ = ["Reconciler", "reconciler_for", "reconcilers", "triggers"]

#: (client, request, error) -> the result if the error proves an earlier attempt landed, else None.
Reconciler = Callable[[Any, Any, APIError], Awaitable[Any]]
#: The success envelope of each family: what a reconciled answer is decoded from.
SUCCESS: dict[str, dict[str, Any]] = {
    "wechat": {"errcode": 0, "errmsg": "ok (reconciled)"},
    "waiqin": {"return_code": 0, "return_msg": "ok (reconciled)"},
}
#: Categories of errors that ``client-error`` triggers on; "unknown" is a code no spec lists (an
#: undocumented argument error such as WeChat's 40097 "invalid args").
CLIENT_ERROR_CATEGORIES = frozenset({"client", "unknown"})


def triggers(spec: Reconcile, error: APIError) -> bool:
    """Does ``error`` (answering a retry) call for the strategy?"""
    if spec.client_error:
        return error.category in CLIENT_ERROR_CATEGORIES
    return error.code in spec.codes


def reconciler_for(operation: OperationSpec) -> Reconciler | None:
    """The reconciler of ``operation``, None when its ambiguous attempts cannot be settled."""
    if operation.reconcile is None:
        return None
    return functools.partial(_reconcile, operation)


def reconcilers(operations: Iterable[OperationSpec]) -> dict[str, Reconciler]:
    """A client's reconciler table: operation id -> reconciler, for the operations that have one."""
    return {op.id: reconciler for op in operations if (reconciler := reconciler_for(op)) is not None}


def _get(obj: Any, path: str) -> Any:
    for name in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, name, None)
    return obj


def _absent(value: Any) -> bool:
    return value is None or value == "" or value == []


def _success(operation: OperationSpec, fields: dict[str, Any]) -> Any:
    from ._serde import structure

    return structure({**SUCCESS[operation.family], **fields}, operation.response_model)


def _via(operation: OperationSpec, via: str | None) -> OperationSpec:
    from ._registry import by_family

    assert via is not None, operation.id  # codegen guarantees it for the strategies that read
    return by_family(operation.family)[via]


async def _reconcile(operation: OperationSpec, client: Any, request: Any, error: APIError) -> Any:
    spec = operation.reconcile
    assert spec is not None
    if not triggers(spec, error):
        return None
    if spec.strategy == "error-means-applied":
        return _success(operation, {})
    via = _via(operation, spec.via)
    args = {field: _get(request, path) for field, path in spec.args}
    if spec.strategy == "read-back":
        answer = await client._request(via, via.request_model(**args), raw=False)
        return _success(operation, {}) if _shows(spec, answer, request) else None
    item = await _find(client, via, spec, request, args)
    if spec.strategy == "absent-in-list":
        return _success(operation, {}) if item is None else None
    if item is None or not _shows(spec, item, request):
        return None
    return _success(operation, {wire: _get(item, path) for wire, path in spec.result})


async def _find(client: Any, via: OperationSpec, spec: Reconcile, request: Any, args: dict[str, Any]) -> Any:
    """The first item of ``via``'s listing whose ``match`` fields equal the request's (and that
    carries every ``result`` field), else None."""
    assert via.pagination is not None
    wanted = [(item_path, _get(request, path)) for item_path, path in spec.match]
    pages = paginate(client, via, page_size=via.pagination.max_page_size, fixed=args)
    async for item in pages:
        if all(_get(item, path) == value for path, value in wanted):
            if any(_absent(_get(item, path)) for _wire, path in spec.result):
                continue  # a malformed copy without the PID cannot be the answer
            return item
    return None


def _shows(spec: Reconcile, found: Any, request: Any) -> bool:
    """The read answer (or found item) carries the written values."""
    if any(_get(found, path) != _get(request, request_path) for path, request_path in spec.expect):
        return False
    return all(_absent(_get(found, path)) for path in spec.expect_absent)
