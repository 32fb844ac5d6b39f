"""The export's progress bar (orders of the vendor's totalNum), drawn like the batch's: rich on
stderr, only on a terminal; without rich, or off, nothing is drawn."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .._progress import rich_progress

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["PageDone", "export_progress"]

#: Called once per page read: (orders in the file, the vendor's total, rows in the file, pages read).
PageDone = Callable[[int, "int | None", int, int], None]


def _nothing(orders: int, total: int | None, rows: int, pages: int) -> None:
    pass


@contextlib.contextmanager
def export_progress(console: Console | None, *, enabled: bool) -> Iterator[PageDone]:
    """A bar over the vendor's totalNum on ``console`` (default: stderr), drawn only on a terminal."""
    counters = "rows [green]{task.fields[rows]}[/green] pages {task.fields[pages]}"
    with rich_progress(console, enabled=enabled, counters=counters) as progress:
        if progress is None:
            yield _nothing
            return
        task_id = progress.add_task("orders", total=None, rows=0, pages=0)

        def page_done(orders: int, total: int | None, rows: int, pages: int) -> None:
            progress.update(
                task_id, completed=orders, total=max(total, orders) if total is not None else None,
                rows=rows, pages=pages,
            )  # fmt: skip

        yield page_done
