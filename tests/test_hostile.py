"""A hostile server against the transport and the attempt loop (issue 10): real loopback servers
written here (tests.loopback, aiohttp.web, raw asyncio sockets), no mocks of aiohttp.

Pinned: redirects are never followed (nothing is re-sent, a 3xx is an HTTPStatusError with its
Location redacted); the answer cap counts decoded bytes, whatever the encoding or framing, and
memory stays near the cap; options that would disable a bound are refused at construction; a
write cut by aclose() after it left is ambiguous; a second event loop gets a clear error; an
answer that is not HTTP is a typed, retry-aware error.
"""

from __future__ import annotations

import asyncio
import functools
import random
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Iterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest

from promosdk import (
    AmbiguousWriteError,
    APIConnectionError,
    BadResponseError,
    ClientClosedError,
    HTTPStatusError,
    PromoSDKError,
    RetryPolicy,
    WaiqinClient,
    WeChatUnionClient,
    WrongEventLoopError,
)
from promosdk import _constants as C
from promosdk._base_client import BaseClient
from tests.bodies import plan_info_ok, promotion_list_ok
from tests.loopback import (
    HANG,
    Answer,
    LoopbackServer,
    json_answer,
    stable_token_handler,
    waiqin_echo_handler,
    waiqin_path_parts,
)

APPID = "wxhostile000000001"
SECRET = "hostile-app-secret-value"
OPENID = "hostile-openid"
APPKEY = "hostile-appkey-0123456"
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
ADD = "/union/promoter/promotion/add"
LIST = "/union/promoter/promotion/list"
WQ = "/api/bcwin/v1/"
FAST = RetryPolicy(base=0.001, cap=0.002, rng=random.Random(10))


@asynccontextmanager
async def _two_servers() -> AsyncIterator[tuple[LoopbackServer, LoopbackServer]]:
    """The vendor's server and a foreign one a redirect points to (it must never be contacted)."""
    async with LoopbackServer() as vendor, LoopbackServer() as foreign:
        foreign.route(STABLE, stable_token_handler(["foreign-token-0123456789"]))
        foreign.route(PLAN_INFO, json_answer(plan_info_ok("foreign-plan")))
        foreign.route(WQ, waiqin_echo_handler(), prefix=True)
        yield vendor, foreign


def _redirect(status: int, target: str) -> Answer:
    return Answer(
        status=status, body=b"moved elsewhere", content_type="text/plain", headers={"Location": target}
    )


# ---------------------------------------------------------------------------- 1. redirects


@pytest.mark.parametrize("status", [307, 308])
async def test_token_endpoint_redirect_is_not_followed_and_nothing_is_cached(status: int) -> None:
    async with _two_servers() as (vendor, foreign):
        host = foreign.url.removeprefix("http://")
        target = f"http://user:{SECRET}@{host}{STABLE}?secret={SECRET}&access_token=tok#frag"
        vendor.route(STABLE, _redirect(status, target))
        async with WeChatUnionClient(APPID, SECRET, base_url=vendor.url, max_retries=3, retry_policy=FAST) as client:
            with pytest.raises(HTTPStatusError) as caught:
                await client.access_token()
            error = caught.value
            assert error.status == status
            assert error.body == b"moved elsewhere"
            assert error.operation == "token.stable_token"
            assert error.location == f"{foreign.url}{STABLE}"  # no credentials, query or fragment
            for text in (str(error), repr(error), error.location):
                assert SECRET not in text and "access_token=tok" not in text
            assert client.tokens.peek() is None
            assert await client.tokens.store.get(client.tokens.key) is None
            with pytest.raises(HTTPStatusError):  # the next call asks the vendor again, never the foreign token
                await client.target.plan_info(plan_invitation_url="u")
        assert foreign.count() == 0
        assert vendor.count(STABLE) == 2  # one per call: a redirect is never retried
        assert vendor.count(PLAN_INFO) == 0


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_redirect_on_a_read_is_an_http_status_error_and_not_retried(status: int) -> None:
    async with _two_servers() as (vendor, foreign):
        vendor.route(STABLE, stable_token_handler(["vendor-token-0123456789"]))
        vendor.route(PLAN_INFO, _redirect(status, f"{foreign.url}{PLAN_INFO}?access_token=vendor-token-0123456789"))
        async with WeChatUnionClient(APPID, SECRET, base_url=vendor.url, max_retries=3, retry_policy=FAST) as client:
            with pytest.raises(HTTPStatusError) as caught:
                await client.target.plan_info(plan_invitation_url="u")
        assert caught.value.status == status
        assert caught.value.location == f"{foreign.url}{PLAN_INFO}"
        assert "vendor-token-0123456789" not in str(caught.value)
        assert foreign.count() == 0  # the foreign body never counts as the vendor's answer
        assert vendor.count(PLAN_INFO) == 1


