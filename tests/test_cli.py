"""The ``promosdk`` CLI in a subprocess (``python -m promosdk``) against a sandbox on a real loopback port."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from click.testing import CliRunner

import promosdk.cli as cli_module
from promosdk import (
    AccessTokenExpiredError,
    APIError,
    APITimeoutError,
    BadResponseError,
    DailyQuotaExceededError,
    HTTPStatusError,
    InvalidCredentialError,
    PlanNotFoundError,
    RequestValidationError,
    SystemBusyError,
    WaiqinRequestFailedError,
)
from promosdk.cli import EXIT_CODES, cli, error_line, exit_code_for
from promosdk.sandbox import PlanSeed, SandboxConfig, SandboxServer
from promosdk.sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID, DEFAULT_APPKEY, DEFAULT_OPENID

T0 = 1_800_000_000  # plan times around 2027-01-15
DAY = 86400
OK_URL = "https://invite.test/plan-ok"
EXPIRED_URL = "https://invite.test/plan-expired"


@attrs.frozen
class Result:
    code: int
    stdout: bytes
    stderr: str

    def json(self) -> Any:
        return orjson.loads(self.stdout)


def sandbox_env(url: str, **overrides: str) -> dict[str, str]:
    """The environment of a CLI subprocess pointed at ``url`` (no PROMOSDK_* leaks from the caller)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMOSDK_")}
    env.update(
        PROMOSDK_WECHAT_APPID=DEFAULT_APPID,
        PROMOSDK_WECHAT_SECRET=DEFAULT_APP_SECRET,
        PROMOSDK_WECHAT_BASE_URL=url,
        PROMOSDK_WAIQIN_OPENID=DEFAULT_OPENID,
        PROMOSDK_WAIQIN_APPKEY=DEFAULT_APPKEY,
        PROMOSDK_WAIQIN_BASE_URL=url,
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


async def run_cli(*args: str, env: Mapping[str, str], timeout: float = 30.0) -> Result:
    """``python -m promosdk ARGS`` (asynchronously, so that an in-process sandbox keeps serving)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "promosdk",
        *args,
        env=dict(env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode is not None
    return Result(proc.returncode, out, err.decode())


def plans() -> list[PlanSeed]:
    now = int(time.time())
    return [
        PlanSeed(
            plan_id="9001",
            invitation_url=OK_URL,
            plan_name="CLI plan",
            start_time=now - DAY,
            end_time=now + 30 * DAY,
        ),
        PlanSeed(
            plan_id="9002",
            invitation_url=EXPIRED_URL,
            plan_status=2,
            start_time=now - 60 * DAY,
            end_time=now - DAY,
        ),
    ]


@pytest.fixture
async def server() -> AsyncIterator[SandboxServer]:
    async with SandboxServer(SandboxConfig(plans=plans())) as sb:
        yield sb


def one_error_line(result: Result, cls: str, code: int | None = None) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    prefix = f"error: {cls} [{code}]: " if code is not None else f"error: {cls}: "
    assert lines[0].startswith(prefix), lines[0]
    assert result.stdout == b""
    return lines[0]


# ---------------------------------------------------------------------------------------- in-process checks


def test_exit_code_table_is_documented() -> None:
    """--help and the module docstring both list every exit code of EXIT_CODES."""
    help_text = CliRunner().invoke(cli, ["--help"], terminal_width=200).output
    doc = cli_module.__doc__ or ""
    for code, classes, _ in EXIT_CODES:
        assert re.search(rf"^\s+{code}\s+{classes[0].__name__}", help_text, re.M), (code, help_text)
        assert re.search(rf"^{code}\s+\S", doc, re.M), code
    assert re.search(r"^0\s+success", doc, re.M)


def test_exit_codes_are_distinct_per_class() -> None:
    cases: list[tuple[BaseException, int]] = [
        (RequestValidationError("name", "max-length", "too long"), 2),
        (APIError(12345, "x"), 3),
        (InvalidCredentialError(40001, "bad"), 4),
        (AccessTokenExpiredError(42001, "old"), 4),
        (DailyQuotaExceededError(45009, "quota"), 5),
        (SystemBusyError(-1, "busy"), 5),
        (APITimeoutError("slow"), 6),
        (HTTPStatusError(503, operation="x", body=b"", content_type=""), 7),
        (BadResponseError("no json", operation="x", status=200, content_type="", body=b""), 7),
        (WaiqinRequestFailedError(1, "digest mismatch"), 8),
        (PlanNotFoundError(202002, "plan not found"), 10),
        (KeyboardInterrupt(), 130),
        (RuntimeError("bug"), 1),
    ]
    for error, code in cases:
        assert exit_code_for(error) == code, error
    assert (
        error_line(PlanNotFoundError(202002, "plan\nnot found"))
        == "error: PlanNotFoundError [202002]: plan not found"
    )
    assert error_line(APITimeoutError("slow")) == "error: APITimeoutError: slow"


# ---------------------------------------------------------------------------------------- subprocess


async def test_wechat_commands(server: SandboxServer) -> None:
    env = sandbox_env(server.url)
    info = await run_cli("wechat", "plan-info", OK_URL, env=env)
    assert info.code == 0, info.stderr
    assert info.json()["targetPlanInfo"]["planId"] == "9001"
    assert info.json()["targetPlanInfo"]["planName"] == "CLI plan"

    applied = await run_cli("wechat", "apply-target", "9001", "--reason", "we sell a lot", env=env)
    assert applied.code == 0, applied.stderr
    assert applied.json()["errcode"] == 0
    status = await run_cli("wechat", "apply-status", "9001", env=env)
    assert status.code == 0 and status.json()["data"]["promoterStatus"] == 1  # pending (no review_delay)
    again = await run_cli("wechat", "apply-target", "9001", "--reason", "again", env=env)
    assert again.code == 12
    one_error_line(again, "AlreadyAppliedError", 202004)

    added = await run_cli("wechat", "promotion-add", "channel-a", env=env)
    assert added.code == 0, added.stderr
    pid = added.json()["pid"]
    renamed = await run_cli(
        "wechat", "promotion-upd", "--pid", pid, "--old-name", "channel-a", "--new-name", "channel-b", env=env
    )
    assert renamed.code == 0 and renamed.json()["errcode"] == 0
    dup = await run_cli("wechat", "promotion-add", "channel-b", env=env)
    assert dup.code == 16
    one_error_line(dup, "DuplicatePromotionNameError", 14007)

    await server.admin.seed(spots={DEFAULT_APPID: [f"spot-{i:02d}" for i in range(24)]})
    page = await run_cli("wechat", "promotion-list", "--start", "0", "--limit", "5", env=env)
    assert page.code == 0
    assert page.json()["total"] == 25 and len(page.json()["promotionSourceList"]) == 5
    everything = await run_cli("wechat", "promotion-list", "--all", "--limit", "7", env=env)
    assert everything.code == 0, everything.stderr
    names = [spot["promotionSourceName"] for spot in everything.json()]
    assert len(names) == 25 and names[0] == "channel-b" and "spot-23" in names
    assert (await server.admin.counters())["requests"]["promotion.list"] == 1 + 4  # one page, then 4 of 7


async def test_waiqin_commands(server: SandboxServer) -> None:
    env = sandbox_env(server.url)
    created = await run_cli(
        "waiqin", "add-or-update-campaign",
        "--source-code", "S-1", "--code", "S-1", "--name", "CLI campaign", "--type-code", "T1",
        "--start-date", "2027-01-01", "--end-date", "2027-02-01",
        "--register-url", "https://r.test/1", "--event-information", "info",
        env=env,
    )  # fmt: skip
    assert created.code == 0, created.stderr
    assert created.json()["return_code"] == 0
    called = await run_cli(
        "waiqin", "apply-callback", "--campaign-source-code", "S-1", "--campaign-code", "S-1",
        "--merchant-information", "shop", "--cm-codes", "C1,C2",
        env=env,
    )  # fmt: skip
    assert called.code == 0, called.stderr
    found = await run_cli("waiqin", "query-campaign", "--source-code", "S-1", env=env)
    assert found.code == 0, found.stderr
    [campaign] = found.json()
    assert campaign["activity_name"] == "CLI campaign"
    assert campaign["event_status"] == "1"
    assert [c["code"] for c in campaign["registered_customer"]] == ["C1", "C2"]
    nothing = await run_cli("waiqin", "query-campaign", "--type-code", "nope", env=env)
    assert nothing.code == 0 and nothing.json() == []


async def test_vendor_errors_have_one_line_and_their_exit_code(server: SandboxServer) -> None:
    env = sandbox_env(server.url)
    unknown, expired, missing_campaign = await asyncio.gather(
        run_cli("wechat", "plan-info", "https://invite.test/unknown", env=env),
        run_cli("wechat", "apply-target", "9002", "--reason", "r", env=env),
        run_cli(
            "waiqin", "apply-callback", "--campaign-source-code", "nope", "--campaign-code", "nope",
            "--merchant-information", "m", "--cm-codes", "C1",
            env=env,
        ),
    )  # fmt: skip
    assert unknown.code == 10
    one_error_line(unknown, "PlanNotFoundError", 202002)
    assert expired.code == 11
    one_error_line(expired, "PlanExpiredError", 202001)
    assert missing_campaign.code == 8
    one_error_line(missing_campaign, "WaiqinRequestFailedError", 1)


async def test_bad_input_is_rejected_before_any_request(server: SandboxServer) -> None:
    env = sandbox_env(server.url)
    too_long, bad_date, usage = await asyncio.gather(
        run_cli("wechat", "promotion-add", "x" * 21, env=env),
        run_cli(
            "waiqin", "add-or-update-campaign",
            "--source-code", "S", "--code", "S", "--name", "n", "--type-code", "t",
            "--start-date", "2027-02-01", "--end-date", "2027-01-01",  # end before start
            "--register-url", "u", "--event-information", "i",
            env=env,
        ),
        run_cli("wechat", "apply-target", "9001", env=env),  # --reason missing
    )  # fmt: skip
    assert too_long.code == 2
    one_error_line(too_long, "RequestValidationError")
    assert bad_date.code == 2
    one_error_line(bad_date, "RequestValidationError")
    assert usage.code == 2 and "--reason" in usage.stderr
    counters = await server.admin.counters()
    assert sum(counters["requests"].values()) == 0
    assert sum(counters["token_issuances"].values()) == 0


async def test_credentials_errors_never_print_secrets(server: SandboxServer) -> None:
    wrong_secret = "wrong-secret-value-123"
    wrong_key = "wrong-appkey-value-456"
    env = sandbox_env(server.url)
    del env["PROMOSDK_WECHAT_SECRET"]
    bad, bad_key, missing = await asyncio.gather(
        run_cli(
            "wechat", "plan-info", OK_URL, env=sandbox_env(server.url, PROMOSDK_WECHAT_SECRET=wrong_secret)
        ),
        run_cli("waiqin", "query-campaign", env=sandbox_env(server.url, PROMOSDK_WAIQIN_APPKEY=wrong_key)),
        run_cli("wechat", "plan-info", OK_URL, env=env),
    )
    assert bad.code == 4
    line = one_error_line(bad, "InvalidCredentialError", 40001)
    assert wrong_secret not in line
    assert bad_key.code == 8
    line = one_error_line(bad_key, "WaiqinRequestFailedError", 1)
    assert "digest mismatch" in line and wrong_key not in line
    assert missing.code == 2 and "Missing option" in missing.stderr
    assert DEFAULT_APP_SECRET not in missing.stderr


async def test_transport_errors_have_their_exit_codes(server: SandboxServer) -> None:
    env = sandbox_env(server.url)
    await server.admin.set_faults(
        [
            {"route": "target.plan_info", "kind": "http_503", "probability": 1.0},
            {"route": "target.apply_status", "kind": "quota", "probability": 1.0},
            {"route": "promotion.list", "kind": "html", "probability": 1.0},
        ]
    )
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    http, quota, html, refused = await asyncio.gather(
        run_cli("wechat", "--max-retries", "0", "plan-info", OK_URL, env=env),
        run_cli("wechat", "apply-status", "9001", env=env),
        run_cli("wechat", "--max-retries", "0", "promotion-list", env=env),
        run_cli("wechat", "--max-retries", "0", "plan-info", OK_URL, env=sandbox_env(closed)),
    )
    assert http.code == 7
    one_error_line(http, "HTTPStatusError", 503)
    assert quota.code == 5
    one_error_line(quota, "DailyQuotaExceededError", 45009)
    assert html.code == 7
    one_error_line(html, "BadResponseError")
    assert refused.code == 6
    one_error_line(refused, "APIConnectionError")


async def test_sandbox_command_serves_until_interrupted() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "promosdk", "sandbox", "--port", "0", "--seed-plans", "3",
        env=sandbox_env("unused"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    try:
        line = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
        match = re.search(r"listening on (http://\S+)", line)
        assert match, line
        url = match.group(1)
        plan_urls: list[str] = []
        while len(plan_urls) < 3:
            err = (await asyncio.wait_for(proc.stderr.readline(), 5)).decode()
            plan_urls += re.findall(r"(https://\S+)$", err.strip())
        info = await run_cli("wechat", "plan-info", plan_urls[0], env=sandbox_env(url))
        assert info.code == 0, info.stderr
        assert info.json()["targetPlanInfo"]["planId"]
    finally:
        proc.send_signal(signal.SIGINT)
        await asyncio.wait_for(proc.wait(), 10)
    assert proc.returncode == 0


async def test_batch_command_errors(server: SandboxServer, tmp_path: Path) -> None:
    good = tmp_path / "plans.jsonl"
    good.write_text(f'{{"url": "{OK_URL}"}}\n')
    bad = tmp_path / "bad.csv"
    bad.write_text("link\nhttps://x\n")
    out = tmp_path / "results.jsonl"
    malformed, wrong_secret = await asyncio.gather(
        run_cli("batch", str(bad), "--output", str(out), env=sandbox_env(server.url)),
        run_cli(
            "batch", str(good), "--output", str(out), "--json-summary", "-",
            env=sandbox_env(server.url, PROMOSDK_WECHAT_SECRET="wrong-secret-789"),
        ),
    )  # fmt: skip
    assert malformed.code == 2
    one_error_line(malformed, "BatchInputError")
    assert wrong_secret.code == 4
    assert wrong_secret.stderr.splitlines()[-1].startswith("error: InvalidCredentialError [40001]: ")
    assert "wrong-secret-789" not in wrong_secret.stderr
    summary = wrong_secret.json()
    assert summary["aborted"]["type"] == "InvalidCredentialError" and summary["processed"] == 0
    assert not out.exists() or out.read_bytes() == b""


def test_subcommand_help_needs_no_credentials_and_bad_base_urls_are_usage_errors() -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMOSDK_")}
    for args in (["wechat", "plan-info", "--help"], ["waiqin", "query-campaign", "--help"]):
        done = subprocess.run([sys.executable, "-m", "promosdk", *args], env=env, capture_output=True, text=True)
        assert done.returncode == 0 and "Usage:" in done.stdout, done.stderr
    missing = subprocess.run(
        [sys.executable, "-m", "promosdk", "wechat", "plan-info", "https://x.invalid/p"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert missing.returncode == 2 and "--appid" in missing.stderr
    bad_url = subprocess.run(
        [sys.executable, "-m", "promosdk", "wechat", "--appid", "wx1", "--secret", "s3cr3t-value",
         "--base-url", "ftp://127.0.0.1", "plan-info", "https://x.invalid/p"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert bad_url.returncode == 2 and "http(s) URL" in bad_url.stderr
    assert "s3cr3t-value" not in bad_url.stderr + bad_url.stdout
