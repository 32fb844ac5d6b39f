"""A hostile review of the issue-10 fixes: each test pins one defect it found.

1. redact()'s keyed pattern backtracked exponentially on a run of backslashes before a newline.
2. Server text was cut, then redacted: a secret straddling the cut showed up to it.
3. BadResponseError.reason kept the server's values unredacted.
4. waiqin digests were never registered: an echoed digest showed in reprs and Locations.
5. A user session made in an ended loop gave a raw RuntimeError('Event loop is closed').
6. A ClientTimeout bounding only the connection was accepted (a silent server hangs the call).
7. An answer under the cap peaked at twice its size in memory.
8. A credential with a lone surrogate raised a UnicodeEncodeError holding the whole secret.
9. The blank check missed bidi isolates, Hangul fillers and tag characters.
10. The fleet rate limiter put the raw scope (an appid) into its Redis keys.
11. The sandbox admin client followed redirects and read answers without a cap.

Servers are real loopback servers (tests/loopback.py, raw sockets); aiohttp is never mocked.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
import tracemalloc
import unicodedata
import uuid
from collections.abc import Callable, Iterator

import aiohttp
import orjson
import pytest

import promosdk.waiqin
from promosdk import (
    BadResponseError,
    HTTPStatusError,
    PromoSDKError,
    RequestValidationError,
    WaiqinClient,
    WeChatUnionClient,
    WrongEventLoopError,
)
from promosdk._base_client import BaseClient
from promosdk._redact import (
    SecretRegistrations,
    forget_secret,
    redact,
    redacted_excerpt,
    register_secret,
    registered_secret_count,
)
from promosdk._validation import _VISIBLE
from promosdk.sandbox.admin import MAX_ADMIN_ANSWER_BYTES, AdminClient, SandboxAdminError
from tests.bodies import promotion_list_ok
from tests.loopback import (
    Answer,
    LoopbackServer,
    Recorded,
    json_answer,
    stable_token_handler,
    waiqin_path_parts,
    wechat_ok,
)
from tests.test_hostile import RawServer, streaming_answer

APPID = "wxreview0000000001"
SECRET = "0123456789abcdef0123456789abcdef"
TOKEN = "86_" + "AbCdEfGh" * 16 + "XyZ"  # 134 characters, like a WeChat access_token
OPENID = "review-openid"
APPKEY = "review-appkey-0123456789"
STABLE = "/cgi-bin/stable_token"
LIST = "/union/promoter/promotion/list"
WQ = "/api/bcwin/v1/"
MiB = 1 << 20


def _registered_now() -> int:
    """The registry's size once earlier tests' garbage-collected registrations are forgotten."""
    gc.collect()
    return registered_secret_count()


def _pieces_shown(text: str, secret: str, size: int = 6) -> list[str]:
    """Every ``size``-character piece of ``secret`` that appears in ``text``."""
    return [secret[at : at + size] for at in range(len(secret) - size + 1) if secret[at : at + size] in text]


def _public_texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), *(str(a) for a in error.args)]
    for name in ("message", "reason", "location"):
        value = getattr(error, name, None)
        if isinstance(value, str):
            texts.append(value)
    return texts


def _assert_nothing_of(secret: str, error: BaseException) -> None:
    for text in _public_texts(error):
        assert not _pieces_shown(text, secret), (_pieces_shown(text, secret)[:3], text)


# ---------------------------------------------------------------------------- 1. ReDoS


def _best_time(work: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("count", [22, 10_000])
@pytest.mark.parametrize(
    "lead", ["'secret': '", '"access_token": "', "\u00e9 'appkey'= '"], ids=["repr", "json", "non-ascii"]
)
def test_keyed_redaction_is_linear_on_a_run_of_backslashes(lead: str, count: int) -> None:
    hostile = lead + "\\" * count + "\n"
    plain = lead + "a" * count + "\n"  # the same size and the same pattern, no backslashes
    assert redact(hostile) == redact(plain).replace("a" * count, "\\" * count) or "***" in redact(hostile)
    baseline = max(_best_time(lambda: redact(plain)), 1e-6)
    cost = _best_time(
        lambda: redact(hostile), runs=3
    )  # before: 2**22 steps for 22 backslashes, never ends for 10,000
    assert cost / baseline < 50, f"{cost * 1e3:.2f} ms vs {baseline * 1e3:.3f} ms for plain text"
    assert redact(hostile).startswith(lead) and "\\" * 10 not in redact(hostile)  # the value is hidden


def test_keyed_values_are_still_hidden_to_the_quote_the_line_end_or_the_end() -> None:
    assert redact("'secret': 'abc\\'def' tail") == "'secret': '***' tail"
    assert redact("'secret': 'ab\\'\nnext") == "'secret': '***\nnext"
    assert redact('"secret": "abc\\') == '"secret": "***'


# ---------------------------------------------------------------------------- 2. redact, then cut


def test_redacted_excerpt_hides_a_secret_straddling_the_cut() -> None:
    registrations = SecretRegistrations()
    registrations.add(SECRET)
    try:
        for padding in range(150, 200):
            text = "e" * padding + SECRET + "tail"
            for value in (text, text.encode()):
                shown = redacted_excerpt(value, 200)
                assert not _pieces_shown(shown, SECRET), (padding, shown)
        # redactions that shrink the text make it take more: still nothing of a later secret
        many = ("x" + SECRET) * 400 + "y" * 300
        assert not _pieces_shown(redacted_excerpt(many, 200), SECRET)
        assert redacted_excerpt("short", 200) == "short"
        assert redacted_excerpt("z" * 300, 10) == "z" * 10 + "…"
    finally:
        registrations.release()


def _hostile_list_answer(mode: str) -> Answer:
    if mode == "serde":
        return json_answer({"errcode": 0, "total": "a" * 20 + TOKEN})
    if mode == "excerpt":
        return Answer(status=503, body=b"b" * 70 + TOKEN.encode(), content_type="text/plain")
    if mode == "errcode":
        return json_answer({"errcode": "c" * 40 + TOKEN})
    if mode == "location":
        return Answer(
            status=302, headers={"Location": "/" + "d" * 200 + "/" + TOKEN}, content_type="text/plain"
        )
    if mode == "secret-excerpt":
        return Answer(status=500, body=b"e" * 185 + SECRET.encode(), content_type="text/plain")
    assert mode == "parser"
    return Answer(
        raw=b"HTTP/1.1 200 OK\r\nX-" + b"a" * 100 + TOKEN.encode() + b"\r\nContent-Length: 2\r\n\r\n{}"
    )


@pytest.mark.parametrize("mode", ["serde", "excerpt", "errcode", "location", "secret-excerpt", "parser"])
async def test_server_text_cut_in_an_error_never_shows_part_of_a_secret(mode: str) -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        server.route(LIST, _hostile_list_answer(mode))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            with pytest.raises(PromoSDKError) as caught:
                await client.promotion.list(start=0, limit=1)
            _assert_nothing_of(TOKEN, caught.value)
            _assert_nothing_of(SECRET, caught.value)
            assert "***" in str(caught.value)  # it was there, and hidden whole


# ---------------------------------------------------------------------------- 3. public attributes


async def test_bad_response_reason_and_message_are_redacted() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        server.route(
            LIST, wechat_ok(total="tok " + TOKEN, promotionSourceList=[{"promotionSourcePid": {"k": SECRET}}])
        )
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            with pytest.raises(BadResponseError) as caught:
                await client.promotion.list(start=0, limit=1)
    error = caught.value
    assert "total" in error.reason and "***" in error.reason
    for text in _public_texts(error):
        assert TOKEN not in text and SECRET not in text
    assert TOKEN.encode() in error.body  # the body stays raw, by design (for debugging)


async def test_http_status_error_attributes_are_redacted_but_the_body_is_raw() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        server.route(
            LIST,
            Answer(
                status=307,
                body=TOKEN.encode(),
                headers={"Location": f"/x/{TOKEN}"},
                content_type="text/plain",
            ),
        )
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            with pytest.raises(HTTPStatusError) as caught:
                await client.promotion.list(start=0, limit=1)
    error = caught.value
    assert error.location == "/x/***"
    for text in _public_texts(error):
        assert TOKEN not in text
    assert error.body == TOKEN.encode()


# ---------------------------------------------------------------------------- 4. waiqin digests


def _echoing_waiqin(mode: str) -> Callable[[Recorded], Answer]:
    def handler(record: Recorded) -> Answer:
        parts = waiqin_path_parts(record.path)
        digest, msg_id = parts["digest"], parts["msg_id"]
        if mode == "echo":
            return json_answer(
                {"return_code": 0, "return_msg": "your sig " + digest, "msg_id": msg_id, "sig": digest}
            )
        if mode == "escaped-path":
            body = orjson.dumps({"return_code": 0, "return_msg": "ok", "msg_id": msg_id, "url": record.path})
            return Answer(body=body.replace(b"/", b"\\/"))
        assert mode == "redirect"
        return Answer(
            status=307, headers={"Location": "/elsewhere/" + digest}, body=b"moved", content_type="text/plain"
        )

    return handler


@pytest.mark.parametrize("mode", ["echo", "escaped-path", "redirect"])
async def test_an_echoed_waiqin_digest_is_redacted_everywhere(mode: str) -> None:
    async with LoopbackServer() as server:
        server.route(WQ, _echoing_waiqin(mode), prefix=True)
        async with WaiqinClient(OPENID, APPKEY, base_url=server.url, max_retries=0) as client:
            if mode == "redirect":
                with pytest.raises(HTTPStatusError) as caught:
                    await client.bc.query_campaign()
                texts = _public_texts(caught.value)
            else:
                raw = await client.with_raw_response.bc.query_campaign()
                texts = [repr(raw)]
            digests = [waiqin_path_parts(hit.path)["digest"] for hit in server.hits(WQ, prefix=True)]
    assert digests
    for text in texts:
        for digest in digests:
            assert not _pieces_shown(text, digest, size=16), text


async def test_a_client_keeps_a_bounded_ring_of_its_digests_and_forgets_them_on_aclose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(promosdk.waiqin, "DIGESTS_KEPT", 4)  # our own constant: the ring's size
    before = _registered_now()
    async with LoopbackServer() as server:
        server.route(WQ, _echoing_waiqin("echo"), prefix=True)
        client = WaiqinClient(OPENID, APPKEY, base_url=server.url, max_retries=0)
        for call in range(10):  # distinct bodies: distinct digests
            await client.bc.query_campaign(activity_code=f"code-{call}")
        digests = [waiqin_path_parts(hit.path)["digest"] for hit in server.hits(WQ, prefix=True)]
        assert len(set(digests)) == 10
        assert registered_secret_count() == before + 1 + 4  # the appkey and the last 4 digests
        assert redact(digests[-1]) == "***" and redact(digests[0]) == digests[0]
        await client.aclose()
    assert registered_secret_count() == before
    assert redact(digests[-1]) == digests[-1]


def test_a_ring_of_registrations_forgets_the_oldest() -> None:
    before = _registered_now()
    ring = SecretRegistrations(keep_last=3)
    values = [f"ring-value-{uuid.uuid4().hex}" for _ in range(7)]
    for value in values:
        ring.add(value)
    assert registered_secret_count() == before + 3
    assert [redact(v) for v in values] == values[:4] + ["***"] * 3
    register_secret(values[-1])  # held twice: the ring's release leaves the other holder's
    ring.release()
    assert registered_secret_count() == before + 1
    forget_secret(values[-1])
    assert registered_secret_count() == before


# ---------------------------------------------------------------------------- 5. a session from an ended loop


@pytest.mark.parametrize(
    "make",
    [
        lambda url, session: WeChatUnionClient(APPID, SECRET, base_url=url, session=session, max_retries=0),
        lambda url, session: WaiqinClient(OPENID, APPKEY, base_url=url, session=session, max_retries=0),
    ],
    ids=["wechat", "waiqin"],
)
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_a_user_session_made_in_an_ended_loop_is_a_wrong_event_loop_error(
    make: Callable[[str, aiohttp.ClientSession], BaseClient],
) -> None:
    async def first() -> aiohttp.ClientSession:
        return aiohttp.ClientSession()

    session = asyncio.run(first())

    async def second() -> None:
        async with LoopbackServer() as server:
            server.route(STABLE, stable_token_handler([TOKEN]))
            server.route(LIST, json_answer(promotion_list_ok()))
            server.route(WQ, _echoing_waiqin("echo"), prefix=True)
            client = make(server.url, session)
            with pytest.raises(WrongEventLoopError) as caught:
                if isinstance(client, WeChatUnionClient):
                    await client.promotion.list(start=0, limit=1)
                else:
                    assert isinstance(client, WaiqinClient)
                    await client.bc.query_campaign()
            assert "Event loop is closed" not in str(caught.value)
            assert server.count() == 0  # refused before anything was sent
            await client.aclose()

    asyncio.run(second())


# ---------------------------------------------------------------------------- 6. timeouts that bound nothing

UNBOUNDED = [
    aiohttp.ClientTimeout(),
    aiohttp.ClientTimeout(sock_connect=1),
    aiohttp.ClientTimeout(connect=1, sock_connect=1),
]
CLIENTS = [
    lambda **o: WeChatUnionClient(APPID, SECRET, base_url="http://127.0.0.1:9", **o),
    lambda **o: WaiqinClient(OPENID, APPKEY, base_url="http://127.0.0.1:9", **o),
]


@pytest.mark.parametrize("timeout", UNBOUNDED, ids=["empty", "sock_connect", "connect"])
@pytest.mark.parametrize("make", CLIENTS, ids=["wechat", "waiqin"])
def test_a_client_timeout_bounding_only_the_connection_is_refused(
    make: Callable[..., BaseClient], timeout: aiohttp.ClientTimeout
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        make(timeout=timeout)
    with pytest.raises(ValueError, match="timeout"):
        make().with_options(timeout=timeout)
    make(timeout=aiohttp.ClientTimeout(sock_read=5))  # a bound on the answer is enough
    make(timeout=aiohttp.ClientTimeout(total=5))


# ---------------------------------------------------------------------------- 7. memory of an answer under the cap


def _spaces(total: int, size: int = 65536) -> Iterator[bytes]:
    head = b'{"return_code": 0, "return_msg": ""'
    yield head
    left = total - len(head) - 1
    while left > 0:
        yield b" " * min(size, left)
        left -= size
    yield b"}"


@pytest.mark.parametrize("framing", ["length", "chunked"])
async def test_an_answer_under_the_cap_peaks_near_its_size(framing: str) -> None:
    """The transport's read (the decoder's own memory is orjson's, measured apart below)."""
    total = 16 * MiB
    answer = streaming_answer(_spaces(total), framing=framing, encoding=None, total=total)
    async with (
        RawServer(answer) as server,
        WaiqinClient(OPENID, APPKEY, base_url=server.url, max_retries=0) as client,
    ):
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            got = await client._transport.send(
                "POST",
                f"{server.url}/probe",
                operation="probe",
                body=b"{}",
                timeout=aiohttp.ClientTimeout(total=300),
            )
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert len(got.body) == total and isinstance(got.body, bytes)
    assert peak < 1.5 * total, f"peak {peak / MiB:.1f} MiB for a {total / MiB:.0f} MiB answer"


