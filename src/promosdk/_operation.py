"""The static description of one API operation, filled in by the generated code.

Every operation is known by its id ``group.name`` (``target.plan_info``, ``promotion.add``,
``bc.query_campaign``): :attr:`OperationSpec.id`. ``family`` is the vendor family, the spec's
``x-protocol`` (``wechat``, ``waiqin``): the same word in the operation tables, the error classes
(``ERROR_CLASSES[family]``), the clients and the registry (promosdk._registry).
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import Any, Literal

from attrs import frozen

__all__ = ["FieldRule", "ModelRules", "OperationSpec", "Pagination", "Reconcile"]

Family = Literal["wechat", "waiqin"]
Auth = Literal["access_token", "waiqin_signature", "none"]
Strategy = Literal["error-means-applied", "find-in-list", "read-back", "absent-in-list"]
#: (attribute path of one side, attribute path of the other); a path is dotted: ``promotion_info.promotion_source_name``.
PathPairs = tuple[tuple[str, str], ...]


@frozen
class Pagination:
    """How a list operation pages (the spec's ``x-pagination``), in Python attribute names.

    ``style="offset"``: ``offset`` is the index of the first item; ``"page"``: the page number,
    ``first`` for the first page. The one paginator (promosdk._pagination) walks it.
    """

    style: Literal["offset", "page"]
    offset: str  # request attribute: the offset (or the page number)
    limit: str  # request attribute: the page size
    items: str  # response attribute: the page's items
    total: str | None = None  # response attribute: the count of all items
    capacity: str | None = None  # response attribute: the most items the list can hold
    #: Item attributes that identify an item, the first one set wins; () = the item's whole wire form.
    key: tuple[str, ...] = ()
    max_page_size: int | None = None
    default_page_size: int | None = None
    first: int = 0


@frozen
class Reconcile:
    """How an ambiguous write is settled (the spec's ``x-reconcile``; promosdk._reconcile runs it).

    It runs when a retry of a write whose earlier attempt may have landed is answered by an API
    error that ``codes`` lists (or, with ``client_error``, any error of category client or an
    undocumented code), and returns the write's result when that proves the earlier attempt landed.
    Paths are Python attribute paths: ``args`` (read request field, request path), ``match``
    (list item path, request path), ``expect`` (answer or item path, request path), ``result``
    (response wire field, item path).
    """

    strategy: Strategy
    codes: tuple[int, ...] = ()
    client_error: bool = False
    via: str | None = None  # the registry id of the read operation, in the same family
    args: PathPairs = ()
    match: PathPairs = ()
    expect: PathPairs = ()
    expect_absent: tuple[str, ...] = ()
    result: PathPairs = ()


@frozen
class OperationSpec:
    """One operation of a spec: where it lives, what it takes and returns, how it may be retried."""

    name: str
    family: Family
    group: str
    method: Literal["GET", "POST"]
    path: str
    auth: Auth
    write: bool
    idempotent: bool
    #: The module of the family's models and the spec's schema names of the request and the
    #: answer. The classes load on first use (:attr:`request_model`): importing a client does not
    #: build every model of its spec.
    models: str
    request_schema: str
    response_schema: str
    in_query: bool
    result_field: str | None = None
    error_codes: tuple[int, ...] = ()
    summary: str = ""
    #: Used by the client itself (the token endpoints): no public method, no CLI command.
    internal: bool = False
    reconcile: Reconcile | None = None
    pagination: Pagination | None = None

    @cached_property
    def request_model(self) -> type[Any]:
        """The request model class (``PlanInfoRequest``)."""
        model: type[Any] = getattr(importlib.import_module(self.models), self.request_schema)
        return model

    @cached_property
    def response_model(self) -> type[Any]:
        """The response model class (``PlanInfoResponse``)."""
        model: type[Any] = getattr(importlib.import_module(self.models), self.response_schema)
        return model

    @property
    def id(self) -> str:
        """The stable operation id, ``group.name`` (``target.plan_info``), used everywhere."""
        return f"{self.group}.{self.name}"

    @property
    def cli_name(self) -> str:
        """The CLI command of the operation under its group's command (``plan-info``)."""
        return self.name.replace("_", "-")

    @property
    def cli_group(self) -> str:
        """The CLI command of the operation's group (``target``, ``open-account``)."""
        return self.group.replace("_", "-")

    @property
    def safe_to_retry(self) -> bool:
        """Reads and idempotent writes may be retried after an ambiguous failure."""
        return not self.write or self.idempotent


@frozen
class FieldRule:
    """Constraints of one field, transcribed from the spec's schema."""

    wire: str
    required: bool = False
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    enum: tuple[Any, ...] | None = None
    format: str | None = None
    #: Free text that may hold TAB, LF and CR (spec: ``x-multiline``); other strings are one line.
    multiline: bool = False
    kind: Literal["str", "int", "bool", "model", "list", "enum", "any"] = "any"


@frozen
class ModelRules:
    """Constraints of one request model: its fields and cross-field rules."""

    fields: tuple[FieldRule, ...]
    rules: tuple[tuple[str, tuple[str, ...]], ...] = ()
