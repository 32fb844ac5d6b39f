"""The clients compared, behind one small interface.

* ``promosdk`` — :class:`promosdk.WeChatUnionClient` (token fetched and cached by the client,
  request validation, retries armed, typed attrs results);
* ``raw aiohttp`` — *as users write it*: a default ``aiohttp.ClientSession``, the token fetched
  once, each call a GET with a ``params=`` dict, ``orjson.loads`` of the body and an errcode check;
* ``raw aiohttp tuned`` — the floor: the same calls with what a careful engineer sets once
  (:mod:`benchmarks.tuned`: no cookie jar, a prebuilt pre-encoded URL, ...);
* ``httpx+pydantic`` — ``httpx.AsyncClient`` and the pydantic v2 models of
  :mod:`benchmarks.pydantic_models` (``model_validate_json``), the usual alternative.

All use a pool of :data:`POOL_SIZE` connections (promosdk's default) and check every answer's
errcode and that it holds items, so a failing call aborts the benchmark instead of being counted.
"""

from __future__ import annotations

import abc
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import orjson

from promosdk import WeChatUnionClient

from . import pydantic_models as pm
from ._common import (
    APPID,
    INVITATION_URL,
    PATH_LIST,
    PATH_PLAN_INFO,
    PATH_PRODUCT_LIST,
    PATH_TOKEN,
    POOL_SIZE,
    PRODUCT_PAGE,
    SECRET,
)

PROMOSDK = "promosdk"
RAW = "raw aiohttp"
TUNED = "raw aiohttp tuned"
HTTPX = "httpx+pydantic"
CLIENT_NAMES = (PROMOSDK, RAW, TUNED, HTTPX)
TOKEN_REQUEST = {"grant_type": "client_credential", "appid": APPID, "secret": SECRET, "force_refresh": False}

#: The query of each endpoint's call, as promosdk sends it (``wx.product.list(offset=0, limit=20)``
#: sends ``from``), without the access token. Strings, as a user writes them for aiohttp.
QUERIES: dict[str, tuple[str, dict[str, str]]] = {
    "promotion/list": (PATH_LIST, {"start": "0", "limit": "20"}),
    "plan_info": (PATH_PLAN_INFO, {"planInvitationUrl": INVITATION_URL}),
    "product/list": (PATH_PRODUCT_LIST, {"from": "0", "limit": str(PRODUCT_PAGE)}),
}
#: The list each endpoint's answer must hold (an empty one is a failed call).
ITEMS = {
    "promotion/list": "promotionSourceList",
    "plan_info": "productListInfo",
    "product/list": "productList",
}


class BenchError(RuntimeError):
    """An answer that is not a success: the benchmark stops rather than count it."""


class BenchClient(abc.ABC):
    name: str

    def __init__(self, base_url: str, pool_size: int = POOL_SIZE) -> None:
        self.base_url = base_url
        self.pool_size = pool_size

    async def start(self) -> None:  # noqa: B027 - a hook: most clients have nothing to do here
        """Open sessions and fetch the token when the client does not do it itself."""

    @abc.abstractmethod
    def call(self, endpoint: str) -> Callable[[], Awaitable[None]]:
        """One call of ``endpoint`` (promotion/list, plan_info, product/list), checked."""

    @abc.abstractmethod
    async def close(self) -> None: ...


class PromosdkClient(BenchClient):
    name = PROMOSDK

    def __init__(self, base_url: str, pool_size: int = POOL_SIZE) -> None:
        super().__init__(base_url, pool_size)
        self.client = WeChatUnionClient(APPID, SECRET, base_url=base_url, connection_limit=pool_size)

    async def _promotion_list(self) -> None:
        page = await self.client.promotion.list(start=0, limit=20)
        if not page.promotion_source_list:
            raise BenchError("promotion/list: no spots")

    async def _plan_info(self) -> None:
        plan = await self.client.target.plan_info(plan_invitation_url=INVITATION_URL)
        if not plan.product_list_info:
            raise BenchError("plan_info: no products")

    async def _product_list(self) -> None:
        page = await self.client.product.list(offset=0, limit=PRODUCT_PAGE)
        if not page.product_list:
            raise BenchError("product/list: no products")

    def call(self, endpoint: str) -> Callable[[], Awaitable[None]]:
        return {
            "promotion/list": self._promotion_list,
            "plan_info": self._plan_info,
            "product/list": self._product_list,
        }[endpoint]

    async def close(self) -> None:
        await self.client.aclose()


