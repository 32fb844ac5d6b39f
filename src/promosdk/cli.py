"""The ``promosdk`` command line (also ``python -m promosdk``).

::

    promosdk wechat plan-info URL
    promosdk wechat apply-target PLAN_ID --reason TEXT
    promosdk wechat apply-status PLAN_ID
    promosdk wechat promotion-add NAME
    promosdk wechat promotion-upd --pid PID --old-name OLD --new-name NEW
    promosdk wechat promotion-list [--start N --limit N | --all]
    promosdk waiqin add-or-update-campaign --source-code ... --code ... --name ... ...
    promosdk waiqin apply-callback --campaign-source-code ... --campaign-code ... --cm-codes C1,C2 ...
    promosdk waiqin query-campaign [--source-code --code --type-code --before-create-time ...]
    promosdk batch INPUT --output results.jsonl [--spots FILE] [--concurrency N] ...
    promosdk sandbox --port N [--host H] [--seed-plans N] [--review-delay S]
    promosdk demo [--plans N --spots N --concurrency N]

Credentials come from flags or the environment: PROMOSDK_WECHAT_APPID, PROMOSDK_WECHAT_SECRET,
PROMOSDK_WECHAT_BASE_URL, PROMOSDK_WAIQIN_OPENID, PROMOSDK_WAIQIN_APPKEY, PROMOSDK_WAIQIN_BASE_URL.
Secrets are never printed (error messages are redacted by the client).

API commands print the result on stdout as JSON, in wire form (the vendor's field names); listings
(``promotion-list --all``, ``query-campaign``) print a JSON array. A failure prints ONE line on
stderr, ``error: <ClassName> [code]: message``, and exits with the code of its class:

Exit codes (the most specific class of the error wins)
------------------------------------------------------
====  =========================================================================================
0     success (``batch``: every input has a final result line, whatever its outcome)
1     any other failure (an unexpected exception, another PromoSDKError, a failed demo check)
2     usage error or invalid input, nothing sent (click usage errors, RequestValidationError,
      malformed batch input/spots files)
3     any other vendor error code (APIError)
4     credentials or authorisation (AccessTokenError 40001/40014/42001, InvalidAppIdError
      40013, ApiUnauthorizedError 48001)
5     throttled or busy (RateLimitError 45009/45011, ServerBusyError -1)
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
      timeout, review still pending); run the same command again to retry exactly those
130   interrupted (Ctrl-C / SIGTERM); ``batch``: run the same command again to resume
====  =========================================================================================
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
import sys
import urllib.parse
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import attrs
import click
import orjson
from rich.console import Console

from . import __version__
from . import _constants as C
from ._errors import (
    AccessTokenError,
    AmbiguousWriteError,
    APIConnectionError,
    APIError,
    BadResponseError,
    HTTPStatusError,
    PromoSDKError,
    RateLimitError,
    RequestValidationError,
    ServerBusyError,
    WaiqinAPIError,
)
from ._generated.errors import (
    AlreadyAppliedError,
    ApiUnauthorizedError,
    ApplyReasonTooLongError,
    DuplicatePromotionNameError,
    InvalidAppIdError,
    NotAppliedError,
    PlanExpiredError,
    PlanNotFoundError,
    PromotionLimitReachedError,
)
from ._generated.wechat_union.models import PreviousPromotionInfo, PromotionInfo
from ._redact import redact
from ._serde import unstructure
from .batch import (
    DEFAULT_APPLY_REASON,
    DEFAULT_REGISTER_URL,
    DEFAULT_TYPE_CODE,
    BatchInputError,
    BatchOptions,
    BatchRun,
    BatchSummary,
    OutageError,
    RetryLaterError,
    parse_customers,
    read_inputs,
    read_spots,
)
from .signing import BEIJING
from .waiqin import WaiqinClient
from .wechat import WeChatUnionClient

__all__ = ["EXIT_CODES", "cli", "exit_code_for", "main"]

T = TypeVar("T")

EXIT_INTERRUPTED = 130
EXIT_RETRY_LATER = 75  # EX_TEMPFAIL

#: (exit code, exception classes, meaning) — the table of the module docstring and of ``--help``.
EXIT_CODES: tuple[tuple[int, tuple[type[BaseException], ...], str], ...] = (
    (1, (PromoSDKError, Exception), "any other failure"),
    (
        2,
        (RequestValidationError, BatchInputError, click.UsageError),
        "usage error / invalid input, nothing sent",
    ),
    (3, (APIError,), "other vendor error code (APIError)"),
    (4, (AccessTokenError, InvalidAppIdError, ApiUnauthorizedError), "credentials / authorisation"),
    (5, (RateLimitError, ServerBusyError), "throttled or busy (45009/45011/-1)"),
    (6, (APIConnectionError, OutageError), "connection failed or timed out; batch: outage, stopped"),
    (7, (HTTPStatusError, BadResponseError), "unexpected HTTP status or body"),
    (8, (WaiqinAPIError,), "waiqin365 return_code != 0"),
    (9, (AmbiguousWriteError,), "a write may or may not have happened"),
    (10, (PlanNotFoundError,), "no such targeted plan (202002)"),
    (11, (PlanExpiredError,), "targeted plan expired (202001)"),
    (12, (AlreadyAppliedError,), "already applied (202004)"),
    (13, (NotAppliedError,), "not applied (202005)"),
    (14, (ApplyReasonTooLongError,), "apply reason too long (202006)"),
    (15, (PromotionLimitReachedError,), "promotion spot limit reached (14005)"),
    (16, (DuplicatePromotionNameError,), "duplicate promotion spot name (14007)"),
    (EXIT_RETRY_LATER, (RetryLaterError,), "batch: some inputs failed transiently; re-run to retry them"),
    (EXIT_INTERRUPTED, (KeyboardInterrupt,), "interrupted; batch: re-run to resume"),
)
_CODE_BY_CLASS: dict[type[BaseException], int] = {
    cls: code for code, classes, _ in EXIT_CODES for cls in classes
}


def exit_code_for(error: BaseException) -> int:
    """The exit code of ``error``: that of the nearest class in its MRO listed in EXIT_CODES."""
    for cls in type(error).__mro__:
        code = _CODE_BY_CLASS.get(cls)
        if code is not None:
            return code
    return 1


def _epilog() -> str:
    rows = [
        f"  {code:<4} {', '.join(c.__name__ for c in classes)}: {meaning}"
        for code, classes, meaning in EXIT_CODES
    ]
    return (
        "\b\nExit codes (the most specific class of the error wins):\n  0    success (batch: every input has its result line, whatever its outcome)\n"
        + "\n".join(rows)
    )


# ---------------------------------------------------------------------------------------- output


def _print_json(value: Any) -> None:
    try:
        data = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError as exc:
        # The decoder already refuses answers orjson cannot write back (promosdk._json_limits):
        # this is the backstop, one error line and the exit code of a bad answer, no traceback.
        click.echo(f"error: BadResponseError: the result cannot be written as JSON ({exc})", err=True)
        raise click.exceptions.Exit(_CODE_BY_CLASS[BadResponseError]) from None
    out = sys.stdout.buffer
    out.write(data + b"\n")
    out.flush()


def error_line(error: BaseException) -> str:
    """``error: <ClassName> [code]: message`` on one line."""
    code: int | None = None
    if isinstance(error, APIError):
        code = error.code
    elif isinstance(error, HTTPStatusError):
        code = error.status
    message = error.message if isinstance(error, PromoSDKError) else redact(str(error))
    message = " ".join(message.split()) or "(no message)"
    label = type(error).__name__ if code is None else f"{type(error).__name__} [{code}]"
    return f"error: {label}: {message}"


def _fail(error: BaseException) -> NoReturn:
    click.echo(error_line(error), err=True)
    raise click.exceptions.Exit(exit_code_for(error))


def _interrupted(message: str = "interrupted") -> NoReturn:
    click.echo(f"error: Interrupted: {message}", err=True)
    raise click.exceptions.Exit(EXIT_INTERRUPTED)


async def _cancel_on_sigterm(coro: Awaitable[T]) -> T:
    """Await ``coro``; SIGTERM cancels it like Ctrl-C does."""
    task = asyncio.ensure_future(coro)
    loop = asyncio.get_running_loop()
    installed = False
    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
        installed = True
    try:
        return await task
    finally:
        if installed:
            loop.remove_signal_handler(signal.SIGTERM)


def _run_async(make: Callable[[], Awaitable[T]]) -> T:
    """asyncio.run with the CLI's error handling (one error line, exit code per class)."""

    async def go() -> T:
        return await _cancel_on_sigterm(make())

    try:
        return asyncio.run(go())
    except (KeyboardInterrupt, asyncio.CancelledError):
        _interrupted()
    except click.exceptions.Exit:
        raise
    except click.ClickException:
        raise
    except Exception as exc:
        _fail(exc)


