"""The long jobs' progress bars (batch, orders export) draw through one rich setup, on a terminal only."""

from __future__ import annotations

import io

from rich.console import Console

from promosdk.batch.progress import progress_bar
from promosdk.orders.progress import export_progress


def _console(terminal: bool) -> Console:
    return Console(file=io.StringIO(), force_terminal=terminal, width=120)


def test_both_bars_draw_their_counters_on_a_terminal() -> None:
    console = _console(True)
    with progress_bar(console, enabled=True, total=3) as advance:
        advance(1, 0)
        advance(1, 1)
    with export_progress(console, enabled=True) as page_done:
        page_done(5, 10, 6, 1)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "plans" in out and "ok " in out and "failed " in out and "2/3" in out
    assert "orders" in out and "rows " in out and "pages 1" in out and "5/10" in out


def test_off_or_not_a_terminal_draws_nothing() -> None:
    for console, enabled in ((_console(True), False), (_console(False), True)):
        with progress_bar(console, enabled=enabled, total=2) as advance:
            advance(1, 0)
        with export_progress(console, enabled=enabled) as page_done:
            page_done(1, None, 1, 1)
        assert console.file.getvalue() == ""  # type: ignore[attr-defined]
