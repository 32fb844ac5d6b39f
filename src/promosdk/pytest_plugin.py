"""pytest plugin (entry point ``pytest11``): the ``promosdk_sandbox`` fixture and marker.

The fixture yields a :class:`promosdk.testing.SandboxHandle`: a fresh sandbox on a free loopback
port with ``wechat`` and ``waiqin`` clients pointed at it, ``admin``, ``plans``, ``state`` and
``env``. The ``promosdk_sandbox`` marker configures it; its keyword arguments are those of
:func:`promosdk.testing.sandbox`::

    import pytest
    from promosdk.sandbox import SandboxConfig

    @pytest.mark.promosdk_sandbox(
        plans=3,                                     # or a list of PlanSeed; default 5 generated
        config=SandboxConfig(review_delay=0.1),      # any sandbox setting
        faults=[{"route": "promotion.add", "kind": "http_503", "times": 1}],  # active from the start
        wechat_options={"max_retries": 0},           # more client arguments
    )
    async def test_something(promosdk_sandbox):
        ...

The marker may sit on a test, a class or a module (``pytestmark``); the closest one wins. It is
registered, so ``--strict-markers`` accepts it. A positional argument or an unknown keyword fails
the test with a message naming the accepted ones.

pytest loads this module in every run of anyone who installed promosdk, so it must stay cheap and
never fail: the sandbox is imported only when the fixture is used, and without pytest-asyncio (the
``[testing]`` extra) the fixture exists but fails with a message saying what to install, instead
of pytest's bare "fixture 'promosdk_sandbox' not found".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:
    from .testing import SandboxHandle

MARKER = "promosdk_sandbox"
# Kept equal to promosdk.testing.SANDBOX_ARGUMENTS (a test checks it) without importing the sandbox.
MARKER_ARGUMENTS = ("config", "plans", "faults", "wechat_options", "waiqin_options")

MISSING_PYTEST_ASYNCIO = (
    "the promosdk_sandbox fixture needs pytest-asyncio, which is not installed; "
    "install it with: pip install 'promosdk[testing]'"
)

try:
    import pytest_asyncio
except ImportError:
    HAVE_PYTEST_ASYNCIO = False
else:
    HAVE_PYTEST_ASYNCIO = True


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}({', '.join(f'{name}=...' for name in MARKER_ARGUMENTS)}): configure the "
        "promosdk_sandbox fixture (keyword arguments of promosdk.testing.sandbox)",
    )


def marker_arguments(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The keyword arguments of the closest ``promosdk_sandbox`` marker (checked), or ``{}``."""
    marker = request.node.get_closest_marker(MARKER)
    if marker is None:
        return {}
    if marker.args:
        pytest.fail(
            f"@pytest.mark.{MARKER} takes keyword arguments only: {', '.join(MARKER_ARGUMENTS)}",
            pytrace=False,
        )
    unknown = sorted(set(marker.kwargs) - set(MARKER_ARGUMENTS))
    if unknown:
        pytest.fail(
            f"@pytest.mark.{MARKER}: unknown argument(s) {', '.join(unknown)}; "
            f"it takes {', '.join(MARKER_ARGUMENTS)}",
            pytrace=False,
        )
    return dict(marker.kwargs)


if HAVE_PYTEST_ASYNCIO:

    @pytest_asyncio.fixture(name="promosdk_sandbox")
    async def sandbox_fixture(request: pytest.FixtureRequest) -> AsyncIterator[SandboxHandle]:
        """A fresh sandbox on a free loopback port, with ``wechat`` and ``waiqin`` clients;
        configured by the ``promosdk_sandbox`` marker (see the module docstring)."""
        kwargs = marker_arguments(request)
        from .testing import sandbox

        async with sandbox(**kwargs) as handle:
            yield handle

else:

    @pytest.fixture(name="promosdk_sandbox")
    def sandbox_fixture_without_pytest_asyncio() -> NoReturn:
        """Stands in for the real fixture so that its users learn what is missing."""
        pytest.fail(MISSING_PYTEST_ASYNCIO, pytrace=False)
