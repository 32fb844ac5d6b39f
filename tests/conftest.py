"""Suite-wide guard: DEBUG logging is captured for the whole run and checked for secrets.

Every record from the ``promosdk`` and ``aiohttp`` loggers (message and traceback) is passed
through promosdk's redactor; if redaction would change it, a secret (app secret, access_token,
waiqin appkey, digest) leaked into a log line, and the session fails.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from promosdk._redact import redact


class LeakDetector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.records = 0
        self.leaks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1
        text = self.format(record)
        if redact(text) != text:
            self.leaks.append(text[:500])


@pytest.fixture(scope="session", autouse=True)
def no_secrets_in_debug_logs() -> Iterator[LeakDetector]:
    detector = LeakDetector()
    loggers = [logging.getLogger(name) for name in ("promosdk", "aiohttp")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(detector)
        lg.setLevel(logging.DEBUG)
    yield detector
    for lg, level in zip(loggers, levels, strict=True):
        lg.removeHandler(detector)
        lg.setLevel(level)
    assert detector.leaks == [], f"secrets in {len(detector.leaks)} of {detector.records} log records"
