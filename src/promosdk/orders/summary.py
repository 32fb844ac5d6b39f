"""The summary of an export: commission per promotion spot and commission status, over every row
of the output file (rows kept from an earlier run included), and what the run did."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:  # rich is the [cli] extra: imported only to draw the tables
    from rich.console import Console

__all__ = ["ExportSummary", "SpotTotals", "yuan"]


def yuan(fen: int) -> str:
    """20 -> "¥0.20" (for the tables; the files keep fen)."""
    sign = "-" if fen < 0 else ""
    return f"¥{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


@attrs.define
class SpotTotals:
    """The lines of one spot in one commission status."""

    pid: str
    name: str
    status: str
    lines: int = 0
    order_ids: set[str] = attrs.field(factory=set, repr=False)
    price_fen: int = 0
    estimated_commission_fen: int = 0
    commission_fen: int = 0
    #: Lines whose commission is not known yet ("-"), so not in commission_fen.
    commission_pending: int = 0

    def add(self, row: Mapping[str, Any]) -> None:
        self.lines += 1
        self.order_ids.add(str(row.get("order_id")))
        self.price_fen += row.get("price_fen") or 0
        self.estimated_commission_fen += row.get("estimated_commission_fen") or 0
        commission = row.get("commission_fen")
        if commission is None:
            self.commission_pending += 1
        else:
            self.commission_fen += commission

    def to_json(self) -> dict[str, Any]:
        return {
            "promotion_pid": self.pid,
            "promotion_name": self.name,
            "commission_status": self.status,
            "lines": self.lines,
            "orders": len(self.order_ids),
            "price_fen": self.price_fen,
            "estimated_commission_fen": self.estimated_commission_fen,
            "commission_fen": self.commission_fen,
            "commission_pending_lines": self.commission_pending,
        }


@attrs.define
class ExportSummary:
    output: str = ""
    state_file: str = ""
    window: str = ""
    status_filter: str | None = None
    #: The vendor's totalNum on the last page read (orders matching the filters).
    total_orders: int | None = None
    #: Rows and distinct orders in the output file now.
    rows: int = 0
    orders: int = 0
    #: Rows kept from an earlier run of the same export (resumed), and written by this run.
    resumed_rows: int = 0
    written_rows: int = 0
    #: order/search pages requested by this run (and of them, by the closing catch-up walk).
    pages: int = 0
    catch_up_pages: int = 0
    #: Orders listed again on a later page (or kept from an earlier run): written once.
    duplicates_skipped: int = 0
    #: The resumed run found the last page written listed differently: it walked from page 1.
    listing_moved: bool = False
    #: Orders the vendor counted that no page listed, even after the catch-up walk.
    short_by: int = 0
    complete: bool = False
    interrupted: bool = False
    aborted: dict[str, Any] | None = None
    #: The file held every order of the window before this run: nothing was requested.
    already_complete: bool = False
    dropped_bytes: int = 0
    wall_time: float = 0.0
    spots: dict[tuple[str, str], SpotTotals] = attrs.field(factory=dict)
    order_ids: set[str] = attrs.field(factory=set, repr=False)

    def add_row(self, row: Mapping[str, Any], *, written: bool) -> None:
        self.rows += 1
        if written:
            self.written_rows += 1
        else:
            self.resumed_rows += 1
        self.order_ids.add(str(row.get("order_id")))
        self.orders = len(self.order_ids)
        pid = str(row.get("promotion_pid") or "")
        status = str(row.get("commission_status") or "")
        totals = self.spots.get((pid, status))
        if totals is None:
            totals = self.spots[(pid, status)] = SpotTotals(pid, str(row.get("promotion_name") or ""), status)
        totals.add(row)

    def sorted_spots(self) -> list[SpotTotals]:
        return sorted(self.spots.values(), key=lambda t: (t.name, t.pid, t.status))

    @property
    def state(self) -> str:
        if self.interrupted:
            return "interrupted"
        if self.aborted is not None:
            return f"stopped ({self.aborted['type']})"
        return "complete" if self.complete else "incomplete"

    def to_json(self) -> dict[str, Any]:
        spots = self.sorted_spots()
        return {
            "output": self.output,
            "state_file": self.state_file,
            "window": self.window,
            "commission_status": self.status_filter,
            "state": self.state,
            "complete": self.complete,
            "aborted": self.aborted,
            "total_orders": self.total_orders,
            "rows": self.rows,
            "orders": self.orders,
            "resumed_rows": self.resumed_rows,
            "written_rows": self.written_rows,
            "pages": self.pages,
            "catch_up_pages": self.catch_up_pages,
            "duplicates_skipped": self.duplicates_skipped,
            "short_by": self.short_by,
            "listing_moved": self.listing_moved,
            "already_complete": self.already_complete,
            "dropped_bytes": self.dropped_bytes,
            "wall_time_s": round(self.wall_time, 3),
            "spots": [t.to_json() for t in spots],
            "totals": {
                "lines": sum(t.lines for t in spots),
                "price_fen": sum(t.price_fen for t in spots),
                "estimated_commission_fen": sum(t.estimated_commission_fen for t in spots),
                "commission_fen": sum(t.commission_fen for t in spots),
            },
        }

    def render(self, console: Console) -> None:
        """Commission per spot and status, then the run."""
        from rich.markup import escape
        from rich.table import Table

        table = Table(title="Commission per spot and status", title_justify="left")
        # Amounts never wrap or get cut: the spot's name and pid fold instead when space is short.
        table.add_column("spot", overflow="fold", min_width=8)
        table.add_column("pid", overflow="fold", min_width=10)
        table.add_column("status", no_wrap=True)
        for name in ("orders", "lines", "paid", "estimated", "commission"):
            table.add_column(name, justify="right", no_wrap=True)
        spots = self.sorted_spots()
        for t in spots:
            # Commission is "-" exactly while pending: a group of pending lines has none yet.
            settled = "-" if t.commission_pending == t.lines else yuan(t.commission_fen)
            table.add_row(
                escape(t.name) or "-", escape(t.pid) or "-", escape(t.status.removeprefix("SETTLEMENT_")) or "-",
                str(len(t.order_ids)), str(t.lines), yuan(t.price_fen),
                yuan(t.estimated_commission_fen), settled,
            )  # fmt: skip
        table.add_row(
            "[bold]total[/bold]", "", "", f"[bold]{self.orders}[/bold]", f"[bold]{self.rows}[/bold]",
            yuan(sum(t.price_fen for t in spots)), yuan(sum(t.estimated_commission_fen for t in spots)),
            "-" if all(t.commission_pending == t.lines for t in spots) else yuan(sum(t.commission_fen for t in spots)),
        )  # fmt: skip
        run = Table(title="Export", title_justify="left", show_header=False)
        run.add_column("what")
        run.add_column("value", justify="right")
        rows: list[tuple[str, str]] = [
            ("state", self.state),
            ("pay-time window", self.window),
            ("commission status", self.status_filter or "any"),
            (
                "orders matching (vendor totalNum)",
                "-" if self.total_orders is None else str(self.total_orders),
            ),
            ("orders / rows in the file", f"{self.orders} / {self.rows}"),
            ("rows kept from an earlier run", str(self.resumed_rows)),
            ("rows written now", str(self.written_rows)),
            ("pages requested", str(self.pages)),
        ]
        if self.listing_moved:
            rows.append(("[yellow]listing moved since the last run[/yellow]", "walked from page 1"))
        if self.catch_up_pages:
            rows.append(("[yellow]pages of the catch-up walk[/yellow]", str(self.catch_up_pages)))
        if self.duplicates_skipped:
            rows.append(("orders listed twice (written once)", str(self.duplicates_skipped)))
        if self.short_by:
            rows.append(("[yellow]orders counted but never listed[/yellow]", str(self.short_by)))
        if self.dropped_bytes:
            rows.append(("bytes of an unfinished page dropped", str(self.dropped_bytes)))
        rows += [
            ("wall time", f"{self.wall_time:.2f} s"),
            ("output", escape(self.output)),
        ]
        for what, value in rows:
            run.add_row(what, value)
        console.print(table)
        console.print(run)
