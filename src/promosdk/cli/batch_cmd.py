"""``promosdk batch``: the batch job of promosdk.batch from the command line."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from .. import _constants as C
from ..batch import (
    DEFAULT_APPLY_REASON,
    DEFAULT_REGISTER_URL,
    DEFAULT_TYPE_CODE,
    BatchInputError,
    BatchOptions,
    BatchRun,
    BatchSummary,
    RetryLaterError,
    parse_customers,
    read_inputs,
    read_spots,
)
from ._common import (
    fail,
    interrupted,
    quiet_and_summary_options,
    run_job,
    shown_option,
    summary_output,
)
from .exit_codes import epilog
from .settings import client_options, pop_waiqin_settings, pop_wechat_settings, waiqin_options, wechat_options

__all__ = ["batch"]


@click.command(epilog=epilog())
@click.argument("input_file", metavar="INPUT", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Results file (JSONL, appended; inputs already in it are skipped).",
)
@click.option(
    "--spots",
    "spots_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Promotion spots to ensure: one name per line, 'old name => new name' to rename.",
)
@shown_option("-c", "--concurrency", type=click.IntRange(min=1), default=50, help="Inputs processed at once.")
@shown_option(
    "--poll-deadline",
    type=click.FloatRange(min=0),
    default=60.0,
    help="Seconds to wait for a review decision per plan.",
)
@shown_option(
    "--poll-interval",
    type=click.FloatRange(min=0, min_open=True),
    default=2.0,
    help="Seconds between apply_status polls.",
)
@click.option("--customers", default="", help="Default customer codes C1,C2 (inputs may name their own).")
@shown_option("--type-code", default=DEFAULT_TYPE_CODE, help="waiqin campaign type code.")
@shown_option(
    "--register-url",
    default=DEFAULT_REGISTER_URL,
    help="Campaign register_url; {url} and {plan_id} are replaced.",
)
@click.option("--apply-reason", default=DEFAULT_APPLY_REASON, help="applyReason of apply_target.")
@click.option(
    "--step-retries",
    type=click.IntRange(min=0),
    default=None,
    help="Retries of each call of the batch (the client's max_retries for it; default: --max-retries). "
    "There is one retry layer: a call the client gave up on is not repeated; a re-run retries its input.",
)
@click.option("--no-preflight", is_flag=True, help="Skip the credential check before the first input.")
@click.option(
    "--share-links",
    "share_spot",
    metavar="SPOT",
    default=None,
    help="Also generate share links of each agreed plan's products under the promotion spot SPOT "
    "(its name or PID; list it in --spots to have it added) into the result line (share_links). "
    "A re-run with it adds them to agreed lines that have none.",
)
@click.option(
    "--share-customize-info",
    metavar="TEXT",
    default=None,
    help="customizeInfo of the share links, at most 80 characters ({plan_id} is replaced); "
    "it comes back on the orders (promosdk orders export).",
)
@quiet_and_summary_options(
    "Also write the summary as JSON to this file ('-': stdout; the table then goes to stderr)."
)
@wechat_options(short=False)
@waiqin_options(short=False)
@client_options
def batch(
    input_file: Path,
    output: Path,
    spots_file: Path | None,
    concurrency: int,
    poll_deadline: float,
    poll_interval: float,
    customers: str,
    type_code: str,
    register_url: str,
    apply_reason: str,
    step_retries: int | None,
    no_preflight: bool,
    share_spot: str | None,
    share_customize_info: str | None,
    quiet: bool,
    json_summary: str | None,
    timeout: float,
    max_retries: int,
    **kw: Any,
) -> None:
    """The main job: apply to every plan of INPUT and push the agreed ones to waiqin365.

    INPUT is JSONL ({"url": ..., "customers": "C1,C2"}) or CSV (url[,customers]). For each distinct URL:
    plan_info, apply_target unless already applied, poll apply_status until agreed/rejected or the
    deadline, then addOrUpdateCampaign + applyCallBack (customers not yet registered) + queryCampaign.
    One JSON line per input goes to --output as soon as it is done; a re-run skips inputs already
    there (resumable; Ctrl-C leaves only complete lines). See promosdk.batch for the details.
    """
    wechat_settings = pop_wechat_settings(kw, timeout, max_retries)
    waiqin_settings = pop_waiqin_settings(kw, timeout, max_retries)
    try:
        inputs = read_inputs(input_file)
        spots = read_spots(spots_file) if spots_file is not None else None
        options = BatchOptions(
            concurrency=concurrency,
            poll_deadline=poll_deadline,
            poll_interval=poll_interval,
            customers=parse_customers(customers),
            type_code=type_code,
            register_url=register_url,
            apply_reason=apply_reason,
            step_retries=step_retries,
            preflight=not no_preflight,
            share_spot=share_spot or None,
            share_customize_info=share_customize_info or None,
        )
        if share_customize_info and share_spot is None:
            raise ValueError("--share-customize-info needs --share-links")
        if share_customize_info and len(share_customize_info.replace("{plan_id}", "")) > 80:
            raise ValueError("--share-customize-info: at most 80 characters (customizeInfo's limit)")
    except (BatchInputError, ValueError) as exc:
        fail(exc if isinstance(exc, BatchInputError) else BatchInputError(str(exc)))
    if not inputs:
        click.echo(f"warning: {input_file} has no plan links: nothing to do", err=True)
    if spots is not None and not spots:
        click.echo(f"warning: {spots_file} names no spots: no spot is added or renamed", err=True)
    limit = max(C.DEFAULT_CONNECTION_LIMIT, concurrency + 16)
    wechat_client = wechat_settings.client(limit)
    waiqin_client = waiqin_settings.client(limit)
    run = BatchRun(
        wechat_client,
        waiqin_client,
        inputs,
        output,
        spots=spots,
        options=options,
        console=Console(stderr=True),
        progress=not quiet,
    )

    async def go() -> BatchSummary:
        async with wechat_client, waiqin_client:
            return await run.run()

    error = run_job(go())
    summary = run.summary
    for old, new in (summary.spots.rename_sources_missing if summary.spots else {}).items():
        click.echo(
            f"warning: {spots_file}: no spot named {old!r} to rename to {new!r}; added {new!r}", err=True
        )
    # A run that stopped before its first result line (a failed preflight, for example) or had no
    # input has only zeros to show: its error line (or warning) alone, and the JSON summary if asked.
    stopped_early = error is not None and summary.processed == 0
    render = summary.render if summary.inputs and not stopped_early else None
    summary_output(summary.to_json, json_summary, render)
    if isinstance(error, KeyboardInterrupt | asyncio.CancelledError):
        interrupted(f"{summary.processed} results written to {output}; run the same command again to resume")
    if error is not None:
        fail(error)
    if summary.retry_later:
        fail(
            RetryLaterError(
                f"{summary.retry_later} input(s) failed transiently (outage, timeout or review still pending); "
                "run the same command again to retry them"
            )
        )
