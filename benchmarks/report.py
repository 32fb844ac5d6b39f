"""Render the results: ``benchmarks.md`` (tables, ratios, goals, versions, machine) and the chart."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .clients import CLIENT_NAMES
from .decode import DecodeResult
from .importtime import FLOORS, WITH_CLIENT, ImportResult
from .memory import MemoryResult
from .singleflight import SingleFlightResult
from .throughput import ThroughputResult

PACKAGES = (
    "aiohttp",
    "attrs",
    "cattrs",
    "orjson",
    "httpx",
    "pydantic",
    "pydantic-core",
    "msgspec",
    "matplotlib",
)
THROUGHPUT_GOAL = 0.85
MEMORY_GOAL_MB = 50.0
IMPORT_GOAL_MS = 150.0


@dataclass
class Environment:
    python: str
    packages: dict[str, str]
    nproc: int
    cpu_model: str
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]


def environment(load_before: tuple[float, float, float]) -> Environment:
    packages = {}
    for name in ("promosdk", *PACKAGES):
        try:
            packages[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            packages[name] = "not installed"
    cpu_model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 0)
    return Environment(
        python=f"{platform.python_implementation()} {platform.python_version()} ({sys.platform})",
        packages=packages,
        nproc=nproc,
        cpu_model=cpu_model,
        load_before=load_before,
        load_after=os.getloadavg(),
    )


def _met(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


@dataclass
class Results:
    quick: bool
    wall_s: float
    env: Environment
    throughput: ThroughputResult | None
    decode: DecodeResult | None
    singleflight: SingleFlightResult | None
    memory: list[MemoryResult]
    imports: ImportResult | None


# ---------------------------------------------------------------- goals


def throughput_goal(t: ThroughputResult) -> tuple[bool, bool, bool, float, float]:
    """(throughput goal met, CPU goal met, ahead of httpx everywhere, worst throughput ratio, worst CPU ratio)."""
    ratios = [t.ratio("promosdk", e, n) for e in t.endpoints for n in t.concurrencies]
    cpu = [t.ratio("promosdk", e, n, cpu=True) for e in t.endpoints for n in t.concurrencies]
    ahead = all(
        t.point("promosdk", e, n).calls_per_s > t.point("httpx+pydantic", e, n).calls_per_s
        and t.point("promosdk", e, n).cpu_us_per_call < t.point("httpx+pydantic", e, n).cpu_us_per_call
        for e in t.endpoints
        for n in t.concurrencies
        if ("httpx+pydantic", e, n) in t.points
    )
    return min(ratios) >= THROUGHPUT_GOAL, min(cpu) >= THROUGHPUT_GOAL, ahead, min(ratios), min(cpu)


def summary_lines(r: Results) -> list[str]:
    lines = []
    if r.throughput is not None:
        t = r.throughput
        ok, cpu_ok, ahead, worst, worst_cpu = throughput_goal(t)
        for e in t.endpoints:
            parts = []
            for n in t.concurrencies:
                parts.append(
                    f"c={n}: {t.ratio('promosdk', e, n):.2f}x calls/s, "
                    f"{t.ratio('promosdk', e, n, cpu=True):.2f}x CPU-efficiency"
                )
            lines.append(f"throughput {e}, promosdk vs raw aiohttp: " + "; ".join(parts))
        lines.append(
            f"throughput goal (>= {THROUGHPUT_GOAL}x raw): calls/s {_met(ok).strip('*')} (worst {worst:.2f}x), "
            f"client CPU per call {_met(cpu_ok).strip('*')} (worst {worst_cpu:.2f}x); "
            f"ahead of httpx+pydantic: {'yes' if ahead else 'no'}"
        )
    if r.decode is not None:
        d = r.decode
        lines.append(
            "decode promosdk/pydantic v2 time (GC on | paused): "
            + ", ".join(
                f"{n} products {d.ratio('promosdk', 'pydantic v2', n):.2f}x | "
                f"{d.ratio('promosdk', 'pydantic v2', n, False):.2f}x"
                for n in d.sizes
            )
            + " (<1 = promosdk faster)"
        )
    if r.singleflight is not None:
        s = r.singleflight
        lines.append(
            f"single-flight: {s.calls:,} cold calls -> {s.token_requests} token request(s), "
            f"last answer after {s.wall_s:.2f} s"
        )
    for m in r.memory:
        gate = f", gated {m.gate:,}" if m.gate else ""
        lines.append(
            f"memory {m.client} ({m.calls:,} calls, pool {m.pool_size:,}{gate}): +{m.growth_mb:.1f} MB RSS "
            f"({m.kb_per_call:.1f} KB/call)"
        )
    if r.imports is not None:
        v = r.imports.variants[0]
        lines.append(
            f"import promosdk: +{v.overhead:.0f} ms over bare python ({v.name}; clients load on first use: "
            f"`{WITH_CLIENT}` +{v.over_bare(WITH_CLIENT):.0f} ms, import aiohttp alone +{v.over_bare(FLOORS[0]):.0f} ms)"
        )
    lines.append(f"wall time {r.wall_s:.0f} s")
    return lines


# ---------------------------------------------------------------- markdown


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def _throughput_md(t: ThroughputResult) -> list[str]:
    ok, cpu_ok, ahead, worst, worst_cpu = throughput_goal(t)
    md = [
        "## 1. Throughput and client CPU per call",
        "",
        f"Each point: {t.repeats} repeat(s) of a {t.window_s:g} s window after a warm-up, repeats interleaved "
        "between the clients in rotating order; medians. *calls/s ratio* and *CPU ratio* are medians of "
        "per-repeat ratios vs raw aiohttp measured side by side (CPU ratio = raw µs / client µs, so 1.00 = "
        "as cheap as raw, 0.50 = twice the CPU). *server CPU* is the replay server's utilisation: near 100% "
        "means the server, not the client, capped the throughput (2 cores: one each).",
        "",
    ]
    for endpoint in t.endpoints:
        md += [f"### {endpoint}", ""]
        rows = []
        for n in t.concurrencies:
            for c in CLIENT_NAMES:
                if (c, endpoint, n) not in t.points:
                    continue
                p = t.point(c, endpoint, n)
                rows.append(
                    [
                        str(n),
                        c,
                        f"{p.calls_per_s:,.0f}",
                        f"{p.cpu_us_per_call:,.0f}",
                        f"{t.ratio(c, endpoint, n):.2f}",
                        f"{t.ratio(c, endpoint, n, cpu=True):.2f}",
                        f"{p.server_util * 100:.0f}%",
                    ]
                )
        md += _table(
            [
                "concurrency",
                "client",
                "calls/s",
                "client CPU µs/call",
                "calls/s ratio vs raw",
                "CPU ratio vs raw",
                "server CPU",
            ],
            rows,
        )
        md.append("")
    md += [
        f"**Goal: promosdk ≥ {THROUGHPUT_GOAL}x raw aiohttp, and ahead of httpx+pydantic.**",
        "",
        f"- calls/s: {_met(ok)} (worst ratio {worst:.2f}x). With 2 cores shared by client and server (and by "
        "other tenants) wall-clock throughput is noisy and partly capped by the server; the CPU ratio is the "
        "client's own cost.",
        f"- client CPU per call: {_met(cpu_ok)} (worst {worst_cpu:.2f}x the floor's efficiency).",
        f"- ahead of httpx+pydantic (calls/s and CPU/call at every point): {'**yes**' if ahead else '**no**'}.",
        "",
        "![throughput vs concurrency](throughput.png)",
        "",
    ]
    return md


def _decode_md(d: DecodeResult) -> list[str]:
    md = [
        "## 2. Decode: plan_info bytes → typed models",
        "",
        "The seed plan_info answer with its product replicated 10, 100 and 1,000 times (about 16 objects "
        "per product). CPU time (`time.process_time()`) per decode, median of interleaved repeats. First "
        "with the cyclic GC on, as in an application (its collections grow with the objects a body makes "
        "and weigh on every decoder for large bodies), then paused (the decoder's own cost).",
        "",
    ]
    decoders = ("promosdk", "promosdk structure only", "pydantic v2", "msgspec", "orjson.loads alone")
    for gc_on in (True, False):
        md += [f"### GC {'on' if gc_on else 'paused'}", ""]
        header = [
            "decoder",
            "keeps unknown fields",
            *[f"{n} products µs" for n in d.sizes],
            *[f"{n}: vs pydantic" for n in d.sizes],
        ]
        rows = []
        for name in decoders:
            keeps = d.unknown_fields.get("promosdk" if name.startswith("promosdk") else name, False)
            rows.append(
                [
                    name,
                    "yes" if keeps else "**no** (dropped)",
                    *[f"{d.us(name, n, gc_on):,.0f}" for n in d.sizes],
                    *[f"{d.ratio(name, 'pydantic v2', n, gc_on):.2f}x" for n in d.sizes],
                ]
            )
        md += _table(header, rows)
        md.append("")
    sizes = ", ".join(f"{n}: {d.body_bytes[n] / 1024:,.0f} KiB" for n in d.sizes)
    faster = all(d.ratio("promosdk", "pydantic v2", n, gc_on) < 1 for n in d.sizes for gc_on in (True, False))
    vs_pydantic = ", ".join(f"{d.ratio('promosdk', 'pydantic v2', n, False):.2f}x" for n in d.sizes)
    md += [
        f"Body sizes: {sizes}. *vs pydantic* = time / pydantic's time (< 1 = faster). promosdk = "
        "`promosdk._serde.loads(body, PlanInfoResponse)` (orjson + cattrs, unknown fields kept in `extra`); "
        "*structure only* = the cattrs part from the parsed dict. pydantic v2 = `model_validate_json` with "
        '`extra="allow"`. msgspec = `Decoder(PlanInfoResponse, strict=False)` — Structs **drop unknown '
        "fields**, so it does less work than the other two. All three accept ints sent as strings "
        '(`"totalStockNum": "128"`), were checked to decode the same values, and promosdk and pydantic '
        "were checked to keep an unknown field.",
        "",
        f"**Goal: faster than pydantic v2 while keeping unknown fields:** {_met(faster)} "
        f"(promosdk/pydantic, GC paused: {vs_pydantic}).",
        "",
    ]
    return md


def _singleflight_md(s: SingleFlightResult) -> list[str]:
    ok = s.token_requests == 1
    return [
        "## 3. Token single-flight",
        "",
        f"{s.calls:,} concurrent `promotion.list` calls on a cold `WeChatUnionClient` (default pool of 256 "
        f"connections); the replay server holds the token answer {s.token_delay_s * 1000:.0f} ms.",
        "",
        *_table(
            [
                "token requests seen by the server",
                "client token fetches",
                "API requests",
                "rejected tokens",
                "time to last answer",
                "client CPU µs/call",
            ],
            [
                [
                    str(s.token_requests),
                    str(s.client_fetches),
                    f"{s.api_requests:,}",
                    str(s.bad_token),
                    f"{s.wall_s:.2f} s",
                    f"{s.cpu_us_per_call:.0f}",
                ]
            ],
        ),
        "",
        f"**Goal: exactly 1 token request:** {_met(ok)}.",
        "",
    ]


def _memory_md(ms: list[MemoryResult]) -> list[str]:
    md = [
        "## 4. Memory with calls in flight",
        "",
        "RSS (`VmRSS` of /proc/self/status) of a fresh client process: peak while the calls are in flight "
        "minus the warmed-up baseline. The replay server holds every answer for *delay*; *held at once* is "
        "the most answers it held simultaneously. *connections* = pool size: with as many connections as "
        "calls, all calls are on the wire at once; with the default 256, the others wait (`asyncio.gather` of "
        "10,000 calls on a default client): raw aiohttp queues fully built requests for a connection, "
        "promosdk holds them in its own gate before aiohttp builds them. *gate*: an extra "
        "`asyncio.Semaphore` around each call in the benchmark itself (what the workers of `promosdk.batch` do).",
        "",
    ]
    rows = [
        [
            m.client,
            f"{m.calls:,}",
            f"{m.pool_size:,}",
            f"{m.gate:,}" if m.gate else "—",
            f"{m.delay_s:g} s",
            f"{m.max_held_by_server:,}",
            f"{m.baseline_mb:.0f} MB",
            f"{m.peak_mb:.0f} MB",
            f"**+{m.growth_mb:.1f} MB**",
            f"{m.kb_per_call:.1f} KB",
            f"{m.wall_s:.1f} s",
        ]
        for m in ms
    ]
    md += _table(
        [
            "client",
            "calls",
            "connections",
            "gate",
            "delay",
            "held at once",
            "baseline",
            "peak",
            "growth",
            "per call",
            "time",
        ],
        rows,
    )

    def find(client: str, *, full_pool: bool, gated: bool = False) -> MemoryResult | None:
        for m in ms:
            if m.client == client and (m.pool_size == m.calls) == full_pool and bool(m.gate) == gated:
                return m
        return None

    main, raw = find("promosdk", full_pool=False), find("raw aiohttp", full_pool=False)
    wire, raw_wire = find("promosdk", full_pool=True), find("raw aiohttp", full_pool=True)
    md.append("")
    if main is not None:
        line = (
            f"**Goal: < {MEMORY_GOAL_MB:.0f} MB with {main.calls:,} calls in flight:** "
            f"{_met(main.growth_mb < MEMORY_GOAL_MB)} with the default client (+{main.growth_mb:.1f} MB: "
            f"{main.pool_size:,} on the wire, the rest waiting inside promosdk, which admits calls to aiohttp "
            "only as connections free up"
        )
        if raw is not None:
            line += f"; raw aiohttp with the same pool: +{raw.growth_mb:.1f} MB, as aiohttp builds every request before it queues"
        line += ")."
        md += [line, ""]
    if wire is not None:
        text = (
            f"With a pool as large as the calls ({wire.pool_size:,} sockets open at once) promosdk takes "
            f"+{wire.growth_mb:.1f} MB"
        )
        if raw_wire is not None:
            text += (
                f" and raw aiohttp +{raw_wire.growth_mb:.1f} MB: promosdk adds "
                f"{(wire.kb_per_call - raw_wire.kb_per_call):+.1f} KB per call over the floor (its typed request, "
                "attempt state and answer)"
            )
        md += [text + ".", ""]
    return md


def _imports_md(imp: ImportResult) -> list[str]:
    cached = imp.variants[0]
    md = [
        "## 5. Import time",
        "",
        f"Wall time of a fresh `python -c ...`, median of {imp.runs} interleaved runs. *with .pyc*: a private "
        "`PYTHONPYCACHEPREFIX` warmed first (as from an installed wheel). *environment as is*: this "
        "environment unchanged (it may set `PYTHONDONTWRITEBYTECODE=1` with an editable install, so "
        "promosdk's sources are compiled at every start).",
        "",
    ]
    rows = []
    for v in imp.variants:
        for code in v.runs:
            rows.append(
                [
                    v.name,
                    f'`python -c "{code}"`',
                    f"{v.ms(code):.0f} ms",
                    "—" if code == "pass" else f"+{v.over_bare(code):.0f} ms",
                ]
            )
    md += _table(["bytecode", "command", "median", "over bare python"], rows)
    md += [
        "",
        f"**Goal: < {IMPORT_GOAL_MS:.0f} ms over bare Python:** {_met(cached.overhead < IMPORT_GOAL_MS)} "
        f"(+{cached.overhead:.0f} ms with .pyc). `import promosdk` loads the exceptions only; the clients, and "
        f"aiohttp with them, load on first use: `{WITH_CLIENT}` costs +{cached.over_bare(WITH_CLIENT):.0f} ms, of "
        f"which `import aiohttp` alone is +{cached.over_bare(FLOORS[0]):.0f} ms (`aiohttp.connector`'s self time "
        "is mostly the two SSL contexts it builds at import, loading the CA bundle). Judged on the client "
        f"import, the goal is {_met(cached.over_bare(WITH_CLIENT) < IMPORT_GOAL_MS).replace('*', '')}.",
        "",
        f'Top cumulative entries of `python -X importtime -c "import promosdk"` (with .pyc; promosdk '
        f"cumulative {imp.promosdk_cumulative_ms:.0f} ms; -X importtime adds its own overhead):",
        "",
    ]
    md += _table(
        ["module", "depth", "self ms", "cumulative ms"],
        [
            [
                ("&nbsp;" * 2 * e.depth) + f"`{e.module}`",
                str(e.depth),
                f"{e.self_ms:.1f}",
                f"{e.cumulative_ms:.1f}",
            ]
            for e in imp.top
        ],
    )
    md.append("")
    return md


def render_markdown(r: Results) -> str:
    env = r.env
    md = [
        "# promosdk benchmarks",
        "",
        "Generated by `make bench` (`python -m benchmarks"
        + (" --quick`: a reduced run, not for quoting" if r.quick else "`")
        + f") in {r.wall_s:.0f} s. Client and replay server run in separate processes; the client's CPU "
        "time per call (`time.process_time()` deltas in the client process) is reported beside the "
        "throughput, because on 2 shared cores wall-clock figures are noisy and the server can hide the "
        "client's cost. Ratios are measured in the same run.",
        "",
        "## Summary",
        "",
        *[f"- {line}" for line in summary_lines(r)],
        "",
        "## Machine and versions",
        "",
        f"- {env.python}; {env.nproc} CPUs: {env.cpu_model}; load average before {env.load_before[0]:.2f}, "
        f"after {env.load_after[0]:.2f} (the machine is shared)",
        "- " + ", ".join(f"{k} {v}" for k, v in env.packages.items()),
        "- replay server: `python -m benchmarks.replay_server` (aiohttp.web low-level server, fixed bodies: "
        "the seed promotion/list and plan_info examples, compact JSON); same pool of 256 connections for "
        "all clients (promosdk's default)",
        "",
    ]
    if r.throughput is not None:
        md += _throughput_md(r.throughput)
    if r.decode is not None:
        md += _decode_md(r.decode)
    if r.singleflight is not None:
        md += _singleflight_md(r.singleflight)
    if r.memory:
        md += _memory_md(r.memory)
    if r.imports is not None:
        md += _imports_md(r.imports)
    md += [
        "## Reproduce",
        "",
        "```bash",
        "make bench                           # full run (< 5 min on 2 cores), writes docs/benchmarks.md and docs/throughput.png",
        ".venv/bin/python -m benchmarks --quick --output /tmp/bench   # reduced run",
        ".venv/bin/python -m benchmarks.profile                       # pyinstrument over promosdk promotion/list, c=100",
        "```",
        "",
    ]
    return "\n".join(md)


# ---------------------------------------------------------------- chart


def render_chart(t: ThroughputResult, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, len(t.endpoints), figsize=(6 * len(t.endpoints), 8), squeeze=False)
    styles = {"promosdk": "o-", "raw aiohttp": "s--", "httpx+pydantic": "^:"}
    for col, endpoint in enumerate(t.endpoints):
        top, bottom = axes[0][col], axes[1][col]
        for client in CLIENT_NAMES:
            if (client, endpoint, t.concurrencies[0]) not in t.points:
                continue
            points = [t.point(client, endpoint, n) for n in t.concurrencies]
            top.plot(t.concurrencies, [p.calls_per_s for p in points], styles[client], label=client)
            bottom.plot(t.concurrencies, [p.cpu_us_per_call for p in points], styles[client], label=client)
        top.set_title(f"{endpoint}: throughput")
        top.set_ylabel("calls/s (median)")
        bottom.set_title(f"{endpoint}: client CPU per call")
        bottom.set_ylabel("µs CPU per call (median, log)")
        bottom.set_yscale("log")
        for ax in (top, bottom):
            ax.set_xscale("log")
            ax.set_xticks(t.concurrencies, [str(n) for n in t.concurrencies])
            ax.set_xlabel("concurrency")
            ax.grid(True, alpha=0.3)
            ax.legend()
        top.set_ylim(bottom=0)
    fig.suptitle("promosdk vs raw aiohttp vs httpx+pydantic (replay server in another process)")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
