"""The promoter money-flow groups composed: catalogue, share links, open accounts, orders, spot deletion.

:class:`PromoterStates` builds them over the ``promotion`` group's spots; ``SandboxState.reset()``
composes it as ``state.promoter``; :func:`promoter_states` returns it.
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

__all__ = ["EFFECT_KINDS", "HostState", "PromoterStates", "promoter_states"]

#: The writes of these groups counted in ``GET /_sandbox/counters`` (each applied once).
EFFECT_KINDS: tuple[str, ...] = ("promotion_delete", "open_account_bind", "open_account_delete_customize_info")


class HostState(StateContext, Protocol):
    """What the promoter groups' callers need of ``SandboxState``."""

    promotion: SpotState
    promoter: PromoterStates


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
    """``state.promoter`` (``SandboxState.reset()`` composes a new one over the new spots)."""
    return state.promoter
