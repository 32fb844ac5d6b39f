"""The batch's progress bar. rich draws it (the [cli] extra); without rich, or off, nothing is drawn."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .._progress import rich_progress

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["Advance", "progress_bar"]

#: Called once per finished input with the run's ok and failed counts so far.
Advance = Callable[[int, int], None]


def _nothing(ok: int, failed: int) -> None:
    pass


@contextlib.contextmanager
def progress_bar(console: Console | None, *, enabled: bool, total: int) -> Iterator[Advance]:
    """A bar over ``total`` inputs on ``console`` (default: stderr), drawn only on a terminal."""
    counters = "ok [green]{task.fields[ok]}[/green] failed [red]{task.fields[failed]}[/red]"
    with rich_progress(console, enabled=enabled, counters=counters) as progress:
        if progress is None:
            yield _nothing
            return
        task_id = progress.add_task("plans", total=total, ok=0, failed=0)

        def advance(ok: int, failed: int) -> None:
            progress.update(task_id, advance=1, ok=ok, failed=failed)

        yield advance
