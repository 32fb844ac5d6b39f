"""The aiohttp application: vendor routes, fault injection and the admin API."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any, Literal

import attrs
import orjson
from aiohttp import web

from .config import SandboxConfig
from .faults import FaultRule
from .plans import PlanSeed
from .state import AdminError, SandboxState, WaiqinError, WeChatError, wechat_error_body

__all__ = ["STATE_KEY", "create_app"]

STATE_KEY: web.AppKey[SandboxState] = web.AppKey("promosdk_sandbox_state", SandboxState)

Family = Literal["wechat", "waiqin"]

_ADMIN_CT = "application/json"
_HTML_CT = "text/html; charset=utf-8"

WAIQIN_OPERATIONS: dict[str, str] = {
    "addOrUpdateCampaign": "add_or_update_campaign",
    "applyCallBack": "apply_callback",
    "queryCampaign": "query_campaign",
}

# Answers of the busy/quota/too_frequent faults: (WeChat errcode, WeChat errmsg, waiqin return_msg).
_REFUSALS: dict[str, tuple[int, str, str]] = {
    "busy": (-1, "system busy", "system busy"),
    "quota": (45009, "reach max api daily quota limit", "api daily quota limit reached"),
    "too_frequent": (
        45011,
        "api minute-quota reach limit, must slower, retry next minute",
        "api calls too frequent",
    ),
}


@attrs.frozen
class Reply:
    """A handler's answer before it becomes an HTTP response (so faults can cut the body)."""

    body: bytes
    content_type: str
    status: int = 200


Impl = Callable[[web.Request, SandboxState], Awaitable[Reply]]


def _response(reply: Reply) -> web.Response:
    return web.Response(body=reply.body, status=reply.status, headers={"Content-Type": reply.content_type})


