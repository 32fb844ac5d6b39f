"""WeChatUnionClient: the WeChat Mini Program Union promoter API (plans, spots, products, links, orders, open accounts)."""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import aiohttp

from . import _constants as C
from ._auth import (
    DEFAULT_TOKEN_LIFETIME,
    InMemoryTokenStore,
    TokenFetcher,
    TokenManager,
    TokenStore,
    UserTokenCallable,
    user_token_fetcher,
    wechat_token_key,
)
from ._auth_steps import AccessTokenAuth, Outgoing
from ._errors import APIError
from ._generated.errors import ERROR_CLASSES
from ._generated.wechat_union.client import GeneratedClient
from ._generated.wechat_union.operations import OPERATIONS
from ._generated.wechat_union.resources import (
    PromotionResource as _GeneratedPromotionResource,
)
from ._lazy import LazyModule
from ._operation import OperationSpec
from ._options import ENV_WECHAT_APPID, ENV_WECHAT_BASE_URL, ENV_WECHAT_SECRET, from_env, required
from ._pagination import MAX_ITEMS, Paginator
from ._query import request_query
from ._ratelimit import RateLimiter
from ._redact import SecretRegistrations, check_credential
from ._resource import paginator
from ._retry import RetryPolicy
from ._serde import dumps
from ._transport import HTTPAnswer

if TYPE_CHECKING:
    from ._generated.wechat_union import models
else:
    models = LazyModule("promosdk._generated.wechat_union.models")  # built on the first call

__all__ = ["PromotionResource", "WeChatUnionClient", "paginate_spots"]

WECHAT_ERRORS = ERROR_CLASSES["wechat"]
TokenSource = Literal["stable", "classic"] | UserTokenCallable


#: One page of spots: (start, limit) -> the decoded promotion/list answer.
PromotionListFetch: TypeAlias = "Callable[[int, int], Awaitable[models.PromotionListResponse]]"


def paginate_spots(
    fetch: PromotionListFetch, *, page_size: int = 20, max_items: int = MAX_ITEMS
) -> Paginator[models.PromotionSource, models.PromotionListResponse]:
    """The bounded paginator over promotion/list pages obtained by ``fetch`` (see promosdk._pagination)."""
    return paginator(OPERATIONS["list"], fetch, page_size=page_size, max_items=max_items)


class PromotionResource(_GeneratedPromotionResource):
    """Promotion spots (推广位); ``paginate`` is the one-page-type name of ``paginate_list``."""

    def paginate(
        self, *, page_size: int = 20, max_items: int = MAX_ITEMS
    ) -> Paginator[models.PromotionSource, models.PromotionListResponse]:
        """Every spot (``async for``) or every page (``.pages()``), bounded against a hostile server.

        Ends when ``total`` is reached or a page adds no new spot; raises PaginationError when the
        server repeats pages while ``total`` says more remain, or when more than
        ``ceil(max(promotionMaxCnt, total) / page_size) + 1`` pages would be needed.
        """
        return self.paginate_list(page_size=page_size, max_items=max_items)


