"""``promosdk orders export``: the orders export of promosdk.orders from the command line."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from ..batch import RetryLaterError, is_transient
from ..models import CommissionStatus
from ..orders import PAGE_SIZE, STATE_SUFFIX, ExportSummary, OrdersExport, parse_time
from ._common import (
    error_line,
    fail,
    interrupted,
    quiet_and_summary_options,
    run_job,
    shown_option,
    write_json_summary,
)
from .exit_codes import epilog
from .settings import client_options, pop_wechat_settings, wechat_options

__all__ = ["SUMMARY_WIDTH", "orders"]

#: Width of the summary tables when stderr is not a terminal.
SUMMARY_WIDTH = 140

_TIME_HELP = (
    "a date (2026-11-01), a date and time in Beijing time (2026-11-01 08:30), ISO 8601 with an "
    "offset (2026-11-01T00:30:00Z), Unix seconds, now or today"
)


def _time(end: bool) -> Any:
    def convert(ctx: click.Context, param: click.Parameter, value: str) -> str:
        try:
            parse_time(value, end=end)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
        return value  # the text: OrdersExport keeps now/today as they were on resume

    return convert


@click.group()
def orders() -> None:
    """Orders brought by the promoter's share links, and their commissions."""


@orders.command("export", epilog=epilog())
@click.option(
    "--since",
    required=True,
    metavar="TIME",
    callback=_time(False),
    help=f"Start of the pay-time window: {_TIME_HELP}.",
)
@click.option(
    "--until",
    required=True,
    metavar="TIME",
    callback=_time(True),
    help="End of the window, inclusive (a date: up to its last second).",
)
@click.option(
    "--status",
    type=click.Choice([s.value for s in CommissionStatus]),
    default=None,
    help="Only orders whose lines are in this commission state.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"orders.csv or orders.jsonl: one row per order line; its state goes to OUTPUT{STATE_SUFFIX}.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    default=None,
    help="Default: from the OUTPUT suffix.",
)
@shown_option(
    "--page-size",
    type=click.IntRange(1, PAGE_SIZE),
    default=PAGE_SIZE,
    help="Orders per order/search page (a resumed export keeps its own).",
)
@click.option("--restart", is_flag=True, help="Overwrite an earlier export in OUTPUT instead of resuming it.")
@quiet_and_summary_options("Also write the summary as JSON to this file ('-': stdout).")
@wechat_options(short=True)
@client_options
def export(
    since: str,
    until: str,
    status: str | None,
    output: Path,
    fmt: str | None,
    page_size: int,
    restart: bool,
    quiet: bool,
    json_summary: str | None,
    timeout: float,
    max_retries: int,
    **kw: Any,
) -> None:
    """Export every order paid in the window, across all order/search pages, one row per order line.

    Rows hold the order id, pay time, commission status, the spot (promotionInfo pid and name),
    customizeInfo, the product, and the amounts in fen beside the vendor's strings (price_fen,
    commission_fen, estimated_commission_fen; price "¥0.20" is 20, a pending "-" commission is
    empty). Each page is appended once complete; a run stopped by an error (exit 75 when transient)
    or Ctrl-C (130) is resumed by the same command, without duplicates. At the end a table of the
    commission per spot and status goes to stderr.
    """
    settings = pop_wechat_settings(kw, timeout, max_retries)
    wechat = settings.client()
    try:
        job = OrdersExport(
            wechat,
            output,
            since=since,
            until=until,
            status=status,
            fmt="csv" if fmt == "csv" else "jsonl" if fmt == "jsonl" else None,
            page_size=page_size,
            restart=restart,
            console=Console(stderr=True),
            progress=not quiet,
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None

    async def go() -> ExportSummary:
        async with wechat:
            return await job.run()

    error = run_job(go())
    summary = job.summary
    started = summary.rows > 0 or summary.complete or summary.pages > 0
    _summary_output(summary, json_summary, render=started)
    if summary.short_by:
        click.echo(
            f"warning: the vendor counts {summary.short_by} more order(s) than its pages listed", err=True
        )
    resume = f"{summary.rows} rows in {output}; run the same command again to resume"
    if isinstance(error, KeyboardInterrupt | asyncio.CancelledError):
        interrupted(resume)
    if error is not None and is_transient(error):
        cause = error_line(error).removeprefix("error: ")
        fail(RetryLaterError(f"the export stopped on a transient failure ({cause}); {resume}"))
    if error is not None:
        fail(error)


def _summary_output(summary: ExportSummary, json_summary: str | None, *, render: bool) -> None:
    """The tables on stderr (stdout stays for --json-summary -); the JSON summary when asked."""
    if render:
        console = Console(stderr=True)
        if not console.is_terminal:  # a log or a pipe: wide enough for a spot's PID and the amounts
            console = Console(stderr=True, width=max(console.width, SUMMARY_WIDTH))
        summary.render(console)
    if json_summary is None:
        return
    write_json_summary(summary.to_json(), json_summary)
