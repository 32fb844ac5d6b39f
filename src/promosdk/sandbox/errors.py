"""The answers a sandbox state method raises instead of returning (each becomes one wire reply)."""

from __future__ import annotations

from functools import lru_cache

import orjson

__all__ = ["AdminError", "WaiqinError", "WeChatError", "wechat_error_body"]


class WeChatError(Exception):
    """An errcode answer."""

    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__(errcode, errmsg)
        self.errcode = errcode
        self.errmsg = errmsg


class WaiqinError(Exception):
    """A return_code 1 answer; the message becomes return_msg."""


class AdminError(Exception):
    """An admin API failure with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@lru_cache(maxsize=256)
def wechat_error_body(errcode: int, errmsg: str) -> bytes:
    """Encoded ``{"errcode", "errmsg"}``; the set of distinct errors is small, so cache them."""
    return orjson.dumps({"errcode": errcode, "errmsg": errmsg})