def _html_page(status: int) -> bytes:
    if status == 200:
        title = "系统繁忙 / Service temporarily unavailable"
        return (
            f'<!DOCTYPE html>\r\n<html><head><meta charset="utf-8"><title>{title}</title></head>\r\n'
            f"<body><h1>{title}</h1><p>Please try again later.</p></body></html>\r\n"
        ).encode()
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    return (
        f"<html>\r\n<head><title>{status} {phrase}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {phrase}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


def _html_response(status: int) -> web.Response:
    return web.Response(body=_html_page(status), status=status, headers={"Content-Type": _HTML_CT})


def _drop_connection(request: web.Request) -> web.Response:
    """Kill the TCP connection with an RST; aiohttp then finds no transport and writes nothing."""
    transport = request.transport
    if transport is not None:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    request.protocol.force_close()
    return web.Response()  # never sent


def _refusal(kind: str, family: Family, request: web.Request, state: SandboxState) -> web.Response:
    errcode, errmsg, waiqin_msg = _REFUSALS[kind]
    if family == "wechat":
        return _response(Reply(wechat_error_body(errcode, errmsg), state.config.json_content_type))
    body = orjson.dumps(
        {"msg_id": request.match_info.get("msg_id", ""), "return_code": 1, "return_msg": waiqin_msg}
    )
    return _response(Reply(body, state.config.waiqin_content_type))


async def _run(
    request: web.Request, state: SandboxState, name: str, family: Family, impl: Impl
) -> web.Response:
    """Count the request, maybe inject a fault, else handle it."""
    state.requests[name] += 1
    rule = state.faults.pick(name)
    if rule is None:
        return _response(await impl(request, state))
    kind = rule.kind
    state.faults_injected[kind] += 1
    if kind == "latency":
        await asyncio.sleep(rule.delay)
        return _response(await impl(request, state))
    if kind == "reset_before":
        await request.read()  # the client has sent everything; nothing has changed
        return _drop_connection(request)
    if kind == "reset_after":
        await impl(request, state)  # the state change happens, the answer is lost
        return _drop_connection(request)
    if kind == "truncated":
        reply = await impl(request, state)
        return _response(attrs.evolve(reply, body=reply.body[: len(reply.body) // 2]))
    if kind == "http_500":
        return _html_response(500)
    if kind == "http_502":
        return _html_response(502)
    if kind == "http_503":
        return _html_response(503)
    if kind == "html":
        return _html_response(rule.status if rule.status is not None else 200)
    return _refusal(kind, family, request, state)


# ---------------------------------------------------------------------------------------- WeChat


def _wechat_reply(state: SandboxState, payload: dict[str, Any]) -> Reply:
    return Reply(orjson.dumps(payload), state.config.json_content_type)


def _wechat_error(state: SandboxState, exc: WeChatError) -> Reply:
    return Reply(wechat_error_body(exc.errcode, exc.errmsg), state.config.json_content_type)


async def _wechat_body(request: web.Request) -> dict[str, Any]:
    try:
        data = orjson.loads(await request.read())
    except orjson.JSONDecodeError:
        raise WeChatError(47001, "data format error") from None
    if not isinstance(data, dict):
        raise WeChatError(47001, "data format error")
    return data


def _token_reply(state: SandboxState, token: str, expires_in: int) -> Reply:
    return _wechat_reply(
        state, {"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": expires_in}
    )


async def _stable_token(request: web.Request, state: SandboxState) -> Reply:
    try:
        data = await _wechat_body(request)
        record = state.token.stable_token(
            data.get("grant_type"), data.get("appid"), data.get("secret"), data.get("force_refresh", False)
        )
    except WeChatError as exc:
        return _wechat_error(state, exc)
    return _token_reply(state, record.token, state.token.expires_in(record))


async def _classic_token(request: web.Request, state: SandboxState) -> Reply:
    query = request.query
    try:
        record = state.token.classic_token(query.get("grant_type"), query.get("appid"), query.get("secret"))
    except WeChatError as exc:
        return _wechat_error(state, exc)
    return _token_reply(state, record.token, state.token.expires_in(record))


async def _plan_info(request: web.Request, state: SandboxState) -> Reply:
    try:
        state.token.authenticate(request.query.get("access_token"))
        body = state.target.plan_info(request.query.get("planInvitationUrl"))
    except WeChatError as exc:
        return _wechat_error(state, exc)
    return Reply(body, state.config.json_content_type)


async def _apply_target(request: web.Request, state: SandboxState) -> Reply:
    try:
        appid = state.token.authenticate(request.query.get("access_token"))
        data = await _wechat_body(request)
        state.target.apply_target(appid, data.get("planId"), data.get("applyReason"))
    except WeChatError as exc:
        return _wechat_error(state, exc)
    return Reply(wechat_error_body(0, "ok"), state.config.json_content_type)


async def _apply_status(request: web.Request, state: SandboxState) -> Reply:
    try:
        appid = state.token.authenticate(request.query.get("access_token"))
        data = state.target.apply_status(appid, request.query.get("planId"))
    except WeChatError as exc:
        return _wechat_error(state, exc)
    return _wechat_reply(state, {"errcode": 0, "errmsg": "ok", "data": data})


async def _promotion_add(request: web.Request, state: SandboxState) -> Reply:
    try:
        appid = state.token.authenticate(request.query.get("access_token"))
        data = await _wechat_body(request)
        spot = state.promotion.add(appid, data.get("promotionSourceName"))
    except WeChatError as exc:
        return _wechat_error(state, exc)
    return _wechat_reply(state, {"errcode": 0, "errmsg": "ok", "pid": spot.pid})


async def _promotion_upd(request: web.Request, state: SandboxState) -> Reply:
    try:
        appid = state.token.authenticate(request.query.get("access_token"))
        data = await _wechat_body(request)
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
    except WeChatError as exc:
        return _wechat_error(state, exc)
    return Reply(wechat_error_body(0, "ok"), state.config.json_content_type)


def _int_param(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise WeChatError(40097, "invalid args") from None


async def _promotion_list(request: web.Request, state: SandboxState) -> Reply:
    try:
        appid = state.token.authenticate(request.query.get("access_token"))
        start = _int_param(request.query, "start", 0)
        limit = _int_param(request.query, "limit", 20)
        payload = state.promotion.list_page(appid, start, limit)
    except WeChatError as exc:
        return _wechat_error(state, exc)
    return _wechat_reply(state, payload)


def _wechat_route(name: str, impl: Impl) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def handler(request: web.Request) -> web.StreamResponse:
        return await _run(request, request.app[STATE_KEY], name, "wechat", impl)

    handler.__name__ = f"wechat_{name}"
    return handler


# ---------------------------------------------------------------------------------------- waiqin


def _make_waiqin_impl(operation: str) -> Impl:
    async def impl(request: web.Request, state: SandboxState) -> Reply:
        match = request.match_info
        msg_id = match["msg_id"]
        body = await request.read()
        payload: dict[str, Any]
        try:
            tenant = state.bc.verify(match["openid"], match["timestamp"], match["digest"], body)
            try:
                data = orjson.loads(body)
            except orjson.JSONDecodeError:
                data = None
            if not isinstance(data, dict):
                raise WaiqinError("request body must be a JSON object")
            if operation == "query_campaign":
                campaigns = state.bc.query(tenant, data)
                # return_code is the string "0" here, as documented; response_data is always a
                # JSON-encoded string, "[]" when nothing matches.
                payload = {
                    "msg_id": msg_id,
                    "return_code": "0",
                    "return_msg": "",
                    "response_data": orjson.dumps(campaigns).decode(),
                }
            else:
                if operation == "add_or_update_campaign":
                    state.bc.add_or_update_campaign(tenant, data)
                else:
                    state.bc.apply_callback(tenant, data, msg_id)
                payload = {"msg_id": msg_id, "return_code": 0, "return_msg": ""}
        except WaiqinError as exc:
            payload = {"msg_id": msg_id, "return_code": 1, "return_msg": str(exc)}
        return Reply(orjson.dumps(payload), state.config.waiqin_content_type)

    return impl


_WAIQIN_IMPLS: dict[str, Impl] = {name: _make_waiqin_impl(name) for name in WAIQIN_OPERATIONS.values()}


async def _waiqin(request: web.Request) -> web.StreamResponse:
    name = WAIQIN_OPERATIONS.get(request.match_info["operation"])
    if name is None or request.method != "POST":
        return _html_response(404)
    return await _run(request, request.app[STATE_KEY], name, "waiqin", _WAIQIN_IMPLS[name])


async def _api_not_found(request: web.Request) -> web.StreamResponse:
    # The real gateway answers an HTML page (not JSON) for any unknown path or method.
    return _html_response(404)


# ---------------------------------------------------------------------------------------- admin


def _admin_json(payload: Any, status: int = 200) -> web.Response:
    return web.Response(body=orjson.dumps(payload), status=status, headers={"Content-Type": _ADMIN_CT})


async def _admin_body(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise AdminError(400, "body is not valid JSON") from None
    if not isinstance(data, dict):
        raise AdminError(400, "body must be a JSON object")
    return data


def _str_field(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise AdminError(400, f"{name} must be a non-empty string")
    return value


AdminImpl = Callable[[web.Request, SandboxState], Awaitable[Any]]


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
    data = await _admin_body(request)
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


async def _admin_review(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await _admin_body(request)
    result = state.review(_str_field(data, "appid"), _str_field(data, "planId"), _str_field(data, "decision"))
    return {"data": result}


async def _admin_expire_tokens(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await _admin_body(request)
    return {"expired": state.expire_tokens(_str_field(data, "appid"))}


async def _admin_counters(request: web.Request, state: SandboxState) -> dict[str, Any]:
    return dict(state.counters())


async def _admin_set_faults(request: web.Request, state: SandboxState) -> dict[str, Any]:
    data = await _admin_body(request)
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
    data = await _admin_body(request)
    seconds = data.get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise AdminError(400, "seconds must be a number")
    return {"now": state.advance_clock(float(seconds))}


# ---------------------------------------------------------------------------------------- app


def create_app(config: SandboxConfig | None = None) -> web.Application:
    """The sandbox as an aiohttp application; its state is ``app[STATE_KEY]``."""
    app = web.Application()
    app[STATE_KEY] = SandboxState(config if config is not None else SandboxConfig())
    router = app.router
    wechat: tuple[tuple[str, str, str, Impl], ...] = (
        ("POST", "/cgi-bin/stable_token", "stable_token", _stable_token),
        ("GET", "/cgi-bin/token", "token", _classic_token),
        ("GET", "/union/promoter/target/plan_info", "plan_info", _plan_info),
        ("POST", "/union/promoter/target/apply_target", "apply_target", _apply_target),
        ("GET", "/union/promoter/target/apply_status", "apply_status", _apply_status),
        ("POST", "/union/promoter/promotion/add", "promotion_add", _promotion_add),
        ("POST", "/union/promoter/promotion/upd", "promotion_upd", _promotion_upd),
        ("GET", "/union/promoter/promotion/list", "promotion_list", _promotion_list),
    )
    for method, path, name, impl in wechat:
        router.add_route(method, path, _wechat_route(name, impl), name=name)
    router.add_route("*", "/api/bcwin/v1/{operation}/{openid}/{timestamp}/{digest}/{msg_id}", _waiqin)
    router.add_route("*", "/api/{tail:.*}", _api_not_found)
    admin: tuple[tuple[str, str, AdminImpl], ...] = (
        ("GET", "/_sandbox/health", _admin_health),
        ("POST", "/_sandbox/reset", _admin_reset),
        ("POST", "/_sandbox/seed", _admin_seed),
        ("POST", "/_sandbox/review", _admin_review),
        ("POST", "/_sandbox/tokens/expire", _admin_expire_tokens),
        ("GET", "/_sandbox/counters", _admin_counters),
        ("GET", "/_sandbox/faults", _admin_get_faults),
        ("POST", "/_sandbox/faults", _admin_set_faults),
        ("DELETE", "/_sandbox/faults", _admin_clear_faults),
        ("POST", "/_sandbox/clock/advance", _admin_advance_clock),
    )
    for method, path, admin_impl in admin:
        router.add_route(method, path, _admin_route(admin_impl))
    return app
