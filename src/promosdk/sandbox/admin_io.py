"""What every admin route shares: its signature and how it reads its JSON body."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web

from .errors import AdminError
from .state import SandboxState

__all__ = ["AdminImpl", "admin_body"]

#: One admin route: (request, the sandbox state) -> the answer's fields after ``"ok": true``.
AdminImpl = Callable[[web.Request, SandboxState], Awaitable[Any]]


async def admin_body(request: web.Request) -> dict[str, Any]:
    """The JSON object of an admin request (an empty body is ``{}``); AdminError 400 otherwise."""
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
