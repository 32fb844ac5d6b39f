"""Contract tests: every sandbox behaviour, exercised through the real clients."""

from __future__ import annotations

import datetime

import pytest

import promosdk
from promosdk.models import (
    EventStatus,
    PlanStatus,
    PreviousPromotionInfo,
    PromoterStatus,
    PromotionInfo,
)
from promosdk.sandbox import PlanSeed, SandboxConfig
from promosdk.sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID, DEFAULT_APPKEY, DEFAULT_OPENID
from promosdk.testing import sandbox

PLANS = (
    PlanSeed(plan_id="P-EFFECTIVE", invitation_url="https://union.invalid/p/effective", product_count=3),
    PlanSeed(plan_id="P-REJECT", invitation_url="https://union.invalid/p/reject", review_outcome="reject"),
    PlanSeed(plan_id="P-LATER", invitation_url="https://union.invalid/p/later", plan_status=0),
    PlanSeed(plan_id="P-INVALID", invitation_url="https://union.invalid/p/invalid", plan_status=2),
    PlanSeed(plan_id="P-ENDED", invitation_url="https://union.invalid/p/ended", end_time=1_600_000_000),
)


def campaign(source: str, **changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "source_code": source, "code": f"code-{source}", "name": f"name {source}", "type_code": "T1",
        "event_status": EventStatus.ONLINE, "start_date": "2026-12-01", "end_date": "2026-12-31",
        "register_url": "https://r.invalid", "event_information": "信息",
    }  # fmt: skip
    base.update(changes)
    return base


# ---------------------------------------------------------------- tokens


async def test_stable_token_is_issued_once_and_reused() -> None:
    async with sandbox(plans=PLANS) as sb:
        await sb.wechat.target.plan_info(plan_invitation_url=PLANS[0].invitation_url)
        other = promosdk.WeChatUnionClient(DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=sb.url)
        async with other:
            await other.target.plan_info(plan_invitation_url=PLANS[0].invitation_url)
            assert await other.access_token() == await sb.wechat.access_token()
        counters = await sb.admin.counters()
        assert counters["token_issuances"][DEFAULT_APPID] == 1
        assert counters["requests"]["token.stable_token"] == 2


async def test_classic_token_invalidates_the_previous_after_the_overlap() -> None:
    config = SandboxConfig(plans=PLANS, classic_token_overlap=0.0)
    async with sandbox(config) as sb:
        first = promosdk.WeChatUnionClient(DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=sb.url, token_source="classic")
        second = promosdk.WeChatUnionClient(DEFAULT_APPID, DEFAULT_APP_SECRET, base_url=sb.url, token_source="classic")
        async with first, second:
            await first.promotion.list(start=0, limit=1)
            await second.promotion.list(start=0, limit=1)  # mints a new token, killing first's
            # first's call fails with 40001, refreshes (killing second's), retries once: success.
            await first.with_options(max_retries=0).promotion.list(start=0, limit=1)
            assert first.metrics.token_refreshes == 1
        assert (await sb.admin.counters())["token_issuances"][DEFAULT_APPID] == 3


async def test_expired_token_answers_42001_and_the_client_recovers() -> None:
    async with sandbox(plans=PLANS) as sb:
        await sb.wechat.promotion.list(start=0, limit=1)
        await sb.admin.expire_tokens(DEFAULT_APPID)
        await sb.wechat.promotion.list(start=0, limit=1)
        assert sb.wechat.metrics.token_refreshes == 1
        with_short_ttl = SandboxConfig(plans=PLANS, token_ttl=0.0)
    async with sandbox(with_short_ttl) as sb2:
        with pytest.raises(promosdk.AccessTokenExpiredError):
            await sb2.wechat.promotion.list(start=0, limit=1)


async def test_wrong_secret_and_unknown_app() -> None:
    async with sandbox(plans=PLANS) as sb:
        async with promosdk.WeChatUnionClient(DEFAULT_APPID, "wrong-secret-value", base_url=sb.url) as bad:
            with pytest.raises(promosdk.InvalidCredentialError):
                await bad.promotion.list(start=0, limit=1)
        async with promosdk.WeChatUnionClient("wxunknownapp", "whatever-secret", base_url=sb.url) as unknown:
            with pytest.raises(promosdk.InvalidAppIdError):
                await unknown.promotion.list(start=0, limit=1)


