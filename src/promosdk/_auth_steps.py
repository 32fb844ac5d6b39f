"""Auth steps: what a vendor family adds to every attempt of a request.

The attempt loop (promosdk._base_client) knows only an :class:`AuthStep`:

- ``authorize`` turns the call's prepared request (built once per call) into what one attempt
  sends: the URL (query included, percent-encoded) and the body, with the family's credentials
  for this attempt. It
  answers at once when it can (a cached token, a signature) and with an awaitable only when it
  must wait (a token fetch): the per-call fast path has no coroutine to run;
- ``recover`` is asked after an attempt failed: True when it renewed credentials the server
  rejected, and the call is then re-sent at once (once per call);
- ``scrub`` removes per-attempt secrets from an error built from the server's text.

WeChat's step is :class:`AccessTokenAuth` (here); waiqin's signing step lives in promosdk.waiqin.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Protocol, TypeVar

from ._transport import encode_query

if TYPE_CHECKING:
    from ._auth import TokenManager
    from ._errors import PromoSDKError
    from ._operation import OperationSpec

__all__ = ["AccessTokenAuth", "AttemptState", "AuthStep", "Outgoing"]

#: What one attempt sends: the URL, percent-encoded with its query (the transport hands it to aiohttp
#: as it is), and the body (None: no body).
Outgoing = tuple[str, bytes | None]
PreparedT_contra = TypeVar("PreparedT_contra", contravariant=True)


class AttemptState:
    """Facts about the attempt in flight that error handling needs (never printed).

    The defaults are class attributes: a new state costs no ``__init__`` call (one per attempt).
    """

    #: What the auth step put into this attempt (the access_token, the digest), if anything.
    credential: str | None = None
    #: True once the request is handed to the transport (it may reach the server from then on).
    sent: bool = False
    #: time.monotonic() when it was handed over: what a retry would need again (no token fetch, no wait).
    sent_at: float = 0.0


class AuthStep(Protocol[PreparedT_contra]):
    """A family's credentials, added per attempt (see the module's docstring)."""

    def authorize(
        self, operation: OperationSpec, prepared: PreparedT_contra, state: AttemptState
    ) -> Outgoing | Awaitable[Outgoing]: ...

    async def recover(self, error: PromoSDKError, state: AttemptState) -> bool: ...

    def scrub(self, error: PromoSDKError, state: AttemptState) -> None: ...


class AccessTokenAuth:
    """WeChat's auth step: the access_token in the query of the operations that need one.

    An error with ``refresh_token`` (40001, 40014, 42001: the token is invalid or expired) makes
    :meth:`recover` compare-and-expire the token that attempt carried, so concurrent calls that
    failed with the same token cost one expiry and one refresh, and the call is re-sent once.
    """

    __slots__ = ("_query_for", "_token_query", "_tokens")

    def __init__(self, tokens: TokenManager) -> None:
        self._tokens = tokens
        # The query pair of the last token seen, encoded once per token (not once per call).
        self._query_for: str | None = None
        self._token_query = ""

    def authorize(
        self, operation: OperationSpec, prepared: Outgoing, state: AttemptState
    ) -> Outgoing | Awaitable[Outgoing]:
        if operation.auth != "access_token":
            return prepared
        token = self._tokens.peek()
        if token is None:
            return self._authorize_after_fetch(prepared, state)
        state.credential = token  # the per-call path: _with_token inlined
        if token is not self._query_for:
            self._token_query = _token_query(token)
            self._query_for = token
        url, body = prepared
        return f"{url}{'&' if '?' in url else '?'}{self._token_query}", body

    async def _authorize_after_fetch(self, prepared: Outgoing, state: AttemptState) -> Outgoing:
        return _with_token(prepared, state, await self._tokens.get())

    async def recover(self, error: PromoSDKError, state: AttemptState) -> bool:
        if state.credential is None or not getattr(error, "refresh_token", False):
            return False
        await self._tokens.invalidate(state.credential)
        return True

    def scrub(self, error: PromoSDKError, state: AttemptState) -> None:
        """Nothing to do: the token manager registers every token it hands out for redaction."""


def _token_query(token: str) -> str:
    return encode_query([("access_token", token)])


def _with_token(prepared: Outgoing, state: AttemptState, token: str) -> Outgoing:
    """``prepared`` with ``token`` last in its query (prepared URLs have no "?" but the query's)."""
    state.credential = token
    url, body = prepared
    return f"{url}{'&' if '?' in url else '?'}{_token_query(token)}", body
