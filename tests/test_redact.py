"""The redactor, and the suite-wide leak detector built on it (so that guard can fail)."""

from __future__ import annotations

import contextlib
import json
import logging
import random
import urllib.parse
from collections.abc import Iterator

import pytest

from promosdk import _redact
from promosdk._redact import (
    REDACTED,
    SecretRegistrations,
    forget_secret,
    redact,
    register_secret,
    registered_secret_count,
)

from .conftest import LeakDetector


def test_query_secrets_are_redacted() -> None:
    text = "GET https://api.weixin.qq.com/union/promoter/promotion/list?access_token=ABCDEF123456&start=0"
    assert redact(text) == "GET https://api.weixin.qq.com/union/promoter/promotion/list?access_token=***&start=0"
    assert "s3cr3t" not in redact("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3cr3t")


def test_waiqin_digest_segment_is_redacted() -> None:
    path = "/api/bcwin/v1/queryCampaign/openid-1/20261126120000/0123456789abcdef0123456789abcdef/msg1"
    assert redact(path) == "/api/bcwin/v1/queryCampaign/openid-1/20261126120000/***/msg1"


def test_registered_secrets_are_redacted_anywhere() -> None:
    register_secret("appkey-for-redaction-test")
    try:
        assert redact("boom: appkey-for-redaction-test!") == "boom: ***!"
    finally:
        forget_secret("appkey-for-redaction-test")
    assert redact("boom: appkey-for-redaction-test!") == "boom: appkey-for-redaction-test!"


def test_leak_detector_catches_a_leak() -> None:
    detector = LeakDetector()
    logger = logging.getLogger("promosdk.test-leak")
    logger.propagate = False  # keep this deliberate leak away from the session-wide detector
    logger.addHandler(detector)
    try:
        logger.warning("calling /union/promoter/target/plan_info?access_token=LEAKED0123")
        logger.warning("a clean line")
    finally:
        logger.removeHandler(detector)
    assert detector.records == 2
    assert len(detector.leaks) == 1


# ---------------------------------------------------------------------------- the registry (issue 10)


@contextlib.contextmanager
def _registered(*values: str) -> Iterator[None]:
    for value in values:
        register_secret(value)
    try:
        yield
    finally:
        for value in values:
            forget_secret(value)


def test_a_secret_with_any_characters_is_hidden_as_is_and_as_repr_json_or_a_url_print_it() -> None:
    secret = "we'ird\"sec\\ret/é中 &=%+\t-01"
    with _registered(secret):
        assert redact(f"<{secret}>") == "<***>"
        assert redact(repr({"k": secret})) == "{'k': '***'}"
        assert redact(repr([secret + '"'])) == "['***\"']"  # a repr that escapes the quote
        assert redact(json.dumps({"k": secret})) == '{"k": "***"}'
        assert redact(json.dumps({"k": secret}, ensure_ascii=False)) == '{"k": "***"}'
        assert redact("?x=" + urllib.parse.quote(secret, safe="")) == "?x=***"
    assert redact(f"<{secret}>") == f"<{secret}>"


def test_a_registered_value_is_hidden_whole_before_a_url_pattern_could_cut_it() -> None:
    with _registered("amp&ersand=secret-42"):
        assert redact("GET /x?secret=amp&ersand=secret-42&y=1") == "GET /x?secret=***&y=1"


def test_overlapping_secrets_are_hidden_as_one_and_nothing_of_them_shows() -> None:
    with _registered("abcdef-123456", "123456-ghijkl", "0123456789abcdef" * 4):
        assert redact("x abcdef-123456-ghijkl y") == "x *** y"
        assert redact("[" + "0123456789abcdef" * 5 + "]") == "[***]"  # found at 0 and at 16: one span
        assert redact("abcdef-123456abcdef-123456") == "******"


def test_redact_finds_exactly_what_a_naive_search_of_every_registered_form_finds() -> None:
    rng = random.Random(20261201)
    alphabet = "ab'\"\\/é-"  # few characters: many near misses and overlaps
    for _ in range(400):
        secrets = ["".join(rng.choice(alphabet) for _ in range(rng.randint(6, 40))) for _ in range(rng.randint(1, 4))]
        text = "".join(rng.choice([rng.choice(alphabet), rng.choice(secrets)]) for _ in range(rng.randint(0, 30)))
        with _registered(*secrets):
            expected = _naive_redact(text, list(_redact._forms))
            assert _redact._hide_registered(text) == expected, (secrets, text)


