"""The developer commands: ``promosdk sandbox`` (serve the sandbox of both vendors) and
``promosdk demo`` (the batch job on an embedded sandbox)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from ._common import fail, quiet_and_summary_options, run_async, shown_option, summary_output

__all__ = ["demo", "sandbox"]


@click.command()
@shown_option("--host", default="127.0.0.1", help="Interface to listen on.")
@shown_option("--port", type=click.IntRange(0, 65535), default=8080, help="0 picks a free port.")
@shown_option(
    "--seed-plans",
    type=click.IntRange(min=0),
    default=5,
    help="Targeted plans to seed (a mix of effective, expired and not-yet-in-force).",
)
@click.option(
    "--review-delay",
    type=click.FloatRange(min=0),
    default=None,
    help="Decide applications automatically after S seconds (default: only via the admin API).",
)
@shown_option("--seed", type=int, default=0, help="Seed of plan ids and faults.")
@shown_option(
    "--unapplied-answer",
    type=click.Choice(["999", "202005"]),
    default="999",
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

    from ..sandbox import SandboxConfig, SandboxServer, make_plan_seeds, serve
    from ..sandbox.env import banner, client_url, export_lines, sandbox_env

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
        fail(exc)


@click.command()
@shown_option(
    "--plans",
    type=click.IntRange(min=10),
    default=1000,
    help="Plan links to process (about 5 % of them unknown to the sandbox).",
)
@shown_option("--spots", type=click.IntRange(min=2, max=80), default=20, help="Entries of the spots file.")
@shown_option("-c", "--concurrency", type=click.IntRange(min=1), default=200)
@shown_option(
    "--review-delay", type=click.FloatRange(min=0), default=0.2, help="Sandbox review delay (seconds)."
)
@shown_option("--poll-interval", type=click.FloatRange(min=0, min_open=True), default=0.25)
@shown_option("--poll-deadline", type=click.FloatRange(min=0), default=30.0)
@shown_option("--seed", type=int, default=0, help="Seed of the plans and inputs.")
@click.option(
    "--workdir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep the inputs, spots and results files here (default: a temporary directory).",
)
@quiet_and_summary_options(
    "Also write the result as JSON to this file ('-': stdout; the tables then go to stderr)."
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

    Exits 1 when the run failed or any endpoint of the registry was not exercised.
    """
    from ..demo import run_demo

    result = run_async(
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
    summary_output(result.to_json, json_summary, result.render)
    if not result.ok:
        raise click.exceptions.Exit(1)
