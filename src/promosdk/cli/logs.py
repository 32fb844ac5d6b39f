"""``-v`` / ``-vv``: promosdk's log on stderr.

``-v`` shows promosdk's INFO lines: every failed attempt of a call with what followed it (a retry
and its delay, or the call's failure and why), reconciled writes, token refreshes and warnings.
``-vv`` adds its DEBUG lines: every request with its status and time. Other libraries stay at INFO.
"""

from __future__ import annotations

import logging
import sys

from .._attempt_log import FAILED_ATTEMPT
from .._constants import LOGGER_NAME

__all__ = ["configure_logging"]


def _not_a_failed_attempt(record: logging.LogRecord) -> bool:
    """A failed attempt is shown once, by its INFO line (its DEBUG request line says less)."""
    return not getattr(record, FAILED_ATTEMPT, False)


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
    handler.addFilter(_not_a_failed_attempt)
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    logging.getLogger(LOGGER_NAME).setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
