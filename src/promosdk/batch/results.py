"""The results file: append-only JSON lines, one per input, resumable (see promosdk.batch)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock
    fcntl = None  # type: ignore[assignment]

from .errors import BatchInputError

__all__ = ["ResultLog"]


class ResultLog:
    """The append-only results file: one JSON object per line, each written with one ``os.write``."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        #: Complete lines that are not JSON objects with a "url" (ignored on resume).
        self.unreadable = 0
        #: Bytes of a trailing partial line cut off when opened.
        self.dropped_bytes = 0
        #: Inputs whose latest line was not final: their lines were removed, the run retries them.
        self.retrying = 0
        #: True when this ResultLog created the file (see remove_if_unused).
        self.created = False

    def scan(self, redo: Callable[[dict[str, Any]], bool] | None = None) -> set[str]:
        """URLs whose latest result line is final; cuts off a trailing partial line.

        Lines of inputs to retry (their latest line is not final, or ``redo`` says the run must do
        it again: an agreed plan without the share links asked for now) are removed by rewriting
        the file atomically, so that after the re-run every input again has exactly one line.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return set()
        except OSError as exc:
            raise BatchInputError(f"{self.path}: cannot read: {exc.strerror or exc}") from None
        end = data.rfind(b"\n") + 1
        if end < len(data):
            self.dropped_bytes = len(data) - end
            os.truncate(self.path, end)
        self.unreadable = 0
        latest: dict[str, tuple[int, bytes, bool]] = {}
        lines = data[:end].splitlines()
        for index, line in enumerate(lines):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError:
                self.unreadable += 1
                continue
            if isinstance(record, dict) and isinstance(record.get("url"), str):
                final = record.get("final", True) is not False and not (redo is not None and redo(record))
                latest[record["url"]] = (index, line, final)
            else:
                self.unreadable += 1
        done = {url for url, (_i, _line, final) in latest.items() if final}
        self.retrying = len(latest) - len(done)
        if self.retrying or len(latest) != sum(1 for line in lines if line.strip()):
            kept = sorted((i, line) for url, (i, line, final) in latest.items() if final)
            self._rewrite(b"".join(line + b"\n" for _i, line in kept))
        return done

    def _rewrite(self, content: bytes) -> None:
        """Replace the file atomically (a crash leaves the old or the new file, never a mix)."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)
        if self._fd is not None:  # our lock was on the replaced file: take it on the new one
            self.close()
            self.open()

    def open(self) -> None:
        """Open (create) the file for appending and lock it against a second run on the same file."""
        if self._fd is None:
            try:
                if self.path.parent != Path():
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                try:
                    fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
                    created = True
                except FileExistsError:
                    fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
                    created = False
            except OSError as exc:
                raise BatchInputError(f"{self.path}: cannot open: {exc.strerror or exc}") from None
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    os.close(fd)
                    raise BatchInputError(f"{self.path}: another batch run is writing to this file") from None
            self._fd = fd
            self.created = self.created or created

    def write(self, record: dict[str, Any]) -> None:
        if self._fd is None:
            self.open()
        assert self._fd is not None
        view = memoryview(orjson.dumps(record) + b"\n")
        while view:  # a regular file takes it in one write; loop only on a short write
            written = os.write(self._fd, view)
            view = view[written:]

    def remove_if_unused(self) -> None:
        """Remove the file if this log created it and nothing was written (a run stopped before its
        first line, by a failed preflight for example): no empty results file is left behind."""
        if self._fd is None or not self.created or os.fstat(self._fd).st_size:
            return
        # Unlinked while still locked: a second run opening the name meanwhile fails to lock it.
        with contextlib.suppress(OSError):
            self.path.unlink()
        self.created = False

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
