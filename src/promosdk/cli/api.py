"""The vendor groups ``promosdk wechat`` and ``promosdk waiqin`` (credentials and client options)
and the commands from before the registry, kept hidden for one release as deprecated aliases of the
generated ones (``commands.py``: ``promosdk wechat target plan-info``, ...), with their arguments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from .._generated.wechat_union.models import PreviousPromotionInfo, PromotionInfo
from ..batch import beijing_now
from ..wechat import WeChatUnionClient
from .settings import (
    WaiqinSettings,
    WeChatSettings,
    client_options,
    pop_waiqin_settings,
    pop_wechat_settings,
    waiqin_call,
    waiqin_options,
    wechat_call,
    wechat_options,
)

__all__ = [
    "add_or_update_campaign",
    "apply_callback",
    "apply_status",
    "apply_target",
    "plan_info",
    "promotion_add",
    "promotion_list",
    "promotion_upd",
    "query_campaign",
    "waiqin",
    "wechat",
]

_F = TypeVar("_F", bound=Callable[..., Any])


def _text_options(*table: tuple[str, bool, str]) -> Callable[[_F], _F]:
    """Text options from one table of (flag, required, help), in the table's order in --help."""

    def apply(command: _F) -> _F:
        for flag, required, help_text in reversed(table):
            command = click.option(flag, required=required, default=None, help=help_text)(command)
        return command

    return apply


#: query_campaign's time filters, --before-create-time ... --after-modify-time.
_TIME_FILTERS = ("before-create", "after-create", "before-modify", "after-modify")

# ---------------------------------------------------------------------------------------- wechat


@click.group()
@wechat_options(short=True)
@client_options
@click.pass_context
def wechat(ctx: click.Context, /, timeout: float, max_retries: int, **kw: Any) -> None:
    """WeChat Mini Program Union, promoter side: targeted plans, promotion spots, products and share links, orders and commissions, open accounts."""
    ctx.obj = pop_wechat_settings(kw, timeout, max_retries)


@wechat.command("plan-info", hidden=True)  # old name of: promosdk wechat target plan-info
@click.argument("url")
@click.pass_obj
def plan_info(settings: WeChatSettings, url: str) -> None:
    """Details of a targeted plan, found by its invitation link URL."""
    wechat_call(settings, lambda c: c.target.plan_info(plan_invitation_url=url))


@wechat.command("apply-target", hidden=True)  # old name of: promosdk wechat target apply-target
@click.argument("plan_id")
@click.option("--reason", required=True, help="Why you apply (the vendor shows it to the merchant).")
@click.pass_obj
def apply_target(settings: WeChatSettings, plan_id: str, reason: str) -> None:
    """Apply to join the targeted plan PLAN_ID."""
    wechat_call(settings, lambda c: c.target.apply_target(plan_id=plan_id, apply_reason=reason))


@wechat.command("apply-status", hidden=True)  # old name of: promosdk wechat target apply-status
@click.argument("plan_id")
@click.pass_obj
def apply_status(settings: WeChatSettings, plan_id: str) -> None:
    """State of your application to PLAN_ID (promoterStatus 999 none, 1 pending, 2 agreed, 3 rejected)."""
    wechat_call(settings, lambda c: c.target.apply_status(plan_id=plan_id))


@wechat.command("promotion-add", hidden=True)  # old name of: promosdk wechat promotion add
@click.argument("name")
@click.pass_obj
def promotion_add(settings: WeChatSettings, name: str) -> None:
    """Add a promotion spot named NAME (1-20 characters)."""
    wechat_call(settings, lambda c: c.promotion.add(promotion_source_name=name))


@wechat.command("promotion-upd", hidden=True)  # old name of: promosdk wechat promotion upd
@_text_options(
    ("--pid", True, "PID of the spot to rename."),
    ("--old-name", True, "Its current name."),
    ("--new-name", True, "The new name (1-20 characters)."),
)
@click.pass_obj
def promotion_upd(settings: WeChatSettings, pid: str, old_name: str, new_name: str) -> None:
    """Rename a promotion spot."""
    wechat_call(
        settings,
        lambda c: c.promotion.upd(
            previous_promotion_info=PreviousPromotionInfo(
                promotion_source_pid=pid, promotion_source_name=old_name
            ),
            promotion_info=PromotionInfo(promotion_source_name=new_name),
        ),
    )


