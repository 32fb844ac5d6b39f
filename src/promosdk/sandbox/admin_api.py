"""The admin API (``/_sandbox/...``) over HTTP; :class:`~promosdk.sandbox.admin.AdminClient` mirrors it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import orjson
from aiohttp import web

from .admin_io import AdminImpl, admin_body
from .admin_promoter import PROMOTER_ADMIN_ROUTES
from .errors import AdminError
from .faults import FaultRule
from .http import STATE_KEY
from .plans import PlanSeed
from .state import SandboxState
from .wechat.targets import PLAN_STATUS_NAMES

__all__ = ["ADMIN_ROUTES", "AdminImpl", "add_admin_routes", "admin_body"]

_ADMIN_CT = "application/json"


def _admin_json(payload: Any, status: int = 200) -> web.Response:
    return web.Response(body=orjson.dumps(payload), status=status, headers={"Content-Type": _ADMIN_CT})


def _str_field(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise AdminError(400, f"{name} must be a non-empty string")
    return value


def _admin_route(impl: AdminImpl) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def handler(request: web.Request) -> web.StreamResponse:
        try:
            result = await impl(request, request.app[STATE_KEY])
        except AdminError as exc:
            return _admin_json({"ok": False, "error": exc.message}, exc.status)
        except ValueError as exc:
            return _admin_json({"ok": False, "error": str(exc)}, 400)
        return _admin_json({"ok": True, **(result or {})})

    handler.__name__ = f"admin_{impl.__name__.lstrip('_')}"
    return handler


async def _admin_health(request: web.Request, state: SandboxState) -> dict[str, Any]:
    return {"now": state.now()}


async def _admin_reset(request: web.Request, state: SandboxState) -> None:
    state.reset()


async def _admin_seed(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await admin_body(request)
    raw_plans = data.get("plans") or []
    if not isinstance(raw_plans, list):
        raise AdminError(400, "plans must be a list")
    plans = [PlanSeed.from_json(p) for p in raw_plans]
    mappings: dict[str, Any] = {}
    for name in ("spots", "apps", "waiqin_tenants"):
        value = data.get(name)
        if value is not None and not isinstance(value, dict):
            raise AdminError(400, f"{name} must be an object")
        mappings[name] = value
    spots = mappings["spots"]
    if spots is not None and not all(isinstance(v, list) for v in spots.values()):
        raise AdminError(400, "spots must map appid to a list of names")
    return state.seed(
        plans=plans, spots=spots, apps=mappings["apps"], waiqin_tenants=mappings["waiqin_tenants"]
    )


def _status_filter(raw: str | None) -> int | None:
    """``?status=`` by name (effective, not_in_force, invalid) or planStatus number."""
    if raw is None:
        return None
    for number, name in PLAN_STATUS_NAMES.items():
        if raw in (name, str(number)):
            return number
    raise AdminError(400, f"status must be effective (1), not_in_force (0) or invalid (2), got {raw!r}")


async def _admin_plans(request: web.Request, state: SandboxState) -> dict[str, Any]:
    wanted = _status_filter(request.query.get("status"))
    plans = [p for p in state.plan_summaries() if wanted is None or p["plan_status"] == wanted]
    return {"plans": plans}


async def _admin_review(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await admin_body(request)
    result = state.review(_str_field(data, "appid"), _str_field(data, "planId"), _str_field(data, "decision"))
    return {"data": result}


async def _admin_expire_tokens(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await admin_body(request)
    return {"expired": state.expire_tokens(_str_field(data, "appid"))}


async def _admin_counters(request: web.Request, state: SandboxState) -> dict[str, Any]:
    return dict(state.counters())


async def _admin_set_faults(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await admin_body(request)
    seed = data.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise AdminError(400, "seed must be an integer")
    raw_rules = data.get("rules") or []
    if not isinstance(raw_rules, list):
        raise AdminError(400, "rules must be a list")
    state.set_faults([FaultRule.from_json(r) for r in raw_rules], seed)
    return {"seed": state.faults.seed, "rules": [r.to_json() for r in state.faults.rules]}


async def _admin_get_faults(request: web.Request, state: SandboxState) -> dict[str, Any]:
    return {"seed": state.faults.seed, "rules": [r.to_json() for r in state.faults.rules]}


async def _admin_clear_faults(request: web.Request, state: SandboxState) -> None:
    state.clear_faults()


async def _admin_advance_clock(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await admin_body(request)
    seconds = data.get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise AdminError(400, "seconds must be a number")
    return {"now": state.advance_clock(float(seconds))}


ADMIN_ROUTES: tuple[tuple[str, str, AdminImpl], ...] = (
    ("GET", "/_sandbox/health", _admin_health),
    ("POST", "/_sandbox/reset", _admin_reset),
    ("POST", "/_sandbox/seed", _admin_seed),
    ("GET", "/_sandbox/plans", _admin_plans),
    ("POST", "/_sandbox/review", _admin_review),
    ("POST", "/_sandbox/tokens/expire", _admin_expire_tokens),
    ("GET", "/_sandbox/counters", _admin_counters),
    ("GET", "/_sandbox/faults", _admin_get_faults),
    ("POST", "/_sandbox/faults", _admin_set_faults),
    ("DELETE", "/_sandbox/faults", _admin_clear_faults),
    ("POST", "/_sandbox/clock/advance", _admin_advance_clock),
    *PROMOTER_ADMIN_ROUTES,
)


def add_admin_routes(router: web.UrlDispatcher) -> None:
    for method, path, impl in ADMIN_ROUTES:
        router.add_route(method, path, _admin_route(impl))