# ---------------------------------------------------------------- targeted plans


async def test_plan_info_states_and_unknown_link() -> None:
    async with sandbox(plans=PLANS) as sb:
        info = await sb.wechat.target.plan_info(plan_invitation_url=PLANS[0].invitation_url)
        assert info.target_plan_info is not None and info.target_plan_info.plan_id == "P-EFFECTIVE"
        assert info.target_plan_info.plan_status is PlanStatus.EFFECTIVE
        assert info.product_list_info is not None and len(info.product_list_info) == 3
        detail = info.product_list_info[0].product_detail_info
        assert detail is not None and isinstance(detail.total_stock_num, int)
        later = await sb.wechat.target.plan_info(plan_invitation_url=PLANS[2].invitation_url)
        assert later.target_plan_info is not None and later.target_plan_info.plan_status is PlanStatus.NOT_IN_FORCE
        invalid = await sb.wechat.target.plan_info(plan_invitation_url=PLANS[3].invitation_url)
        assert invalid.target_plan_info is not None and invalid.target_plan_info.plan_status is PlanStatus.INVALID
        with pytest.raises(promosdk.PlanNotFoundError) as err:
            await sb.wechat.target.plan_info(plan_invitation_url="https://union.invalid/p/nope")
        assert err.value.code == 202002


async def test_application_walks_999_pending_agreed_and_rejected() -> None:
    async with sandbox(plans=PLANS) as sb:
        wx = sb.wechat
        status = await wx.target.apply_status(plan_id="P-EFFECTIVE")
        assert status.data is not None and status.data.promoter_status is PromoterStatus.NOT_REGISTERED
        await wx.target.apply_target(plan_id="P-EFFECTIVE", apply_reason="good fit")
        status = await wx.target.apply_status(plan_id="P-EFFECTIVE")
        assert status.data is not None and status.data.promoter_status is PromoterStatus.PENDING_AUDIT
        assert status.data.apply_reason == "good fit"
        with pytest.raises(promosdk.AlreadyAppliedError):
            await wx.target.apply_target(plan_id="P-EFFECTIVE", apply_reason="again")
        await sb.admin.review(DEFAULT_APPID, "P-EFFECTIVE", "agree")
        status = await wx.target.apply_status(plan_id="P-EFFECTIVE")
        assert status.data is not None and status.data.promoter_status is PromoterStatus.AGREED
        assert status.data.join_time
        await wx.target.apply_target(plan_id="P-REJECT", apply_reason="maybe")
        await sb.admin.review(DEFAULT_APPID, "P-REJECT", "reject")
        status = await wx.target.apply_status(plan_id="P-REJECT")
        assert status.data is not None and status.data.promoter_status is PromoterStatus.REJECTED
        await wx.target.apply_target(plan_id="P-REJECT", apply_reason="second try")  # allowed after a rejection
        await wx.target.apply_target(plan_id="P-LATER", apply_reason="early")  # not yet in force: accepted


async def test_review_delay_decides_by_the_plans_outcome() -> None:
    async with sandbox(SandboxConfig(plans=PLANS, review_delay=0.0)) as sb:
        await sb.wechat.target.apply_target(plan_id="P-EFFECTIVE", apply_reason="r")
        await sb.wechat.target.apply_target(plan_id="P-REJECT", apply_reason="r")
        agreed = await sb.wechat.target.apply_status(plan_id="P-EFFECTIVE")
        rejected = await sb.wechat.target.apply_status(plan_id="P-REJECT")
        assert agreed.data is not None and agreed.data.promoter_status is PromoterStatus.AGREED
        assert rejected.data is not None and rejected.data.promoter_status is PromoterStatus.REJECTED


