"""Query-string arguments of the sandbox's WeChat list and search routes, refused as the sandbox's
40097 "invalid args" (the vendor documents no code for a malformed filter or page)."""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import WeChatError
from .targets import MSG_INVALID_ARGS

__all__ = ["int_arg", "invalid_args", "list_arg", "string_list"]


def invalid_args() -> WeChatError:
    return WeChatError(40097, MSG_INVALID_ARGS)


def int_arg(query: Mapping[str, str], name: str, default: int | None = None) -> int | None:
    """A whole number >= 0; absent or empty gives ``default``."""
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise invalid_args() from None
    if value < 0:
        raise invalid_args()
    return value


def list_arg(query: Mapping[str, str], name: str) -> tuple[str, ...]:
    """A comma-separated list; blank parts are dropped."""
    return tuple(part for part in (p.strip() for p in (query.get(name) or "").split(",")) if part)


def string_list(value: object, max_items: int) -> list[str]:
    """A JSON list of 1 to ``max_items`` non-empty strings (order ids, tags)."""
    if (
        not isinstance(value, list)
        or not 1 <= len(value) <= max_items
        or not all(isinstance(item, str) and item for item in value)
    ):
        raise invalid_args()
    return value
