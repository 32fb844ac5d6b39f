"""The summary of a batch run: counts, outcomes per step, calls per endpoint; as JSON or tables."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from .calls import ENDPOINTS, CallStats
from .spots import SpotReport

if TYPE_CHECKING:  # rich is the [cli] extra: imported only to draw the tables
    from rich.console import Console

__all__ = ["BatchSummary"]


@attrs.define
class BatchSummary:
    output: str = ""
    inputs: int = 0
    duplicates: int = 0
    skipped: int = 0
    pending: int = 0
    processed: int = 0
    ok: int = 0
    failed: int = 0
    outcomes: Counter[tuple[str, str, bool]] = attrs.field(factory=Counter)
    error_types: Counter[str] = attrs.field(factory=Counter)
    spots: SpotReport | None = None
    stats: CallStats = attrs.field(factory=CallStats)
    wall_time: float = 0.0
    interrupted: bool = False
    aborted: dict[str, Any] | None = None
    dropped_partial_line: bool = False
    #: Lines written this run that are not final (a re-run retries them).
    retry_later: int = 0
    #: Inputs retried this run because their earlier line was not final (or had no share links
    #: while the share-links step is on).
    retried: int = 0
    #: The share-links step: the spot's PID, and the links written this run.
    share_pid: str | None = None
    share_links: int = 0

    @property
    def complete(self) -> bool:
        return not self.interrupted and self.aborted is None and self.processed == self.pending

    @property
    def total_calls(self) -> int:
        return self.stats.total_calls

    @property
    def throughput(self) -> float:
        return self.total_calls / self.wall_time if self.wall_time > 0 else 0.0

    def add(self, record: dict[str, Any]) -> None:
        self.processed += 1
        ok = bool(record["ok"])
        if ok:
            self.ok += 1
        else:
            self.failed += 1
        if record.get("final") is False:
            self.retry_later += 1
        self.outcomes[(str(record["step"]), str(record["status"]), ok)] += 1
        if record.get("error"):
            self.error_types[str(record["error"]["type"])] += 1
        self.share_links += len(record.get("share_links") or ())

    def to_json(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "complete": self.complete,
            "interrupted": self.interrupted,
            "aborted": self.aborted,
            "inputs": self.inputs,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "pending": self.pending,
            "processed": self.processed,
            "ok": self.ok,
            "failed": self.failed,
            "retry_later": self.retry_later,
            "retried": self.retried,
            "outcomes": [
                {"step": step, "status": status, "ok": ok, "count": n}
                for (step, status, ok), n in sorted(self.outcomes.items(), key=lambda kv: (-kv[1], kv[0]))
            ],
            "error_types": dict(self.error_types),
            "spots": self.spots.to_json() if self.spots is not None else None,
            "calls": {name: s.to_json() for name, s in self.stats.endpoints.items()},
            "total_calls": self.total_calls,
            "endpoints_exercised": self.stats.exercised(),
            "wall_time_s": round(self.wall_time, 3),
            "throughput_calls_per_s": round(self.throughput, 1),
            "dropped_partial_line": self.dropped_partial_line,
            "share_pid": self.share_pid,
            "share_links": self.share_links,
        }

    def render(self, console: Console) -> None:
        """Print the summary tables (outcomes per step, calls per endpoint, the run)."""
        from rich.markup import escape
        from rich.table import Table

        outcomes = Table(title="Outcomes per step", title_justify="left")
        outcomes.add_column("step")
        outcomes.add_column("status")
        outcomes.add_column("ok")
        outcomes.add_column("inputs", justify="right")
        for (step, status, ok), n in sorted(self.outcomes.items(), key=lambda kv: (-kv[1], kv[0])):
            outcomes.add_row(step, status, "yes" if ok else "[red]no[/red]", str(n))
        if not self.outcomes:
            outcomes.add_row("-", "-", "-", "0")
        calls = Table(title="Calls per endpoint", title_justify="left")
        calls.add_column("endpoint")
        calls.add_column("calls", justify="right")
        calls.add_column("errors", justify="right")
        calls.add_column("avg ms", justify="right")
        calls.add_column("error classes")
        for name, s in self.stats.endpoints.items():
            avg = f"{1000 * s.seconds / s.calls:.1f}" if s.calls else "-"
            kinds = ", ".join(f"{k} x{v}" for k, v in s.error_types.most_common(3))
            calls.add_row(name, str(s.calls), str(s.errors), avg, kinds)
        calls.add_row("[bold]total[/bold]", f"[bold]{self.total_calls}[/bold]", "", "", "")
        run = Table(title="Run", title_justify="left", show_header=False)
        run.add_column("what")
        run.add_column("value", justify="right")
        state = (
            "interrupted"
            if self.interrupted
            else f"aborted ({self.aborted['type']})"
            if self.aborted
            else "complete"
            if self.complete
            else "incomplete"
        )
        rows: list[tuple[str, str]] = [
            ("state", state),
            ("inputs (distinct URLs)", str(self.inputs)),
            ("skipped (already in output)", str(self.skipped)),
            ("processed now", f"{self.processed} / {self.pending}"),
            ("ok / failed", f"{self.ok} / {self.failed}"),
        ]
        if self.retried:
            rows.append(("retried (earlier line not final)", str(self.retried)))
        if self.retry_later:
            rows.append(("[yellow]to retry (transient failures)[/yellow]", str(self.retry_later)))
        if self.duplicates:
            rows.append(("duplicate input lines", str(self.duplicates)))
        if self.spots is not None:
            sp = self.spots
            rows.append(
                (
                    "spots present/added/renamed",
                    f"{len(sp.present)}/{len(sp.added)}/{len(sp.renamed)} (total {sp.total})",
                )
            )
            for old, new in sp.rename_sources_missing.items():
                rows.append(("[yellow]renamed spot not found, added[/yellow]", escape(f"{old} => {new}")))
        if self.share_pid is not None:
            rows.append(("share links written (spot)", escape(f"{self.share_links} ({self.share_pid})")))
        rows += [
            ("wall time", f"{self.wall_time:.2f} s"),
            ("calls", str(self.total_calls)),
            ("throughput", f"{self.throughput:.0f} calls/s"),
            ("endpoints exercised", f"{len(self.stats.exercised())}/{len(ENDPOINTS)}"),
            ("results file", self.output),
        ]
        for what, value in rows:
            run.add_row(what, value)
        console.print(outcomes)
        console.print(calls)
        console.print(run)
