"""Test helpers: the sandbox on a free loopback port with clients already pointed at it.

    from promosdk.testing import sandbox

    async with sandbox(plans=10, faults=[{"route": "target.apply_target", "kind": "reset_after", "probability": 0.2}]) as sb:
        info = await sb.wechat.target.plan_info(plan_invitation_url=sb.plans[0].invitation_url)
        counters = await sb.admin.counters()
        sb.env      # PROMOSDK_* variables pointing the CLI / clients at this sandbox (subprocesses)

``sb.plans[0]`` is an effective plan whenever the plans are generated (``make_plan_seeds``).

With pytest and pytest-asyncio (``pip install 'promosdk[testing]'``), the ``promosdk_sandbox``
fixture does the same; it is registered by promosdk's pytest plugin (entry point ``pytest11``), so
nothing needs importing. The ``promosdk_sandbox`` marker passes its keyword arguments to
:func:`sandbox` (``plans``, ``config``, ``faults``, ``wechat_options``, ``waiqin_options``)::

    @pytest.mark.promosdk_sandbox(plans=3, faults=[{"route": "promotion.add", "kind": "http_503"}])
    async def test_add_retries(promosdk_sandbox): ...

This module itself needs only the core dependencies.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import attrs
from attrs import frozen

from .sandbox import (
    AdminClient,
    FaultRule,
    PlanSeed,
    SandboxConfig,
    SandboxServer,
    SandboxState,
    make_plan_seeds,
    sandbox_env,
)
from .sandbox.env import sandbox_credentials
from .waiqin import WaiqinClient
from .wechat import WeChatUnionClient

__all__ = ["SANDBOX_ARGUMENTS", "SandboxHandle", "sandbox"]

#: The keyword arguments of :func:`sandbox`, which the ``promosdk_sandbox`` marker accepts.
SANDBOX_ARGUMENTS = ("config", "plans", "faults", "wechat_options", "waiqin_options")


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

    @property
    def env(self) -> dict[str, str]:
        """The ``PROMOSDK_*`` environment variables pointing promosdk at this sandbox.

        Base URLs and credentials of both vendors (the names the CLI reads), ``PROMOSDK_SANDBOX_URL``
        and ``PROMOSDK_SANDBOX_PLAN_URL`` (the first effective plan's link, when there is one).
        """
        return sandbox_env(self.url, self.server.config)


@contextlib.asynccontextmanager
async def sandbox(
    config: SandboxConfig | None = None,
    *,
    plans: Sequence[PlanSeed] | int | None = None,
    faults: Sequence[FaultRule | Mapping[str, Any]] = (),
    wechat_options: dict[str, Any] | None = None,
    waiqin_options: dict[str, Any] | None = None,
) -> AsyncIterator[SandboxHandle]:
    """Start the sandbox on 127.0.0.1 (free port) and yield a handle with both clients.

    ``config``: the sandbox's settings (not modified; a copy gets the plans).
    ``plans``: plan seeds, or a number of generated ones (default 5) when ``config`` has none.
    ``faults``: fault rules (:class:`FaultRule` or their JSON form, as ``POST /_sandbox/faults``
    takes) active from the start, seeded with ``config.fault_seed``.
    ``wechat_options`` / ``waiqin_options``: more keyword arguments for the clients.
    """
    config = config if config is not None else SandboxConfig()
    if isinstance(plans, int) or (plans is None and not config.plans):
        config = attrs.evolve(config, plans=make_plan_seeds(plans if isinstance(plans, int) else 5))
    elif plans is not None:
        config = attrs.evolve(config, plans=tuple(plans))
    rules = [r if isinstance(r, FaultRule) else FaultRule.from_json(r) for r in faults]
    (appid, secret), (openid, appkey) = sandbox_credentials(config)
    async with SandboxServer(config) as server:
        if rules:
            server.state.set_faults(rules)
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
