# generated from spec/waiqin_bc.openapi.yaml by codegen — do not edit
"""The client base of waiqin365 open API — bC campaigns (bC活动): its groups and the raw-response view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from promosdk._base_client import BaseClient
from promosdk._operation import OperationSpec
from promosdk._reconcile import Reconciler, reconcilers

from .operations import OPERATIONS
from .resources import (
    BcResource,
    BcResourceWithRawResponse,
)

__all__ = ["GROUPS", "GeneratedClient", "WithRawResponse"]

#: The client attributes (x-group) with public operations, in spec order.
GROUPS: tuple[str, ...] = ('bc',)


class WithRawResponse:
    """``client.with_raw_response.<group>.<method>(...)``: the same methods, each returning a RawResponse."""

    bc: BcResourceWithRawResponse

    def __init__(self, client: BaseClient) -> None:
        self.bc = BcResourceWithRawResponse(client)


class GeneratedClient(BaseClient):
    """The groups of the API as attributes (bc), bound to their resources."""

    _family = 'waiqin'
    _operations: ClassVar[Mapping[str, OperationSpec]] = OPERATIONS
    #: Ambiguous writes are settled by their x-reconcile strategies (promosdk._reconcile).
    _reconcilers: ClassVar[Mapping[str, Reconciler]] = reconcilers(OPERATIONS.values())
    bc: BcResource
    # The class each group is bound to: a subclass may name its own subclass, with extra methods.
    _bc_resource: ClassVar[type[BcResource]] = BcResource

    def _bind_resources(self) -> None:
        self.bc = self._bc_resource(self)

    @property
    def with_raw_response(self) -> WithRawResponse:
        """The same groups and methods, each method returning a RawResponse[...] (status, headers, body)."""
        return WithRawResponse(self)
