"""promosdk: a typed asyncio client for the WeChat Mini Program Union promoter API and waiqin365 bC campaigns.

The exceptions are imported eagerly (cheap, and what error handlers need); the clients and the rest
load on first use (PEP 562), so that ``import promosdk`` in a CLI or a cold start does not pay for
aiohttp until a client is actually used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Every exception class: the hand-written roots and the generated ones (as promosdk.errors has them).
from . import _errors
from ._errors import *  # noqa: F403
from ._generated import errors as _generated_errors
from ._generated.errors import *  # noqa: F403
from ._public import to_dict, to_json

if TYPE_CHECKING:
    from ._auth import CachedToken, InMemoryTokenStore, TokenStore
    from ._base_client import ClientOptions
    from ._ratelimit import LocalRateLimiter, Rate, RateLimiter
    from ._resource import RawResponse
    from ._retry import RetryPolicy, RetryQuota
    from .waiqin import WaiqinClient
    from .wechat import WeChatUnionClient

_LAZY: dict[str, str] = {
    "CachedToken": "._auth",
    "InMemoryTokenStore": "._auth",
    "TokenStore": "._auth",
    "ClientOptions": "._base_client",
    "LocalRateLimiter": "._ratelimit",
    "Rate": "._ratelimit",
    "RateLimiter": "._ratelimit",
    "RawResponse": "._resource",
    "RetryPolicy": "._retry",
    "RetryQuota": "._retry",
    "WaiqinClient": ".waiqin",
    "WeChatUnionClient": ".wechat",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'promosdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

__version__ = "0.1.0"

__all__ = [
    "CachedToken",
    "ClientOptions",
    "InMemoryTokenStore",
    "LocalRateLimiter",
    "Rate",
    "RateLimiter",
    "RawResponse",
    "RetryPolicy",
    "RetryQuota",
    "TokenStore",
    "WaiqinClient",
    "WeChatUnionClient",
    "to_dict",
    "to_json",
]
# Every exception, from the hand-written roots and the generated data (the lists promosdk.errors
# has): a code or category added to a spec is exported without an edit here.
__all__ += _errors.__all__
__all__ += _generated_errors.__all__
