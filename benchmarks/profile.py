"""``python -m benchmarks.profile``: where promosdk's per-call CPU goes, vs raw aiohttp.

1. Client CPU µs per call of raw aiohttp, promosdk, and promosdk with one piece of its hot path
   swapped in-process (an ablation, nothing in src/ is edited): no request validation, the
   reference cattrs converter instead of the compiled decoders, no typed decode at all — measured
   side by side, no profiler.
2. pyinstrument (``async_mode="disabled"``: the stacks as the event loop runs them; sampled on the
   process CPU clock) over promosdk calls at concurrency 100 against the replay server, and over
   raw aiohttp: the top of promosdk's call tree, the self time by component (promosdk runtime,
   cattrs-generated code, aiohttp, asyncio, socket syscalls, ...) side by side, and by function.
3. The synchronous steps promosdk adds to a call, timed one by one (µs per call): request model,
   validation, query building, token lookup, decoding — what the gap to raw aiohttp is made of.

Options: ``--endpoint plan_info``, ``--concurrency N``, ``--seconds S``, ``--client "raw aiohttp"``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import time
import timeit
from collections import defaultdict
from collections.abc import Callable, Coroutine, Iterator, Sequence
from typing import Any

import orjson
from multidict import CIMultiDict, CIMultiDictProxy
from pyinstrument import Profiler
from pyinstrument.frame import Frame
from pyinstrument.renderers import ConsoleRenderer
from pyinstrument.stack_sampler import get_stack_sampler

from promosdk import WeChatUnionClient, _base_client
from promosdk._attempt_log import log_request
from promosdk._auth import CachedToken
from promosdk._base_client import AttemptState
from promosdk._generated.wechat_union import models
from promosdk._generated.wechat_union.operations import OPERATIONS
from promosdk._serde import structure_reference
from promosdk._transport import HTTPAnswer
from promosdk._validation import validate

from ._common import (
    APPID,
    INVITATION_URL,
    SECRET,
    TOKEN,
    ReplayServer,
    median,
    plan_info_body,
    promotion_list_body,
)
from .clients import CLIENT_NAMES, make_client
from .throughput import measure_window

#: The decoding runtime: the API, the converter and its hooks, the compiled fast decoders.
DECODE_MODULES = tuple(
    f"/promosdk/{name}.py" for name in ("_serde", "_serde_converter", "_serde_scalars", "_fast_decode")
)
COMPONENTS = (
    ("promosdk decode hooks (_serde)", lambda p: p.endswith(DECODE_MODULES)),
    ("promosdk runtime", lambda p: "/promosdk/" in p and "/_generated/" not in p),
    ("promosdk generated (resources)", lambda p: "/promosdk/_generated/" in p),
    ("cattrs-generated hooks", lambda p: p.startswith("<cattrs generated")),
    ("attrs-generated __init__", lambda p: p.startswith("<attrs generated")),
    ("cattrs library", lambda p: "/cattrs/" in p),
    ("aiohttp", lambda p: "/aiohttp/" in p),
    ("yarl", lambda p: "/yarl/" in p),
    ("multidict", lambda p: "/multidict/" in p),
    ("idle: waiting in epoll", lambda p: p.endswith("/selectors.py")),
    ("asyncio", lambda p: "/asyncio/" in p),
    ("benchmark driver", lambda p: "/benchmarks/" in p),
)


def component(path: str | None) -> str:
    if not path:
        return "other"
    for name, match in COMPONENTS:
        if match(path):
            return name
    return "other"


def self_times(root: Frame) -> tuple[dict[str, float], dict[tuple[str, str, str], float]]:
    """Exclusive time per component and per (component, function, location), from the call tree.

    C functions (``<built-in>``) count for their caller's component, except socket calls (syscalls)."""
    by_component: dict[str, float] = defaultdict(float)
    by_function: dict[tuple[str, str, str], float] = defaultdict(float)
    stack: list[tuple[Frame, str]] = [(root, "other")]
    while stack:
        frame, parent_kind = stack.pop()
        children = [c for c in frame.children if not c.is_synthetic]
        path = frame.file_path
        if not path or path.startswith("<built-in"):
            kind = "socket syscalls" if frame.function.startswith("socket.") else parent_kind
        else:
            kind = component(path)
        exclusive = frame.time - sum(c.time for c in children)
        if not frame.is_synthetic and exclusive > 0:
            by_component[kind] += exclusive
            where = f"{frame.file_path_short or '?'}:{frame.line_no or 0}"
            by_function[(kind, frame.function, where)] += exclusive
        stack.extend((c, kind) for c in children)
    return by_component, by_function


# ---------------------------------------------------------------- 1 + 2: live calls


async def cpu_per_call(url: str, client_name: str, endpoint: str, concurrency: int, seconds: float) -> float:
    client = make_client(client_name, url)
    await client.start()
    try:
        window = await measure_window(client.call(endpoint), concurrency, 0.3, seconds, lambda: 0.0)
    finally:
        await client.close()
    return window.cpu_us_per_call


