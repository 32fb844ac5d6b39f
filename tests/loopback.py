"""A scriptable HTTP server on 127.0.0.1 for the client tests (real HTTP, no request mocking).

    async with LoopbackServer() as server:
        server.route("/cgi-bin/stable_token", stable_token_handler(["tok-1"]))   # a handler per path
        server.queue("/union/promoter/target/plan_info", html(502), DROP, wechat_ok())  # canned answers
        ...                                                                      # then the route
        server.requests            # every request: method, path, query, raw body bytes, time, peer
        server.count("/union/promoter/target/plan_info")

An answer can be a status/headers/body, be delayed, drop the connection after the request was read
(a TCP reset: the client has sent everything and gets nothing back), hang (accept and never
answer), or be raw bytes written verbatim instead of an HTTP response. Canned answers queued for a
path are used first, in order; then the path's handler (a fixed :class:`Answer` or a callable that
gets the :class:`Recorded` request); a path with neither answers an HTML 404 page.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import socket
import struct
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import orjson
from aiohttp import web

__all__ = [
    "DROP",
    "HANG",
    "JSON_CT",
    "Answer",
    "Handler",
    "LoopbackServer",
    "Recorded",
    "html",
    "json_answer",
    "stable_token_handler",
    "waiqin_echo_handler",
    "waiqin_path_parts",
    "wechat_error",
    "wechat_ok",
]

JSON_CT = "application/json; charset=utf-8"
HTML_CT = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Answer:
    """One scripted answer."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = JSON_CT
    headers: Mapping[str, str] = field(default_factory=dict)
    #: seconds to wait before answering (the request has been read by then)
    delay: float = 0.0
    #: read the request, then reset the TCP connection without answering
    drop: bool = False
    #: accept the request and never answer (until the server stops)
    hang: bool = False
    #: bytes written verbatim as the whole response (e.g. not HTTP at all), then the connection closes
    raw: bytes | None = None


DROP = Answer(drop=True)
HANG = Answer(hang=True)


def json_answer(
    payload: Any,
    *,
    status: int = 200,
    content_type: str = JSON_CT,
    headers: Mapping[str, str] | None = None,
    delay: float = 0.0,
) -> Answer:
    return Answer(
        status=status,
        body=orjson.dumps(payload),
        content_type=content_type,
        headers=dict(headers or {}),
        delay=delay,
    )


def wechat_ok(**fields: Any) -> Answer:
    """A WeChat success envelope with extra wire fields (pass wire names)."""
    return json_answer({"errcode": 0, "errmsg": "ok", **fields})


def wechat_error(code: int, message: str = "error", *, content_type: str = JSON_CT) -> Answer:
    return json_answer({"errcode": code, "errmsg": message}, content_type=content_type)


def html(status: int, text: str | None = None, *, headers: Mapping[str, str] | None = None) -> Answer:
    page = text if text is not None else f"<html><head><title>{status}</title></head><body><h1>{status}</h1></body></html>"
    return Answer(status=status, body=page.encode(), content_type=HTML_CT, headers=dict(headers or {}))


@dataclass(frozen=True)
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, str]
    body: bytes
    headers: dict[str, str]
    #: time.monotonic() when the request (headers and body) had arrived
    time: float
    #: the client's (host, port): the same port means the same keep-alive connection
    peer: tuple[str, int] | None
    #: the full path with the query string, as sent
    path_qs: str = ""

    def json(self) -> Any:
        return orjson.loads(self.body)


Handler = Callable[[Recorded], Answer | Awaitable[Answer]]