class WeChatUnionClient(GeneratedClient):
    """Async client of the WeChat Mini Program Union promoter API.

    The access_token is obtained from ``appid`` + ``secret`` (``/cgi-bin/stable_token`` by default,
    ``token_source="classic"`` for ``/cgi-bin/token``, or an async callable returning a token from a
    central token service), cached in ``token_store`` and refreshed ahead of expiry.
    """

    # The groups (target, promotion), their binding and with_raw_response are generated from the
    # spec (GeneratedClient); promotion gets this module's resource, which adds paging.
    promotion: PromotionResource
    _promotion_resource = PromotionResource

    def __init__(
        self,
        appid: str | None = None,
        secret: str | None = None,
        *,
        base_url: str | None = None,
        token_source: TokenSource = "stable",
        token_store: TokenStore | None = None,
        session: aiohttp.ClientSession | None = None,
        timeout: float | aiohttp.ClientTimeout | None = None,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        connection_limit: int = C.DEFAULT_CONNECTION_LIMIT,
        rate_limiter: RateLimiter | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """``appid``, ``secret`` and ``base_url`` default to ``PROMOSDK_WECHAT_APPID``,
        ``PROMOSDK_WECHAT_SECRET`` (read only when ``token_source`` is not a callable) and
        ``PROMOSDK_WECHAT_BASE_URL`` (else the WeChat API); an explicit argument wins."""
        appid = from_env(appid, ENV_WECHAT_APPID)
        if not callable(token_source):
            secret = from_env(secret, ENV_WECHAT_SECRET)
        check_credential("appid", appid)
        check_credential("secret", secret)
        appid = required(appid, "appid", ENV_WECHAT_APPID)
        if not callable(token_source):
            secret = required(secret, "secret", ENV_WECHAT_SECRET, unless="token_source is a callable")
        self._appid = appid
        self._secret = secret
        fetch: TokenFetcher
        if callable(token_source):
            fetch, can_force = user_token_fetcher(token_source), False
        elif token_source == "stable":
            fetch, can_force = self._fetch_stable_token, True
        elif token_source == "classic":
            fetch, can_force = self._fetch_classic_token, False
        else:
            raise ValueError("token_source must be 'stable', 'classic' or an async callable")
        self._tokens = TokenManager(
            wechat_token_key(appid, secret), token_store or InMemoryTokenStore(), fetch, can_force=can_force
        )
        self._auth = AccessTokenAuth(self._tokens)
        super().__init__(  # checks every option
            base_url=from_env(base_url, ENV_WECHAT_BASE_URL) or C.WECHAT_BASE_URL,
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            deadline=deadline,
            connection_limit=connection_limit,
            rate_limiter=rate_limiter,
            ssl_context=ssl_context,
        )
        # Registered last: a constructor that raised leaves nothing registered. Shared by copies.
        self._secrets = SecretRegistrations()
        self._secrets.add(secret)

    async def aclose(self) -> None:
        """Close the client; its secret and tokens are no longer redacted (unless another client
        holds them too). A ``with_options`` copy's aclose() closes nothing and forgets nothing."""
        try:
            await super().aclose()
        finally:
            if not self._is_copy:
                self._secrets.release()
                self._tokens.forget_tokens()

    def __repr__(self) -> str:
        return f"WeChatUnionClient(appid={self._appid!r}, base_url={self._base_url!r})"

    @property
    def appid(self) -> str:
        return self._appid

    @property
    def tokens(self) -> TokenManager:
        return self._tokens

    async def access_token(self) -> str:
        """A valid access_token (cached; fetched at most once by concurrent callers)."""
        return await self._tokens.get()

    # ------------------------------------------------------------------ tokens

    async def _fetch_stable_token(self, *, force: bool) -> tuple[str, float]:
        assert self._secret is not None
        request = models.StableTokenRequest(
            grant_type=models.GrantType.CLIENT_CREDENTIAL, appid=self._appid, secret=self._secret, force_refresh=force
        )
        # force_refresh is limited (20 a day, 30 s apart): a forced fetch is never resent.
        client = self.with_options(max_retries=0) if force else self
        answer: models.AccessTokenResponse = await client._request(OPERATIONS["stable_token"], request, raw=False)
        # An absent expires_in means the documented 7200 s; the manager clamps any other number.
        lifetime = DEFAULT_TOKEN_LIFETIME if answer.expires_in is None else answer.expires_in
        return answer.access_token or "", lifetime

    async def _fetch_classic_token(self, *, force: bool) -> tuple[str, float]:
        assert self._secret is not None
        request = models.TokenRequest(
            grant_type=models.GrantType.CLIENT_CREDENTIAL, appid=self._appid, secret=self._secret
        )
        answer: models.AccessTokenResponse = await self._request(OPERATIONS["token"], request, raw=False)
        # An absent expires_in means the documented 7200 s; the manager clamps any other number.
        lifetime = DEFAULT_TOKEN_LIFETIME if answer.expires_in is None else answer.expires_in
        return answer.access_token or "", lifetime

    # ------------------------------------------------------------------ the wire

    def _prepare(self, operation: OperationSpec, request: Any) -> Outgoing:
        url = self._operation_url(operation)
        if operation.in_query:
            # Encoded here, once per call (what aiohttp made of params=): the auth step appends the
            # token, aiohttp quotes nothing.
            query = request_query(request)
            return (f"{url}?{query}" if query else url), None
        return url, dumps(request)

    def _decode(self, operation: OperationSpec, answer: HTTPAnswer, prepared: Outgoing) -> Any:
        data = self._json_object(answer, operation)
        errcode = data.get("errcode")
        if errcode is not None and (type(errcode) is not int or errcode != 0):  # errcode 0: no call
            code = self._code(errcode, answer, operation, "errcode")
            if code != 0:
                cls: type[APIError] = WECHAT_ERRORS.get(code, APIError)
                raise self._api_error(cls, code, data.get("errmsg", ""), operation, data)
        return self._structure(data, answer, operation)
