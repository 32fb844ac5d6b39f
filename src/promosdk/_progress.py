"""The progress bars of the long jobs (batch, orders export): rich on stderr, only on a terminal.

rich is the [cli] extra: without it, or when the bar is off, :func:`rich_progress` yields None and
the job runs silently.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

__all__ = ["rich_progress"]


@contextlib.contextmanager
def rich_progress(console: Console | None, *, enabled: bool, counters: str) -> Iterator[Progress | None]:
    """A started rich ``Progress`` (bar, count, ``counters`` — a TextColumn format over the task's
    fields —, elapsed and remaining time) on ``console`` (default: stderr), or None."""
    if not enabled:
        yield None
        return
    try:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
    except ImportError:  # a core-only install: the job runs, silently
        yield None
        return
    console = console if console is not None else Console(stderr=True)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn(counters),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=False,
    )
    with progress:
        yield progress
