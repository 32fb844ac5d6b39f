# generated from spec/wechat_union.openapi.yaml by codegen — do not edit
"""The client base of WeChat Mini Program Union — promoter API: its groups and the raw-response view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from promosdk._base_client import BaseClient
from promosdk._operation import OperationSpec
from promosdk._reconcile import Reconciler, reconcilers

from .operations import OPERATIONS
from .resources import (
    OpenAccountResource,
    OpenAccountResourceWithRawResponse,
    OpenProductResource,
    OpenProductResourceWithRawResponse,
    OrderResource,
    OrderResourceWithRawResponse,
    ProductResource,
    ProductResourceWithRawResponse,
    PromotionResource,
    PromotionResourceWithRawResponse,
    TargetResource,
    TargetResourceWithRawResponse,
)

__all__ = ["GROUPS", "GeneratedClient", "WithRawResponse"]

#: The client attributes (x-group) with public operations, in spec order.
GROUPS: tuple[str, ...] = ('target', 'promotion', 'product', 'open_account', 'open_product', 'order')


class WithRawResponse:
    """``client.with_raw_response.<group>.<method>(...)``: the same methods, each returning a RawResponse."""

    target: TargetResourceWithRawResponse
    promotion: PromotionResourceWithRawResponse
    product: ProductResourceWithRawResponse
    open_account: OpenAccountResourceWithRawResponse
    open_product: OpenProductResourceWithRawResponse
    order: OrderResourceWithRawResponse

    def __init__(self, client: BaseClient) -> None:
        self.target = TargetResourceWithRawResponse(client)
        self.promotion = PromotionResourceWithRawResponse(client)
        self.product = ProductResourceWithRawResponse(client)
        self.open_account = OpenAccountResourceWithRawResponse(client)
        self.open_product = OpenProductResourceWithRawResponse(client)
        self.order = OrderResourceWithRawResponse(client)


class GeneratedClient(BaseClient):
    """The groups of the API as attributes (target, promotion, product, open_account, open_product, order), bound to their resources."""

    _family = 'wechat'
    _operations: ClassVar[Mapping[str, OperationSpec]] = OPERATIONS
    #: Ambiguous writes are settled by their x-reconcile strategies (promosdk._reconcile).
    _reconcilers: ClassVar[Mapping[str, Reconciler]] = reconcilers(OPERATIONS.values())
    target: TargetResource
    promotion: PromotionResource
    product: ProductResource
    open_account: OpenAccountResource
    open_product: OpenProductResource
    order: OrderResource
    # The class each group is bound to: a subclass may name its own subclass, with extra methods.
    _target_resource: ClassVar[type[TargetResource]] = TargetResource
    _promotion_resource: ClassVar[type[PromotionResource]] = PromotionResource
    _product_resource: ClassVar[type[ProductResource]] = ProductResource
    _open_account_resource: ClassVar[type[OpenAccountResource]] = OpenAccountResource
    _open_product_resource: ClassVar[type[OpenProductResource]] = OpenProductResource
    _order_resource: ClassVar[type[OrderResource]] = OrderResource

    def _bind_resources(self) -> None:
        self.target = self._target_resource(self)
        self.promotion = self._promotion_resource(self)
        self.product = self._product_resource(self)
        self.open_account = self._open_account_resource(self)
        self.open_product = self._open_product_resource(self)
        self.order = self._order_resource(self)

    @property
    def with_raw_response(self) -> WithRawResponse:
        """The same groups and methods, each method returning a RawResponse[...] (status, headers, body)."""
        return WithRawResponse(self)
