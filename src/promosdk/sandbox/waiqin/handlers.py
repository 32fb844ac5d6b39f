"""waiqin365 over HTTP: the signed URL, the JSON envelope, and one handler per operation id.

Every operation is served at its path followed by ``/{openid}/{timestamp}/{digest}/{msg_id}``;
a new operation gets its behaviour in ``campaigns.py`` (or a new group module) and an entry in
``HANDLERS`` under its id ``group.name``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from aiohttp import web

from ..errors import WaiqinError
from ..http import Handler, Reply, VendorWire
from ..state import SandboxState
from .campaigns import Tenant

__all__ = ["HANDLERS", "WIRE"]

# return_msg of the busy/quota/too_frequent faults (always return_code 1).
_REFUSALS: dict[str, str] = {
    "busy": "system busy",
    "quota": "api daily quota limit reached",
    "too_frequent": "api calls too frequent",
}

#: What an operation does once the request is verified: its answer's fields beyond the envelope.
Operation = Callable[[SandboxState, Tenant, dict[str, Any], str], dict[str, Any] | None]


def _refuse(kind: str, request: web.Request, state: SandboxState) -> Reply:
    body = orjson.dumps(
        {"msg_id": request.match_info.get("msg_id", ""), "return_code": 1, "return_msg": _REFUSALS[kind]}
    )
    return Reply(body, state.config.waiqin_content_type)


def _signed(operation: Operation) -> Handler:
    """Verify openid/timestamp/digest, decode the body, run ``operation``, wrap the envelope."""

    async def handler(request: web.Request, state: SandboxState) -> Reply:
        match = request.match_info
        msg_id = match["msg_id"]
        body = await request.read()
        payload: dict[str, Any] = {"msg_id": msg_id, "return_code": 0, "return_msg": ""}
        try:
            tenant = state.bc.verify(match["openid"], match["timestamp"], match["digest"], body)
            try:
                data = orjson.loads(body)
            except orjson.JSONDecodeError:
                data = None
            if not isinstance(data, dict):
                raise WaiqinError("request body must be a JSON object")
            payload.update(operation(state, tenant, data, msg_id) or {})
        except WaiqinError as exc:
            payload = {"msg_id": msg_id, "return_code": 1, "return_msg": str(exc)}
        return Reply(orjson.dumps(payload), state.config.waiqin_content_type)

    handler.__name__ = operation.__name__
    return handler


def _add_or_update_campaign(
    state: SandboxState, tenant: Tenant, data: dict[str, Any], msg_id: str
) -> dict[str, Any] | None:
    state.bc.add_or_update_campaign(tenant, data)
    return None


def _apply_callback(
    state: SandboxState, tenant: Tenant, data: dict[str, Any], msg_id: str
) -> dict[str, Any] | None:
    state.bc.apply_callback(tenant, data, msg_id)
    return None


def _query_campaign(
    state: SandboxState, tenant: Tenant, data: dict[str, Any], msg_id: str
) -> dict[str, Any] | None:
    campaigns = state.bc.query(tenant, data)
    # return_code is the string "0" here, as documented; response_data is always a JSON-encoded
    # string, "[]" when nothing matches.
    return {"return_code": "0", "response_data": orjson.dumps(campaigns).decode()}


HANDLERS: dict[str, Handler] = {
    "bc.add_or_update_campaign": _signed(_add_or_update_campaign),
    "bc.apply_callback": _signed(_apply_callback),
    "bc.query_campaign": _signed(_query_campaign),
}

WIRE = VendorWire(
    family="waiqin",
    handlers=HANDLERS,
    refuse=_refuse,
    handlers_module=__name__,
    path_suffix="/{openid}/{timestamp}/{digest}/{msg_id}",
)
