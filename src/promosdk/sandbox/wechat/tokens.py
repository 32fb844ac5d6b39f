"""Group ``token``: app credentials and access tokens (stable_token and the classic /cgi-bin/token)."""

from __future__ import annotations

import heapq
import hmac
import math
import secrets
from typing import Literal

import attrs

from ..context import StateContext
from ..errors import AdminError, WeChatError

__all__ = ["MSG_TOKEN_EXPIRED", "MSG_TOKEN_INVALID", "AppTokens", "TokenRecord", "TokenState"]

MSG_TOKEN_INVALID = "invalid credential, access_token is invalid or not latest"
MSG_TOKEN_EXPIRED = "access_token expired"


@attrs.define(eq=False)
class TokenRecord:
    token: str
    appid: str
    kind: Literal["stable", "classic"]
    issued_at: float
    expires_at: float
    revoked_at: float | None = None
    """Superseded/force-refreshed tokens answer 40001 from this moment on (not 42001)."""

    def alive(self, now: float) -> bool:
        return now < self.expires_at and (self.revoked_at is None or now < self.revoked_at)


@attrs.define(eq=False)
class AppTokens:
    stable: TokenRecord | None = None
    stable_previous: TokenRecord | None = None
    """The token a renewal replaced; it lives until its own expiry (at most one is ever alive)."""
    classic: TokenRecord | None = None
    live: dict[str, TokenRecord] = attrs.field(factory=dict)


class TokenState:
    """Apps (appid -> secret) and every token handed out, with their lifetimes."""

    def __init__(self, ctx: StateContext) -> None:
        self._ctx = ctx
        self.apps: dict[str, str] = dict(ctx.config.apps)
        self.tokens: dict[str, TokenRecord] = {}
        self.app_tokens: dict[str, AppTokens] = {}
        self._heap: list[tuple[float, int, str]] = []
        self._seq = 0

    def _mint(self, appid: str, kind: Literal["stable", "classic"], now: float) -> TokenRecord:
        self._prune(now)
        token = secrets.token_urlsafe(96)  # 128 url-safe characters
        record = TokenRecord(
            token=token, appid=appid, kind=kind, issued_at=now, expires_at=now + self._ctx.config.token_ttl
        )
        self.tokens[token] = record
        self.app_tokens.setdefault(appid, AppTokens()).live[token] = record
        self._seq += 1
        heapq.heappush(self._heap, (record.expires_at, self._seq, token))
        self._ctx.count_issuance(appid)
        return record

    def _prune(self, now: float) -> None:
        """Forget tokens dead for longer than expired_token_retention (O(log n) amortised)."""
        horizon = now - self._ctx.config.expired_token_retention
        heap = self._heap
        while heap and heap[0][0] < horizon:
            _, _, token = heapq.heappop(heap)
            record = self.tokens.pop(token, None)
            if record is not None:
                holder = self.app_tokens.get(record.appid)
                if holder is not None:
                    holder.live.pop(token, None)

    def _check_app(self, grant_type: object, appid: object, secret: object) -> str:
        if grant_type != "client_credential":
            raise WeChatError(40002, "invalid grant_type")
        if not isinstance(appid, str) or not appid:
            raise WeChatError(41002, "appid missing")
        if appid not in self.apps:
            raise WeChatError(40013, "invalid appid")
        if not isinstance(secret, str) or not secret:
            raise WeChatError(41004, "appsecret missing")
        if not hmac.compare_digest(secret.encode(), self.apps[appid].encode()):
            raise WeChatError(40001, "invalid credential, appsecret is wrong")
        return appid

    def stable_token(
        self, grant_type: object, appid: object, secret: object, force_refresh: object
    ) -> TokenRecord:
        """POST /cgi-bin/stable_token."""
        app = self._check_app(grant_type, appid, secret)
        now = self._ctx.now()
        holder = self.app_tokens.setdefault(app, AppTokens())
        current = holder.stable
        if force_refresh is True:
            # Invalidate every stable token of the app, including one kept alive by renewal.
            for record in (current, holder.stable_previous):
                if record is not None and record.alive(now):
                    record.revoked_at = now
        elif (
            current is not None
            and current.alive(now)
            and current.expires_at - now > self._ctx.config.stable_token_renew_window
        ):
            return current
        # Otherwise (none, dead, or in the renew window) mint; a renewed old token keeps its expiry.
        holder.stable_previous = current
        holder.stable = self._mint(app, "stable", now)
        return holder.stable

    def classic_token(self, grant_type: object, appid: object, secret: object) -> TokenRecord:
        """GET /cgi-bin/token: always a new token; the previous one lives classic_token_overlap more."""
        app = self._check_app(grant_type, appid, secret)
        now = self._ctx.now()
        holder = self.app_tokens.setdefault(app, AppTokens())
        previous = holder.classic
        if previous is not None and previous.alive(now):
            previous.revoked_at = now + self._ctx.config.classic_token_overlap
        holder.classic = self._mint(app, "classic", now)
        return holder.classic

    def expires_in(self, record: TokenRecord) -> int:
        return max(0, math.ceil(record.expires_at - self._ctx.now()))  # a fresh token says exactly token_ttl

    def authenticate(self, access_token: str | None) -> str:
        """The appid (promoter) behind a token, or 40001/42001."""
        record = self.tokens.get(access_token) if access_token else None
        if record is None:
            raise WeChatError(40001, MSG_TOKEN_INVALID)
        now = self._ctx.now()
        if record.revoked_at is not None and now >= record.revoked_at:
            raise WeChatError(40001, MSG_TOKEN_INVALID)
        if now >= record.expires_at:
            raise WeChatError(42001, MSG_TOKEN_EXPIRED)
        return record.appid

    def expire_all(self, appid: str) -> int:
        """Admin: expire every live token of the app now (they answer 42001); returns how many."""
        if appid not in self.apps:
            raise AdminError(404, f"unknown appid {appid!r}")
        holder = self.app_tokens.get(appid)
        if holder is None:
            return 0
        now = self._ctx.now()
        count = 0
        for record in holder.live.values():
            if record.alive(now):
                record.expires_at = now
                count += 1
        return count
