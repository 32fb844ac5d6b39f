"""Cancelling calls in flight, including during the token refresh, leaves nothing broken or leaking.

No timing is assumed: each phase is entered when the sandbox (in this process) has counted the
requests it waits for. A slow call cannot finish before its latency fault has elapsed, and the
condition is checked on a timer far shorter than that fault, which asyncio runs first; so a
cancellation decided on a check always finds its calls unfinished, however slow the machine.
"""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import Callable
from typing import Any

import pytest

from promosdk.testing import SandboxHandle, sandbox

pytestmark = pytest.mark.filterwarnings("error")

#: How often a waiting phase re-checks its condition: far below every latency fault used here.
POLL = 0.001
#: Only a bound against a hang (a broken test), never a timing assumption.
HANG_GUARD = 120.0


async def until(condition: Callable[[], bool]) -> None:
    """Return once ``condition()`` holds, checked every POLL seconds."""
    async with asyncio.timeout(HANG_GUARD):
        while not condition():
            await asyncio.sleep(POLL)


def collect_earlier_garbage() -> None:
    """Finalise what earlier tests left to the garbage collector (a Redis connection, say) now, so
    that its ResourceWarnings are not counted as this test's."""
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        gc.collect()


def received(sb: SandboxHandle, operation: str) -> int:
    """Requests of ``operation`` (an id) the sandbox has received; counted before any fault applies."""
    return sb.state.counters()["requests"][operation]


async def test_cancel_half_of_1000_calls_during_token_refresh() -> None:
    collect_earlier_garbage()
    loop = asyncio.get_running_loop()
    loop_errors: list[dict[str, Any]] = []
    previous_handler = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: loop_errors.append(context))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            async with sandbox(plans=2) as sb:
                # The token fetch and every call are slow, so cancellation hits both phases.
                await sb.admin.set_faults(
                    [
                        {"route": "token.stable_token", "kind": "latency", "delay": 0.4, "probability": 1.0},
                        {"route": "target.plan_info", "kind": "latency", "delay": 0.3, "probability": 1.0},
                    ]
                )
                url = sb.plans[0].invitation_url
                tasks = [asyncio.create_task(sb.wechat.target.plan_info(plan_invitation_url=url)) for _ in range(1000)]
                await until(lambda: received(sb, "token.stable_token") == 1)  # the single token fetch is in flight now
                assert sb.wechat.tokens._inflight is not None
                for task in tasks[:250]:  # includes the task that started the refresh
                    task.cancel()
                # token arrived; calls are in flight at the server
                await until(lambda: sb.wechat.tokens._inflight is None and received(sb, "target.plan_info") > 0)
                for task in tasks[250:500]:
                    task.cancel()
                results = await asyncio.gather(*tasks, return_exceptions=True)
                cancelled = sum(isinstance(r, asyncio.CancelledError) for r in results)
                completed = [r for r in results if not isinstance(r, BaseException)]
                assert cancelled == 500
                assert len(completed) == 500
                assert all(r.target_plan_info is not None for r in completed)
                await sb.admin.clear_faults()
                after = await sb.wechat.target.plan_info(plan_invitation_url=url)
                assert after.target_plan_info is not None
                counters = await sb.admin.counters()
                assert counters["token_issuances"][sb.wechat.appid] == 1
            del tasks, results, completed
            gc.collect()
            await asyncio.sleep(0)
        problems = [w for w in caught if issubclass(w.category, ResourceWarning | RuntimeWarning)]
        assert problems == [], [str(w.message) for w in problems]
        messages = [str(c.get("message", "")) for c in loop_errors]
        assert not any("Unclosed" in m or "never retrieved" in m for m in messages), messages
        assert loop_errors == [], messages
    finally:
        loop.set_exception_handler(previous_handler)


async def test_cancelling_the_only_waiter_does_not_poison_the_next_refresh() -> None:
    async with sandbox(plans=1) as sb:
        await sb.admin.set_faults([{"route": "token.stable_token", "kind": "latency", "delay": 0.3, "probability": 1.0}])
        first = asyncio.create_task(sb.wechat.access_token())
        await until(lambda: received(sb, "token.stable_token") == 1)  # the refresh is at the server
        first.cancel()
        with pytest.raises(asyncio.CancelledError):
            await first
        await sb.admin.clear_faults()
        token = await sb.wechat.access_token()  # the shielded refresh finished; reuse its token
        assert token
        assert (await sb.admin.counters())["token_issuances"][sb.wechat.appid] == 1