def ablations() -> dict[str, dict[str, Any]]:
    """Variant name -> globals of promosdk._base_client to replace for it."""
    return {
        "promosdk, no request validation": {"validate": lambda request: None},
        "promosdk, decode: reference converter only": {"structure": structure_reference},
        "promosdk, no typed decode at all (bound)": {"structure": lambda data, cls: data},
    }


@contextlib.contextmanager
def patched(names: dict[str, Any]) -> Iterator[None]:
    saved = {name: getattr(_base_client, name) for name in names}
    try:
        for name, value in names.items():
            setattr(_base_client, name, value)
        yield
    finally:
        for name, value in saved.items():
            setattr(_base_client, name, value)


async def ablated_cpu_per_call(
    url: str, names: dict[str, Any], endpoint: str, concurrency: int, seconds: float
) -> float:
    client = WeChatUnionClient(APPID, SECRET, base_url=url)

    async def call() -> None:
        if endpoint == "plan_info":
            await client.target.plan_info(plan_invitation_url=INVITATION_URL)
        else:
            await client.promotion.list(start=0, limit=20)

    try:
        await client.access_token()  # fetched unpatched: the token answer is decoded by promosdk itself
        with patched(names):
            window = await measure_window(call, concurrency, 0.3, seconds, lambda: 0.0)
    finally:
        await client.aclose()
    return window.cpu_us_per_call


async def profiled(
    url: str, client_name: str, endpoint: str, concurrency: int, seconds: float, cpu_clock: bool = True
) -> tuple[Profiler, int]:
    client = make_client(client_name, url)
    await client.start()
    try:
        await measure_window(client.call(endpoint), concurrency, 0.2, 0.2, lambda: 0.0)  # warm
        # Sample on the process's CPU clock, not the wall clock: on a shared machine, time spent
        # descheduled (often inside a send() that wakes the server) would otherwise be charged to
        # whatever frame was running.
        sampler = get_stack_sampler()
        sampler.timer_func = time.process_time if cpu_clock else None
        profiler = Profiler(interval=0.0005, async_mode="disabled")
        try:
            profiler.start()
            window = await measure_window(client.call(endpoint), concurrency, 0.0, seconds, lambda: 0.0)
            profiler.stop()
        finally:
            sampler.timer_func = None
    finally:
        await client.close()
    return profiler, window.calls


# ---------------------------------------------------------------- 3: the steps, one by one


