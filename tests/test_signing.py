"""promosdk.signing: digest, Beijing timestamps, message ids."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from promosdk.signing import BEIJING, new_msg_id, parse_waiqin_timestamp, waiqin_digest, waiqin_timestamp


def test_digest_is_md5_of_body_appkey_timestamp() -> None:
    body = '{"name":"活动"}'
    expected = hashlib.md5(f"{body}|key-1|20261126120000".encode()).hexdigest()
    assert waiqin_digest(body, "key-1", "20261126120000") == expected
    assert waiqin_digest(body.encode(), "key-1", "20261126120000") == expected
    assert len(expected) == 32 and expected == expected.lower()


def test_timestamp_is_beijing_time() -> None:
    moment = dt.datetime(2026, 11, 26, 16, 30, 5, tzinfo=dt.UTC)
    assert waiqin_timestamp(moment) == "20261127003005"
    assert parse_waiqin_timestamp("20261127003005") == moment.astimezone(BEIJING)
    with pytest.raises(ValueError):
        waiqin_timestamp(dt.datetime(2026, 1, 1))  # naive: refuse to guess the zone
    with pytest.raises(ValueError):
        parse_waiqin_timestamp("2026-11-27")


def test_message_ids_are_unique_hex() -> None:
    ids = {new_msg_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
