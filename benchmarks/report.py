"""Render the results: ``benchmarks.md`` (goals, side-by-side figures, tables, machine) and the chart.

The throughput and tuned-floor sections are here; decode, single-flight, memory, import time and
the environment are in :mod:`benchmarks.report_sections`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .ablation import FLOOR, AblationResult
from .chart import CHART_NAME
from .clients import CLIENT_NAMES, HTTPX, PROMOSDK, RAW, TUNED
from .decode import PYDANTIC, DecodeResult
from .gc_share import GCShareResult
from .gc_share import render as render_gc_share
from .goals import Goal, all_goals, default_client_memory
from .importtime import FLOORS, WITH_CLIENT, ImportResult
from .memory import MemoryResult
from .report_sections import (
    Environment,
    decode_md,
    environment_md,
    imports_md,
    memory_md,
    singleflight_md,
    table,
)
from .singleflight import SingleFlightResult
from .throughput import ThroughputResult
from .tuned import SETTINGS

__all__ = ["Results", "render_markdown", "summary_lines"]

RATIO_DEFINITION = (
    "**CPU ratio** (the figure the goals are judged on) = the baseline's client CPU µs per call / "
    "promosdk's client CPU µs per call, the median of per-repeat ratios measured side by side: "
    "**> 1 means promosdk is cheaper** than the baseline, 1.00 as cheap, 0.80 that promosdk spends "
    "1.25x the baseline's CPU. Client CPU = `time.process_time()` of the client process over the "
    "window / the calls completed in it."
)


@dataclass
class Results:
    quick: bool
    wall_s: float
    env: Environment
    throughput: ThroughputResult | None
    ablation: AblationResult | None
    gc_share: GCShareResult | None
    decode: DecodeResult | None
    singleflight: SingleFlightResult | None
    memory: list[MemoryResult]
    imports: ImportResult | None

    def goals(self) -> list[Goal]:
        return all_goals(self.throughput, self.decode, self.singleflight, self.memory, self.imports)


def _met(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


def _x(ratio: float, suffix: str = "x") -> str:
    """A ratio, or a dash where a client was not measured (it failed)."""
    return "—" if math.isnan(ratio) else f"{ratio:.2f}{suffix}"


# ---------------------------------------------------------------- summary (stdout and the doc)


def summary_lines(r: Results, *, with_missed: bool = True) -> list[str]:
    """The run in a few lines (printed at the end; in the doc without the list of missed goals)."""
    lines = []
    if r.throughput is not None:
        t = r.throughput
        for e in t.endpoints:
            parts = [
                f"c={n}: {_x(t.ratio(PROMOSDK, e, n, cpu=True))} raw, "
                f"{_x(t.ratio(PROMOSDK, e, n, cpu=True, baseline=TUNED))} tuned"
                for n in t.concurrencies
            ]
            failed = t.failures.get((PROMOSDK, e))
            lines.append(f"{e}, promosdk CPU ratio: " + (f"failed: {failed}" if failed else "; ".join(parts)))
    if r.ablation is not None:
        a = r.ablation
        for e in a.endpoints:
            for n in a.concurrencies:
                savings = ", ".join(f"{name} {a.saving_us(name, e, n):+.1f}" for name in SETTINGS)
                lines.append(
                    f"tuned floor {e} c={n}: {a.cpu_us(FLOOR, e, n):.1f} µs/call; saved per setting (µs/call): "
                    f"{savings}"
                )
    if r.gc_share is not None:
        g = r.gc_share
        lines.append(
            "the cyclic GC's part of the client CPU per call: "
            + ", ".join(
                f"{e} promosdk {g.gc_us(PROMOSDK, e):+.0f} µs, raw {g.gc_us(RAW, e):+.0f} µs"
                for e in g.endpoints
            )
        )
    if r.decode is not None:
        d = r.decode
        lines.append(
            "decode promosdk/pydantic v2 time (GC on | paused): "
            + ", ".join(
                f"{c.label} {d.ratio(PROMOSDK, PYDANTIC, c.label):.2f}x | {d.ratio(PROMOSDK, PYDANTIC, c.label, False):.2f}x"
                for c in d.cases
            )
        )
    if r.singleflight is not None:
        s = r.singleflight
        lines.append(f"single-flight: {s.calls:,} cold calls -> {s.token_requests} token request(s)")
    m = default_client_memory(r.memory)
    if m is not None:
        lines.append(f"memory, default client, {m.calls:,} calls in flight: +{m.growth_mb:.1f} MB RSS")
    if r.imports is not None:
        v = r.imports.variants[0]
        lines.append(
            f"import promosdk +{v.overhead:.0f} ms; {WITH_CLIENT} +{v.over_bare(WITH_CLIENT):.0f} ms "
            f"(import aiohttp +{v.over_bare(FLOORS[0]):.0f} ms)"
        )
    goals = r.goals()
    missed = [g for g in goals if not g.met]
    lines.append(f"goals met: {len(goals) - len(missed)} of {len(goals)}")
    if with_missed:
        lines += [f"NOT MET: {g.area}: {g.target}: {g.figure}" for g in missed]
    lines.append(f"wall time {r.wall_s:.0f} s")
    return lines


def _goals_md(goals: Sequence[Goal]) -> list[str]:
    md = [
        "## Goals (issue 14)",
        "",
        RATIO_DEFINITION,
        "",
        "Decode ratios are times: promosdk's time / pydantic v2's (< 1 = promosdk faster).",
        "",
    ]
    md += table(
        ["area", "goal", "figure", "status"], [[g.area, g.target, g.figure, _met(g.met)] for g in goals]
    )
    met = sum(g.met for g in goals)
    md += ["", f"{met} of {len(goals)} goals met.", ""]
    return md


def _side_by_side_md(t: ThroughputResult) -> list[str]:
    md = [
        "## Side by side: client CPU per call",
        "",
        "Medians, µs of client CPU per call, same run. *raw* = raw aiohttp as users write it; *tuned* = the "
        "tuned floor (section 2); ratios are CPU ratios as defined above (> 1 = promosdk cheaper).",
        "",
    ]
    rows = []
    for e in t.endpoints:
        for n in t.concurrencies:
            cpu = {c: t.point(c, e, n).cpu_us_per_call for c in CLIENT_NAMES if t.point(c, e, n).windows}
            rows.append(
                [
                    e,
                    f"{n:,}",
                    *[f"{cpu[c]:,.0f}" if c in cpu else "—" for c in CLIENT_NAMES],
                    _x(t.ratio(PROMOSDK, e, n, cpu=True)),
                    _x(t.ratio(PROMOSDK, e, n, cpu=True, baseline=TUNED)),
                    _x(t.ratio(HTTPX, e, n, cpu=True)),
                ]
            )
    md += table(
        [
            "operation",
            "c",
            "promosdk µs",
            "raw µs",
            "tuned µs",
            "httpx+pydantic µs",
            "promosdk vs raw",
            "promosdk vs tuned",
            "httpx+pydantic vs raw",
        ],
        rows,
    )
    md += ["", *_failures_md(t)]
    return md


def _failures_md(t: ThroughputResult) -> list[str]:
    if not t.failures:
        return []
    md = ["Not measured (a call failed, so the benchmark stopped measuring that client there):", ""]
    md += [f"- {client}, {endpoint}: `{error}`" for (client, endpoint), error in sorted(t.failures.items())]
    return [*md, ""]


def _throughput_md(t: ThroughputResult) -> list[str]:
    fewer = [c for c in CLIENT_NAMES if t.repeats_of.get(c, t.repeats) < t.repeats]
    repeats = f"{t.repeats}" + "".join(f", {r} at c = {n:,}" for n, r in sorted(t.repeats_at.items()))
    repeats += "".join(f"; {c}: at most {t.repeats_of[c]}" for c in fewer)
    md = [
        "## 1. Throughput and client CPU per call",
        "",
        f"Each point: repeats of a {t.window_s:g} s window after a warm-up (repeats: {repeats}), "
        "interleaved between the clients in rotating order; each client is started once per point and kept "
        "for all its windows (long-lived, as in an application; between its windows it runs nothing), its "
        "first window warmed up until its connections are open; medians. "
        "Operations: promotion/list (the seed answer, 2 spots), plan_info (the seed answer, 1 product), "
        "product/list (`wx.product.list(offset=0, limit=20)`, a 20-product page built from the fixture's two "
        "products). *calls/s ratio* = client calls/s / raw's. *server CPU* is the replay server's "
        "utilisation: near 100% means the server, not the client, capped the throughput (2 cores shared "
        "by client, server and other tenants: calls/s are noisy, CPU per call is the client's own cost).",
        "",
    ]
    for endpoint in t.endpoints:
        md += [f"### {endpoint}", ""]
        rows = []
        for n in t.concurrencies:
            for c in CLIENT_NAMES:
                p = t.point(c, endpoint, n)
                if not p.windows:
                    continue
                rows.append(
                    [
                        f"{n:,}",
                        c,
                        f"{p.calls_per_s:,.0f}",
                        f"{p.cpu_us_per_call:,.1f}",
                        _x(t.ratio(c, endpoint, n, cpu=True), ""),
                        _x(t.ratio(c, endpoint, n, cpu=True, baseline=TUNED), ""),
                        _x(t.ratio(c, endpoint, n), ""),
                        f"{p.server_util * 100:.0f}%",
                    ]
                )
        md += table(
            [
                "c",
                "client",
                "calls/s",
                "client CPU µs/call",
                "CPU ratio vs raw",
                "CPU ratio vs tuned",
                "calls/s ratio vs raw",
                "server CPU",
            ],
            rows,
        )
        md.append("")
    md += _failures_md(t)
    ahead = all(
        t.point(PROMOSDK, e, n).cpu_us_per_call < t.point(HTTPX, e, n).cpu_us_per_call
        for e in t.endpoints
        for n in t.concurrencies
        if t.point(HTTPX, e, n).windows and t.point(PROMOSDK, e, n).windows
    )
    md += [
        f"promosdk cheaper per call than httpx+pydantic at every point: {'**yes**' if ahead else '**no**'}.",
        "",
        f"![throughput and client CPU per call vs concurrency]({CHART_NAME})",
        "",
    ]
    return md


def _ablation_md(a: AblationResult) -> list[str]:
    md = [
        "## 2. The tuned floor, and what each setting saves",
        "",
        "*raw aiohttp tuned* makes the same calls as raw aiohttp as users write it (a GET, `orjson.loads`, "
        "the errcode check) with what a careful engineer sets once (`benchmarks/tuned.py`). Ablation: the "
        "floor, the floor minus one setting at a time, and raw as users write it, measured side by side "
        f"({a.repeats} interleaved repeats of {a.window_s:g} s windows). *saved* = median over repeats of "
        "(CPU µs per call without the setting) - (the floor's): what leaving that setting at the common "
        "default costs per call; the range is the spread of the per-repeat differences (a range across 0 "
        "is within the noise).",
        "",
    ]
    for e in a.endpoints:
        for n in a.concurrencies:
            floor = a.cpu_us(FLOOR, e, n)
            md += [f"### {e}, c = {n:,}: the floor spends {floor:.1f} µs of client CPU per call", ""]
            rows = []
            for name, setting in SETTINGS.items():
                low, high = a.saving_range(name, e, n)
                saved = a.saving_us(name, e, n)
                rows.append(
                    [
                        f"`{name}`",
                        setting.tuned,
                        setting.instead,
                        f"{saved:+.1f}",
                        f"{saved / floor * 100:+.0f}%",
                        f"{low:+.1f} … {high:+.1f}",
                    ]
                )
            raw = a.raw_gap_us(e, n)
            rows.append(
                [
                    "the first three together",
                    "the floor",
                    "raw aiohttp as users write it (default jar, a `str` URL, a `params=` dict)",
                    f"{raw:+.1f}",
                    f"{raw / floor * 100:+.0f}%",
                    "",
                ]
            )
            md += table(
                [
                    "setting",
                    "the floor does",
                    "instead (ablation)",
                    "saved µs/call",
                    "of the floor's CPU",
                    "range",
                ],
                rows,
            )
            md.append("")
    md += [
        "Raw aiohttp as users write it differs from the floor in the first three settings (it sends no "
        "per-call headers and uses the session's timeout); the last two show what a per-call timeout or "
        "headers dict would add.",
        "",
    ]
    return md


def render_markdown(r: Results, extra_sections: Sequence[str] = ()) -> str:
    """The whole document; ``extra_sections`` (markdown, numbered by their producer) go before Reproduce."""
    md = [
        "# promosdk benchmarks",
        "",
        "Generated by `make bench` (`python -m benchmarks"
        + (" --quick`: a reduced run, NOT for quoting" if r.quick else "`")
        + f") in {r.wall_s:.0f} s. Client and replay server run in separate processes; the client's CPU "
        "time per call is reported beside the throughput, because on 2 shared cores wall-clock figures "
        "are noisy and the server can hide the client's cost. Every ratio is measured in the same run.",
        "",
        "Baselines: **raw aiohttp as users write it** (a default `ClientSession`, a `params=` dict per "
        "call, `orjson.loads`, an errcode check); **raw aiohttp tuned**, the floor (the same with "
        "`DummyCookieJar`, a prebuilt pre-encoded `yarl.URL`, no per-call headers or timeout objects; "
        "section 2); **httpx + pydantic v2**, the usual alternative; and for decoding alone **msgspec**, "
        "which drops unknown fields (promosdk and the pydantic models keep them).",
        "",
    ]
    md += _goals_md(r.goals())
    if r.throughput is not None:
        md += _side_by_side_md(r.throughput)
    md += ["## Summary", "", *[f"- {line}" for line in summary_lines(r, with_missed=False)], ""]
    md += environment_md(r.env)
    if r.throughput is not None:
        md += _throughput_md(r.throughput)
    if r.gc_share is not None:
        md += render_gc_share(r.gc_share)
    if r.ablation is not None:
        md += _ablation_md(r.ablation)
    if r.decode is not None:
        md += decode_md(r.decode)
    if r.singleflight is not None:
        md += singleflight_md(r.singleflight)
    if r.memory:
        md += memory_md(r.memory)
    if r.imports is not None:
        md += imports_md(r.imports)
    for section in extra_sections:
        md += [section.rstrip(), ""]
    md += [
        "## Reproduce",
        "",
        "```bash",
        "make bench                                                  # full run (< 4 min on 2 cores): docs/benchmarks.md, docs/throughput.png",
        ".venv/bin/python -m benchmarks --quick --output /tmp/bench  # reduced run (< 1 min), not for quoting",
        ".venv/bin/python -m benchmarks.profile                      # where promosdk's per-call CPU goes (pyinstrument)",
        "```",
        "",
    ]
    return "\n".join(md)
