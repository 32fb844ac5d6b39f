"""``python -m benchmarks.replay_server --port N``: a minimal aiohttp.web server replaying fixed bodies.

It answers ``POST /cgi-bin/stable_token`` (always the same token), ``GET
/union/promoter/promotion/list`` and ``GET /union/promoter/target/plan_info`` (the seed examples),
``GET /union/promoter/product/list`` (a 20-product page built from the fixture; a missing or wrong
``access_token`` answers 40001) and does nothing else, so that a client
benchmarked against it is what is measured. It runs on aiohttp's low-level server (no router,
no middlewares, no access log).

Admin (JSON): ``GET /_bench/counters`` (requests per path, ``bad_token``, ``max_inflight``: most
delayed answers held at once), ``POST /_bench/reset``,
``POST /_bench/config {"delay": s, "token_delay": s}`` (hold API / token answers that long).
Prints ``listening on http://127.0.0.1:<port>`` once ready; stops on SIGTERM/SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from collections import Counter
from collections.abc import Sequence

import orjson
from aiohttp import web

from ._common import (
    PATH_LIST,
    PATH_PLAN_INFO,
    PATH_PRODUCT_LIST,
    PATH_TOKEN,
    TOKEN,
    plan_info_body,
    product_list_body,
    promotion_list_body,
    raise_fd_limit,
    token_body,
)

JSON_HEADERS = {"Content-Type": "application/json; charset=utf-8"}
BAD_TOKEN = b'{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest"}'


class Replay:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.inflight = 0
        self.delay = 0.0
        self.token_delay = 0.0
        self.token = token_body()
        self.bodies = {
            PATH_LIST: promotion_list_body(),
            PATH_PLAN_INFO: plan_info_body(1),
            PATH_PRODUCT_LIST: product_list_body(),
        }

    async def handle(self, request: web.BaseRequest) -> web.StreamResponse:
        path = request.path
        self.counts[path] += 1
        body = self.bodies.get(path)
        if body is not None:
            if request.query.get("access_token") != TOKEN:
                self.counts["bad_token"] += 1
                body = BAD_TOKEN
            elif self.delay:
                # Track how many answers are held at once (proves the client had them all in flight).
                self.inflight += 1
                if self.inflight > self.counts["max_inflight"]:
                    self.counts["max_inflight"] = self.inflight
                try:
                    await asyncio.sleep(self.delay)
                finally:
                    self.inflight -= 1
            return web.Response(body=body, headers=JSON_HEADERS)
        if path == PATH_TOKEN:
            await request.read()
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            return web.Response(body=self.token, headers=JSON_HEADERS)
        return await self.admin(request)

    async def admin(self, request: web.BaseRequest) -> web.StreamResponse:
        path = request.path
        if path == "/_bench/counters":
            return web.Response(body=orjson.dumps(dict(self.counts)), headers=JSON_HEADERS)
        if path == "/_bench/reset" and request.method == "POST":
            self.counts.clear()
            return web.Response(body=b'{"ok":true}', headers=JSON_HEADERS)
        if path == "/_bench/config" and request.method == "POST":
            config = orjson.loads(await request.read())
            self.delay = float(config.get("delay", 0.0))
            self.token_delay = float(config.get("token_delay", 0.0))
            return web.Response(body=b'{"ok":true}', headers=JSON_HEADERS)
        return web.Response(
            status=404, text="<html><body>404 Not Found</body></html>", content_type="text/html"
        )


async def serve(host: str, port: int) -> None:
    replay = Replay()
    server = web.Server(replay.handle, access_log=None)
    runner = web.ServerRunner(server, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port, backlog=4096)
    await site.start()
    bound = runner.addresses[0][1]
    print(f"listening on http://{host}:{bound}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.replay_server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed)")
    args = parser.parse_args(argv)
    raise_fd_limit()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
