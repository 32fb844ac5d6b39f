"""``-v`` / ``-vv``: promosdk's log on stderr.

``-v`` shows retries and failures at INFO: every failed attempt of a call (each is followed by a
retry or is the call's failure), reconciled writes, token refreshes and warnings. ``-vv`` adds every
request (DEBUG: one line per attempt with its status and time). Other libraries stay at INFO.
"""

from __future__ import annotations

import logging
import sys

from .._constants import LOGGER_NAME

__all__ = ["configure_logging"]


class _RetriesAndFailures(logging.Filter):
    """promosdk's DEBUG attempt lines of failed attempts become INFO; the other DEBUG lines pass
    only with ``-vv``."""

    def __init__(self, show_debug: bool) -> None:
        super().__init__()
        self.show_debug = show_debug

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.INFO:
            return True
        if record.name.partition(".")[0] == LOGGER_NAME and " error=" in record.getMessage():
            record.levelno, record.levelname = logging.INFO, "INFO"
            return True
        return self.show_debug


def configure_logging(verbose: int) -> None:
    """Log to stderr: through rich on a terminal, as plain unwrapped lines otherwise."""
    if verbose <= 0:
        return
    handler: logging.Handler
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.logging import RichHandler

        handler = RichHandler(console=Console(stderr=True), show_path=False)
        handler.setFormatter(logging.Formatter("%(message)s"))
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_RetriesAndFailures(show_debug=verbose > 1))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    # promosdk writes its per-attempt lines only when its logger is enabled for DEBUG.
    logging.getLogger(LOGGER_NAME).setLevel(logging.DEBUG)
