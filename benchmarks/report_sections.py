"""Sections of ``benchmarks.md``: the machine, decode, single-flight, memory, import time."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ._common import ROOT
from .decode import DECODERS, PYDANTIC, DecodeResult
from .goals import (
    DECODE_GOAL,
    Goal,
    decode_goals,
    default_client_memory,
    import_goals,
    memory_goal,
    singleflight_goal,
)
from .importtime import FLOORS, ImportResult
from .memory import MemoryResult
from .singleflight import SingleFlightResult

PACKAGES = (
    "aiohttp",
    "yarl",
    "attrs",
    "cattrs",
    "orjson",
    "httpx",
    "pydantic",
    "pydantic-core",
    "msgspec",
    "matplotlib",
)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def _met(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


def _goal_line(goal: Goal) -> str:
    """A section's goal, judged as in the goals table."""
    return f"**Goal: {goal.target}:** {_met(goal.met)} ({goal.figure})."


# ---------------------------------------------------------------- machine


@dataclass
class Environment:
    #: the commit measured, and whether src/ had uncommitted changes; where promosdk was imported from
    revision: str
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
        revision=_revision(),
        python=f"{platform.python_implementation()} {platform.python_version()} ({sys.platform})",
        packages=packages,
        nproc=nproc,
        cpu_model=cpu_model,
        load_before=load_before,
        load_after=os.getloadavg(),
    )


def _revision() -> str:
    import promosdk

    where = Path(promosdk.__file__).resolve().parent
    try:
        head = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "--", "src")
    except (OSError, subprocess.CalledProcessError):
        return f"promosdk from {where}"
    if not where.is_relative_to(ROOT):  # PYTHONPATH points at another copy (a snapshot of a commit, say)
        return f"promosdk imported from {where} (the work tree is at commit {head})"
    return f"commit {head}" + (" with uncommitted changes in src/" if dirty else "")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def environment_md(env: Environment) -> list[str]:
    return [
        "## Machine and versions",
        "",
        f"- promosdk measured: {env.revision}",
        f"- {env.python}; {env.nproc} CPUs: {env.cpu_model}; load average before {env.load_before[0]:.2f}, "
        f"after {env.load_after[0]:.2f} (the machine is shared)",
        "- " + ", ".join(f"{k} {v}" for k, v in env.packages.items()),
        "- replay server: `python -m benchmarks.replay_server` (aiohttp.web low-level server, fixed compact "
        "JSON bodies: the seed promotion/list and plan_info answers, a 20-product product/list page); the "
        "same pool of 256 connections for every client (promosdk's default)",
        "",
    ]


# ---------------------------------------------------------------- decode


def decode_md(d: DecodeResult) -> list[str]:
    md = [
        "## 3. Decode: body bytes → typed models",
        "",
        "plan_info: the seed answer with its product replicated 10, 100 and 1,000 times (about 16 objects per "
        "product); product/list: the 20-product page of section 1. CPU time (`time.process_time()`) per "
        "decode, median of interleaved repeats. First with the cyclic GC on, as in an application (its "
        "collections grow with the objects a body makes and weigh on every decoder for large bodies), then "
        "paused (the decoder's own cost). promosdk pauses the GC itself while it decodes an answer "
        "(`promosdk._serde.with_gc_paused`), so its two figures differ only by noise; pydantic and "
        "msgspec run with the GC as the column says. *vs pydantic* = time / pydantic v2's time (< 1 = faster).",
        "",
    ]
    labels = [c.label for c in d.cases]
    for gc_on in (True, False):
        md += [f"### GC {'on' if gc_on else 'paused'}", ""]
        rows = []
        for name in DECODERS:
            keeps = d.unknown_fields.get("promosdk" if name.startswith("promosdk") else name, False)
            rows.append(
                [
                    name,
                    "yes" if keeps else "**no** (dropped)",
                    *[f"{d.us(name, c, gc_on):,.0f}" for c in labels],
                    *[f"{d.ratio(name, PYDANTIC, c, gc_on):.2f}x" for c in labels],
                ]
            )
        md += table(
            [
                "decoder",
                "keeps unknown fields",
                *[f"{c} µs" for c in labels],
                *[f"{c}: vs pydantic" for c in labels],
            ],
            rows,
        )
        md.append("")
    sizes = ", ".join(f"{c}: {d.body_bytes[c] / 1024:,.0f} KiB" for c in labels)
    met = all(g.met for g in decode_goals(d))
    md += [
        f"Body sizes: {sizes}. promosdk = `promosdk._serde.loads(body, Model)` (what the client runs on an "
        "answer: orjson, then the typed decoders, unknown fields kept in `extra`); *structure only* = the "
        'typed part from the parsed dict. pydantic v2 = `model_validate_json` with `extra="allow"` '
        "(`benchmarks/pydantic_models.py`). msgspec = `Decoder(Model, strict=False)` "
        "(`benchmarks/msgspec_models.py`): Structs **drop unknown fields**, so it does less work than the "
        'other two. All three accept ints sent as strings (`"totalStockNum": "128"`). Before timing, each '
        "body (with an unknown field added at the top and in a nested object) is decoded by the three: "
        "their values were checked equal, promosdk and pydantic asserted to keep the unknown fields and "
        "msgspec to drop them.",
        "",
        f"**Goal: ≤ {DECODE_GOAL}x pydantic v2's time for every body, GC on and paused, unknown fields "
        f"kept:** {_met(met)} (see the goals table).",
        "",
    ]
    return md