async def test_redirect_on_a_signed_waiqin_write_is_not_followed() -> None:
    async with _two_servers() as (vendor, foreign):
        vendor.route(WQ, _redirect(307, f"{foreign.url}{WQ}apply_callback/x"), prefix=True)
        async with WaiqinClient(OPENID, APPKEY, base_url=vendor.url, max_retries=3, retry_policy=FAST) as client:
            with pytest.raises(HTTPStatusError) as caught:
                await client.bc.apply_callback(
                    campaign_source_code="s",
                    campaign_code="c",
                    cm_names="n",
                    registered_time="2026-01-02 10:00:00",
                    merchant_information="m",
                )
        assert caught.value.status == 307
        assert foreign.count() == 0
        assert vendor.count(WQ, prefix=True) == 1


def test_relative_and_unparsable_locations_are_redacted() -> None:
    from multidict import CIMultiDict, CIMultiDictProxy

    from promosdk._answer_headers import redacted_location as _redacted_location
    from promosdk._transport import HTTPAnswer

    def location(value: str) -> str | None:
        return _redacted_location(HTTPAnswer(302, CIMultiDictProxy(CIMultiDict({"Location": value})), b""))

    assert location("/cgi-bin/token?secret=abc#x") == "/cgi-bin/token"
    assert location("//u:p@evil.example/x?y=1") == "//evil.example/x"
    assert "zz-secret" not in (location("http://evil/p;secret=zz-secret") or "")
    assert location("http://[bad/x?secret=abc") == "(unparsable)"
    assert _redacted_location(HTTPAnswer(302, CIMultiDictProxy(CIMultiDict()), b"")) is None


# ---------------------------------------------------------------------------- raw hostile servers

Respond = Callable[[asyncio.StreamWriter], Awaitable[None]]


