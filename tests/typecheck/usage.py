"""Every public client method, used the way the README shows, as a complete user script.

It must pass ``mypy --strict`` as it stands: no ``cast``, no ``assert ... is not None``; whatever a
user reads is typed as the vendor sends it. tests/test_typed_surface.py runs it against the sandbox.
The connection settings come from the ``PROMOSDK_*`` variables ``promosdk sandbox`` prints.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os

import promosdk
from promosdk import PlanNotFoundError, RawResponse, WaiqinClient, WeChatUnionClient
from promosdk.models import (
    Campaign,
    CommissionStatus,
    ErrcodeResponse,
    EventStatus,
    GenerateProductItem,
    OrderProduct,
    PlanInfoResponse,
    PlanStatus,
    PreviousPromotionInfo,
    PromoterStatus,
    PromotionInfo,
    PromotionSource,
    UnionOrder,
    UnionProduct,
)


async def wechat(base_url: str, appid: str, secret: str, plan_url: str) -> list[str]:
    seen: list[str] = []
    async with WeChatUnionClient(appid, secret, base_url=base_url) as wx:
        token: str = await wx.access_token()
        seen.append(f"token of {len(token)} characters")

        # targeted plans
        info = await wx.target.plan_info(plan_invitation_url=plan_url)
        products = info.product_list_info  # a list, never None
        seen.append(f"{len(products)} products")
        for product in products:
            product_id: str = product.product_id  # required: always a str
            seen.append(f"product {product_id}")
        plan = info.target_plan_info
        status: PlanStatus = plan.plan_status  # required fields: never None
        seen.append(f"plan {plan.plan_name} {status!r}")
        await wx.target.apply_target(plan_id=plan.plan_id, apply_reason="we fit this plan")
        application = await wx.target.apply_status(plan_id=plan.plan_id)
        promoter: PromoterStatus = application.data.promoter_status
        seen.append(f"application {promoter!r} for {application.data.plan_id}")
        try:
            await wx.target.plan_info(plan_invitation_url=plan_url + "-nowhere")
        except PlanNotFoundError as error:
            seen.append(f"{type(error).__module__}.{type(error).__name__} {error.code}")

        # promotion spots
        added = await wx.promotion.add(promotion_source_name="channel A")
        pid: str = added.pid
        renamed: ErrcodeResponse = await wx.promotion.upd(
            promotion_source_pid=pid, promotion_source_name="channel A", new_promotion_source_name="channel A2"
        )
        seen.append(f"renamed: errcode {renamed.errcode}")
        await wx.promotion.upd(  # the model form
            previous_promotion_info=PreviousPromotionInfo(promotion_source_pid=pid, promotion_source_name="channel A2"),
            promotion_info=PromotionInfo(promotion_source_name="channel A3"),
        )
        page = await wx.promotion.list(start=0, limit=20)
        spots: list[PromotionSource] = page.promotion_source_list
        seen.append(f"page of {len(spots)} of {page.total} (at most {page.promotion_max_cnt})")
        names: list[str] = [spot.promotion_source_name async for spot in wx.promotion.iter_list(page_size=20)]
        seen.append(f"{len(names)} spots: {', '.join(names)}")
        async for one_page in wx.promotion.paginate(page_size=50).pages():
            seen.append(f"page at {one_page.start}: {len(one_page.items)} spots")

        # products, share links, orders (issue 13)
        pool = await wx.product.list(offset=0, limit=5, min_commission_ratio=100, category=["1001"])
        first: UnionProduct = (pool.product_list or (await wx.product.list(offset=0, limit=1)).product_list)[0]
        value: int = first.league_ex_info.commission_value  # fen
        seen.append(f"product {first.product_id}: {first.product.info.min_price} fen, commission {value} fen")
        everything: list[UnionProduct] = [item async for item in wx.product.iter_select(page_size=50)]
        seen.append(f"{len(everything)} selected products")
        links = await wx.product.generate(
            pid=pid, product_list=[GenerateProductItem(product_id=first.product_id, app_id=first.shop_info.app_id or "")]
        )
        url: str = links.materials[0].share_info.promotion_url  # required: always a str
        seen.append(f"share link {url[:24]}")
        week_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=7)
        async for order in wx.order.iter_search(start_timestamp=week_ago, commission_status=CommissionStatus.SETTLEMENT_PENDING):
            one: UnionOrder = order
            for line in one.product_list:
                typed: OrderProduct = line
                fen: int | None = typed.price_fen  # "¥0.20" -> 20; None only when absent or pending
                seen.append(f"order {one.order_id}: {typed.price} = {fen} fen, commission {typed.commission_fen}")
        found = await wx.order.info(order_id_list=["0000000000000000"])
        seen.append(f"{len(found.order_list)} orders by id")
        await wx.open_account.bind(open_account="wxopen0000000001")
        await wx.open_account.add_customize_info(unionid="u-1", customize_info="vip")
        custom: str | None = (await wx.open_account.get_customize_info(unionid="u-1")).customize_info
        seen.append(f"customize info {custom}")

        raw: RawResponse[PlanInfoResponse] = await wx.with_raw_response.target.plan_info(plan_invitation_url=plan_url)
        seen.append(f"raw: HTTP {raw.status}, {len(raw.content)} bytes, {len(raw.parse().product_list_info)} products")
        seen.append(promosdk.to_json(info)[:40])
        seen.append(str(sorted(promosdk.to_dict(page, wire_names=False))))
    return seen


async def waiqin(base_url: str, openid: str, appkey: str) -> list[str]:
    seen: list[str] = []
    async with WaiqinClient(openid, appkey, base_url=base_url) as wq:
        saved = await wq.bc.add_or_update_campaign(
            source_code="plan-1", code="plan-1", name="Spring campaign", type_code="bc",
            event_status=EventStatus.ONLINE, start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 1, 31),
            register_url="https://example.com/register", event_information="spring offers",
            dept_id=["D1", "D2"],
        )  # fmt: skip
        code: int = saved.return_code  # required: always an int
        seen.append(f"saved: return_code {code}")
        await wq.bc.apply_callback(
            campaign_source_code="plan-1", campaign_code="plan-1", cm_codes=["C1", "C2"],
            registered_time=dt.datetime(2026, 1, 2, 10, 0, tzinfo=dt.UTC),  # sent as 18:00:00, Beijing time
            merchant_information="shop 1",
        )  # fmt: skip
        campaigns: list[Campaign] = await wq.bc.query_campaign(
            activity_source_code="plan-1", after_create_time=dt.datetime(2020, 1, 1)
        )
        for campaign in campaigns:
            registered = [customer.code for customer in campaign.registered_customer]  # a list, never None
            seen.append(f"campaign {campaign.activity_name}: {campaign.event_status!r}, registered {registered}")
        seen.append(promosdk.to_json(campaigns)[:40])
    return seen


async def main() -> list[str]:
    env = os.environ
    return [
        *await wechat(
            env["PROMOSDK_WECHAT_BASE_URL"], env["PROMOSDK_WECHAT_APPID"], env["PROMOSDK_WECHAT_SECRET"],
            env["PROMOSDK_SANDBOX_PLAN_URL"],
        ),
        *await waiqin(env["PROMOSDK_WAIQIN_BASE_URL"], env["PROMOSDK_WAIQIN_OPENID"], env["PROMOSDK_WAIQIN_APPKEY"]),
    ]  # fmt: skip


if __name__ == "__main__":
    for line in asyncio.run(main()):
        print(line)