@wechat.command("promotion-list", hidden=True)  # old name of: promosdk wechat promotion list
@click.option(
    "--start", type=click.IntRange(min=0), default=None, help="Offset of the first spot (default 0)."
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Page size (default 20).")
@click.option(
    "--all",
    "all_pages",
    is_flag=True,
    help="Every spot across all pages, as a JSON array (bounded paging: a server whose pages do not "
    "progress ends with PaginationError, exit 7).",
)
@click.pass_obj
def promotion_list(settings: WeChatSettings, start: int | None, limit: int | None, all_pages: bool) -> None:
    """One page of your promotion spots, or all of them with --all."""
    if all_pages:
        if start is not None:
            raise click.UsageError("--all lists from the start: drop --start")

        async def everything(c: WeChatUnionClient) -> list[Any]:
            # The client's one paginator: stops on a page adding nothing new, bounded page count.
            return [spot async for spot in c.promotion.paginate(page_size=limit or 20)]

        wechat_call(settings, everything)
        return
    wechat_call(settings, lambda c: c.promotion.list(start=start or 0, limit=limit or 20))


# ---------------------------------------------------------------------------------------- waiqin


@click.group()
@waiqin_options(short=True)
@client_options
@click.pass_context
def waiqin(ctx: click.Context, /, timeout: float, max_retries: int, **kw: Any) -> None:
    """waiqin365 open API: bC campaigns."""
    ctx.obj = pop_waiqin_settings(kw, timeout, max_retries)


@waiqin.command(
    "add-or-update-campaign", hidden=True
)  # old name of: promosdk waiqin bc add-or-update-campaign
@_text_options(
    ("--source-code", True, "Your unique campaign id (updates match on it)."),
    ("--code", True, "Campaign number."),
    ("--name", True, "Campaign name."),
    ("--type-code", True, "Campaign type code."),
)
@click.option(
    "--event-status",
    type=click.Choice(["1", "2", "3"]),
    default="1",
    show_default=True,
    help="1 online, 2 suspended, 3 ended.",
)
@_text_options(
    ("--start-date", True, "yyyy-mm-dd."),
    ("--end-date", True, "yyyy-mm-dd."),
    ("--register-url", True, "Registration URL."),
    ("--event-information", True, "Campaign information."),
    ("--dept-id", False, "Owning department ids, comma separated."),
    ("--dept-code", False, "Owning department codes, comma separated."),
    ("--dept-name", False, "Owning department names, comma separated."),
    ("--dept-source-code", False, "Owning departments' third-party ids, comma separated."),
)
@click.pass_obj
def add_or_update_campaign(settings: WaiqinSettings, /, event_status: str, **fields: Any) -> None:
    """Create a bC campaign, or update the one with the same --source-code."""
    waiqin_call(settings, lambda c: c.bc.add_or_update_campaign(event_status=int(event_status), **fields))


@waiqin.command("apply-callback", hidden=True)  # old name of: promosdk waiqin bc apply-callback
@_text_options(
    ("--campaign-source-code", True, "The campaign's source code."),
    ("--campaign-code", True, "The campaign's number."),
    ("--registered-time", False, "yyyy-mm-dd hh:mm:ss (default: now, Beijing time)."),
    ("--merchant-information", True, "Merchant information at registration."),
    ("--cm-ids", False, "Customer ids, comma separated."),
    ("--cm-codes", False, "Customer codes, comma separated."),
    ("--cm-names", False, "Customer names, comma separated."),
)
@click.pass_obj
def apply_callback(settings: WaiqinSettings, /, registered_time: str | None, **fields: Any) -> None:
    """Report customers registered for a campaign (NOT idempotent: each call adds rows)."""
    when = registered_time or beijing_now()
    waiqin_call(settings, lambda c: c.bc.apply_callback(registered_time=when, **fields))


@waiqin.command("query-campaign", hidden=True)  # old name of: promosdk waiqin bc query-campaign
@_text_options(
    ("--source-code", False, "activity_source_code."),
    ("--code", False, "activity_code."),
    ("--type-code", False, "activity_type_code."),
    *((f"--{flag}-time", False, "yyyy-MM-dd HH:mm:ss (inclusive).") for flag in _TIME_FILTERS),
)
@click.pass_obj
def query_campaign(
    settings: WaiqinSettings,
    /,
    source_code: str | None,
    code: str | None,
    type_code: str | None,
    **times: Any,
) -> None:
    """Campaigns matching every given filter, as a JSON array."""
    waiqin_call(
        settings,
        lambda c: c.bc.query_campaign(
            activity_source_code=source_code, activity_code=code, activity_type_code=type_code, **times
        ),
    )
