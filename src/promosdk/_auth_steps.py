"""Auth steps: what a vendor family adds to every attempt of a request.

The attempt loop (promosdk._base_client) knows only an :class:`AuthStep`:

- ``authorize`` turns the call's prepared request (built once per call) into what one attempt
  sends: the URL, the query and the body, with the family's credentials for this attempt. It
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

if TYPE_CHECKING:
    from ._auth import TokenManager
    from ._errors import PromoSDKError
    from ._operation import OperationSpec

__all__ = ["AccessTokenAuth", "AttemptState", "AuthStep", "Outgoing"]

#: What one attempt sends: the URL, the query parameters (None: no query) and the body (None: no body).
Outgoing = tuple[str, dict[str, str] | None, bytes | None]
PreparedT_contra = TypeVar("PreparedT_contra", contravariant=True)


class AttemptState:
    """Facts about the attempt in flight that error handling needs (never printed)."""

    __slots__ = ("credential", "sent")

    def __init__(self) -> None:
        #: What the auth step put into this attempt (the access_token, the digest), if anything.
        self.credential: str | None = None
        #: True once the request is handed to the transport (it may reach the server from then on).
        self.sent = False


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

    __slots__ = ("_tokens",)

    def __init__(self, tokens: TokenManager) -> None:
        self._tokens = tokens

    def authorize(
        self, operation: OperationSpec, prepared: Outgoing, state: AttemptState
    ) -> Outgoing | Awaitable[Outgoing]:
        if operation.auth != "access_token":
            return prepared
        token = self._tokens.peek()
        if token is None:
            return self._authorize_after_fetch(prepared, state)
        state.credential = token  # the per-call path: _with_token inlined
        url, params, body = prepared
        return url, {**params, "access_token": token} if params else {"access_token": token}, body

    async def _authorize_after_fetch(self, prepared: Outgoing, state: AttemptState) -> Outgoing:
        return _with_token(prepared, state, await self._tokens.get())

    async def recover(self, error: PromoSDKError, state: AttemptState) -> bool:
        if state.credential is None or not getattr(error, "refresh_token", False):
            return False
        await self._tokens.invalidate(state.credential)
        return True

    def scrub(self, error: PromoSDKError, state: AttemptState) -> None:
        """Nothing to do: the token manager registers every token it hands out for redaction."""


def _with_token(prepared: Outgoing, state: AttemptState, token: str) -> Outgoing:
    state.credential = token
    url, params, body = prepared
    return url, {**params, "access_token": token} if params else {"access_token": token}, body