# ---------------------------------------------------------------------------------------- clients


def _require(value: str | None, option: str, envvar: str) -> str:
    """Credentials are checked when a command runs, so that ``--help`` works without them."""
    if not value:
        raise click.UsageError(f"Missing option '{option}' (env var: '{envvar}').")
    return value


def _check_base_url(url: str, option: str) -> str:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise click.UsageError(f"{option} must be an http(s) URL with a host, got {url!r}")
    return url


@attrs.frozen
class WeChatSettings:
    appid: str | None
    secret: str | None = attrs.field(repr=False)
    base_url: str
    token_source: str = "stable"
    timeout: float = 30.0
    max_retries: int = C.DEFAULT_MAX_RETRIES

    def client(self, connection_limit: int = C.DEFAULT_CONNECTION_LIMIT) -> WeChatUnionClient:
        try:
            return WeChatUnionClient(
                _require(self.appid, "--appid", "PROMOSDK_WECHAT_APPID"),
                _require(self.secret, "--secret", "PROMOSDK_WECHAT_SECRET"),
                base_url=_check_base_url(self.base_url, "--base-url"),
                token_source="classic" if self.token_source == "classic" else "stable",
                timeout=self.timeout,
                max_retries=self.max_retries,
                connection_limit=connection_limit,
            )
        except ValueError as exc:
            raise click.UsageError(f"WeChat settings: {exc}") from None


