"""Group ``open_account``: the promoter's bound open platform account and per-unionid parameters.

Our readings where DOC is silent (docs/spec-decisions.md, issue 13): re-binding the account that is
already bound succeeds and spends no change; binding another one spends a change, and the third
change within ``CHANGE_WINDOW`` (a sandbox year) answers 25508; accounts listed in
``other_subject_accounts`` belong to another subject (25504); ``get`` and ``get_customize_info``
answer errcode 0 without the field when nothing is bound; deleting a unionid that has no parameter
answers 25510 (so a read-back reconciler can be tested).
"""

from __future__ import annotations

import attrs

from ..context import StateContext
from ..errors import WeChatError

__all__ = [
    "CHANGES_PER_WINDOW",
    "CHANGE_WINDOW",
    "CUSTOMIZE_INFO_CAP",
    "CUSTOMIZE_INFO_MAX",
    "OpenAccount",
    "OpenAccountState",
]

CUSTOMIZE_INFO_MAX = 80
"""By analogy with generate's customizeInfo (draft AddCustomizeInfoRequest.customizeInfo)."""
CUSTOMIZE_INFO_CAP = 10_000
"""unionids with a parameter per promoter before 25509."""
CHANGE_WINDOW = 365 * 86400.0
CHANGES_PER_WINDOW = 2
"""DOC: the account can be changed twice a year."""

MSG_PARAM = "invalid parameter"
MSG_SUBJECT = "open account subject check failed"
MSG_NOT_FOUND = "open account not exist"
MSG_VERIFY = "open account verification failed: change limit reached"
MSG_CAP = "customize info count exceeds the limit"
MSG_NO_INFO = "no customize info bound to this unionid"


@attrs.define(eq=False)
class OpenAccount:
    """One promoter's binding."""

    open_account: str | None = None
    changes: list[float] = attrs.field(factory=list)
    """When the bound account was replaced (the first bind is not a change)."""
    customize_info: dict[str, str] = attrs.field(factory=dict)
    """unionid -> parameter."""


class OpenAccountState:
    def __init__(self, ctx: StateContext) -> None:
        self._ctx = ctx
        self.accounts: dict[str, OpenAccount] = {}
        """Promoter appid -> its binding."""
        self.other_subject_accounts: set[str] = set()
        """Open accounts of another subject: binding one answers 25504."""
        self.customize_info_cap = CUSTOMIZE_INFO_CAP

    def _account(self, appid: str) -> OpenAccount:
        return self.accounts.setdefault(appid, OpenAccount())

    def bind(self, appid: str, open_account: object) -> bool:
        """Bind; returns False when that account was already bound (a no-op success)."""
        if not isinstance(open_account, str) or not open_account.strip():
            raise WeChatError(200002, MSG_PARAM)
        if open_account in self.other_subject_accounts:
            raise WeChatError(25504, MSG_SUBJECT)
        account = self._account(appid)
        if account.open_account == open_account:
            return False
        now = self._ctx.now()
        if account.open_account is not None:
            recent = [t for t in account.changes if now - t < CHANGE_WINDOW]
            if len(recent) >= CHANGES_PER_WINDOW:
                raise WeChatError(25508, MSG_VERIFY)
            account.changes = [*recent, now]
        account.open_account = open_account
        self._ctx.effect("open_account_bind", f"{appid}/{open_account}")
        return True

    def get(self, appid: str) -> str | None:
        account = self.accounts.get(appid)
        return account.open_account if account else None

    def add_customize_info(self, appid: str, unionid: object, info: object) -> None:
        """Bind or replace the unionid's parameter."""
        if not isinstance(unionid, str) or not unionid:
            raise WeChatError(200002, MSG_PARAM)
        if not isinstance(info, str) or not 1 <= len(info) <= CUSTOMIZE_INFO_MAX:
            raise WeChatError(200002, MSG_PARAM)
        account = self.accounts.get(appid)
        if account is None or account.open_account is None:
            raise WeChatError(25505, MSG_NOT_FOUND)
        if unionid not in account.customize_info and len(account.customize_info) >= self.customize_info_cap:
            raise WeChatError(25509, MSG_CAP)
        account.customize_info[unionid] = info

    def delete_customize_info(self, appid: str, unionid: object) -> None:
        if not isinstance(unionid, str) or not unionid:
            raise WeChatError(200002, MSG_PARAM)
        account = self.accounts.get(appid)
        if account is None or account.open_account is None:
            raise WeChatError(25505, MSG_NOT_FOUND)
        if account.customize_info.pop(unionid, None) is None:
            raise WeChatError(25510, MSG_NO_INFO)
        self._ctx.effect("open_account_delete_customize_info", f"{appid}/{unionid}")

    def get_customize_info(self, appid: str, unionid: object) -> str | None:
        if not isinstance(unionid, str) or not unionid:
            raise WeChatError(200002, MSG_PARAM)
        account = self.accounts.get(appid)
        if account is None or account.open_account is None:
            raise WeChatError(25505, MSG_NOT_FOUND)
        return account.customize_info.get(unionid)

    def custom_user_id(self, appid: str, unionid: str | None) -> str | None:
        """What an order of this buyer carries as customUserId (None without a bound account)."""
        account = self.accounts.get(appid)
        if unionid is None or account is None or account.open_account is None:
            return None
        return account.customize_info.get(unionid)
