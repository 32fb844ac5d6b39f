"""The redactor, and the suite-wide leak detector built on it (so that guard can fail)."""

from __future__ import annotations

import logging

from promosdk._redact import forget_secret, redact, register_secret

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