@attrs.frozen
class WaiqinSettings:
    openid: str | None
    appkey: str | None = attrs.field(repr=False)
    base_url: str | None
    timeout: float = 30.0
    max_retries: int = C.DEFAULT_MAX_RETRIES

    def client(self, connection_limit: int = C.DEFAULT_CONNECTION_LIMIT) -> WaiqinClient:
        try:
            return WaiqinClient(
                _require(self.openid, "--openid", "PROMOSDK_WAIQIN_OPENID"),
                _require(self.appkey, "--appkey", "PROMOSDK_WAIQIN_APPKEY"),
                base_url=_check_base_url(
                    _require(self.base_url, "--base-url", "PROMOSDK_WAIQIN_BASE_URL"), "--base-url"
                ),
                timeout=self.timeout,
                max_retries=self.max_retries,
                connection_limit=connection_limit,
            )
        except ValueError as exc:
            raise click.UsageError(f"waiqin settings: {exc}") from None


F = TypeVar("F", bound=Callable[..., Any])


def _apply(decorators: Sequence[Callable[[F], F]]) -> Callable[[F], F]:
    def wrap(f: F) -> F:
        for decorator in reversed(decorators):
            f = decorator(f)
        return f

    return wrap


def _wechat_options(short: bool) -> Callable[[F], F]:
    """--appid/--secret/--base-url (also as --wechat-*); only the --wechat-* names when not ``short``."""

    def names(name: str) -> tuple[str, ...]:
        return (f"--{name}", f"--wechat-{name}") if short else (f"--wechat-{name}",)

    return _apply(
        [
            click.option(
                *names("appid"),
                "wechat_appid",
                envvar="PROMOSDK_WECHAT_APPID",
                show_envvar=True,
                help="WeChat Mini Program appid.",
            ),
            click.option(
                *names("secret"),
                "wechat_secret",
                envvar="PROMOSDK_WECHAT_SECRET",
                show_envvar=True,
                help="WeChat app secret (never printed).",
            ),
            click.option(
                *names("base-url"),
                "wechat_base_url",
                envvar="PROMOSDK_WECHAT_BASE_URL",
                show_envvar=True,
                default=C.WECHAT_BASE_URL,
                show_default=True,
                help="WeChat API base URL.",
            ),
            click.option(
                "--token-source",
                "wechat_token_source",
                type=click.Choice(["stable", "classic"]),
                default="stable",
                show_default=True,
                help="/cgi-bin/stable_token or the classic /cgi-bin/token.",
            ),
        ]
    )


