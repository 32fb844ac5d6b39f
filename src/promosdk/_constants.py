"""Every default promosdk uses, in one place."""

from __future__ import annotations

WECHAT_BASE_URL = "https://api.weixin.qq.com"

# The waiqin vendor client's default timeout is 30 s; WeChat answers far faster, but a batch job
# prefers one bound for both.
DEFAULT_TIMEOUT_TOTAL = 30.0
DEFAULT_TIMEOUT_CONNECT = 10.0
# aiohttp's default is 100 connections; batch users run thousands of calls on one loop.
DEFAULT_CONNECTION_LIMIT = 256
DEFAULT_KEEPALIVE_TIMEOUT = 30.0
DNS_CACHE_TTL = 300

DEFAULT_MAX_RETRIES = 2
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
# Retry quota (a token bucket shared by one client, as botocore's): each retry costs, success refunds.
RETRY_AFTER_CAP = 60.0  # a server's Retry-After is honoured up to this (the deadline still bounds it)
RETRY_QUOTA_CAPACITY = 500
RETRY_COST = 5
RETRY_TIMEOUT_COST = 10
RETRY_SUCCESS_REFUND = 1

# access_token lifecycle
TOKEN_REFRESH_MARGIN = 300.0  # refresh this long before expiry (WeChat rotates stable tokens then)
FORCE_REFRESH_MIN_INTERVAL = 30.0  # WeChat: force_refresh at most once per 30 s
TOKEN_LOCK_TIMEOUT = 30.0
TOKEN_REFRESH_RETRY = 30.0  # after a failed early refresh, try again this soon (the token still works)
TOKEN_EXPIRY_SAFETY = 5.0  # never hand out a token this close to its expiry
TOKENS_REMEMBERED = 8  # recent tokens kept in the redaction list per app

MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # decoded bytes (after gzip/deflate), whatever Content-Length says
OVERSIZED_BODY_KEPT = 4096  # of an answer over the cap, only this much of its start is kept (for the error)

USER_AGENT = "promosdk/0.1 (+aiohttp)"
LOGGER_NAME = "promosdk"
