"""Secrets never travel where they were not sent (issue 10): a hostile server echoing the
access_token, the app secret and the appkey into unknown fields, the raw body and headers; the
redaction registry over thousands of clients (forgotten on aclose, reference counted, cost
independent of the number of secrets held); credentials that are not ``str`` refused up front."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import orjson
import pytest

from promosdk import BadResponseError, WaiqinClient, WeChatUnionClient
from promosdk._auth import InMemoryTokenStore
from promosdk._generated.waiqin_bc import models as waiqin_models
from promosdk._generated.wechat_union import models
from promosdk._redact import (
    _INDEXES,
    forget_secret,
    redact,
    register_secret,
    registered_secret_count,
)
from tests.bodies import plan_info_ok, product_info, target_plan_info, waiqin_ok
from tests.loopback import (
    Answer,
    LoopbackServer,
    Recorded,
    json_answer,
    stable_token_handler,
    waiqin_path_parts,
)

APPID = "wxhostile00000001"
SECRET = "hostile-app-secret-0f1e2d3c4b5a6978"
# A secret with characters a repr, JSON or a URL escapes: it must not be missed when printed.
ODD_SECRET = "odd'secret\"with\\back/slash \u00e9\u4e2d&=%-0123"
TOKEN = "84_hostileTOKEN-" + "aZ09_-" * 12
APPKEY = "hostile-waiqin-appkey-77aa88bb99cc00dd"
OPENID = "hostile-openid"
STABLE = "/cgi-bin/stable_token"
PLAN_INFO = "/union/promoter/target/plan_info"
WQ_QUERY = "/api/bcwin/v1/queryCampaign/"


def _echoing_plan_info(record: Recorded, echoed: list[str]) -> Answer:
    """plan_info that quotes the caller's token and ``echoed`` in fields no model declares."""
    token = record.query.get("access_token", "")
    everything = [token, *echoed]
    return json_answer(
        plan_info_ok(
            errmsg=f"ok, dear {token}",
            echo=token,
            echoes={"all": everything, "nested": {"deeper": [{"value": v} for v in everything]}},
            targetPlanInfo=target_plan_info(planId="plan-1", planName=f"plan of {token}", leak=everything),
            products=[product_info("prod-1", whatever=everything)],
        ),
        headers={"X-Echo-Token": token, "X-Echo-Secret": echoed[0]},
    )


def _leaks(text: str, secrets: list[str]) -> list[str]:
    """Which of ``secrets`` appear in ``text``, as is or as a repr/JSON would escape them."""
    found = []
    for secret in secrets:
        forms = {secret, repr(secret)[1:-1], secret.replace("\\", "\\\\"), secret.encode().decode("unicode_escape", "ignore")}
        if any(form in text for form in forms if len(form) >= 6):
            found.append(secret)
    return found


async def test_a_server_echoing_the_token_and_secret_into_unknown_fields_is_redacted_in_reprs() -> None:
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        for secret in (SECRET, ODD_SECRET):
            server.route(PLAN_INFO, lambda r, s=secret: _echoing_plan_info(r, [s]))  # type: ignore[misc]
            async with WeChatUnionClient(APPID, secret, base_url=server.url, max_retries=0) as client:
                raw = await client.with_raw_response.target.plan_info(plan_invitation_url="u")
                answer = await client.target.plan_info(plan_invitation_url="u")
                assert isinstance(answer, models.PlanInfoResponse)
                # The server really did echo them: the data keeps what was sent, unchanged.
                assert answer.extra["echo"] == TOKEN and answer.extra["echoes"]["all"] == [TOKEN, secret]
                assert answer.target_plan_info is not None and answer.target_plan_info.extra["leak"][1] == secret
                assert TOKEN.encode() in raw.content and raw.headers["X-Echo-Token"] == TOKEN
                printed = [
                    repr(answer),
                    str(answer),
                    repr(answer.target_plan_info),
                    repr(answer.product_list_info),
                    repr(raw),
                    str(raw),
                    repr(raw.parsed),
                    f"{answer!r} {raw}",
                ]
                for text in printed:
                    assert _leaks(text, [TOKEN, secret]) == [], text
                assert "plan-1" in repr(answer) and "prod-1" in repr(raw)  # the rest stays readable
                assert "X-Echo-Token" in repr(raw) and "'echo': '***'" in repr(answer)