def _run_sync(coro: Coroutine[Any, Any, Any]) -> Any:
    """Drive a coroutine that completes without suspending (a cached token lookup)."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value
    raise RuntimeError("the coroutine suspended")


def step_costs(endpoint: str) -> list[tuple[str, float]]:
    client = WeChatUnionClient(APPID, SECRET, base_url="http://127.0.0.1:9")
    local = client.tokens._local
    assert local is not None
    local._tokens[client.tokens.key] = CachedToken.issued(TOKEN, 7200)
    headers = CIMultiDictProxy(
        CIMultiDict({"Content-Type": "application/json; charset=utf-8", "Content-Length": "1"})
    )
    request: Any
    make_request: Callable[[], Any]
    if endpoint == "plan_info":
        op, body = OPERATIONS["plan_info"], plan_info_body(1)
        request = models.PlanInfoRequest(plan_invitation_url=INVITATION_URL)

        def make_request() -> Any:
            return models.PlanInfoRequest(plan_invitation_url=INVITATION_URL)

        def raw_params() -> Any:
            return {"planInvitationUrl": INVITATION_URL, "access_token": TOKEN}

    else:
        op, body = OPERATIONS["list"], promotion_list_body()
        request = models.PromotionListRequest(start=0, limit=20)

        def make_request() -> Any:
            return models.PromotionListRequest(start=0, limit=20)

        def raw_params() -> Any:
            return {"start": "0", "limit": "20", "access_token": TOKEN}

    answer = HTTPAnswer(200, headers, body)
    data = orjson.loads(body)
    prepared = client._prepare(op, request)
    loop = asyncio.new_event_loop()
    options = client.options

    def bookkeeping() -> None:
        # what _request does per attempt besides the work itself
        state = AttemptState()
        started = loop.time()
        client._attempt_timeout(options.timeout, 30.0)
        client.retry_quota.release_success(0)
        log_request(op, 1, started, loop.time(), 200)
        client.metrics.calls += 1
        del state

    steps: list[tuple[str, Callable[[], Any]]] = [
        ("request model (attrs __init__)", make_request),
        ("validate(request)", lambda: validate(request)),
        ("_prepare: per-model query encoder", lambda: client._prepare(op, request)),
        ("token lookup (cached; sync peek)", lambda: client.tokens.peek()),
        (
            "auth step: access_token appended to the URL",
            lambda: client._auth.authorize(op, prepared, AttemptState()),
        ),
        ("attempt bookkeeping (state, timeout, quota, log check, metrics)", bookkeeping),
        ("HTTPAnswer (Content-Type lookup)", lambda: HTTPAnswer(200, headers, body)),
        ("_json_object: orjson.loads + checks", lambda: client._json_object(answer, op)),
        ("_structure: compiled fast decoder", lambda: client._structure(data, answer, op)),
    ]
    raw_steps: list[tuple[str, Callable[[], Any]]] = [
        ("raw aiohttp: params dict", raw_params),
        ("raw aiohttp: orjson.loads", lambda: orjson.loads(body)),
    ]
    out = []
    for name, fn in steps + raw_steps:
        number = 2000
        best = min(timeit.repeat(fn, number=number, repeat=5)) / number
        out.append((name, best * 1e6))
    loop.close()
    return out


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("--client", default="promosdk", choices=CLIENT_NAMES)
    parser.add_argument("--endpoint", default="promotion/list", choices=("promotion/list", "plan_info"))
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--top", type=int, default=25, help="functions to list by self time")
    parser.add_argument("--repeats", type=int, default=3, help="windows per variant in section 1")
    parser.add_argument(
        "--wall-clock", action="store_true", help="sample on the wall clock (default: the process CPU clock)"
    )
    args = parser.parse_args(argv)

    with ReplayServer() as server:
        print(
            f"== 1. client CPU per call, {args.endpoint}, concurrency {args.concurrency} "
            f"(no profiler; median of {args.repeats} interleaved 1 s windows) =="
        )
        variants = ablations()
        costs: dict[str, list[float]] = {
            "raw aiohttp": [],
            "raw aiohttp tuned": [],
            "promosdk": [],
            **{name: [] for name in variants},
        }
        for _ in range(args.repeats):
            for name in costs:
                if name in variants:
                    cost = asyncio.run(
                        ablated_cpu_per_call(server.url, variants[name], args.endpoint, args.concurrency, 1.0)
                    )
                else:
                    cost = asyncio.run(cpu_per_call(server.url, name, args.endpoint, args.concurrency, 1.0))
                costs[name].append(cost)
        med = {name: median(v) for name, v in costs.items()}
        raw = med["raw aiohttp"]
        for name, value in med.items():
            print(
                f"  {name:48s} {value:6.1f} µs/call  {value - raw:+6.1f} vs raw  raw/this {raw / value:4.2f}x"
                f"  (runs: {', '.join(f'{x:.0f}' for x in costs[name])})"
            )

        compare = "raw aiohttp" if args.client != "raw aiohttp" else "promosdk"
        print(
            f"\n== 2. pyinstrument: {args.client}, {args.endpoint}, concurrency {args.concurrency}, "
            f"{args.seconds:g} s (and {compare}, for comparison) =="
        )
        profiles: dict[str, tuple[Frame, int]] = {}
        for name in (args.client, compare):
            t0 = time.process_time()
            profiler, calls = asyncio.run(
                profiled(server.url, name, args.endpoint, args.concurrency, args.seconds, not args.wall_clock)
            )
            print(
                f"  {name}: {calls:,} calls profiled ({(time.process_time() - t0):.1f} s CPU with the profiler)"
            )
            session = profiler.last_session
            root = session.root_frame() if session is not None else None
            assert root is not None
            profiles[name] = (root, calls)
            if name == args.client:
                text = profiler.output(
                    ConsoleRenderer(unicode=True, color=False, show_all=False, short_mode=True)
                )
                tree = text.splitlines()

    print(f"\n-- top of the call tree ({args.client}) --")
    print("\n".join(tree[: min(len(tree), 70)]))

    idle = "idle: waiting in epoll"
    shares: dict[str, dict[str, float]] = {}
    functions: dict[tuple[str, str, str], float] = {}
    for name, (root, _calls) in profiles.items():
        by_component, by_function = self_times(root)
        busy = sum(v for k, v in by_component.items() if k != idle)
        shares[name] = {k: v / busy for k, v in by_component.items() if k != idle}
        if name == args.client:
            functions = {k: v / busy for k, v in by_function.items() if k[0] != idle}
    print(
        "\n-- self time by component: share of the busy samples, and µs/call = share x the unprofiled "
        "CPU/call of section 1 --"
    )
    print(
        "   (absolute times under the profiler are inflated by its own overhead, more so for code making "
        "many Python calls: read the shares as estimates)"
    )
    names = list(profiles)
    print("  " + " " * 34 + "".join(f"{n:>28s}" for n in names) + f"{'difference':>14s}")
    components = sorted({k for v in shares.values() for k in v}, key=lambda k: -shares[names[0]].get(k, 0.0))
    for comp in components:
        cells, per_call = [], []
        for n in names:
            share = shares[n].get(comp, 0.0)
            us = share * med[n] if n in med else float("nan")
            per_call.append(us)
            cells.append(f"{share * 100:5.1f}% ~{us:6.1f} µs/call")
        print(f"  {comp:34s}" + "".join(f"{c:>28s}" for c in cells) + f"{per_call[0] - per_call[1]:+13.1f}")

    print(f"\n-- top {args.top} functions by self time ({args.client}, share of busy samples) --")
    for (kind, function, where), share in sorted(functions.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {share * 100:5.1f}%  {function:38.38s} {kind:30.30s} {where}")

    print(f"\n== 3. the synchronous steps promosdk adds ({args.endpoint}), µs per call, best of 5 ==")
    for name, us in step_costs(args.endpoint):
        print(f"  {us:7.2f}  {name}")


if __name__ == "__main__":
    main()