# ---------------------------------------------------------------------------- 8. credentials that are not text

SURROGATE_SECRET = "lone-\ud800-surrogate-secret-value"


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("appid", lambda v: WeChatUnionClient(v, SECRET, base_url="http://127.0.0.1:9")),
        ("secret", lambda v: WeChatUnionClient(APPID, v, base_url="http://127.0.0.1:9")),
        ("openid", lambda v: WaiqinClient(v, APPKEY, base_url="http://127.0.0.1:9")),
        ("appkey", lambda v: WaiqinClient(OPENID, v, base_url="http://127.0.0.1:9")),
    ],
)
def test_a_credential_with_a_lone_surrogate_is_refused_without_showing_it(
    name: str, make: Callable[[str], object]
) -> None:
    before = _registered_now()
    with pytest.raises(ValueError, match=name) as caught:
        make(SURROGATE_SECRET)
    error = caught.value
    assert not isinstance(error, UnicodeError)
    assert error.__cause__ is None and error.__suppress_context__
    for text in (str(error), repr(error)):
        assert "surrogate-secret" not in text and "\\ud800" not in text
    assert registered_secret_count() == before


# ---------------------------------------------------------------------------- 9. invisible characters


@pytest.mark.parametrize(
    "name",
    [
        "\u2066\u2069",
        "\u2067 \u2068",
        "\u115f",
        "\u1160",
        "\u3164",
        "\uffa0",
        "\U000e0041\U000e007f",
        "\u200b\u3164 \u2066",
    ],
    ids=[
        "bidi-isolates",
        "isolates-and-space",
        "hangul-choseong-filler",
        "hangul-jungseong-filler",
        "hangul-filler",
        "halfwidth-hangul-filler",
        "tags",
        "mixed",
    ],
)
async def test_a_spot_name_of_invisible_characters_is_blank(name: str) -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        async with WeChatUnionClient(APPID, SECRET, base_url=server.url, max_retries=0) as client:
            with pytest.raises(RequestValidationError) as caught:
                await client.promotion.add(promotion_source_name=name)
        assert caught.value.rule == "blank" and caught.value.field == "promotion_source_name"
        assert server.count() == 0


