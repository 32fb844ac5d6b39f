"""The HTTP layer shared by both vendors: replies, HTML pages, and running a handler under faults.

A vendor package describes itself with a :class:`VendorWire`: its handlers keyed by operation id,
the URL path it serves an operation at, and how it refuses a request (busy/quota/too_frequent).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus

import attrs
from aiohttp import web

from .._operation import OperationSpec
from .state import SandboxState

__all__ = [
    "HTML_CT",
    "STATE_KEY",
    "Handler",
    "Refusal",
    "Reply",
    "VendorWire",
    "html_response",
    "operation_route",
    "response",
]

STATE_KEY: web.AppKey[SandboxState] = web.AppKey("promosdk_sandbox_state", SandboxState)

HTML_CT = "text/html; charset=utf-8"


@attrs.frozen
class Reply:
    """A handler's answer before it becomes an HTTP response (so faults can cut the body)."""

    body: bytes
    content_type: str
    status: int = 200


#: One operation's behaviour over HTTP: parse the request, call the group's state, encode.
Handler = Callable[[web.Request, SandboxState], Awaitable[Reply]]
#: The vendor's answer for a busy/quota/too_frequent fault (no state change).
Refusal = Callable[[str, web.Request, SandboxState], Reply]


@attrs.frozen
class VendorWire:
    """How one vendor family (``OperationSpec.family``) is served."""

    family: str
    handlers: Mapping[str, Handler]
    """Operation id (``group.name``) -> handler."""
    refuse: Refusal
    handlers_module: str
    """Where the handlers live (named by the missing-handler error)."""
    path_suffix: str = ""
    """Appended to the operation's path (waiqin's signature segments)."""

    def route_path(self, op: OperationSpec) -> str:
        return op.path + self.path_suffix


def response(reply: Reply) -> web.Response:
    return web.Response(body=reply.body, status=reply.status, headers={"Content-Type": reply.content_type})


def _html_page(status: int) -> bytes:
    if status == 200:
        title = "系统繁忙 / Service temporarily unavailable"
        return (
            f'<!DOCTYPE html>\r\n<html><head><meta charset="utf-8"><title>{title}</title></head>\r\n'
            f"<body><h1>{title}</h1><p>Please try again later.</p></body></html>\r\n"
        ).encode()
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    return (
        f"<html>\r\n<head><title>{status} {phrase}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {phrase}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


def html_response(status: int) -> web.Response:
    return web.Response(body=_html_page(status), status=status, headers={"Content-Type": HTML_CT})


def _drop_connection(request: web.Request) -> web.Response:
    """Kill the TCP connection with an RST; aiohttp then finds no transport and writes nothing."""
    transport = request.transport
    if transport is not None:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    request.protocol.force_close()
    return web.Response()  # never sent


async def _run(
    request: web.Request, state: SandboxState, op_id: str, handler: Handler, refuse: Refusal
) -> web.Response:
    """Count the request, maybe inject a fault, else handle it."""
    state.requests[op_id] += 1
    rule = state.faults.pick(op_id)
    if rule is None:
        return response(await handler(request, state))
    kind = rule.kind
    state.faults_injected[kind] += 1
    if kind == "latency":
        await asyncio.sleep(rule.delay)
        return response(await handler(request, state))
    if kind == "reset_before":
        await request.read()  # the client has sent everything; nothing has changed
        return _drop_connection(request)
    if kind == "reset_after":
        await handler(request, state)  # the state change happens, the answer is lost
        return _drop_connection(request)
    if kind == "truncated":
        reply = await handler(request, state)
        return response(attrs.evolve(reply, body=reply.body[: len(reply.body) // 2]))
    if kind == "http_500":
        return html_response(500)
    if kind == "http_502":
        return html_response(502)
    if kind == "http_503":
        return html_response(503)
    if kind == "html":
        return html_response(rule.status if rule.status is not None else 200)
    return response(refuse(kind, request, state))


def operation_route(
    op_id: str, handler: Handler, refuse: Refusal
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """The aiohttp handler of one operation: counted, faulted, then handled."""

    async def route(request: web.Request) -> web.StreamResponse:
        return await _run(request, request.app[STATE_KEY], op_id, handler, refuse)

    route.__name__ = f"sandbox_{op_id.replace('.', '_')}"
    return route
