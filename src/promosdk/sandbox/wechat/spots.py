"""Group ``promotion``: the promoter's promotion spots (add, upd, list)."""

from __future__ import annotations

import base64
import hashlib
import random
from collections.abc import Sequence
from typing import Any

import attrs

from ..._generated.wechat_union import models
from ..._generated.wechat_union.rules import RULES
from ..context import StateContext
from ..errors import AdminError, WeChatError
from .targets import MSG_INVALID_ARGS

__all__ = ["EFFECT_KINDS", "MSG_PREVIOUS_MISMATCH", "Promoter", "Spot", "SpotState", "valid_spot_name"]

MSG_PREVIOUS_MISMATCH = "previousPromotionInfo does not match"

EFFECT_KINDS: tuple[str, ...] = ("promotion_add", "promotion_upd")


@attrs.define(eq=False)
class Spot:
    pid: str
    name: str
    pid_id: str
    created_at: float

    def to_json(self) -> dict[str, str]:
        return {
            "promotionSourceName": self.name,
            "promotionSourcePid": self.pid,
            "status": "1",
            "pidId": self.pid_id,
        }


@attrs.define(eq=False)
class Promoter:
    """One app's spots."""

    appid: str
    pid_prefix: str
    spots: list[Spot] = attrs.field(factory=list)
    """Creation order (spots are never deleted, so list paging is a slice)."""
    by_name: dict[str, Spot] = attrs.field(factory=dict)
    by_pid: dict[str, Spot] = attrs.field(factory=dict)


# The name's length limits come from the spec (generated RULES of PromotionAddRequest).
_NAME_RULE = next(r for r in RULES[models.PromotionAddRequest].fields if r.wire == "promotionSourceName")
NAME_MIN, NAME_MAX = _NAME_RULE.min_length or 1, _NAME_RULE.max_length or 20


def valid_spot_name(name: object) -> bool:
    return isinstance(name, str) and NAME_MIN <= len(name) <= NAME_MAX


class SpotState:
    """Spots per appid; PIDs are drawn from an RNG seeded by the config's fault_seed."""

    def __init__(self, ctx: StateContext) -> None:
        self._ctx = ctx
        self.promoters: dict[str, Promoter] = {}
        self._id_rng = random.Random(f"promosdk-sandbox-ids:{ctx.config.fault_seed}")
        self._next_pid_id = 3000

    def promoter(self, appid: str) -> Promoter:
        promoter = self.promoters.get(appid)
        if promoter is None:
            digest = base64.urlsafe_b64encode(hashlib.sha256(appid.encode()).digest()).decode()
            promoter = Promoter(appid=appid, pid_prefix="o" + digest[:27])
            self.promoters[appid] = promoter
        return promoter

    def spots(self, appid: str) -> list[Spot]:
        promoter = self.promoters.get(appid)
        return list(promoter.spots) if promoter else []

    # ------------------------------------------------------------------ seeding

    def check_seed(self, appid: str, names: Sequence[str]) -> None:
        """Refuse seeded names that are invalid, duplicate, or over promotion_max_cnt."""
        promoter = self.promoters.get(appid)
        taken = set(promoter.by_name) if promoter else set()
        if isinstance(names, str) or not all(valid_spot_name(n) for n in names):
            raise AdminError(400, f"spot names must be a list of {NAME_MIN}-{NAME_MAX} character strings")
        for name in names:
            if name in taken:
                raise AdminError(409, f"duplicate spot name {name!r} for {appid}")
            taken.add(name)
        if len(taken) > self._ctx.config.promotion_max_cnt:
            raise AdminError(409, f"more than promotion_max_cnt spots for {appid}")

    def create(self, appid: str, name: str) -> Spot:
        """A new spot, unchecked (seeding and ``add`` check first)."""
        promoter = self.promoter(appid)
        while True:
            pid = f"{promoter.pid_prefix}_{self._id_rng.randrange(10**8, 2**31)}"
            if pid not in promoter.by_pid:
                break
        spot = Spot(pid=pid, name=name, pid_id=str(self._next_pid_id), created_at=self._ctx.now())
        self._next_pid_id += 1
        promoter.spots.append(spot)
        promoter.by_name[name] = spot
        promoter.by_pid[pid] = spot
        return spot

    # ------------------------------------------------------------------ operations

    def add(self, appid: str, name: object) -> Spot:
        if not isinstance(name, str) or not valid_spot_name(name):
            raise WeChatError(40097, MSG_INVALID_ARGS)
        promoter = self.promoter(appid)
        # Duplicate before limit: a retried add whose first attempt landed should learn "exists".
        if name in promoter.by_name:
            raise WeChatError(14007, "promotion source name already exists")
        if len(promoter.spots) >= self._ctx.config.promotion_max_cnt:
            raise WeChatError(14005, "promotion source count reaches the limit")
        spot = self.create(appid, name)
        self._ctx.effect("promotion_add", f"{appid}/{name}")
        return spot

    def upd(self, appid: str, pid: object, previous_name: object, new_name: object) -> Spot:
        if not isinstance(pid, str) or not pid or not isinstance(previous_name, str) or not previous_name:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        if not isinstance(new_name, str) or not valid_spot_name(new_name):
            raise WeChatError(40097, MSG_INVALID_ARGS)
        promoter = self.promoter(appid)
        spot = promoter.by_pid.get(pid)
        if spot is None or spot.name != previous_name:
            raise WeChatError(40097, MSG_PREVIOUS_MISMATCH)
        if new_name == spot.name:
            return spot
        if new_name in promoter.by_name:
            raise WeChatError(14007, "promotion source name already exists")
        del promoter.by_name[spot.name]
        spot.name = new_name
        promoter.by_name[new_name] = spot
        self._ctx.effect("promotion_upd", pid)
        return spot

    def list_page(self, appid: str, start: int, limit: int) -> dict[str, Any]:
        if start < 0 or limit < 1:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        promoter = self.promoters.get(appid)
        spots = promoter.spots if promoter else []
        return {
            "errcode": 0,
            "errmsg": "ok",
            "promotionSourceList": [s.to_json() for s in spots[start : start + limit]],
            "total": len(spots),
            "promotionMaxCnt": self._ctx.config.promotion_max_cnt,
        }
