"""waiqin365 request signing.

Every waiqin365 open-API call carries ``/{openid}/{timestamp}/{digest}/{msg_id}`` path segments.
The digest is the lowercase hex MD5 of ``raw_body|appkey|timestamp`` over the UTF-8 bytes; the
server hashes the body text exactly as it was sent, so the bytes signed must be the bytes sent.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import uuid

__all__ = ["BEIJING", "new_msg_id", "parse_waiqin_timestamp", "waiqin_digest", "waiqin_timestamp"]

BEIJING = _dt.timezone(_dt.timedelta(hours=8), "Asia/Shanghai")
TIMESTAMP_FORMAT = "%Y%m%d%H%M%S"


def waiqin_digest(body: bytes | str, appkey: str, timestamp: str) -> str:
    """Return md5(``body|appkey|timestamp``) as 32 lowercase hex characters."""
    raw = body if isinstance(body, bytes) else body.encode("utf-8")
    md5 = hashlib.md5(raw, usedforsecurity=False)
    md5.update(b"|" + appkey.encode("utf-8") + b"|" + timestamp.encode("ascii"))
    return md5.hexdigest()


def waiqin_timestamp(now: _dt.datetime | None = None) -> str:
    """``yyyyMMddHHmmss`` in Beijing time (UTC+8), as the server expects."""
    moment = now if now is not None else _dt.datetime.now(BEIJING)
    if moment.tzinfo is None:
        raise ValueError("waiqin_timestamp needs an aware datetime")
    return moment.astimezone(BEIJING).strftime(TIMESTAMP_FORMAT)


def parse_waiqin_timestamp(value: str) -> _dt.datetime:
    """Inverse of :func:`waiqin_timestamp` (raises ValueError on a malformed value)."""
    if len(value) != 14 or not value.isdigit():
        raise ValueError("timestamp must be 14 digits, yyyyMMddHHmmss")
    return _dt.datetime.strptime(value, TIMESTAMP_FORMAT).replace(tzinfo=BEIJING)


def new_msg_id() -> str:
    """A fresh unique message id (UUID4, 32 hex characters)."""
    return uuid.uuid4().hex
