"""One aiohttp session per client, and the mapping of aiohttp failures to promosdk errors."""

from __future__ import annotations

import asyncio
import collections
import io
import ssl
from collections.abc import Callable, Iterable

import aiohttp
import orjson
import yarl
from multidict import CIMultiDictProxy

from . import _constants as C
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    BadResponseError,
    ClientClosedError,
    WrongEventLoopError,
)
from ._redact import redact, redacted_excerpt

__all__ = ["HTTPAnswer", "Transport", "encode_query", "encode_url", "quote_query_part"]

#: The Content-Type of every body promosdk sends (one dict: aiohttp copies what it is given).
_JSON_BODY_HEADERS = {"Content-Type": "application/json"}
DEFAULT_TIMEOUT = aiohttp.ClientTimeout(total=C.DEFAULT_TIMEOUT_TOTAL, sock_connect=C.DEFAULT_TIMEOUT_CONNECT)


def _quote_query_part_public(value: str) -> str:
    """yarl's quoting of one query key or value, through its public API (slower)."""
    return yarl.URL.build(query={"": value}).raw_query_string[1:]


#: One query key or value percent-encoded as aiohttp encodes ``params=``.
quote_query_part: Callable[[str], str]
try:  # yarl's own (compiled) quoter for query keys and values: what aiohttp applies to params=
    from yarl._quoters import QUERY_PART_QUOTER

    quote_query_part = QUERY_PART_QUOTER
except ImportError:  # pragma: no cover - another yarl layout: the same bytes, slower
    quote_query_part = _quote_query_part_public


def encode_url(url: str) -> str:
    """``url`` percent-encoded as aiohttp would send it (for a URL built once and reused)."""
    return str(yarl.URL(url))


def encode_query(pairs: Iterable[tuple[str, str]]) -> str:
    """The query string aiohttp would build from ``params=dict(pairs)``, without building a URL."""
    quote = quote_query_part
    return "&".join([f"{quote(key)}={quote(value)}" for key, value in pairs])