class LoopbackServer:
    """``async with LoopbackServer() as server:`` serves on ``server.url`` until the block ends."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._routes: dict[str, Handler | Answer] = {}
        self._prefix_routes: dict[str, Handler | Answer] = {}
        self._queues: dict[str, deque[Answer]] = {}
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._closing = asyncio.Event()

    # ------------------------------------------------------------------ scripting

    def route(self, path: str, handler: Handler | Answer, *, prefix: bool = False) -> None:
        """Answer ``path`` (or every path starting with it, when ``prefix``) with ``handler``."""
        (self._prefix_routes if prefix else self._routes)[path] = handler

    def queue(self, path: str, *answers: Answer) -> None:
        """Canned answers for ``path`` (or any path starting with it), used first, in order."""
        self._queues.setdefault(path, deque()).extend(answers)

    def pending(self, path: str) -> int:
        """Canned answers for ``path`` not yet used."""
        return len(self._queues.get(path, ()))

    def hits(self, path: str | None = None, *, prefix: bool = False) -> list[Recorded]:
        if path is None:
            return list(self.requests)
        if prefix:
            return [r for r in self.requests if r.path.startswith(path)]
        return [r for r in self.requests if r.path == path]

    def count(self, path: str | None = None, *, prefix: bool = False) -> int:
        return len(self.hits(path, prefix=prefix))

    def clear(self) -> None:
        """Forget recorded requests (routes and queues stay)."""
        self.requests.clear()

    # ------------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        if self._port is None:
            raise RuntimeError("LoopbackServer is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("LoopbackServer is not started")
        return self._port

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=4096)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        self._closing.set()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> LoopbackServer:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # ------------------------------------------------------------------ serving

    def _handler_for(self, path: str) -> Handler | Answer | None:
        if path in self._routes:
            return self._routes[path]
        best = _longest_prefix(path, self._prefix_routes)
        return self._prefix_routes[best] if best is not None else None

    def _queue_for(self, path: str) -> deque[Answer] | None:
        if self._queues.get(path):
            return self._queues[path]
        best = _longest_prefix(path, [k for k, q in self._queues.items() if q])
        return self._queues[best] if best is not None else None

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        peer = request.transport.get_extra_info("peername") if request.transport is not None else None
        record = Recorded(
            method=request.method,
            path=request.path,
            query=dict(request.query),
            body=body,
            headers=dict(request.headers),
            time=time.monotonic(),
            peer=(str(peer[0]), int(peer[1])) if peer else None,
            path_qs=request.path_qs,
        )
        self.requests.append(record)
        handler = self._handler_for(request.path)
        queued = self._queue_for(request.path)
        answer: Answer
        if queued:
            answer = queued.popleft()
        elif isinstance(handler, Answer):
            answer = handler
        elif handler is not None:
            result = handler(record)
            answer = await result if inspect.isawaitable(result) else result
        else:
            answer = html(404)
        return await self._respond(request, answer)

    async def _respond(self, request: web.Request, answer: Answer) -> web.StreamResponse:
        if answer.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), answer.delay)
        if answer.hang:
            await self._closing.wait()
            return _drop(request)
        if answer.drop:
            return _drop(request)
        if answer.raw is not None:
            transport = request.transport
            if transport is not None:
                transport.write(answer.raw)
                transport.close()
            request.protocol.force_close()
            return web.Response()  # never sent: the transport is gone
        headers = dict(answer.headers)
        if answer.content_type is not None:
            headers["Content-Type"] = answer.content_type
        return web.Response(status=answer.status, body=answer.body, headers=headers)


def _longest_prefix(path: str, candidates: Iterable[str]) -> str | None:
    best: str | None = None
    for candidate in candidates:
        if path.startswith(candidate) and (best is None or len(candidate) > len(best)):
            best = candidate
    return best


def _drop(request: web.Request) -> web.Response:
    """Reset the TCP connection (RST); aiohttp then finds no transport and writes nothing."""
    transport = request.transport
    if transport is not None:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    request.protocol.force_close()
    return web.Response()


# ---------------------------------------------------------------------- ready-made handlers


def stable_token_handler(
    tokens: Iterable[str] | Callable[[Recorded], str], *, expires_in: int = 7200
) -> Callable[[Recorded], Answer]:
    """A token endpoint (stable_token or token): hands out ``tokens`` in turn (the last one repeats)."""
    pool = [] if callable(tokens) else list(tokens)
    issued = [0]

    def pick(record: Recorded) -> str:
        if callable(tokens):
            return tokens(record)
        value = pool[min(issued[0], len(pool) - 1)]
        issued[0] += 1
        return value

    def handler(record: Recorded) -> Answer:
        return json_answer({"access_token": pick(record), "expires_in": expires_in})

    return handler


def waiqin_path_parts(path: str) -> dict[str, str]:
    """``/api/bcwin/v1/{operation}/{openid}/{timestamp}/{digest}/{msg_id}`` → its named segments."""
    parts = path.strip("/").split("/")
    if len(parts) != 8 or parts[:3] != ["api", "bcwin", "v1"]:
        raise ValueError(f"not a waiqin path: {path}")
    return dict(zip(("operation", "openid", "timestamp", "digest", "msg_id"), parts[3:], strict=True))


def waiqin_echo_handler(
    payload: Mapping[str, Any] | None = None, *, content_type: str = "application/json;charset=UTF-8"
) -> Callable[[Recorded], Answer]:
    """A waiqin endpoint answering ``payload`` (default: return_code 0) with the request's msg_id echoed."""
    extra = dict(payload) if payload is not None else {"return_code": 0, "return_msg": ""}

    def handler(record: Recorded) -> Answer:
        return json_answer({"msg_id": waiqin_path_parts(record.path)["msg_id"], **extra}, content_type=content_type)

    return handler
