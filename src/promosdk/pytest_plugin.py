"""pytest plugin (entry point ``pytest11``): the ``promosdk_sandbox`` fixture.

Needs pytest-asyncio; without it the fixture is simply not registered.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator

if importlib.util.find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    from .testing import SandboxHandle, sandbox

    @pytest_asyncio.fixture
    async def promosdk_sandbox() -> AsyncIterator[SandboxHandle]:
        """A fresh sandbox on a free loopback port, with ``wechat`` and ``waiqin`` clients."""
        async with sandbox() as handle:
            yield handle