async def test_plan_error_codes() -> None:
    async with sandbox(SandboxConfig(plans=PLANS, unapplied_answer="202005", apply_reason_max_len=10)) as sb:
        wx = sb.wechat
        with pytest.raises(promosdk.PlanExpiredError):
            await wx.target.apply_target(plan_id="P-INVALID", apply_reason="r")
        with pytest.raises(promosdk.PlanExpiredError):
            await wx.target.apply_target(plan_id="P-ENDED", apply_reason="r")
        with pytest.raises(promosdk.PlanExpiredError):
            await wx.target.apply_status(plan_id="P-ENDED")
        with pytest.raises(promosdk.PlanNotFoundError):
            await wx.target.apply_target(plan_id="P-NONE", apply_reason="r")
        with pytest.raises(promosdk.PlanNotFoundError):
            await wx.target.apply_status(plan_id="P-NONE")
        with pytest.raises(promosdk.NotAppliedError):
            await wx.target.apply_status(plan_id="P-EFFECTIVE")
        with pytest.raises(promosdk.ApplyReasonTooLongError):
            await wx.target.apply_target(plan_id="P-EFFECTIVE", apply_reason="x" * 11)


# ---------------------------------------------------------------- promotion spots


async def test_promotion_spots_limits_duplicates_renames_and_paging() -> None:
    async with sandbox(SandboxConfig(plans=PLANS, promotion_max_cnt=5)) as sb:
        wx = sb.wechat
        pids = [(await wx.promotion.add(promotion_source_name=f"渠道{i}")).pid for i in range(5)]
        assert len(set(pids)) == 5
        with pytest.raises(promosdk.DuplicatePromotionNameError):
            await wx.promotion.add(promotion_source_name="渠道0")
        with pytest.raises(promosdk.PromotionLimitReachedError):
            await wx.promotion.add(promotion_source_name="one too many")
        page = await wx.promotion.list(start=2, limit=2)
        assert page.total == 5 and page.promotion_max_cnt == 5
        assert [s.promotion_source_name for s in page.promotion_source_list or []] == ["渠道2", "渠道3"]
        assert [s.promotion_source_pid async for s in wx.promotion.iter_list(page_size=2)] == pids
        await wx.promotion.upd(
            previous_promotion_info=PreviousPromotionInfo(promotion_source_pid=pids[1], promotion_source_name="渠道1"),
            promotion_info=PromotionInfo(promotion_source_name="renamed"),
        )
        with pytest.raises(promosdk.APIError) as stale:
            await wx.with_options(reconcile_writes=False).promotion.upd(
                previous_promotion_info=PreviousPromotionInfo(promotion_source_pid=pids[1], promotion_source_name="渠道1"),
                promotion_info=PromotionInfo(promotion_source_name="again"),
            )
        assert "previousPromotionInfo does not match" in stale.value.message
        with pytest.raises(promosdk.DuplicatePromotionNameError):
            await wx.promotion.upd(
                previous_promotion_info=PreviousPromotionInfo(promotion_source_pid=pids[2], promotion_source_name="渠道2"),
                promotion_info=PromotionInfo(promotion_source_name="renamed"),
            )
        names = {s.promotion_source_pid: s.promotion_source_name async for s in wx.promotion.iter_list()}
        assert names[pids[1]] == "renamed"


# ---------------------------------------------------------------- waiqin


