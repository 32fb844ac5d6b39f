"""pytest plugin (entry point ``pytest11``): the ``promosdk_sandbox`` fixture.

pytest loads this module in every run of anyone who installed promosdk, so it must stay cheap and
never fail: the sandbox is imported only when the fixture is used, and without pytest-asyncio (the
``[testing]`` extra) the fixture exists but fails with a message saying what to install, instead
of pytest's bare "fixture 'promosdk_sandbox' not found".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    from .testing import SandboxHandle

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

if HAVE_PYTEST_ASYNCIO:

    @pytest_asyncio.fixture(name="promosdk_sandbox")
    async def sandbox_fixture() -> AsyncIterator[SandboxHandle]:
        """A fresh sandbox on a free loopback port, with ``wechat`` and ``waiqin`` clients."""
        from .testing import sandbox

        async with sandbox() as handle:
            yield handle

else:

    @pytest.fixture(name="promosdk_sandbox")
    def sandbox_fixture_without_pytest_asyncio() -> NoReturn:
        """Stands in for the real fixture so that its users learn what is missing."""
        pytest.fail(MISSING_PYTEST_ASYNCIO, pytrace=False)