class HTTPAnswer:
    """Status, headers and the body bytes of one HTTP exchange."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: CIMultiDictProxy[str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def content_type(self) -> str:
        # Looked up when asked (error reports): a successful answer never needs it.
        return self.headers.get("Content-Type", "")


class _Slots:
    """A counting gate like asyncio.Semaphore, whose uncontended take is a plain decrement.

    ``free`` counts the slots nobody holds; the caller takes one with ``free -= 1`` when it is
    positive, else awaits :meth:`wait`. :meth:`release` hands a slot straight to the oldest live
    waiter (``free`` stays as it is), so ``free > 0`` implies that nobody waits and a newcomer
    cannot overtake a waiter.
    """

    __slots__ = ("_waiters", "free")

    def __init__(self, size: int) -> None:
        self.free = size
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()

    async def wait(self) -> None:
        """Wait until :meth:`release` hands this caller a slot."""
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except BaseException:
            # A slot handed over just as this waiter was cancelled goes on to the next one. A
            # cancelled waiter stays in the deque until release() skips it (no O(n) removal).
            if waiter.done() and not waiter.cancelled():
                self.release()
            raise

    def release(self) -> None:
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self.free += 1


def make_session(
    connection_limit: int = C.DEFAULT_CONNECTION_LIMIT, ssl_context: ssl.SSLContext | None = None
) -> aiohttp.ClientSession:
    # TLS verification is on: aiohttp's default context, or the caller's own (a private CA, say).
    connector = aiohttp.TCPConnector(
        ssl=ssl_context if ssl_context is not None else True,
        limit=connection_limit,
        ttl_dns_cache=C.DNS_CACHE_TTL,
        keepalive_timeout=C.DEFAULT_KEEPALIVE_TIMEOUT,
    )
    return aiohttp.ClientSession(
        connector=connector,
        # No cookie jar: the vendors set no cookie a client needs, and the default jar parses every
        # answer's Set-Cookie and filters the jar for every request.
        cookie_jar=aiohttp.DummyCookieJar(),
        timeout=DEFAULT_TIMEOUT,
        headers={"User-Agent": C.USER_AGENT},
        json_serialize=lambda obj: orjson.dumps(obj).decode(),
        raise_for_status=False,
    )


class Transport:
    """Sends requests on one long-lived session; owns it unless the user supplied theirs."""

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        connection_limit: int,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._session = session
        self._ssl_context = ssl_context
        self._owns_session = session is None
        self._connection_limit = connection_limit
        self._closed = False
        #: The event loop of the first call: the session's connections belong to it.
        self.loop: asyncio.AbstractEventLoop | None = None
        # aiohttp builds each request (~7 KB) before it queues for a pooled connection; gating on
        # the pool size first keeps 10,000 waiting calls cheap. A user session keeps its own limit.
        limit = connection_limit
        if session is not None and isinstance(session.connector, aiohttp.BaseConnector):
            limit = session.connector.limit or 0
        self._slots = _Slots(limit) if limit > 0 else None

    #: Answers larger than this once decoded are refused (a hostile or broken server, a
    #: decompression bomb, cannot exhaust memory).
    max_body = C.MAX_RESPONSE_BYTES

    async def _read_capped(self, resp: aiohttp.ClientResponse, operation: str, first: bytes) -> bytes:
        """The decoded body (``first``: its first chunk, already read), read chunk by chunk and
        refused past ``max_body``.

        ``Content-Length`` is the size on the wire (compressed, maybe a lie): only the decoded bytes
        count. aiohttp inflates incrementally, so the peak stays near the cap whatever the encoding.
        """
        cap = self.max_body
        content = resp.content
        chunks: list[bytes] = []
        size = 0
        chunk = first
        while chunk:
            size += len(chunk)
            if size > cap:
                prefix = _prefix(chunks, chunk, C.OVERSIZED_BODY_KEPT)
                chunks.clear()
                resp.close()  # drop the connection: the rest of the answer is never read
                raise BadResponseError(
                    f"the answer is larger than {cap} bytes once decoded (only its first {len(prefix)} are kept)",
                    operation=operation,
                    status=resp.status,
                    content_type=resp.headers.get("Content-Type", ""),
                    body=prefix,
                )
            chunks.append(chunk)
            chunk = await content.readany()
        return _joined(chunks)

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            # Created lazily so that a client may be built outside a running loop.
            self._session = make_session(self._connection_limit, self._ssl_context)
        return self._session

    def check_loop(self, operation: str) -> None:
        """Bind to the running loop on first use; refuse any other loop after that."""
        loop = asyncio.get_running_loop()
        if self.loop is None:
            # A user session (or its connector) made in another loop, often an ended asyncio.run.
            session_loop = getattr(self._session, "_loop", None)
            if session_loop is not None and session_loop is not loop:
                raise WrongEventLoopError(
                    f"{operation}: the aiohttp session given to this client was created in another event "
                    "loop; its connections belong to that loop. Create the session inside the loop that uses it."
                )
            self.loop = loop
        elif loop is not self.loop:
            first = "has ended" if self.loop.is_closed() else "is another one"
            raise WrongEventLoopError(
                f"{operation}: this client was first used in another event loop, which {first}; its "
                "connections belong to that loop. Create one client per event loop (per asyncio.run)."
            )

    @property
    def closed(self) -> bool:
        return self._closed or (self._session is not None and self._session.closed)

    async def aclose(self) -> None:
        self._closed = True
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()

    async def send(
        self,
        method: str,
        url: str | yarl.URL,
        *,
        operation: str,
        params: dict[str, str] | None = None,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: aiohttp.ClientTimeout,
    ) -> HTTPAnswer:
        """One exchange. ``url`` is a str for aiohttp to quote, or a ``yarl.URL`` built with
        ``encoded=True`` from the clients' pre-encoded URLs (aiohttp then quotes nothing)."""
        # The usual case makes no call. A user session closed under the client is not looked at
        # here: aiohttp refuses it before sending (RuntimeError), which is mapped below all the same.
        if self.loop is not asyncio.get_running_loop() or self._closed:
            if self.closed:
                raise ClientClosedError(f"{operation}: the client is closed")
            self.check_loop(operation)
        if body is not None:
            headers = _JSON_BODY_HEADERS if headers is None else {**_JSON_BODY_HEADERS, **headers}
        slots = self._slots
        if slots is not None:
            if slots.free > 0:  # nothing ran since the closed check above
                slots.free -= 1
            else:
                await slots.wait()
                if self.closed:  # closed while this call waited for a connection slot
                    slots.release()
                    raise ClientClosedError(f"{operation}: the client is closed")
        try:
            # Redirects are never followed: on 307/308 aiohttp would re-send the body (the app
            # secret, for a token fetch) to whatever origin Location names.
            session = self._session if self._session is not None else self.session
            async with session.request(
                method,
                url,
                params=params,
                data=body,
                headers=headers,
                timeout=timeout,
                allow_redirects=False,
                # The status is ours to map, even on a user session that raises for it.
                raise_for_status=False,
            ) as resp:
                content = resp.content
                payload = await content.readany()
                if not content.at_eof() or len(payload) > self.max_body:  # not a small answer in one piece
                    payload = await self._read_capped(resp, operation, payload)
                return HTTPAnswer(resp.status, resp.headers, payload)
        except (aiohttp.ConnectionTimeoutError, aiohttp.ClientConnectorError) as exc:
            # The TCP connection was never established: the request surely did not reach the server.
            timeout_cls = APITimeoutError if isinstance(exc, aiohttp.ConnectionTimeoutError) else APIConnectionError
            raise timeout_cls(
                f"{operation}: cannot connect: {redact(str(exc))}", operation=operation, sent=False
            ) from None
        except TimeoutError as exc:
            raise APITimeoutError(
                f"{operation}: no complete answer within the timeout ({type(exc).__name__})", operation=operation
            ) from None
        except aiohttp.ClientPayloadError as exc:
            if self.closed:  # the client was closed while the answer was arriving
                raise ClientClosedError(f"{operation}: the client was closed during the call", sent=True) from None
            raise APIConnectionError(
                f"{operation}: the answer was cut off: {redact(str(exc))}", operation=operation
            ) from None
        except aiohttp.ClientResponseError as exc:
            # With raise_for_status off this is aiohttp's response parser: whatever the server wrote
            # back was not HTTP. aiohttp reports it as a status 400 that the server never sent.
            # Redacted before the cut: a secret straddling it would otherwise show up to the cut.
            reason = redacted_excerpt(" ".join(exc.message.split()), 160, marker="")
            raise APIConnectionError(
                f"{operation}: the answer was not valid HTTP ({reason})", operation=operation
            ) from None
        except RuntimeError:
            if self.closed:  # aiohttp: "Session is closed"
                raise ClientClosedError(f"{operation}: the client is closed") from None
            raise
        except (aiohttp.ClientError, OSError) as exc:
            if self.closed:  # the client was closed under this call: after sending, unless aiohttp says not
                raise ClientClosedError(
                    f"{operation}: the client was closed during the call", sent=not _before_sending(exc, method)
                ) from None
            raise APIConnectionError(
                f"{operation}: connection failed: {type(exc).__name__}: {redact(str(exc))}", operation=operation
            ) from None
        finally:
            if slots is not None:
                if slots._waiters:
                    slots.release()
                else:  # nobody waits: release() inlined
                    slots.free += 1


