"""Test helpers: the sandbox on a free loopback port with clients already pointed at it.

    from promosdk.testing import sandbox

    async with sandbox() as sb:
        info = await sb.wechat.target.plan_info(plan_invitation_url=sb.plans[0].invitation_url)
        counters = await sb.admin.counters()

With pytest and pytest-asyncio (``pip install 'promosdk[testing]'``), the ``promosdk_sandbox``
fixture does the same; it is registered by promosdk's pytest plugin (entry point ``pytest11``), so
nothing needs importing. This module itself needs only the core dependencies.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence
from typing import Any

from attrs import frozen

from .sandbox import AdminClient, PlanSeed, SandboxConfig, SandboxServer, SandboxState, make_plan_seeds
from .sandbox.config import DEFAULT_APP_SECRET, DEFAULT_APPID, DEFAULT_APPKEY, DEFAULT_OPENID
from .waiqin import WaiqinClient
from .wechat import WeChatUnionClient

__all__ = ["SandboxHandle", "sandbox"]


@frozen
class SandboxHandle:
    """A running sandbox and clients configured for it."""

    url: str
    server: SandboxServer
    admin: AdminClient
    wechat: WeChatUnionClient
    waiqin: WaiqinClient
    plans: tuple[PlanSeed, ...]

    @property
    def state(self) -> SandboxState:
        return self.server.state


@contextlib.asynccontextmanager
async def sandbox(
    config: SandboxConfig | None = None,
    *,
    plans: Sequence[PlanSeed] | int | None = None,
    wechat_options: dict[str, Any] | None = None,
    waiqin_options: dict[str, Any] | None = None,
) -> AsyncIterator[SandboxHandle]:
    """Start the sandbox on 127.0.0.1 (free port) and yield a handle with both clients.

    ``plans``: plan seeds, or a number of generated ones (default 5) when ``config`` has none.
    """
    config = config if config is not None else SandboxConfig()
    if isinstance(plans, int) or (plans is None and not config.plans):
        config.plans = tuple(make_plan_seeds(plans if isinstance(plans, int) else 5))
    elif plans is not None:
        config.plans = tuple(plans)
    appid, secret = next(iter(config.apps.items()), (DEFAULT_APPID, DEFAULT_APP_SECRET))
    openid, appkey = next(iter(config.waiqin_tenants.items()), (DEFAULT_OPENID, DEFAULT_APPKEY))
    async with SandboxServer(config) as server:
        wechat = WeChatUnionClient(appid, secret, base_url=server.url, **(wechat_options or {}))
        waiqin = WaiqinClient(openid, appkey, base_url=server.url, **(waiqin_options or {}))
        try:
            yield SandboxHandle(
                url=server.url,
                server=server,
                admin=server.admin,
                wechat=wechat,
                waiqin=waiqin,
                plans=tuple(config.plans),
            )
        finally:
            await wechat.aclose()
            await waiqin.aclose()
