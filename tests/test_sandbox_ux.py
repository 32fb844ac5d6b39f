"""What a new user meets first: the first seeded plan, the plan listing, credentials and environment."""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
from collections.abc import Mapping

import aiohttp
import orjson
import pytest

from promosdk.models import PlanStatus, PromoterStatus
from promosdk.sandbox import PlanSeed, SandboxAdminError, SandboxConfig, make_plan_seeds, sandbox_env
from promosdk.sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID, DEFAULT_APPKEY, DEFAULT_OPENID
from promosdk.sandbox.env import PLANS_ROUTE, banner, client_url, export_lines
from promosdk.sandbox.plans import _allocate
from promosdk.testing import sandbox

ENV_NAMES = (
    "PROMOSDK_WECHAT_BASE_URL",
    "PROMOSDK_WECHAT_APPID",
    "PROMOSDK_WECHAT_SECRET",
    "PROMOSDK_WAIQIN_BASE_URL",
    "PROMOSDK_WAIQIN_OPENID",
    "PROMOSDK_WAIQIN_APPKEY",
    "PROMOSDK_SANDBOX_URL",
    "PROMOSDK_SANDBOX_PLAN_URL",
)
DAY = 86400
# A generous bound for a subprocess to start or answer on a loaded machine; only a hang reaches it.
PATIENCE = 120.0


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any PROMOSDK_* variable, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMOSDK_")}
    env.update(extra, PYTHONUNBUFFERED="1")
    return env


async def run_cli(*args: str, env: Mapping[str, str]) -> tuple[int, bytes, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "promosdk", *args, env=dict(env),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), PATIENCE)
    assert proc.returncode is not None
    return proc.returncode, out, err.decode()


# ---------------------------------------------------------------- the first seeded plan


@pytest.mark.parametrize("rng_seed", [0, 1, 2, 3, 7, 42])
def test_first_generated_plan_is_effective_and_agreed_and_the_mix_is_kept(rng_seed: int) -> None:
    for n in range(1, 40):
        seeds = make_plan_seeds(n, rng_seed=rng_seed, now=1_800_000_000)
        assert seeds[0].plan_status == PlanStatus.EFFECTIVE, (n, rng_seed)
        assert seeds[0].review_outcome == "agree", (n, rng_seed)
        statuses = [s.plan_status for s in seeds]
        expected = _allocate(n, (0.6, 0.2, 0.2))
        assert (statuses.count(1), statuses.count(2), statuses.count(0)) == tuple(expected)


def test_first_plan_rule_yields_to_explicit_weights() -> None:
    # No effective plan asked for: nothing to put first. All rejected asked for: the first is rejected too.
    assert {s.plan_status for s in make_plan_seeds(5, effective=0, expired=1, not_in_force=1)} <= {0, 2}
    assert {s.review_outcome for s in make_plan_seeds(8, reject_ratio=1.0)} == {"reject"}


async def test_readme_first_example_works_on_the_first_plan() -> None:
    """plan_info of the first plan, then apply_target and apply_status, as the README's Usage shows.

    With 10 plans and the default seed the first plan used to be an invalid one (202001 on apply).
    """
    async with sandbox(SandboxConfig(review_delay=0.0), plans=10) as sb:
        info = await sb.wechat.target.plan_info(plan_invitation_url=sb.plans[0].invitation_url)
        assert info.target_plan_info is not None
        assert info.target_plan_info.plan_status is PlanStatus.EFFECTIVE
        plan_id = info.target_plan_info.plan_id
        assert plan_id is not None
        await sb.wechat.target.apply_target(plan_id=plan_id, apply_reason="why we fit")
        status = await sb.wechat.target.apply_status(plan_id=plan_id)
        assert status.data is not None and status.data.promoter_status is PromoterStatus.AGREED


# ---------------------------------------------------------------- GET /_sandbox/plans


def _plans(now: int) -> list[PlanSeed]:
    return [
        PlanSeed(plan_id="E1", invitation_url="https://invite.test/e1", start_time=now - DAY, end_time=now + DAY),
        PlanSeed(plan_id="N1", invitation_url="https://invite.test/n1", plan_status=0, start_time=now + DAY,
                 end_time=now + 9 * DAY),
        PlanSeed(plan_id="I1", invitation_url="https://invite.test/i1", plan_status=2, end_time=now - DAY),
        PlanSeed(plan_id="E2", invitation_url="https://invite.test/e2", end_time=now - DAY,
                 review_outcome="reject"),
    ]  # fmt: skip


