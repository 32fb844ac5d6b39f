"""Credentials and client settings: the options of the wechat / waiqin groups and of ``batch``,
checked when a command runs (so that ``--help`` needs none), and the clients made from them."""

from __future__ import annotations

import urllib.parse
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import attrs
import click

from .. import _constants as C
from .._serde import unstructure
from ..waiqin import WaiqinClient
from ..wechat import WeChatUnionClient
from ._common import print_json, run_async

__all__ = [
    "WaiqinSettings",
    "WeChatSettings",
    "client_options",
    "option_name",
    "pop_waiqin_settings",
    "pop_wechat_settings",
    "waiqin_call",
    "waiqin_options",
    "wechat_call",
    "wechat_options",
]


def option_name(dest: str, fallback: str) -> str:
    """The option the running command really has for parameter ``dest`` (``--appid`` under
    ``wechat``, ``--wechat-appid`` under ``batch``), so that messages name an option that exists."""
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        for param in ctx.command.params:
            if isinstance(param, click.Option) and param.name == dest:
                return param.opts[0]
        ctx = ctx.parent
    return fallback


def _require(value: str | None, dest: str, envvar: str) -> str:
    """Credentials are checked when a command runs, so that ``--help`` works without them."""
    if not value:
        option = option_name(dest, "--" + dest.replace("_", "-"))
        raise click.UsageError(f"Missing option '{option}' (env var: '{envvar}').")
    return value


def _check_base_url(url: str, dest: str) -> str:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        option = option_name(dest, "--" + dest.replace("_", "-"))
        raise click.UsageError(f"{option} must be an http(s) URL with a host, got {url!r}")
    return url


@attrs.frozen
class WeChatSettings:
    appid: str | None
    secret: str | None = attrs.field(repr=False)
    base_url: str
    token_source: str = "stable"
    timeout: float = 30.0
    max_retries: int = C.DEFAULT_MAX_RETRIES

    def client(self, connection_limit: int = C.DEFAULT_CONNECTION_LIMIT) -> WeChatUnionClient:
        try:
            return WeChatUnionClient(
                _require(self.appid, "wechat_appid", "PROMOSDK_WECHAT_APPID"),
                _require(self.secret, "wechat_secret", "PROMOSDK_WECHAT_SECRET"),
                base_url=_check_base_url(self.base_url, "wechat_base_url"),
                token_source="classic" if self.token_source == "classic" else "stable",
                timeout=self.timeout,
                max_retries=self.max_retries,
                connection_limit=connection_limit,
            )
        except ValueError as exc:
            raise click.UsageError(f"WeChat settings: {exc}") from None


@attrs.frozen
class WaiqinSettings:
    openid: str | None
    appkey: str | None = attrs.field(repr=False)
    base_url: str | None
    timeout: float = 30.0
    max_retries: int = C.DEFAULT_MAX_RETRIES

    def client(self, connection_limit: int = C.DEFAULT_CONNECTION_LIMIT) -> WaiqinClient:
        try:
            return WaiqinClient(
                _require(self.openid, "waiqin_openid", "PROMOSDK_WAIQIN_OPENID"),
                _require(self.appkey, "waiqin_appkey", "PROMOSDK_WAIQIN_APPKEY"),
                base_url=_check_base_url(
                    _require(self.base_url, "waiqin_base_url", "PROMOSDK_WAIQIN_BASE_URL"), "waiqin_base_url"
                ),
                timeout=self.timeout,
                max_retries=self.max_retries,
                connection_limit=connection_limit,
            )
        except ValueError as exc:
            raise click.UsageError(f"waiqin settings: {exc}") from None


F = TypeVar("F", bound=Callable[..., Any])


def _apply(decorators: Sequence[Callable[[F], F]]) -> Callable[[F], F]:
    def wrap(f: F) -> F:
        for decorator in reversed(decorators):
            f = decorator(f)
        return f

    return wrap


def _vendor_option(vendor: str, short: bool, name: str, help_text: str, **attrs: Any) -> Callable[[F], F]:
    """--NAME (also --VENDOR-NAME; only that when not ``short``) into VENDOR_NAME, read from the
    environment variable PROMOSDK_VENDOR_NAME when omitted."""
    flags = (f"--{name}", f"--{vendor}-{name}") if short else (f"--{vendor}-{name}",)
    dest = f"{vendor}_{name.replace('-', '_')}"
    return click.option(
        *flags, dest, envvar=f"PROMOSDK_{dest.upper()}", show_envvar=True, help=help_text, **attrs
    )


def wechat_options(short: bool) -> Callable[[F], F]:
    """--appid/--secret/--base-url (also as --wechat-*); only the --wechat-* names when not ``short``."""
    return _apply(
        [
            _vendor_option("wechat", short, "appid", "WeChat Mini Program appid."),
            _vendor_option("wechat", short, "secret", "WeChat app secret (never printed)."),
            _vendor_option(
                "wechat",
                short,
                "base-url",
                "WeChat API base URL.",
                default=C.WECHAT_BASE_URL,
                show_default=True,
            ),
            click.option(
                "--token-source",
                "wechat_token_source",
                type=click.Choice(["stable", "classic"]),
                default="stable",
                show_default=True,
                help="/cgi-bin/stable_token or the classic /cgi-bin/token.",
            ),
        ]
    )


def waiqin_options(short: bool) -> Callable[[F], F]:
    """--openid/--appkey/--base-url (also as --waiqin-*); only the --waiqin-* names when not ``short``."""
    return _apply(
        [
            _vendor_option("waiqin", short, "openid", "waiqin365 openid."),
            _vendor_option("waiqin", short, "appkey", "waiqin365 appkey (never printed)."),
            _vendor_option(
                "waiqin", short, "base-url", "waiqin365 tenant base URL (tenants live on different clouds)."
            ),
        ]
    )


def client_options(f: F) -> F:
    return _apply(
        [
            click.option(
                "--timeout",
                type=click.FloatRange(min=0, min_open=True),
                default=30.0,
                show_default=True,
                help="Seconds per HTTP attempt.",
            ),
            click.option(
                "--max-retries",
                type=click.IntRange(min=0),
                default=C.DEFAULT_MAX_RETRIES,
                show_default=True,
                help="Client retries of a transient failure.",
            ),
        ]
    )(f)


def pop_wechat_settings(kw: dict[str, Any], timeout: float, max_retries: int) -> WeChatSettings:
    return WeChatSettings(
        appid=kw.pop("wechat_appid"),
        secret=kw.pop("wechat_secret"),
        base_url=kw.pop("wechat_base_url"),
        token_source=kw.pop("wechat_token_source"),
        timeout=timeout,
        max_retries=max_retries,
    )


def pop_waiqin_settings(kw: dict[str, Any], timeout: float, max_retries: int) -> WaiqinSettings:
    return WaiqinSettings(
        openid=kw.pop("waiqin_openid"),
        appkey=kw.pop("waiqin_appkey"),
        base_url=kw.pop("waiqin_base_url"),
        timeout=timeout,
        max_retries=max_retries,
    )


def wechat_call(settings: WeChatSettings, fn: Callable[[WeChatUnionClient], Awaitable[Any]]) -> None:
    client = settings.client()

    async def go() -> Any:
        async with client:
            return await fn(client)

    print_json(unstructure(run_async(go)))


def waiqin_call(settings: WaiqinSettings, fn: Callable[[WaiqinClient], Awaitable[Any]]) -> None:
    client = settings.client()

    async def go() -> Any:
        async with client:
            return await fn(client)

    print_json(unstructure(run_async(go)))
