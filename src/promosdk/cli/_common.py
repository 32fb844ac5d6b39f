"""What every command shares: JSON on stdout, one error line on stderr, the exit code of the error
class, and asyncio.run with SIGTERM handled like Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
import orjson
from rich.console import Console

from .._errors import BadResponseError, PromoSDKError
from .._redact import redact
from ..batch import BatchInputError, error_code
from .exit_codes import CODE_BY_CLASS, EXIT_INTERRUPTED, exit_code_for

__all__ = [
    "cancel_on_sigterm",
    "error_line",
    "fail",
    "interrupted",
    "print_json",
    "quiet_and_summary_options",
    "run_async",
    "shown_option",
    "summary_output",
]

T = TypeVar("T")
_FC = TypeVar("_FC", bound=Callable[..., Any])


def print_json(value: Any) -> None:
    try:
        data = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError as exc:
        # The decoder already refuses answers orjson cannot write back (promosdk._json_limits):
        # this is the backstop, one error line and the exit code of a bad answer, no traceback.
        click.echo(f"error: BadResponseError: the result cannot be written as JSON ({exc})", err=True)
        raise click.exceptions.Exit(CODE_BY_CLASS[BadResponseError]) from None
    out = sys.stdout.buffer
    out.write(data + b"\n")
    out.flush()


def error_line(error: BaseException) -> str:
    """``error: <ClassName> [code]: message`` on one line."""
    code = error_code(error)
    if isinstance(error, BatchInputError):
        message = error.headline  # its bad lines are printed above it (see fail)
    else:
        message = error.message if isinstance(error, PromoSDKError) else redact(str(error))
    message = " ".join(message.split()) or "(no message)"
    label = type(error).__name__ if code is None else f"{type(error).__name__} [{code}]"
    return f"error: {label}: {message}"


def fail(error: BaseException) -> NoReturn:
    """The error line (after the bad lines of an input file, one a line), then exit with its code."""
    if isinstance(error, BatchInputError) and error.bad_lines > 1:
        for problem in error.problems:
            click.echo(" ".join(problem.split()), err=True)
    click.echo(error_line(error), err=True)
    raise click.exceptions.Exit(exit_code_for(error))


def interrupted(message: str = "interrupted") -> NoReturn:
    click.echo(f"error: Interrupted: {message}", err=True)
    raise click.exceptions.Exit(EXIT_INTERRUPTED)


async def cancel_on_sigterm(coro: Awaitable[T]) -> T:
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


def run_async(make: Callable[[], Awaitable[T]]) -> T:
    """asyncio.run with the CLI's error handling (one error line, exit code per class)."""

    async def go() -> T:
        return await cancel_on_sigterm(make())

    try:
        return asyncio.run(go())
    except (KeyboardInterrupt, asyncio.CancelledError):
        interrupted()
    except click.exceptions.Exit:
        raise
    except click.ClickException:
        raise
    except Exception as exc:
        fail(exc)


def run_job(job: Awaitable[Any]) -> BaseException | None:
    """Run a long job (SIGTERM cancels it like Ctrl-C); the exception that ended it, if any. The
    caller reports it after its summary: what was done is shown either way."""
    try:
        asyncio.run(cancel_on_sigterm(job))
    except (KeyboardInterrupt, asyncio.CancelledError) as exc:
        return exc
    except Exception as exc:
        return exc
    return None


def write_json_summary(data: dict[str, Any], json_summary: str) -> None:
    """The JSON summary on stdout (``-``) or into a file (a warning if it cannot be written)."""
    encoded = orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
    if json_summary == "-":
        sys.stdout.buffer.write(encoded)
        sys.stdout.buffer.flush()
        return
    try:
        Path(json_summary).write_bytes(encoded)
    except OSError as exc:
        click.echo(f"warning: cannot write {json_summary}: {exc.strerror or exc}", err=True)


def summary_output(
    to_json: Callable[[], dict[str, Any]],
    json_summary: str | None,
    render: Callable[[Console], None] | None,
) -> None:
    """The summary tables on stdout, or on stderr when the JSON summary goes to stdout.

    ``render`` None: no tables (a run that stopped before doing anything has only zeros to show);
    the JSON summary is still written when asked for.
    """
    if json_summary is not None:
        if json_summary == "-" and render is not None:
            render(Console(stderr=True))
        write_json_summary(to_json(), json_summary)
        if json_summary == "-":
            return
    if render is not None:
        render(Console())


def shown_option(*param_decls: str, **attrs: Any) -> Callable[[_FC], _FC]:
    """A click option whose --help shows its default (the commands' numeric and choice options)."""
    return click.option(*param_decls, show_default=True, **attrs)


def quiet_and_summary_options(json_summary_help: str) -> Callable[[_FC], _FC]:
    """-q/--quiet (no progress bar) and --json-summary FILE of the commands that run the batch job."""

    def apply(command: _FC) -> _FC:
        command = click.option(
            "--json-summary", type=click.Path(dir_okay=False, allow_dash=True), help=json_summary_help
        )(command)
        return click.option("-q", "--quiet", is_flag=True, help="No progress bar.")(command)

    return apply