def _waiqin_options(short: bool) -> Callable[[F], F]:
    def names(name: str) -> tuple[str, ...]:
        return (f"--{name}", f"--waiqin-{name}") if short else (f"--waiqin-{name}",)

    return _apply(
        [
            click.option(
                *names("openid"),
                "waiqin_openid",
                envvar="PROMOSDK_WAIQIN_OPENID",
                show_envvar=True,
                help="waiqin365 openid.",
            ),
            click.option(
                *names("appkey"),
                "waiqin_appkey",
                envvar="PROMOSDK_WAIQIN_APPKEY",
                show_envvar=True,
                help="waiqin365 appkey (never printed).",
            ),
            click.option(
                *names("base-url"),
                "waiqin_base_url",
                envvar="PROMOSDK_WAIQIN_BASE_URL",
                show_envvar=True,
                help="waiqin365 tenant base URL (tenants live on different clouds).",
            ),
        ]
    )


def _client_options(f: F) -> F:
    return _apply(
        [
            click.option(
                "--timeout",
                type=click.FloatRange(min=0, min_open=True),
                default=30.0,
                show_default=True,
                help="Seconds per HTTP attempt.",
            ),
            click.option(
                "--max-retries",
                type=click.IntRange(min=0),
                default=C.DEFAULT_MAX_RETRIES,
                show_default=True,
                help="Client retries of a transient failure.",
            ),
        ]
    )(f)


def _wechat_settings(kw: dict[str, Any], timeout: float, max_retries: int) -> WeChatSettings:
    return WeChatSettings(
        appid=kw.pop("wechat_appid"),
        secret=kw.pop("wechat_secret"),
        base_url=kw.pop("wechat_base_url"),
        token_source=kw.pop("wechat_token_source"),
        timeout=timeout,
        max_retries=max_retries,
    )


def _waiqin_settings(kw: dict[str, Any], timeout: float, max_retries: int) -> WaiqinSettings:
    return WaiqinSettings(
        openid=kw.pop("waiqin_openid"),
        appkey=kw.pop("waiqin_appkey"),
        base_url=kw.pop("waiqin_base_url"),
        timeout=timeout,
        max_retries=max_retries,
    )


def _wechat_call(settings: WeChatSettings, fn: Callable[[WeChatUnionClient], Awaitable[Any]]) -> None:
    client = settings.client()

    async def go() -> Any:
        async with client:
            return await fn(client)

    _print_json(unstructure(_run_async(go)))


def _waiqin_call(settings: WaiqinSettings, fn: Callable[[WaiqinClient], Awaitable[Any]]) -> None:
    client = settings.client()

    async def go() -> Any:
        async with client:
            return await fn(client)

    _print_json(unstructure(_run_async(go)))


# ---------------------------------------------------------------------------------------- root


@click.group(
    epilog=_epilog(),
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
)
@click.version_option(__version__, prog_name="promosdk")
@click.option("-v", "--verbose", count=True, help="Log promosdk's requests on stderr (-vv: debug).")
def cli(verbose: int) -> None:
    """promosdk: the WeChat Mini Program Union promoter API and waiqin365 bC campaigns.

    JSON results on stdout; one error line on stderr and an exit code per error class (below).
    """
    if verbose:
        from rich.logging import RichHandler

        handler = RichHandler(console=Console(stderr=True), show_path=False)
        logging.basicConfig(
            level=logging.DEBUG if verbose > 1 else logging.INFO, handlers=[handler], format="%(message)s"
        )


# ---------------------------------------------------------------------------------------- wechat


@cli.group()
@_wechat_options(short=True)
@_client_options
@click.pass_context
def wechat(ctx: click.Context, /, timeout: float, max_retries: int, **kw: Any) -> None:
    """WeChat Mini Program Union, promoter side: targeted plans and promotion spots."""
    ctx.obj = _wechat_settings(kw, timeout, max_retries)


@wechat.command("plan-info")
@click.argument("url")
@click.pass_obj
def plan_info(settings: WeChatSettings, url: str) -> None:
    """Details of a targeted plan, found by its invitation link URL."""
    _wechat_call(settings, lambda c: c.target.plan_info(plan_invitation_url=url))


@wechat.command("apply-target")
@click.argument("plan_id")
@click.option("--reason", required=True, help="Why you apply (the vendor shows it to the merchant).")
@click.pass_obj
def apply_target(settings: WeChatSettings, plan_id: str, reason: str) -> None:
    """Apply to join the targeted plan PLAN_ID."""
    _wechat_call(settings, lambda c: c.target.apply_target(plan_id=plan_id, apply_reason=reason))


