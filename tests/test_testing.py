"""The user-facing test helpers: ``promosdk.testing.sandbox`` and the ``promosdk_sandbox`` fixture."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from promosdk.models import PromoterStatus
from promosdk.testing import SandboxHandle, sandbox


async def test_fixture_from_the_pytest_plugin(promosdk_sandbox: SandboxHandle) -> None:
    sb = promosdk_sandbox
    plan = sb.plans[0]
    info = await sb.wechat.target.plan_info(plan_invitation_url=plan.invitation_url)
    assert info.target_plan_info is not None and info.target_plan_info.plan_id == plan.plan_id
    assert await sb.waiqin.bc.query_campaign() == []
    counters = await sb.admin.counters()
    assert counters["requests"]["target.plan_info"] == 1


async def test_context_manager_with_seeded_plans_and_state() -> None:
    async with sandbox(plans=3) as sb:
        assert len(sb.plans) == 3
        assert sb.url.startswith("http://127.0.0.1:")
        status = await sb.wechat.target.apply_status(plan_id=sb.plans[0].plan_id)
        assert status.data is not None and status.data.promoter_status is PromoterStatus.NOT_REGISTERED
    assert sb.wechat._transport.closed and sb.waiqin._transport.closed


def test_plugin_is_registered_through_the_entry_point(tmp_path: Path) -> None:
    """A user's project gets the fixture without importing anything."""
    test_file = tmp_path / "test_user.py"
    test_file.write_text(
        "async def test_uses_fixture(promosdk_sandbox):\n"
        "    page = await promosdk_sandbox.wechat.promotion.list(start=0, limit=5)\n"
        "    assert page.total == 0\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=auto", str(test_file)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout


# A user's pytest without pytest-asyncio: the blocker makes it unimportable in the child process
# (``--assert=plain``: pytest's rewriting import hook would otherwise sit in front of the blocker).
_RUN_PYTEST_WITHOUT_PYTEST_ASYNCIO = """
import sys

class BlockPytestAsyncio:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "pytest_asyncio":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, BlockPytestAsyncio())
import pytest

raise SystemExit(pytest.main(["-q", "-p", "no:asyncio", "-p", "no:cacheprovider", "--assert=plain", *sys.argv[1:]]))
"""


def test_plugin_without_pytest_asyncio_keeps_pytest_working_and_says_what_is_missing(tmp_path: Path) -> None:
    test_file = tmp_path / "test_user.py"
    test_file.write_text(
        "def test_unrelated():\n"
        "    assert 1 + 1 == 2\n"
        "\n"
        "async def test_uses_fixture(promosdk_sandbox):\n"
        "    pass\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", _RUN_PYTEST_WITHOUT_PYTEST_ASYNCIO, str(test_file)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert "1 passed, 1 error" in output, output[-3000:]
    assert "needs pytest-asyncio, which is not installed" in output
    assert "pip install 'promosdk[testing]'" in output
    assert "fixture 'promosdk_sandbox' not found" not in output


def test_plugin_loads_without_importing_the_sandbox(tmp_path: Path) -> None:
    """The plugin is in every pytest run of a user's: loading it must not pull in the sandbox."""
    test_file = tmp_path / "test_user.py"
    test_file.write_text(
        "import sys\n"
        "\n"
        "def test_sandbox_not_imported():\n"
        "    assert 'promosdk.pytest_plugin' in sys.modules\n"
        "    assert 'promosdk.sandbox' not in sys.modules and 'promosdk.testing' not in sys.modules\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout


# ---------------------------------------------------------------- the promosdk_sandbox marker

_MARKER_USER_TESTS = """
import pytest

from promosdk import HTTPStatusError
from promosdk.sandbox import FaultRule, PlanSeed, SandboxConfig

pytestmark = pytest.mark.promosdk_sandbox(plans=2)


async def test_module_marker_applies(promosdk_sandbox):
    assert len(promosdk_sandbox.plans) == 2


@pytest.mark.promosdk_sandbox(
    plans=[PlanSeed(plan_id="P1", invitation_url="https://invite.test/p1")],
    config=SandboxConfig(promotion_max_cnt=3, apps={"wxuser": "user-secret"}),
    faults=[{"route": "promotion.list", "kind": "http_503", "times": 1}],
    wechat_options={"max_retries": 0},
)
async def test_function_marker_wins_and_configures_everything(promosdk_sandbox):
    sb = promosdk_sandbox
    assert [p.plan_id for p in sb.plans] == ["P1"]
    assert sb.env["PROMOSDK_WECHAT_APPID"] == "wxuser"
    with pytest.raises(HTTPStatusError):
        await sb.wechat.promotion.list(start=0, limit=5)  # the fault, and no retry
    page = await sb.wechat.promotion.list(start=0, limit=5)
    assert page.promotion_max_cnt == 3
    assert (await sb.admin.counters())["faults_injected"]["http_503"] == 1


@pytest.mark.promosdk_sandbox(faults=[FaultRule(kind="busy", route="bc.query_campaign")], waiqin_options={"max_retries": 0})
async def test_fault_rules_as_objects(promosdk_sandbox):
    from promosdk import WaiqinAPIError
    with pytest.raises(WaiqinAPIError):
        await promosdk_sandbox.waiqin.bc.query_campaign()


class TestClassMarker:
    pytestmark = pytest.mark.promosdk_sandbox(plans=4)

    async def test_class_marker_beats_the_module_one(self, promosdk_sandbox):
        assert len(promosdk_sandbox.plans) == 4


async def test_the_config_object_is_not_modified(promosdk_sandbox):
    config = SandboxConfig()
    from promosdk.testing import sandbox
    async with sandbox(config, plans=3) as sb:
        assert len(sb.plans) == 3
    assert config.plans == ()


@pytest.mark.promosdk_sandbox(7)
async def test_positional_argument(promosdk_sandbox):
    pass


@pytest.mark.promosdk_sandbox(plans=1, fautls=[])
async def test_misspelt_argument(promosdk_sandbox):
    pass
"""


def test_marker_configures_the_fixture_in_a_user_project_with_strict_markers(tmp_path: Path) -> None:
    test_file = tmp_path / "test_user.py"
    test_file.write_text(_MARKER_USER_TESTS, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "--strict-markers",
         "-o", "asyncio_mode=auto", "-rE", str(test_file)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert "5 passed, 2 errors" in output, output[-4000:]
    assert "'promosdk_sandbox' not found in `markers` configuration option" not in output
    assert (
        "@pytest.mark.promosdk_sandbox takes keyword arguments only: "
        "config, plans, faults, wechat_options, waiqin_options" in output
    )
    assert "@pytest.mark.promosdk_sandbox: unknown argument(s) fautls; it takes config, plans" in output


def test_marker_is_registered_and_documented(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--markers", "-p", "no:cacheprovider"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (
        "@pytest.mark.promosdk_sandbox(config=..., plans=..., faults=..., wechat_options=..., waiqin_options=...)"
        in (result.stdout)
    )


def test_marker_arguments_are_the_sandbox_arguments() -> None:
    """The plugin keeps its own copy (to stay import-light); it must match ``sandbox()``."""
    import inspect

    from promosdk import pytest_plugin, testing

    assert pytest_plugin.MARKER_ARGUMENTS == testing.SANDBOX_ARGUMENTS
    assert tuple(inspect.signature(testing.sandbox).parameters) == testing.SANDBOX_ARGUMENTS
