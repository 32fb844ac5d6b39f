"""Group ``target``: targeted plans, the promoter's applications and their review."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

import attrs
import orjson

from ..context import StateContext
from ..errors import AdminError, WeChatError
from ..plans import PLAN_EFFECTIVE, PLAN_INVALID, PLAN_NOT_IN_FORCE, PlanSeed, build_plan_info, build_products

__all__ = [
    "AGREED",
    "EFFECT_KINDS",
    "MSG_INVALID_ARGS",
    "NOT_REGISTERED",
    "PENDING",
    "PLAN_STATUS_NAMES",
    "REJECTED",
    "Application",
    "Plan",
    "PlanSummary",
    "TargetState",
]

# Application states (promoterStatus).
PENDING, AGREED, REJECTED, NOT_REGISTERED = 1, 2, 3, 999

MSG_INVALID_ARGS = "invalid args"

EFFECT_KINDS: tuple[str, ...] = ("apply_target",)

#: planStatus -> the name ``GET /_sandbox/plans`` gives it (``promosdk.models.PlanStatus``, lower case).
PLAN_STATUS_NAMES: dict[int, str] = {
    PLAN_NOT_IN_FORCE: "not_in_force",
    PLAN_EFFECTIVE: "effective",
    PLAN_INVALID: "invalid",
}


class PlanSummary(TypedDict):
    """One plan as ``GET /_sandbox/plans`` lists it."""

    plan_id: str
    invitation_url: str
    plan_status: int
    status: str
    """``PLAN_STATUS_NAMES[plan_status]``: effective, not_in_force or invalid."""
    accepts_applications: bool
    """apply_target would be accepted now (not invalid and not past its end time)."""
    plan_name: str
    start_time: int
    end_time: int
    review_outcome: str
    """What an automatic review (``review_delay``) decides: agree or reject."""
    applications: dict[str, int]
    """appid -> promoterStatus of its application (as apply_status would answer now)."""


@attrs.define(eq=False)
class Plan:
    seed: PlanSeed
    info_body: bytes
    """The plan_info answer, encoded once at seed time."""

    def closed(self, now: float) -> bool:
        return self.seed.plan_status == PLAN_INVALID or now > self.seed.end_time


@attrs.define(eq=False)
class Application:
    plan_id: str
    status: int
    apply_reason: str
    apply_time: int
    decide_at: float | None
    join_time: int = 0
    reject_time: int = 0
    remove_time: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "planId": self.plan_id,
            "promoterStatus": self.status,
            "applyTime": self.apply_time,
            "joinTime": self.join_time,
            "applyReason": self.apply_reason,
            "rejectTime": self.reject_time,
            "removeTime": self.remove_time,
        }


def _decide(application: Application, decision: str, at: float) -> None:
    application.decide_at = None
    if decision == "agree":
        application.status = AGREED
        application.join_time = int(at)
    else:
        application.status = REJECTED
        application.reject_time = int(at)


class TargetState:
    """Plans by id and by invitation link; applications per appid and planId."""

    def __init__(self, ctx: StateContext) -> None:
        self._ctx = ctx
        self.plans: dict[str, Plan] = {}
        self.plans_by_url: dict[str, Plan] = {}
        self.applications: dict[str, dict[str, Application]] = {}
        for seed in ctx.config.plans:
            self.put_plan(seed)

    # ------------------------------------------------------------------ seeding and admin

    def check_seeds(self, seeds: Sequence[PlanSeed]) -> None:
        """Refuse seeds whose invitation link another plan already uses (before any change)."""
        urls: dict[str, str] = {}
        for seed in seeds:
            other = self.plans_by_url.get(seed.invitation_url)
            owner = urls.setdefault(seed.invitation_url, seed.plan_id)
            if (other is not None and other.seed.plan_id != seed.plan_id) or owner != seed.plan_id:
                raise AdminError(409, f"invitation_url already used by another plan: {seed.invitation_url}")

    def put_plan(self, seed: PlanSeed) -> Plan:
        """Add a plan, replacing one with the same planId."""
        old = self.plans.get(seed.plan_id)
        if old is not None:
            self.plans_by_url.pop(old.seed.invitation_url, None)
        plan = Plan(seed=seed, info_body=orjson.dumps(build_plan_info(seed)))
        self.plans[seed.plan_id] = plan
        self.plans_by_url[seed.invitation_url] = plan
        return plan

    def plan_product(self, product_id: str) -> tuple[PlanSeed, dict[str, Any]] | None:
        """(the plan, its productListInfo item) of a product some plan lists, if any."""
        for plan in self.plans.values():
            for product in build_products(plan.seed):
                if product.get("productId") == product_id:
                    return plan.seed, product
        return None

    def review(self, appid: str, plan_id: str, decision: str) -> dict[str, Any]:
        """Decide a pending application now; returns its apply_status data."""
        if decision not in ("agree", "reject"):
            raise AdminError(400, "decision must be 'agree' or 'reject'")
        application = self.applications.get(appid, {}).get(plan_id)
        if application is None:
            raise AdminError(404, f"{appid!r} has not applied to plan {plan_id!r}")
        now = self._ctx.now()
        self._settle(application, now)
        if application.status != PENDING:
            raise AdminError(409, f"application is not pending (promoterStatus {application.status})")
        _decide(application, decision, now)
        return application.to_json()

    def summaries(self) -> list[PlanSummary]:
        """Every plan in seeding order, with its state now (settles due automatic reviews)."""
        now = self._ctx.now()
        out: list[PlanSummary] = []
        for plan in self.plans.values():
            seed = plan.seed
            applications: dict[str, int] = {}
            for appid, by_plan in self.applications.items():
                application = by_plan.get(seed.plan_id)
                if application is not None:
                    self._settle(application, now)
                    applications[appid] = application.status
            out.append(
                {
                    "plan_id": seed.plan_id,
                    "invitation_url": seed.invitation_url,
                    "plan_status": seed.plan_status,
                    "status": PLAN_STATUS_NAMES[seed.plan_status],
                    "accepts_applications": not plan.closed(now),
                    "plan_name": seed.plan_name,
                    "start_time": seed.start_time,
                    "end_time": seed.end_time,
                    "review_outcome": seed.review_outcome,
                    "applications": applications,
                }
            )
        return out

    def application(self, appid: str, plan_id: str) -> Application | None:
        """Inspection: the application as apply_status would see it now."""
        application = self.applications.get(appid, {}).get(plan_id)
        if application is not None:
            self._settle(application, self._ctx.now())
        return application

    # ------------------------------------------------------------------ operations

    def plan_info(self, invitation_url: str | None) -> bytes:
        """The pre-encoded plan_info answer."""
        if not invitation_url:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        plan = self.plans_by_url.get(invitation_url)
        if plan is None:
            raise WeChatError(202002, "plan not found")
        return plan.info_body

    def _plan_for(self, plan_id: object, now: float) -> Plan:
        if not isinstance(plan_id, str) or not plan_id:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        plan = self.plans.get(plan_id)
        if plan is None:
            raise WeChatError(202002, "plan not found")
        if plan.closed(now):
            raise WeChatError(202001, "plan has expired")
        return plan

    def _settle(self, application: Application, now: float) -> None:
        """Lazily apply the automatic review once review_delay has passed."""
        if (
            application.status == PENDING
            and application.decide_at is not None
            and now >= application.decide_at
        ):
            plan = self.plans.get(application.plan_id)
            outcome = plan.seed.review_outcome if plan is not None else "agree"
            _decide(application, outcome, application.decide_at)

    def apply_target(self, appid: str, plan_id: object, apply_reason: object) -> Application:
        if not isinstance(apply_reason, str) or not apply_reason:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        now = self._ctx.now()
        plan = self._plan_for(plan_id, now)
        if len(apply_reason) > self._ctx.config.apply_reason_max_len:
            raise WeChatError(202006, "apply reason exceeds the length limit")
        applications = self.applications.setdefault(appid, {})
        existing = applications.get(plan.seed.plan_id)
        if existing is not None:
            self._settle(existing, now)
            if existing.status in (PENDING, AGREED):
                raise WeChatError(202004, "promoter has already applied for the plan")
        delay = self._ctx.config.review_delay
        application = Application(
            plan_id=plan.seed.plan_id,
            status=PENDING,
            apply_reason=apply_reason,
            apply_time=int(now),
            decide_at=None if delay is None else now + delay,
        )
        applications[plan.seed.plan_id] = application
        self._ctx.effect("apply_target", f"{appid}/{plan.seed.plan_id}")
        return application

    def apply_status(self, appid: str, plan_id: object) -> dict[str, Any]:
        now = self._ctx.now()
        plan = self._plan_for(plan_id, now)
        application = self.applications.get(appid, {}).get(plan.seed.plan_id)
        if application is None:
            if self._ctx.config.unapplied_answer == "202005":
                raise WeChatError(202005, "promoter has not applied for the plan")
            return {
                "planId": plan.seed.plan_id,
                "promoterStatus": NOT_REGISTERED,
                "applyTime": 0,
                "joinTime": 0,
                "applyReason": "",
                "rejectTime": 0,
                "removeTime": 0,
            }
        self._settle(application, now)
        return application.to_json()
