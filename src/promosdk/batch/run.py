"""One batch run: resume, preflight, spots, then the inputs through concurrent workers."""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._errors import PromoSDKError
from ..waiqin import WaiqinClient
from ..wechat import WeChatUnionClient
from .calls import Caller
from .errors import BatchInputError, OutageError, error_json
from .inputs import PlanInput, SpotSpec
from .options import BatchOptions
from .progress import Advance, progress_bar
from .report import BatchSummary
from .results import ResultLog
from .share import resolve_share_spot
from .spots import ensure_spots
from .steps import PlanSteps

if TYPE_CHECKING:  # rich is the [cli] extra: only the progress bar needs it
    from rich.console import Console

__all__ = ["PREFLIGHT_SOURCE_CODE", "BatchRun"]

#: activity_source_code of the preflight queryCampaign (matches no campaign).
PREFLIGHT_SOURCE_CODE = "promosdk-preflight-0"


def _lacks_share_links(record: dict[str, Any]) -> bool:
    """An agreed plan's line without links (a run without the step, or one whose share step failed
    for good, e.g. a customizeInfo over 80 characters once substituted): done again to add them."""
    if "share_links" in record:
        return False
    return (bool(record.get("ok")) and record.get("status") == "agreed") or record.get("step") == "share"


class BatchRun:
    """One batch run over ``inputs``, appending results to ``output`` (see promosdk.batch)."""

    def __init__(
        self,
        wechat: WeChatUnionClient,
        waiqin: WaiqinClient,
        inputs: Sequence[PlanInput],
        output: str | os.PathLike[str],
        *,
        spots: Sequence[SpotSpec] | None = None,
        options: BatchOptions | None = None,
        console: Console | None = None,
        progress: bool = True,
    ) -> None:
        self.wechat = wechat
        self.waiqin = waiqin
        self.inputs = list(inputs)
        self.spots = list(spots) if spots else []
        self.options = options if options is not None else BatchOptions()
        self.log = ResultLog(output)
        #: Where the progress bar goes (None: stderr).
        self.console = console
        self.show_progress = progress
        self.summary = BatchSummary(output=str(output))
        self.stats = self.summary.stats
        self._caller = Caller(self.stats)
        self._steps = PlanSteps(wechat, waiqin, self._caller, self.options)

    # ------------------------------------------------------------------ driver

    async def run(self) -> BatchSummary:
        """Run to the end; on cancellation or a fatal error the summary still describes what happened."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        summary = self.summary
        try:
            distinct: dict[str, PlanInput] = {}
            for item in self.inputs:
                seen = distinct.get(item.url)
                if seen is None:
                    distinct[item.url] = item
                    continue
                summary.duplicates += 1
                if item.customers is not None:  # one URL listed twice: register everyone listed
                    merged = dict.fromkeys((*(seen.customers or ()), *item.customers))
                    distinct[item.url] = PlanInput(url=item.url, customers=tuple(merged))
            summary.inputs = len(distinct)
            self.log.open()  # locks the file: one run per results file
            done = self.log.scan(redo=_lacks_share_links if self.options.share_spot else None)
            summary.dropped_partial_line = self.log.dropped_bytes > 0
            summary.retried = self.log.retrying
            pending = [item for url, item in distinct.items() if url not in done]
            summary.skipped = summary.inputs - len(pending)
            summary.pending = len(pending)
            if not pending:
                return summary
            if self.options.preflight:
                await self._preflight()
            if self.spots:
                summary.spots = await ensure_spots(self._steps.wechat, self.spots, stats=self.stats)
            if self.options.share_spot:
                self._steps.share_pid = summary.share_pid = await resolve_share_spot(
                    self._steps.wechat, self._caller, self.options.share_spot
                )
            await self._work(pending)
            return summary
        except asyncio.CancelledError:
            summary.interrupted = True
            raise
        except BatchInputError:  # the results file: nothing was sent, the run did not start
            raise
        except PromoSDKError as exc:
            summary.aborted = error_json(exc)
            raise
        finally:
            self.log.remove_if_unused()
            self.log.close()
            summary.wall_time = loop.time() - started

    async def _preflight(self) -> None:
        await self.wechat.access_token()
        await self._caller.call(
            "bc.query_campaign",
            functools.partial(
                self._steps.waiqin.bc.query_campaign, activity_source_code=PREFLIGHT_SOURCE_CODE
            ),
        )

    async def _work(self, pending: list[PlanInput]) -> None:
        items: Iterator[PlanInput] = iter(pending)
        summary = self.summary

        streak = 0

        async def worker(advance: Advance) -> None:
            nonlocal streak
            for item in items:  # one shared iterator: next() never interleaves on one loop
                record = await self.process(item)
                self.log.write(record)
                summary.add(record)
                advance(summary.ok, summary.failed)
                streak = streak + 1 if record.get("final") is False else 0
                if streak >= self.options.max_consecutive_failures:
                    raise OutageError(
                        f"{streak} inputs in a row failed transiently (last: {record['error']['type']}); "
                        "stopping - run the same command again to resume"
                    )

        with progress_bar(self.console, enabled=self.show_progress, total=len(pending)) as advance:
            workers = [
                asyncio.create_task(worker(advance))
                for _ in range(min(self.options.concurrency, len(pending)))
            ]
            try:
                finished, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
                for task in finished:
                    error = None if task.cancelled() else task.exception()
                    if error is not None:
                        raise error
            finally:
                for task in workers:
                    task.cancel()
                await asyncio.gather(*workers, return_exceptions=True)

    async def process(self, item: PlanInput) -> dict[str, Any]:
        """Run one input through every step; returns its result line. Fatal errors propagate."""
        return await self._steps.process(item)
