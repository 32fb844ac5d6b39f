"""Step 1 of the batch: make the promotion spots of ``--spots`` exist (add, rename), idempotently."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Sequence
from typing import Any

import attrs

from .._errors import APIError, PromoSDKError
from .._generated.errors import DuplicatePromotionNameError, PromotionLimitReachedError
from .._generated.wechat_union.models import PreviousPromotionInfo, PromotionInfo, PromotionListResponse
from ..wechat import WeChatUnionClient, paginate_spots
from .calls import Caller, CallStats, with_batch_retries
from .errors import BatchError, is_transient
from .inputs import SpotSpec

__all__ = ["SPOT_PAGE_SIZE", "SpotReport", "ensure_spots", "list_spots"]

SPOT_PAGE_SIZE = 20


@attrs.define
class SpotReport:
    present: list[str] = attrs.field(factory=list)
    added: list[str] = attrs.field(factory=list)
    renamed: list[str] = attrs.field(factory=list)
    total: int = 0
    max_count: int | None = None
    #: ``old => new`` renames whose old name does not exist: old name -> the new name, added instead.
    rename_sources_missing: dict[str, str] = attrs.field(factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "present": self.present,
            "added": self.added,
            "renamed": self.renamed,
            "rename_sources_missing": self.rename_sources_missing,
            "total": self.total,
            "max_count": self.max_count,
        }


async def list_spots(wechat: WeChatUnionClient, caller: Caller) -> tuple[dict[str, str], int | None]:
    """name -> pid of every spot (all pages, through the client's bounded paginator), and promotionMaxCnt."""

    def fetch(start: int, limit: int) -> Awaitable[PromotionListResponse]:
        return caller.call(
            "promotion.list", functools.partial(wechat.promotion.list, start=start, limit=limit)
        )

    spots: dict[str, str] = {}
    max_count: int | None = None
    async for page in paginate_spots(fetch, page_size=SPOT_PAGE_SIZE).pages():
        max_count = page.capacity if page.capacity is not None else max_count
        for spot in page.new_items:
            if spot.promotion_source_name:
                spots[spot.promotion_source_name] = spot.promotion_source_pid or ""
    return spots, max_count


async def _ensure_spot(
    wechat: WeChatUnionClient, caller: Caller, spec: SpotSpec, existing: dict[str, str]
) -> str:
    """Make one spec exist; returns "present", "added" or "renamed". Updates ``existing``.

    Each write is one client call (its retries, and its reconciliation of an ambiguous add or
    rename). After a transient failure a fresh listing tells whether the write landed; it is not
    sent again. After a conflict (14007: the name exists; 40097 on a rename: the spot changed under
    us) the listing is refreshed and the spec tried once more.
    """
    for _conflict in range(2):
        if spec.name in existing:
            return "present"
        old = spec.rename_from
        renaming = old is not None and old in existing
        try:
            if old is not None and renaming:
                await caller.call(
                    "promotion.upd",
                    functools.partial(
                        wechat.promotion.upd,
                        previous_promotion_info=PreviousPromotionInfo(
                            promotion_source_pid=existing[old], promotion_source_name=old
                        ),
                        promotion_info=PromotionInfo(promotion_source_name=spec.name),
                    ),
                )
                existing[spec.name] = existing.pop(old)
                return "renamed"
            answer = await caller.call(
                "promotion.add", functools.partial(wechat.promotion.add, promotion_source_name=spec.name)
            )
            existing[spec.name] = answer.pid or ""
            return "added"
        except DuplicatePromotionNameError:
            pass  # the name exists (made meanwhile, or by a lost attempt of ours): look again
        except PromoSDKError as exc:
            stale = isinstance(exc, APIError) and exc.code == 40097 and renaming
            if not (stale or is_transient(exc)):
                raise
            if not stale:  # transient: the client already retried; did the write land?
                existing.clear()
                existing.update((await list_spots(wechat, caller))[0])
                if spec.name in existing:
                    return "renamed" if renaming else "added"
                raise
        existing.clear()
        existing.update((await list_spots(wechat, caller))[0])
    if spec.name in existing:
        return "present"
    raise BatchError(f"spot {spec.name!r} is still missing after two conflicting answers")


async def ensure_spots(
    wechat: WeChatUnionClient,
    specs: Sequence[SpotSpec],
    *,
    stats: CallStats | None = None,
    retries: int | None = None,
    backoff: float | None = None,
) -> SpotReport:
    """Make every spec exist (add / rename), idempotently. Raises the first error it cannot fix.

    ``retries`` / ``backoff``: the client's ``max_retries`` / retry policy base for these calls
    (through ``with_options``; None keeps the client's). There is no other retry.
    """
    wechat = with_batch_retries(wechat, retries, backoff)
    caller = Caller(stats if stats is not None else CallStats())
    report = SpotReport()
    existing, report.max_count = await list_spots(wechat, caller)
    missing = sum(
        1
        for s in specs
        if s.name not in existing and (s.rename_from is None or s.rename_from not in existing)
    )
    if report.max_count is not None and len(existing) + missing > report.max_count:
        raise PromotionLimitReachedError(
            14005,
            f"{len(existing)} spots exist and {missing} more are needed; promotionMaxCnt is "
            f"{report.max_count} (nothing was added)",
            operation="promotion_add",
        )
    for spec in specs:
        outcome = await _ensure_spot(wechat, caller, spec, existing)
        if outcome == "renamed":
            report.renamed.append(spec.name)
        elif outcome == "added":
            report.added.append(spec.name)
            if spec.rename_from is not None:
                report.rename_sources_missing[spec.rename_from] = spec.name
        else:
            report.present.append(spec.name)
    report.total = len(existing)
    return report