async def test_admin_plans_route_lists_plans_and_their_states() -> None:
    clock_now = 1_800_000_000.0
    config = SandboxConfig(plans=_plans(int(clock_now)), clock=lambda: clock_now, review_delay=60.0)
    async with sandbox(config) as sb, aiohttp.ClientSession() as http:
        async with http.get(f"{sb.url}{PLANS_ROUTE}") as resp:
            assert resp.status == 200 and resp.content_type == "application/json"
            body = orjson.loads(await resp.read())
        assert body["ok"] is True
        listed = body["plans"]
        assert [p["plan_id"] for p in listed] == ["E1", "N1", "I1", "E2"]  # seeding order
        assert listed[0] == {
            "plan_id": "E1",
            "invitation_url": "https://invite.test/e1",
            "plan_status": 1,
            "status": "effective",
            "accepts_applications": True,
            "plan_name": "Sandbox targeted plan",
            "start_time": int(clock_now) - DAY,
            "end_time": int(clock_now) + DAY,
            "review_outcome": "agree",
            "applications": {},
        }
        assert [p["status"] for p in listed] == ["effective", "not_in_force", "invalid", "effective"]
        # Not yet in force accepts applications; invalid and past its end time do not.
        assert [p["accepts_applications"] for p in listed] == [True, True, False, False]
        assert await sb.admin.plans() == listed

        for status, ids in (("effective", ["E1", "E2"]), ("1", ["E1", "E2"]), ("not_in_force", ["N1"]),
                            ("invalid", ["I1"]), ("2", ["I1"])):  # fmt: skip
            async with http.get(f"{sb.url}{PLANS_ROUTE}", params={"status": status}) as resp:
                assert [p["plan_id"] for p in orjson.loads(await resp.read())["plans"]] == ids, status
        assert [p["plan_id"] for p in await sb.admin.plans(status="invalid")] == ["I1"]
        async with http.get(f"{sb.url}{PLANS_ROUTE}", params={"status": "expired"}) as resp:
            assert resp.status == 400
            assert (
                "effective (1), not_in_force (0) or invalid (2)" in orjson.loads(await resp.read())["error"]
            )

        # Applications show up per appid, and an automatic review due by now is settled when listed.
        await sb.wechat.target.apply_target(plan_id="E1", apply_reason="fits")
        await sb.wechat.target.apply_target(plan_id="N1", apply_reason="early")
        by_id = {p["plan_id"]: p for p in await sb.admin.plans()}
        assert by_id["E1"]["applications"] == {DEFAULT_APPID: int(PromoterStatus.PENDING_AUDIT)}
        assert by_id["N1"]["applications"] == {DEFAULT_APPID: int(PromoterStatus.PENDING_AUDIT)}
        await sb.admin.advance_clock(DAY + 1)  # past the review delay and past E1's end time
        by_id = {p["plan_id"]: p for p in await sb.admin.plans()}
        assert by_id["E1"]["applications"] == {DEFAULT_APPID: int(PromoterStatus.AGREED)}
        assert by_id["E1"]["accepts_applications"] is False  # the clock moved past its end time

        # Plans seeded later are listed after the config's ones.
        await sb.admin.seed(plans=[PlanSeed(plan_id="L1", invitation_url="https://invite.test/l1")])
        assert [p["plan_id"] for p in await sb.admin.plans()] == ["E1", "N1", "I1", "E2", "L1"]


async def test_admin_client_plans_refuses_an_unknown_status_with_the_servers_reason() -> None:
    async with sandbox(plans=2) as sb:
        with pytest.raises(SandboxAdminError) as caught:
            await sb.admin.plans(status="expired")  # type: ignore[arg-type]
        assert caught.value.status == 400 and "status must be effective" in caught.value.message


# ---------------------------------------------------------------- credentials and environment


