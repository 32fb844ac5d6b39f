"""The promoter money-flow groups composed: catalogue, share links, open accounts, orders, spot deletion.

:class:`PromoterStates` builds them over the ``promotion`` group's spots. Until ``SandboxState``
composes it in ``reset()`` (``self.promoter = PromoterStates(self, self.promotion)``),
:func:`promoter_states` attaches one lazily as ``state.promoter`` and rebuilds it after a reset
(a reset makes a new spots state), so handlers and admin routes work either way.
"""

from __future__ import annotations

from typing import Protocol

from ..context import StateContext
from .open_accounts import OpenAccountState
from .orders import OrderState
from .products import ProductState
from .share import ShareState
from .spot_deletion import SpotDeletions
from .spots import SpotState

__all__ = ["HostState", "PromoterStates", "promoter_states"]


class HostState(StateContext, Protocol):
    """What the promoter groups need of ``SandboxState``."""

    promotion: SpotState


class PromoterStates:
    def __init__(self, ctx: StateContext, spots: SpotState) -> None:
        self._ctx = ctx
        self.spots = spots
        self.spot_deletions = SpotDeletions(spots)
        self.product = ProductState(ctx)
        self.share = ShareState(ctx, self.product, self.spot_deletions)
        self.open_account = OpenAccountState(ctx)
        self.order = OrderState(ctx, self.product, self.share, self.spot_deletions, self.open_account)

    def now(self) -> float:
        return self._ctx.now()


def promoter_states(state: HostState) -> PromoterStates:
    """``state.promoter``, made (or remade after a reset) when missing."""
    current = getattr(state, "promoter", None)
    if not isinstance(current, PromoterStates) or current.spots is not state.promotion:
        current = PromoterStates(state, state.promotion)
        setattr(state, "promoter", current)  # noqa: B010 - SandboxState does not declare it yet
    return current
