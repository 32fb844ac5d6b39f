"""``throughput.png``: client CPU per call and calls/s vs concurrency per operation and client, and
the CPU ratios of promosdk vs both raw baselines with the goals as lines."""

from __future__ import annotations

from pathlib import Path

from .clients import CLIENT_NAMES, PROMOSDK, RAW, TUNED
from .goals import THROUGHPUT_GOALS
from .throughput import ThroughputResult

CHART_NAME = "throughput.png"
STYLES = {PROMOSDK: "o-", RAW: "s--", TUNED: "D-.", "httpx+pydantic": "^:"}
LABELS = {RAW: "raw aiohttp, as users write it", TUNED: "raw aiohttp, tuned (the floor)"}


def render_chart(t: ThroughputResult, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    columns = len(t.endpoints)
    fig, axes = plt.subplots(3, columns, figsize=(5.5 * columns, 11), squeeze=False)
    for col, endpoint in enumerate(t.endpoints):
        cpu_ax, rate_ax, ratio_ax = axes[0][col], axes[1][col], axes[2][col]
        for client in CLIENT_NAMES:
            points = [t.point(client, endpoint, n) for n in t.concurrencies]
            if not all(p.windows for p in points):
                continue
            label = LABELS.get(client, client)
            cpu_ax.plot(t.concurrencies, [p.cpu_us_per_call for p in points], STYLES[client], label=label)
            rate_ax.plot(t.concurrencies, [p.calls_per_s for p in points], STYLES[client], label=label)
        vs_raw, vs_tuned = THROUGHPUT_GOALS.get(endpoint, (1.0, 1.0))
        for baseline, goal, style, color in (
            (RAW, vs_raw, "s-", "tab:orange"),
            (TUNED, vs_tuned, "D-", "tab:green"),
        ):
            ratios = [t.ratio(PROMOSDK, endpoint, n, cpu=True, baseline=baseline) for n in t.concurrencies]
            name = "raw" if baseline == RAW else "tuned"
            ratio_ax.plot(t.concurrencies, ratios, style, color=color, label=f"promosdk vs {name}")
            ratio_ax.axhline(
                goal, color=color, linestyle=":", linewidth=1, label=f"goal vs {name} ({goal:g}x)"
            )
        cpu_ax.set_title(f"{endpoint}: client CPU per call")
        cpu_ax.set_ylabel("µs CPU per call (median, log)")
        cpu_ax.set_yscale("log")
        rate_ax.set_title(f"{endpoint}: throughput")
        rate_ax.set_ylabel("calls/s (median)")
        rate_ax.set_ylim(bottom=0)
        failed = t.failures.get((PROMOSDK, endpoint))
        ratio_ax.set_title(
            f"{endpoint}: promosdk CPU ratio (> 1 = cheaper)" + (" — promosdk failed" if failed else "")
        )
        ratio_ax.set_ylabel("baseline CPU / promosdk CPU")
        ratio_ax.set_ylim(0, max(1.3, ratio_ax.get_ylim()[1]))
        for ax in (cpu_ax, rate_ax, ratio_ax):
            ax.set_xscale("log")
            ax.set_xlim(min(t.concurrencies) / 1.5, max(t.concurrencies) * 1.5)  # also with nothing plotted
            ax.set_xticks(t.concurrencies, [f"{n:,}" for n in t.concurrencies])
            ax.set_xlabel("concurrency")
            ax.grid(True, alpha=0.3)
            ax.legend(fontsize="small")
    fig.suptitle(
        "promosdk vs raw aiohttp (as users write it, tuned) vs httpx+pydantic; replay server in another process"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
