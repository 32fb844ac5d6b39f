"""Keep secrets out of logs, exception messages and reprs.

Clients register their secrets (app secret, access tokens, waiqin appkey, digests) here; every
message promosdk builds from foreign text (server bodies, aiohttp error strings that embed the URL
with its ``access_token`` query parameter) passes through :func:`redact` first.
"""

from __future__ import annotations

import re
import threading

__all__ = ["REDACTED", "forget_secret", "redact", "register_secret"]

REDACTED = "***"
_QUERY_SECRET = re.compile(r"(?i)\b(access_token|secret|appkey|digest)=([^&\s'\"#]+)")
# waiqin paths carry /{openid}/{timestamp}/{digest}/{msg_id}: hide the digest segment.
# The same keys inside JSON or repr text: "access_token": "..." / 'secret': '...'.
_KEYED_SECRET = re.compile(
    r"""(?i)(["']?(?:access_token|secret|appkey|digest)["']?\s*[:=]\s*)(["'])((?:\\.|(?!\2).)*)(\2|\Z)"""
)
_WAIQIN_PATH = re.compile(r"(/api/bcwin/v1/\w+/[^/\s]+/\d{14}/)([0-9a-fA-F]{32})(/)")
_MIN_SECRET_LEN = 6

_lock = threading.Lock()
_secrets: dict[str, int] = {}
_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Redact ``value`` wherever it appears from now on (reference counted)."""
    global _pattern
    if not value or len(value) < _MIN_SECRET_LEN:
        return
    with _lock:
        _secrets[value] = _secrets.get(value, 0) + 1
        _pattern = None


def forget_secret(value: str | None) -> None:
    global _pattern
    if not value:
        return
    with _lock:
        count = _secrets.get(value, 0) - 1
        if count > 0:
            _secrets[value] = count
        else:
            _secrets.pop(value, None)
        _pattern = None


def _compiled() -> re.Pattern[str] | None:
    global _pattern
    if _pattern is None and _secrets:
        with _lock:
            ordered = sorted(_secrets, key=len, reverse=True)
            _pattern = re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None
    return _pattern


def redact(text: str) -> str:
    """Return ``text`` with registered secrets and secret-bearing URL parts replaced by ``***``."""
    text = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _KEYED_SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(4)}", text)
    text = _WAIQIN_PATH.sub(lambda m: f"{m.group(1)}{REDACTED}{m.group(3)}", text)
    pattern = _compiled()
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    return text