def test_sandbox_env_names_values_and_shell_form() -> None:
    config = SandboxConfig(plans=make_plan_seeds(6, rng_seed=9))
    env = sandbox_env("http://127.0.0.1:8080", config)
    assert tuple(env) == ENV_NAMES
    assert (
        env["PROMOSDK_WECHAT_APPID"] == DEFAULT_APPID and env["PROMOSDK_WECHAT_SECRET"] == DEFAULT_APP_SECRET
    )
    assert env["PROMOSDK_WAIQIN_OPENID"] == DEFAULT_OPENID and env["PROMOSDK_WAIQIN_APPKEY"] == DEFAULT_APPKEY
    assert {
        env[k] for k in ("PROMOSDK_WECHAT_BASE_URL", "PROMOSDK_WAIQIN_BASE_URL", "PROMOSDK_SANDBOX_URL")
    } == {"http://127.0.0.1:8080"}
    assert env["PROMOSDK_SANDBOX_PLAN_URL"] == config.plans[0].invitation_url
    # The first effective plan, also when the seeds are hand-made; none when no plan is effective.
    later = PlanSeed(plan_id="a", invitation_url="https://invite.test/a", plan_status=0)
    effective = PlanSeed(plan_id="b", invitation_url="https://invite.test/b")
    assert (
        sandbox_env("u", SandboxConfig(plans=[later, effective]))["PROMOSDK_SANDBOX_PLAN_URL"]
        == effective.invitation_url
    )
    assert "PROMOSDK_SANDBOX_PLAN_URL" not in sandbox_env("u", SandboxConfig(plans=[later]))
    # Credentials of the config's first app and tenant.
    own = sandbox_env("u", SandboxConfig(apps={"wxmine": "s1"}, waiqin_tenants={"o1": "k1"}))
    assert (own["PROMOSDK_WECHAT_APPID"], own["PROMOSDK_WECHAT_SECRET"]) == ("wxmine", "s1")
    assert (own["PROMOSDK_WAIQIN_OPENID"], own["PROMOSDK_WAIQIN_APPKEY"]) == ("o1", "k1")
    # The export lines survive a real shell (the plan link has a '?').
    script = export_lines(env) + "".join(f'printf "%s\\n" "${name}"\n' for name in env)
    shell = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True, timeout=PATIENCE)
    assert shell.stdout.splitlines() == list(env.values())


def test_client_url_maps_wildcard_hosts_to_loopback() -> None:
    assert client_url("127.0.0.1", 8080) == "http://127.0.0.1:8080"
    assert client_url("0.0.0.0", 8080) == "http://127.0.0.1:8080"
    assert client_url("::", 9) == "http://[::1]:9"
    assert client_url("::1", 9) == "http://[::1]:9"


def test_banner_has_credentials_plan_links_route_and_env() -> None:
    config = SandboxConfig(plans=make_plan_seeds(8))
    text = banner("http://127.0.0.1:8080", config, print_env_command="promosdk sandbox --print-env")
    for value in (DEFAULT_APPID, DEFAULT_APP_SECRET, DEFAULT_OPENID, DEFAULT_APPKEY):
        assert value in text
    assert "curl http://127.0.0.1:8080/_sandbox/plans" in text
    assert "8 seeded (5 effective, 1 not_in_force, 2 invalid)" in text
    for plan in config.plans[:5]:
        assert re.search(rf"^  \w+ +plan {plan.plan_id}  {re.escape(plan.invitation_url)}$", text, re.M)
    assert config.plans[5].invitation_url not in text and "... and 3 more" in text
    assert export_lines(sandbox_env("http://127.0.0.1:8080", config)).replace("\n", "\n  ") in text
    assert 'eval "$(promosdk sandbox --print-env)"' in text
    assert "none seeded" in banner("http://h:1", SandboxConfig())


async def test_handle_env_drives_the_cli_unchanged() -> None:
    """``sb.env`` uses exactly the names the CLI reads: a subprocess gets nothing else."""
    async with sandbox(plans=4) as sb:
        env = sb.env
        assert tuple(env) == ENV_NAMES and env["PROMOSDK_WECHAT_BASE_URL"] == sb.url
        code, out, err = await run_cli(
            "wechat", "plan-info", env["PROMOSDK_SANDBOX_PLAN_URL"], env=clean_env(**env)
        )
        assert code == 0, err
        assert orjson.loads(out)["targetPlanInfo"]["planId"] == sb.plans[0].plan_id
        code, out, err = await run_cli("waiqin", "query-campaign", env=clean_env(**env))
        assert code == 0, err
        assert orjson.loads(out) == []


async def _read_banner(stream: asyncio.StreamReader) -> str:
    lines: list[str] = []
    while not lines or not lines[-1].startswith("Ctrl-C"):
        line = await asyncio.wait_for(stream.readline(), PATIENCE)
        assert line, "the sandbox closed stderr before its banner ended:\n" + "".join(lines)
        lines.append(line.decode())
    return "".join(lines)