# ---------------------------------------------------------------- single-flight


def singleflight_md(s: SingleFlightResult) -> list[str]:
    return [
        "## 4. Token single-flight",
        "",
        f"{s.calls:,} concurrent `promotion.list` calls on a cold `WeChatUnionClient` (default pool of 256 "
        f"connections); the replay server holds the token answer {s.token_delay_s * 1000:.0f} ms.",
        "",
        *table(
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
        _goal_line(singleflight_goal(s)),
        "",
    ]


# ---------------------------------------------------------------- memory


def memory_md(ms: list[MemoryResult]) -> list[str]:
    md = [
        "## 5. Memory with calls in flight",
        "",
        "RSS (`VmRSS` of /proc/self/status) of a fresh client process: peak while the calls are in flight "
        "minus the warmed-up baseline. The replay server holds every answer for *delay*; *held at once* is "
        "the most answers it held simultaneously. *connections* = pool size: with as many connections as "
        "calls, all calls are on the wire at once; with the default 256, the others wait (`asyncio.gather` of "
        "the calls on a default client): raw aiohttp queues fully built requests for a connection, "
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
    md += table(
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
    md.append("")
    main, goal = default_client_memory(ms), memory_goal(ms)
    raw = next((m for m in ms if m.client == "raw aiohttp" and m.pool_size < m.calls), None)
    if main is not None and goal is not None:
        line = (
            f"{_goal_line(goal)} The default client: {main.pool_size:,} calls on the wire, the rest waiting "
            "inside promosdk"
        )
        if raw is not None:
            line += f"; raw aiohttp with the same pool: +{raw.growth_mb:.1f} MB"
        md += [line + ".", ""]
    wire = next((m for m in ms if m.client == "promosdk" and m.pool_size >= m.calls), None)
    raw_wire = next((m for m in ms if m.client == "raw aiohttp" and m.pool_size >= m.calls), None)
    if wire is not None and raw_wire is not None:
        md += [
            f"With a pool as large as the calls ({wire.pool_size:,} sockets open at once) promosdk takes "
            f"+{wire.growth_mb:.1f} MB and raw aiohttp +{raw_wire.growth_mb:.1f} MB: promosdk adds "
            f"{(wire.kb_per_call - raw_wire.kb_per_call):+.1f} KB per call over raw aiohttp (its typed request, "
            "attempt state and answer).",
            "",
        ]
    return md


# ---------------------------------------------------------------- import time


def imports_md(imp: ImportResult) -> list[str]:
    md = [
        "## 6. Import time",
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
    md += table(["bytecode", "command", "median", "over bare python"], rows)
    first, second = import_goals(imp)
    md += [
        "",
        f"{_goal_line(first)} `import promosdk` loads the exceptions only; the clients, and aiohttp with "
        "them, load on first use.",
        "",
        f"{_goal_line(second)} (`{FLOORS[0]}` is what any aiohttp-based client pays; the difference is "
        "promosdk's own modules and attrs/cattrs.)",
        "",
        f'Top cumulative entries of `python -X importtime -c "import promosdk"` (with .pyc; promosdk '
        f"cumulative {imp.promosdk_cumulative_ms:.0f} ms; -X importtime adds its own overhead):",
        "",
    ]
    md += table(
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
