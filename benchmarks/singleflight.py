"""Token single-flight: N concurrent calls on a cold promosdk client -> how many token requests.

The replay server counts the ``/cgi-bin/stable_token`` requests (it must see exactly 1) and holds
the token answer ``token_delay`` seconds (a real token endpoint takes tens of milliseconds), so all
N calls pile up on the one refresh in flight. Reported: token requests, API requests seen, time
from the first call to the last response, client CPU per call.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from promosdk import WeChatUnionClient

from ._common import APPID, PATH_LIST, PATH_TOKEN, POOL_SIZE, SECRET, ReplayServer


@dataclass
class SingleFlightResult:
    calls: int
    token_delay_s: float
    token_requests: int
    api_requests: int
    bad_token: int
    client_fetches: int
    wall_s: float
    cpu_us_per_call: float


async def run_singleflight(
    server: ReplayServer, calls: int, token_delay_s: float = 0.05
) -> SingleFlightResult:
    server.configure(delay=0.0, token_delay=token_delay_s)
    server.reset()
    try:
        async with WeChatUnionClient(
            APPID, SECRET, base_url=server.url, connection_limit=POOL_SIZE
        ) as client:
            p0, t0 = time.process_time(), time.perf_counter()
            pages = await asyncio.gather(*(client.promotion.list(start=0, limit=20) for _ in range(calls)))
            wall, cpu = time.perf_counter() - t0, time.process_time() - p0
            fetches = client.tokens.fetch_count
        assert len(pages) == calls and all(p.promotion_source_list for p in pages)
        counts = server.counters()
    finally:
        server.configure()
    return SingleFlightResult(
        calls=calls,
        token_delay_s=token_delay_s,
        token_requests=counts.get(PATH_TOKEN, 0),
        api_requests=counts.get(PATH_LIST, 0),
        bad_token=counts.get("bad_token", 0),
        client_fetches=fetches,
        wall_s=wall,
        cpu_us_per_call=cpu / calls * 1e6,
    )