async def test_waiqin_upsert_callbacks_and_query_filters() -> None:
    async with sandbox(plans=PLANS) as sb:
        bc = sb.waiqin.bc
        await bc.add_or_update_campaign(**campaign("S1"))  # type: ignore[arg-type]
        await bc.add_or_update_campaign(**campaign("S2", type_code="T2"))  # type: ignore[arg-type]
        await bc.add_or_update_campaign(**campaign("S1", name="renamed", event_status=3))  # type: ignore[arg-type]
        counters = await sb.admin.counters()
        assert counters["effects"]["campaign_insert"] == {"S1": 1, "S2": 1}
        assert counters["effects"]["campaign_update"]["S1"] >= 1
        await bc.apply_callback(
            campaign_source_code="S1", campaign_code="code-S1", cm_codes="C1,C2",
            registered_time="2026-12-02 10:00:00", merchant_information="商家",
        )  # fmt: skip
        [s1] = await bc.query_campaign(activity_source_code="S1")
        assert s1.activity_name == "renamed" and s1.event_status is EventStatus.ENDED
        assert [c.code for c in s1.registered_customer or []] == ["C1", "C2"]
        assert {c.activity_source_code for c in await bc.query_campaign(activity_type_code="T2")} == {"S2"}
        assert {c.activity_source_code for c in await bc.query_campaign()} == {"S1", "S2"}
        assert await bc.query_campaign(activity_code="nope") == []
        assert len(await bc.query_campaign(after_create_time="2000-01-01 00:00:00")) == 2
        assert await bc.query_campaign(before_create_time="2000-01-01 00:00:00") == []
        with pytest.raises(promosdk.WaiqinRequestFailedError) as missing:
            await bc.apply_callback(
                campaign_source_code="S9", campaign_code="x", cm_ids="1",
                registered_time="2026-12-02 10:00:00", merchant_information="m",
            )  # fmt: skip
        assert missing.value.msg_id


async def test_waiqin_rejects_wrong_keys_and_stale_timestamps(monkeypatch: pytest.MonkeyPatch) -> None:
    async with sandbox(plans=PLANS) as sb:
        async with promosdk.WaiqinClient(DEFAULT_OPENID, "not-the-appkey", base_url=sb.url) as wrong:
            with pytest.raises(promosdk.WaiqinAPIError, match="digest"):
                await wrong.bc.query_campaign()
        async with promosdk.WaiqinClient("unknown-openid", DEFAULT_APPKEY, base_url=sb.url) as unknown:
            with pytest.raises(promosdk.WaiqinAPIError, match="openid"):
                await unknown.bc.query_campaign()
        monkeypatch.setattr("promosdk.waiqin.waiqin_timestamp", lambda: "20200101000000")
        with pytest.raises(promosdk.WaiqinAPIError, match="timestamp"):
            await sb.waiqin.bc.query_campaign()


# ---------------------------------------------------------------- admin: counters and faults


async def test_faults_are_deterministic_and_counted() -> None:
    async def run(seed: int) -> list[str]:
        async with sandbox(plans=PLANS, wechat_options={"max_retries": 0}) as sb:
            await sb.admin.set_faults([{"route": "promotion.list", "kind": "http_503", "probability": 0.5}], seed=seed)
            outcomes = []
            for _ in range(20):
                try:
                    await sb.wechat.promotion.list(start=0, limit=1)
                    outcomes.append("ok")
                except promosdk.HTTPStatusError as exc:
                    outcomes.append(str(exc.status))
            counters = await sb.admin.counters()
            assert counters["faults_injected"]["http_503"] == outcomes.count("503")
            return outcomes

    first, second = await run(5), await run(5)
    assert first == second
    assert 0 < first.count("503") < 20


async def test_query_time_windows_follow_updates() -> None:
    from promosdk.signing import BEIJING

    def stamp(epoch: float) -> str:
        return datetime.datetime.fromtimestamp(epoch, BEIJING).strftime("%Y-%m-%d %H:%M:%S")

    # The sandbox clock moves an hour ahead; let waiqin timestamps from the real clock still pass.
    async with sandbox(SandboxConfig(plans=PLANS, waiqin_timestamp_skew=7200)) as sb:
        bc = sb.waiqin.bc
        for source in ("W1", "W2", "W3"):
            await bc.add_or_update_campaign(**campaign(source))  # type: ignore[arg-type]
        created = sb.state.now()
        await sb.admin.advance_clock(3600)
        await bc.add_or_update_campaign(**campaign("W2", name="changed"))  # type: ignore[arg-type]
        later = stamp(created + 1800)
        modified = {c.activity_source_code for c in await bc.query_campaign(after_modify_time=later)}
        assert modified == {"W2"}
        unmodified = {c.activity_source_code for c in await bc.query_campaign(before_modify_time=later)}
        assert unmodified == {"W1", "W3"}
        assert len(await bc.query_campaign(before_create_time=later, activity_type_code="T1")) == 3
        assert await bc.query_campaign(after_create_time=later) == []
