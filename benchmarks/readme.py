"""The README's performance table, from the same run as ``benchmarks.md``.

``python -m benchmarks --readme-table`` prints it at the end of the run, to paste into the README's
"Performance" section (the README is not rewritten by the benchmark).
"""

from __future__ import annotations

import math

from .clients import HTTPX, PROMOSDK, TUNED
from .decode import PYDANTIC
from .goals import DECODE_GOAL, THROUGHPUT_GOALS, default_client_memory
from .importtime import FLOORS, WITH_CLIENT
from .redis_overhead import VARIANTS as REDIS_VARIANTS
from .redis_overhead import RedisOverheadResult
from .report import Results
from .tuned import SETTINGS


def _x(values: list[float]) -> str:
    return " / ".join("—" if math.isnan(v) else f"{v:.2f}x" for v in values)


def _status(ok: bool) -> str:
    return "met" if ok else "**not met**"


def readme_table(r: Results, redis: RedisOverheadResult | None = None) -> list[str]:
    rows: list[tuple[str, str]] = []
    t = r.throughput
    if t is not None:
        conc = " / ".join(f"{n:,}" for n in t.concurrencies)
        for endpoint, (vs_raw, vs_tuned) in THROUGHPUT_GOALS.items():
            if endpoint not in t.endpoints:
                continue
            failed = t.failures.get((PROMOSDK, endpoint))
            raw = [t.ratio(PROMOSDK, endpoint, n, cpu=True) for n in t.concurrencies]
            tuned = [t.ratio(PROMOSDK, endpoint, n, cpu=True, baseline=TUNED) for n in t.concurrencies]
            figure = (
                f"promosdk failed: `{failed}`"
                if failed
                else f"{_x(raw)} raw ({_status(min(raw) >= vs_raw)}: ≥ {vs_raw:g}x); "
                f"{_x(tuned)} tuned ({_status(min(tuned) >= vs_tuned)}: ≥ {vs_tuned:g}x)"
            )
            rows.append((f"{endpoint}, client CPU ratio (c = {conc})", figure))
        httpx = [
            t.ratio(HTTPX, e, n, cpu=True)
            for e in t.endpoints
            for n in t.concurrencies
            if t.point(HTTPX, e, n).windows
        ]
        if httpx:
            rows.append(
                (
                    "httpx + pydantic v2, same calls, CPU ratio vs raw",
                    f"{min(httpx):.2f}-{max(httpx):.2f}x (all points)",
                )
            )
    a = r.ablation
    if a is not None:
        e, n = a.endpoints[0], a.concurrencies[0]
        saved = ", ".join(f"`{name}` {a.saving_us(name, e, n):+.1f}" for name in SETTINGS)
        rows.append(
            (
                f"what the tuned floor's settings save ({e}, c = {n:,}), µs CPU per call",
                f"{saved} (floor: {a.cpu_us('tuned floor', e, n):.0f} µs)",
            )
        )
    d = r.decode
    if d is not None:
        labels = " / ".join(c.label for c in d.cases)
        on = [d.ratio(PROMOSDK, PYDANTIC, c.label, True) for c in d.cases]
        off = [d.ratio(PROMOSDK, PYDANTIC, c.label, False) for c in d.cases]
        msgspec = [d.ratio("msgspec", PYDANTIC, c.label, False) for c in d.cases]
        ok = max(on + off) <= DECODE_GOAL
        rows.append(
            (
                f"decode time vs pydantic v2 `model_validate_json` ({labels})",
                f"{_x(on)} GC on, {_x(off)} GC paused ({_status(ok)}: ≤ {DECODE_GOAL:g}x); unknown fields kept",
            )
        )
        rows.append(
            ("msgspec, same bodies (drops unknown fields), vs pydantic v2", f"{_x(msgspec)} (GC paused)")
        )
    s = r.singleflight
    if s is not None:
        rows.append(
            (f"{s.calls:,} concurrent calls on a cold client", f"{s.token_requests} token request(s)")
        )
    m = default_client_memory(r.memory)
    if m is not None:
        raw_m = next((x for x in r.memory if x.client == "raw aiohttp" and x.pool_size == m.pool_size), None)
        extra = f" (raw aiohttp with the same pool: +{raw_m.growth_mb:.1f} MB)" if raw_m else ""
        rows.append(
            (f"RSS with {m.calls:,} calls in flight (default client)", f"+{m.growth_mb:.1f} MB{extra}")
        )
    if r.imports is not None:
        v = r.imports.variants[0]
        rows.append(
            (
                f"`import promosdk` / `{WITH_CLIENT}`",
                f"+{v.overhead:.0f} ms / +{v.over_bare(WITH_CLIENT):.0f} ms over bare Python "
                f"(`{FLOORS[0]}` alone: +{v.over_bare(FLOORS[0]):.0f} ms)",
            )
        )
    if redis is not None and not redis.skipped:
        rows.append(
            (
                "Redis token store vs in-memory store, CPU per call",
                f"{redis.cpu_ratio[REDIS_VARIANTS[1]]:.2f}x with the 1 s near cache, "
                f"{redis.cpu_ratio[REDIS_VARIANTS[2]]:.2f}x without it",
            )
        )
    return ["| | result |", "| --- | --- |", *[f"| {k} | {v} |" for k, v in rows]]
