"""The goals of issue 14, each judged on the run's figures: met or not, with the figure.

Throughput goals are on client CPU per call (medians of interleaved repeats): the *CPU ratio* of
promosdk vs a baseline is baseline CPU µs per call / promosdk CPU µs per call, so > 1 means
promosdk is cheaper than the baseline and 0.8 means it spends 1.25x the baseline's CPU. A goal
"≥ 0.9x" holds when the ratio is at least 0.9 at every concurrency measured. Decode goals are on
time ratios (promosdk time / pydantic time, < 1 = promosdk faster), with the GC on and paused.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clients import PROMOSDK, RAW, TUNED
from .decode import PYDANTIC, DecodeResult
from .importtime import FLOORS, WITH_CLIENT, ImportResult
from .memory import MemoryResult
from .singleflight import SingleFlightResult
from .throughput import ThroughputResult

#: endpoint -> (min CPU ratio vs raw as users write it, min CPU ratio vs the tuned floor)
THROUGHPUT_GOALS = {"promotion/list": (1.0, 0.85), "plan_info": (0.9, 0.8), "product/list": (0.9, 0.8)}
DECODE_GOAL = 0.8
MEMORY_GOAL_MB = 50.0
MEMORY_GOAL_CALLS = 10_000
IMPORT_GOAL_MS = 30.0
CLIENT_IMPORT_SLACK_MS = 40.0
SINGLEFLIGHT_CALLS = 10_000


@dataclass(frozen=True)
class Goal:
    area: str
    target: str
    figure: str
    met: bool


def _ratios(t: ThroughputResult, endpoint: str, baseline: str) -> list[float]:
    return [t.ratio(PROMOSDK, endpoint, n, cpu=True, baseline=baseline) for n in t.concurrencies]


def throughput_goals(t: ThroughputResult) -> list[Goal]:
    goals = []
    conc = " / ".join(f"{n:,}" for n in t.concurrencies)
    for endpoint, (vs_raw, vs_tuned) in THROUGHPUT_GOALS.items():
        if endpoint not in t.endpoints:
            continue
        failed = t.failures.get((PROMOSDK, endpoint))
        for baseline, wanted, label in (
            (RAW, vs_raw, "raw aiohttp as users write it"),
            (TUNED, vs_tuned, "the tuned floor"),
        ):
            ratios = _ratios(t, endpoint, baseline)
            goals.append(
                Goal(
                    area=f"{endpoint}: client CPU per call",
                    target=f"≥ {wanted:.2f}x {label} (c = {conc})",
                    figure=f"promosdk failed: {failed}"
                    if failed
                    else " / ".join(f"{r:.2f}x" for r in ratios),
                    met=not failed and all(r >= wanted for r in ratios),
                )
            )
    return goals


def decode_goals(d: DecodeResult) -> list[Goal]:
    goals = []
    for case in d.cases:
        on = d.ratio(PROMOSDK, PYDANTIC, case.label, True)
        off = d.ratio(PROMOSDK, PYDANTIC, case.label, False)
        goals.append(
            Goal(
                area=f"decode {case.label} {'products' if case.endpoint == 'plan_info' else 'products page'}",
                target=f"≤ {DECODE_GOAL:.1f}x pydantic v2 `model_validate_json` time, GC on and paused",
                figure=f"{on:.2f}x (GC on) / {off:.2f}x (GC paused)",
                met=max(on, off) <= DECODE_GOAL,
            )
        )
    kept = d.unknown_fields.get(PROMOSDK, False)
    goals.append(
        Goal(
            area="decode: unknown fields",
            target="kept by promosdk, values equal to pydantic's and msgspec's (asserted before timing)",
            figure="kept, values equal" if kept else "lost",
            met=kept,
        )
    )
    return goals


def singleflight_goal(s: SingleFlightResult) -> Goal:
    return Goal(
        area="token single-flight",
        target=f"1 token request for {SINGLEFLIGHT_CALLS:,} concurrent calls on a cold client",
        figure=f"{s.token_requests} for {s.calls:,} calls",
        met=s.token_requests == 1 and s.calls >= SINGLEFLIGHT_CALLS,
    )


def default_client_memory(ms: list[MemoryResult]) -> MemoryResult | None:
    """The run the memory goal is judged on: promosdk, the default pool, no extra gate."""
    return next((m for m in ms if m.client == PROMOSDK and m.pool_size < m.calls and not m.gate), None)


def memory_goal(ms: list[MemoryResult]) -> Goal | None:
    m = default_client_memory(ms)
    if m is None:
        return None
    return Goal(
        area="memory",
        target=f"< {MEMORY_GOAL_MB:.0f} MB RSS growth with {MEMORY_GOAL_CALLS:,} calls in flight (default client)",
        figure=f"+{m.growth_mb:.1f} MB with {m.calls:,} calls",
        met=m.growth_mb < MEMORY_GOAL_MB and m.calls >= MEMORY_GOAL_CALLS,
    )


def import_goals(imp: ImportResult) -> list[Goal]:
    cached = imp.variants[0]
    client, aiohttp_alone = cached.over_bare(WITH_CLIENT), cached.over_bare(FLOORS[0])
    extra = cached.paired_over(WITH_CLIENT, FLOORS[0])
    return [
        Goal(
            area="import time",
            target=f"`import promosdk` < {IMPORT_GOAL_MS:.0f} ms over bare Python (with .pyc)",
            figure=f"+{cached.overhead:.0f} ms ({cached.with_promosdk:.0f} ms in all)",
            met=cached.overhead < IMPORT_GOAL_MS,
        ),
        Goal(
            area="import time",
            target=f"`{WITH_CLIENT}` ≤ `import aiohttp` + {CLIENT_IMPORT_SLACK_MS:.0f} ms",
            figure=f"+{client:.0f} ms vs +{aiohttp_alone:.0f} ms: +{extra:.0f} ms (median of paired rounds)",
            met=extra <= CLIENT_IMPORT_SLACK_MS,
        ),
    ]


def all_goals(
    throughput: ThroughputResult | None,
    decode: DecodeResult | None,
    singleflight: SingleFlightResult | None,
    memory: list[MemoryResult],
    imports: ImportResult | None,
) -> list[Goal]:
    goals: list[Goal] = []
    if throughput is not None:
        goals += throughput_goals(throughput)
    if decode is not None:
        goals += decode_goals(decode)
    if singleflight is not None:
        goals.append(singleflight_goal(singleflight))
    if (m := memory_goal(memory)) is not None:
        goals.append(m)
    if imports is not None:
        goals += import_goals(imports)
    return goals
