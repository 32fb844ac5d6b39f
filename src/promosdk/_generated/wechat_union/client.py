# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""The client base of WeChat Mini Program Union — promoter API (targeted plans and promotion spots): its groups and the raw-response view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from promosdk._base_client import BaseClient
from promosdk._operation import OperationSpec
from promosdk._reconcile import Reconciler, reconcilers

from .operations import OPERATIONS
from .resources import (
    PromotionResource,
    PromotionResourceWithRawResponse,
    TargetResource,
    TargetResourceWithRawResponse,
)

__all__ = ["GROUPS", "GeneratedClient", "WithRawResponse"]

#: The client attributes (x-group) with public operations, in spec order.
GROUPS: tuple[str, ...] = ('target', 'promotion')


class WithRawResponse:
    """``client.with_raw_response.<group>.<method>(...)``: the same methods, each returning a RawResponse."""

    target: TargetResourceWithRawResponse
    promotion: PromotionResourceWithRawResponse

    def __init__(self, client: BaseClient) -> None:
        self.target = TargetResourceWithRawResponse(client)
        self.promotion = PromotionResourceWithRawResponse(client)


class GeneratedClient(BaseClient):
    """The groups of the API as attributes (target, promotion), bound to their resources."""

    _family = 'wechat'
    _operations: ClassVar[Mapping[str, OperationSpec]] = OPERATIONS
    #: Ambiguous writes are settled by their x-reconcile strategies (promosdk._reconcile).
    _reconcilers: ClassVar[Mapping[str, Reconciler]] = reconcilers(OPERATIONS.values())
    target: TargetResource
    promotion: PromotionResource
    # The class each group is bound to: a subclass may name its own subclass, with extra methods.
    _target_resource: ClassVar[type[TargetResource]] = TargetResource
    _promotion_resource: ClassVar[type[PromotionResource]] = PromotionResource

    def _bind_resources(self) -> None:
        self.target = self._target_resource(self)
        self.promotion = self._promotion_resource(self)

    @property
    def with_raw_response(self) -> WithRawResponse:
        """The same groups and methods, each method returning a RawResponse[...] (status, headers, body)."""
        return WithRawResponse(self)