async def test_a_waiqin_server_echoing_the_appkey_into_the_answer_is_redacted_in_reprs() -> None:
    def echo(record: Recorded) -> Answer:
        data = orjson.dumps([{"activity_code": "c1", "activity_name": APPKEY, "unknownField": APPKEY}]).decode()
        msg_id = waiqin_path_parts(record.path)["msg_id"]
        payload = waiqin_ok(msg_id=msg_id, response_data=data, echo=APPKEY)
        return json_answer(payload, headers={"X-Appkey": APPKEY})

    async with LoopbackServer() as server:
        server.route(WQ_QUERY, echo, prefix=True)
        async with WaiqinClient(OPENID, APPKEY, base_url=server.url, max_retries=0) as client:
            raw = await client.with_raw_response.bc.query_campaign()
            campaigns = await client.bc.query_campaign()
            assert APPKEY.encode() in raw.content
            assert campaigns and isinstance(campaigns[0], waiqin_models.Campaign)
            assert campaigns[0].extra == {"unknownField": APPKEY}
            for text in (repr(raw), str(raw), repr(campaigns), repr(campaigns[0]), str(campaigns[0])):
                assert _leaks(text, [APPKEY]) == [], text
            assert "c1" in repr(campaigns[0])


async def test_5000_clients_created_and_closed_leave_the_registry_as_it_was() -> None:
    before = registered_secret_count()
    secrets = [f"tenant-secret-{i:05d}-{'s' * 12}" for i in range(5000)]
    clients: list[WeChatUnionClient | WaiqinClient] = []
    fetching: list[WeChatUnionClient | WaiqinClient] = []
    for i, secret in enumerate(secrets):
        if i % 2:
            clients.append(WaiqinClient(f"tenant-{i}", secret, base_url="http://127.0.0.1:9"))
        else:
            clients.append(WeChatUnionClient(f"wxtenant{i:05d}", secret, base_url="http://127.0.0.1:9"))
    assert registered_secret_count() == before + 5000
    assert redact(f"x {secrets[4999]} y") == "x *** y"
    # A few tenants also fetch tokens (one each): those are the clients' secrets too.
    async with LoopbackServer() as server:
        server.route(STABLE, lambda r: json_answer({"access_token": f"tenant-token-{r.json()['appid']}", "expires_in": 7200}))
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        for i in range(0, 40, 2):
            wechat = WeChatUnionClient(f"wxfetching{i:03d}", secrets[i], base_url=server.url)
            await wechat.target.plan_info(plan_invitation_url="u")
            fetching.append(wechat)
        assert redact("tenant-token-wxfetching000") == "***"
        for client in [*clients, *fetching]:
            await client.aclose()
    assert registered_secret_count() == before
    assert redact(f"x {secrets[4999]} y") == f"x {secrets[4999]} y"
    assert redact("tenant-token-wxfetching000") == "tenant-token-wxfetching000"


async def test_two_clients_holding_one_secret_keep_it_redacted_until_both_are_closed() -> None:
    before = registered_secret_count()
    first = WeChatUnionClient(APPID, SECRET, base_url="http://127.0.0.1:9")
    second = WeChatUnionClient(APPID, SECRET, base_url="http://127.0.0.1:9")
    copy = first.with_options(max_retries=0)
    await copy.aclose()  # a copy shares the parent's registration: it forgets nothing
    assert redact(SECRET) == "***"
    await first.aclose()
    await first.aclose()  # closing twice does not forget the other client's hold
    assert redact(SECRET) == "***"
    await second.aclose()
    assert redact(SECRET) == SECRET
    assert registered_secret_count() == before

    wq_first = WaiqinClient(OPENID, APPKEY, base_url="http://127.0.0.1:9")
    wq_second = WaiqinClient("another-openid", APPKEY, base_url="http://127.0.0.1:9")
    await wq_first.with_options(timeout=5.0).aclose()
    await wq_first.aclose()
    assert redact(APPKEY) == "***"
    await wq_second.aclose()
    assert redact(APPKEY) == APPKEY
    assert registered_secret_count() == before


async def test_a_token_shared_through_one_store_stays_redacted_while_a_client_holds_it() -> None:
    store = InMemoryTokenStore()
    async with LoopbackServer() as server:
        server.route(STABLE, stable_token_handler([TOKEN]))
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        fetcher = WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store)
        reader = WeChatUnionClient(APPID, SECRET, base_url=server.url, token_store=store)
        await fetcher.target.plan_info(plan_invitation_url="u")
        await reader.target.plan_info(plan_invitation_url="u")
        assert server.count(STABLE) == 1  # the reader got the token from the store
        await fetcher.aclose()
        assert redact(TOKEN) == "***"
        await reader.aclose()
        assert redact(TOKEN) == TOKEN


def test_a_client_that_is_never_closed_has_its_secret_forgotten_once_collected() -> None:
    before = registered_secret_count()
    client = WeChatUnionClient(APPID, "collected-app-secret-0123456789", base_url="http://127.0.0.1:9")
    copy = client.with_options(max_retries=0)
    del client
    gc.collect()
    assert redact("collected-app-secret-0123456789") == "***"  # the copy still holds it
    del copy
    gc.collect()
    assert registered_secret_count() == before


# ---------------------------------------------------------------------------- cost of the registry


@contextmanager
def _counting_calls() -> Iterator[list[int]]:
    """Count Python and C function calls made in this thread (work, not time)."""
    counter = [0]

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event in ("call", "c_call"):
            counter[0] += 1

    gc.disable()  # a collection in the window would add calls that are not redact()'s
    sys.setprofile(profile)
    try:
        yield counter
    finally:
        sys.setprofile(None)
        gc.enable()


