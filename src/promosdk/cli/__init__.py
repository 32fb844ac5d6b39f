"""The ``promosdk`` command line (also ``python -m promosdk``).

::

    promosdk wechat target plan-info --plan-invitation-url URL
    promosdk wechat target apply-target --plan-id ID --apply-reason TEXT
    promosdk wechat target apply-status --plan-id ID
    promosdk wechat promotion add --promotion-source-name NAME
    promosdk wechat promotion upd --promotion-source-pid PID --promotion-source-name OLD --new-promotion-source-name NEW
    promosdk wechat promotion list [--start N --limit N | --all [--limit N]]
    promosdk waiqin bc add-or-update-campaign --source-code ... --code ... --name ... --event-status 1 ...
    promosdk waiqin bc apply-callback --campaign-source-code ... --campaign-code ... --registered-time ... --cm-codes C1,C2 ...
    promosdk waiqin bc query-campaign [--activity-source-code --activity-code --activity-type-code --before-create-time ...]
    promosdk batch INPUT --output results.jsonl [--spots FILE] [--concurrency N] ...
    promosdk orders export --since DATE --until DATE [--status S] -o orders.csv|orders.jsonl
    promosdk sandbox --port N [--host H] [--seed-plans N] [--review-delay S]
    promosdk demo [--plans N --spots N --concurrency N]

The vendor commands are built from the operation tables (``commands.py``): one per operation,
``promosdk <vendor> <group> <operation>`` (the operation id ``group.name`` kebab-cased), options
from its method's arguments. The commands from before the registry (``wechat plan-info URL``,
``wechat promotion-list --all``, ``waiqin query-campaign --source-code ...``) still work, hidden
from ``--help``, for one release.

Credentials come from flags or the environment: PROMOSDK_WECHAT_APPID, PROMOSDK_WECHAT_SECRET,
PROMOSDK_WECHAT_BASE_URL, PROMOSDK_WAIQIN_OPENID, PROMOSDK_WAIQIN_APPKEY, PROMOSDK_WAIQIN_BASE_URL.
Secrets are never printed (error messages are redacted by the client).

API commands print the result on stdout as JSON, in wire form (the vendor's field names); listings
(``promotion list --all``, ``bc query-campaign``) print a JSON array. A failure prints ONE line on
stderr, ``error: <ClassName> [code]: message``, and exits with the code of its class (a ``batch``
input or spots file with bad lines first gets one ``file:line: problem`` line per bad line, the
first 20). Messages name the options of the command at hand (``--appid`` under ``wechat``,
``--wechat-appid`` under ``batch``). ``-v`` logs retries and failures (INFO), ``-vv`` every request
too (DEBUG). ``batch`` warns (``warning: ...``) about an empty input or spots file and about a
rename whose old spot does not exist; a run that fails before its first result line (a failed
preflight) prints only its error line, no tables, and leaves no empty results file behind.


Exit codes (the most specific class of the error wins)
------------------------------------------------------
====  =========================================================================================
0     success (``batch``: every input has a final result line, whatever its outcome)
1     any other failure (an unexpected exception, another PromoSDKError, a failed demo check)
2     usage error or invalid input, nothing sent (click usage errors, RequestValidationError,
      malformed batch input/spots files, an orders export file of another export)
3     any other vendor error code (APIError; category client, unless listed below)
4     credentials or authorisation: error categories token and auth (AccessTokenError
      40001/40014/42001, InvalidAppIdError 40013, ApiUnauthorizedError 48001)
5     throttled or busy: categories quota, rate_limit and retryable (45009, 45011, -1)
6     connection failed or timed out (APIConnectionError, APITimeoutError); ``batch``: OutageError,
      too many inputs in a row failed transiently, the run stopped (re-run to resume)
7     unexpected HTTP status or body (HTTPStatusError, BadResponseError)
8     waiqin365 return_code != 0 (WaiqinAPIError)
9     a write may or may not have happened (AmbiguousWriteError)
10    no such targeted plan (PlanNotFoundError 202002)
11    the targeted plan has expired (PlanExpiredError 202001)
12    already applied (AlreadyAppliedError 202004)
13    not applied (NotAppliedError 202005)
14    application reason too long (ApplyReasonTooLongError 202006)
15    promotion spot limit reached (PromotionLimitReachedError 14005)
16    duplicate promotion spot name (DuplicatePromotionNameError 14007)
75    RetryLaterError: ``batch`` gave every input a line, but some failed transiently (outage,
      timeout, review still pending); run the same command again to retry exactly those;
      ``orders export`` stopped on a transient failure with whole pages kept: run it again to resume
130   interrupted (Ctrl-C / SIGTERM); ``batch``, ``orders export``: run the same command again to resume
====  =========================================================================================

Modules
-------
``exit_codes`` (the table above, by error category), ``_common`` (JSON output, the error line,
asyncio.run), ``settings`` (credentials and client options), ``commands`` (the vendor commands,
built from the operation tables), ``api`` (the wechat and waiqin groups, the old command names),
``batch_cmd`` (``batch``), ``orders_export`` (``orders export``), ``dev`` (``sandbox``, ``demo``),
``logs`` (``-v``); this module assembles them.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from .. import __version__
from ._common import error_line
from .api import (
    add_or_update_campaign,
    apply_callback,
    apply_status,
    apply_target,
    plan_info,
    promotion_add,
    promotion_list,
    promotion_upd,
    query_campaign,
    waiqin,
    wechat,
)
from .batch_cmd import batch
from .commands import add_operation_commands
from .dev import demo, sandbox
from .exit_codes import EXIT_CODES, EXIT_INTERRUPTED, EXIT_RETRY_LATER, epilog, exit_code_for
from .logs import configure_logging
from .orders_export import orders
from .settings import WaiqinSettings, WeChatSettings

__all__ = [
    "EXIT_CODES",
    "EXIT_INTERRUPTED",
    "EXIT_RETRY_LATER",
    "WaiqinSettings",
    "WeChatSettings",
    "add_operation_commands",
    "add_or_update_campaign",
    "apply_callback",
    "apply_status",
    "apply_target",
    "batch",
    "cli",
    "demo",
    "error_line",
    "exit_code_for",
    "main",
    "plan_info",
    "promotion_add",
    "promotion_list",
    "promotion_upd",
    "query_campaign",
    "sandbox",
    "waiqin",
    "wechat",
]


@click.group(
    epilog=epilog(),
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
)
@click.version_option(__version__, prog_name="promosdk")
@click.option(
    "-v",
    "--verbose",
    count=True,
    help="Log retries and failures on stderr (INFO); -vv: every request too (DEBUG).",
)
def cli(verbose: int) -> None:
    """promosdk: the WeChat Mini Program Union promoter API and waiqin365 bC campaigns.

    JSON results on stdout; one error line on stderr and an exit code per error class (below).
    """
    configure_logging(verbose)


# One command per operation of the generated tables, under its vendor and group (commands.py).
add_operation_commands(wechat)
add_operation_commands(waiqin)
for command in (wechat, waiqin, batch, orders, sandbox, demo):
    cli.add_command(command)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point (``promosdk``)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="promosdk")