class RawServer:
    """Reads one HTTP request per connection, then lets ``respond`` write whatever it likes."""

    def __init__(self, respond: Respond) -> None:
        self.respond = respond
        self.requests = 0
        #: the request target (path and query) of each request read
        self.paths: list[str] = []
        self._server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            self.paths.append(head.split(b" ", 2)[1].decode())
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            await reader.readexactly(length)
            self.requests += 1
            await self.respond(writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client hung up (as it should, past the cap)
        finally:
            writer.close()


def streaming_answer(
    pieces: Iterable[bytes], *, framing: str, encoding: str | None, total: int | None = None
) -> Respond:
    """An HTTP 200 whose body is ``pieces``: framed by Content-Length, chunked, or ended by close."""

    async def respond(writer: asyncio.StreamWriter) -> None:
        head = ["HTTP/1.1 200 OK", "Content-Type: application/json"]
        if encoding is not None:
            head.append(f"Content-Encoding: {encoding}")
        if framing == "length":
            assert total is not None
            head.append(f"Content-Length: {total}")
        elif framing == "chunked":
            head.append("Transfer-Encoding: chunked")
        else:
            head.append("Connection: close")
        writer.write("\r\n".join(head).encode() + b"\r\n\r\n")
        for piece in pieces:
            if framing == "chunked":
                writer.write(b"%x\r\n" % len(piece) + piece + b"\r\n")
            else:
                writer.write(piece)
            await writer.drain()
        if framing == "chunked":
            writer.write(b"0\r\n\r\n")
        await writer.drain()

    return respond


# ---------------------------------------------------------------------------- 2. decompression bombs

MiB = 1 << 20
BOMB_DECODED = 256 * MiB  # what the bombs inflate to
TEST_CAP = 16 * MiB  # a lowered cap keeps the test fast; the default cap is measured once below
SLACK = 4 * MiB  # what the read may hold beyond the cap (aiohttp's buffers, one chunk, the loop)


@functools.cache
def _bomb(encoding: str) -> bytes:
    """About 255 KiB of gzip or deflate (zlib) that inflate to 256 MiB of zeros."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 31 if encoding == "gzip" else 15)
    block = bytes(MiB)
    return b"".join(packer.compress(block) for _ in range(BOMB_DECODED // MiB)) + packer.flush()


def _pieces(data: bytes, size: int = 16384) -> Iterator[bytes]:
    view = memoryview(data)
    for at in range(0, len(data), size):
        yield bytes(view[at : at + size])


def _identity_pieces(total: int, size: int = 65536) -> Iterator[bytes]:
    block = b"7" * size
    for _ in range(total // size):
        yield block


async def _peak_of_refused_call(server: RawServer, cap: int | None) -> tuple[int, BadResponseError]:
    """Python-heap peak (tracemalloc) of one call whose answer is over the cap."""
    async with WaiqinClient(OPENID, APPKEY, base_url=server.url, max_retries=0) as client:
        if cap is not None:
            client._transport.max_body = cap
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            with pytest.raises(BadResponseError) as caught:
                await client.bc.query_campaign()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return peak, caught.value


@pytest.mark.parametrize("framing", ["length", "chunked", "close"])
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_decompression_bomb_is_refused_with_memory_near_the_cap(encoding: str, framing: str) -> None:
    bomb = _bomb(encoding)
    assert len(bomb) < 300 * 1024  # a few hundred KiB on the wire...
    answer = streaming_answer(_pieces(bomb), framing=framing, encoding=encoding, total=len(bomb))
    async with RawServer(answer) as server:
        peak, error = await _peak_of_refused_call(server, TEST_CAP)
    assert peak < TEST_CAP + SLACK, f"peak {peak / MiB:.1f} MiB for a {TEST_CAP / MiB:.0f} MiB cap"
    assert f"larger than {TEST_CAP} bytes once decoded" in error.reason
    assert len(error.body) <= 4096 and error.body == bytes(len(error.body))  # a small prefix of the zeros
    assert server.requests == 1


@pytest.mark.parametrize("framing", ["length", "chunked", "close"])
async def test_oversized_plain_answer_peaks_near_the_cap_not_twice_it(framing: str) -> None:
    total = 3 * TEST_CAP
    answer = streaming_answer(_identity_pieces(total), framing=framing, encoding=None, total=total)
    async with RawServer(answer) as server:
        peak, error = await _peak_of_refused_call(server, TEST_CAP)
    assert peak < TEST_CAP + SLACK, f"peak {peak / MiB:.1f} MiB for a {TEST_CAP / MiB:.0f} MiB cap"
    assert len(error.body) == 4096 and error.body == b"7" * 4096


async def test_decompression_bomb_at_the_default_cap() -> None:
    answer = streaming_answer(_pieces(_bomb("gzip")), framing="chunked", encoding="gzip")
    async with RawServer(answer) as server:
        peak, error = await _peak_of_refused_call(server, None)
    cap = C.MAX_RESPONSE_BYTES
    print(f"decompression bomb (256 MiB of gzip'd zeros) at the default {cap / MiB:.0f} MiB cap: "
          f"tracemalloc peak {peak / MiB:.1f} MiB")  # fmt: skip
    assert peak < cap + SLACK
    assert f"larger than {cap} bytes" in error.reason


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_large_compressed_answer_under_the_cap_still_decodes(encoding: str) -> None:
    padding = b" " * (10 * MiB)  # JSON whitespace: 10 MiB decoded, a few KiB on the wire
    payload = b""

    async def answer(writer: asyncio.StreamWriter) -> None:
        nonlocal payload  # a success answer echoes the request's msg_id
        msg_id = waiqin_path_parts(server.paths[-1])["msg_id"].encode()
        payload = b'{"msg_id": "' + msg_id + b'", "return_code": 0, "return_msg": ""' + padding + b"}"
        packer = zlib.compressobj(6, zlib.DEFLATED, 31 if encoding == "gzip" else 15)
        body = packer.compress(payload) + packer.flush()
        await streaming_answer(_pieces(body), framing="length", encoding=encoding, total=len(body))(writer)

    async with RawServer(answer) as server, WaiqinClient(OPENID, APPKEY, base_url=server.url, max_retries=0) as client:
        client._transport.max_body = TEST_CAP
        raw = await client.with_raw_response.bc.query_campaign()
    assert raw.content == payload


# ---------------------------------------------------------------------------- 3. options that would disable a bound

BAD_NUMBERS = [0, -1, float("nan"), float("inf"), True, "5"]
BAD_RETRIES = [-1, float("nan"), float("inf"), True, "5", 1.5]


def _wechat_client(**options: Any) -> WeChatUnionClient:
    options.setdefault("base_url", "http://127.0.0.1:9")
    return WeChatUnionClient(APPID, SECRET, **options)


def _waiqin_client(**options: Any) -> WaiqinClient:
    options.setdefault("base_url", "http://127.0.0.1:9")
    return WaiqinClient(OPENID, APPKEY, **options)


CLIENTS = pytest.mark.parametrize("make", [_wechat_client, _waiqin_client], ids=["wechat", "waiqin"])


@CLIENTS
@pytest.mark.parametrize("value", BAD_NUMBERS, ids=repr)
@pytest.mark.parametrize("name", ["timeout", "deadline", "connection_limit"])
def test_constructors_refuse_bounds_that_are_not_positive_finite_numbers(
    make: Callable[..., BaseClient], name: str, value: object
) -> None:
    with pytest.raises(ValueError, match=name):
        make(**{name: value})


@CLIENTS
@pytest.mark.parametrize("value", BAD_RETRIES, ids=repr)
def test_constructors_refuse_a_retry_count_that_is_not_an_integer_from_zero(
    make: Callable[..., BaseClient], value: object
) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        make(max_retries=value)


@CLIENTS
@pytest.mark.parametrize(
    "timeout",
    [
        aiohttp.ClientTimeout(total=0),
        aiohttp.ClientTimeout(total=-5),
        aiohttp.ClientTimeout(total=30, sock_read=0),
        aiohttp.ClientTimeout(connect=float("nan")),
        aiohttp.ClientTimeout(sock_connect=float("inf")),
    ],
    ids=["total-0", "total-negative", "sock_read-0", "connect-nan", "sock_connect-inf"],
)
def test_a_client_timeout_with_a_field_that_disables_it_is_refused(
    make: Callable[..., BaseClient], timeout: aiohttp.ClientTimeout
) -> None:
    with pytest.raises(ValueError, match=r"timeout\.\w+"):
        make(timeout=timeout)


@CLIENTS
@pytest.mark.parametrize("name", ["timeout", "deadline", "max_retries"])
@pytest.mark.parametrize("value", [*BAD_NUMBERS, -0.5], ids=repr)
def test_with_options_refuses_the_same_values(make: Callable[..., BaseClient], name: str, value: object) -> None:
    client = make()
    if name == "max_retries" and value == 0 and not isinstance(value, bool):
        assert client.with_options(max_retries=0).options.max_retries == 0  # zero retries is allowed
        return
    before = client.options
    overrides: dict[str, Any] = {name: value}
    with pytest.raises(ValueError, match=name):
        client.with_options(**overrides)
    assert client.options is before  # the original is untouched


@CLIENTS
def test_valid_bounds_are_kept(make: Callable[..., BaseClient]) -> None:
    client = make(timeout=1e-9, deadline=2.5, connection_limit=1, max_retries=0)
    assert client.options.timeout.total == 1e-9 and client.options.deadline == 2.5
    assert client.options.max_retries == 0
    unbounded = aiohttp.ClientTimeout(total=None, sock_read=10)  # fields left None are the caller's choice
    assert make(timeout=unbounded).options.timeout is unbounded
    assert client.with_options(timeout=3, max_retries=4, deadline=7).options.max_retries == 4


@CLIENTS
@pytest.mark.parametrize(
    "base_url",
    ["ftp://api.example.com", "api.weixin.qq.com", "http://", "https:///path", "file:///etc/passwd",
     "https://api.example.com/?x=1", "https://api.example.com#top", "http://[bad", 42],
)  # fmt: skip
def test_a_base_url_that_is_not_http_with_a_host_is_refused_at_construction(
    make: Callable[..., BaseClient], base_url: object
) -> None:
    with pytest.raises(ValueError, match="base_url"):
        make(base_url=base_url)


@CLIENTS
def test_a_good_base_url_keeps_its_path_without_the_trailing_slash(make: Callable[..., BaseClient]) -> None:
    assert make(base_url="https://gw.example.com/tenant-7/").base_url == "https://gw.example.com/tenant-7"


# ---------------------------------------------------------------------------- 4. aclose() under a call on the wire

WRITE_CALLS: dict[str, Callable[[Any], Coroutine[Any, Any, object]]] = {
    "wechat add (unsafe)": lambda c: c.promotion.add(promotion_source_name="spot"),
    "wechat apply_target (unsafe)": lambda c: c.target.apply_target(plan_id="P1", apply_reason="r"),
    "waiqin apply_callback (unsafe)": lambda c: c.bc.apply_callback(
        campaign_source_code="s", campaign_code="c", cm_names="n",
        registered_time="2026-01-02 10:00:00", merchant_information="m",
    ),
    "wechat plan_info (read)": lambda c: c.target.plan_info(plan_invitation_url="u"),
    "waiqin add_or_update_campaign (idempotent)": lambda c: c.bc.add_or_update_campaign(
        source_code="SRC-1", code="C-1", name="n", type_code="T1", event_status=1, start_date="2026-01-01",
        end_date="2026-01-31", register_url="https://reg.test/1", event_information="i",
    ),
}


def _holding(arrived: asyncio.Event) -> Callable[[Any], Answer]:
    """A handler that signals the request arrived and never answers (until the server stops)."""

    def handler(_record: Any) -> Answer:
        arrived.set()
        return HANG

    return handler


@asynccontextmanager
async def _holding_server(arrived: asyncio.Event) -> AsyncIterator[LoopbackServer]:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler(["hold-token-0123456789"]))
        for path in (ADD, PLAN_INFO, "/union/promoter/target/apply_target", WQ):
            server.route(path, _holding(arrived), prefix=path == WQ)
        yield server


@pytest.mark.parametrize("call", list(WRITE_CALLS), ids=list(WRITE_CALLS))
async def test_aclose_during_a_call_on_the_wire(call: str) -> None:
    arrived = asyncio.Event()
    async with _holding_server(arrived) as server:
        options: dict[str, Any] = {"base_url": server.url, "max_retries": 3, "retry_policy": FAST}
        wechat = call.startswith("wechat")
        client: BaseClient = WeChatUnionClient(APPID, SECRET, **options) if wechat else WaiqinClient(OPENID, APPKEY, **options)
        task = asyncio.create_task(WRITE_CALLS[call](client))
        await arrived.wait()  # the request is on the server, unanswered
        await client.aclose()
        if "unsafe" in call:
            with pytest.raises(AmbiguousWriteError) as ambiguous:
                await task
            cause = ambiguous.value.cause
            assert isinstance(cause, ClientClosedError) and cause.sent is True
            assert ambiguous.value.__cause__ is cause
        else:  # a read or an idempotent write may simply be repeated
            with pytest.raises(ClientClosedError) as closed:
                await task
            assert closed.value.sent is True
        assert len([r for r in server.requests if r.path != STABLE]) == 1  # never re-sent


async def test_aclose_before_a_queued_write_leaves_stays_client_closed_error() -> None:
    arrived = asyncio.Event()
    async with _holding_server(arrived) as server:
        client = WeChatUnionClient(APPID, SECRET, base_url=server.url, connection_limit=1, retry_policy=FAST)
        await client.access_token()
        holder = asyncio.create_task(client.target.plan_info(plan_invitation_url="u"))
        await arrived.wait()  # the one connection is taken
        queued = asyncio.create_task(client.promotion.add(promotion_source_name="spot"))
        await asyncio.sleep(0)  # let it reach the connection slot
        await client.aclose()
        with pytest.raises(ClientClosedError) as closed:
            await queued
        assert not isinstance(closed.value, AmbiguousWriteError) and closed.value.sent is False
        with pytest.raises(ClientClosedError):
            await holder
        assert server.count(ADD) == 0


def test_a_closed_client_is_never_retried_and_ambiguous_only_once_sent() -> None:
    from promosdk._generated.wechat_union.operations import OPERATIONS
    from promosdk._retry import is_ambiguous, is_retryable

    before, after = ClientClosedError("closed", sent=False), ClientClosedError("closed", sent=True)
    assert not is_ambiguous(before) and is_ambiguous(after)
    for operation in OPERATIONS.values():
        assert not is_retryable(before, operation) and not is_retryable(after, operation)


# ---------------------------------------------------------------------------- 5. a second event loop


def _used_in_a_first_loop(make: Callable[[str], BaseClient]) -> BaseClient:
    """A client that made a call in one asyncio.run (its session now bound to that ended loop)."""

    async def first() -> BaseClient:
        async with LoopbackServer() as server:
            server.route(STABLE, stable_token_handler(["loop-token-0123456789"]))
            server.route(LIST, json_answer(promotion_list_ok()))
            server.route(WQ, waiqin_echo_handler(), prefix=True)
            client = make(server.url)
            await _any_read(client)
            return client

    return asyncio.run(first())


async def _any_read(client: BaseClient) -> object:
    if isinstance(client, WeChatUnionClient):
        return await client.promotion.list(start=0, limit=1)
    assert isinstance(client, WaiqinClient)
    return await client.bc.query_campaign()


@pytest.mark.parametrize(
    "make",
    [
        lambda url: WeChatUnionClient(APPID, SECRET, base_url=url, max_retries=0),
        lambda url: WaiqinClient(OPENID, APPKEY, base_url=url, max_retries=0),
    ],
    ids=["wechat", "waiqin"],
)
def test_a_client_reused_in_a_second_event_loop_gets_a_clear_error(make: Callable[[str], BaseClient]) -> None:
    client = _used_in_a_first_loop(make)

    async def second() -> None:
        with pytest.raises(WrongEventLoopError, match="first used in another event loop, which has ended") as caught:
            await _any_read(client)
        assert isinstance(caught.value, PromoSDKError) and isinstance(caught.value, RuntimeError)
        assert "Event loop is closed" not in str(caught.value)
        with pytest.raises(WrongEventLoopError):  # a with_options copy shares the session, and the loop
            await _any_read(client.with_options(max_retries=1))
        await client.aclose()  # closing never fails, whichever loop it runs in
        with pytest.raises(ClientClosedError):
            await _any_read(client)

    asyncio.run(second())


# ---------------------------------------------------------------------------- 6. answers that are not HTTP

NOT_HTTP = {
    "text": b"not http\r\n\r\n",
    "binary": bytes(range(256)) * 4,
    "json-without-status-line": b'{"errcode":0,"errmsg":"ok"}',
    "bad-status-code": b"HTTP/1.1 abc OK\r\nContent-Length: 0\r\n\r\n",
    "header-without-colon": b"HTTP/1.1 200 OK\r\nBad Header Line\r\nContent-Length: 2\r\n\r\n{}",
    "nul-in-header": b"HTTP/1.1 200 OK\r\nX-A: a\x00b\r\nContent-Length: 2\r\n\r\n{}",
    "bad-content-length": b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n{}",
    "duplicate-content-length": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
    "header-over-8-KiB": b"HTTP/1.1 200 OK\r\nX-A: " + b"a" * 20000 + b"\r\nContent-Length: 2\r\n\r\n{}",
    "bad-chunk-size": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
}
TOKEN = "parser-token-0123456789"


def _assert_not_valid_http(error: BaseException) -> None:
    assert type(error) is APIConnectionError, repr(error)
    text = str(error)
    assert "the answer was not valid HTTP" in text
    assert "400" not in text and "ClientResponseError" not in text  # no status the server never sent
    assert TOKEN not in text and SECRET not in text
    assert error.sent is True and error.__cause__ is None


@pytest.mark.parametrize("raw", list(NOT_HTTP.values()), ids=list(NOT_HTTP))
async def test_an_answer_that_is_not_http_is_a_typed_error_and_a_read_is_retried(raw: bytes) -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        server.route(PLAN_INFO, Answer(raw=raw))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=2, retry_policy=FAST) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.target.plan_info(plan_invitation_url="u")
        _assert_not_valid_http(caught.value)
        assert server.count(PLAN_INFO) == 3  # a read: transient garbage is retried like a reset


@pytest.mark.parametrize("raw", [NOT_HTTP["text"], NOT_HTTP["header-without-colon"]], ids=["text", "bad-header"])
async def test_an_answer_to_a_write_that_is_not_http_is_ambiguous_and_not_resent(raw: bytes) -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        server.route(ADD, Answer(raw=raw))
        server.route(WQ, Answer(raw=raw), prefix=True)
        options: dict[str, Any] = {"base_url": server.url, "max_retries": 2, "retry_policy": FAST}
        async with WeChatUnionClient(APPID, SECRET, **options) as wx:
            with pytest.raises(AmbiguousWriteError) as wechat_write:
                await wx.with_options(reconcile_writes=False).promotion.add(promotion_source_name="spot")
        async with WaiqinClient(OPENID, APPKEY, **options) as wq:
            with pytest.raises(AmbiguousWriteError) as waiqin_write:
                await WRITE_CALLS["waiqin apply_callback (unsafe)"](wq)
        for caught in (wechat_write, waiqin_write):
            assert isinstance(caught.value.cause, APIConnectionError)
            _assert_not_valid_http(caught.value.cause)
        assert server.count(ADD) == 1 and server.count(WQ, prefix=True) == 1


async def test_a_user_session_that_raises_for_status_still_gets_http_status_errors() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        server.route(PLAN_INFO, Answer(status=502, body=b"<h1>502</h1>", content_type="text/html"))
        async with (
            aiohttp.ClientSession(raise_for_status=True) as session,
            WeChatUnionClient(APPID, SECRET, base_url=server.url, session=session, max_retries=0) as client,
        ):
            with pytest.raises(HTTPStatusError) as caught:
                await client.target.plan_info(plan_invitation_url="u")
        assert caught.value.status == 502 and caught.value.body == b"<h1>502</h1>"
