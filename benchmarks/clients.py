"""The three clients compared, behind one small interface.

* ``promosdk`` — :class:`promosdk.WeChatUnionClient` (token fetched and cached by the client,
  request validation, retries armed, typed attrs results);
* ``raw aiohttp`` — the floor: one ``aiohttp.ClientSession``, the token fetched once, each call a
  GET with the ``access_token`` query parameter, ``orjson.loads`` of the body and an errcode check;
* ``httpx+pydantic`` — ``httpx.AsyncClient`` and the pydantic v2 models of
  :mod:`benchmarks.pydantic_models` (``model_validate_json``), the usual alternative.

All use a pool of :data:`POOL_SIZE` connections (promosdk's default) and check every answer's
errcode, so a failing call aborts the benchmark instead of being counted.
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
from ._common import APPID, INVITATION_URL, PATH_LIST, PATH_PLAN_INFO, PATH_TOKEN, POOL_SIZE, SECRET

CLIENT_NAMES = ("promosdk", "raw aiohttp", "httpx+pydantic")
TOKEN_REQUEST = {"grant_type": "client_credential", "appid": APPID, "secret": SECRET, "force_refresh": False}


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
    async def promotion_list(self) -> None: ...

    @abc.abstractmethod
    async def plan_info(self) -> None: ...

    @abc.abstractmethod
    async def close(self) -> None: ...

    def call(self, endpoint: str) -> Callable[[], Awaitable[None]]:
        return self.promotion_list if endpoint == "promotion/list" else self.plan_info


class PromosdkClient(BenchClient):
    name = "promosdk"

    def __init__(self, base_url: str, pool_size: int = POOL_SIZE) -> None:
        super().__init__(base_url, pool_size)
        self.client = WeChatUnionClient(APPID, SECRET, base_url=base_url, connection_limit=pool_size)

    async def promotion_list(self) -> None:
        page = await self.client.promotion.list(start=0, limit=20)
        if not page.promotion_source_list:
            raise BenchError("promotion/list: no spots")

    async def plan_info(self) -> None:
        plan = await self.client.target.plan_info(plan_invitation_url=INVITATION_URL)
        if not plan.product_list_info:
            raise BenchError("plan_info: no products")

    async def close(self) -> None:
        await self.client.aclose()


def _check(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict) or data.get("errcode", 0) != 0:
        raise BenchError(f"{what}: {data!r}"[:200])
    return data


class RawAiohttpClient(BenchClient):
    name = "raw aiohttp"

    async def start(self) -> None:
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self.pool_size))
        self.list_url = self.base_url + PATH_LIST
        self.plan_url = self.base_url + PATH_PLAN_INFO
        async with self.session.post(
            self.base_url + PATH_TOKEN,
            data=orjson.dumps(TOKEN_REQUEST),
            headers={"Content-Type": "application/json"},
        ) as resp:
            self.token = str(_check(orjson.loads(await resp.read()), "stable_token")["access_token"])

    async def promotion_list(self) -> None:
        params = {"start": "0", "limit": "20", "access_token": self.token}
        async with self.session.get(self.list_url, params=params) as resp:
            data = _check(orjson.loads(await resp.read()), "promotion/list")
        if not data.get("promotionSourceList"):
            raise BenchError("promotion/list: no spots")

    async def plan_info(self) -> None:
        params = {"planInvitationUrl": INVITATION_URL, "access_token": self.token}
        async with self.session.get(self.plan_url, params=params) as resp:
            data = _check(orjson.loads(await resp.read()), "plan_info")
        if not data.get("productListInfo"):
            raise BenchError("plan_info: no products")

    async def close(self) -> None:
        await self.session.close()


class HttpxPydanticClient(BenchClient):
    name = "httpx+pydantic"

    async def start(self) -> None:
        limits = httpx.Limits(max_connections=self.pool_size, max_keepalive_connections=self.pool_size)
        self.http = httpx.AsyncClient(base_url=self.base_url, limits=limits, timeout=30.0)
        resp = await self.http.post(PATH_TOKEN, json=TOKEN_REQUEST)
        answer = pm.AccessTokenResponse.model_validate_json(resp.content)
        if answer.errcode or not answer.access_token:
            raise BenchError(f"stable_token: {resp.content!r}")
        self.token = answer.access_token

    async def promotion_list(self) -> None:
        resp = await self.http.get(PATH_LIST, params={"start": 0, "limit": 20, "access_token": self.token})
        page = pm.PromotionListResponse.model_validate_json(resp.content)
        if page.errcode or not page.promotion_source_list:
            raise BenchError(f"promotion/list: {resp.content[:200]!r}")

    async def plan_info(self) -> None:
        resp = await self.http.get(
            PATH_PLAN_INFO, params={"planInvitationUrl": INVITATION_URL, "access_token": self.token}
        )
        plan = pm.PlanInfoResponse.model_validate_json(resp.content)
        if plan.errcode or not plan.product_list_info:
            raise BenchError(f"plan_info: {resp.content[:200]!r}")

    async def close(self) -> None:
        await self.http.aclose()


FACTORIES: dict[str, type[BenchClient]] = {
    "promosdk": PromosdkClient,
    "raw aiohttp": RawAiohttpClient,
    "httpx+pydantic": HttpxPydanticClient,
}


def make_client(name: str, base_url: str, pool_size: int = POOL_SIZE) -> BenchClient:
    return FACTORIES[name](base_url, pool_size)