async def test_sandbox_command_prints_what_a_user_needs() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "promosdk", "sandbox", "--port", "0", "--seed-plans", "7", "--seed", "3",
        env=clean_env(), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    try:
        first = (await asyncio.wait_for(proc.stdout.readline(), PATIENCE)).decode()
        match = re.fullmatch(r"promosdk sandbox listening on (http://127\.0\.0\.1:\d+)\n", first)
        assert match, first
        url = match.group(1)
        text = await _read_banner(proc.stderr)
        for value in (
            DEFAULT_APPID,
            DEFAULT_APP_SECRET,
            DEFAULT_OPENID,
            DEFAULT_APPKEY,
            f"curl {url}{PLANS_ROUTE}",
        ):
            assert value in text, text
        exports = re.findall(r"^  export (\w+)=(.*)$", text, re.M)
        env = {name: shlex.split(value)[0] for name, value in exports}
        assert tuple(env) == ENV_NAMES
        assert env == sandbox_env(url, SandboxConfig(plans=make_plan_seeds(7, rng_seed=3)))
        assert "--print-env" not in text  # --port 0: there is no fixed address to print again
        # The admin route it names lists the plans, the first one effective and linked in the env.
        async with aiohttp.ClientSession() as http, http.get(f"{url}{PLANS_ROUTE}") as resp:
            listed = orjson.loads(await resp.read())["plans"]
        assert len(listed) == 7 and listed[0]["status"] == "effective"
        assert listed[0]["invitation_url"] == env["PROMOSDK_SANDBOX_PLAN_URL"]
        code, out, err = await run_cli(
            "wechat", "plan-info", env["PROMOSDK_SANDBOX_PLAN_URL"], env=clean_env(**env)
        )
        assert code == 0, err
        assert orjson.loads(out)["targetPlanInfo"]["planStatus"] == 1
    finally:
        proc.send_signal(signal.SIGINT)
        await asyncio.wait_for(proc.wait(), PATIENCE)
    assert proc.returncode == 0


def run_cli_sync(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "promosdk", *args],
        env=clean_env(), capture_output=True, text=True, check=False, timeout=PATIENCE,
    )  # fmt: skip


def test_print_env_matches_a_sandbox_run_with_the_same_options() -> None:
    result = run_cli_sync("sandbox", "--port", "8765", "--seed-plans", "7", "--seed", "3", "--print-env")
    assert result.returncode == 0, result.stderr
    expected = sandbox_env("http://127.0.0.1:8765", SandboxConfig(plans=make_plan_seeds(7, rng_seed=3)))
    assert result.stdout == export_lines(expected) and result.stderr == ""
    # Usable with eval, as the banner suggests.
    shell = subprocess.run(
        ["sh", "-c", f'eval "$({shlex.quote(sys.executable)} -m promosdk sandbox --print-env)"; '
                     'printf "%s\\n" "$PROMOSDK_WECHAT_BASE_URL" "$PROMOSDK_SANDBOX_PLAN_URL"'],
        env=clean_env(), capture_output=True, text=True, check=True, timeout=PATIENCE,
    )  # fmt: skip
    assert shell.stdout.splitlines() == [
        "http://127.0.0.1:8080",
        make_plan_seeds(5, rng_seed=0)[0].invitation_url,
    ]
    refused = run_cli_sync("sandbox", "--port", "0", "--print-env")
    assert refused.returncode == 2 and refused.stdout == ""
    assert "--print-env needs a fixed --port" in refused.stderr


async def test_banner_suggests_print_env_with_the_options_that_matter() -> None:
    with socket.socket() as probe:  # a free port (the OS does not hand it out again at once)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "promosdk", "sandbox", "--port", str(port), "--seed-plans", "2", "--review-delay", "1",
        env=clean_env(), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    try:
        first = (await asyncio.wait_for(proc.stdout.readline(), PATIENCE)).decode()
        assert first.endswith(f":{port}\n"), first
        text = await _read_banner(proc.stderr)
    finally:
        proc.send_signal(signal.SIGINT)
        await asyncio.wait_for(proc.wait(), PATIENCE)
    # --review-delay does not change the environment: only the options that do are repeated.
    assert f'eval "$(promosdk sandbox --port {port} --seed-plans 2 --print-env)"' in text


async def test_module_entry_point_prints_the_banner_too() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "promosdk.sandbox", "--port", "0", "--plans", "2",
        env=clean_env(), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    try:
        first = (await asyncio.wait_for(proc.stdout.readline(), PATIENCE)).decode()
        url = first.split()[-1]
        text = await _read_banner(proc.stderr)
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), PATIENCE)
    assert f"export PROMOSDK_WECHAT_BASE_URL={url}" in text and DEFAULT_APP_SECRET in text
