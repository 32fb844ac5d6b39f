"""What the attempt loop reads from an answer's headers when it is not a success: where a
redirect points (redacted: it is put in the error) and how long the server asks to wait."""

from __future__ import annotations

import datetime
import email.utils

import yarl

from ._redact import redacted_excerpt
from ._transport import HTTPAnswer

_LOCATION_CHARS = 300


def redacted_location(answer: HTTPAnswer) -> str | None:
    """A redirect's Location without query, fragment or credentials (where secrets would travel)."""
    value = answer.headers.get("Location")
    if value is None:
        return None
    try:
        url = yarl.URL(value.strip())
        if url.absolute:
            url = url.with_user(None)
        text = str(url.with_query(None).with_fragment(None))
    except (TypeError, ValueError):
        return "(unparsable)"
    return redacted_excerpt(text, _LOCATION_CHARS, marker="")


def retry_after_seconds(answer: HTTPAnswer) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    value = answer.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())
