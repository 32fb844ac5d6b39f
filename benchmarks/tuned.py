"""Raw aiohttp, tuned: the floor a careful engineer reaches with settings made once.

The same calls as raw aiohttp as users write it (a GET, ``orjson.loads``, the errcode check), with:

* ``cookie_jar`` — ``aiohttp.DummyCookieJar()``: the default jar parses every ``Set-Cookie`` and
  filters its cookies for every request (these APIs set none that matter);
* ``prebuilt_query`` — the query string (token included) built once per endpoint into the URL,
  instead of a ``params=`` dict that yarl merges and quotes into a new URL on every call;
* ``url_object`` — that URL kept as a ``yarl.URL(..., encoded=True)``, instead of a ``str`` that
  aiohttp parses and re-quotes on every call;
* ``timeout_object`` — one ``ClientTimeout`` given to the session, instead of one built per call;
* ``no_headers`` — no per-call headers dict, which aiohttp merges into a copy of the session's
  default headers on every call.

:class:`TunedAiohttpClient` ``(without=setting)`` leaves one of them at what a user commonly
writes, so that the ablation measures what each saves. A token refresh would rebuild the URLs
(a careful engineer's client does it when the token changes; the benchmark's token never does).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiohttp
from yarl import URL

from ._common import POOL_SIZE
from .clients import ITEMS, QUERIES, TUNED, BenchClient, check_answer, fetch_token


@dataclass(frozen=True)
class Setting:
    #: What the floor does.
    tuned: str
    #: What the ablation does instead (what a user commonly writes).
    instead: str


SETTINGS: dict[str, Setting] = {
    "cookie_jar": Setting(
        "`DummyCookieJar()`", "the default `CookieJar` (Set-Cookie parsed, cookies filtered per request)"
    ),
    "prebuilt_query": Setting(
        "the query (token included) built once into the URL",
        "a `params=` dict per call (yarl merges and quotes it into a new URL)",
    ),
    "url_object": Setting(
        "the URL as a `yarl.URL(..., encoded=True)` built once",
        "the same URL as a `str` (aiohttp parses and re-quotes it per call)",
    ),
    "timeout_object": Setting(
        "one `ClientTimeout` on the session",
        "`timeout=aiohttp.ClientTimeout(total=30)` built per call",
    ),
    "no_headers": Setting(
        "no per-call headers",
        "`headers={'User-Agent': ...}` per call, merged into the session's defaults",
    ),
}
TIMEOUT = aiohttp.ClientTimeout(total=30)
USER_AGENT = "bench/1.0 (+aiohttp)"


class TunedAiohttpClient(BenchClient):
    name = TUNED

    def __init__(self, base_url: str, pool_size: int = POOL_SIZE, *, without: str | None = None) -> None:
        super().__init__(base_url, pool_size)
        if without is not None and without not in SETTINGS:
            raise ValueError(f"unknown setting {without!r}; known: {', '.join(SETTINGS)}")
        self.without = without
        if without is not None:
            self.name = f"{TUNED} without {without}"

    async def start(self) -> None:
        jar: aiohttp.abc.AbstractCookieJar = (
            aiohttp.CookieJar() if self.without == "cookie_jar" else aiohttp.DummyCookieJar()
        )
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self.pool_size), cookie_jar=jar, timeout=TIMEOUT
        )
        self.token = await fetch_token(self.session, self.base_url)

    def call(self, endpoint: str) -> Callable[[], Awaitable[None]]:
        path, query = QUERIES[endpoint]
        items = ITEMS[endpoint]
        full = URL(self.base_url + path).with_query({**query, "access_token": self.token})
        url: URL | str = URL(str(full), encoded=True)
        if self.without == "prebuilt_query":
            url = URL(self.base_url + path, encoded=True)
        elif self.without == "url_object":
            url = str(full)
            assert str(URL(url)) == str(full), "aiohttp would send another request target"
        session, token = self.session, self.token

        if self.without == "prebuilt_query":

            async def one() -> None:
                async with session.get(url, params={**query, "access_token": token}) as resp:
                    check_answer(await resp.read(), endpoint, items)

        elif self.without == "timeout_object":

            async def one() -> None:
                async with session.get(url, timeout=aiohttp.ClientTimeout(total=30)) as resp:
                    check_answer(await resp.read(), endpoint, items)

        elif self.without == "no_headers":

            async def one() -> None:
                async with session.get(url, headers={"User-Agent": USER_AGENT}) as resp:
                    check_answer(await resp.read(), endpoint, items)

        else:

            async def one() -> None:
                async with session.get(url) as resp:
                    check_answer(await resp.read(), endpoint, items)

        return one

    async def close(self) -> None:
        await self.session.close()