def _calls(work: Callable[[], object]) -> int:
    with _counting_calls() as counter:
        work()
    return counter[0]


def _timed(work: Callable[[], object], repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        work()
    return (time.perf_counter() - started) / repeat


def test_redaction_work_does_not_grow_with_the_number_of_registered_secrets() -> None:
    # Worst case for any prefix index: every secret shares a long prefix with the one in the text.
    def secret(i: int) -> str:
        return f"tenant-secret-shared-prefix-{i:06d}-{'k' * 8}"

    error_text = ("HTTPStatusError: plan_info: HTTP 503: <html>lorem ipsum dolor sit amet " * 40)[:2000]
    body = ('{"promotionSourceName":"spot","promotionSourcePid":"pid_00000001","sourceType":1},' * 12000)[: 1 << 20]
    figures = []
    work = {}
    registered: list[str] = []
    try:
        for count in (10, 1000, 10_000):
            while len(registered) < count - 1:
                registered.append(secret(len(registered)))
                register_secret(registered[-1])
            newcomer = secret(count - 1)
            hit = error_text + newcomer + " and " + registered[5]
            # Registering one more secret and the first error after it: the old registry recompiled
            # one alternation of all secrets here, so its work grew with their number.
            register_secret(newcomer)
            forget_secret(newcomer)
            work[count] = (
                _calls(lambda n=newcomer: register_secret(n)),  # type: ignore[misc]
                _calls(lambda h=hit: redact(h)),  # type: ignore[misc]
                _calls(lambda: redact(body)),
                _calls(lambda n=newcomer: forget_secret(n)),  # type: ignore[misc]
            )
            register_secret(newcomer)
            registered.append(newcomer)
            assert redact(hit).count("***") == 2
            fan_out = max(len(v) for index in _INDEXES for v in index.grams.values())
            figures.append(
                f"{count:>6} secrets: redact 2 KiB {_timed(lambda: redact(error_text), 50) * 1e6:7.1f} us, "
                f"1 MiB {_timed(lambda: redact(body), 2) * 1e3:6.1f} ms, max fan-out per gram {fan_out}"
            )
            # Every gram names at most K offsets x the distinct lengths: here 16 x 1.
            assert fan_out <= 16
    finally:
        for value in registered:
            forget_secret(value)
    print("\n" + "\n".join(figures))
    assert work[10_000] == work[10], work


# ---------------------------------------------------------------------------- non-str credentials


@pytest.mark.parametrize("bad", [b"hostile-app-secret-0f1e2d3c4b5a6978", bytearray(b"abcdefgh"), 12345678])
def test_credentials_that_are_not_str_are_refused_at_construction(bad: Any) -> None:
    before = registered_secret_count()
    with pytest.raises(TypeError, match=r"^appid must be a str"):
        WeChatUnionClient(bad, SECRET)
    with pytest.raises(TypeError, match=r"^secret must be a str"):
        WeChatUnionClient(APPID, bad)
    with pytest.raises(TypeError, match=r"^appkey must be a str"):
        WaiqinClient(OPENID, bad, base_url="http://127.0.0.1:9")
    with pytest.raises(TypeError, match=r"^openid must be a str"):
        WaiqinClient(bad, APPKEY, base_url="http://127.0.0.1:9")
    assert registered_secret_count() == before
    # Every other client's errors are still redacted (the old registry broke for all of them).
    register_secret("still-working-secret-01")
    try:
        assert redact("boom still-working-secret-01") == "boom ***"
    finally:
        forget_secret("still-working-secret-01")


@pytest.mark.parametrize("bad", [b"bytes-secret-012345", bytearray(b"abcdefgh"), 3.5, ["a-list-secret"]])
def test_register_secret_refuses_what_is_not_a_str_and_leaves_the_registry_intact(bad: Any) -> None:
    before = registered_secret_count()
    with pytest.raises(TypeError, match="must be a str"):
        register_secret(bad)
    with pytest.raises(TypeError, match="must be a str"):
        forget_secret(bad)
    assert registered_secret_count() == before
    assert redact("nothing to hide here, access_token=abc") == "nothing to hide here, access_token=***"


async def test_a_user_token_callable_returning_bytes_is_a_typed_error_not_a_broken_redactor() -> None:
    async def bytes_token() -> Any:
        return b"bytes-token-0123456789"

    async with LoopbackServer() as server:
        server.route(PLAN_INFO, json_answer(plan_info_ok()))
        async with WeChatUnionClient(APPID, token_source=bytes_token, base_url=server.url, max_retries=0) as client:
            with pytest.raises(BadResponseError):
                await client.target.plan_info(plan_invitation_url="u")
        assert server.count(PLAN_INFO) == 0
    assert redact("after that, access_token=abc") == "after that, access_token=***"
