"""The JSON body of a WeChat POST, read as the vendor reads it."""

from __future__ import annotations

from typing import Any

import orjson
from aiohttp import web

from ..errors import WeChatError

__all__ = ["json_body"]


async def json_body(request: web.Request) -> dict[str, Any]:
    """The JSON object of a POST body; 47001 "data format error" otherwise, as the vendor answers."""
    try:
        data = orjson.loads(await request.read())
    except orjson.JSONDecodeError:
        raise WeChatError(47001, "data format error") from None
    if not isinstance(data, dict):
        raise WeChatError(47001, "data format error")
    return data