@wechat.command("apply-status")
@click.argument("plan_id")
@click.pass_obj
def apply_status(settings: WeChatSettings, plan_id: str) -> None:
    """State of your application to PLAN_ID (promoterStatus 999 none, 1 pending, 2 agreed, 3 rejected)."""
    _wechat_call(settings, lambda c: c.target.apply_status(plan_id=plan_id))


@wechat.command("promotion-add")
@click.argument("name")
@click.pass_obj
def promotion_add(settings: WeChatSettings, name: str) -> None:
    """Add a promotion spot named NAME (1-20 characters)."""
    _wechat_call(settings, lambda c: c.promotion.add(promotion_source_name=name))


@wechat.command("promotion-upd")
@click.option("--pid", required=True, help="PID of the spot to rename.")
@click.option("--old-name", required=True, help="Its current name.")
@click.option("--new-name", required=True, help="The new name (1-20 characters).")
@click.pass_obj
def promotion_upd(settings: WeChatSettings, pid: str, old_name: str, new_name: str) -> None:
    """Rename a promotion spot."""
    _wechat_call(
        settings,
        lambda c: c.promotion.upd(
            previous_promotion_info=PreviousPromotionInfo(
                promotion_source_pid=pid, promotion_source_name=old_name
            ),
            promotion_info=PromotionInfo(promotion_source_name=new_name),
        ),
    )


@wechat.command("promotion-list")
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

        _wechat_call(settings, everything)
        return
    _wechat_call(settings, lambda c: c.promotion.list(start=start or 0, limit=limit or 20))


# ---------------------------------------------------------------------------------------- waiqin


@cli.group()
@_waiqin_options(short=True)
@_client_options
@click.pass_context
def waiqin(ctx: click.Context, /, timeout: float, max_retries: int, **kw: Any) -> None:
    """waiqin365 open API: bC campaigns."""
    ctx.obj = _waiqin_settings(kw, timeout, max_retries)


def _beijing_now() -> str:
    return dt.datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


@waiqin.command("add-or-update-campaign")
@click.option("--source-code", required=True, help="Your unique campaign id (updates match on it).")
@click.option("--code", required=True, help="Campaign number.")
@click.option("--name", required=True, help="Campaign name.")
@click.option("--type-code", required=True, help="Campaign type code.")
@click.option(
    "--event-status",
    type=click.Choice(["1", "2", "3"]),
    default="1",
    show_default=True,
    help="1 online, 2 suspended, 3 ended.",
)
@click.option("--start-date", required=True, help="yyyy-mm-dd.")
@click.option("--end-date", required=True, help="yyyy-mm-dd.")
@click.option("--register-url", required=True, help="Registration URL.")
@click.option("--event-information", required=True, help="Campaign information.")
@click.option("--dept-id", default=None, help="Owning department ids, comma separated.")
@click.option("--dept-code", default=None, help="Owning department codes, comma separated.")
@click.option("--dept-name", default=None, help="Owning department names, comma separated.")
@click.option(
    "--dept-source-code", default=None, help="Owning departments' third-party ids, comma separated."
)
@click.pass_obj
def add_or_update_campaign(settings: WaiqinSettings, /, event_status: str, **fields: Any) -> None:
    """Create a bC campaign, or update the one with the same --source-code."""
    _waiqin_call(settings, lambda c: c.bc.add_or_update_campaign(event_status=int(event_status), **fields))


@waiqin.command("apply-callback")
@click.option("--campaign-source-code", required=True, help="The campaign's source code.")
@click.option("--campaign-code", required=True, help="The campaign's number.")
@click.option("--registered-time", default=None, help="yyyy-mm-dd hh:mm:ss (default: now, Beijing time).")
@click.option("--merchant-information", required=True, help="Merchant information at registration.")
@click.option("--cm-ids", default=None, help="Customer ids, comma separated.")
@click.option("--cm-codes", default=None, help="Customer codes, comma separated.")
@click.option("--cm-names", default=None, help="Customer names, comma separated.")
@click.pass_obj
def apply_callback(settings: WaiqinSettings, /, registered_time: str | None, **fields: Any) -> None:
    """Report customers registered for a campaign (NOT idempotent: each call adds rows)."""
    when = registered_time or _beijing_now()
    _waiqin_call(settings, lambda c: c.bc.apply_callback(registered_time=when, **fields))


