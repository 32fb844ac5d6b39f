"""What each setting of the tuned floor saves: the floor minus one setting at a time.

For each endpoint and concurrency, the tuned floor, the floor without each setting of
:data:`benchmarks.tuned.SETTINGS`, and raw aiohttp as users write it are measured side by side
(one window each per repeat, rotating order, long-lived clients, as in :mod:`benchmarks.throughput`). A setting's
*saving* is the median over repeats of (client CPU µs per call without it) - (with every setting):
what leaving it at the common default costs per call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ._common import ReplayServer, median
from .clients import RAW, TUNED
from .throughput import Variant, Window, interleaved
from .tuned import SETTINGS

FLOOR = "tuned floor"
VARIANTS = (
    Variant(FLOOR, TUNED),
    *(Variant(f"without {name}", TUNED, without=name) for name in SETTINGS),
    Variant(RAW, RAW),
)


@dataclass
class AblationResult:
    endpoints: list[str]
    concurrencies: list[int]
    repeats: int
    window_s: float
    #: (variant label, endpoint, concurrency) -> one window per repeat
    windows: dict[tuple[str, str, int], list[Window]] = field(default_factory=dict)

    def cpu_us(self, label: str, endpoint: str, concurrency: int) -> float:
        return median([w.cpu_us_per_call for w in self.windows[(label, endpoint, concurrency)]])

    def _deltas(self, label: str, endpoint: str, concurrency: int) -> list[float]:
        mine = self.windows[(label, endpoint, concurrency)]
        floor = self.windows[(FLOOR, endpoint, concurrency)]
        return [m.cpu_us_per_call - f.cpu_us_per_call for m, f in zip(mine, floor, strict=True)]

    def saving_us(self, setting: str, endpoint: str, concurrency: int) -> float:
        """Median per-repeat CPU µs per call the setting saves (> 0: it helps)."""
        return median(self._deltas(f"without {setting}", endpoint, concurrency))

    def saving_range(self, setting: str, endpoint: str, concurrency: int) -> tuple[float, float]:
        deltas = self._deltas(f"without {setting}", endpoint, concurrency)
        return min(deltas), max(deltas)

    def raw_gap_us(self, endpoint: str, concurrency: int) -> float:
        """Median per-repeat CPU µs per call raw-as-users-write-it spends over the floor."""
        return median(self._deltas(RAW, endpoint, concurrency))


async def run_ablation(
    server: ReplayServer,
    *,
    endpoints: Sequence[str],
    concurrencies: Sequence[int],
    repeats: int,
    first_warmup_s: float,
    warmup_s: float,
    window_s: float,
    log: Callable[[str], None] = print,
) -> AblationResult:
    result = AblationResult(list(endpoints), list(concurrencies), repeats, window_s)
    for endpoint in endpoints:
        for concurrency in concurrencies:
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
            if failures:  # raw aiohttp does not fail on the replay server: a broken benchmark
                raise RuntimeError(f"ablation {endpoint}: {failures}")
            for label, measured in windows.items():
                result.windows[(label, endpoint, concurrency)] = measured
            savings = ", ".join(
                f"{name} {result.saving_us(name, endpoint, concurrency):+.1f}" for name in SETTINGS
            )
            log(
                f"  tuned floor {endpoint} c={concurrency}: {result.cpu_us(FLOOR, endpoint, concurrency):.1f} µs/call; "
                f"saved per setting (µs): {savings}; raw as users write it "
                f"{result.raw_gap_us(endpoint, concurrency):+.1f}"
            )
    return result
