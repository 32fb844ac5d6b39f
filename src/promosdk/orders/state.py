"""The output file of an export and its state file beside it (``orders.csv.state.json``).

The output grows one page at a time, each page's rows in one ``os.write``; after each page the
state file is replaced atomically with the page to request next, the ids of the page just read
and the output's size so far. A resumed run cuts the output back to that size (dropping the rows
of a page whose state was never saved, or a half-written row) and continues from that page. The state records the export's
window, commission status and format: a run asking for another export refuses the file (nothing
is sent) unless told to start over (``restart``).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import attrs
import orjson

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock
    fcntl = None  # type: ignore[assignment]

from ..batch import BatchInputError
from .rows import FORMATS, Format
from .window import window_text

__all__ = ["STATE_SUFFIX", "ExportFile", "ExportState", "ExportStateError", "state_path"]

STATE_SUFFIX = ".state.json"
_VERSION = 1


class ExportStateError(BatchInputError):
    """The output file or its state file cannot be used for this export; nothing was sent."""


def state_path(output: Path) -> Path:
    return output.with_name(output.name + STATE_SUFFIX)


@attrs.define(kw_only=True)
class ExportState:
    """Where an export stands (the JSON of the state file)."""

    since: int
    until: int
    status: str | None
    format: Format
    page_size: int
    #: The order/search page to request next (from 1).
    next_page: int = 1
    #: Size of the output after the last complete page (the CSV header included).
    bytes: int = 0
    #: The vendor's totalNum on the last page read.
    total: int | None = None
    #: The order ids of the last page read, in order: a resumed run reads that page again and
    #: continues after it only if it still lists them (else the listing moved: from page 1).
    last_page_ids: list[str] = attrs.field(factory=list)
    #: Every order of the window is in the output.
    complete: bool = False

    def same_export(self, other: ExportState) -> bool:
        return (self.since, self.until, self.status, self.format) == (
            other.since,
            other.until,
            other.status,
            other.format,
        )

    def to_json(self) -> dict[str, Any]:
        return {"version": _VERSION, **attrs.asdict(self)}

    @classmethod
    def from_json(cls, data: object) -> ExportState:
        if not isinstance(data, dict) or data.get("version") != _VERSION:
            raise ValueError("not an export state of this version")
        try:
            state = cls(**{f.name: data[f.name] for f in attrs.fields(cls)})
        except (KeyError, TypeError) as exc:
            raise ValueError(f"a field is missing or wrong ({exc})") from None
        ints = (state.since, state.until, state.page_size, state.next_page, state.bytes)
        if (
            not all(isinstance(n, int) and not isinstance(n, bool) for n in ints)
            or state.format not in FORMATS
        ):
            raise ValueError("a field has the wrong type")
        if not isinstance(state.last_page_ids, list) or not all(
            isinstance(i, str) for i in state.last_page_ids
        ):
            raise ValueError("last_page_ids must be a list of order ids")
        if state.next_page < 1 or state.bytes < 0 or state.page_size < 1:
            raise ValueError("a field is out of range")
        return state


class ExportFile:
    """The locked output file and its state file."""

    def __init__(self, output: str | os.PathLike[str]) -> None:
        self.path = Path(output)
        self.state_path = state_path(self.path)
        self._fd: int | None = None
        #: True when this run created the output (see remove_if_unused).
        self.created = False
        #: Bytes cut off the end when resuming (an unfinished page).
        self.dropped_bytes = 0

    def _lock(self) -> None:
        try:
            if self.path.parent != Path():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
                self.created = True
            except FileExistsError:
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        except OSError as exc:
            raise ExportStateError(f"{self.path}: cannot open: {exc.strerror or exc}") from None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise ExportStateError(f"{self.path}: another export is writing to this file") from None
        self._fd = fd

    def open(self, wanted: ExportState, *, header: bytes, restart: bool = False) -> tuple[ExportState, bytes]:
        """Lock the output; returns the state to continue from and the output's content so far.

        A new (or empty) output, or ``restart``: ``wanted``, with the header written. Otherwise the
        saved state, which must be of the same export, with the output cut back to its size.
        """
        self._lock()
        assert self._fd is not None
        size = os.fstat(self._fd).st_size
        saved = None if restart else self._load_state()
        if saved is None:
            if size and not restart:
                raise ExportStateError(
                    f"{self.path} exists but has no export state ({self.state_path.name}): not resuming a "
                    "file this command did not start; pass --restart to overwrite it, or choose another -o"
                )
            os.ftruncate(self._fd, 0)
            state = attrs.evolve(wanted, next_page=1, bytes=0, total=None, last_page_ids=[], complete=False)
            self.append(header, state)
            return state, header
        if not saved.same_export(wanted):
            raise ExportStateError(
                f"{self.path} holds another export ({window_text(saved.since, saved.until)}, status "
                f"{saved.status or 'any'}, {saved.format}); pass --restart to overwrite it, or choose another -o"
            )
        if size < saved.bytes:
            raise ExportStateError(
                f"{self.path} is shorter than its export state says ({size} < {saved.bytes} bytes); "
                "pass --restart to export again"
            )
        if size > saved.bytes:
            os.ftruncate(self._fd, saved.bytes)
            self.dropped_bytes = size - saved.bytes
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise ExportStateError(f"{self.path}: cannot read: {exc.strerror or exc}") from None
        return saved, data

    def peek_state(self) -> ExportState | None:
        """The saved state, if there is a readable one (read again, under the lock, by open)."""
        try:
            return self._load_state()
        except ExportStateError:
            return None

    def _load_state(self) -> ExportState | None:
        try:
            raw = self.state_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ExportStateError(f"{self.state_path}: cannot read: {exc.strerror or exc}") from None
        try:
            return ExportState.from_json(orjson.loads(raw))
        except (orjson.JSONDecodeError, ValueError) as exc:
            raise ExportStateError(
                f"{self.state_path}: unreadable export state ({exc}); pass --restart to export again"
            ) from None

    def append(self, data: bytes, state: ExportState) -> None:
        """Append ``data`` (one page's rows) in one write, then save ``state`` with the new size."""
        assert self._fd is not None
        view = memoryview(data)
        while view:  # a regular file takes it in one write; loop only on a short write
            view = view[os.write(self._fd, view) :]
        state.bytes = os.fstat(self._fd).st_size
        self.save(state)

    def save(self, state: ExportState) -> None:
        """Replace the state file atomically (a crash leaves the old or the new one)."""
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(orjson.dumps(state.to_json(), option=orjson.OPT_INDENT_2) + b"\n")
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(tmp, self.state_path)

    def remove_if_unused(self, state: ExportState | None) -> None:
        """Remove the output (and its state) this run created when no row got in and the export did
        not finish (its first page failed, for example): no empty file is left behind."""
        if (
            self._fd is None
            or not self.created
            or (state is not None and (state.complete or state.next_page > 1))
        ):
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # unlinked while still locked: a second run meanwhile fails to lock it
        with contextlib.suppress(OSError):
            self.state_path.unlink()
        self.created = False

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