def _naive_redact(text: str, forms: list[str]) -> str:
    spans = sorted((i, i + len(f)) for f in forms for i in range(len(text)) if text.startswith(f, i))
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, kept = [], 0
    for start, end in merged:
        out += [text[kept:start], REDACTED]
        kept = end
    return "".join([*out, text[kept:]])


def test_a_secret_across_a_scan_window_boundary_of_a_huge_text_is_found() -> None:
    secret = "W" * 10 + "boundary-secret-value-0123456789"
    window = 16 * _redact._BLOCKS_PER_SCAN
    with _registered(secret):
        for position in (window - 20, window - 1, window, 3 * window - 7):
            text = "." * position + secret + "." * 100
            assert redact(text) == "." * position + REDACTED + "." * 100


def test_forgetting_more_often_than_registered_never_takes_another_holders_count() -> None:
    value = "held-twice-secret-00"
    register_secret(value)
    register_secret(value)
    forget_secret(value)
    forget_secret("never-registered-secret-00")
    assert redact(value) == REDACTED
    forget_secret(value)
    forget_secret(value)  # one more than registered: nothing to undo
    register_secret(value)
    try:
        assert redact(value) == REDACTED
    finally:
        forget_secret(value)
    assert redact(value) == value


def test_a_str_subclass_is_stored_as_a_plain_str() -> None:
    class Sneaky(str):
        def __hash__(self) -> int:
            return 0

        def __eq__(self, other: object) -> bool:
            return True

    with _registered(Sneaky("sneaky-secret-value")):
        assert redact("a sneaky-secret-value b") == "a *** b"
        assert redact("an unrelated text") == "an unrelated text"
        assert all(type(key) is str for key in _redact._secrets)


def test_secret_registrations_forget_what_they_added_once() -> None:
    before = registered_secret_count()
    holder = SecretRegistrations()
    holder.add("holder-secret-0001")
    holder.add(None)
    holder.add("short")  # ignored, like register_secret
    with pytest.raises(TypeError):
        holder.add(b"bytes-secret-0001")  # type: ignore[arg-type]
    assert registered_secret_count() == before + 1
    holder.release()
    holder.release()
    assert registered_secret_count() == before
    assert redact("holder-secret-0001") == "holder-secret-0001"


def test_the_repr_of_a_model_holding_a_registered_secret_is_redacted_once() -> None:
    from promosdk.models import PlanInfoResponse, PlanStatus, TargetPlanInfo

    with _registered("model-secret-value-01"):
        plan = TargetPlanInfo(
            plan_id="p",
            plan_status=PlanStatus.EFFECTIVE,
            plan_name="x",
            plan_desc="d",
            plan_start_time=1629216000,
            plan_end_time=1630166399,
            extra={"k": ["model-secret-value-01"]},
        )
        info = PlanInfoResponse(
            errmsg="model-secret-value-01",
            target_plan_info=plan,
            extra={"deep": {"deeper": "model-secret-value-01"}},
        )
        assert "model-secret-value-01" not in repr(info) and "model-secret-value-01" not in str(info)
        assert repr(info).count(REDACTED) == 3
        assert info.extra["deep"]["deeper"] == "model-secret-value-01"  # the data is unchanged


def test_key_patterns_tried_only_where_a_key_starts_hide_what_a_full_scan_hides() -> None:
    rng = random.Random(20261202)
    pieces = ["access_token", "ACCESS_TOKEN", "secret", "SeCrEt", "appkey", "Digest", "=", ":", " ", "'", '"']
    pieces += ["\\", "&", "#", "x", "\n", "_", "sec", "ret", "access_", "token", "\u017fecret"]  # long s matches "s"
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        full_scan = _redact._QUERY_SECRET.sub(_redact._query_hidden, text)
        full_scan = _redact._KEYED_SECRET.sub(_redact._keyed_hidden, full_scan)
        assert _redact._hide_keyed_values(text) == full_scan, text
