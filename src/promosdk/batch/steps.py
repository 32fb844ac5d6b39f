"""Steps 2-3 of the batch for one input: plan_info, apply (exactly once), poll the review, then the
waiqin campaign, its customers (applyCallBack exactly once) and the confirmation."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
from typing import Any

import attrs
import orjson

from .._errors import PromoSDKError
from .._generated.errors import AlreadyAppliedError, NotAppliedError, PlanExpiredError, PlanNotFoundError
from .._generated.waiqin_bc.models import Campaign, EventStatus
from .._generated.wechat_union.models import PromoterStatus, TargetPlanInfo
from ..signing import BEIJING
from ..waiqin import WaiqinClient
from ..wechat import WeChatUnionClient
from .calls import Caller, ResendBudget, with_batch_retries
from .errors import (
    BatchError,
    NotConfirmedError,
    ReviewPendingError,
    error_json,
    is_fatal,
    is_final,
    is_transient,
)
from .inputs import PlanInput
from .options import BatchOptions
from .share import customize_info_for, generate_share_links

__all__ = ["NAME_MAX", "PlanSteps", "Track", "beijing_date", "beijing_now"]

NAME_MAX = 100
_STATUS_NAMES: dict[int, str] = {
    PromoterStatus.PENDING_AUDIT: "pending",
    PromoterStatus.AGREED: "agreed",
    PromoterStatus.REJECTED: "rejected",
}


def beijing_date(timestamp: int | None, default: dt.date | None = None) -> str:
    """Unix seconds -> ``yyyy-mm-dd`` in Beijing time (UTC+8)."""
    if timestamp and timestamp > 0:
        try:
            return dt.datetime.fromtimestamp(timestamp, BEIJING).date().isoformat()
        except (OverflowError, OSError, ValueError):
            pass
    day = default if default is not None else dt.datetime.now(BEIJING).date()
    return day.isoformat()


def beijing_now() -> str:
    return dt.datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


@attrs.define
class Track:
    """Where one input is (for its result line)."""

    url: str
    plan_id: str | None = None
    status: str | None = None
    step: str = "plan_info"
    #: The share links written (the share-links step only).
    share_links: list[dict[str, Any]] | None = None

    def record(self, *, ok: bool, error: BaseException | None, elapsed: float) -> dict[str, Any]:
        status = self.status
        if error is not None:
            if isinstance(error, PlanNotFoundError):
                status = "not_found"
            elif isinstance(error, PlanExpiredError):
                status = "expired"
            elif status is None:
                status = "error"
        record: dict[str, Any] = {
            "url": self.url,
            "ok": ok,
            # False: a transient failure (outage, timeout, still pending); a re-run retries it.
            "final": error is None or is_final(error),
            "plan_id": self.plan_id,
            "status": status or "error",
            "step": self.step,
            "error": error_json(error) if error is not None else None,
            "elapsed_ms": round(elapsed * 1000),
        }
        if self.share_links is not None:
            record["share_links"] = self.share_links
        return record


class PlanSteps:
    """The steps of one input, with the batch's clients (its retry settings) and call counting."""

    def __init__(
        self, wechat: WeChatUnionClient, waiqin: WaiqinClient, caller: Caller, options: BatchOptions
    ) -> None:
        self.options = options
        self._caller = caller
        retries, backoff = options.step_retries, options.retry_backoff
        self.wechat = with_batch_retries(wechat, retries, backoff)
        self.waiqin = with_batch_retries(waiqin, retries, backoff)
        # The writes the batch reconciles itself (reading back apply_status / queryCampaign) go out
        # one attempt per send; a re-send is one of the client's retries (ResendBudget).
        self._applier = self.wechat.with_options(max_retries=0, reconcile_writes=False)
        self._callbacks = self.waiqin.with_options(max_retries=0)
        self._plan_locks: dict[str, asyncio.Lock] = {}
        #: PID of the share-links spot (set by the run once resolved); None: no share-links step.
        self.share_pid: str | None = None

    async def process(self, item: PlanInput) -> dict[str, Any]:
        """Run one input through every step; returns its result line. Fatal errors propagate."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        track = Track(url=item.url)
        try:
            ok = await self._process(item, track)
        except PromoSDKError as exc:
            if is_fatal(exc):
                raise
            return track.record(ok=False, error=exc, elapsed=loop.time() - started)
        return track.record(ok=ok, error=None, elapsed=loop.time() - started)

    async def _process(self, item: PlanInput, track: Track) -> bool:
        info = await self._caller.call(
            "target.plan_info", functools.partial(self.wechat.target.plan_info, plan_invitation_url=item.url)
        )
        plan = info.target_plan_info
        if plan is None or not plan.plan_id:
            raise BatchError("plan_info answered without targetPlanInfo.planId")
        plan_id = track.plan_id = plan.plan_id

        track.step = "apply"
        status = await self._application_status(plan_id)
        if status is None:
            await self._apply(plan_id)
            status = PromoterStatus.PENDING_AUDIT
        track.status = _STATUS_NAMES[status]

        track.step = "review"
        status = await self._poll(plan_id, status)
        track.status = _STATUS_NAMES[status]
        if status == PromoterStatus.REJECTED:
            return True
        if status != PromoterStatus.AGREED:
            raise ReviewPendingError(
                f"the application is still pending after {self.options.poll_deadline:g} s; re-check later"
            )

        lock = self._plan_locks.setdefault(plan_id, asyncio.Lock())
        async with lock:  # two URLs of one plan must not register the same customers twice
            track.step = "campaign"
            await self._push_campaign(item, plan)
            track.step = "callback"
            await self._register(item, plan, track)
        if self.share_pid is not None:
            track.step = "share"
            track.share_links = await generate_share_links(
                self.wechat,
                self._caller,
                plan,
                info.product_list_info or (),
                pid=self.share_pid,
                customize_info=customize_info_for(self.options.share_customize_info, plan_id),
            )
        track.step = "done"
        return True

    async def _application_status(self, plan_id: str) -> PromoterStatus | None:
        """pending / agreed / rejected, or None when the promoter has not applied (999, 0, 202005)."""
        try:
            answer = await self._caller.call(
                "target.apply_status", functools.partial(self.wechat.target.apply_status, plan_id=plan_id)
            )
        except NotAppliedError:
            return None
        status = answer.data.promoter_status if answer.data is not None else None
        if status in _STATUS_NAMES:
            return PromoterStatus(status)
        return None

    async def _apply(self, plan_id: str) -> None:
        """apply_target exactly once: after a transient failure, apply_status tells whether it landed."""
        budget = ResendBudget(self.wechat)
        while True:
            try:
                await self._caller.call(
                    "target.apply_target",
                    functools.partial(
                        self._applier.target.apply_target,
                        plan_id=plan_id,
                        apply_reason=self.options.apply_reason,
                    ),
                )
                return
            except AlreadyAppliedError:
                return
            except PromoSDKError as exc:
                if not is_transient(exc):
                    raise
                error = exc
            if await self._application_status(plan_id) is not None:
                return  # the lost attempt did land
            if not await budget.spend(error):
                raise error

    async def _poll(self, plan_id: str, status: PromoterStatus) -> PromoterStatus:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.options.poll_deadline
        while status == PromoterStatus.PENDING_AUDIT:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            await asyncio.sleep(min(self.options.poll_interval, remaining))
            current = await self._application_status(plan_id)
            if current is None:
                raise BatchError("apply_status reports no application although apply_target succeeded")
            status = current
        return status

    async def _push_campaign(self, item: PlanInput, plan: TargetPlanInfo) -> None:
        plan_id = plan.plan_id or ""
        start = beijing_date(plan.plan_start_time)
        end = beijing_date(plan.plan_end_time, default=dt.date.fromisoformat(start))
        end = max(start, end)
        name = (plan.plan_name or "").strip() or f"WeChat targeted plan {plan_id}"
        information = (plan.plan_desc or "").strip() or name
        register_url = self.options.register_url.replace("{url}", item.url).replace("{plan_id}", plan_id)
        await self._caller.call(
            "bc.add_or_update_campaign",
            functools.partial(
                self.waiqin.bc.add_or_update_campaign,
                source_code=plan_id,
                code=plan_id,
                name=name[:NAME_MAX],
                type_code=self.options.type_code,
                event_status=EventStatus.ONLINE,
                start_date=start,
                end_date=end,
                register_url=register_url,
                event_information=information,
            ),
        )

    async def _find_campaign(self, plan_id: str) -> Campaign:
        found = await self._caller.call(
            "bc.query_campaign",
            functools.partial(self.waiqin.bc.query_campaign, activity_source_code=plan_id),
        )
        for campaign in found:
            if campaign.activity_source_code == plan_id:
                return campaign
        raise NotConfirmedError(
            f"queryCampaign does not return campaign {plan_id!r} after addOrUpdateCampaign"
        )

    async def _register(self, item: PlanInput, plan: TargetPlanInfo, track: Track) -> None:
        """applyCallBack for the customers waiqin does not list yet; then confirm with queryCampaign."""
        plan_id = plan.plan_id or ""
        wanted = item.customers if item.customers is not None else self.options.customers
        shop = plan.ext_info.biz_basic_info if plan.ext_info is not None else None
        merchant = orjson.dumps(
            {
                "nickname": (shop.nickname if shop else None) or "",
                "appid": (shop.appid if shop else None) or "",
            }
        ).decode()
        budget = ResendBudget(self.waiqin)
        error: PromoSDKError | None = None
        sent = False
        while True:
            campaign = await self._find_campaign(plan_id)
            registered = {c.code for c in campaign.registered_customer or [] if c.code}
            missing = [code for code in wanted if code not in registered]
            if not missing:
                track.step = "confirm"
                return
            if sent:  # answered as done, yet not listed: sending again could register them twice
                raise NotConfirmedError(
                    f"customers {','.join(missing)} are not registered after applyCallBack"
                )
            track.step = "callback"
            if error is not None and not await budget.spend(error):
                raise error
            try:
                await self._caller.call(
                    "bc.apply_callback",
                    functools.partial(
                        self._callbacks.bc.apply_callback,
                        campaign_source_code=plan_id,
                        campaign_code=campaign.activity_code or plan_id,
                        registered_time=beijing_now(),
                        merchant_information=merchant,
                        cm_codes=",".join(missing),
                    ),
                )
                sent, error = True, None
            except PromoSDKError as exc:
                if not is_transient(exc):
                    raise
                error = exc
            track.step = "confirm"
