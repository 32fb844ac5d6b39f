"""Pointing promosdk at a running sandbox: its environment variables and its start-up banner.

``promosdk sandbox`` prints :func:`banner` when it is ready and ``--print-env`` prints
:func:`export_lines`; ``promosdk.testing.SandboxHandle.env`` is :func:`sandbox_env` of an
in-process sandbox. The variable names are the ones the CLI (and the clients) read::

    PROMOSDK_WECHAT_BASE_URL  PROMOSDK_WECHAT_APPID  PROMOSDK_WECHAT_SECRET
    PROMOSDK_WAIQIN_BASE_URL  PROMOSDK_WAIQIN_OPENID PROMOSDK_WAIQIN_APPKEY
    PROMOSDK_SANDBOX_URL       the sandbox itself (admin API under /_sandbox/)
    PROMOSDK_SANDBOX_PLAN_URL  the invitation link of the first effective seeded plan

The credentials are the sandbox's own made-up ones (``config.py``), not secrets, so they are
printed in full.
"""

from __future__ import annotations

import shlex
from collections import Counter
from collections.abc import Mapping, Sequence

from .._options import (
    ENV_WAIQIN_APPKEY,
    ENV_WAIQIN_BASE_URL,
    ENV_WAIQIN_OPENID,
    ENV_WECHAT_APPID,
    ENV_WECHAT_BASE_URL,
    ENV_WECHAT_SECRET,
)
from .config import DEFAULT_APP_SECRET, DEFAULT_APPID, DEFAULT_APPKEY, DEFAULT_OPENID, SandboxConfig
from .plans import PLAN_EFFECTIVE, PlanSeed
from .wechat.targets import PLAN_STATUS_NAMES

__all__ = [
    "ENV_SANDBOX_PLAN_URL",
    "ENV_SANDBOX_URL",
    "PLANS_ROUTE",
    "banner",
    "client_url",
    "export_lines",
    "first_effective_plan",
    "sandbox_credentials",
    "sandbox_env",
]

ENV_SANDBOX_URL = "PROMOSDK_SANDBOX_URL"
ENV_SANDBOX_PLAN_URL = "PROMOSDK_SANDBOX_PLAN_URL"

#: The admin route listing the seeded plans and their states.
PLANS_ROUTE = "/_sandbox/plans"

_WILDCARD_HOSTS = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}


def client_url(host: str, port: int) -> str:
    """The URL a client on this machine uses for a sandbox listening on ``host:port``."""
    host = _WILDCARD_HOSTS.get(host, host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def sandbox_credentials(config: SandboxConfig) -> tuple[tuple[str, str], tuple[str, str]]:
    """``((appid, secret), (openid, appkey))``: the first app and tenant the sandbox knows."""
    app = next(iter(config.apps.items()), (DEFAULT_APPID, DEFAULT_APP_SECRET))
    tenant = next(iter(config.waiqin_tenants.items()), (DEFAULT_OPENID, DEFAULT_APPKEY))
    return app, tenant


def first_effective_plan(plans: Sequence[PlanSeed]) -> PlanSeed | None:
    return next((p for p in plans if p.plan_status == PLAN_EFFECTIVE), None)


def sandbox_env(url: str, config: SandboxConfig) -> dict[str, str]:
    """The environment variables that point the CLI, the clients and the README at ``url``.

    ``PROMOSDK_SANDBOX_PLAN_URL`` is absent when no seeded plan is effective.
    """
    (appid, secret), (openid, appkey) = sandbox_credentials(config)
    env = {
        ENV_WECHAT_BASE_URL: url,
        ENV_WECHAT_APPID: appid,
        ENV_WECHAT_SECRET: secret,
        ENV_WAIQIN_BASE_URL: url,
        ENV_WAIQIN_OPENID: openid,
        ENV_WAIQIN_APPKEY: appkey,
        ENV_SANDBOX_URL: url,
    }
    plan = first_effective_plan(config.plans)
    if plan is not None:
        env[ENV_SANDBOX_PLAN_URL] = plan.invitation_url
    return env


def export_lines(env: Mapping[str, str]) -> str:
    """``export NAME=value`` lines, shell-quoted, for ``eval "$(...)"``."""
    return "".join(f"export {name}={shlex.quote(value)}\n" for name, value in env.items())


def _plan_mix(plans: Sequence[PlanSeed]) -> str:
    counts = Counter(p.plan_status for p in plans)
    order = sorted(PLAN_STATUS_NAMES, key=lambda s: s != PLAN_EFFECTIVE)  # effective first
    return ", ".join(f"{counts[s]} {PLAN_STATUS_NAMES[s]}" for s in order if counts[s])


def banner(
    url: str, config: SandboxConfig, *, examples: int = 5, print_env_command: str | None = None
) -> str:
    """What a person needs once the sandbox is up: credentials, plan links, environment.

    Each example plan line ends with its invitation link; ``print_env_command`` (e.g.
    ``promosdk sandbox --port 8080 --print-env``) is suggested for ``eval`` when given.
    """
    app, tenant = sandbox_credentials(config)
    rows = [("WeChat Union", "appid", a, "secret", s) for a, s in config.apps.items() or [app]]
    rows += [("waiqin365", "openid", o, "appkey", k) for o, k in config.waiqin_tenants.items() or [tenant]]
    width = max(len(row[2]) for row in rows)
    plans = config.plans
    lines = [
        f"promosdk sandbox: WeChat Union and waiqin365 on {url} (admin API under {url}/_sandbox/)",
        "",
        f"Credentials (the sandbox's own; base URL of both vendors: {url}):",
        *(f"  {vendor:<13} {k1:<6} {v1:<{width}}  {k2:<6} {v2}" for vendor, k1, v1, k2, v2 in rows),
        "",
    ]
    if plans:
        lines += [
            f"Plans: {len(plans)} seeded ({_plan_mix(plans)}); all of them with their states and applications:",
            f"  curl {url}{PLANS_ROUTE}        (one state: {url}{PLANS_ROUTE}?status=effective)",
        ]
        width = max(len(name) for name in PLAN_STATUS_NAMES.values())
        for plan in plans[:examples]:
            status = PLAN_STATUS_NAMES[plan.plan_status]
            lines.append(f"  {status:<{width}}  plan {plan.plan_id}  {plan.invitation_url}")
        if len(plans) > examples:
            lines.append(f"  ... and {len(plans) - examples} more")
    else:
        lines.append(f"Plans: none seeded (add some with POST {url}/_sandbox/seed)")
    lines += ["", "Environment for the promosdk CLI, the clients and the README examples:"]
    lines += [f"  {line}" for line in export_lines(sandbox_env(url, config)).splitlines()]
    if print_env_command is not None:
        lines.append(f'  (or: eval "$({print_env_command})")')
    lines += ["", "Ctrl-C stops the sandbox."]
    return "\n".join(lines) + "\n"
