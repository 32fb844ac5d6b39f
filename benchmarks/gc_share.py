"""What the cyclic GC takes of the client CPU per call: promosdk and raw aiohttp as users write
it, each with the GC on (as in an application) and paused during its windows, side by side.

A typed answer is many small GC-allocated objects (attrs instances, lists, the ``extra`` dicts)
made per call, alive at once beside the parsed JSON: past 700 of them a young collection runs,
and the survivors it promotes lead to full collections, which traverse the client process's whole
heap. That cost is part of the per-call CPU, and the decode benchmark (a small, freshly collected
heap) does not show it. promosdk pauses the GC while it decodes an answer
(``promosdk._serde.with_gc_paused``); what remains here is the GC's part of the rest of its call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ._common import ReplayServer, median
from .clients import PROMOSDK, RAW
from .throughput import Variant, Window, interleaved

VARIANTS = tuple(
    Variant(f"{client}, GC {'paused' if paused else 'on'}", client, gc_paused=paused)
    for client in (PROMOSDK, RAW)
    for paused in (False, True)
)


@dataclass
class GCShareResult:
    endpoints: list[str]
    concurrency: int
    repeats: int
    #: (variant label, endpoint) -> one window per repeat
    windows: dict[tuple[str, str], list[Window]] = field(default_factory=dict)
    failures: dict[tuple[str, str], str] = field(default_factory=dict)

    def cpu_us(self, client: str, endpoint: str, *, paused: bool) -> float:
        label = f"{client}, GC {'paused' if paused else 'on'}"
        return median([w.cpu_us_per_call for w in self.windows.get((label, endpoint), [])])

    def collections_per_1000(self, client: str, endpoint: str) -> list[float]:
        """Median collections per 1,000 calls with the GC on, per generation (young, middle, full)."""
        windows = self.windows.get((f"{client}, GC on", endpoint), [])
        return [median([w.gc_collections[g] * 1000 / w.calls for w in windows]) for g in range(3)]

    def gc_us(self, client: str, endpoint: str) -> float:
        """Median per-repeat CPU µs per call the GC takes (GC on minus paused)."""
        on = self.windows.get((f"{client}, GC on", endpoint), [])
        off = self.windows.get((f"{client}, GC paused", endpoint), [])
        return median([a.cpu_us_per_call - b.cpu_us_per_call for a, b in zip(on, off, strict=False)])


async def run_gc_share(
    server: ReplayServer,
    *,
    endpoints: Sequence[str],
    concurrency: int,
    repeats: int,
    first_warmup_s: float,
    warmup_s: float,
    window_s: float,
) -> GCShareResult:
    result = GCShareResult(list(endpoints), concurrency, repeats)
    for endpoint in endpoints:
        windows, failures = await interleaved(
            server,
            VARIANTS,
            endpoint,
            concurrency,
            repeats=repeats,
            first_warmup_s=first_warmup_s,
            warmup_s=warmup_s,
            window_s=window_s,
        )
        for label, measured in windows.items():
            result.windows[(label, endpoint)] = measured
        for label, error in failures.items():
            result.failures[(label, endpoint)] = error
    return result


def render(r: GCShareResult) -> list[str]:
    md = [
        "### What the cyclic GC takes per call",
        "",
        f"c = {r.concurrency:,}, {r.repeats} interleaved repeats per variant, the GC paused only during that "
        "variant's windows. A typed answer is many small GC-allocated objects (attrs instances, lists, the "
        "`extra` dicts) made per call, alive at once beside the parsed JSON: past 700 of them a young "
        "collection runs, and the survivors it promotes lead to full collections, which traverse the client "
        "process's whole heap. promosdk therefore pauses the GC while it decodes an answer (decoding makes "
        "no cycles; the parsed JSON is freed when it ends): what remains is the GC's part of the rest of "
        "its call. *the GC's part* = median per-repeat difference "
        "GC on - GC paused; *collections* per 1,000 calls with the GC on (young / middle / full).",
        "",
        "| operation | client | CPU µs/call, GC on | GC paused | the GC's part | of the CPU | collections per 1,000 calls |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for endpoint in r.endpoints:
        for client in (PROMOSDK, RAW):
            on = r.cpu_us(client, endpoint, paused=False)
            off = r.cpu_us(client, endpoint, paused=True)
            part = r.gc_us(client, endpoint)
            counts = " / ".join(
                f"{c:,.0f}" if c >= 10 else f"{c:.1f}" for c in r.collections_per_1000(client, endpoint)
            )
            md.append(
                f"| {endpoint} | {client} | {on:,.0f} | {off:,.0f} | {part:+,.0f} µs | {part / on * 100:+.0f}% | {counts} |"
            )
    md.append("")
    md += [
        f"- not measured: {label}, {endpoint}: `{error}`" for (label, endpoint), error in r.failures.items()
    ]
    return md