# aiohttp silently re-sends a request with one of these methods once after a disconnect, so a
# connect failure does not prove that nothing was sent.
_RESENT_BY_AIOHTTP = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})


def _before_sending(exc: BaseException, method: str) -> bool:
    """True for the failures aiohttp raises before a request is written (no connection yet)."""
    if method in _RESENT_BY_AIOHTTP:
        return False
    if isinstance(exc, aiohttp.ClientConnectorError):
        return True
    # BaseConnector.connect() on a connector closed under it; any other text counts as sent.
    return type(exc) is aiohttp.ClientConnectionError and str(exc).startswith("Connector is closed")


def _joined(chunks: list[bytes]) -> bytes:
    """``b"".join(chunks)`` emptying ``chunks``, without holding both at once: each chunk is dropped
    once copied into a BytesIO, whose getvalue() hands over its buffer without a copy. The peak is
    about 1.1x the body (a join held the chunks and the result: 2x)."""
    if len(chunks) == 1:
        return chunks.pop()
    buffer = io.BytesIO()
    chunks.reverse()
    while chunks:
        buffer.write(chunks.pop())
    return buffer.getvalue()


def _prefix(chunks: list[bytes], last: bytes, limit: int) -> bytes:
    """The first ``limit`` bytes of ``chunks`` + ``last``, copying no more than that."""
    kept: list[bytes] = []
    room = limit
    for chunk in (*chunks, last):
        if room <= 0:
            break
        kept.append(chunk[:room])
        room -= len(kept[-1])
    return b"".join(kept)
