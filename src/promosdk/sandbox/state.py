"""``SandboxState``: the groups' states composed, with reset, clock, counters and faults.

Each operation group keeps its own records in its own module (``wechat/tokens.py``,
``wechat/targets.py``, ``wechat/spots.py``, ``waiqin/campaigns.py``) and is reachable here by
its group name: ``state.token``, ``state.target``, ``state.promotion``, ``state.bc``. Everything
is synchronous and runs on the event loop thread: handlers parse HTTP, call one group method,
encode the result. Tests may inspect the same objects directly (``SandboxServer.state``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypedDict

from .._operation import OperationSpec
from .config import SandboxConfig
from .errors import AdminError, WaiqinError, WeChatError, wechat_error_body
from .faults import FAULT_KINDS, FaultInjector, FaultRule
from .operations import DEFAULT_OPERATIONS, route_names
from .plans import PlanSeed
from .waiqin.campaigns import EFFECT_KINDS as CAMPAIGN_EFFECTS
from .waiqin.campaigns import Campaign, CampaignState, Tenant
from .wechat.promoter_state import EFFECT_KINDS as PROMOTER_EFFECTS
from .wechat.promoter_state import PromoterStates
from .wechat.spots import EFFECT_KINDS as SPOT_EFFECTS
from .wechat.spots import Promoter, Spot, SpotState
from .wechat.targets import EFFECT_KINDS as TARGET_EFFECTS
from .wechat.targets import Application, Plan, PlanSummary, TargetState
from .wechat.tokens import TokenRecord, TokenState

__all__ = [
    "EFFECT_KINDS",
    "AdminError",
    "Application",
    "Campaign",
    "CountersDict",
    "Plan",
    "PlanSummary",
    "Promoter",
    "SandboxState",
    "Spot",
    "Tenant",
    "TokenRecord",
    "WaiqinError",
    "WeChatError",
    "wechat_error_body",
]

#: Every effect counter, by group (``GET /_sandbox/counters`` lists them even when zero).
EFFECT_KINDS: tuple[str, ...] = SPOT_EFFECTS + TARGET_EFFECTS + CAMPAIGN_EFFECTS + PROMOTER_EFFECTS


class CountersDict(TypedDict):
    token_issuances: dict[str, int]
    requests: dict[str, int]
    effects: dict[str, dict[str, int]]
    faults_injected: dict[str, int]


class SandboxState:
    """All mutable sandbox state, plus counters and the fault injector.

    ``operations`` are the operations served (both generated tables by default): requests are
    counted, faults picked and counters shown per operation id ``group.name``.
    """

    def __init__(
        self, config: SandboxConfig, *, operations: Iterable[OperationSpec] = DEFAULT_OPERATIONS
    ) -> None:
        self.config = config
        ops = tuple(operations)
        self.route_names: tuple[str, ...] = route_names(ops)
        """The operation ids served, in table order."""
        self.faults = FaultInjector(config.fault_seed, ops)
        self.clock_offset = 0.0
        self.reset()

    # ------------------------------------------------------------------ clock and counters

    def now(self) -> float:
        return self.config.clock() + self.clock_offset

    def advance_clock(self, seconds: float) -> float:
        """Move the sandbox's notion of now forward (or back); returns the new now."""
        self.clock_offset += seconds
        return self.now()

    def effect(self, kind: str, key: str, n: int = 1) -> None:
        per_key = self.effects[kind]
        per_key[key] = per_key.get(key, 0) + n

    def count_issuance(self, appid: str) -> None:
        self.token_issuances[appid] = self.token_issuances.get(appid, 0) + 1

    def counters(self) -> CountersDict:
        """A deep copy of all counters (safe to keep)."""
        issuances = dict.fromkeys(self.token.apps, 0)
        issuances.update(self.token_issuances)
        return {
            "token_issuances": issuances,
            "requests": dict(self.requests),
            "effects": {kind: dict(per_key) for kind, per_key in self.effects.items()},
            "faults_injected": dict(self.faults_injected),
        }

    # ------------------------------------------------------------------ lifecycle

    def reset(self) -> None:
        """Forget everything but the config; re-seed the config's plans."""
        cfg = self.config
        self.clock_offset = 0.0
        self.token_issuances: dict[str, int] = {}
        self.requests: dict[str, int] = dict.fromkeys(self.route_names, 0)
        """Arrivals per operation id, faulted ones included."""
        self.effects: dict[str, dict[str, int]] = {kind: {} for kind in EFFECT_KINDS}
        self.faults_injected: dict[str, int] = dict.fromkeys(FAULT_KINDS, 0)
        self.faults.clear(cfg.fault_seed)
        # One state per operation group, named like the group in the operation table.
        self.token = TokenState(self)
        self.target = TargetState(self)
        self.promotion = SpotState(self)
        self.promoter = PromoterStates(self, self.promotion)  # products, links, orders, open accounts
        self.promoter.product.plan_products = self.target.plan_product  # plans' products can be shared
        self.bc = CampaignState(self)

    def set_faults(self, rules: Sequence[FaultRule], seed: int | None = None) -> None:
        self.faults.configure(rules, self.config.fault_seed if seed is None else seed)

    def clear_faults(self) -> None:
        self.faults.clear(self.faults.seed)

    def seed(
        self,
        *,
        plans: Sequence[PlanSeed] = (),
        spots: Mapping[str, Sequence[str]] | None = None,
        apps: Mapping[str, str] | None = None,
        waiqin_tenants: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add apps, tenants, plans (replacing same planId) and spots. Checks everything first."""
        for label, mapping in (("apps", apps), ("waiqin_tenants", waiqin_tenants)):
            if mapping is not None and not all(
                isinstance(k, str) and k and isinstance(v, str) and v for k, v in mapping.items()
            ):
                raise AdminError(400, f"{label} must map non-empty strings to non-empty strings")
        known_apps = set(self.token.apps) | set(apps or ())
        self.target.check_seeds(plans)
        for appid, names in (spots or {}).items():
            if appid not in known_apps:
                raise AdminError(404, f"unknown appid {appid!r}")
            self.promotion.check_seed(appid, names)
        # All checked: apply.
        self.token.apps.update(apps or {})
        self.bc.waiqin_tenants.update(waiqin_tenants or {})
        for plan in plans:
            self.target.put_plan(plan)
        created: dict[str, list[str]] = {}
        for appid, names in (spots or {}).items():
            created[appid] = [self.promotion.create(appid, name).pid for name in names]
        return {"plans": [s.plan_id for s in plans], "spots": created}

    def review(self, appid: str, plan_id: str, decision: str) -> dict[str, Any]:
        """Decide a pending application now; returns its apply_status data."""
        return self.target.review(appid, plan_id, decision)

    def expire_tokens(self, appid: str) -> int:
        """Expire every live token of the app now (they answer 42001); returns how many."""
        return self.token.expire_all(appid)

    # ------------------------------------------------------------------ inspection helpers

    def plan_summaries(self) -> list[PlanSummary]:
        """Every plan (seeding order) with its state and applications (``GET /_sandbox/plans``)."""
        return self.target.summaries()

    @property
    def plans(self) -> dict[str, Plan]:
        """Plans by planId."""
        return self.target.plans

    def spots(self, appid: str) -> list[Spot]:
        return self.promotion.spots(appid)

    def application(self, appid: str, plan_id: str) -> Application | None:
        return self.target.application(appid, plan_id)

    def campaigns(self, openid: str) -> list[Campaign]:
        return self.bc.campaigns(openid)
