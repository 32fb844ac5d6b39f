"""Import time of promosdk: ``python -X importtime -c "import promosdk"`` (top cumulative entries)
and cold interpreters ``python -c "import promosdk"`` vs ``python -c pass`` (median wall time).

Two bytecode settings:

* *with .pyc* (as installed from a wheel): a private ``PYTHONPYCACHEPREFIX`` warmed by one run,
  so every module (stdlib, site-packages, promosdk) loads from cached bytecode; the source tree is
  not touched. This is the figure the goal is judged on.
* *environment as is*: the current environment unchanged (here it may set
  ``PYTHONDONTWRITEBYTECODE=1`` with an editable install whose sources were never compiled to
  .pyc, so promosdk is compiled from source at every start).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ._common import ROOT, median


@dataclass
class ImportEntry:
    module: str
    depth: int
    self_ms: float
    cumulative_ms: float


BARE = "pass"
PROMOSDK = "import promosdk"
#: What any aiohttp-based client pays, and promosdk's runtime dependencies together.
FLOORS = ("import aiohttp", "import aiohttp, attrs, cattrs.preconf.orjson, orjson")
#: ``import promosdk`` defers the clients (and aiohttp) to first use; this is the cost of using one.
WITH_CLIENT = "from promosdk import WeChatUnionClient"


@dataclass
class ImportVariant:
    name: str
    #: command (the -c code) -> wall ms of each run
    runs: dict[str, list[float]] = field(default_factory=dict)

    def ms(self, code: str) -> float:
        return median(self.runs[code])

    def over_bare(self, code: str) -> float:
        return self.ms(code) - self.ms(BARE)

    def paired_over(self, code: str, baseline: str) -> float:
        """Median of the per-round differences ``code - baseline``: the rounds are interleaved, so a
        slow moment of the shared machine cancels out of each pair instead of widening both medians."""
        return median([a - b for a, b in zip(self.runs[code], self.runs[baseline], strict=True)])

    @property
    def bare(self) -> float:
        return self.ms(BARE)

    @property
    def with_promosdk(self) -> float:
        return self.ms(PROMOSDK)

    @property
    def overhead(self) -> float:
        return self.over_bare(PROMOSDK)


@dataclass
class ImportResult:
    runs: int
    variants: list[ImportVariant] = field(default_factory=list)
    top: list[ImportEntry] = field(default_factory=list)
    promosdk_cumulative_ms: float = 0.0
    #: Self time of promosdk's own modules (promosdk, promosdk.*): what promosdk adds to its dependencies.
    promosdk_self_ms: float = 0.0


def _run(code: str, env: Mapping[str, str], *, importtime: bool = False) -> tuple[float, str]:
    argv = [sys.executable, *(["-X", "importtime"] if importtime else []), "-c", code]
    t0 = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, env=dict(env), capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} failed: {proc.stderr[-1000:]}")
    return elapsed, proc.stderr


def parse_importtime(stderr: str) -> list[ImportEntry]:
    """Rows of ``-X importtime``: ``import time: <self us> | <cumulative us> | <2 spaces per level><name>``."""
    entries = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|")
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        entries.append(ImportEntry(name.strip(), depth, int(self_us) / 1000, int(cumulative_us) / 1000))
    return entries


def _variant(name: str, env: Mapping[str, str], runs: int, codes: tuple[str, ...]) -> ImportVariant:
    variant = ImportVariant(name, {code: [] for code in codes})
    for _ in range(runs):  # interleaved, so that a noisy moment hits all alike
        for code in codes:
            variant.runs[code].append(_run(code, env)[0])
    return variant


def run_importtime(runs: int, top: int = 15, log: Callable[[str], None] = print) -> ImportResult:
    result = ImportResult(runs=runs)
    with tempfile.TemporaryDirectory(prefix="promosdk-bench-pyc-") as prefix:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = prefix
        codes = (BARE, *FLOORS, PROMOSDK, WITH_CLIENT)
        for code in codes:  # compile everything into the private cache
            _run(code, cached)
        result.variants.append(_variant("with .pyc (as installed)", cached, runs, codes))
        entries = parse_importtime(_run(PROMOSDK, cached, importtime=True)[1])
    result.variants.append(_variant("environment as is", os.environ, runs, (BARE, PROMOSDK)))
    result.top = sorted(entries, key=lambda e: e.cumulative_ms, reverse=True)[:top]
    result.promosdk_cumulative_ms = next((e.cumulative_ms for e in entries if e.module == "promosdk"), 0.0)
    result.promosdk_self_ms = sum(
        e.self_ms for e in entries if e.module == "promosdk" or e.module.startswith("promosdk.")
    )
    for v in result.variants:
        log(
            f"  import ({v.name}): python -c pass {v.bare:.0f} ms, import promosdk {v.with_promosdk:.0f} ms "
            f"(+{v.overhead:.0f} ms)"
        )
    return result