def test_every_format_separator_and_filler_character_counts_as_invisible() -> None:
    invisible = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in ("Cf", "Zs", "Zl", "Zp") or chr(c) in "\u115f\u1160\u3164\uffa0"
    ]
    shown = [f"U+{ord(c):04X}" for c in invisible if _VISIBLE.search(c)]
    assert not shown, shown
    assert _VISIBLE.search("a") and _VISIBLE.search("\u2066spot\u2069") and _VISIBLE.search("\u5e7f")


# ---------------------------------------------------------------------------- 10. Redis rate keys


async def test_the_fleet_rate_limiter_escapes_its_scope_in_keys() -> None:
    from promosdk import Rate
    from promosdk.redis_store import FleetRateLimiter, connect
    from tests.redis_support import shared_redis_url

    with shared_redis_url() as url:
        redis = connect(url)
        prefix = f"promosdk-review-{uuid.uuid4().hex[:8]}:"
        try:
            # "a:b" + operation "c" and "a" + operation "b:c" would both be rate:a:b:c unescaped
            first = FleetRateLimiter(
                redis, {"*": Rate(1, per=60)}, scope="wx:app", prefix=prefix, mode="raise"
            )
            await first.acquire("plan_info")
            keys = sorted(k.decode() if isinstance(k, bytes) else k for k in await redis.keys(f"{prefix}*"))
            assert keys == [f"{prefix}rate:wx%3Aapp:*"], keys
            assert repr(first).startswith("FleetRateLimiter(scope='wx:app'")
        finally:
            await redis.aclose()