@waiqin.command("query-campaign")
@click.option("--source-code", default=None, help="activity_source_code.")
@click.option("--code", default=None, help="activity_code.")
@click.option("--type-code", default=None, help="activity_type_code.")
@click.option("--before-create-time", default=None, help="yyyy-MM-dd HH:mm:ss (inclusive).")
@click.option("--after-create-time", default=None, help="yyyy-MM-dd HH:mm:ss (inclusive).")
@click.option("--before-modify-time", default=None, help="yyyy-MM-dd HH:mm:ss (inclusive).")
@click.option("--after-modify-time", default=None, help="yyyy-MM-dd HH:mm:ss (inclusive).")
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
    _waiqin_call(
        settings,
        lambda c: c.bc.query_campaign(
            activity_source_code=source_code, activity_code=code, activity_type_code=type_code, **times
        ),
    )


# ---------------------------------------------------------------------------------------- batch


def _summary_output(
    to_json: Callable[[], dict[str, Any]], json_summary: str | None, render: Callable[[Console], None]
) -> None:
    """The summary tables on stdout, or on stderr when the JSON summary goes to stdout."""
    if json_summary is not None:
        data = orjson.dumps(to_json(), option=orjson.OPT_INDENT_2) + b"\n"
        if json_summary == "-":
            render(Console(stderr=True))
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        try:
            Path(json_summary).write_bytes(data)
        except OSError as exc:
            click.echo(f"warning: cannot write {json_summary}: {exc.strerror or exc}", err=True)
    render(Console())


@cli.command(epilog=_epilog())
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
@click.option(
    "-c",
    "--concurrency",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Inputs processed at once.",
)
@click.option(
    "--poll-deadline",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds to wait for a review decision per plan.",
)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0, min_open=True),
    default=2.0,
    show_default=True,
    help="Seconds between apply_status polls.",
)
@click.option("--customers", default="", help="Default customer codes C1,C2 (inputs may name their own).")
@click.option("--type-code", default=DEFAULT_TYPE_CODE, show_default=True, help="waiqin campaign type code.")
@click.option(
    "--register-url",
    default=DEFAULT_REGISTER_URL,
    show_default=True,
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
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--json-summary",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Also write the summary as JSON to this file ('-': stdout; the table then goes to stderr).",
)
@_wechat_options(short=False)
@_waiqin_options(short=False)
@_client_options
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
    wechat_settings = _wechat_settings(kw, timeout, max_retries)
    waiqin_settings = _waiqin_settings(kw, timeout, max_retries)
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
        )
    except (BatchInputError, ValueError) as exc:
        _fail(exc if isinstance(exc, BatchInputError) else BatchInputError(str(exc)))
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

    error: BaseException | None = None
    try:
        asyncio.run(_cancel_on_sigterm(go()))
    except (KeyboardInterrupt, asyncio.CancelledError) as exc:
        error = exc
    except Exception as exc:
        error = exc
    summary = run.summary
    _summary_output(summary.to_json, json_summary, summary.render)
    if isinstance(error, KeyboardInterrupt | asyncio.CancelledError):
        _interrupted(f"{summary.processed} results written to {output}; run the same command again to resume")
    if error is not None:
        _fail(error)
    if summary.retry_later:
        _fail(
            RetryLaterError(
                f"{summary.retry_later} input(s) failed transiently (outage, timeout or review still pending); "
                "run the same command again to retry them"
            )
        )


# ---------------------------------------------------------------------------------------- sandbox & demo


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="0 picks a free port."
)
@click.option(
    "--seed-plans",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Targeted plans to seed (a mix of effective, expired and not-yet-in-force).",
)
@click.option(
    "--review-delay",
    type=click.FloatRange(min=0),
    default=None,
    help="Decide applications automatically after S seconds (default: only via the admin API).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of plan ids and faults.")
