"""What the ``promosdk`` CLI says (issue 12): option names the command really has, ``-v`` / ``-vv``,
a failed preflight, bad and empty input files, a rename of a spot that does not exist.

Each case runs ``python -m promosdk`` in a subprocess against a sandbox on a real loopback port.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import orjson
import pytest

from promosdk.sandbox import SandboxConfig, SandboxServer
from promosdk.sandbox.config import DEFAULT_APPID

from .test_cli import OK_URL, Result, plans, run_cli, sandbox_env

UNKNOWN_URL = "https://invite.test/unknown-plan"


@pytest.fixture
async def server() -> AsyncIterator[SandboxServer]:
    async with SandboxServer(SandboxConfig(plans=plans())) as sb:
        yield sb


async def nothing_was_sent(server: SandboxServer) -> None:
    counters = await server.admin.counters()
    assert sum(counters["requests"].values()) == 0, counters["requests"]
    assert sum(counters["token_issuances"].values()) == 0


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


# ---------------------------------------------------------------------------------------- option names


async def test_missing_credentials_name_the_options_the_command_has(
    server: SandboxServer, tmp_path: Path
) -> None:
    inputs = tmp_path / "plans.jsonl"
    inputs.write_text(f'{{"url": "{OK_URL}"}}\n')
    out = tmp_path / "results.jsonl"

    def without(*names: str, **overrides: str) -> dict[str, str]:
        env = sandbox_env(server.url, **overrides)
        for name in names:
            del env[name]
        return env

    batch = ("batch", str(inputs), "--output", str(out))
    (
        no_openid,
        no_appid,
        no_waiqin_url,
        bad_waiqin_url,
        bad_wechat_url,
        group_openid,
        group_appid,
    ) = await asyncio.gather(
        run_cli(*batch, env=without("PROMOSDK_WAIQIN_OPENID")),
        run_cli(*batch, env=without("PROMOSDK_WECHAT_APPID")),
        run_cli(*batch, env=without("PROMOSDK_WAIQIN_BASE_URL")),
        run_cli(*batch, env=without(PROMOSDK_WAIQIN_BASE_URL="ftp://127.0.0.1")),
        run_cli(*batch, env=without(PROMOSDK_WECHAT_BASE_URL="ftp://127.0.0.1")),
        run_cli("waiqin", "query-campaign", env=without("PROMOSDK_WAIQIN_OPENID")),
        run_cli("wechat", "plan-info", OK_URL, env=without("PROMOSDK_WECHAT_APPID")),
    )
    for result in (
        no_openid,
        no_appid,
        no_waiqin_url,
        bad_waiqin_url,
        bad_wechat_url,
        group_openid,
        group_appid,
    ):
        assert result.code == 2, result.stderr
    # batch has only the --wechat-* / --waiqin-* names (before: "Missing option '--openid'").
    assert "Missing option '--waiqin-openid' (env var: 'PROMOSDK_WAIQIN_OPENID')" in no_openid.stderr
    assert "'--openid'" not in no_openid.stderr
    assert "Missing option '--wechat-appid' (env var: 'PROMOSDK_WECHAT_APPID')" in no_appid.stderr
    assert "Missing option '--waiqin-base-url'" in no_waiqin_url.stderr
    assert "--waiqin-base-url must be an http(s) URL" in bad_waiqin_url.stderr
    assert "--wechat-base-url must be an http(s) URL" in bad_wechat_url.stderr
    for result in (no_openid, no_appid, no_waiqin_url, bad_waiqin_url, bad_wechat_url):
        assert "Usage: promosdk batch" in result.stderr
    # The groups have the short names (their --wechat-*/--waiqin-* aliases also work).
    assert "Missing option '--openid' (env var: 'PROMOSDK_WAIQIN_OPENID')" in group_openid.stderr
    assert "Missing option '--appid' (env var: 'PROMOSDK_WECHAT_APPID')" in group_appid.stderr
    assert not out.exists()
    await nothing_was_sent(server)


# ---------------------------------------------------------------------------------------- -v / -vv


async def test_v_logs_retries_and_failures_and_vv_every_request(server: SandboxServer) -> None:
    env = sandbox_env(server.url)
    one_503 = [{"route": "target.plan_info", "kind": "http_503", "probability": 1.0, "times": 1}]

    await server.admin.set_faults(one_503)
    quiet = await run_cli("wechat", "plan-info", OK_URL, env=env)
    assert quiet.code == 0 and quiet.stderr == "", quiet.stderr

    await server.admin.set_faults(one_503)
    verbose = await run_cli("-v", "wechat", "plan-info", OK_URL, env=env)
    assert verbose.code == 0, verbose.stderr
    [retried] = [line for line in verbose.stderr.splitlines() if "error=HTTPStatusError" in line]
    assert " INFO " in retried and "attempt=1" in retried
    assert "status=200" not in verbose.stderr  # -v: a successful request is not logged
    assert " DEBUG " not in verbose.stderr

    failed = await run_cli("-v", "wechat", "plan-info", UNKNOWN_URL, env=env)
    assert failed.code == 10
    [logged] = [line for line in failed.stderr.splitlines() if "error=PlanNotFoundError" in line]
    assert " INFO " in logged
    assert failed.stderr.splitlines()[-1].startswith("error: PlanNotFoundError [202002]: ")

    await server.admin.set_faults(one_503)
    debug = await run_cli("-vv", "wechat", "plan-info", OK_URL, env=env)
    assert debug.code == 0, debug.stderr
    attempts = [line for line in debug.stderr.splitlines() if "plan_info" in line and "attempt=" in line]
    assert len(attempts) == 2, debug.stderr
    assert "error=HTTPStatusError" in attempts[0] and "attempt=1" in attempts[0] and " INFO " in attempts[0]
    assert "status=200" in attempts[1] and "attempt=2" in attempts[1] and " DEBUG " in attempts[1]
    assert "stable_token" in debug.stderr  # every request: the token's too


# ---------------------------------------------------------------------------------------- preflight


async def test_a_failed_preflight_prints_one_error_line_no_tables_and_no_file(
    server: SandboxServer, tmp_path: Path
) -> None:
    inputs = tmp_path / "plans.jsonl"
    inputs.write_text(f'{{"url": "{OK_URL}"}}\n')
    wechat_out, waiqin_out = tmp_path / "new" / "wechat.jsonl", tmp_path / "waiqin.jsonl"
    wrong_secret, wrong_appkey = await asyncio.gather(
        run_cli(
            "batch", str(inputs), "--output", str(wechat_out),
            env=sandbox_env(server.url, PROMOSDK_WECHAT_SECRET="wrong-secret-789"),
        ),
        run_cli(
            "batch", str(inputs), "--output", str(waiqin_out),
            env=sandbox_env(server.url, PROMOSDK_WAIQIN_APPKEY="wrong-appkey-789"),
        ),
    )  # fmt: skip
    assert wrong_secret.code == 4
    [line] = wrong_secret.stderr.splitlines()
    assert line.startswith("error: InvalidCredentialError [40001]: ") and "wrong-secret-789" not in line
    assert wrong_secret.stdout == b""  # no zero-filled tables
    assert wrong_appkey.code == 8
    [line] = wrong_appkey.stderr.splitlines()
    assert line.startswith("error: WaiqinRequestFailedError [1]: ") and "wrong-appkey-789" not in line
    assert wrong_appkey.stdout == b""
    assert not wechat_out.exists() and not waiqin_out.exists()  # no empty results file left behind
    assert (await server.admin.counters())["requests"]["target.plan_info"] == 0


async def test_a_failed_preflight_keeps_an_existing_results_file(
    server: SandboxServer, tmp_path: Path
) -> None:
    inputs = tmp_path / "plans.jsonl"
    inputs.write_text(f'{{"url": "{OK_URL}"}}\n')
    out = tmp_path / "results.jsonl"
    out.write_bytes(b"")  # the user's (empty) file: not ours to remove
    result = await run_cli(
        "batch", str(inputs), "--output", str(out), "--json-summary", "-",
        env=sandbox_env(server.url, PROMOSDK_WECHAT_SECRET="wrong-secret-789"),
    )  # fmt: skip
    assert result.code == 4
    assert len(result.stderr.splitlines()) == 1, result.stderr  # the JSON goes to stdout, no tables
    assert result.json()["aborted"]["type"] == "InvalidCredentialError"
    assert out.exists() and out.read_bytes() == b""


# ---------------------------------------------------------------------------------------- input files


async def test_every_bad_input_line_is_reported_before_refusing(
    server: SandboxServer, tmp_path: Path
) -> None:
    env = sandbox_env(server.url)
    out = tmp_path / "results.jsonl"
    few = tmp_path / "few.jsonl"
    few.write_text(
        f'{{"url": "{OK_URL}"}}\nnot json\n{{"customers": "C1"}}\n\n{{"url": "{OK_URL}", "customers": 3}}\n'
    )
    many = tmp_path / "many.csv"
    many.write_text("url,customers\n" + "".join(f"https://a.invalid/{i},C1,C2\n" for i in range(25)))
    spots = tmp_path / "spots.txt"
    spots.write_text("ok\n" + "x" * 21 + "\nold => \na\nb => a\n")
    good = tmp_path / "good.jsonl"
    good.write_text(f'{{"url": "{OK_URL}"}}\n')
    few_result, many_result, spots_result = await asyncio.gather(
        run_cli("batch", str(few), "--output", str(out), env=env),
        run_cli("batch", str(many), "--output", str(out), env=env),
        run_cli("batch", str(good), "--output", str(out), "--spots", str(spots), env=env),
    )
    assert few_result.code == 2
    assert few_result.stderr.splitlines() == [
        f"{few}:2: not a JSON object",
        f"{few}:3: 'url' must be a non-empty string",
        f"{few}:5: customers must be a string 'C1,C2' or a list of strings",
        f"error: BatchInputError: {few}: 3 bad lines; nothing was sent",
    ]
    assert many_result.code == 2
    lines = many_result.stderr.splitlines()
    assert len(lines) == 21 and lines[0].startswith(f"{many}:2: more fields than the header has")
    assert lines[19].startswith(f"{many}:21: ")
    assert lines[20] == f"error: BatchInputError: {many}: 25 bad lines, the first 20 listed; nothing was sent"
    assert spots_result.code == 2
    lines = spots_result.stderr.splitlines()
    assert [line.partition(": ")[0] for line in lines[:3]] == [f"{spots}:2", f"{spots}:3", f"{spots}:5"]
    assert lines[3] == f"error: BatchInputError: {spots}: 3 bad lines; nothing was sent"
    assert not out.exists()
    await nothing_was_sent(server)


async def test_one_bad_line_is_still_one_error_line(server: SandboxServer, tmp_path: Path) -> None:
    inputs = tmp_path / "plans.jsonl"
    inputs.write_text(f'{{"url": "{OK_URL}"}}\n{{"url": ""}}\n')
    result = await run_cli(
        "batch", str(inputs), "--output", str(tmp_path / "r.jsonl"), env=sandbox_env(server.url)
    )
    assert result.code == 2
    assert result.stderr.splitlines() == [
        f"error: BatchInputError: {inputs}:2: 'url' must be a non-empty string"
    ]


async def test_an_empty_input_warns_and_does_nothing(server: SandboxServer, tmp_path: Path) -> None:
    env = sandbox_env(server.url)
    empty, blank = tmp_path / "empty.jsonl", tmp_path / "blank.csv"
    empty.write_text("")
    blank.write_text("url,customers\n\n")
    # Two outputs: two runs on one output file at once would (rightly) meet the file's lock.
    out, blank_out = tmp_path / "results.jsonl", tmp_path / "blank-results.jsonl"
    empty_result, blank_result = await asyncio.gather(
        run_cli("batch", str(empty), "--output", str(out), env=env),
        run_cli("batch", str(blank), "--output", str(blank_out), "--json-summary", "-", env=env),
    )
    assert empty_result.code == 0, empty_result.stderr
    assert empty_result.stderr.splitlines() == [f"warning: {empty} has no plan links: nothing to do"]
    assert empty_result.stdout == b""  # no zero-filled tables
    assert blank_result.code == 0, blank_result.stderr
    assert blank_result.stderr.splitlines() == [f"warning: {blank} has no plan links: nothing to do"]
    assert blank_result.json()["inputs"] == 0 and blank_result.json()["total_calls"] == 0
    assert not out.exists() and not blank_out.exists()
    await nothing_was_sent(server)


# ---------------------------------------------------------------------------------------- spots


async def test_a_rename_whose_old_name_does_not_exist_says_so(server: SandboxServer, tmp_path: Path) -> None:
    await server.admin.seed(spots={DEFAULT_APPID: ["legacy"]})
    inputs = tmp_path / "plans.jsonl"
    inputs.write_text(f'{{"url": "{UNKNOWN_URL}"}}\n')  # not found: a final line, exit 0
    spots = tmp_path / "spots.txt"
    spots.write_text("legacy => app\ngone => fresh\n")
    summary_path = tmp_path / "summary.json"
    result = await run_cli(
        "batch", str(inputs), "--output", str(tmp_path / "results.jsonl"), "--spots", str(spots),
        "--json-summary", str(summary_path), "--quiet",
        env=sandbox_env(server.url),
    )  # fmt: skip
    assert result.code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: {spots}: no spot named 'gone' to rename to 'fresh'; added 'fresh'"]
    assert b"renamed spot not found" in result.stdout  # also a row of the summary table
    report = orjson.loads(summary_path.read_bytes())["spots"]
    assert report["renamed"] == ["app"] and report["added"] == ["fresh"]
    assert report["rename_sources_missing"] == {"gone": "fresh"}
    assert error_lines(result) == []