def check_answer(body: bytes, endpoint: str, items: str) -> dict[str, Any]:
    """``orjson.loads`` and the checks every raw client makes: errcode 0, ``items`` not empty."""
    data = orjson.loads(body)
    if not isinstance(data, dict) or data.get("errcode", 0) != 0:
        raise BenchError(f"{endpoint}: {data!r}"[:200])
    if not data.get(items):
        raise BenchError(f"{endpoint}: an answer without {items}")
    return data


async def fetch_token(session: aiohttp.ClientSession, base_url: str) -> str:
    async with session.post(
        base_url + PATH_TOKEN, data=orjson.dumps(TOKEN_REQUEST), headers={"Content-Type": "application/json"}
    ) as resp:
        return str(check_answer(await resp.read(), "stable_token", "access_token")["access_token"])


class RawAiohttpClient(BenchClient):
    """Raw aiohttp as users write it: the defaults, a ``params=`` dict per call."""

    name = RAW

    async def start(self) -> None:
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self.pool_size))
        self.token = await fetch_token(self.session, self.base_url)

    def call(self, endpoint: str) -> Callable[[], Awaitable[None]]:
        path, query = QUERIES[endpoint]
        url, items = self.base_url + path, ITEMS[endpoint]

        async def one() -> None:
            params = {**query, "access_token": self.token}
            async with self.session.get(url, params=params) as resp:
                check_answer(await resp.read(), endpoint, items)

        return one

    async def close(self) -> None:
        await self.session.close()


class HttpxPydanticClient(BenchClient):
    name = HTTPX

    async def start(self) -> None:
        limits = httpx.Limits(max_connections=self.pool_size, max_keepalive_connections=self.pool_size)
        self.http = httpx.AsyncClient(base_url=self.base_url, limits=limits, timeout=30.0)
        resp = await self.http.post(PATH_TOKEN, json=TOKEN_REQUEST)
        answer = pm.AccessTokenResponse.model_validate_json(resp.content)
        if answer.errcode or not answer.access_token:
            raise BenchError(f"stable_token: {resp.content!r}")
        self.token = answer.access_token

    async def _promotion_list(self) -> None:
        resp = await self.http.get(PATH_LIST, params={"start": 0, "limit": 20, "access_token": self.token})
        page = pm.PromotionListResponse.model_validate_json(resp.content)
        if page.errcode or not page.promotion_source_list:
            raise BenchError(f"promotion/list: {resp.content[:200]!r}")

    async def _plan_info(self) -> None:
        resp = await self.http.get(
            PATH_PLAN_INFO, params={"planInvitationUrl": INVITATION_URL, "access_token": self.token}
        )
        plan = pm.PlanInfoResponse.model_validate_json(resp.content)
        if plan.errcode or not plan.product_list_info:
            raise BenchError(f"plan_info: {resp.content[:200]!r}")

    async def _product_list(self) -> None:
        resp = await self.http.get(
            PATH_PRODUCT_LIST, params={"from": 0, "limit": PRODUCT_PAGE, "access_token": self.token}
        )
        page = pm.ProductListResponse.model_validate_json(resp.content)
        if page.errcode or not page.product_list:
            raise BenchError(f"product/list: {resp.content[:200]!r}")

    def call(self, endpoint: str) -> Callable[[], Awaitable[None]]:
        return {
            "promotion/list": self._promotion_list,
            "plan_info": self._plan_info,
            "product/list": self._product_list,
        }[endpoint]

    async def close(self) -> None:
        await self.http.aclose()


def make_client(
    name: str, base_url: str, pool_size: int = POOL_SIZE, *, without: str | None = None
) -> BenchClient:
    """A client by name; ``without`` names a setting the tuned floor leaves at aiohttp's default."""
    from .tuned import TunedAiohttpClient  # it builds on this module's helpers

    if name == TUNED:
        return TunedAiohttpClient(base_url, pool_size, without=without)
    if without is not None:
        raise ValueError(f"only {TUNED!r} has settings to leave out")
    factories: dict[str, type[BenchClient]] = {
        PROMOSDK: PromosdkClient,
        RAW: RawAiohttpClient,
        HTTPX: HttpxPydanticClient,
    }
    return factories[name](base_url, pool_size)