@click.option(
    "--unapplied-answer",
    type=click.Choice(["999", "202005"]),
    default="999",
    show_default=True,
    help="apply_status of a plan never applied to.",
)
@click.option(
    "--print-env",
    is_flag=True,
    help="Print the export lines for a sandbox run with the same --host/--port/--seed-plans/--seed "
    '(for eval "$(...)") and exit without serving.',
)
def sandbox(
    host: str,
    port: int,
    seed_plans: int,
    review_delay: float | None,
    seed: int,
    unapplied_answer: str,
    print_env: bool,
) -> None:
    """Run the sandbox of both vendors until Ctrl-C (admin API under /_sandbox/).

    Once it listens it prints (stdout) one line "promosdk sandbox listening on URL", then (stderr)
    its credentials, example plan links, the admin route listing every plan
    (GET URL/_sandbox/plans) and the export lines pointing promosdk at it: PROMOSDK_WECHAT_BASE_URL,
    PROMOSDK_WECHAT_APPID, PROMOSDK_WECHAT_SECRET, PROMOSDK_WAIQIN_BASE_URL, PROMOSDK_WAIQIN_OPENID,
    PROMOSDK_WAIQIN_APPKEY, PROMOSDK_SANDBOX_URL and PROMOSDK_SANDBOX_PLAN_URL (the first plan, an
    effective one). Plan links depend only on --seed-plans and --seed.
    """
    import shlex

    from .sandbox import SandboxConfig, SandboxServer, make_plan_seeds, serve
    from .sandbox.env import banner, client_url, export_lines, sandbox_env

    config = SandboxConfig(
        plans=make_plan_seeds(seed_plans, rng_seed=seed),
        fault_seed=seed,
        review_delay=review_delay,
        unapplied_answer="202005" if unapplied_answer == "202005" else "999",
    )
    if print_env:
        if port == 0:
            raise click.UsageError("--print-env needs a fixed --port (0 picks a different one each run)")
        click.echo(export_lines(sandbox_env(client_url(host, port), config)), nl=False)
        return
    # The command printing this environment again: only the options that change it.
    options = (
        ("--host", host, "127.0.0.1"),
        ("--port", port, 8080),
        ("--seed-plans", seed_plans, 5),
        ("--seed", seed, 0),
    )
    changed = [
        f"{option} {shlex.quote(str(value))}" for option, value, default in options if value != default
    ]
    print_env_command = " ".join(["promosdk sandbox", *changed, "--print-env"]) if port != 0 else None

    def print_banner(server: SandboxServer) -> None:
        text = banner(
            client_url(server.host, server.port), server.config, print_env_command=print_env_command
        )
        click.echo(text, err=True, nl=False)

    try:
        serve(host, port, config, on_ready=print_banner)
    except OSError as exc:
        _fail(exc)


@cli.command()
@click.option(
    "--plans",
    type=click.IntRange(min=10),
    default=1000,
    show_default=True,
    help="Plan links to process (about 5 % of them unknown to the sandbox).",
)
@click.option(
    "--spots",
    type=click.IntRange(min=2, max=80),
    default=20,
    show_default=True,
    help="Entries of the spots file.",
)
@click.option("-c", "--concurrency", type=click.IntRange(min=1), default=200, show_default=True)
@click.option(
    "--review-delay",
    type=click.FloatRange(min=0),
    default=0.2,
    show_default=True,
    help="Sandbox review delay (seconds).",
)
@click.option("--poll-interval", type=click.FloatRange(min=0, min_open=True), default=0.25, show_default=True)
@click.option("--poll-deadline", type=click.FloatRange(min=0), default=30.0, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the plans and inputs.")
@click.option(
    "--workdir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep the inputs, spots and results files here (default: a temporary directory).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--json-summary",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Also write the result as JSON to this file ('-': stdout; the tables then go to stderr).",
)
def demo(
    plans: int,
    spots: int,
    concurrency: int,
    review_delay: float,
    poll_interval: float,
    poll_deadline: float,
    seed: int,
    workdir: Path | None,
    quiet: bool,
    json_summary: str | None,
) -> None:
    """The batch job on the embedded sandbox: N plans, spots, concurrency 200; prints the summary.

    Exits 1 when the run failed or any of the nine endpoints was not exercised.
    """
    from .demo import run_demo

    result = _run_async(
        lambda: run_demo(
            plans=plans,
            spots=spots,
            concurrency=concurrency,
            review_delay=review_delay,
            poll_interval=poll_interval,
            poll_deadline=poll_deadline,
            seed=seed,
            workdir=workdir,
            console=Console(stderr=True),
            progress=not quiet,
        )
    )
    _summary_output(result.to_json, json_summary, result.render)
    if not result.ok:
        raise click.exceptions.Exit(1)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point (``promosdk``)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="promosdk")
