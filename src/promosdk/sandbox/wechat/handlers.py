"""WeChat Union over HTTP: one handler per operation id, calling the group states of ``state``.

A new operation gets its behaviour in its group's state module and a handler here, registered in
``HANDLERS`` under its id ``group.name``; the sandbox refuses to start while one is missing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import orjson
from aiohttp import web

from ..errors import WeChatError, wechat_error_body
from ..http import Handler, Reply, VendorWire
from ..state import SandboxState
from .bodies import json_body
from .promoter_handlers import PROMOTER_HANDLERS
from .tokens import TokenRecord

__all__ = ["HANDLERS", "WIRE", "json_body"]

# Answers of the busy/quota/too_frequent faults.
_REFUSALS: dict[str, tuple[int, str]] = {
    "busy": (-1, "system busy"),
    "quota": (45009, "reach max api daily quota limit"),
    "too_frequent": (45011, "api minute-quota reach limit, must slower, retry next minute"),
}


def _refuse(kind: str, request: web.Request, state: SandboxState) -> Reply:
    errcode, errmsg = _REFUSALS[kind]
    return Reply(wechat_error_body(errcode, errmsg), state.config.json_content_type)


def _reply(state: SandboxState, payload: dict[str, Any]) -> Reply:
    return Reply(orjson.dumps(payload), state.config.json_content_type)


def _ok(state: SandboxState) -> Reply:
    return Reply(wechat_error_body(0, "ok"), state.config.json_content_type)


def _error(state: SandboxState, exc: WeChatError) -> Reply:
    return Reply(wechat_error_body(exc.errcode, exc.errmsg), state.config.json_content_type)


def _int_param(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise WeChatError(40097, "invalid args") from None


#: An operation of a signed-in promoter: (request, state, the caller's appid) -> the answer's fields
#: after errcode 0 (None: the bare ``{"errcode": 0, "errmsg": "ok"}``).
_Authenticated = Callable[[web.Request, SandboxState, str], Awaitable[dict[str, Any] | None]]


def _authenticated(impl: _Authenticated) -> Handler:
    """The handler of ``impl``: access_token checked first; a WeChatError is the answer's errcode."""

    async def handler(request: web.Request, state: SandboxState) -> Reply:
        try:
            appid = state.token.authenticate(request.query.get("access_token"))
            payload = await impl(request, state, appid)
        except WeChatError as exc:
            return _error(state, exc)
        if payload is None:
            return _ok(state)
        return _reply(state, {"errcode": 0, "errmsg": "ok", **payload})

    handler.__name__ = impl.__name__
    return handler


def _token_reply(state: SandboxState, record: TokenRecord) -> Reply:
    expires_in = state.token.expires_in(record)
    return _reply(
        state, {"errcode": 0, "errmsg": "ok", "access_token": record.token, "expires_in": expires_in}
    )


# ---------------------------------------------------------------------------------------- token


async def stable_token(request: web.Request, state: SandboxState) -> Reply:
    try:
        data = await json_body(request)
        record = state.token.stable_token(
            data.get("grant_type"), data.get("appid"), data.get("secret"), data.get("force_refresh", False)
        )
    except WeChatError as exc:
        return _error(state, exc)
    return _token_reply(state, record)


async def classic_token(request: web.Request, state: SandboxState) -> Reply:
    query = request.query
    try:
        record = state.token.classic_token(query.get("grant_type"), query.get("appid"), query.get("secret"))
    except WeChatError as exc:
        return _error(state, exc)
    return _token_reply(state, record)


# ---------------------------------------------------------------------------------------- target


async def plan_info(request: web.Request, state: SandboxState) -> Reply:
    try:
        state.token.authenticate(request.query.get("access_token"))
        body = state.target.plan_info(request.query.get("planInvitationUrl"))
    except WeChatError as exc:
        return _error(state, exc)
    return Reply(body, state.config.json_content_type)


async def apply_target(request: web.Request, state: SandboxState, appid: str) -> None:
    data = await json_body(request)
    state.target.apply_target(appid, data.get("planId"), data.get("applyReason"))


async def apply_status(request: web.Request, state: SandboxState, appid: str) -> dict[str, Any]:
    return {"data": state.target.apply_status(appid, request.query.get("planId"))}


# ---------------------------------------------------------------------------------------- promotion


async def promotion_add(request: web.Request, state: SandboxState, appid: str) -> dict[str, Any]:
    data = await json_body(request)
    return {"pid": state.promotion.add(appid, data.get("promotionSourceName")).pid}


async def promotion_upd(request: web.Request, state: SandboxState, appid: str) -> None:
    data = await json_body(request)
    previous = data.get("previousPromotionInfo")
    current = data.get("promotionInfo")
    if not isinstance(previous, dict) or not isinstance(current, dict):
        raise WeChatError(40097, "invalid args")
    state.promotion.upd(
        appid,
        previous.get("promotionSourcePid"),
        previous.get("promotionSourceName"),
        current.get("promotionSourceName"),
    )


async def promotion_list(request: web.Request, state: SandboxState, appid: str) -> dict[str, Any]:
    start = _int_param(request.query, "start", 0)
    limit = _int_param(request.query, "limit", 20)
    return state.promotion.list_page(appid, start, limit)


HANDLERS: dict[str, Handler] = {
    **PROMOTER_HANDLERS,
    "token.stable_token": stable_token,
    "token.token": classic_token,
    "target.plan_info": plan_info,
    "target.apply_target": _authenticated(apply_target),
    "target.apply_status": _authenticated(apply_status),
    "promotion.add": _authenticated(promotion_add),
    "promotion.upd": _authenticated(promotion_upd),
    "promotion.list": _authenticated(promotion_list),
}

WIRE = VendorWire(family="wechat", handlers=HANDLERS, refuse=_refuse, handlers_module=__name__)
