"""What each setting of the tuned floor saves: the floor minus one setting at a time.

For each endpoint and concurrency, the tuned floor, the floor without each setting of
:data:`benchmarks.tuned.SETTINGS`, and raw aiohttp as users write it are measured side by side
(one window each per repeat, rotating order, as in :mod:`benchmarks.throughput`). A setting's
*saving* is the median over repeats of (client CPU µs per call without it) - (with every setting):
what leaving it at the common default costs per call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ._common import ReplayServer, median
from .clients import RAW, TUNED
from .throughput import Window, one_run
from .tuned import SETTINGS

#: The variants of one repeat: (label, client, setting left out).
FLOOR = "tuned floor"
VARIANTS: tuple[tuple[str, str, str | None], ...] = (
    (FLOOR, TUNED, None),
    *((f"without {name}", TUNED, name) for name in SETTINGS),
    (RAW, RAW, None),
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
    warmup_s: float,
    window_s: float,
    log: Callable[[str], None] = print,
) -> AblationResult:
    result = AblationResult(list(endpoints), list(concurrencies), repeats, window_s)
    for endpoint in endpoints:
        for concurrency in concurrencies:
            for rep in range(repeats):
                shift = rep % len(VARIANTS)
                for label, client, without in VARIANTS[shift:] + VARIANTS[:shift]:
                    window = await one_run(
                        server, client, endpoint, concurrency, warmup_s, window_s, without=without
                    )
                    result.windows.setdefault((label, endpoint, concurrency), []).append(window)
            savings = ", ".join(
                f"{name} {result.saving_us(name, endpoint, concurrency):+.1f}" for name in SETTINGS
            )
            log(
                f"  tuned floor {endpoint} c={concurrency}: {result.cpu_us(FLOOR, endpoint, concurrency):.1f} µs/call; "
                f"saved per setting (µs): {savings}; raw as users write it "
                f"{result.raw_gap_us(endpoint, concurrency):+.1f}"
            )
    return result