# ---------------------------------------------------------------------------- 11. the sandbox admin client


async def test_the_admin_client_does_not_follow_a_redirect() -> None:
    async with LoopbackServer() as admin, LoopbackServer() as foreign:
        foreign.route("/_sandbox/seed", json_answer({"ok": True, "plans": [], "spots": {}}))
        admin.route(
            "/_sandbox/seed",
            Answer(
                status=307, headers={"Location": f"{foreign.url}/_sandbox/seed"}, content_type="text/plain"
            ),
        )
        async with AdminClient(admin.url) as client:
            with pytest.raises(SandboxAdminError) as caught:
                await client.seed(apps={APPID: SECRET})
        assert caught.value.status == 307
        assert foreign.count() == 0


async def test_the_admin_client_refuses_an_answer_past_its_cap() -> None:
    total = MAX_ADMIN_ANSWER_BYTES + 4 * MiB

    def pieces() -> Iterator[bytes]:
        block = b" " * 65536
        for _ in range(total // len(block)):
            yield block

    answer = streaming_answer(pieces(), framing="chunked", encoding=None)
    async with RawServer(answer) as server, AdminClient(server.url) as client:
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            with pytest.raises(SandboxAdminError, match="larger than"):
                await client.health()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < MAX_ADMIN_ANSWER_BYTES * 1.5 + 4 * MiB
